// Date (include/dyad/date.hpp): validation, ISO form and calendar arithmetic.
#include "dyad/date.hpp"

#include <cstdlib>
#include <ctime>

#include <array>
#include <cstdio>
#include <ostream>

namespace dyad {

std::optional<Date> Date::from_ymd(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (day > kDays[month - 1] + (month == 2 && leap ? 1 : 0)) return std::nullopt;
  return from_number(year * 10000 + month * 100 + day);
}

std::optional<Date> Date::parse_iso(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lengths[k]; ++i) {
      if (t[i] < '0' || t[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (t[i] - '0');
    }
  }
  return from_ymd(v[0], v[1], v[2]);
}

std::string Date::iso() const {
  if (!known()) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year(), month(), day());
  return buf;
}

std::string Date::compact() const {
  if (!known()) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year(), month(), day());
  return buf;
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
int64_t Date::days() const {
  int64_t y = year();
  const int64_t m = month();
  const int64_t d = day();
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  return from_number(static_cast<int32_t>(y * 10000 + m * 100 + d));
}

Date Date::plus_days(int n) const {
  if (!known()) return {};
  return from_days(days() + n);
}

std::ostream& operator<<(std::ostream& os, Date d) { return os << d.iso(); }

int Date::weekday() const {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const int64_t z = days();
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::string coding_time() {
  std::time_t t = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    char* end = nullptr;
    const long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && v >= 0) t = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace dyad
