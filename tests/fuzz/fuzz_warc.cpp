// libFuzzer target for WARC files: arbitrary bytes through read_warc (record
// headers, resynchronisation, HTTP headers, chunked and gzip payloads, HTML).
// Checks that documents carry "file#N" sources, valid UTF-8 text and sorted anchors.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::ReadOptions options;
  options.max_input_bytes = 1 << 24;  // bounds gzip payloads
  dyad::IngestReport report;
  dyad::read_warc(bytes, "f.warc", options, [](dyad::Document&& doc) {
    if (doc.source.compare(0, 7, "f.warc#") != 0) std::abort();
    if (doc.text.empty() || !simdjson::validate_utf8(doc.text)) std::abort();
    for (size_t i = 1; i < doc.raw_map.size(); ++i)
      if (doc.raw_map[i].text_offset < doc.raw_map[i - 1].text_offset) std::abort();
  }, report);
  return 0;
}
