// JSON string literals for the writers (events, analysis, actor lists, reports).
//
// Dyad writes JSON by appending to a std::string rather than building a document
// tree: the writers are on the output path of every event, and a literal needs only
// escaping. Reading JSON is simdjson's job (src/ingest/json_reader.cpp).
#pragma once

#include <string>
#include <string_view>

namespace dyad::base {

// Appends s to out as a JSON string literal: quoted; '"', '\\' and control characters
// escaped; invalid UTF-8 replaced by U+FFFD, so the output always parses.
void append_json_string(std::string& out, std::string_view s);

}  // namespace dyad::base
