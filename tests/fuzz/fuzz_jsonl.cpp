// libFuzzer target for JSON input: the same bytes through read_jsonl and read_json.
// Checks that every document has valid UTF-8 text and title, text or a title (a
// headline-only record has no text), that sources name the line or element, and
// that the offset map is sorted and inside the text.
#include <simdjson.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.hpp"

namespace {

void check(const dyad::Document& doc, std::string_view prefix) {
  if (doc.text.empty() && doc.title.empty()) std::abort();
  if (!simdjson::validate_utf8(doc.text) || !simdjson::validate_utf8(doc.title)) std::abort();
  if (doc.source.compare(0, prefix.size(), prefix) != 0) std::abort();
  if (doc.id.empty()) std::abort();
  if (doc.date && doc.date.iso().size() != 10) std::abort();
  for (size_t i = 0; i < doc.raw_map.size(); ++i) {
    if (doc.raw_map[i].text_offset > doc.text.size()) std::abort();
    if (i > 0 && doc.raw_map[i].text_offset < doc.raw_map[i - 1].text_offset) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::IngestReport lines;
  dyad::read_jsonl(bytes, "f.jsonl", {}, [](dyad::Document&& doc) { check(doc, "f.jsonl:"); }, lines);
  dyad::IngestReport array;
  dyad::read_json(bytes, "f.json", {}, [](dyad::Document&& doc) { check(doc, "f.json"); }, array);
  if (lines.problems.size() > dyad::IngestReport::kMaxProblems) std::abort();
  return 0;
}
