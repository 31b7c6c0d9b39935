// Format names and detection from names and content.
#include <gtest/gtest.h>

#include "dyad/ingest.hpp"

namespace dyad {

TEST(IngestFormat, ParsesNamesAndRoundTrips) {
  EXPECT_EQ(parse_input_format("auto"), InputFormat::Auto);
  EXPECT_EQ(parse_input_format("txt"), InputFormat::Text);
  EXPECT_EQ(parse_input_format("text"), InputFormat::Text);
  EXPECT_EQ(parse_input_format("HTML"), InputFormat::Html);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::Jsonl);
  EXPECT_EQ(parse_input_format("json"), InputFormat::Json);
  EXPECT_EQ(parse_input_format("warc"), InputFormat::Warc);
  EXPECT_EQ(parse_input_format("conllu"), InputFormat::Conllu);
  EXPECT_FALSE(parse_input_format("pdf").has_value());
  for (InputFormat f : {InputFormat::Auto, InputFormat::Text, InputFormat::Html, InputFormat::Jsonl,
                        InputFormat::Json, InputFormat::Warc, InputFormat::Conllu})
    EXPECT_EQ(parse_input_format(input_format_name(f)), f);
}

TEST(IngestFormat, DetectsFromExtension) {
  EXPECT_EQ(detect_format("a/story.txt", "<html>not really</html>"), InputFormat::Text);
  EXPECT_EQ(detect_format("page.HTM", "plain words"), InputFormat::Html);
  EXPECT_EQ(detect_format("feed.ndjson", ""), InputFormat::Jsonl);
  EXPECT_EQ(detect_format("crawl.warc.gz", "garbage"), InputFormat::Warc);
  EXPECT_EQ(detect_format("x.conllu", "# text = A"), InputFormat::Conllu);
}

TEST(IngestFormat, DetectsFromContent) {
  EXPECT_EQ(detect_format("<stdin>", "WARC/1.1\r\nWARC-Type: warcinfo\r\n"), InputFormat::Warc);
  EXPECT_EQ(detect_format("<stdin>", "  <!DOCTYPE html><html><body>x</body></html>"), InputFormat::Html);
  EXPECT_EQ(detect_format("<stdin>", "<!-- saved page --><div><p>Hello</p></div>"), InputFormat::Html);
  EXPECT_EQ(detect_format("<stdin>", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), InputFormat::Jsonl);
  EXPECT_EQ(detect_format("<stdin>", "[{\"text\":\"a\"}]"), InputFormat::Json);
  EXPECT_EQ(detect_format("<stdin>", "{\n  \"text\": \"a\"\n}\n"), InputFormat::Json);
  EXPECT_EQ(detect_format("<stdin>", "# sent_id = 1\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"),
            InputFormat::Conllu);
  EXPECT_EQ(detect_format("<stdin>", "Ministers met on Monday."), InputFormat::Text);
  EXPECT_EQ(detect_format("<stdin>", ""), InputFormat::Text);
}

TEST(IngestFormat, JsonFamilyDecidedByContent) {
  // Producers call JSON Lines ".json" and the other way round.
  EXPECT_EQ(detect_format("dump.json", "{\"text\":\"a\"}\n{\"text\":\"b\"}"), InputFormat::Jsonl);
  EXPECT_EQ(detect_format("dump.jsonl", "[{\"text\":\"a\"}]"), InputFormat::Json);
  EXPECT_EQ(detect_format("dump.json.gz", "[{\"text\":\"a\"}]"), InputFormat::Json);
  // A UTF-8 BOM does not hide the content.
  EXPECT_EQ(detect_format("x", "\xEF\xBB\xBF[{\"text\":\"a\"}]"), InputFormat::Json);
}

}  // namespace dyad
