// Lemmatizer: edit rules, case handling, suffix rules for unseen words, WordNet's
// irregular forms and its choice among candidate rules.
#include "lemma/lemmatizer.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "lemmatizer_trainer.hpp"
#include "model/model_file.hpp"

namespace dyad {
namespace {

using train::LemmatizerBuilder;

TEST(LemmaRule, DeriveKeepsOrDropsCase) {
  auto [r1, keep1] = LemmatizerBuilder::derive("Americans", "American");
  EXPECT_EQ(r1.strip, 1u);
  EXPECT_EQ(r1.append, "");
  EXPECT_TRUE(keep1);
  auto [r2, keep2] = LemmatizerBuilder::derive("The", "the");
  EXPECT_EQ(r2.strip, 0u);
  EXPECT_FALSE(keep2);
  auto [r3, keep3] = LemmatizerBuilder::derive("me", "I");
  EXPECT_EQ(r3.strip, 2u);
  EXPECT_EQ(r3.append, "I");
  EXPECT_FALSE(keep3);
  auto [r4, keep4] = LemmatizerBuilder::derive("studies", "study");
  EXPECT_EQ(r4.strip, 3u);
  EXPECT_EQ(r4.append, "y");
}

TEST(Lemmatizer, CasePatterns) {
  using L = lemma::Lemmatizer;
  EXPECT_EQ(L::case_pattern("news"), L::kLowerCase);
  EXPECT_EQ(L::case_pattern("Reuters"), L::kTitleCase);
  EXPECT_EQ(L::case_pattern("NATO"), L::kAllCaps);
  EXPECT_EQ(L::case_pattern("iPhone"), L::kMixedCase);
  EXPECT_EQ(L::case_pattern("1,750"), L::kNoLetters);
}

lemma::Lemmatizer build() {
  LemmatizerBuilder b;
  const char* data[][3] = {
      {"accused", "VBD", "accuse"}, {"closed", "VBD", "close"},   {"walked", "VBD", "walk"},
      {"talked", "VBD", "talk"},    {"parties", "NNS", "party"},  {"cities", "NNS", "city"},
      {"talks", "NNS", "talk"},     {"rebels", "NNS", "rebel"},   {"The", "DT", "the"},
      {"the", "DT", "the"},         {"Americans", "NNPS", "American"}, {"Germans", "NNPS", "German"},
      {"me", "PRP", "I"},           {"I", "PRP", "I"},            {"n't", "RB", "not"},
      {"Paris", "NNP", "Paris"},    {"Rome", "NNP", "Rome"},
  };
  for (auto& d : data) b.add(d[0], d[1], d[2], false);
  lemma::Lemmatizer l;
  b.build(l);
  return l;
}

TEST(Lemmatizer, DictionaryAndSuffixRules) {
  lemma::Lemmatizer l = build();
  EXPECT_EQ(l.lemmatize("accused", "VBD", false), "accuse");
  EXPECT_EQ(l.lemmatize("me", "PRP", false), "I");
  EXPECT_EQ(l.lemmatize("Me", "PRP", true), "I");
  EXPECT_EQ(l.lemmatize("n't", "RB", false), "not");
  EXPECT_EQ(l.lemmatize("THE", "DT", false), "the");
  // Unseen words: suffix rules by tag.
  EXPECT_EQ(l.lemmatize("armies", "NNS", false), "army");
  EXPECT_EQ(l.lemmatize("kicked", "VBD", false), "kick");
  EXPECT_EQ(l.lemmatize("Italians", "NNPS", false), "Italian");
  EXPECT_EQ(l.lemmatize("Berlin", "NNP", false), "Berlin");
}

TEST(Lemmatizer, SavesAndLoads) {
  lemma::Lemmatizer l = build();
  model::ModelWriter w("tagger", 1);
  l.save(w);
  auto file = model::ModelFile::parse(w.serialize(), "l.bin", "tagger", 1);
  ASSERT_TRUE(file.ok()) << file.message();
  lemma::Lemmatizer back;
  ASSERT_TRUE(back.load(*file).ok());
  EXPECT_EQ(back.lemmatize("parties", "NNS", false), "party");
}

TEST(Lemmatizer, WordNetIrregularFormsAndCandidates) {
  if (!std::filesystem::exists("/usr/share/wordnet/verb.exc")) GTEST_SKIP() << "wordnet-base not installed";
  lemma::Lemmatizer l = build();
  ASSERT_TRUE(train::WordNetReader::read("/usr/share/wordnet", l.wordnet()).ok());
  EXPECT_EQ(l.lemmatize("smote", "VBD", false), "smite");
  EXPECT_EQ(l.lemmatize("geese", "NNS", false), "goose");
  const auto& wn = l.wordnet();
  EXPECT_TRUE(wn.signature("ransacked") & lemma::kWnVerbEd);
  EXPECT_TRUE(wn.signature("stopping") & lemma::kWnVerbIng);
  EXPECT_TRUE(wn.signature("bigger") & lemma::kWnAdjEr);
  EXPECT_TRUE(wn.signature("treaty") & lemma::kWnNoun);
  EXPECT_EQ(wn.signature("xqzt"), 0);
}

// The shipped model (WordNet's lemma list compiled in): a verb that drops its "e" is
// found whatever suffix rule comes first ("invaded": "-aded" would give "invad").
TEST(Lemmatizer, ShippedModelPrefersLemmasWordNetKnows) {
  const std::string path = std::string(DYAD_SOURCE_DIR) + "/models/tagger.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no models/tagger.bin";
  auto file = model::ModelFile::load(path, "tagger", 2, 1);
  ASSERT_TRUE(file.ok()) << file.message();
  lemma::Lemmatizer l;
  ASSERT_TRUE(l.load(*file).ok());
  EXPECT_EQ(l.lemmatize("invaded", "VBN", false), "invade");
  EXPECT_EQ(l.lemmatize("traded", "VBN", false), "trade");
  EXPECT_EQ(l.lemmatize("evaded", "VBD", false), "evade");
  EXPECT_EQ(l.lemmatize("raided", "VBN", false), "raid");
  EXPECT_EQ(l.lemmatize("hoping", "VBG", false), "hope");
  EXPECT_EQ(l.lemmatize("stopped", "VBD", false), "stop");
  // A word WordNet does not know keeps the longest suffix's rule.
  EXPECT_EQ(l.lemmatize("blorked", "VBD", false), "blork");
}

}  // namespace
}  // namespace dyad
