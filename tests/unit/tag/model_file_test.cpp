// The model-file container: round trip, and a clear error for every kind of damage
// (bad magic, truncation, flipped byte, wrong kind, wrong version, missing section).
#include "model/model_file.hpp"

#include <gtest/gtest.h>

#include "model/bytes.hpp"
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
