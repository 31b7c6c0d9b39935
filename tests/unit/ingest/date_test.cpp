// parse_date: the date formats of news sources, and invalid dates.
#include <gtest/gtest.h>

#include "dyad/ingest.hpp"

namespace dyad {

TEST(IngestDate, Iso8601) {
  EXPECT_EQ(parse_date("2024-07-11"), "2024-07-11");
  EXPECT_EQ(parse_date("2024-07-11T09:30:00Z"), "2024-07-11");
  EXPECT_EQ(parse_date("2024-07-11T09:30:00.123+02:00"), "2024-07-11");
  EXPECT_EQ(parse_date("2024-07-11T23:30-05:00"), "2024-07-11");  // the local date is kept
  EXPECT_EQ(parse_date("2024-07-11 09:30:00"), "2024-07-11");
  EXPECT_EQ(parse_date("20240711"), "2024-07-11");
  EXPECT_EQ(parse_date("  2024-7-1  "), "2024-07-01");
}

TEST(IngestDate, Rfc2822AndAsctime) {
  EXPECT_EQ(parse_date("Thu, 11 Jul 2024 09:30:00 +0000"), "2024-07-11");
  EXPECT_EQ(parse_date("Thu, 11 Jul 2024 09:30:00 GMT"), "2024-07-11");
  EXPECT_EQ(parse_date("11 Jul 2024 09:30 EDT"), "2024-07-11");
  EXPECT_EQ(parse_date("Thu Jul 11 09:30:00 2024"), "2024-07-11");
}

TEST(IngestDate, ReutersSgml) {
  EXPECT_EQ(parse_date("26-FEB-1987 15:01:01.79"), "1987-02-26");
  EXPECT_EQ(parse_date(" 2-JUN-1987 10:04:07.81"), "1987-06-02");
}

TEST(IngestDate, WrittenOut) {
  EXPECT_EQ(parse_date("July 11, 2024"), "2024-07-11");
  EXPECT_EQ(parse_date("11 July 2024"), "2024-07-11");
  EXPECT_EQ(parse_date("Jul. 11, 2024"), "2024-07-11");
  EXPECT_EQ(parse_date("Sept. 3, 2023"), "2023-09-03");
  EXPECT_EQ(parse_date("11th July 2024"), "2024-07-11");
  EXPECT_EQ(parse_date("Thursday, July 11, 2024"), "2024-07-11");
  EXPECT_EQ(parse_date("Published: July 11, 2024 9:30 a.m. EDT"), "2024-07-11");
  EXPECT_EQ(parse_date("Updated 11 July 2024"), "2024-07-11");
}

TEST(IngestDate, Numeric) {
  EXPECT_EQ(parse_date("2024/07/11"), "2024-07-11");
  EXPECT_EQ(parse_date("11.07.2024"), "2024-07-11");
  EXPECT_EQ(parse_date("7/11/2024"), "2024-07-11");   // month first ...
  EXPECT_EQ(parse_date("25/12/2023"), "2023-12-25");  // ... unless the first number cannot be a month
}

TEST(IngestDate, RejectsInvalidDates) {
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

TEST(IngestDate, RejectsNonDates) {
  EXPECT_FALSE(parse_date(""));
  EXPECT_FALSE(parse_date("yesterday"));
  EXPECT_FALSE(parse_date("July 2024"));
  EXPECT_FALSE(parse_date("2024-07"));
  EXPECT_FALSE(parse_date("11 July 2024 was a hot day"));
  EXPECT_FALSE(parse_date("12345678901234567890"));
  EXPECT_FALSE(parse_date("Smarch 11, 2024"));
}

}  // namespace dyad

namespace dyad {
namespace {

TEST(DateFromFileName, TrailingIsoDateOfTheName) {
  EXPECT_EQ(date_from_file_name("examples/china-nato-2024-07-11.txt"), "2024-07-11");
  EXPECT_EQ(date_from_file_name("2024-07-11.txt"), "2024-07-11");
  EXPECT_EQ(date_from_file_name("/a/b/story-2024-07-11"), "2024-07-11");
  EXPECT_EQ(date_from_file_name("dir-2024-07-11/story.txt"), "");   // the directory's, not the file's
  EXPECT_EQ(date_from_file_name("story-2024-13-11.txt"), "");       // no such month
  EXPECT_EQ(date_from_file_name("id12024-07-11.txt"), "");          // part of a longer number
  EXPECT_EQ(date_from_file_name("story.txt"), "");
  EXPECT_EQ(date_from_file_name("-"), "");
}

}  // namespace
}  // namespace dyad
