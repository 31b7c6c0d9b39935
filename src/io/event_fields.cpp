// Shared event fields (see event_fields.hpp).
#include "io/event_fields.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace dyad::io {

std::string goldstein_text(const Event& e) {
  if (!e.goldstein) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", *e.goldstein);
  return buf;
}

std::string confidence_text(double confidence) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", confidence);
  return buf;
}

void append_tsv_field(std::string& out, std::string_view v) {
  // A field with a double quote is quoted as CSV quotes it (inner quotes doubled): the
  // default readers (pandas, R's read.delim, Python's csv, sqlite3 .import) take a
  // field that starts with a quote for a quoted one and would run it into the rows
  // after it.
  const bool quoted = v.find('"') != std::string_view::npos;
  if (quoted) out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
  }
  if (quoted) out += '"';
}

void append_tsv_row(std::string& out, std::span<const std::string> fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += '\t';
    append_tsv_field(out, fields[i]);
  }
  out += '\n';
}

namespace {
// A cell a spreadsheet would run as a formula: it starts with = + - @ (or a tab or
// carriage return before one) and is not a plain number such as a Goldstein "-2.0".
bool formula_like(const std::string& f) {
  if (f.empty() || std::string_view("=+-@\t\r").find(f[0]) == std::string_view::npos) return false;
  char* end = nullptr;
  std::strtod(f.c_str(), &end);
  return end != f.c_str() + f.size();
}
}  // namespace

void append_csv_row(std::string& out, std::span<const std::string> fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    // A quote first makes a formula-like cell plain text ('=cmd|...), as spreadsheet
    // software reads it.
    const std::string f = formula_like(fields[i]) ? "'" + fields[i] : fields[i];
    if (f.find_first_of(",\"\n\r") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += '\n';
}

std::vector<std::string> event_table_row(const Event& e) {
  return {e.doc_id, std::to_string(e.sentence), e.date.iso(), e.source.code, e.target.code, e.cameo,
          e.root, std::to_string(e.quad), goldstein_text(e), e.plover, e.source.text,
          e.target.text, e.verb_text, e.negated ? "1" : "0", e.text};
}

namespace {

class TableEventWriter final : public EventWriter {
 public:
  using RowFn = void (*)(std::string&, std::span<const std::string>);
  TableEventWriter(std::ostream& out, const EventWriterOptions& options, RowFn append_row)
      : out_(out), header_(options.header), append_row_(append_row) {}

  void begin() override {
    if (!header_) return;
    const std::vector<std::string> names(kEventTableColumns.begin(), kEventTableColumns.end());
    std::string line;
    append_row_(line, names);
    out_ << line;
  }

  void write(const Event& e) override {
    std::string line;
    line.reserve(512);
    append_row_(line, event_table_row(e));
    out_ << line;
  }

 private:
  std::ostream& out_;
  bool header_;
  RowFn append_row_;
};

}  // namespace

std::unique_ptr<EventWriter> make_table_event_writer(std::ostream& out, const EventWriterOptions& options,
                                                     void (*append_row)(std::string&, std::span<const std::string>)) {
  return std::make_unique<TableEventWriter>(out, options, append_row);
}

}  // namespace dyad::io
