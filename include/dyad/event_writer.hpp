// Event writers: print Events in an output format chosen by name ("jsonl", "tsv",
// "csv", "gdelt", "phoenix"), for `dyad code`, `dyad events` and any other sink.
//
// One run of output is begin(), write() once per event, end():
//   auto w = make_event_writer("tsv", std::cout, {.header = true});
//   (*w)->begin();                      // "doc_id\tsentence\t..." (the header line)
//   for (const Event& e : events) (*w)->write(e);
//   (*w)->end();
// begin() and end() frame the events, so a format with a header line (TSV, CSV) or
// with an envelope (a JSON array's "[" and "]") fits the same loop as the line
// formats, whose begin() and end() print nothing. A writer serves one run: the GDELT
// and Phoenix writers number the events they write 1, 2, 3 ... (GLOBALEVENTID, the
// Phoenix event id), so every run counts from 1.
//
// The formats are registered by name (src/io/event_writer_registry.cpp); each is one
// file in src/io/. Callers never name a format type, so the CLI's help, its error
// messages and its --format choice all come from event_format_names().
#pragma once

#include <memory>
#include <ostream>
#include <string_view>
#include <vector>

#include "dyad/event.hpp"
#include "dyad/result.hpp"

namespace dyad {

struct EventWriterOptions {
  // Print a line of column names first, in the formats that have one (tsv, csv).
  bool header = false;
};

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Before the first event (also when there is none).
  virtual void begin() {}
  // One event (one line in the line formats, with its '\n').
  virtual void write(const Event& e) = 0;
  // After the last event.
  virtual void end() {}
};

// The writer registered as `format` (or one of its aliases: "json" = "jsonl"),
// printing to `out`, which must outlive it. An unknown name is an error that lists
// the registered names.
Result<std::unique_ptr<EventWriter>> make_event_writer(std::string_view format, std::ostream& out,
                                                       const EventWriterOptions& options = {});

// True when the format has a column saying an event is negated (jsonl, tsv, csv);
// false for formats without one (gdelt, phoenix), which must not be given negated
// events; false for an unknown name.
bool event_format_marks_negation(std::string_view format);

// The registered format names, in the order help and error messages list them:
// {"jsonl", "tsv", "csv", "gdelt", "phoenix"}. Aliases are accepted, not listed.
const std::vector<std::string_view>& event_format_names();

}  // namespace dyad
