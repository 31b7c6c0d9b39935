// libFuzzer target for plain-text decoding: arbitrary bytes through decode_text
// (BOMs, UTF-16, Windows-1252, binary detection) and read_text. Checks that decoded
// text is valid UTF-8 and that the offset map is sorted and inside the text.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.hpp"

namespace {

void check_anchors(const std::string& text, const std::vector<dyad::OffsetAnchor>& map) {
  for (size_t i = 0; i < map.size(); ++i) {
    if (map[i].text_offset > text.size()) std::abort();
    if (i > 0 && map[i].text_offset < map[i - 1].text_offset) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::Result<dyad::DecodedText> decoded = dyad::decode_text(bytes);
  if (decoded.ok()) {
    if (!simdjson::validate_utf8(decoded->text)) std::abort();
    check_anchors(decoded->text, decoded->raw_map);
    std::string nfc = decoded->text;
    dyad::normalize_nfc(nfc);
    if (!simdjson::validate_utf8(nfc)) std::abort();
  }
  // A declared charset taken from the first bytes exercises decode_text_as too.
  std::string_view label = bytes.substr(0, std::min<size_t>(size, 12));
  (void)dyad::decode_text_as(bytes, label);

  dyad::IngestReport report;
  dyad::read_text(bytes, "fuzz.txt", {}, [](dyad::Document&& doc) {
    if (!simdjson::validate_utf8(doc.text)) std::abort();
    check_anchors(doc.text, doc.raw_map);
  }, report);
  return 0;
}
