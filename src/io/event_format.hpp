// What an event output format registers: its name and how to make its writer.
//
// Each format file (src/io/*_event_writer.cpp) defines one EventFormat constant;
// event_writer_registry.cpp lists them. The constants are constant-initialised (a
// name and a function pointer), so the registry can point at them from another file
// without any static-initialisation order to worry about.
#pragma once

#include <memory>
#include <ostream>
#include <string_view>

#include "dyad/event_writer.hpp"

namespace dyad::io {

struct EventFormat {
  std::string_view name;   // "tsv": what --format takes, and what help lists
  std::string_view alias;  // another name accepted but not listed ("json" for jsonl); empty for none
  // The format has a column that says an event is negated ("China did not attack
  // Taiwan"). Formats without one (GDELT, Phoenix) must not be given negated events:
  // their users would read them as events that happened.
  bool marks_negation;
  std::unique_ptr<EventWriter> (*make)(std::ostream& out, const EventWriterOptions& options);
};

}  // namespace dyad::io
