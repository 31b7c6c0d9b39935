// InputReader: files, directories, gzip, size limits, the report, and the Reuters
// corpus from ../shared (skipped when it is absent).
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "dyad/ingest.hpp"
#include "ingest_test_support.hpp"

namespace dyad {

using testing::Collected;
using testing::contains;
using testing::gzip_compress;

namespace fs = std::filesystem;

namespace {

class IngestReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_ingest_" + std::to_string(::getpid()) + "_" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

}  // namespace

TEST_F(IngestReaderTest, ReadsADirectoryRecursivelyInSortedOrderSkippingHiddenFiles) {
  write("b.txt", "Second file text.");
  write("a.txt", "First file text.");
  write("sub/c.jsonl", "{\"text\": \"from jsonl\"}\n{\"text\": \"again\"}\n");
  write("sub/d.html", "<html><body><p>From a page, with a sentence.</p></body></html>");
  write("sub/e.txt.gz", gzip_compress("Compressed text file."));
  write(".hidden.txt", "Never read.");
  write(".git/config.txt", "Never read either.");
  write("empty.txt", "");
  Collected c;
  InputReader reader{ReadOptions{}};
  Status st = reader.read_path(dir_.string(), c.sink(), c.report);
  EXPECT_TRUE(st.ok());
  std::vector<std::string> texts;
  for (const Document& d : c.docs) texts.push_back(d.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"First file text.", "Second file text.", "from jsonl", "again",
                                              "From a page, with a sentence.", "Compressed text file."}));
  EXPECT_EQ(c.docs[0].source, (dir_ / "a.txt").string());
  EXPECT_EQ(c.docs[2].source, (dir_ / "sub/c.jsonl").string() + ":1");
  EXPECT_EQ(c.docs[4].format, "html");
  EXPECT_EQ(c.report.inputs, 6u);
  EXPECT_EQ(c.report.skipped_records, 1u);
  EXPECT_EQ(c.report.problems.at(0), (dir_ / "empty.txt").string() + ": empty input");
  EXPECT_EQ(c.report.summary(), "read 6 documents from 6 inputs; skipped 1 bad record");
}

TEST_F(IngestReaderTest, MissingPathIsAnErrorAndReported) {
  Collected c;
  std::string missing = (dir_ / "nope.txt").string();
  Status st = InputReader(ReadOptions{}).read_path(missing, c.sink(), c.report);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.message(), missing + ": no such file or directory");
  EXPECT_EQ(c.report.skipped_records, 1u);
  EXPECT_EQ(c.report.problems.at(0), missing + ": no such file or directory");
}

TEST_F(IngestReaderTest, BinaryAndOversizedInputsAreSkipped) {
  std::string bin = write("photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string big = write("big.txt", std::string(5000, 'a'));
  ReadOptions options;
  options.max_input_bytes = 1000;
  Collected c;
  InputReader reader(options);
  EXPECT_TRUE(reader.read_path(bin, c.sink(), c.report).ok());
  EXPECT_TRUE(reader.read_path(big, c.sink(), c.report).ok());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.report.problems.size(), 2u);
  EXPECT_EQ(c.report.problems[0], bin + ": binary data");
  EXPECT_TRUE(contains(c.report.problems[1], "over the limit of 1000 bytes")) << c.report.problems[1];
  // A gzip bomb is stopped at the same limit, and refused whole.
  Collected g;
  reader.read_bytes(gzip_compress(std::string(1 << 20, 'z')), "bomb.txt.gz", g.sink(), g.report);
  EXPECT_TRUE(contains(g.report.problems.at(0), "limit"));
  EXPECT_TRUE(g.docs.empty());
  EXPECT_EQ(g.report.skipped_records, 1u);
}

TEST_F(IngestReaderTest, ADocumentOverTheBudgetIsRefusedAndTheOthersRead) {
  ReadOptions options;
  options.max_document_bytes = 100;
  std::string jsonl = "{\"id\":\"small\",\"text\":\"Valdoria met Ostrava.\"}\n{\"id\":\"large\",\"text\":\"" +
                      std::string(500, 'w') + "\"}\n";
  Collected c;
  InputReader(options).read_bytes(jsonl, "two.jsonl", c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "small");
  EXPECT_EQ(c.report.skipped_records, 1u);
  EXPECT_TRUE(contains(c.report.problems.at(0), "--max-document-bytes")) << c.report.problems.at(0);
}

