// Date: the one calendar-date type of Dyad -- documents, events, dictionary code
// ranges, the event dater and the store all use it.
//
// A Date is an int32 YYYYMMDD (20240711) with 0 for "unknown", so it is trivially
// copyable, orders as dates do, and prints as "2024-07-11" (or "" when unknown), the
// form every output format uses. Arithmetic is proleptic Gregorian.
//
//   Date d = *Date::parse_iso("2024-07-11");
//   d.plus_days(-1).iso()  -> "2024-07-10"      d.weekday() -> 3 (Thursday)
//   parse_date("Thu, 11 Jul 2024 09:30:00 +0000") -> 2024-07-11
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace dyad {

class Date {
 public:
  // Unknown.
  constexpr Date() = default;
  // From YYYYMMDD, unchecked (for values Dyad wrote itself and tests).
  static constexpr Date from_number(int32_t yyyymmdd) {
    Date d;
    d.v_ = yyyymmdd;
    return d;
  }
  // From year, month and day; nullopt unless it is a real date of years 1-9999.
  static std::optional<Date> from_ymd(int year, int month, int day);
  // Exactly "YYYY-MM-DD", a real date; nullopt otherwise.
  static std::optional<Date> parse_iso(std::string_view text);
  // After every date (the open end of a dictionary code's validity).
  static constexpr Date end_of_time() { return from_number(99991231); }
  // From days since 1970-01-01.
  static Date from_days(int64_t days);

  bool known() const { return v_ != 0; }
  explicit operator bool() const { return known(); }
  int32_t number() const { return v_; }
  int year() const { return v_ / 10000; }
  int month() const { return v_ / 100 % 100; }
  int day() const { return v_ % 100; }

  // "2024-07-11"; "" when unknown.
  std::string iso() const;
  // "20240711"; "" when unknown (GDELT's and Phoenix's form).
  std::string compact() const;
  // Days since 1970-01-01.
  int64_t days() const;
  // The date `n` days later (earlier when negative); unknown stays unknown.
  Date plus_days(int n) const;
  // 0 = Monday ... 6 = Sunday.
  int weekday() const;

  friend constexpr auto operator<=>(const Date&, const Date&) = default;

 private:
  int32_t v_ = 0;
};

// Prints iso() ("" when unknown).
std::ostream& operator<<(std::ostream& os, Date d);

// A date in the forms news sources write, ignoring a time and zone after it:
//   ISO 8601 ("2024-07-11", "2024-07-11T09:30:00Z"), RFC 2822 ("Thu, 11 Jul 2024
//   09:30:00 +0000"), Reuters ("26-FEB-1987 15:01:01.79"), "July 11, 2024",
//   "11 July 2024", "2024/07/11", "11.07.2024", "20240711".
// nullopt when the text is not a date (or has more than a time and zone after it).
std::optional<Date> parse_date(std::string_view text);

// The time of coding, UTC, as "2026-12-07T06:50:00Z": now, or the time the environment
// variable SOURCE_DATE_EPOCH gives (seconds since 1970), for reproducible output.
std::string coding_time();

}  // namespace dyad
