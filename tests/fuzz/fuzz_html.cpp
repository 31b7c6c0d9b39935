// libFuzzer target for HTML pages: arbitrary bytes through read_html (charset
// sniffing, gumbo, metadata and main-text extraction). Checks that the text is valid
// UTF-8, that paragraphs are never empty, that dates are YYYY-MM-DD, and that the
// offset map is sorted and points inside the page.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::IngestReport report;
  dyad::read_html(bytes, "fuzz.html", {}, [&](dyad::Document&& doc) {
    if (!simdjson::validate_utf8(doc.text) || !simdjson::validate_utf8(doc.title)) std::abort();
    if (doc.text.empty() || doc.text.find("\n\n\n") != std::string::npos) std::abort();
    if (doc.date && doc.date.iso().size() != 10) std::abort();
    for (size_t i = 0; i < doc.raw_map.size(); ++i) {
      const dyad::OffsetAnchor& a = doc.raw_map[i];
      if (a.text_offset > doc.text.size() || a.raw_offset > size) std::abort();
      if (i > 0 && a.text_offset <= doc.raw_map[i - 1].text_offset) std::abort();
    }
  }, report);
  return 0;
}
