#include "dyad/result.hpp"

#include <gtest/gtest.h>

#include "dyad/document.hpp"

namespace dyad {

TEST(Result, HoldsValueOrError) {
  Result<int> good(7);
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad(make_error("file.txt:3: broken"));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.message(), "file.txt:3: broken");
}

TEST(Status, DefaultsToOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  Status e = make_error("nope");
  EXPECT_FALSE(e.ok());
  EXPECT_EQ(e.message(), "nope");
}

TEST(Document, RawOffsetFollowsAnchors) {
  Document d;
  d.text = "abcdef";
  EXPECT_EQ(d.raw_offset(3), 3u);  // identity without anchors
  d.raw_map = {{0, 10}, {3, 40}};
  EXPECT_EQ(d.raw_offset(0), 10u);
  EXPECT_EQ(d.raw_offset(2), 12u);
  EXPECT_EQ(d.raw_offset(3), 40u);
  EXPECT_EQ(d.raw_offset(5), 42u);
}

}  // namespace dyad
