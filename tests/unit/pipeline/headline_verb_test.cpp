// A sentence states a clause: one the tagger gave no verb (a headline, "Valdoria and
// Ostrava exchange fire", or a misread clause, "The Houthis fired missiles" with
// "fired" an adjective) takes the verb reading WordNet allows for the word after its
// subject. Needs the shipped models (models/); skips without them. Sentences written
// for these tests (the tagger's misreading of the second shows with a real name).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "dyad/pipeline.hpp"
#include "dyad/tag.hpp"
#include "lemma/lemmatizer.hpp"
#include "pipeline/headline.hpp"

namespace dyad {
namespace {

std::string model_dir() {
  if (const char* d = std::getenv("DYAD_MODEL_DIR"); d && *d) return d;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

bool have_models() {
  for (const char* f : {"segmenter.bin", "tagger.bin", "parser.bin"}) {
    if (!std::filesystem::exists(model_dir() + "/" + f)) return false;
  }
  return true;
}

// The UPOS of each word of `text` read as a headline (or as running text).
std::vector<std::string> tags(const Analyzer& a, const std::string& text, bool headline) {
  Document d;
  d.id = "h";
  d.text = text;
  AnalyzedDocument out;
  if (headline) a.analyze_headline(d, out);
  else a.analyze_clean_text(d, out);
  std::vector<std::string> upos;
  for (const Token& t : out.tokens) upos.push_back(t.upos);
  return upos;
}

class HeadlineVerb : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!have_models()) GTEST_SKIP() << "models not found in " << model_dir();
    AnalyzerOptions o;
    o.model_dir = model_dir();
    auto a = Analyzer::create(o);
    ASSERT_TRUE(a.ok()) << a.message();
    analyzer = std::move(a.value());
  }
  std::unique_ptr<Analyzer> analyzer;
};

// The tagger's own reading of `text` (one sentence), before any repair.
std::vector<std::string> tagger_only(const Analyzer& a, const std::string& text) {
  Document d;
  d.text = text;
  AnalyzedDocument out;
  a.analyze_clean_text(d, out);  // for the tokens
  std::vector<Token> words = out.tokens;
  TagWorkspace ws;
  a.tagger()->tag(text, std::span<Token>(words), ws);
  std::vector<std::string> upos;
  for (const Token& t : words) upos.push_back(t.upos);
  return upos;
}

TEST_F(HeadlineVerb, AHeadlineWithoutAVerbTakesTheVerbReading) {
  const std::string h = "Valdoria and Ostrava exchange fire along border";
  // The tagger alone reads no verb (this is what the repair is for).
  ASSERT_EQ(tagger_only(*analyzer, h)[3], "NOUN");
  const std::vector<std::string> read = tags(*analyzer, h, true);
  EXPECT_EQ(read[3], "VERB");  // exchange
  EXPECT_EQ(read[4], "NOUN");  // fire stays a noun: one verb only
  // A story that opens with it, unpunctuated, opens with a headline: read so too.
  EXPECT_EQ(tags(*analyzer, h, false)[3], "VERB");
  // A full sentence of a story's body is not (web fragments: "Great service"), nor a
  // fragment after the first sentence.
  EXPECT_EQ(tags(*analyzer, h + ".", false)[3], "NOUN");
  const std::vector<std::string> later = tags(*analyzer, "Talks went on. " + h, false);
  EXPECT_EQ(later[7], "NOUN");
}

TEST_F(HeadlineVerb, AStoryThatOpensWithAHeadlineReadsItsCommaList) {
  // "Valdoria, Ostrava exchange fire along border" as a story's text: the comma stands
  // for "and" (as in a title), so both are the subject and "exchange" the verb.
  Document d;
  d.id = "h";
  d.text = "Valdoria, Ostrava exchange fire along border";
  AnalyzedDocument out;
  analyzer->analyze_clean_text(d, out);
  ASSERT_EQ(out.tokens.size(), 7u);
  EXPECT_EQ(out.tokens[1].form(d.text), ",");  // the text and its offsets are the story's
  EXPECT_EQ(out.tokens[1].upos, "CCONJ");
  EXPECT_EQ(out.tokens[3].upos, "VERB");
  EXPECT_EQ(out.tokens[2].deprel, "conj");
  EXPECT_EQ(out.tokens[2].head, 1);
  // An apposition is no list: "Valdoria, the northern state, exchanged fire".
  d.text = "Valdoria, the northern state, exchanged fire with Ostrava";
  analyzer->analyze_clean_text(d, out);
  EXPECT_EQ(out.tokens[1].upos, "PUNCT");
}

