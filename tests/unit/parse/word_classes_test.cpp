// Parser word classes: lookup by lemma and tag, serialisation and its corruption, the
// WordNet reader on small WordNet-format files written here (offsets computed, not
// copied), with file:line errors for broken lines, and a parser model that carries
// its classes through a save and load.
#include "parse/word_classes.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dyad/conllu.hpp"
#include "dyad/parse.hpp"
#include "parse/parser_model.hpp"
#include "parser_trainer.hpp"
#include "unit/parse/tiny_treebank.hpp"
#include "word_class_reader.hpp"

namespace dyad {
namespace {

using parse::WordClasses;

WordClasses three_lemmas() {
  WordClasses wc;
  // minister: noun 18 (person); meet: noun 4, verb 41; large: adj 1.
  Status st = wc.assign({"large", "meet", "minister"}, {0, 0, 1, 5, 42, 0, 19, 0, 0});
  EXPECT_TRUE(st.ok()) << st.message();
  return wc;
}

TEST(WordClasses, LookupByLemmaAndTag) {
  const WordClasses wc = three_lemmas();
  EXPECT_EQ(wc.size(), 3u);
  EXPECT_EQ(wc.lookup("minister", "NOUN"), 19);
  EXPECT_EQ(wc.lookup("minister", "PROPN"), 19);
  EXPECT_EQ(wc.lookup("minister", "VERB"), 0);
  EXPECT_EQ(wc.lookup("meet", "VERB"), 42);
  EXPECT_EQ(wc.lookup("meet", "NOUN"), 5);
  EXPECT_EQ(wc.lookup("large", "ADJ"), 1);
  EXPECT_EQ(wc.lookup("large", "ADV"), 0);  // other tags have no class
  EXPECT_EQ(wc.lookup("unknown", "NOUN"), 0);
  EXPECT_EQ(wc.lookup("", "NOUN"), 0);
}

TEST(WordClasses, AssignRejectsBadInput) {
  WordClasses wc;
  EXPECT_FALSE(wc.assign({"a", "b"}, {1, 2, 3}).ok());          // sizes disagree
  EXPECT_FALSE(wc.assign({"a"}, {1, 2, WordClasses::kMaxClass + 1}).ok());
  EXPECT_TRUE(wc.empty());
}

TEST(WordClasses, SerializeRoundTripAndCorruption) {
  const WordClasses wc = three_lemmas();
  const std::string bytes = wc.serialize();
  WordClasses back;
  ASSERT_TRUE(back.deserialize(bytes, "test").ok());
  EXPECT_EQ(back.lookup("meet", "VERB"), 42);
  EXPECT_EQ(back.lookup("minister", "NOUN"), 19);
  for (size_t cut : {size_t{0}, size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    WordClasses t;
    Status st = t.deserialize(std::string_view(bytes).substr(0, cut), "model.bin: section 'word_classes'");
    ASSERT_FALSE(st.ok()) << "cut at " << cut;
    EXPECT_NE(st.message().find("model.bin: section 'word_classes'"), std::string::npos) << st.message();
  }
  WordClasses t;
  EXPECT_FALSE(t.deserialize(bytes + "x", "test").ok());  // trailing bytes
}

// Writes WordNet-format index.<pos>/data.<pos> files: each entry is (lemma, lexfile);
// the data file gets one synset line per entry at the offset the index names.
void write_part(const std::filesystem::path& dir, const std::string& pos,
                const std::vector<std::pair<std::string, int>>& entries) {
  std::string data = "  1 a licence header line, as WordNet's files have\n";
  std::string index = "  1 a licence header line\n";
  const char ss = pos == "noun" ? 'n' : pos == "verb" ? 'v' : 'a';
  for (const auto& [lemma, lexfile] : entries) {
    char off[16];
    std::snprintf(off, sizeof off, "%08zu", data.size());
    char lf[4];
    std::snprintf(lf, sizeof lf, "%02d", lexfile);
    data += std::string(off) + " " + lf + " " + ss + " 01 " + lemma + " 0 000 | a gloss written for this test\n";
    index += lemma + " " + ss + " 1 0 1 0 " + off + "\n";
  }
  std::ofstream(dir / ("index." + pos)) << index;
  std::ofstream(dir / ("data." + pos)) << data;
}

std::filesystem::path fixture_dir(const std::string& name) {
  auto dir = std::filesystem::path(::testing::TempDir()) / ("dyad_wordnet_" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  write_part(dir, "noun", {{"minister", 18}, {"summit", 15}, {"foreign_minister", 18}});
  write_part(dir, "verb", {{"accuse", 32}, {"meet", 41}});
  write_part(dir, "adj", {{"large", 0}});
  return dir;
}

TEST(WordClassReader, ReadsFirstSenseLexfile) {
  WordClasses wc;
  Status st = train::read_word_classes(fixture_dir("ok").string(), wc);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(wc.size(), 5u);  // the multi-word lemma is skipped
  EXPECT_EQ(wc.lookup("minister", "NOUN"), 19);
  EXPECT_EQ(wc.lookup("summit", "NOUN"), 16);
  EXPECT_EQ(wc.lookup("accuse", "VERB"), 33);
  EXPECT_EQ(wc.lookup("meet", "VERB"), 42);
  EXPECT_EQ(wc.lookup("large", "ADJ"), 1);
  EXPECT_EQ(wc.lookup("foreign_minister", "NOUN"), 0);
}

// Reading `dir` fails with a message containing `expected`.
void expect_read_error(const std::filesystem::path& dir, const std::string& expected) {
  WordClasses wc;
  Status st = train::read_word_classes(dir.string(), wc);
  ASSERT_FALSE(st.ok()) << "expected: " << expected;
  EXPECT_NE(st.message().find(expected), std::string::npos) << st.message();
}

TEST(WordClassReader, BrokenLinesNameFileAndLine) {
  {
    const auto dir = fixture_dir("badline");
    std::ofstream(dir / "index.verb", std::ios::app) << "garbled\n";
    expect_read_error(dir, "index.verb:4: malformed entry");
  }
  {
    const auto dir = fixture_dir("badoffset");
    std::ofstream(dir / "index.adj", std::ios::app) << "small a 1 0 1 0 00000007\n";
    expect_read_error(dir, "index.adj:3: synset 00000007 not found");
  }
  {
    const auto dir = fixture_dir("missing");
    std::filesystem::remove(dir / "data.noun");
    expect_read_error(dir, "data.noun: cannot open");
  }
}

TEST(WordClassReader, ParserModelKeepsClassesThroughSaveAndLoad) {
  auto sents = read_conllu(testing::kTinyTreebank, "tiny");
  ASSERT_TRUE(sents.ok());
  train::ParserTrainOptions opt;
  opt.epochs = 3;
  opt.prune_transitions = 0;
  opt.word_classes_dir = fixture_dir("model").string();
  auto m = train::train_parser(*sents, {}, opt);
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_TRUE((*m)->feature_groups & parse::kWordClasses);
  EXPECT_EQ((*m)->word_classes.lookup("minister", "NOUN"), 19);
  const std::string path = ::testing::TempDir() + "/dyad_parser_wc_test.bin";
  ASSERT_TRUE(train::save_parser(**m, path).ok());
  auto loaded = DependencyParser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  // Same parses from the trained and the loaded model.
  auto direct = train::parser_from_model(**m);
  ASSERT_TRUE(direct.ok());
  const ParseScores a = train::evaluate_parser(**direct, *sents), b = train::evaluate_parser(**loaded, *sents);
  EXPECT_EQ(a.uas, b.uas);
  EXPECT_EQ(a.las, b.las);
}

}  // namespace
}  // namespace dyad
