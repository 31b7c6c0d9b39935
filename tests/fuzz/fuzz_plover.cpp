// libFuzzer target for the PLOVER gold-file reader (dyad eval-plover's input): any
// bytes give records or a message naming the file, never a crash; every record read
// has country-level actor codes of at most a few letters.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dyad/plover_eval.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  std::string json(reinterpret_cast<const char*>(data), size);
  auto records = dyad::parse_plover_gold(json, "fuzz.json");
  if (!records.ok()) {
    if (records.message().rfind("fuzz.json", 0) != 0) std::abort();
    return 0;
  }
  for (const auto& r : *records) {
    for (const auto& c : r.sources) {
      if (c.size() > 16) std::abort();
    }
    (void)dyad::plover05_type(r.type);
  }
  return 0;
}
