// Dependency parser: arc-hybrid transitions and oracle, a parser trained on a tiny
// treebank, well-formed trees on any input, file round trip, thread safety, and the
// shipped model on a news sentence.
#include "dyad/parse.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "dyad/conllu.hpp"
#include "dyad/tag.hpp"
#include "parse/parser_model.hpp"
#include "parser_trainer.hpp"
#include "unit/parse/tiny_treebank.hpp"

namespace dyad {
namespace {

std::vector<ConlluSentence> tiny() {
  auto r = read_conllu(testing::kTinyTreebank, "tiny");
  EXPECT_TRUE(r.ok()) << r.message();
  return std::move(*r);
}

TEST(ParseState, ArcHybridTransitions) {
  // "A B C": shift A, shift B, LEFT (A<-B)? no: LEFT attaches s0 to b0.
  parse::ParseState st;
  st.init(3);
  EXPECT_FALSE(st.can_left());
  EXPECT_FALSE(st.can_right());
  st.shift();  // [0] b0=1
  st.left(5);  // 0 <- 1
  EXPECT_EQ(st.head(0), 1);
  EXPECT_EQ(st.label(0), 5);
  EXPECT_EQ(st.leftmost(1), 0);
  st.shift();  // [1] b0=2
  st.shift();  // [1 2] b0=3 (root)
  EXPECT_FALSE(st.can_shift());
  EXPECT_FALSE(st.can_left());  // two words left: only one may take the root
  st.right(6);                  // 1 -> 2
  EXPECT_EQ(st.head(2), 1);
  EXPECT_EQ(st.rightmost(1), 2);
  EXPECT_EQ(st.right_valency(1), 1);
  EXPECT_TRUE(st.can_left());
  st.left(7);  // 1 <- root
  EXPECT_EQ(st.head(1), 3);
  EXPECT_TRUE(st.terminal());
}

std::unique_ptr<parse::ParserModel> train_tiny(int epochs = 12) {
  train::ParserTrainOptions opt;
  opt.epochs = epochs;
  opt.prune_transitions = 0;  // weights learnt from eight sentences are all small
  auto m = train::train_parser(tiny(), {}, opt);
  EXPECT_TRUE(m.ok()) << m.message();
  return std::move(*m);
}

TEST(Parser, LearnsTinyTreebank) {
  auto parser = train::parser_from_model(*train_tiny());
  ASSERT_TRUE(parser.ok()) << parser.message();
  ParseScores s = train::evaluate_parser(**parser, tiny());
  EXPECT_GE(s.percent(s.uas), 95.0) << s.summary();
  EXPECT_GE(s.percent(s.las), 90.0) << s.summary();
}

TEST(Parser, UnlabelledMovesWithLabellerLearnToo) {
  train::ParserTrainOptions opt;
  opt.epochs = 12;
  opt.labeled_moves = false;
  opt.prune_transitions = 0;
  auto m = train::train_parser(tiny(), {}, opt);
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_FALSE((*m)->labeled());
  auto parser = train::parser_from_model(**m);
  ASSERT_TRUE(parser.ok()) << parser.message();
  ParseScores s = train::evaluate_parser(**parser, tiny());
  EXPECT_GE(s.percent(s.uas), 95.0) << s.summary();
  EXPECT_GE(s.percent(s.las), 90.0) << s.summary();
  EXPECT_GE(s.percent(s.las_full), 90.0) << s.summary();
}

TEST(Parser, MarginTrainingLearnsAndChangesTheWeights) {
  train::ParserTrainOptions opt;
  opt.epochs = 12;
  opt.prune_transitions = 0;
  opt.margin = 20;
  auto with_margin = train::train_parser(tiny(), {}, opt);
  ASSERT_TRUE(with_margin.ok()) << with_margin.message();
  EXPECT_NE((*with_margin)->metadata["oracle"].find("margin 20"), std::string::npos)
      << (*with_margin)->metadata["oracle"];
  auto parser = train::parser_from_model(**with_margin);
  ASSERT_TRUE(parser.ok()) << parser.message();
  ParseScores s = train::evaluate_parser(**parser, tiny());
  EXPECT_GE(s.percent(s.uas), 95.0) << s.summary();
  // Right moves that won narrowly were updated too: the weights are not those of the
  // plain perceptron.
  auto plain = train_tiny(12);
  EXPECT_EQ(plain->metadata["oracle"].find("margin"), std::string::npos);
  EXPECT_NE((*with_margin)->labeled_moves.serialize(), plain->labeled_moves.serialize());
}

// The decoder scores each word's role features once (RoleScores) and the rest of the
// features per state; a plain greedy decoder over all of transition_features() must
// make exactly the same moves. Checked on the tiny treebank with a trained model and
// on a word salad where the same words fill the same roles many times.
TEST(Parser, RoleScoreCacheMatchesScoringEveryFeature) {
  auto model = train_tiny(6);
  ASSERT_TRUE(model->labeled());
  auto sentences = tiny();
  ConlluSentence salad = sentences[0];
  for (const auto& s : sentences) salad.words.insert(salad.words.end(), s.words.begin(), s.words.end());
  sentences.push_back(salad);
  std::string scratch;
  parse::RoleScores cache;
  for (const auto& sent : sentences) {
    std::vector<parse::WordAttr> words;
    for (const auto& w : sent.words) words.push_back(model->attributes(w.form, w.xpos, w.upos, w.lemma, "", 3, scratch));
    words.push_back(parse::root_attr(*model));
    const int n = static_cast<int>(sent.words.size());
    parse::ParseState cached;
    model->decode(words.data(), n, cached, cache);

    parse::ParseState plain;
    plain.init(n);
    plain.set_marker_labels(model->marker_labels);
    uint64_t feats[parse::kMaxTransitionFeatures];
    int32_t scores[256];
    int moves = 0;
    while (!plain.terminal()) {
      int best = model->forced_labeled(plain);
      if (best < 0) {
        std::fill(scores, scores + 256, 0);
        model->labeled_moves.add(feats, parse::transition_features(plain, words.data(), model->feature_groups, feats),
                                 scores);
        for (int c = 0; c < model->move_classes(); ++c) {  // SHIFT, then LEFT-l, then RIGHT-l, as the decoder
          const int cls = c == 0 ? 0 : c <= model->move_classes() / 2 ? 2 * c - 1 : 2 * (c - model->move_classes() / 2);
          if (model->valid_labeled(plain, cls) && (best < 0 || scores[cls] > scores[best])) best = cls;
        }
      }
      parse::ParserModel::apply_labeled(plain, best);
      ASSERT_LE(++moves, 2 * n + 1);
    }
    for (int i = 0; i < n; ++i) {
      EXPECT_EQ(cached.head(i), plain.head(i)) << "word " << i << " of a sentence of " << n;
      EXPECT_EQ(cached.label(i), plain.label(i)) << "word " << i << " of a sentence of " << n;
    }
  }
}

// Every word has a head in range, exactly one word hangs from the root, no cycles.
void expect_tree(const std::vector<Token>& tokens) {
  const int n = static_cast<int>(tokens.size());
  int roots = 0;
  for (int i = 0; i < n; ++i) {
    ASSERT_GE(tokens[i].head, 0);
    ASSERT_LE(tokens[i].head, n);
    ASSERT_NE(tokens[i].head, i + 1);
    ASSERT_FALSE(tokens[i].deprel.empty());
    if (tokens[i].head == 0) {
      ++roots;
      EXPECT_EQ(tokens[i].deprel, "root");
    } else {
      EXPECT_NE(tokens[i].deprel, "root");
    }
    int steps = 0;
    for (int h = tokens[i].head; h != 0; h = tokens[h - 1].head) ASSERT_LE(++steps, n) << "cycle at " << i;
  }
  EXPECT_EQ(roots, 1);
}

TEST(Parser, AlwaysBuildsOneRootedTree) {
  auto parser = train::parser_from_model(*train_tiny(2));
  ASSERT_TRUE(parser.ok());
  ParseWorkspace ws;
  // Unknown words and tags, one word, many words, punctuation only.
  for (const std::string text : {"x", "zz yy", ". . . . ,", "a b c d e f g h i j k l m n o p q r s t u v w x y z"}) {
    std::string line;
    std::vector<ConlluSentence> sents;
    std::string conllu;
    int id = 0;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t sp = text.find(' ', pos);
      std::string w = text.substr(pos, sp == std::string::npos ? std::string::npos : sp - pos);
      conllu += std::to_string(++id) + "\t" + w + "\t_\tX\tFW\t_\t_\t_\t_\t_\n";
      pos = sp == std::string::npos ? text.size() : sp + 1;
    }
    auto r = read_conllu(conllu, "t");
    ASSERT_TRUE(r.ok()) << r.message();
    Document doc;
    AnalyzedDocument a;
    conllu_to_analysis(*r, 0, 1, true, doc, a);
    (*parser)->parse(doc.text, a.tokens, ws);
    expect_tree(a.tokens);
  }
}

TEST(Parser, FileRoundTripAndErrors) {
  auto model = train_tiny(3);
  const std::string path = ::testing::TempDir() + "/dyad_parser_test.bin";
  ASSERT_TRUE(train::save_parser(*model, path).ok());
  auto loaded = DependencyParser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  EXPECT_TRUE((*loaded)->knows_tag("VBD", "VERB"));
  EXPECT_FALSE((*loaded)->knows_tag("VBD", "NOUN"));
  auto missing = DependencyParser::load(path + ".missing");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("cannot open"), std::string::npos);
}

