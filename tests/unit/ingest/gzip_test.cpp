// gunzip: round trip, several members, truncated and corrupt streams, the size limit.
#include <gtest/gtest.h>

#include "dyad/ingest.hpp"
#include "ingest_test_support.hpp"

namespace dyad {

using testing::gzip_compress;

TEST(IngestGzip, RoundTrip) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "Line " + std::to_string(i) + " of a long wire story.\n";
  std::string gz = gzip_compress(text);
  ASSERT_TRUE(is_gzip(gz));
  EXPECT_FALSE(is_gzip(text));
  Inflated out = gunzip(gz, 1 << 30);
  EXPECT_TRUE(out.complete);
  EXPECT_TRUE(out.problem.empty());
  EXPECT_EQ(out.bytes, text);
}

TEST(IngestGzip, ConcatenatedMembers) {
  std::string gz = gzip_compress("first member\n") + gzip_compress("second member\n") + gzip_compress("third\n");
  Inflated out = gunzip(gz, 1 << 20);
  EXPECT_TRUE(out.complete);
  EXPECT_EQ(out.bytes, "first member\nsecond member\nthird\n");
}

TEST(IngestGzip, TruncatedStreamKeepsWhatWasInflated) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "Record " + std::to_string(i * 7919 % 10007) + "\n";
  std::string first = gzip_compress("complete first member\n");
  std::string second = gzip_compress(text);
  std::string gz = first + second.substr(0, second.size() / 2);
  Inflated out = gunzip(gz, 1 << 30);
  EXPECT_FALSE(out.complete);
  EXPECT_NE(out.problem.find("truncated"), std::string::npos) << out.problem;
  ASSERT_GT(out.bytes.size(), 22u);
  EXPECT_EQ(out.bytes.substr(0, 22), "complete first member\n");
  EXPECT_EQ(text.compare(0, out.bytes.size() - 22, out.bytes, 22), 0);  // a prefix of the text
}

TEST(IngestGzip, CorruptStreamIsReported) {
  std::string gz = gzip_compress("some text that will be damaged in the middle of the stream");
  gz[gz.size() / 2] ^= 0x5A;
  gz[gz.size() / 2 + 1] ^= 0x33;
  Inflated out = gunzip(gz, 1 << 20);
  EXPECT_FALSE(out.complete);
  EXPECT_FALSE(out.problem.empty());
}

TEST(IngestGzip, RespectsTheOutputLimit) {
  std::string zeros(1 << 20, 'a');
  Inflated out = gunzip(gzip_compress(zeros), 1000);
  EXPECT_FALSE(out.complete);
  EXPECT_LE(out.bytes.size(), 1000u);
  EXPECT_NE(out.problem.find("limit"), std::string::npos);
}

TEST(IngestGzip, TrailingZeroPaddingIsAccepted) {
  std::string gz = gzip_compress("padded\n") + std::string(512, '\0');
  Inflated out = gunzip(gz, 1 << 20);
  EXPECT_TRUE(out.complete);
  EXPECT_EQ(out.bytes, "padded\n");
}

}  // namespace dyad
