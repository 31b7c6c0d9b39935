// The "csv" event format: the tsv format's columns (kEventTableColumns) as RFC 4180
// CSV -- a field holding a comma, a quote or a line break is quoted, inner quotes
// doubled -- so spreadsheets read sentences intact:
//   d1,2,2024-07-11,CHNGOV,IGOWSTNAT,112,...,"The government accused NATO ""again""."
// With --header (EventWriterOptions::header) the column names come first (they hold
// no comma or quote).
#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

extern const EventFormat kCsvEventFormat = {
    "csv", "", true,
    [](std::ostream& out, const EventWriterOptions& options) -> std::unique_ptr<EventWriter> {
      return make_table_event_writer(out, options, append_csv_row);
    }};

}  // namespace dyad::io
