// The "tsv" event format: one tab-separated row of the fifteen kEventTableColumns
// per event, tabs and line breaks inside a field turned into spaces; with --header
// (EventWriterOptions::header) the column names come first:
//   doc_id  sentence  date  source  target  cameo  root  quad  goldstein  plover ...
//   d1      2         2024-07-11  CHNGOV  IGOWSTNAT  112  11  3  -2.0  ACCUSE ...
#include <memory>

#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

class TsvEventWriter final : public EventWriter {
 public:
  TsvEventWriter(std::ostream& out, const EventWriterOptions& options) : out_(out), header_(options.header) {}

  void begin() override {
    if (!header_) return;
    std::string line;
    for (size_t i = 0; i < kEventTableColumns.size(); ++i) {
      if (i) line += '\t';
      line += kEventTableColumns[i];
    }
    out_ << line << '\n';
  }

  void write(const Event& e) override {
    const std::vector<std::string> fields = event_table_row(e);
    std::string line;
    line.reserve(512);
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) line += '\t';
      append_tsv_field(line, fields[i]);
    }
    line += '\n';
    out_ << line;
  }

 private:
  std::ostream& out_;
  bool header_;
};

}  // namespace

extern const EventFormat kTsvEventFormat = {
    "tsv", "", true,
    [](std::ostream& out, const EventWriterOptions& options) -> std::unique_ptr<EventWriter> {
      return std::make_unique<TsvEventWriter>(out, options);
    }};

}  // namespace dyad::io
