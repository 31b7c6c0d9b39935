// The segmentation evaluation: running text from a treebank, span scores, and
// evaluate_segmentation as `dyad eval-segment` runs it. The treebank snippets are our
// own.
#include "dyad/segmentation_eval.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "dyad/conllu.hpp"

namespace dyad {
namespace {

// One CoNLL-U word line; `misc` "SpaceAfter=No" or "_".
std::string word(int id, const std::string& form, const std::string& misc = "_") {
  return std::to_string(id) + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
}

// A multiword token line: "2-3\tdon't\t_ ...".
std::string range(int first, int last, const std::string& form) {
  return std::to_string(first) + "-" + std::to_string(last) + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
}

// Two documents: the first with two paragraphs, a multiword token and an
// unpunctuated headline sentence.
std::string tiny_treebank() {
  std::string s;
  s += "# newdoc id = d1\n# newpar\n# sent_id = 1\n# text = Rain fell.\n";
  s += word(1, "Rain") + word(2, "fell", "SpaceAfter=No") + word(3, ".") + "\n";
  s += "# sent_id = 2\n# text = We don't mind.\n";
  s += word(1, "We") + range(2, 3, "don't") + word(2, "do") + word(3, "n't") + word(4, "mind", "SpaceAfter=No") +
       word(5, ".") + "\n";
  s += "# newpar\n# sent_id = 3\n# text = Storm warning issued\n";
  s += word(1, "Storm") + word(2, "warning") + word(3, "issued") + "\n";
  s += "# newdoc id = d2\n# sent_id = 4\n# text = It's over.\n";
  s += range(1, 2, "It's") + word(1, "It") + word(2, "'s") + word(3, "over", "SpaceAfter=No") + word(4, ".") + "\n";
  return s;
}

std::vector<ConlluSentence> tiny_sentences() {
  auto parsed = read_conllu(tiny_treebank(), "tiny.conllu");
  EXPECT_TRUE(parsed.ok()) << parsed.message();
  return parsed.ok() ? *parsed : std::vector<ConlluSentence>{};
}

// What the running text is built from: paragraph marks, `# text`, surface tokens.
TEST(SegmentationEvalTest, TinyTreebankReadsAsTheRunningTextNeeds) {
  const auto s = tiny_sentences();
  ASSERT_EQ(s.size(), 4u);
  EXPECT_TRUE(s[0].newdoc);
  EXPECT_TRUE(s[0].newpar);
  EXPECT_FALSE(s[1].newpar);
  EXPECT_TRUE(s[2].newpar);
  EXPECT_TRUE(s[3].newdoc);
  EXPECT_EQ(s[3].newdoc_id, "d2");
  EXPECT_EQ(s[1].text, "We don't mind.");
  const std::vector<ConlluToken> tokens = s[1].surface_tokens();
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].form, "don't");
  EXPECT_TRUE(tokens[1].multiword);
  EXPECT_EQ(tokens[1].word_count, 2u);
  EXPECT_EQ(s[1].words.size(), 5u);
  EXPECT_FALSE(tokens[2].space_after);
}

TEST(SegmentationEvalTest, RunningTextJoinsSentencesAndParagraphs) {
  GoldSegmentation g = build_running_text(tiny_sentences());
  EXPECT_EQ(g.text, "Rain fell. We don't mind.\n\nStorm warning issued\n\nIt's over.");
  ASSERT_EQ(g.paragraphs.size(), 3u);
  EXPECT_EQ(g.paragraphs[0], (Span{0, 25}));
  EXPECT_EQ(g.paragraphs[1], (Span{27, 47}));
  ASSERT_EQ(g.sentences.size(), 4u);
  EXPECT_EQ(g.sentences[1], (Span{11, 25}));
  EXPECT_EQ(g.unaligned_tokens, 0u);
  // "don't" is one surface token and two words with character spans.
  EXPECT_NE(std::find(g.tokens.begin(), g.tokens.end(), Span{14, 19}), g.tokens.end());
  EXPECT_NE(std::find(g.words.begin(), g.words.end(), Span{14, 16}), g.words.end());
  EXPECT_NE(std::find(g.words.begin(), g.words.end(), Span{16, 19}), g.words.end());
}

