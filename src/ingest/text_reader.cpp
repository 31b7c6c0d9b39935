// Plain text: the whole input is one document.
//
// The reader only decodes (BOM, UTF-16, Windows-1252 -> UTF-8) and normalises; it
// does not guess a title or cut boilerplate, because the cleaner does both from the
// text and needs the first line intact to do so. The date comes only from --date:
// a date inside free text is the resolver's business, not metadata.
#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

void read_text(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report) {
  Result<DecodedText> decoded = decode_text(bytes);
  if (!decoded.ok()) {
    report.skip(source, decoded.message());
    return;
  }
  if (ingest::trim_space(decoded->text).empty()) {
    report.skip(source, "empty input");
    return;
  }
  Document doc;
  doc.source = source;
  doc.format = "text";
  doc.text = std::move(decoded->text);
  doc.raw_map = std::move(decoded->raw_map);
  ingest::emit_document(std::move(doc), options, emit, report);
}

}  // namespace dyad
