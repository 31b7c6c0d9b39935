// The cleaner on real wire copy (Reuters-21578 in ../shared, skipped when absent):
// wire stories have no page furniture, so apart from the agency's sign-off line
// ("Reuter") nothing may be removed -- a guard against cue phrases that news text
// also uses ("make a contribution to margins", "the right to subscribe to shares").
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dyad/clean.hpp"
#include "dyad/ingest.hpp"

namespace dyad {
namespace {

TEST(ReutersCorpus, CleanerRemovesOnlySignOffs) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/data/news/reuters-21578/reuters-000.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found: " << path;
  InputReader reader(ReadOptions{});
  IngestReport report;
  BoilerplateCleaner cleaner;
  AnalyzedDocument a;
  size_t docs = 0, paragraphs = 0, other_removals = 0;
  std::string examples;
  Status st = reader.read_path(path, [&](Document&& doc) {
    ++docs;
    a.clear();
    cleaner.clean(doc, a);
    paragraphs += a.paragraphs.size();
    for (const auto& r : a.removed) {
      std::string text = doc.text.substr(r.span.begin, r.span.size());
      if (r.reason.rfind("cue 'reuter", 0) == 0) continue;
      ++other_removals;
      if (examples.size() < 600) examples += "[" + r.reason + "] " + text.substr(0, 100) + "\n";
    }
  }, report);
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_GT(docs, 900u);
  EXPECT_GT(paragraphs, docs * 3);
  // At most one paragraph in a thousand may go for another reason.
  EXPECT_LE(other_removals * 1000, paragraphs) << examples;
}

}  // namespace
}  // namespace dyad
