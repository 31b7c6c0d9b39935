// Tagger: a model trained on a tiny treebank tags its training sentences, survives
// the file format, is deterministic given the seed and thread-safe; the shipped
// model (models/tagger.bin) tags a news sentence.
#include "dyad/tag.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "dyad/conllu.hpp"
#include "lemma/lemmatizer.hpp"
#include "model/model_file.hpp"
#include "tagger_trainer.hpp"
#include "unit/parse/tiny_treebank.hpp"

namespace dyad {
namespace {

std::vector<ConlluSentence> tiny() {
  auto r = read_conllu(testing::kTinyTreebank, "tiny");
  EXPECT_TRUE(r.ok()) << r.message();
  return std::move(*r);
}

std::unique_ptr<tag::TaggerModel> train_tiny(uint64_t seed = 1) {
  train::TaggerTrainOptions opt;
  opt.epochs = 8;
  opt.seed = seed;
  opt.wordnet_dir.clear();
  opt.fixed_min_count = 3;
  auto m = train::train_tagger(tiny(), {}, opt);
  EXPECT_TRUE(m.ok()) << m.message();
  return std::move(*m);
}

TEST(Tagger, LearnsTinyTreebank) {
  auto model = train_tiny();
  auto tagger = train::tagger_from_model(*model);
  ASSERT_TRUE(tagger.ok()) << tagger.message();
  auto scores = train::evaluate_tagger(**tagger, tiny());
  EXPECT_GE(scores.upos, 95.0) << scores.summary();
  EXPECT_GE(scores.xpos, 95.0) << scores.summary();
  EXPECT_GE(scores.lemma, 95.0) << scores.summary();
}

TEST(Tagger, EnsembleOfTaggersLearnsToo) {
  train::TaggerTrainOptions opt;
  opt.epochs = 8;
  opt.wordnet_dir.clear();
  opt.fixed_min_count = 3;
  opt.ensemble = 3;
  auto m = train::train_tagger(tiny(), tiny(), opt);  // dev = train: each member keeps its best epoch
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_NE((*m)->metadata["ensemble"].find("3 taggers"), std::string::npos);
  auto tagger = train::tagger_from_model(**m);
  ASSERT_TRUE(tagger.ok()) << tagger.message();
  auto scores = train::evaluate_tagger(**tagger, tiny());
  EXPECT_GE(scores.upos, 95.0) << scores.summary();
  EXPECT_GE(scores.xpos, 95.0) << scores.summary();
}

TEST(Tagger, FillsTokens) {
  auto tagger = train::tagger_from_model(*train_tiny());
  ASSERT_TRUE(tagger.ok());
  auto sents = tiny();
  Document doc;
  AnalyzedDocument a;
  conllu_to_analysis(sents, 2, 1, false, doc, a);
  TagWorkspace ws;
  (*tagger)->tag(doc.text, a.tokens, ws);
  EXPECT_EQ(a.tokens[3].xpos, "VBN");
  EXPECT_EQ(a.tokens[3].upos, "VERB");
  EXPECT_EQ(a.tokens[3].lemma, "hold");
  EXPECT_EQ(a.tokens[2].upos, "AUX");
  EXPECT_EQ(a.tokens[2].lemma, "be");
}

// The workspace remembers what it computed per form (FormMemo): tagging with a used
// workspace, whose memo already holds these forms, gives what a fresh one gives.
TEST(Tagger, ReusedWorkspaceGivesWhatAFreshOneGives) {
  auto tagger = train::tagger_from_model(*train_tiny());
  ASSERT_TRUE(tagger.ok());
  auto sents = tiny();
  TagWorkspace used;
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < sents.size(); ++i) {
      Document doc;
      AnalyzedDocument fresh_out, used_out;
      conllu_to_analysis(sents, i, 1, false, doc, fresh_out);
      used_out = fresh_out;
      TagWorkspace fresh;
      (*tagger)->tag(doc.text, fresh_out.tokens, fresh);
      (*tagger)->tag(doc.text, used_out.tokens, used);
      for (size_t j = 0; j < fresh_out.tokens.size(); ++j) {
        EXPECT_EQ(used_out.tokens[j].xpos, fresh_out.tokens[j].xpos);
        EXPECT_EQ(used_out.tokens[j].lemma, fresh_out.tokens[j].lemma);
        EXPECT_EQ(used_out.tokens[j].alt_tag, fresh_out.tokens[j].alt_tag);
      }
    }
  }
}

