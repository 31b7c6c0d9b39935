// The model-file container: round trip, and a clear error for every kind of damage
// (bad magic, truncation, flipped byte, wrong kind, wrong version, missing section).
#include "model/model_file.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "model/bytes.hpp"
#include "model/feature_hash.hpp"
#include "model/key_map.hpp"
#include "model/weight_table.hpp"

namespace dyad::model {
namespace {

std::string sample_model() {
  ModelWriter w("tagger", 3);
  w.set_meta("date", "2026-11-29");
  w.set_meta("scores", "UPOS 95");
  w.add_section("words", std::string(5000, 'a') + "b", true);
  w.add_section("raw", "xyz", false);
  return w.serialize();
}

TEST(ModelFile, RoundTrip) {
  const std::string bytes = sample_model();
  auto m = ModelFile::parse(bytes, "m.bin", "tagger", 3);
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_EQ(m->kind(), "tagger");
  EXPECT_EQ(m->metadata().at("date"), "2026-11-29");
  auto words = m->section("words");
  ASSERT_TRUE(words.ok());
  EXPECT_EQ(words->size(), 5001u);
  EXPECT_EQ(*m->section("raw"), "xyz");
  auto missing = m->section("nope");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.message(), "m.bin: missing section 'nope'");
  EXPECT_LT(bytes.size(), 1000u);  // the repetitive section was compressed
}

void expect_error(const std::string& bytes, const std::string& fragment, std::string_view kind = "tagger",
                  uint32_t version = 3) {
  auto m = ModelFile::parse(bytes, "m.bin", kind, version);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.message().find(fragment), std::string::npos) << m.message();
  EXPECT_EQ(m.message().rfind("m.bin: ", 0), 0u) << m.message();
}

TEST(ModelFile, DamageIsNamed) {
  const std::string good = sample_model();
  expect_error("", "not a Dyad model file");
  expect_error("PK\x03\x04 something else entirely", "not a Dyad model file");
  expect_error(good.substr(0, good.size() / 2), "truncated");
  expect_error(good.substr(0, 10), "truncated");
  std::string flipped = good;
  flipped[good.size() / 2] ^= 0x20;
  expect_error(flipped, "checksum mismatch");
  expect_error(good + "x", "trailing bytes");
  expect_error(good, "is a 'tagger' model, expected a 'parser' model", "parser", 3);
  expect_error(good, "format version 3, this build of Dyad reads version 4", "tagger", 4);
}

TEST(ModelFile, LoadNamesMissingFile) {
  auto m = ModelFile::load("/nonexistent/tagger.bin", "tagger", 1);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.message().find("/nonexistent/tagger.bin: cannot open model file"), std::string::npos);
}

TEST(ModelFile, WriteFileIsReadBack) {
  const std::string path = ::testing::TempDir() + "/dyad_model_file_test.bin";
  ModelWriter w("parser", 1);
  w.add_section("s", "abc");
  ASSERT_TRUE(w.write_file(path).ok());
  auto m = ModelFile::load(path, "parser", 1);
  ASSERT_TRUE(m.ok()) << m.message();
  EXPECT_EQ(*m->section("s"), "abc");
}

TEST(WeightTables, LookupsAndSerialisation) {
  std::vector<uint64_t> keys = {0x1234567890abcdefull, 0xfedcba0987654321ull, 42};
  std::vector<float> dense = {1.0f, -2.0f, 0.5f, 0, 0, 0, 3, 3, 3};
  DenseWeightTable d;
  d.build(keys, dense, 1000.0f);
  EXPECT_EQ(d.size(), 2u);  // the all-zero row is dropped
  int32_t scores[3] = {0, 0, 0};
  uint64_t query[] = {keys[0], keys[2], 777};
  d.add(query, 3, scores);
  EXPECT_EQ(scores[0], 4000);
  EXPECT_EQ(scores[1], 1000);
  EXPECT_EQ(scores[2], 3500);
  DenseWeightTable d2;
  ASSERT_TRUE(d2.deserialize(d.serialize(), "t").ok());
  int32_t scores2[3] = {0, 0, 0};
  d2.add(query, 3, scores2);
  EXPECT_EQ(scores2[0], 4000);
  EXPECT_FALSE(d2.deserialize(d.serialize().substr(3), "t").ok());

  SparseWeightTable s;
  s.build(10, {keys[0], keys[1]}, {0, 2, 3}, {1, 9, 4}, {0.5f, -1.0f, 2.0f}, 100.0f);
  int32_t sparse_scores[10] = {};
  uint64_t q2[] = {keys[0], keys[1], 99};
  s.add(q2, 3, sparse_scores);
  EXPECT_EQ(sparse_scores[1], 50);
  EXPECT_EQ(sparse_scores[9], -100);
  EXPECT_EQ(sparse_scores[4], 200);
  SparseWeightTable s2;
  ASSERT_TRUE(s2.deserialize(s.serialize(), "t").ok());
  std::string broken = s.serialize();
  broken[0] = 2;  // two classes: class 9 is out of range
  EXPECT_FALSE(s2.deserialize(broken, "t").ok());
}

