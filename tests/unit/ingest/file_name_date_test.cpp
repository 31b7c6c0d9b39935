// date_from_file_name: the date plain-text documents take from their file name.
#include <gtest/gtest.h>

#include <string>

#include "dyad/ingest.hpp"

namespace dyad {
namespace {

std::string named(std::string_view path) { return date_from_file_name(path).iso(); }

TEST(DateFromFileName, TrailingIsoDateOfTheName) {
  EXPECT_EQ(named("examples/china-nato-2024-07-11.txt"), "2024-07-11");
  EXPECT_EQ(named("2024-07-11.txt"), "2024-07-11");
  EXPECT_EQ(named("/a/b/story-2024-07-11"), "2024-07-11");
  EXPECT_EQ(named("dir-2024-07-11/story.txt"), "");   // the directory's, not the file's
  EXPECT_EQ(named("story-2024-13-11.txt"), "");       // no such month
  EXPECT_EQ(named("id12024-07-11.txt"), "");          // part of a longer number
  EXPECT_EQ(named("story.txt"), "");
  EXPECT_EQ(named("-"), "");
}

}  // namespace
}  // namespace dyad
