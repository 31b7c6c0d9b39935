// parse_date: the date formats of news sources, and invalid dates.
#include <gtest/gtest.h>

#include <string>

#include "dyad/date.hpp"

namespace dyad {

namespace {
// The parsed date as YYYY-MM-DD, "none" when it does not parse.
std::string parsed(std::string_view text) {
  auto d = parse_date(text);
  return d ? d->iso() : "none";
}
}  // namespace

TEST(ParseDate, Iso8601) {
  EXPECT_EQ(parsed("2024-07-11"), "2024-07-11");
  EXPECT_EQ(parsed("2024-07-11T09:30:00Z"), "2024-07-11");
  EXPECT_EQ(parsed("2024-07-11T09:30:00.123+02:00"), "2024-07-11");
  EXPECT_EQ(parsed("2024-07-11T23:30-05:00"), "2024-07-11");  // the local date is kept
  EXPECT_EQ(parsed("2024-07-11 09:30:00"), "2024-07-11");
  EXPECT_EQ(parsed("20240711"), "2024-07-11");
  EXPECT_EQ(parsed("  2024-7-1  "), "2024-07-01");
}

TEST(ParseDate, Rfc2822AndAsctime) {
  EXPECT_EQ(parsed("Thu, 11 Jul 2024 09:30:00 +0000"), "2024-07-11");
  EXPECT_EQ(parsed("Thu, 11 Jul 2024 09:30:00 GMT"), "2024-07-11");
  EXPECT_EQ(parsed("11 Jul 2024 09:30 EDT"), "2024-07-11");
  EXPECT_EQ(parsed("Thu Jul 11 09:30:00 2024"), "2024-07-11");
}

TEST(ParseDate, ReutersSgml) {
  EXPECT_EQ(parsed("26-FEB-1987 15:01:01.79"), "1987-02-26");
  EXPECT_EQ(parsed(" 2-JUN-1987 10:04:07.81"), "1987-06-02");
}

TEST(ParseDate, WrittenOut) {
  EXPECT_EQ(parsed("July 11, 2024"), "2024-07-11");
  EXPECT_EQ(parsed("11 July 2024"), "2024-07-11");
  EXPECT_EQ(parsed("Jul. 11, 2024"), "2024-07-11");
  EXPECT_EQ(parsed("Sept. 3, 2023"), "2023-09-03");
  EXPECT_EQ(parsed("11th July 2024"), "2024-07-11");
  EXPECT_EQ(parsed("Thursday, July 11, 2024"), "2024-07-11");
  EXPECT_EQ(parsed("Published: July 11, 2024 9:30 a.m. EDT"), "2024-07-11");
  EXPECT_EQ(parsed("Updated 11 July 2024"), "2024-07-11");
}

TEST(ParseDate, Numeric) {
  EXPECT_EQ(parsed("2024/07/11"), "2024-07-11");
  EXPECT_EQ(parsed("11.07.2024"), "2024-07-11");
  EXPECT_EQ(parsed("7/11/2024"), "2024-07-11");   // month first ...
  EXPECT_EQ(parsed("25/12/2023"), "2023-12-25");  // ... unless the first number cannot be a month
}

TEST(ParseDate, RejectsInvalidDates) {
  EXPECT_FALSE(parse_date("2024-02-30"));
  EXPECT_FALSE(parse_date("2023-02-29"));  // not a leap year
  EXPECT_TRUE(parse_date("2024-02-29"));   // a leap year
  EXPECT_FALSE(parse_date("1900-02-29"));
  EXPECT_TRUE(parse_date("2000-02-29"));
  EXPECT_FALSE(parse_date("2024-13-01"));
  EXPECT_FALSE(parse_date("2024-00-10"));
  EXPECT_FALSE(parse_date("31.04.2024"));
  EXPECT_FALSE(parse_date("2024-07-11T25:00:00Z"));
  EXPECT_FALSE(parse_date("2024-07-11T10:61"));
  EXPECT_FALSE(parse_date("July 32, 2024"));
}

TEST(ParseDate, RejectsNonDates) {
  EXPECT_FALSE(parse_date(""));
  EXPECT_FALSE(parse_date("yesterday"));
  EXPECT_FALSE(parse_date("July 2024"));
  EXPECT_FALSE(parse_date("2024-07"));
  EXPECT_FALSE(parse_date("11 July 2024 was a hot day"));
  EXPECT_FALSE(parse_date("12345678901234567890"));
  EXPECT_FALSE(parse_date("Smarch 11, 2024"));
}

}  // namespace dyad
