// Training a tiny segmenter end to end, and the tokenizer lexicon the trainer learns
// from a treebank. The treebank snippets are our own.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "dyad/conllu.hpp"
#include "segmenter_trainer.hpp"

namespace dyad::train {
namespace {

// One CoNLL-U word line; `misc` "SpaceAfter=No" or "_".
std::string word(int id, const std::string& form, const std::string& misc = "_") {
  return std::to_string(id) + "\t" + form + "\t_\t_\t_\t_\t_\t_\t_\t" + misc + "\n";
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

}  // namespace
}  // namespace dyad::train
