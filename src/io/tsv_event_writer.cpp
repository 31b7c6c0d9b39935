// The "tsv" event format: one tab-separated row of the fifteen kEventTableColumns
// per event, tabs and line breaks inside a field turned into spaces, and a field with a
// double quote quoted as CSV quotes it ("\"We will respond,\" he said." is written
// """We will respond,"" he said."), so pandas, R, Python's csv and sqlite3 read every
// row with their defaults; with --header
// (EventWriterOptions::header) the column names come first:
//   doc_id  sentence  date  source  target  cameo  root  quad  goldstein  plover ...
//   d1      2         2024-07-11  CHNGOV  IGOWSTNAT  112  11  3  -2.0  ACCUSE ...
#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

extern const EventFormat kTsvEventFormat = {
    "tsv", "", true,
    [](std::ostream& out, const EventWriterOptions& options) -> std::unique_ptr<EventWriter> {
      return make_table_event_writer(out, options, append_tsv_row);
    }};

}  // namespace dyad::io
