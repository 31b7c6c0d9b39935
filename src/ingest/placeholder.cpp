// PLACEHOLDER (to be replaced by the real readers): plain text only.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "dyad/ingest.hpp"

namespace dyad {

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::Auto;
  if (name == "text" || name == "txt") return InputFormat::Text;
  if (name == "html") return InputFormat::Html;
  if (name == "jsonl") return InputFormat::Jsonl;
  if (name == "json") return InputFormat::Json;
  if (name == "warc") return InputFormat::Warc;
  if (name == "conllu") return InputFormat::Conllu;
  return std::nullopt;
}
const char* input_format_name(InputFormat f) {
  switch (f) {
    case InputFormat::Auto: return "auto";
    case InputFormat::Text: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::Jsonl: return "jsonl";
    case InputFormat::Json: return "json";
    case InputFormat::Warc: return "warc";
    case InputFormat::Conllu: return "conllu";
  }
  return "?";
}
InputFormat detect_format(std::string_view, std::string_view) { return InputFormat::Text; }
bool is_gzip(std::string_view b) { return b.size() >= 2 && (unsigned char)b[0] == 0x1f && (unsigned char)b[1] == 0x8b; }
Inflated gunzip(std::string_view, uint64_t) { return {"", false, "not implemented"}; }
Result<DecodedText> decode_text(std::string_view bytes) { return DecodedText{std::string(bytes), "utf-8", 0, true}; }
Result<DecodedText> decode_text_as(std::string_view bytes, std::string_view) { return decode_text(bytes); }
void normalize_nfc(std::string&) {}
std::optional<std::string> parse_date(std::string_view) { return std::nullopt; }

void IngestReport::skip(const std::string& where, const std::string& what) {
  ++skipped_records;
  if (problems.size() < kMaxProblems) problems.push_back(where + ": " + what);
}
void IngestReport::warn(const std::string& where, const std::string& what) {
  ++warnings;
  if (problems.size() < kMaxProblems) problems.push_back(where + ": " + what);
}
std::string IngestReport::summary() const {
  return "read " + std::to_string(documents) + " documents from " + std::to_string(inputs) + " inputs";
}

void assign_content_id(Document& doc) {
  if (!doc.id.empty()) return;
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : doc.text) h = (h ^ c) * 1099511628211ull;
  char buf[20];
  snprintf(buf, sizeof buf, "d%016llx", (unsigned long long)h);
  doc.id = buf;
}

void read_text(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report) {
  Document d;
  d.text = std::string(bytes);
  d.source = source;
  d.format = "text";
  d.date = options.date;
  assign_content_id(d);
  ++report.documents;
  emit(std::move(d));
}
void read_html(std::string_view b, const std::string& s, const ReadOptions& o, const DocumentCallback& e, IngestReport& r) { read_text(b, s, o, e, r); }
void read_jsonl(std::string_view b, const std::string& s, const ReadOptions& o, const DocumentCallback& e, IngestReport& r) { read_text(b, s, o, e, r); }
void read_json(std::string_view b, const std::string& s, const ReadOptions& o, const DocumentCallback& e, IngestReport& r) { read_text(b, s, o, e, r); }
void read_warc(std::string_view b, const std::string& s, const ReadOptions& o, const DocumentCallback& e, IngestReport& r) { read_text(b, s, o, e, r); }
HtmlArticle extract_html_article(std::string_view) { return {}; }

Status InputReader::read_path(const std::string& path, const DocumentCallback& emit, IngestReport& report) const {
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return make_error(path + ": cannot open");
    std::stringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  ++report.inputs;
  read_bytes(bytes, path == "-" ? "<stdin>" : path, emit, report);
  return {};
}
void InputReader::read_bytes(std::string_view bytes, const std::string& name, const DocumentCallback& emit,
                             IngestReport& report) const {
  read_text(bytes, name, options_, emit, report);
}

}  // namespace dyad
