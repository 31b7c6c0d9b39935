// libFuzzer target for parse_date. Checks that a result is a valid YYYY-MM-DD
// calendar date and that parsing it again gives it back unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/ingest.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<std::string> date = dyad::parse_date(text);
  if (!date) return 0;
  const std::string& d = *date;
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') std::abort();
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') std::abort();
  int month = (d[5] - '0') * 10 + (d[6] - '0');
  int day = (d[8] - '0') * 10 + (d[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) std::abort();
  if (dyad::parse_date(d) != date) std::abort();
  return 0;
}
