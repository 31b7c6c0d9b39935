// Acceptance of the cleaner on the seed article in ../shared (skipped when absent):
// the first line is the title, the donation appeal (lines 2-7) is removed, and the
// eleven body paragraphs (lines 8-18) are kept whole.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/clean.hpp"

namespace dyad {
namespace {

TEST(SeedArticle, CleanerKeepsTheStoryAndDropsTheAppeal) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/seed/china-nato-2024-07-11.txt";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found: " << path;
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc;
  doc.text = ss.str();
  std::vector<std::string> lines;
  {
    std::istringstream ls(doc.text);
    std::string line;
    while (std::getline(ls, line)) lines.push_back(line);
  }
  ASSERT_EQ(lines.size(), 18u);

  AnalyzedDocument a;
  BoilerplateCleaner().clean(doc, a);
  EXPECT_EQ(a.title, lines[0]);
  ASSERT_EQ(a.removed.size(), 6u);
  for (size_t i = 0; i < 6; ++i) {
    EXPECT_EQ(doc.text.substr(a.removed[i].span.begin, a.removed[i].span.size()), lines[1 + i]);
  }
  ASSERT_EQ(a.paragraphs.size(), 11u);
  for (size_t i = 0; i < 11; ++i) {
    EXPECT_EQ(doc.text.substr(a.paragraphs[i].begin, a.paragraphs[i].size()), lines[7 + i]);
  }
}

}  // namespace
}  // namespace dyad