// Rows of every length, stored inline (1-4 pairs), as overflow rows (5-24) or dense
// (more), and turned dense at load: a loaded table adds exactly what the built one
// does, for batches with repeated, absent and more than kMaxBatch keys, and leaves the
// padding classes past classes() at zero.
TEST(WeightTables, LoadedLayoutAddsWhatTheBuiltOneDoes) {
  constexpr int kClasses = 103;
  std::vector<uint64_t> keys;
  std::vector<uint32_t> starts{0};
  std::vector<uint16_t> classes;
  std::vector<float> weights;
  uint64_t x = 12345;
  auto next = [&] { return x = mix64(x + 0x9e3779b97f4a7c15ull); };
  for (int f = 0; f < 400; ++f) {
    keys.push_back(next());
    const int len = 1 + f % 40;
    for (int j = 0; j < len; ++j) {
      classes.push_back(static_cast<uint16_t>((f * 7 + j * 13) % kClasses));  // distinct while j < 103
      weights.push_back(static_cast<float>(static_cast<int>(next() % 2001) - 1000) / 100.0f);
    }
    starts.push_back(static_cast<uint32_t>(classes.size()));
  }
  SparseWeightTable built;
  built.build(kClasses, keys, starts, classes, weights, quantisation_scale(weights));
  SparseWeightTable loaded;
  ASSERT_TRUE(loaded.deserialize(built.serialize(), "t").ok());
  EXPECT_EQ(loaded.size(), built.size());

  std::vector<uint64_t> query;
  for (int k = 0; k < 300; ++k) query.push_back(k % 3 == 2 ? next() : keys[next() % keys.size()]);
  query.insert(query.end(), keys.begin(), keys.begin() + 50);  // repeats
  const size_t width = built.dense_width();
  ASSERT_EQ(width, 112u);
  for (size_t n : {size_t{0}, size_t{1}, size_t{17}, query.size()}) {
    std::vector<int32_t> a(width, 7), b(width, 7);
    built.add(query.data(), n, a.data());
    loaded.add(query.data(), n, b.data());
    EXPECT_EQ(a, b) << n << " keys";
    for (size_t c = kClasses; c < width; ++c) EXPECT_EQ(b[c], 7) << "padding class " << c;
  }
  // And a weight of a long row comes out where it was put.
  std::vector<int32_t> one(width, 0);
  loaded.add(&keys[39], 1, one.data());  // feature 39: 40 pairs
  const int16_t q = static_cast<int16_t>(std::lround(weights[starts[39]] * built.scale()));
  EXPECT_EQ(one[classes[starts[39]]], q);
}

TEST(KeyMap, FindsWhatWasBuilt) {
  KeyMap m;
  m.build({5, 0, 77}, {1, 2, 3});
  ASSERT_NE(m.find(5), nullptr);
  EXPECT_EQ(*m.find(5), 1u);
  EXPECT_EQ(*m.find(0), 2u);  // key 0 is stored as 1
  EXPECT_EQ(m.find(6), nullptr);
  KeyMap m2;
  ASSERT_TRUE(m2.deserialize(m.serialize(), "k").ok());
  EXPECT_EQ(*m2.find(77), 3u);
}

}  // namespace
}  // namespace dyad::model
