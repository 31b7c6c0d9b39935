// Pieces of an Event that several output formats print the same way: the Goldstein
// score as text, tab-separated and CSV lines, the fifteen columns TSV and CSV share,
// and the one writer both of those formats use.
//
// Kept in one place so that "-2.0" or a sentence holding a tab looks the same in
// every format, and so that the TSV and CSV columns cannot drift apart: both writers
// take their header and their rows from kEventTableColumns and event_table_row().
#pragma once

#include <array>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

// "-2.0" (one decimal); empty when the event has no Goldstein score.
std::string goldstein_text(const Event& e);

// "0.72" (two decimals): an event's confidence.
std::string confidence_text(double confidence);

// Appends `v` with tabs and line breaks turned into spaces, so it stays one field of
// one line in a tab-separated row; a field holding a double quote is put in quotes
// with its quotes doubled (as CSV does), so default TSV readers read every row.
void append_tsv_field(std::string& out, std::string_view v);

// Appends `fields` as one tab-separated line (each through append_tsv_field), with its
// line break: the rows of the tsv, gdelt and phoenix formats.
void append_tsv_row(std::string& out, std::span<const std::string> fields);
// Appends `fields` as one RFC 4180 CSV line: a field holding a comma, a quote or a
// line break is quoted, inner quotes doubled.
void append_csv_row(std::string& out, std::span<const std::string> fields);

// The columns of the tsv and csv formats, in order.
inline constexpr std::array<std::string_view, 15> kEventTableColumns = {
    "doc_id", "sentence",    "date",        "source", "target",  "cameo", "root", "quad",
    "goldstein", "plover", "source_text", "target_text", "verb", "negated", "text"};

// The values of kEventTableColumns for `e`, unescaped.
std::vector<std::string> event_table_row(const Event& e);

// A writer of kEventTableColumns rows, each made into a line by `append_row`
// (append_tsv_row or append_csv_row); with EventWriterOptions::header the column
// names come first, through the same function.
std::unique_ptr<EventWriter> make_table_event_writer(std::ostream& out, const EventWriterOptions& options,
                                                     void (*append_row)(std::string&, std::span<const std::string>));

}  // namespace dyad::io
