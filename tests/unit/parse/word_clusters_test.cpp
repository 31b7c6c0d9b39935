// Word clusters: lookup and serialisation (and its corruption), the cluster file
// reader with file:line errors, clustering of a small embedding file written here,
// and a parser model that carries its clusters through a save and load.
#include "model/word_clusters.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "cluster_reader.hpp"
#include "dyad/conllu.hpp"
#include "dyad/parse.hpp"
#include "embedding_clusters.hpp"
#include "parse/parser_model.hpp"
#include "parser_trainer.hpp"
#include "unit/parse/tiny_treebank.hpp"

namespace dyad {
namespace {

using model::WordClusters;

const char* kClusterFile =
    "# made up for this test\n"
    "minister\t3\t1\n"
    "envoy\t3\t1\r\n"
    "accused\t7\t2\n"
    "\n"
    "rebels\t9\t2\n";

TEST(WordClusters, ReadsTheClusterFile) {
  WordClusters c;
  Status st = train::parse_word_clusters(kClusterFile, "c.tsv", c);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(c.size(), 4u);
  EXPECT_EQ(c.lookup("envoy").fine, 3);
  EXPECT_EQ(c.lookup("envoy").coarse, 1);
  EXPECT_EQ(c.lookup("accused").fine, 7);
  EXPECT_EQ(c.lookup("rebels").coarse, 2);
  EXPECT_EQ(c.lookup("Envoy").fine, 0);  // lower-case words only
  EXPECT_EQ(c.lookup("unknown").coarse, 0);
}

void expect_error(const std::string& text, const std::string& expected) {
  WordClusters c;
  Status st = train::parse_word_clusters(text, "c.tsv", c);
  ASSERT_FALSE(st.ok()) << "expected: " << expected;
  EXPECT_NE(st.message().find(expected), std::string::npos) << st.message();
}

TEST(WordClusters, BrokenLinesNameFileAndLine) {
  expect_error("a\t1\t1\nb\t2\n", "c.tsv:2: expected three tab-separated columns");
  expect_error("a\t1\t1\tx\n", "c.tsv:1: expected three");
  expect_error("# x\na\tone\t1\n", "c.tsv:2: fine cluster is not a number");
  expect_error("a\t0\t1\n", "c.tsv:1: fine cluster is not a number from 1 to 4096");
  expect_error("a\t4097\t1\n", "c.tsv:1: fine cluster");
  expect_error("a\t1\t256\n", "c.tsv:1: coarse cluster is not a number from 1 to 255");
  expect_error("a\t1\t-1\n", "c.tsv:1: coarse cluster");
  expect_error("a\t1\t1\n\tb\t1\n", "c.tsv:2: empty word");
  expect_error("a\t1\t1\nb\t1\t1\na\t2\t2\n", "c.tsv:3: 'a' is listed twice");
  expect_error("# only a comment\n", "c.tsv: no clusters");
  WordClusters c;
  Status st = train::read_word_clusters("/nonexistent/clusters.tsv", c);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/nonexistent/clusters.tsv: cannot open"), std::string::npos) << st.message();
}

TEST(WordClusters, SerialisationRoundTripsAndRejectsCorruption) {
  WordClusters c;
  ASSERT_TRUE(train::parse_word_clusters(kClusterFile, "c.tsv", c).ok());
  const std::string bytes = c.serialize();
  WordClusters back;
  Status st = back.deserialize(bytes, "section");
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(back.lookup("accused").fine, 7);
  EXPECT_EQ(back.lookup("minister").coarse, 1);
  for (size_t cut : {size_t{0}, size_t{3}, bytes.size() / 2, bytes.size() - 1}) {
    WordClusters t;
    Status bad = t.deserialize(bytes.substr(0, cut), "section");
    EXPECT_FALSE(bad.ok()) << "cut at " << cut;
    EXPECT_NE(bad.message().find("section"), std::string::npos);
  }
  EXPECT_FALSE(WordClusters().assign({"a", "b"}, {1}, {1, 1}).ok());
  EXPECT_FALSE(WordClusters().assign({"a"}, {0}, {1}).ok());
  EXPECT_FALSE(WordClusters().assign({"a"}, {1}, {0}).ok());
}

// Three groups of made-up words pointing in three directions, with some noise; the
// first word of each group is most frequent, so the initial centroids land one per
// group only if the clustering does its work (they are spread over the ranks).
const char* kEmbeddings = R"({
  "dimensions": 3,
  "words": ["alpha", "beta", "gamma", "alpha2", "beta2", "gamma2", "alpha3", "beta3", "gamma3", "#tag"],
  "vectors": {
    "alpha": [1.0, 0.1, 0.0, 9, 0], "alpha2": [0.9, 0.0, 0.1, 9, 3], "alpha3": [2.0, 0.2, 0.1, 9, 6],
    "beta": [0.0, 1.0, 0.1, 9, 1], "beta2": [0.1, 0.8, 0.0, 9, 4], "beta3": [0.0, 3.0, 0.3, 9, 7],
    "gamma": [0.1, 0.0, 1.0, 9, 2], "gamma2": [0.0, 0.2, 0.9, 9, 5], "gamma3": [0.2, 0.1, 5.0, 9, 8],
    "#tag": [0.1, 0.1, 0.1, 9, 9]
  }
})";

