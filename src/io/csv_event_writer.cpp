// The "csv" event format: the tsv format's columns (kEventTableColumns) as RFC 4180
// CSV -- a field holding a comma, a quote or a line break is quoted, inner quotes
// doubled -- so spreadsheets read sentences intact:
//   d1,2,2024-07-11,CHNGOV,IGOWSTNAT,112,...,"The government accused NATO ""again""."
// With --header (EventWriterOptions::header) the column names come first.
#include <memory>

#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

class CsvEventWriter final : public EventWriter {
 public:
  CsvEventWriter(std::ostream& out, const EventWriterOptions& options) : out_(out), header_(options.header) {}

  // The column names hold no comma or quote: they need no quoting.
  void begin() override {
    if (!header_) return;
    std::string line;
    for (size_t i = 0; i < kEventTableColumns.size(); ++i) {
      if (i) line += ',';
      line += kEventTableColumns[i];
    }
    out_ << line << '\n';
  }

  void write(const Event& e) override {
    const std::vector<std::string> fields = event_table_row(e);
    std::string line;
    line.reserve(512);
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i) line += ',';
      append_csv_field(line, fields[i]);
    }
    line += '\n';
    out_ << line;
  }

 private:
  static void append_csv_field(std::string& out, const std::string& f) {
    if (f.find_first_of(",\"\n\r") == std::string::npos) {
      out += f;
      return;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }

  std::ostream& out_;
  bool header_;
};

}  // namespace

extern const EventFormat kCsvEventFormat = {
    "csv", "", true,
    [](std::ostream& out, const EventWriterOptions& options) -> std::unique_ptr<EventWriter> {
      return std::make_unique<CsvEventWriter>(out, options);
    }};

}  // namespace dyad::io
