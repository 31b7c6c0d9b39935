// CoNLL-U input: one Document per `# newdoc`, ids from `# newdoc id` (else the file's
// content id, numbered when the file holds several documents), the text rebuilt
// from the words, and the file's sentences, tokens and parse in given_analysis.
#include <gtest/gtest.h>

#include "dyad/analysis.hpp"
#include "dyad/ingest.hpp"
#include "ingest_test_support.hpp"

namespace dyad {

using testing::Collected;
using testing::contains;

namespace {

// "Valdoria blamed Ostrava." with a parse; `comments` go before it.
std::string sentence(const std::string& comments) {
  return comments +
         "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
         "2\tblamed\tblame\tVERB\tVBD\t_\t0\troot\t_\t_\n"
         "3\tOstrava\tOstrava\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
         "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
}

// "Ostrava's envoy left." with a multiword token and no parse (HEAD "_").
const char* kUnparsed =
    "1-2\tOstrava's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tOstrava\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\t's\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "3\tenvoy\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "4\tleft\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

}  // namespace

TEST(IngestConllu, OneDocumentPerNewdocWithItsId) {
  const std::string input = sentence("# newdoc id = wire-1\n# sent_id = wire-1-1\n# text = Valdoria blamed Ostrava.\n") +
                            sentence("# newpar\n") +
                            sentence("# newdoc id = wire-2\n");
  Collected c;
  read_conllu_documents(input, "story.conllu", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.report.documents, 2u);
  EXPECT_EQ(c.report.skipped_records, 0u);

  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "wire-1");
  EXPECT_EQ(d.source, "story.conllu");
  EXPECT_EQ(d.format, "conllu");
  EXPECT_FALSE(d.date);
  // Rebuilt from the words: SpaceAfter=No honoured, a blank line between paragraphs.
  EXPECT_EQ(d.text, "Valdoria blamed Ostrava.\n\nValdoria blamed Ostrava.");
  ASSERT_NE(d.given_analysis, nullptr);
  const AnalyzedDocument& a = *d.given_analysis;
  ASSERT_EQ(a.sentences.size(), 2u);
  EXPECT_EQ(a.paragraphs.size(), 2u);
  ASSERT_EQ(a.tokens.size(), 8u);
  EXPECT_EQ(a.tokens[2].form(d.text), "Ostrava");
  EXPECT_EQ(a.tokens[5].form(d.text), "blamed");
  // The file's annotation is kept for the Analyzer to use.
  EXPECT_EQ(a.tokens[1].lemma, "blame");
  EXPECT_EQ(a.tokens[1].upos, "VERB");
  EXPECT_EQ(a.tokens[1].xpos, "VBD");
  EXPECT_EQ(a.tokens[1].head, 0);
  EXPECT_EQ(a.tokens[0].head, 2);
  EXPECT_EQ(a.tokens[0].deprel, "nsubj");

  EXPECT_EQ(c.docs[1].id, "wire-2");
  EXPECT_EQ(c.docs[1].text, "Valdoria blamed Ostrava.");
  EXPECT_EQ(c.docs[1].given_analysis->sentences.size(), 1u);
}

TEST(IngestConllu, WithoutNewdocTheFileIsOneDocumentWithItsContentId) {
  const std::string input = sentence("") + sentence("");
  Collected c;
  read_conllu_documents(input, "plain.conllu", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  Document whole;
  whole.text = input;
  assign_content_id(whole);
  EXPECT_EQ(c.docs[0].id, whole.id);  // the id any input without one gets
  EXPECT_EQ(c.docs[0].given_analysis->sentences.size(), 2u);
}

TEST(IngestConllu, NewdocsWithoutIdsAreNumberedAfterTheFile) {
  const std::string input = sentence("") + sentence("# newdoc\n") + sentence("# newdoc\n");
  Collected c;
  read_conllu_documents(input, "parts.conllu", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 3u);
  Document whole;
  whole.text = input;
  assign_content_id(whole);
  EXPECT_EQ(c.docs[0].id, whole.id + "-1");
  EXPECT_EQ(c.docs[1].id, whole.id + "-2");
  EXPECT_EQ(c.docs[2].id, whole.id + "-3");
}

TEST(IngestConllu, DateOptionAndMultiwordTokens) {
  ReadOptions options;
  options.date = Date::from_number(20250307);
  Collected c;
  read_conllu_documents(std::string("# newdoc id = d\n") + kUnparsed, "u.conllu", options, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.date.iso(), "2025-03-07");
  EXPECT_EQ(d.text, "Ostrava's envoy left.");
  const AnalyzedDocument& a = *d.given_analysis;
  ASSERT_EQ(a.tokens.size(), 5u);
  EXPECT_TRUE(a.tokens[0].flags & kJoinedToNext);  // "Ostrava" + "'s"
  EXPECT_EQ(a.tokens[1].form(d.text), "'s");
  EXPECT_EQ(a.tokens[3].head, -1);  // no parse given
  EXPECT_EQ(a.tokens[3].upos, "");
}

TEST(IngestConllu, ABrokenFileIsSkippedWholeWithItsLine) {
  const std::string input = sentence("# newdoc id = fine\n") + "1\tValdoria\tValdoria\n\n";
  Collected c;
  read_conllu_documents(input, "broken.conllu", {}, c.sink(), c.report);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.report.documents, 0u);
  EXPECT_EQ(c.report.skipped_records, 1u);
  ASSERT_EQ(c.report.problems.size(), 1u);
  EXPECT_TRUE(contains(c.report.problems[0], "broken.conllu:7: expected 10 tab-separated columns"))
      << c.report.problems[0];
}

TEST(IngestConllu, CommentsOnlyIsAWarningAndBlankIsSkipped) {
  Collected c;
  read_conllu_documents("# newdoc id = x\n# text = nothing\n", "c.conllu", {}, c.sink(), c.report);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.report.warnings, 1u);
  EXPECT_EQ(c.report.skipped_records, 0u);
  Collected blank;
  read_conllu_documents(" \n\n", "b.conllu", {}, blank.sink(), blank.report);
  EXPECT_EQ(blank.report.skipped_records, 1u);
}

TEST(IngestConllu, InputReaderDetectsItByNameAndContent) {
  const std::string input = sentence("# newdoc id = by-content\n");
  for (const char* name : {"story.conllu", "story"}) {
    Collected c;
    InputReader({}).read_bytes(input, name, c.sink(), c.report);
    ASSERT_EQ(c.docs.size(), 1u) << name;
    EXPECT_EQ(c.docs[0].id, "by-content");
    EXPECT_NE(c.docs[0].given_analysis, nullptr);
  }
}

}  // namespace dyad
