// Plain text: the whole input is one document.
//
// The reader only decodes (BOM, UTF-16, Windows-1252 -> UTF-8) and normalises; it
// does not guess a title or cut boilerplate, because the cleaner does both from the
// text and needs the first line intact to do so. The date comes from --date, else
// from a file name that ends in one ("china-nato-2024-07-11.txt", as scrapers and
// archives often name files); a date inside free text is the event dater's business,
// not metadata.
#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

// "dir/china-nato-2024-07-11.txt" -> 2024-07-11; unknown when the name does not end
// in a valid YYYY-MM-DD (before its extension).
Date date_from_file_name(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = name.find('.');
  std::string_view stem = dot == std::string_view::npos ? name : name.substr(0, dot);
  if (stem.size() < 10) return {};
  std::string_view tail = stem.substr(stem.size() - 10);
  if (stem.size() > 10) {
    char before = stem[stem.size() - 11];
    if (before >= '0' && before <= '9') return {};
  }
  for (size_t i = 0; i < 10; ++i) {
    bool dash = i == 4 || i == 7;
    if (dash ? tail[i] != '-' : (tail[i] < '0' || tail[i] > '9')) return {};
  }
  return Date::parse_iso(tail).value_or(Date());
}

void read_text(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report) {
  Result<DecodedText> decoded = decode_text(bytes);
  if (!decoded.ok()) {
    report.skip(source, decoded.message());
    return;
  }
  if (base::trim(decoded->text).empty()) {
    report.skip(source, "empty input");
    return;
  }
  Document doc;
  doc.source = source;
  doc.format = "text";
  doc.text = std::move(decoded->text);
  doc.raw_map = std::move(decoded->raw_map);
  doc.date = date_from_file_name(source);
  ingest::emit_document(std::move(doc), options, emit, report);
}

}  // namespace dyad
