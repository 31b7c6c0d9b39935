// SentenceSplitter with the committed model (models/segmenter.bin): abbreviations,
// initials, decimals, quotes, brackets, a headline without final punctuation and a
// hard-wrapped wire paragraph. Also the rules-only fallback.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/tokenize.hpp"

namespace dyad {
namespace {

std::string model_path() {
  const char* env = std::getenv("DYAD_MODEL_DIR");
  std::string dir = env && *env ? env : std::string(DYAD_SOURCE_DIR) + "/models";
  return dir + "/segmenter.bin";
}

const SentenceSplitter& model_splitter() {
  static std::unique_ptr<SentenceSplitter> splitter = [] {
    auto loaded = SentenceSplitter::load(model_path());
    EXPECT_TRUE(loaded.ok()) << loaded.message();
    return loaded.ok() ? std::move(loaded.value()) : SentenceSplitter::rules_only();
  }();
  return *splitter;
}

// Sentences of one paragraph, each as the text it spans.
std::vector<std::string> sentences(const SentenceSplitter& splitter, const std::string& text) {
  const Tokenizer tokenizer(splitter.lexicon());
  std::vector<Token> tokens;
  tokenizer.tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  std::vector<Sentence> out;
  splitter.split(text, tokens, 0, static_cast<uint32_t>(tokens.size()), 0, out);
  std::vector<std::string> result;
  uint32_t next_token = 0;
  for (const Sentence& s : out) {
    EXPECT_EQ(s.first_token, next_token);  // sentences cover the tokens in order
    next_token = s.first_token + s.token_count;
    result.emplace_back(text.substr(s.span.begin, s.span.size()));
  }
  EXPECT_EQ(next_token, tokens.size());
  return result;
}

using Lines = std::vector<std::string>;

TEST(SentenceSplitterTest, ModelLoadsWithMetadata) {
  auto loaded = SentenceSplitter::load(model_path());
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  const auto& meta = (*loaded)->metadata();
  EXPECT_EQ(meta.at("model"), "segmenter");
  EXPECT_NE(meta.at("training_data").find("EWT"), std::string::npos);
  EXPECT_FALSE(meta.at("dev_sentence_f1").empty());
  EXPECT_FALSE((*loaded)->lexicon().abbreviations.empty());
}

TEST(SentenceSplitterTest, Abbreviations) {
  EXPECT_EQ(sentences(model_splitter(),
                      "Gen. Smith met Mr. Jones in the U.S. capital on Jan. 5 to discuss the plan. "
                      "They agreed on a timetable."),
            (Lines{"Gen. Smith met Mr. Jones in the U.S. capital on Jan. 5 to discuss the plan.",
                   "They agreed on a timetable."}));
}

TEST(SentenceSplitterTest, Initials) {
  EXPECT_EQ(sentences(model_splitter(), "The report by J. R. Hartley was published in May. It sold well."),
            (Lines{"The report by J. R. Hartley was published in May.", "It sold well."}));
}

TEST(SentenceSplitterTest, Decimals) {
  EXPECT_EQ(sentences(model_splitter(), "Prices rose 5.93 pct in March. Analysts had expected 4.5 pct."),
            (Lines{"Prices rose 5.93 pct in March.", "Analysts had expected 4.5 pct."}));
}

TEST(SentenceSplitterTest, EditedTextEndsSentencesOnlyAtPunctuationInsideALine) {
  // A number then a capitalised name: web text often ends a sentence there without
  // punctuation, edited text does not.
  const std::string text = "Valdoria said its forces killed or wounded 1,500 Ostravan Border Guards as they "
                           "repelled an attack. Ostrava denied it.";
  const Lines edited{"Valdoria said its forces killed or wounded 1,500 Ostravan Border Guards as they repelled an "
                     "attack.",
                     "Ostrava denied it."};
  auto loaded = SentenceSplitter::load(model_path());
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  SentenceSplitter& splitter = **loaded;
  EXPECT_TRUE(splitter.edited_text());  // the default
  EXPECT_EQ(sentences(splitter, text), edited);
  // A line break still lets the model end an unpunctuated headline.
  EXPECT_EQ(sentences(splitter, "Valdoria rejects border claim\nOstrava accused its neighbour on Monday."),
            (Lines{"Valdoria rejects border claim", "Ostrava accused its neighbour on Monday."}));
  // Web text: every gap is the model's (the sentence count may only grow).
  splitter.set_edited_text(false);
  EXPECT_GE(sentences(splitter, text).size(), edited.size());
}

TEST(SentenceSplitterTest, Quotes) {
  EXPECT_EQ(sentences(model_splitter(),
                      "\"We will not retreat,\" the minister said. \"Never.\" Talks resume today."),
            (Lines{"\"We will not retreat,\" the minister said.", "\"Never.\"", "Talks resume today."}));
  EXPECT_EQ(sentences(model_splitter(), "She called it \u201ca disgrace.\u201d The vote was delayed."),
            (Lines{"She called it \u201ca disgrace.\u201d", "The vote was delayed."}));
}

TEST(SentenceSplitterTest, Brackets) {
  EXPECT_EQ(sentences(model_splitter(), "The motion passed (by a wide margin). Opponents vowed to appeal."),
            (Lines{"The motion passed (by a wide margin).", "Opponents vowed to appeal."}));
}

TEST(SentenceSplitterTest, QuestionsAndExclamations) {
  EXPECT_EQ(sentences(model_splitter(), "Is the war over? Not yet! Both sides are still fighting."),
            (Lines{"Is the war over?", "Not yet!", "Both sides are still fighting."}));
}

TEST(SentenceSplitterTest, HeadlineWithoutFinalPunctuation) {
  EXPECT_EQ(sentences(model_splitter(),
                      "Rebels seize border town\nThe rebels took control of the town on Monday, officials said."),
            (Lines{"Rebels seize border town", "The rebels took control of the town on Monday, officials said."}));
}

TEST(SentenceSplitterTest, HardWrappedWireParagraph) {
  // Wire copy wraps lines mid-sentence; a line break alone ends nothing, a line
  // break with an indent starts a new paragraph.
  const std::string text =
      "The central bank of Ruritania said on Tuesday it would\n"
      "raise its benchmark lending rate by half a point to curb\n"
      "inflation, which reached 9.2 pct in the year to March.\n"
      "    The bank's governor told reporters the increase was\n"
      "needed because of rising import prices and a weaker\n"
      "Ruritanian currency, and that more steps could follow.";
  auto got = sentences(model_splitter(), text);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].substr(0, 31), "The central bank of Ruritania s");
  EXPECT_EQ(got[0].substr(got[0].size() - 21), "in the year to March.");
  EXPECT_EQ(got[1].substr(0, 25), "The bank's governor told ");
}

