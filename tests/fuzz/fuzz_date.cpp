// libFuzzer target for parse_date. Checks that a result is a real calendar date,
// that its ISO form parses back to it (with parse_date and Date::parse_iso), and
// that day arithmetic round-trips.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/date.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::optional<dyad::Date> date = dyad::parse_date(text);
  if (!date) return 0;
  if (!dyad::Date::from_ymd(date->year(), date->month(), date->day())) std::abort();
  const std::string iso = date->iso();
  if (dyad::parse_date(iso) != date) std::abort();
  if (dyad::Date::parse_iso(iso) != date) std::abort();
  if (date->plus_days(400).plus_days(-400) != *date) std::abort();
  if (dyad::Date::from_days(date->days()) != *date) std::abort();
  return 0;
}
