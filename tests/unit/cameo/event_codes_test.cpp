// Dyad's CAMEO table: sorted, complete, and in step with GDELT's Goldstein scale.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/event.hpp"

namespace dyad {
namespace {

TEST(CameoTable, SortedAndComplete) {
  ASSERT_GT(cameo_table_size(), 280u);
  for (size_t i = 1; i < cameo_table_size(); ++i) {
    EXPECT_LT(cameo_table_entry(i - 1).code, cameo_table_entry(i).code);
  }
  EXPECT_DOUBLE_EQ(cameo_info("190")->goldstein, -10.0);
  EXPECT_DOUBLE_EQ(cameo_info("042")->goldstein, 1.9);
  EXPECT_EQ(cameo_info("112")->plover, "ACCUSE");
  EXPECT_EQ(cameo_info("0233")->plover, "REQUEST");  // appeals -> REQUEST
  EXPECT_EQ(cameo_info("010")->plover, "");          // statements have no PLOVER type
  EXPECT_EQ(cameo_info("174K")->code, "174");         // private codes fall back to a prefix
  EXPECT_FALSE(cameo_info("999").has_value());
  EXPECT_EQ(quad_class("04"), 1);
  EXPECT_EQ(quad_class("07"), 2);
  EXPECT_EQ(quad_class("12"), 3);
  EXPECT_EQ(quad_class("20"), 4);
  EXPECT_EQ(quad_class("34"), 0);
}

TEST(CameoTable, MatchesTheSharedGoldsteinScale) {
  std::string path = std::string(DYAD_SHARED_DIR) + "/data/cameo/goldstein-scale.tsv";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "shared data not found: " << path;
  std::string code, value;
  std::getline(in, code);  // header
  int checked = 0;
  while (in >> code >> value) {
    if (code.size() < 3) continue;
    auto info = cameo_info(code);
    ASSERT_TRUE(info.has_value()) << code;
    EXPECT_EQ(info->code, code);
    EXPECT_DOUBLE_EQ(info->goldstein, std::stod(value)) << code;
    ++checked;
  }
  EXPECT_GT(checked, 280);
}

}  // namespace
}  // namespace dyad