TEST(EmbeddingClusters, GroupsSimilarVectors) {
  auto e = train::parse_embeddings(kEmbeddings, "e.json", 9);
  ASSERT_TRUE(e.ok()) << e.message();
  ASSERT_EQ(e->words.size(), 9u);  // the first 9: "#tag" is left out
  train::ClusterOptions opt;
  opt.fine = 3;
  opt.coarse = 1;
  auto c = train::cluster_embeddings(*e, opt);
  ASSERT_TRUE(c.ok()) << c.message();
  auto fine_of = [&](const std::string& w) {
    for (size_t i = 0; i < c->words.size(); ++i) {
      if (c->words[i] == w) return static_cast<int>(c->fine[i]);
    }
    return -1;
  };
  for (const char* g : {"alpha", "beta", "gamma"}) {
    EXPECT_EQ(fine_of(g), fine_of(std::string(g) + "2")) << g;
    EXPECT_EQ(fine_of(g), fine_of(std::string(g) + "3")) << g;
  }
  EXPECT_NE(fine_of("alpha"), fine_of("beta"));
  EXPECT_NE(fine_of("beta"), fine_of("gamma"));
  EXPECT_NE(fine_of("alpha"), fine_of("gamma"));
  for (uint8_t coarse : c->coarse) EXPECT_EQ(coarse, 1);

  // The written file reads back with the same clusters.
  WordClusters back;
  Status st = train::parse_word_clusters(train::format_clusters(*c, "test\nclusters"), "out.tsv", back);
  ASSERT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(back.size(), 9u);
  EXPECT_EQ(back.lookup("beta3").fine, fine_of("beta3"));
}

TEST(EmbeddingClusters, WritingLeavesOutWordsTheFormatCannotHold) {
  train::WordClusterList c;
  c.words = {"ok", "#hash", "tab\tword", ""};
  c.fine = {1, 1, 1, 1};
  c.coarse = {1, 1, 1, 1};
  WordClusters back;
  ASSERT_TRUE(train::parse_word_clusters(train::format_clusters(c, "x"), "out.tsv", back).ok());
  EXPECT_EQ(back.size(), 1u);
}

void expect_embedding_error(const std::string& json, const std::string& expected) {
  auto e = train::parse_embeddings(json, "e.json", 0);
  ASSERT_FALSE(e.ok()) << "expected: " << expected;
  EXPECT_NE(e.message().find(expected), std::string::npos) << e.message();
}

TEST(EmbeddingClusters, BadEmbeddingFilesGiveClearErrors) {
  expect_embedding_error("{\"dimensions\": 2, \"words\": [", "e.json: not valid JSON");
  expect_embedding_error("[1, 2]", "e.json: no \"dimensions\" field");
  expect_embedding_error("{\"dimensions\": 0, \"words\": [], \"vectors\": {}}", "no \"dimensions\" field");
  expect_embedding_error("{\"dimensions\": 2, \"vectors\": {}}", "e.json: no \"words\" array");
  expect_embedding_error("{\"dimensions\": 2, \"words\": [\"a\"]}", "e.json: no \"vectors\" object");
  expect_embedding_error("{\"dimensions\": 2, \"words\": [\"a\"], \"vectors\": {}}", "no vector for \"a\"");
  expect_embedding_error("{\"dimensions\": 2, \"words\": [\"a\"], \"vectors\": {\"a\": [1]}}",
                         "the vector of \"a\" has 1 numbers, fewer than the 2 dimensions");
  expect_embedding_error("{\"dimensions\": 2, \"words\": [\"a\"], \"vectors\": {\"a\": [1, \"x\"]}}",
                         "not a number");
  expect_embedding_error("{\"dimensions\": 2, \"words\": [7], \"vectors\": {}}", "\"words\" entry 1 is not a string");
  expect_embedding_error("{\"dimensions\": 2, \"words\": [], \"vectors\": {}}", "e.json: no words");
  auto e = train::parse_embeddings(kEmbeddings, "e.json", 0);
  ASSERT_TRUE(e.ok());
  train::ClusterOptions opt;
  opt.fine = 20;  // more clusters than words
  EXPECT_FALSE(train::cluster_embeddings(*e, opt).ok());
  opt.fine = 3;
  opt.coarse = 4;  // more coarse than fine
  EXPECT_FALSE(train::cluster_embeddings(*e, opt).ok());
}

TEST(WordClusters, ParserModelKeepsClustersThroughSaveAndLoad) {
  auto sents = read_conllu(testing::kTinyTreebank, "tiny");
  ASSERT_TRUE(sents.ok());
  const std::string clusters = ::testing::TempDir() + "/dyad_clusters_test.tsv";
  std::ofstream(clusters) << kClusterFile;
  train::ParserTrainOptions opt;
  opt.epochs = 3;
  opt.prune_transitions = 0;
  opt.clusters_path = clusters;
  auto m = train::train_parser(*sents, {}, opt);
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_TRUE((*m)->feature_groups & parse::kClusters);
  EXPECT_EQ((*m)->clusters.lookup("accused").fine, 7);
  EXPECT_NE((*m)->metadata["word clusters"].find("4 words from dyad_clusters_test.tsv"), std::string::npos);
  const std::string path = ::testing::TempDir() + "/dyad_parser_clusters_test.bin";
  ASSERT_TRUE(train::save_parser(**m, path).ok());
  auto loaded = DependencyParser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  auto direct = train::parser_from_model(**m);
  ASSERT_TRUE(direct.ok());
  const ParseScores a = train::evaluate_parser(**direct, *sents), b = train::evaluate_parser(**loaded, *sents);
  EXPECT_EQ(a.uas, b.uas);
  EXPECT_EQ(a.las, b.las);
  // A broken cluster file stops training with its file:line.
  std::ofstream(clusters) << "minister\t3\n";
  auto bad = train::train_parser(*sents, {}, opt);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("dyad_clusters_test.tsv:1:"), std::string::npos) << bad.message();
}

}  // namespace
}  // namespace dyad
