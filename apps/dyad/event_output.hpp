// --format for the commands that print events (dyad code, dyad events): the choice
// among the registered event writers (dyad/event_writer.hpp), so help texts, usage
// errors and the accepted names all follow the registry.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include "dyad/event_writer.hpp"

namespace dyad::cli {

// The registered format names joined for a message: event_format_list(", ", " or ")
// is "jsonl, tsv, csv, gdelt or phoenix"; `default_mark` follows the default format
// (event_format_list(", ", " or ", " (default)") -> "jsonl (default), tsv, ...").
std::string event_format_list(std::string_view separator, std::string_view last_separator,
                              std::string_view default_mark = {});

// The format dyad code and dyad events print when --format is not given.
inline constexpr std::string_view kDefaultEventFormat = "jsonl";

// The writer for --format `format` on `out`; on an unknown name prints the usage
// error (naming the registered formats) and returns nullptr.
std::unique_ptr<EventWriter> open_event_writer(const std::string& format, bool header, std::ostream& out);

}  // namespace dyad::cli