TEST(SegmentationEvalTest, SpanScores) {
  std::vector<Span> gold{{0, 4}, {5, 9}, {10, 12}, {13, 20}};
  std::vector<Span> system{{0, 4}, {5, 12}, {13, 20}};
  SpanScore s = score_spans(gold, system);
  EXPECT_EQ(s.matched, 2u);
  EXPECT_DOUBLE_EQ(s.precision(), 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.f1(), 2.0 * 2 / 7.0);
  // Repeated spans (words of a multiword token that does not spell its words) match one to one.
  SpanScore dup = score_spans({{0, 3}, {0, 3}}, {{0, 3}});
  EXPECT_EQ(dup.matched, 1u);
  EXPECT_EQ(score_spans({}, {}).f1(), 0.0);
}

TEST(SegmentationEvalTest, PerfectSegmentationScoresOne) {
  GoldSegmentation g = build_running_text(tiny_sentences());
  auto splitter = SentenceSplitter::rules_only();
  const Tokenizer tokenizer(splitter->lexicon());
  SystemSegmentation sys = run_segmentation(g.text, g.paragraphs, tokenizer, *splitter);
  SegmentationScores sc = score_segmentation(g, sys);
  EXPECT_DOUBLE_EQ(sc.tokens.f1(), 1.0);
  EXPECT_DOUBLE_EQ(sc.words.f1(), 1.0);
  EXPECT_DOUBLE_EQ(sc.sentences.f1(), 1.0);
  EXPECT_EQ(sc.tokens.gold, 13u);
  EXPECT_EQ(sc.words.gold, 15u);
}

TEST(SegmentationEvalTest, EvaluatesATreebankFileWithTheRules) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("dyad_segmentation_eval_test_" + std::to_string(::getpid()) + ".conllu");
  std::ofstream(path) << tiny_treebank();
  SegmentationEvalOptions options;
  options.rules_only = true;
  auto e = evaluate_segmentation(path.string(), options);
  ASSERT_TRUE(e.ok()) << e.message();
  EXPECT_EQ(e->gold_sentences, 4u);
  EXPECT_EQ(e->gold.paragraphs.size(), 3u);
  EXPECT_DOUBLE_EQ(e->scores.sentences.f1(), 1.0);
  EXPECT_EQ(e->scores.tokens.gold, 13u);

  // The treebank is read before the model is looked for.
  options.rules_only = false;
  options.model_dir = "/nonexistent-model-dir";
  auto no_model = evaluate_segmentation(path.string(), options);
  ASSERT_FALSE(no_model.ok());
  EXPECT_NE(no_model.message().find("/nonexistent-model-dir/segmenter.bin"), std::string::npos) << no_model.message();
  auto no_gold = evaluate_segmentation("/nonexistent/gold.conllu", options);
  ASSERT_FALSE(no_gold.ok());
  EXPECT_NE(no_gold.message().find("/nonexistent/gold.conllu: cannot open"), std::string::npos) << no_gold.message();
  std::filesystem::remove(path);
}

TEST(SegmentationEvalTest, EwtDevWhenAvailable) {
  const std::string path = std::string(DYAD_SHARED_DIR) + "/data/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "UD English-EWT not found at " << path;
  auto sentences = read_conllu_file(path);
  ASSERT_TRUE(sentences.ok()) << sentences.message();
  GoldSegmentation g = build_running_text(*sentences);
  EXPECT_EQ(g.sentences.size(), sentences->size());
  EXPECT_EQ(g.unaligned_tokens, 0u);
  auto splitter = SentenceSplitter::rules_only();
  const Tokenizer tokenizer(splitter->lexicon());
  SegmentationScores sc = score_segmentation(g, run_segmentation(g.text, g.paragraphs, tokenizer, *splitter));
  EXPECT_GT(sc.tokens.f1(), 0.98);
  EXPECT_GT(sc.sentences.f1(), 0.70);
}

}  // namespace
}  // namespace dyad
