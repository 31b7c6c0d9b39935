// ASCII string helpers: case folding leaves other bytes alone, comparisons ignore
// ASCII case only, trimming takes ASCII whitespace.
#include "base/strings.hpp"

#include <gtest/gtest.h>

namespace dyad::base {
namespace {

TEST(Strings, CaseFoldingIsAsciiOnly) {
  EXPECT_EQ(ascii_lower("China's NATO"), "china's nato");
  EXPECT_EQ(ascii_upper("Barad-dûr"), "BARAD-DûR");  // UTF-8 bytes pass through
  std::string out = "longer buffer";
  ascii_lower_into("AbC", out);
  EXPECT_EQ(out, "abc");
}

TEST(Strings, CaseInsensitiveComparison) {
  EXPECT_TRUE(iequals("Content-Type", "content-type"));
  EXPECT_FALSE(iequals("Content-Type", "content-typ"));
  EXPECT_TRUE(istarts_with("WARC-Date: x", "warc-date"));
  EXPECT_FALSE(istarts_with("WARC", "warc-date"));
  EXPECT_TRUE(ieq_lower("Former", "former"));
  EXPECT_FALSE(ieq_lower("Formerly", "former"));
}

TEST(Strings, TrimAndAscii) {
  EXPECT_EQ(trim(" \t\r\n x y \f\v"), "x y");
  EXPECT_EQ(trim("   "), "");
  EXPECT_TRUE(is_ascii("plain text, 8 bytes and more"));
  EXPECT_FALSE(is_ascii("caf\xC3\xA9 au lait, long enough"));
}

TEST(Strings, PrintableEscapesWhatATerminalWouldRun) {
  EXPECT_EQ(printable("plain"), "plain");
  EXPECT_EQ(printable("a\x1b[31mred"), "a\\x1B[31mred");  // an escape sequence
  EXPECT_EQ(printable("tab\there"), "tab\\x09here");
  EXPECT_EQ(printable("caf\xC3\xA9"), "caf\xC3\xA9");     // UTF-8 passes
  EXPECT_EQ(printable("bad\xFF"), "bad\\xFF");            // invalid UTF-8 does not
  EXPECT_EQ(printable(std::string(100, 'x'), 10), std::string(10, 'x') + "...");
}

}  // namespace
}  // namespace dyad::base