TEST(Parser, RejectsModelWithUnknownFeatureGroups) {
  auto model = train_tiny(2);
  model->feature_groups |= 1u << 20;  // a feature group this Dyad does not have
  const std::string path = ::testing::TempDir() + "/dyad_parser_future.bin";
  ASSERT_TRUE(train::save_parser(*model, path).ok());
  auto loaded = DependencyParser::load(path);
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.message().find("unknown feature groups"), std::string::npos) << loaded.message();
}

TEST(Parser, BeamTrainedModelLearnsAndKeepsItsBeam) {
  train::ParserTrainOptions opt;
  opt.epochs = 8;
  opt.prune_transitions = 0;
  opt.beam = 3;
  auto m = train::train_parser(tiny(), {}, opt);
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_EQ((*m)->beam, 3);
  const std::string path = ::testing::TempDir() + "/dyad_parser_beam.bin";
  ASSERT_TRUE(train::save_parser(**m, path).ok());
  auto loaded = DependencyParser::load(path);
  ASSERT_TRUE(loaded.ok()) << loaded.message();
  EXPECT_EQ((*loaded)->metadata().at("beam"), "3");
  ParseScores s = train::evaluate_parser(**loaded, tiny());
  EXPECT_GE(s.percent(s.uas), 95.0) << s.summary();
  // Every parse is still one rooted tree.
  for (const auto& sent : tiny()) {
    Document doc;
    AnalyzedDocument a;
    conllu_to_analysis(std::vector<ConlluSentence>{sent}, 0, 1, true, doc, a);
    ParseWorkspace ws;
    (*loaded)->parse(doc.text, a.tokens, ws);
    int roots = 0;
    for (const Token& t : a.tokens) roots += t.head == 0;
    EXPECT_EQ(roots, 1);
  }
  // A bad beam width in a model file is a clear error.
  (*m)->metadata["beam"] = "0";
  ASSERT_TRUE(train::save_parser(**m, path).ok());
  auto bad = DependencyParser::load(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("metadata 'beam'"), std::string::npos) << bad.message();
  // A beam needs labelled moves.
  opt.labeled_moves = false;
  EXPECT_FALSE(train::train_parser(tiny(), {}, opt).ok());
}

