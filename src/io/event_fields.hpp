// Pieces of an Event that several output formats print the same way: the Goldstein
// score as text, a tab-safe field, and the fifteen columns TSV and CSV share.
//
// Kept in one place so that "-2.0" or a sentence holding a tab looks the same in
// every format, and so that the TSV and CSV columns cannot drift apart: both writers
// take their header and their rows from kEventTableColumns and event_table_row().
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.hpp"

namespace dyad::io {

// "-2.0" (one decimal); empty when the event has no Goldstein score.
std::string goldstein_text(const Event& e);

// Appends `v` with tabs and line breaks turned into spaces, so it stays one field of
// one line in a tab-separated row.
void append_tsv_field(std::string& out, std::string_view v);

// The columns of the tsv and csv formats, in order.
inline constexpr std::array<std::string_view, 15> kEventTableColumns = {
    "doc_id", "sentence",    "date",        "source", "target",  "cameo", "root", "quad",
    "goldstein", "plover", "source_text", "target_text", "verb", "negated", "text"};

// The values of kEventTableColumns for `e`, unescaped.
std::vector<std::string> event_table_row(const Event& e);

}  // namespace dyad::io
