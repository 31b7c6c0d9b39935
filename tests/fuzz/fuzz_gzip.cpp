// libFuzzer target for compressed input: gunzip on arbitrary bytes, then the
// InputReader with format detection on both the inflated bytes and the raw input
// (which it inflates itself when it sees the gzip magic). The output limit keeps
// gzip bombs small; a result never exceeds it.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr uint64_t kLimit = 1 << 22;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dyad::Inflated inflated = dyad::gunzip(bytes, kLimit);
  if (inflated.bytes.size() > kLimit) std::abort();
  if (!inflated.complete && inflated.problem.empty()) std::abort();

  dyad::ReadOptions options;
  options.max_input_bytes = kLimit;
  dyad::InputReader reader(options);
  dyad::IngestReport report;
  auto ignore = [](dyad::Document&&) {};
  reader.read_bytes(inflated.bytes, "fuzz", ignore, report);
  reader.read_bytes(bytes, "fuzz.gz", ignore, report);
  return 0;
}
