// Date: validation, the ISO and compact forms, calendar arithmetic.
#include "dyad/date.hpp"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(Date, UnknownPrintsEmptyAndStaysUnknown) {
  Date d;
  EXPECT_FALSE(d.known());
  EXPECT_EQ(d.iso(), "");
  EXPECT_EQ(d.compact(), "");
  EXPECT_FALSE(d.plus_days(3).known());
}

TEST(Date, FromYmdChecksTheCalendar) {
  EXPECT_EQ(Date::from_ymd(2024, 2, 29)->iso(), "2024-02-29");
  EXPECT_FALSE(Date::from_ymd(2023, 2, 29));
  EXPECT_FALSE(Date::from_ymd(1900, 2, 29));
  EXPECT_TRUE(Date::from_ymd(2000, 2, 29));
  EXPECT_FALSE(Date::from_ymd(2024, 4, 31));
  EXPECT_FALSE(Date::from_ymd(2024, 13, 1));
  EXPECT_FALSE(Date::from_ymd(0, 1, 1));
}

TEST(Date, ParseIsoTakesExactlyYearMonthDay) {
  EXPECT_EQ(Date::parse_iso("1987-02-26")->number(), 19870226);
  EXPECT_FALSE(Date::parse_iso("1987-2-26"));
  EXPECT_FALSE(Date::parse_iso("19870226"));
  EXPECT_FALSE(Date::parse_iso("1987-02-30"));
  EXPECT_FALSE(Date::parse_iso("1987-02-2x"));
  EXPECT_FALSE(Date::parse_iso(""));
}

TEST(Date, Arithmetic) {
  const Date friday = Date::from_number(20240712);
  EXPECT_EQ(friday.weekday(), 4);
  EXPECT_EQ(friday.plus_days(-1).iso(), "2024-07-11");
  EXPECT_EQ(friday.plus_days(20).iso(), "2024-08-01");
  EXPECT_EQ(Date::from_number(20240301).plus_days(-1).iso(), "2024-02-29");
  EXPECT_EQ(Date::from_number(20231231).plus_days(1).iso(), "2024-01-01");
  EXPECT_EQ(Date::from_number(19700101).days(), 0);
  EXPECT_EQ(Date::from_days(19915), Date::from_number(20240711));
  EXPECT_EQ(friday.compact(), "20240712");
}

TEST(Date, OrdersAsDates) {
  EXPECT_LT(Date::from_number(19991231), Date::from_number(20000101));
  EXPECT_LT(Date(), Date::from_number(10000101));  // unknown sorts first
  EXPECT_LT(Date::from_number(20240711), Date::end_of_time());
}

}  // namespace
}  // namespace dyad
