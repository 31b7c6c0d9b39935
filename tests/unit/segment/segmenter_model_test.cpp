// The segmenter model file: round trip, and every way loading can fail (missing,
// truncated, bad magic, version mismatch, checksum) with a message naming the file.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/tokenize.hpp"
#include "segment/boundary_features.hpp"
#include "segment/segmenter_model.hpp"

namespace dyad {
namespace {

namespace fs = std::filesystem;

segment::SegmenterModelData small_model() {
  segment::SegmenterModelData m;
  m.metadata["model"] = "segmenter";
  m.metadata["feature_set"] = std::string(segment::kFeatureSetName);
  m.metadata["training_data"] = "unit test";
  m.lexicon.abbreviations = {"gen.", "jan."};
  m.lexicon.hyphen_prefixes = {"anti"};
  m.lexicon.contractions = {{"cannot", {3}}};
  m.threshold = 0.25f;
  m.feature_keys = {3, 17, 99};
  m.feature_weights = {0.5f, -1.0f, 2.0f};
  return m;
}

class ModelFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_segmodel_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                        "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }
  fs::path dir_;
};

TEST_F(ModelFileTest, RoundTrip) {
  const std::string bytes = segment::serialize_segmenter_model(small_model());
  auto parsed = segment::parse_segmenter_model(bytes, "mem");
  ASSERT_TRUE(parsed.ok()) << parsed.message();
  EXPECT_EQ(parsed->metadata.at("training_data"), "unit test");
  EXPECT_EQ(parsed->lexicon.abbreviations, (std::vector<std::string>{"gen.", "jan."}));
  ASSERT_EQ(parsed->lexicon.contractions.size(), 1u);
  EXPECT_EQ(parsed->lexicon.contractions[0].second, (std::vector<uint8_t>{3}));
  EXPECT_FLOAT_EQ(parsed->threshold, 0.25f);
  EXPECT_EQ(parsed->feature_keys, (std::vector<uint64_t>{3, 17, 99}));
  EXPECT_EQ(parsed->feature_weights, (std::vector<float>{0.5f, -1.0f, 2.0f}));
  auto splitter = SentenceSplitter::load(write("ok.bin", bytes));
  ASSERT_TRUE(splitter.ok()) << splitter.message();
  EXPECT_EQ((*splitter)->lexicon().hyphen_prefixes, (std::vector<std::string>{"anti"}));
}

TEST_F(ModelFileTest, MissingFile) {
  const std::string path = (dir_ / "absent.bin").string();
  auto r = SentenceSplitter::load(path);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find(path), std::string::npos) << r.message();
  EXPECT_NE(r.message().find("cannot open"), std::string::npos) << r.message();
}

TEST_F(ModelFileTest, Truncated) {
  const std::string bytes = segment::serialize_segmenter_model(small_model());
  for (size_t keep : {size_t{0}, size_t{4}, size_t{20}, bytes.size() - 5}) {
    const std::string path = write("cut.bin", bytes.substr(0, keep));
    auto r = SentenceSplitter::load(path);
    ASSERT_FALSE(r.ok()) << keep;
    EXPECT_NE(r.message().find(path), std::string::npos) << r.message();
    EXPECT_NE(r.message().find("truncated"), std::string::npos) << keep << ": " << r.message();
  }
}

TEST_F(ModelFileTest, BadMagic) {
  std::string bytes = segment::serialize_segmenter_model(small_model());
  bytes[0] = 'X';
  auto r = SentenceSplitter::load(write("magic.bin", bytes));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("bad magic"), std::string::npos) << r.message();
  auto text = SentenceSplitter::load(write("text.bin", "this is not a model at all, just some text\n"));
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.message().find("bad magic"), std::string::npos) << text.message();
}

TEST_F(ModelFileTest, VersionMismatch) {
  std::string bytes = segment::serialize_segmenter_model(small_model());
  const uint32_t future = segment::kSegmenterFormatVersion + 1;
  std::memcpy(bytes.data() + 8, &future, 4);
  auto r = SentenceSplitter::load(write("version.bin", bytes));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("format version " + std::to_string(future)), std::string::npos) << r.message();
}

TEST_F(ModelFileTest, ChecksumMismatch) {
  std::string bytes = segment::serialize_segmenter_model(small_model());
  bytes[bytes.size() - 3] ^= 0x40;  // a weight's byte
  auto r = SentenceSplitter::load(write("corrupt.bin", bytes));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("checksum"), std::string::npos) << r.message();
  EXPECT_NE(r.message().find("corrupt.bin"), std::string::npos) << r.message();
}

TEST_F(ModelFileTest, TrailingBytes) {
  std::string bytes = segment::serialize_segmenter_model(small_model()) + "junk";
  auto r = SentenceSplitter::load(write("long.bin", bytes));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("trailing"), std::string::npos) << r.message();
}

TEST_F(ModelFileTest, FeatureSetMismatch) {
  auto m = small_model();
  m.metadata["feature_set"] = "boundary-features-v0";
  auto r = SentenceSplitter::load(write("old.bin", segment::serialize_segmenter_model(m)));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("feature set"), std::string::npos) << r.message();
}

TEST_F(ModelFileTest, DirectoryIsNotAModel) {
  auto r = SentenceSplitter::load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.message().find("not a regular file"), std::string::npos) << r.message();
}

}  // namespace
}  // namespace dyad