TEST(Parser, ThreadSafeOverOneModel) {
  auto parser = train::parser_from_model(*train_tiny(4));
  ASSERT_TRUE(parser.ok());
  const auto sents = tiny();
  auto run = [&](std::vector<int>& heads) {
    ParseWorkspace ws;
    Document doc;
    AnalyzedDocument a;
    for (int rep = 0; rep < 100; ++rep) {
      for (size_t i = 0; i < sents.size(); ++i) {
        conllu_to_analysis(sents, i, 1, true, doc, a);
        (*parser)->parse(doc.text, a.tokens, ws);
        if (rep == 0) {
          for (const auto& t : a.tokens) heads.push_back(t.head);
        }
      }
    }
  };
  std::vector<int> a, b, c;
  std::thread t1(run, std::ref(a)), t2(run, std::ref(b));
  run(c);
  t1.join();
  t2.join();
  EXPECT_EQ(a, c);
  EXPECT_EQ(b, c);
}

TEST(ParseScores, UniversalAndFullLabels) {
  ParseScores s;
  s.add("NOUN", "NN", "talk", 4, "nsubj", "NOUN", "NNS", "talk", 4, "nsubj:pass");
  s.add("VERB", "VBD", "hold", 0, "root", "VERB", "VBD", "hold", 0, "root");
  s.add("PUNCT", ".", ".", 2, "punct", "PUNCT", ".", ".", 4, "punct");
  EXPECT_EQ(s.words, 3u);
  EXPECT_EQ(s.uas, 2u);
  EXPECT_EQ(s.las, 2u);
  EXPECT_EQ(s.las_full, 1u);
  EXPECT_EQ(s.xpos, 2u);
  // Per gold universal relation, and for the mistagged word (NN for NNS).
  ASSERT_EQ(s.by_relation.size(), 3u);
  EXPECT_EQ(s.by_relation.at("nsubj").words, 1u);
  EXPECT_EQ(s.by_relation.at("nsubj").las, 1u);
  EXPECT_EQ(s.by_relation.at("punct").uas, 0u);
  EXPECT_EQ(s.wrong_xpos.words, 1u);
  EXPECT_EQ(s.wrong_xpos.uas, 1u);
  const std::string table = s.relation_table();
  EXPECT_EQ(table.rfind("relation", 0), 0u) << table;
  EXPECT_NE(table.find("punct              1  33.33%    0.00    0.00 100.00%"), std::string::npos) << table;
  EXPECT_NE(table.find("(wrong XPOS)"), std::string::npos) << table;
}