TEST(SentenceSplitterTest, ParagraphEndAlwaysEndsASentence) {
  auto got = sentences(model_splitter(), "no punctuation at all here");
  EXPECT_EQ(got, (Lines{"no punctuation at all here"}));
}

TEST(SentenceSplitterTest, RulesOnlyFallback) {
  auto splitter = SentenceSplitter::rules_only();
  EXPECT_TRUE(splitter->metadata().empty());
  EXPECT_EQ(sentences(*splitter, "Gen. Smith arrived in Washington. He met J. Doe. They talked."),
            (Lines{"Gen. Smith arrived in Washington.", "He met J. Doe.", "They talked."}));
  EXPECT_EQ(sentences(*splitter, "It rose 5.93 pct. \"Good,\" he said."),
            (Lines{"It rose 5.93 pct.", "\"Good,\" he said."}));
}

TEST(SentenceSplitterTest, SentenceIndicesCarryTheParagraph) {
  const std::string text = "One. Two.";
  const Tokenizer tokenizer(model_splitter().lexicon());
  std::vector<Token> tokens;
  tokenizer.tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, tokens);
  std::vector<Sentence> out;
  model_splitter().split(text, tokens, 0, static_cast<uint32_t>(tokens.size()), 7, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].paragraph, 7u);
  EXPECT_EQ(out[1].span, (Span{5, 9}));
}

}  // namespace
}  // namespace dyad
