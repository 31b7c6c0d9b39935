// Documents that come analysed (CoNLL-U input): the Analyzer keeps the file's
// sentences and tokens, keeps its parse unless told to reparse, parses the sentences
// the file left unparsed; the EventPipeline codes from whichever parse that leaves.
// Needs the shipped models (models/); skips without them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "dyad/conllu.hpp"
#include "dyad/event_pipeline.hpp"
#include "dyad/ingest.hpp"
#include "dyad/pipeline.hpp"

namespace dyad {
namespace {

std::string model_dir() {
  if (const char* d = std::getenv("DYAD_MODEL_DIR"); d && *d) return d;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

bool have_models() {
  const std::string dir = model_dir();
  for (const char* f : {"segmenter.bin", "tagger.bin", "parser.bin"}) {
    if (!std::filesystem::exists(dir + "/" + f)) return false;
  }
  return true;
}

// "Valdoria blamed Ostrava." parsed backwards on purpose: Ostrava is the subject
// and Valdoria the object, so a kept parse and a new one tell themselves apart.
const char* kBackwards =
    "# newdoc id = backwards\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "2\tblamed\tblame\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tOstrava\tOstrava\tPROPN\tNNP\t_\t2\tnsubj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
// The same words parsed as a noun phrase ("blamed" an adjective of Ostrava, the
// root, Valdoria a vocative -- a parse no repair of the coder turns into a clause):
// kept, it holds no clause to code.
const char* kNounPhrase =
    "# newdoc id = noun-phrase\n"
    "1\tValdoria\tValdoria\tPROPN\tNNP\t_\t3\tvocative\t_\t_\n"
    "2\tblamed\tblame\tVERB\tVBD\t_\t3\tamod\t_\t_\n"
    "3\tOstrava\tOstrava\tPROPN\tNNP\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
// "Ostrava protested." with tokens only.
const char* kTokensOnly =
    "1\tOstrava\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tprotested\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
    "3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

Document read_one(const std::string& conllu) {
  std::vector<Document> docs;
  IngestReport report;
  read_conllu_documents(conllu, "t.conllu", {}, [&](Document&& d) { docs.push_back(std::move(d)); }, report);
  EXPECT_EQ(docs.size(), 1u);
  return docs.empty() ? Document{} : std::move(docs[0]);
}

std::unique_ptr<Analyzer> make_analyzer(bool reparse, bool models = true) {
  AnalyzerOptions o;
  o.model_dir = model_dir();
  o.reparse = reparse;
  o.tag = o.parse = models;
  auto a = Analyzer::create(o);
  EXPECT_TRUE(a.ok()) << a.message();
  return a.ok() ? std::move(a.value()) : nullptr;
}

void expect_same_tokens(const AnalyzedDocument& a, const AnalyzedDocument& b, size_t first, size_t count) {
  for (size_t i = first; i < first + count; ++i) {
    SCOPED_TRACE("token " + std::to_string(i));
    EXPECT_EQ(a.tokens[i].span, b.tokens[i].span);
    EXPECT_EQ(a.tokens[i].flags, b.tokens[i].flags);
    EXPECT_EQ(a.tokens[i].lemma, b.tokens[i].lemma);
    EXPECT_EQ(a.tokens[i].upos, b.tokens[i].upos);
    EXPECT_EQ(a.tokens[i].xpos, b.tokens[i].xpos);
    EXPECT_EQ(a.tokens[i].head, b.tokens[i].head);
    EXPECT_EQ(a.tokens[i].deprel, b.tokens[i].deprel);
  }
}

TEST(GivenAnalysis, KeepsTheFileParseAndParsesWhatItLacks) {
  if (!have_models()) GTEST_SKIP() << "models not found in " << model_dir();
  const Document doc = read_one(std::string(kBackwards) + kTokensOnly);
  auto analyzer = make_analyzer(/*reparse=*/false);
  ASSERT_NE(analyzer, nullptr);
  AnalyzedDocument out;
  out.tokens.resize(40);  // a reused workspace: nothing of it may survive
  analyzer->analyze(doc, out);
  const AnalyzedDocument& given = *doc.given_analysis;
  ASSERT_EQ(out.sentences.size(), 2u);
  ASSERT_EQ(out.tokens.size(), 7u);
  EXPECT_EQ(out.sentences[0].span, given.sentences[0].span);
  expect_same_tokens(out, given, 0, 4);  // the backwards parse, as given
  EXPECT_EQ(out.tokens[2].deprel, "nsubj");
  for (size_t i = 4; i < 7; ++i) {  // no parse in the file: Dyad's tags and parse
    EXPECT_GE(out.tokens[i].head, 0) << i;
    EXPECT_FALSE(out.tokens[i].upos.empty()) << i;
  }
}

TEST(GivenAnalysis, ReparseIsTheTaggerAndParserOnTheFileTokens) {
  if (!have_models()) GTEST_SKIP() << "models not found in " << model_dir();
  const std::string conllu = std::string(kBackwards) + kTokensOnly;
  const Document doc = read_one(conllu);
  auto analyzer = make_analyzer(/*reparse=*/true);
  ASSERT_NE(analyzer, nullptr);
  AnalyzedDocument out;
  analyzer->analyze(doc, out);

  // What `dyad analyze` did before CoNLL-U went through the input reader: the
  // sentences without their annotation, then annotate().
  auto sentences = read_conllu(conllu, "t.conllu");
  ASSERT_TRUE(sentences.ok());
  Document bare;
  AnalyzedDocument expected;
  conllu_to_analysis(*sentences, 0, sentences->size(), false, bare, expected);
  analyzer->annotate(bare, expected);
  ASSERT_EQ(bare.text, doc.text);
  ASSERT_EQ(out.tokens.size(), expected.tokens.size());
  expect_same_tokens(out, expected, 0, out.tokens.size());
  EXPECT_NE(out.tokens[0].deprel, "obj");  // the backwards parse is gone
}

TEST(GivenAnalysis, WithoutModelsKeepLeavesEverythingAndReparseClears) {
  if (!have_models()) GTEST_SKIP() << "models not found in " << model_dir();
  const Document doc = read_one(kBackwards);
  AnalyzedDocument kept, cleared;
  make_analyzer(false, /*models=*/false)->analyze(doc, kept);
  make_analyzer(true, /*models=*/false)->analyze(doc, cleared);
  expect_same_tokens(kept, *doc.given_analysis, 0, 4);
  ASSERT_EQ(cleared.tokens.size(), 4u);
  for (const Token& t : cleared.tokens) {
    EXPECT_EQ(t.head, -1);
    EXPECT_TRUE(t.upos.empty() && t.lemma.empty() && t.deprel.empty());
  }
}

TEST(GivenAnalysis, EventsFollowTheParseThatWasKept) {
  if (!have_models()) GTEST_SKIP() << "models not found in " << model_dir();
  const std::string dict = ::testing::TempDir() + "/given_analysis_actors.dyad";
  std::ofstream(dict) << "#!dyad-dictionary 1\nactor VAL = Valdoria\nactor OST = Ostrava\n";
  const Document doc = read_one(kNounPhrase);
  for (bool reparse : {false, true}) {
    SCOPED_TRACE(reparse ? "reparse" : "keep");
    EventPipelineOptions o;
    o.analyzer.model_dir = model_dir();
    o.analyzer.reparse = reparse;
    o.extra_dicts = {dict};
    LoadReport report;
    auto pipeline = EventPipeline::create(o, report);
    ASSERT_TRUE(pipeline.ok()) << pipeline.message();
    EventWorkspace ws;
    std::vector<Event> events;
    DocumentCodingStats stats = (*pipeline)->code(doc, ws, events);
    EXPECT_EQ(stats.sentences, 1u);
    EXPECT_EQ(stats.unparsed, 0u);  // kept or new, the sentence has a parse
    if (!reparse) {
      EXPECT_TRUE(events.empty()) << "the file's parse has no clause, yet " << events[0].cameo << " was coded";
      continue;
    }
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].doc_id, "noun-phrase");
    EXPECT_EQ(events[0].text, "Valdoria blamed Ostrava.");
    EXPECT_EQ(events[0].source.code, "VAL");
    EXPECT_EQ(events[0].target.code, "OST");
    EXPECT_EQ(events[0].cameo, "112");
  }
  std::filesystem::remove(dict);
}

}  // namespace
}  // namespace dyad
