// The tagger and parser evaluation: what read_parse_gold refuses, and a run of the
// shipped models over two sentences of our own (skipped when the models are absent).
#include "dyad/parse_eval.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

namespace dyad {
namespace {

std::string model_dir() {
  if (const char* d = std::getenv("DYAD_MODEL_DIR"); d && *d) return d;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

// Writes `text` to a file of its own in the temporary directory.
std::string write_temp(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("dyad_parse_eval_test_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

// "The minister met reporters." with "met" tagged as a noun: a tagger disagrees, gold tags keep it.
const char* kGold =
    "# sent_id = m-1\n"
    "# text = The minister met reporters.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tmet\tmet\tNOUN\tNN\t_\t0\troot\t_\t_\n"
    "4\treporters\treporter\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Talks ended.\n"
    "1\tTalks\ttalk\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

TEST(ParseEval, GoldMustHaveSentencesAndHeads) {
  const std::string empty = write_temp("empty.conllu", "");
  auto e = read_parse_gold(empty);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.message(), empty + ": no sentences to score (an empty treebank?)");

  const std::string headless = write_temp("headless.conllu", "# text = Hi\n1\tHi\thi\tINTJ\tUH\t_\t_\troot\t_\t_\n");
  auto h = read_parse_gold(headless);
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.message(), headless + ":2: gold HEAD missing ('_')");

  const std::string good = write_temp("good.conllu", kGold);
  auto g = read_parse_gold(good);
  ASSERT_TRUE(g.ok()) << g.message();
  EXPECT_EQ(g->size(), 2u);
  for (const auto& p : {empty, headless, good}) std::filesystem::remove(p);
}

TEST(ParseEval, ScoresTheShippedModels) {
  const std::string dir = model_dir();
  if (!std::filesystem::exists(dir + "/parser.bin") || !std::filesystem::exists(dir + "/tagger.bin")) {
    GTEST_SKIP() << "models not found in " << dir;
  }
  auto gold = read_conllu(kGold, "gold.conllu");
  ASSERT_TRUE(gold.ok()) << gold.message();

  ParseEvalOptions options;
  options.model_dir = dir;
  options.gold_tags = true;
  auto with_gold_tags = ParseEvaluator::create(options);
  ASSERT_TRUE(with_gold_tags.ok()) << with_gold_tags.message();
  std::vector<std::string> ids;
  ParseEvaluation e = (*with_gold_tags)->evaluate(*gold, [&](const Document& doc, const AnalyzedDocument& a) {
    ids.push_back(doc.id);
    EXPECT_FALSE(a.tokens.empty());
  });
  EXPECT_EQ(e.sentences, 2u);
  EXPECT_EQ(e.scores.words, 8u);
  EXPECT_EQ(e.scores.upos, 8u);  // the gold tags, kept
  EXPECT_EQ(e.scores.lemma, 8u);
  EXPECT_LE(e.scores.las, e.scores.uas);
  EXPECT_EQ(ids, (std::vector<std::string>{"m-1", "s2"}));

  options.gold_tags = false;
  auto tagging = ParseEvaluator::create(options);
  ASSERT_TRUE(tagging.ok()) << tagging.message();
  ParseEvaluation t = (*tagging)->evaluate(*gold);
  EXPECT_EQ(t.scores.words, 8u);
  EXPECT_LT(t.scores.upos, 8u);  // the tagger makes "met" a verb
}

TEST(ParseEval, MissingModelsAreAnError) {
  ParseEvalOptions options;
  options.model_dir = "/nonexistent-model-dir";
  auto e = ParseEvaluator::create(options);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.message().find("/nonexistent-model-dir/"), std::string::npos) << e.message();
}

}  // namespace
}  // namespace dyad