TEST(Tagger, DeterministicGivenSeed) {
  auto a = train_tiny(7), b = train_tiny(7);
  model::ModelWriter wa("tagger", tag::kTaggerFormatVersion), wb("tagger", tag::kTaggerFormatVersion);
  a->metadata.erase("date");
  b->metadata.erase("date");
  a->save(wa);
  b->save(wb);
  EXPECT_EQ(wa.serialize(), wb.serialize());
}

TEST(Tagger, FileRoundTripAndErrors) {
  auto model = train_tiny();
  const std::string path = ::testing::TempDir() + "/dyad_tagger_test.bin";
  ASSERT_TRUE(train::save_tagger(*model, path).ok());
  auto loaded = Tagger::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  EXPECT_EQ((*loaded)->tag_count(), model->xpos.size());
  // Truncated copy.
  std::string bytes;
  {
    FILE* f = std::fopen(path.c_str(), "rb");
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    std::fclose(f);
  }
  auto truncated = Tagger::from_bytes(bytes.substr(0, bytes.size() - 100), "cut.bin");
  ASSERT_FALSE(truncated.ok());
  EXPECT_NE(truncated.message().find("cut.bin: "), std::string::npos);
  // A parser file is not a tagger.
  model::ModelWriter w("parser", 1);
  auto wrong = Tagger::from_bytes(w.serialize(), "parser.bin");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.message().find("expected a 'tagger' model"), std::string::npos);
}

TEST(Tagger, ThreadSafeOverOneModel) {
  auto tagger = train::tagger_from_model(*train_tiny());
  ASSERT_TRUE(tagger.ok());
  const auto sents = tiny();
  auto run = [&](std::vector<uint16_t>& out) {
    TagWorkspace ws;
    std::vector<uint16_t> tags;
    for (int rep = 0; rep < 200; ++rep) {
      for (const auto& s : sents) {
        std::vector<std::string_view> forms;
        for (const auto& w : s.words) forms.push_back(w.form);
        (*tagger)->predict(forms, tags, ws);
        if (rep == 0) out.insert(out.end(), tags.begin(), tags.end());
      }
    }
  };
  std::vector<uint16_t> a, b, c;
  std::thread t1(run, std::ref(a)), t2(run, std::ref(b));
  run(c);
  t1.join();
  t2.join();
  EXPECT_EQ(a, c);
  EXPECT_EQ(b, c);
}

std::string model_dir() {
  if (const char* d = std::getenv("DYAD_MODEL_DIR"); d && *d) return d;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

TEST(ShippedTagger, TagsANewsSentence) {
  const std::string path = model_dir() + "/tagger.bin";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  auto tagger = Tagger::load(path);
  ASSERT_TRUE(tagger.ok()) << tagger.message();
  auto r = read_conllu(
      "1\tChina\t_\t_\t_\t_\t_\t_\t_\t_\n2\taccused\t_\t_\t_\t_\t_\t_\t_\t_\n3\tNATO\t_\t_\t_\t_\t_\t_\t_\t_\n"
      "4\tof\t_\t_\t_\t_\t_\t_\t_\t_\n5\tseeking\t_\t_\t_\t_\t_\t_\t_\t_\n6\tsecurity\t_\t_\t_\t_\t_\t_\t_\t_\n",
      "s");
  ASSERT_TRUE(r.ok());
  Document doc;
  AnalyzedDocument a;
  conllu_to_analysis(*r, 0, 1, false, doc, a);
  TagWorkspace ws;
  (*tagger)->tag(doc.text, a.tokens, ws);
  EXPECT_EQ(a.tokens[0].upos, "PROPN");
  EXPECT_EQ(a.tokens[1].upos, "VERB");
  EXPECT_EQ(a.tokens[1].xpos, "VBD");
  EXPECT_EQ(a.tokens[1].lemma, "accuse");
  EXPECT_EQ(a.tokens[4].lemma, "seek");
  EXPECT_FALSE((*tagger)->metadata().at("training_data").empty());
}

}  // namespace
}  // namespace dyad
