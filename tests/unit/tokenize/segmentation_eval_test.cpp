// The segmentation evaluation (running text, span F1) and training a tiny segmenter
// end to end. The treebank snippets are our own.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "dyad/conllu.hpp"
#include "segmentation_eval.hpp"
#include "segmenter_trainer.hpp"

namespace dyad::train {
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

TEST(SegmenterTrainerTest, TrainsATinyModelThatLoadsAndSplits) {
  // A few paragraphs, repeated so the perceptron sees each pattern several times.
  std::string text;
  int id = 0;
  auto sentence = [&](const std::vector<std::string>& forms, bool new_par) {
    std::string t;
    for (size_t i = 0; i < forms.size(); ++i) {
      const bool glue = i + 1 < forms.size() && forms[i + 1] == ".";
      t += forms[i] + (glue || i + 1 == forms.size() ? "" : " ");
    }
    text += new_par ? "# newpar\n" : "";
    text += "# sent_id = " + std::to_string(++id) + "\n# text = " + t + "\n";
    for (size_t i = 0; i < forms.size(); ++i) {
      const bool glue = i + 1 < forms.size() && forms[i + 1] == ".";
      text += word(static_cast<int>(i) + 1, forms[i], glue ? "SpaceAfter=No" : "_");
    }
    text += "\n";
  };
  for (int r = 0; r < 6; ++r) {
    text += "# newdoc id = doc" + std::to_string(r) + "\n";
    sentence({"Troops", "left", "the", "city", "."}, true);
    sentence({"Gen.", "Smith", "said", "so", "."}, false);
    sentence({"The", "talks", "ended", "."}, false);
    sentence({"Ceasefire", "holds"}, true);
    sentence({"Both", "sides", "met", "in", "the", "U.S.", "capital", "."}, true);
    sentence({"Nobody", "spoke", "."}, false);
  }
  auto sentences = read_conllu(text, "generated.conllu");
  ASSERT_TRUE(sentences.ok()) << sentences.message();
  SegmenterTrainingOptions options;
  options.epochs = 5;
  options.seed = 7;
  options.date = "2000-01-01";
  SegmenterTrainingReport report;
  auto model = train_segmenter(*sentences, *sentences, options, &report);
  ASSERT_TRUE(model.ok()) << model.message();
  EXPECT_GT(report.examples, 0u);
  EXPECT_EQ(model->metadata.at("seed"), "7");
  EXPECT_EQ(model->metadata.at("date"), "2000-01-01");

  const auto dir = std::filesystem::temp_directory_path() / "dyad_tiny_segmenter_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "segmenter.bin").string();
  ASSERT_TRUE(write_segmenter_model(*model, path).ok());
  auto splitter = SentenceSplitter::load(path);
  ASSERT_TRUE(splitter.ok()) << splitter.message();
  const Tokenizer tokenizer((*splitter)->lexicon());
  const std::string para = "Troops left the city. Gen. Smith said so. Nobody spoke.";
  std::vector<Token> tokens;
  tokenizer.tokenize(para, Span{0, static_cast<uint32_t>(para.size())}, tokens);
  std::vector<Sentence> out;
  (*splitter)->split(para, tokens, 0, static_cast<uint32_t>(tokens.size()), 0, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(para.substr(out[1].span.begin, out[1].span.size()), "Gen. Smith said so.");
  // Same seed, same model.
  auto again = train_segmenter(*sentences, *sentences, options);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(segment::serialize_segmenter_model(*again), segment::serialize_segmenter_model(*model));
  std::filesystem::remove_all(dir);
}

TEST(SegmenterTrainerTest, LearnsTheTokenizerLexicon) {
  std::string text = "# text = an anti-war rally and an anti-tax rally , e-mail Gen. Smith\n";
  const char* forms[] = {"an", "anti-war", "rally", "and", "an", "anti-tax", "rally", ",", "e-mail", "Gen.", "Smith"};
  for (int i = 0; i < 11; ++i) text += word(i + 1, forms[i]);
  text += "\n# text = a search-engine firm\n" + word(1, "a") + word(2, "search", "SpaceAfter=No") +
          word(3, "-", "SpaceAfter=No") + word(4, "engine") + word(5, "firm") + "\n";
  auto sentences = read_conllu(text, "lex.conllu");
  ASSERT_TRUE(sentences.ok()) << sentences.message();
  TokenizerLexicon lex = learn_tokenizer_lexicon(*sentences);
  auto has = [](const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  };
  EXPECT_TRUE(has(lex.hyphen_prefixes, "anti"));
  EXPECT_FALSE(has(lex.hyphen_prefixes, "search"));
  EXPECT_TRUE(has(lex.hyphen_words, "e-mail"));
  EXPECT_TRUE(has(lex.abbreviations, "gen."));
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
}  // namespace dyad::train