TEST_F(HeadlineVerb, AnAdjectiveInEdIsTheVerbOfASentenceWithoutOne) {
  const std::string s = "The Houthis fired missiles at a Panama-flagged ship.";
  ASSERT_EQ(tagger_only(*analyzer, s)[2], "ADJ");
  EXPECT_EQ(tags(*analyzer, s, false)[2], "VERB");
  // A sentence with a participle that may be its predicate is left alone.
  const std::string p = "The January talks focussed on the debt.";
  EXPECT_EQ(tags(*analyzer, p, false), tagger_only(*analyzer, p));
}

TEST_F(HeadlineVerb, APastParticipleWithNoFiniteVerbIsThePastTense) {
  // "The Valdorian coast guard accused Ostravan vessels of ramming its ship.": a
  // sentence the tagger gives no finite verb, "accused" a participle.
  const std::string s = "The Valdorian coast guard accused Ostravan vessels of ramming its ship.";
  ASSERT_EQ(tagger_only(*analyzer, s)[4], "VERB");  // tagged as a verb form ...
  Document d;
  d.text = s;
  AnalyzedDocument out;
  analyzer->analyze_clean_text(d, out);
  ASSERT_GE(out.tokens.size(), 5u);
  EXPECT_EQ(out.tokens[4].xpos, "VBD");  // ... and read as the past tense
  EXPECT_EQ(out.tokens[4].alt_tag, "VBN|VERB");  // the tagger's participle, kept as the runner-up
}

TEST_F(HeadlineVerb, AHeadlineInTitleCaseHasItsVerbsInLowerCase) {
  const lemma::WordNetLexicon* wn = &analyzer->tagger()->lemmatizer().wordnet();
  EXPECT_EQ(pipeline::title_case_reading("Valdoria Summons Ostravan Envoy Over Sanctions", wn),
            "Valdoria summons Ostravan Envoy over sanctions");
  // Acronyms keep their capitals, and a headline in sentence case is left alone.
  EXPECT_EQ(pipeline::title_case_reading("Valdoria Condemns UN Vote", wn), "Valdoria condemns UN vote");
  EXPECT_EQ(pipeline::title_case_reading("Valdoria summons Ostravan envoy", wn), "Valdoria summons Ostravan envoy");
  // As a story's first line, read so too: the verb is a verb.
  Document d;
  d.text = "Valdoria Summons Ostravan Envoy Over Sanctions";
  AnalyzedDocument out;
  analyzer->analyze_clean_text(d, out);
  ASSERT_GE(out.tokens.size(), 2u);
  EXPECT_EQ(out.tokens[1].upos, "VERB");
  EXPECT_EQ(out.tokens[1].form(d.text), "Summons");  // the story's own text
  // Runs of spaces and a line break keep their length (a table's first line once
  // threw here): every offset still points into the story's text.
  d.text = "Apr    148.00 148.00\n May    146.75 146.75\n Jun    146.00";
  analyzer->analyze_clean_text(d, out);
  for (const Token& t : out.tokens) EXPECT_LE(t.span.end, d.text.size());
  EXPECT_EQ(pipeline::title_case_reading("Valdoria    Summons\n Ostravan Envoy", wn).size(),
            std::string("Valdoria    Summons\n Ostravan Envoy").size());
}

TEST_F(HeadlineVerb, TheVerbAgreesWithItsSubjectAndAVerbIsKept) {
  // A singular name before a bare form is a name ("Valdoria Telephone"), not a clause.
  const std::vector<std::string> name = tags(*analyzer, "Valdoria Telephone bond issue", true);
  for (const std::string& u : name) EXPECT_NE(u, "VERB");
  // A country whose name is plural is one: "Philippines protests Chinese drills".
  const std::vector<std::string> country = tags(*analyzer, "Philippines protests Valdorian drills", true);
  EXPECT_EQ(country[1], "VERB");
  // A past form between a preposition and a noun is the noun's participle, and the
  // headline's verb is found: "Valdoria protests Ostravan attack near disputed shoal".
  const std::vector<std::string> shoal = tags(*analyzer, "Valdoria protests Ostravan attack near disputed shoal", true);
  EXPECT_EQ(shoal[1], "VERB");
  // "police" and "people" take the plural: "Valdorian police fire tear gas at protesters".
  const std::vector<std::string> police = tags(*analyzer, "Valdorian police fire tear gas at protesters", true);
  EXPECT_EQ(police[2], "VERB");
  // A headline that has its verb is read as the tagger reads it.
  const std::string h = "Farmers and police clash in capital";
  EXPECT_EQ(tags(*analyzer, h, true), tags(*analyzer, h, false));
}

}  // namespace
}  // namespace dyad
