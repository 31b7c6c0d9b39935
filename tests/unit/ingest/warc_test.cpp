// WARC: response records with HTML (plain, chunked + gzip, declared charset),
// records that are not pages, and damaged records.
#include <gtest/gtest.h>

#include "dyad/ingest.hpp"
#include "ingest_test_support.hpp"

namespace dyad {

using testing::Collected;
using testing::contains;
using testing::gzip_compress;

namespace {

std::string warc_record(const std::string& type, const std::string& uri, const std::string& id,
                        const std::string& content_type, const std::string& block,
                        const std::string& date = "2024-07-12T06:00:00Z") {
  std::string r = "WARC/1.1\r\nWARC-Type: " + type + "\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + uri + "\r\n";
  r += "WARC-Date: " + date + "\r\nWARC-Record-ID: <urn:uuid:" + id + ">\r\n";
  r += "Content-Type: " + content_type + "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  return r + block + "\r\n\r\n";
}

std::string page(const std::string& headline, const std::string& paragraph, const std::string& head_extra = "") {
  return "<html><head><title>" + headline + "</title>" + head_extra + "</head><body><article><h1>" + headline +
         "</h1><p>" + paragraph + "</p><p>A second paragraph, with more detail, follows here.</p></article></body></html>";
}

std::string chunked(const std::string& body, size_t chunk) {
  std::string out;
  for (size_t i = 0; i < body.size(); i += chunk) {
    std::string piece = body.substr(i, chunk);
    char size[32];
    snprintf(size, sizeof size, "%zx", piece.size());
    out += std::string(size) + "\r\n" + piece + "\r\n";
  }
  return out + "0\r\n\r\n";
}

const std::string kHttp = "application/http; msgtype=response";

}  // namespace

TEST(IngestWarc, ReadsResponseRecordsAndIgnoresTheRest) {
  std::string html1 = page("Port strike ends", "Dock workers in Valmar returned to work on Friday, ending a strike.");
  std::string html2 = page("Election date set", "The commission set the vote for the first Sunday of October.",
                           "<meta property=\"article:published_time\" content=\"2024-06-30\">");
  std::string gz = gzip_compress(html2);
  std::string warc =
      warc_record("warcinfo", "", "0001", "application/warc-fields", "software: test\r\nformat: WARC 1.1\r\n") +
      warc_record("request", "https://news.example/strike", "0002", "application/http; msgtype=request",
                  "GET /strike HTTP/1.1\r\nHost: news.example\r\n\r\n") +
      warc_record("response", "https://news.example/strike", "0003", kHttp,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html1) +
      warc_record("response", "<https://news.example/vote>", "0004", kHttp,
                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                  "Content-Encoding: gzip\r\n\r\n" + chunked(gz, 37)) +
      warc_record("response", "https://news.example/logo.png", "0005", kHttp,
                  "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG....") +
      warc_record("response", "https://news.example/old", "0006", kHttp,
                  "HTTP/1.1 301 Moved Permanently\r\nLocation: /new\r\n\r\n") +
      warc_record("metadata", "https://news.example/strike", "0007", "application/warc-fields", "outlinks: x\r\n");
  Collected c;
  read_warc(warc, "crawl.warc", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  const Document& a = c.docs[0];
  EXPECT_EQ(a.source, "crawl.warc#3");
  EXPECT_EQ(a.format, "warc");
  EXPECT_EQ(a.url, "https://news.example/strike");
  EXPECT_EQ(a.id, "urn:uuid:0003");
  EXPECT_EQ(a.title, "Port strike ends");
  EXPECT_EQ(a.date.iso(), "2024-07-12");  // from WARC-Date: the page has none
  EXPECT_TRUE(contains(a.text, "Dock workers in Valmar returned to work on Friday"));
  // Offsets lead into the HTTP payload (the HTML).
  size_t dock = a.text.find("Dock");
  EXPECT_EQ(a.raw_offset(static_cast<uint32_t>(dock)), html1.find("Dock"));

  const Document& b = c.docs[1];
  EXPECT_EQ(b.source, "crawl.warc#4");
  EXPECT_EQ(b.url, "https://news.example/vote");
  EXPECT_EQ(b.date.iso(), "2024-06-30");  // the page's own date wins over WARC-Date
  EXPECT_TRUE(contains(b.text, "The commission set the vote"));
  EXPECT_EQ(c.report.skipped_records, 0u);
  EXPECT_EQ(c.report.warnings, 0u);
  EXPECT_EQ(c.report.ignored_records, 5u);
  EXPECT_TRUE(c.report.problems.empty());
}

TEST(IngestWarc, HonoursTheHttpCharset) {
  std::string html = "<html><body><p>La ministra de Econom\xED" "a habl\xF3 en Bogot\xE1 sobre el presupuesto "
                     "del a\xF1o pr\xF3ximo.</p></body></html>";
  std::string warc = warc_record("response", "https://e.example/", "1", kHttp,
                                 "HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n" + html);
  Collected c;
  read_warc(warc, "w.warc", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(contains(c.docs[0].text, "Econom\xC3\xAD" "a habl\xC3\xB3 en Bogot\xC3\xA1")) << c.docs[0].text;
  size_t bogota = c.docs[0].text.find("Bogot");
  EXPECT_EQ(c.docs[0].raw_offset(static_cast<uint32_t>(bogota)), html.find("Bogot"));
}

TEST(IngestWarc, DamagedRecordsAreReportedAndSkipped) {
  std::string good1 = warc_record("response", "https://a.example/1", "a1", kHttp,
                                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                      page("First", "The first story is intact and readable."));
  std::string good2 = warc_record("response", "https://a.example/2", "a2", kHttp,
                                  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                      page("Second", "The second story is also intact and readable."));
  std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\n\r\nsome block\r\n\r\n";
  std::string garbage = "this is not a record at all\r\n";
  // A Content-Length far too short: the reader finds the next header instead.
  std::string short_length = warc_record("response", "https://a.example/3", "a3", kHttp,
                                         "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                             page("Third", "The third story has a wrong length field."));
  size_t at = short_length.find("Content-Length: ");
  size_t eol = short_length.find("\r\n", at);
  short_length.replace(at, eol - at, "Content-Length: 60");

  Collected c;
  read_warc(good1 + garbage + no_length + short_length + good2, "bad.warc", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].source, "bad.warc#1");
  EXPECT_EQ(c.docs[1].source, "bad.warc#4");
  EXPECT_TRUE(contains(c.docs[1].text, "wrong length field"));
  EXPECT_EQ(c.docs[2].source, "bad.warc#5");
  EXPECT_TRUE(contains(c.docs[2].text, "The second story is also intact"));
  EXPECT_EQ(c.report.skipped_records, 2u);
  EXPECT_EQ(c.report.warnings, 1u);
  ASSERT_EQ(c.report.problems.size(), 3u);
  EXPECT_TRUE(contains(c.report.problems[0], "bad.warc#2: expected a WARC/1.x record header"));
  EXPECT_EQ(c.report.problems[1], "bad.warc#3: missing or invalid Content-Length");
  EXPECT_TRUE(contains(c.report.problems[2], "bad.warc#4: record does not end where"));
}

TEST(IngestWarc, TruncatedFinalRecordStillYieldsItsText) {
  std::string rec = warc_record("response", "https://t.example/", "t1", kHttp,
                                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                    page("Cut", "This record was cut off before its end, yet its text is usable."));
  Collected c;
  read_warc(rec.substr(0, rec.size() - 80), "t.warc", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(contains(c.docs[0].text, "This record was cut off"));
  EXPECT_EQ(c.report.warnings, 1u);
  EXPECT_TRUE(contains(c.report.problems[0], "t.warc#1: truncated record"));
}

TEST(IngestWarc, GzippedWarcOfManyMembersThroughTheInputReader) {
  std::string r1 = warc_record("response", "https://g.example/1", "g1", kHttp,
                               "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                   page("One", "Record one travels in its own gzip member."));
  std::string r2 = warc_record("response", "https://g.example/2", "g2", kHttp,
                               "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" +
                                   page("Two", "Record two travels in another gzip member."));
  std::string warc_gz = gzip_compress(r1) + gzip_compress(r2);
  Collected c;
  InputReader(ReadOptions{}).read_bytes(warc_gz, "crawl.warc.gz", c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].source, "crawl.warc.gz#2");
  EXPECT_EQ(c.report.summary(), "read 2 documents from 0 inputs");
}

}  // namespace dyad