TEST_F(IngestReaderTest, TruncatedGzipIsReportedThenRead) {
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Sentence number " + std::to_string(i) + " of the story.\n";
  std::string gz = gzip_compress(text);
  Collected c;
  InputReader(ReadOptions{}).read_bytes(gz.substr(0, gz.size() * 2 / 3), "story.txt.gz", c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(c.docs[0].text.rfind("Sentence number 0 of the story.", 0) == 0);
  EXPECT_EQ(c.report.skipped_records, 1u);  // input was lost: counted, exit 1
  EXPECT_TRUE(contains(c.report.problems.at(0), "story.txt.gz: truncated gzip data"));
}

TEST_F(IngestReaderTest, FormatOptionOverridesDetection) {
  ReadOptions options;
  options.format = InputFormat::Text;
  Collected c;
  InputReader(options).read_bytes("{\"text\": \"kept as text\"}", "x.jsonl", c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].format, "text");
  EXPECT_EQ(c.docs[0].text, "{\"text\": \"kept as text\"}");
}

TEST_F(IngestReaderTest, PlainTextDocument) {
  ReadOptions options;
  options.date = Date::from_number(20240711);
  Collected c;
  InputReader(options).read_bytes("\xEF\xBB\xBFHeadline\n\nBody text here.\n", "s.txt", c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.text, "Headline\n\nBody text here.\n");
  EXPECT_EQ(d.date.iso(), "2024-07-11");
  EXPECT_TRUE(d.title.empty());  // the cleaner guesses titles of plain text
  EXPECT_FALSE(d.title_given);
  EXPECT_EQ(d.raw_offset(0), 3u);  // after the BOM
  // The id is a stable hash of the text.
  Document again;
  again.text = d.text;
  assign_content_id(again);
  EXPECT_EQ(again.id, d.id);
  EXPECT_EQ(d.id.size(), 17u);
}

TEST(IngestReport, Summary) {
  IngestReport r;
  r.inputs = 3;
  r.documents = 12;
  EXPECT_EQ(r.summary(), "read 12 documents from 3 inputs");
  r.skip("a", "x");
  r.skip("b", "y");
  r.warn("c", "z");
  EXPECT_EQ(r.summary(), "read 12 documents from 3 inputs; skipped 2 bad records, 1 warning");
  r.ignore();
  EXPECT_EQ(r.summary(), "read 12 documents from 3 inputs; skipped 2 bad records, 1 warning; ignored 1 record with no article text or title (empty, non-HTML or non-response)");
  r.headline_only = 4;
  EXPECT_EQ(r.summary(), "read 12 documents from 3 inputs; skipped 2 bad records, 1 warning; 4 of them headline-only (coded from the headline); ignored 1 record with no article text or title (empty, non-HTML or non-response)");
  for (int i = 0; i < 100; ++i) r.warn("w", "again");
  EXPECT_EQ(r.problems.size(), IngestReport::kMaxProblems);
  EXPECT_EQ(r.warnings, 101u);
}

TEST(IngestReuters, ReadsTheWholeCorpus) {
  fs::path dir = fs::path(DYAD_SHARED_DIR) / "data/news/reuters-21578";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "shared Reuters corpus not found at " << dir;
  InputReader reader{ReadOptions{}};
  Collected c;
  size_t with_date = 0, with_title = 0;
  auto start = std::chrono::steady_clock::now();
  Status st = reader.read_path(dir.string(), [&](Document&& d) {
    with_date += d.date.known();
    with_title += d.title_given;
    if (c.docs.empty()) c.docs.push_back(std::move(d));
  }, c.report);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(st.ok());
  // 21,578 stories, of which 2,535 have no body: 1,798 headline-only items, read as
  // documents of their headline, and 737 empty stubs, ignored and counted with one
  // warning per file that has any, never an error.
  EXPECT_EQ(c.report.documents, 20841u);
  EXPECT_EQ(c.report.headline_only, 1798u);
  EXPECT_EQ(c.report.skipped_records, 0u);
  EXPECT_EQ(c.report.ignored_records, 737u);
  // Two dates are damaged ("31-MAR-1987 605:12:19.12", one with a comment after it):
  // kept in metadata, with a warning each.
  EXPECT_EQ(with_date, 20839u);
  size_t date_warnings = 0;
  for (const auto& p : c.report.problems) date_warnings += contains(p, "field 'date'");
  EXPECT_EQ(date_warnings, 2u);
  EXPECT_GT(with_title, 18000u);
  EXPECT_EQ(c.docs[0].format, "json");
  EXPECT_TRUE(contains(c.docs[0].source, "reuters-000.json[0]"));
  EXPECT_EQ(c.docs[0].date.iso(), "1987-02-26");
  RecordProperty("seconds", std::to_string(seconds));
}

}  // namespace dyad
