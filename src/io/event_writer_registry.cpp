// The event format registry: every output format by name, for make_event_writer()
// and event_format_names() (include/dyad/event_writer.hpp).
//
// The list is written out here rather than filled by self-registering static objects
// in the format files: libdyad is a static library, and the linker leaves out an
// object file nothing refers to, so a format that only registered itself would
// silently vanish from the dyad binary. The list is also the order help and error
// messages name the formats in. Adding a format: write src/io/<name>_event_writer.cpp
// defining its EventFormat (see tsv_event_writer.cpp), and name it below.
#include <string>

#include "io/event_format.hpp"

namespace dyad {

namespace io {
extern const EventFormat kJsonlEventFormat, kTsvEventFormat, kCsvEventFormat, kGdeltEventFormat,
    kGdeltMentionsEventFormat, kPhoenixEventFormat;
}  // namespace io

namespace {

constexpr const io::EventFormat* kEventFormats[] = {
    &io::kJsonlEventFormat, &io::kTsvEventFormat,     &io::kCsvEventFormat,
    &io::kGdeltEventFormat, &io::kGdeltMentionsEventFormat, &io::kPhoenixEventFormat,
};

}  // namespace

const std::vector<std::string_view>& event_format_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v;
    for (const io::EventFormat* f : kEventFormats) v.push_back(f->name);
    return v;
  }();
  return names;
}

bool event_format_marks_negation(std::string_view format) {
  for (const io::EventFormat* f : kEventFormats) {
    if (format == f->name || (!f->alias.empty() && format == f->alias)) return f->marks_negation;
  }
  return false;
}

Result<std::unique_ptr<EventWriter>> make_event_writer(std::string_view format, std::ostream& out,
                                                       const EventWriterOptions& options) {
  for (const io::EventFormat* f : kEventFormats) {
    if (format == f->name || (!f->alias.empty() && format == f->alias)) return f->make(out, options);
  }
  std::string known;
  for (std::string_view name : event_format_names()) {
    if (!known.empty()) known += ", ";
    known += name;
  }
  return make_error("unknown event format '" + std::string(format) + "' (known: " + known + ")");
}

}  // namespace dyad
