// The --format choice of dyad code and dyad events (see event_output.hpp).
#include "event_output.hpp"

#include <iostream>

namespace dyad::cli {

std::string event_format_list(std::string_view separator, std::string_view last_separator,
                              std::string_view default_mark) {
  const auto& names = event_format_names();
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += i + 1 == names.size() ? last_separator : separator;
    out += names[i];
    if (names[i] == kDefaultEventFormat) out += default_mark;
  }
  return out;
}

std::unique_ptr<EventWriter> open_event_writer(const std::string& format, bool header, std::ostream& out) {
  auto writer = make_event_writer(format, out, {.header = header});
  if (!writer.ok()) {
    std::cerr << "dyad: unknown --format '" << format << "' (expected " << event_format_list(", ", " or ") << ")\n";
    return nullptr;
  }
  return std::move(writer.value());
}

}  // namespace dyad::cli