std::string model_dir() {
  if (const char* d = std::getenv("DYAD_MODEL_DIR"); d && *d) return d;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

TEST(ShippedParser, ParsesANewsSentence) {
  const std::string dir = model_dir();
  if (!std::filesystem::exists(dir + "/parser.bin") || !std::filesystem::exists(dir + "/tagger.bin")) {
    GTEST_SKIP() << "models not found in " << dir;
  }
  auto tagger = Tagger::load(dir + "/tagger.bin");
  auto parser = DependencyParser::load(dir + "/parser.bin");
  ASSERT_TRUE(tagger.ok()) << tagger.message();
  ASSERT_TRUE(parser.ok()) << parser.message();
  // "The ceasefire was broken by the rebels, officials said."
  const char* words[] = {"The", "ceasefire", "was", "broken", "by", "the", "rebels", ",", "officials", "said", "."};
  std::string conllu;
  for (int i = 0; i < 11; ++i) conllu += std::to_string(i + 1) + "\t" + words[i] + "\t_\t_\t_\t_\t_\t_\t_\t_\n";
  auto r = read_conllu(conllu, "s");
  ASSERT_TRUE(r.ok());
  Document doc;
  AnalyzedDocument a;
  conllu_to_analysis(*r, 0, 1, false, doc, a);
  TagWorkspace tw;
  ParseWorkspace pw;
  (*tagger)->tag(doc.text, a.tokens, tw);
  (*parser)->parse(doc.text, a.tokens, pw);
  expect_tree(a.tokens);
  EXPECT_EQ(a.tokens[1].head, 4);
  EXPECT_EQ(a.tokens[1].deprel, "nsubj:pass");
  EXPECT_EQ(a.tokens[6].head, 4);
  EXPECT_EQ(a.tokens[6].deprel, "obl:agent");
  EXPECT_EQ(a.tokens[8].deprel, "nsubj");
}

}  // namespace
}  // namespace dyad
