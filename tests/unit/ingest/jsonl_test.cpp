// JSON Lines and JSON arrays: fields, metadata, offsets, and per-line errors.
#include <gtest/gtest.h>

#include "dyad/ingest.hpp"
#include "ingest_test_support.hpp"

namespace dyad {

using testing::Collected;
using testing::contains;

TEST(IngestJsonl, ReadsFieldsAndKeepsTheRestAsMetadata) {
  std::string input =
      "{\"id\": \"wire-1\", \"title\": \" Ceasefire holds \", \"text\": \"Both sides reported calm.\", "
      "\"date\": \"2024-07-11T09:30:00Z\", \"url\": \"https://example.org/a\", \"tags\": [\"peace\", 2], "
      "\"extra\": {\"lang\": \"en\"}, \"score\": 0.5, \"flag\": true, \"none\": null}\n"
      "{\"id\": 42, \"body\": \"Second story.\"}\n";
  Collected c;
  read_jsonl(input, "feed.jsonl", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.id, "wire-1");
  EXPECT_EQ(d.title, "Ceasefire holds");
  EXPECT_TRUE(d.title_given);
  EXPECT_EQ(d.text, "Both sides reported calm.");
  EXPECT_EQ(d.date.iso(), "2024-07-11");
  EXPECT_EQ(d.url, "https://example.org/a");
  EXPECT_EQ(d.source, "feed.jsonl:1");
  EXPECT_EQ(d.format, "jsonl");
  using Meta = std::vector<std::pair<std::string, std::string>>;
  // (Objects and arrays minified: the text is written again on one line.)
  EXPECT_EQ(d.metadata, (Meta{{"tags", "[\"peace\",2]"},
                              {"extra", "{\"lang\":\"en\"}"},
                              {"score", "0.5"},
                              {"flag", "true"},
                              {"none", "null"}}));
  EXPECT_EQ(c.docs[1].id, "42");
  EXPECT_EQ(c.docs[1].text, "Second story.");
  EXPECT_EQ(c.docs[1].source, "feed.jsonl:2");
  EXPECT_FALSE(c.docs[1].title_given);
  EXPECT_EQ(c.report.documents, 2u);
  EXPECT_EQ(c.report.skipped_records, 0u);
}

TEST(IngestJsonl, TextFieldPriorityAndContentField) {
  Collected c;
  read_jsonl("{\"content\": \"from content\"}\n{\"body\": \"from body\", \"text\": \"from text\"}\n", "f", {},
             c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].text, "from content");
  EXPECT_EQ(c.docs[1].text, "from text");
}

TEST(IngestJsonl, OffsetsLeadBackIntoTheLine) {
  std::string line0 = "{\"text\": \"abc\"}";
  std::string line1 = "{\"id\": \"x\", \"text\": \"one\\ntwo \\u00e9t\\u00e9 \\ud83d\\ude00 end\"}";
  Collected c;
  read_jsonl(line0 + "\n" + line1 + "\n", "f", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  const Document& d = c.docs[1];
  EXPECT_EQ(d.text, "one\ntwo \xC3\xA9t\xC3\xA9 \xF0\x9F\x98\x80 end");
  size_t text_start = line1.find("one");
  EXPECT_EQ(d.raw_offset(0), text_start);
  size_t two = d.text.find("two");
  EXPECT_EQ(d.raw_offset(static_cast<uint32_t>(two)), line1.find("two"));
  size_t end = d.text.find("end");
  EXPECT_EQ(d.raw_offset(static_cast<uint32_t>(end)), line1.find("end"));
}

TEST(IngestJsonl, BadLinesAreSkippedWithTheirLineNumbers) {
  std::string input =
      "{\"text\": \"good one\"}\n"
      "{\"text\": \"broken\"\n"
      "\n"
      "[1, 2]\n"
      "{\"title\": \"no text here\"}\n"
      "{\"text\": \"trailing\"} junk\n"
      "{\"text\": \"bad metadata\", \"x\": [1,}\n"
      "{\"text\": \"   \"}\n"
      "{\"text\": \"good two\", \"date\": \"someday\"}\n";
  Collected c;
  read_jsonl(input, "news.jsonl", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].text, "good one");
  // A headline and no text: a document of its headline.
  EXPECT_EQ(c.docs[1].title, "no text here");
  EXPECT_EQ(c.docs[1].text, "");
  EXPECT_TRUE(c.docs[1].title_given);
  EXPECT_EQ(c.docs[2].text, "good two");
  EXPECT_EQ(c.docs[2].source, "news.jsonl:9");
  EXPECT_FALSE(c.docs[2].date.known());
  ASSERT_FALSE(c.docs[2].metadata.empty());
  EXPECT_EQ(c.docs[2].metadata.back(), (std::pair<std::string, std::string>{"date", "\"someday\""}));
  EXPECT_EQ(c.report.skipped_records, 4u);
  EXPECT_EQ(c.report.headline_only, 1u);
  EXPECT_EQ(c.report.ignored_records, 1u);  // the record with blank text and no title
  EXPECT_EQ(c.report.warnings, 2u);         // the first of those, and the date
  const auto& p = c.report.problems;
  ASSERT_EQ(p.size(), 6u);
  EXPECT_TRUE(p[0].rfind("news.jsonl:2: invalid JSON: ", 0) == 0) << p[0];
  EXPECT_EQ(p[1], "news.jsonl:4: not a JSON object");
  EXPECT_TRUE(p[2].rfind("news.jsonl:6: invalid JSON", 0) == 0) << p[2];
  EXPECT_TRUE(p[3].rfind("news.jsonl:7: invalid JSON", 0) == 0) << p[3];
  EXPECT_EQ(p[4], "news.jsonl:8: empty text and no title; records with neither text nor title are ignored (counted in the summary)");
  EXPECT_EQ(p[5], "news.jsonl:9: field 'date': cannot parse 'someday'");
}

TEST(IngestJsonl, DateOptionOverridesInputDates) {
  ReadOptions options;
  options.date = Date::from_number(20200102);
  Collected c;
  read_jsonl("{\"text\": \"t\", \"date\": \"2024-07-11\"}\n", "f", options, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].date.iso(), "2020-01-02");
}

TEST(IngestJsonl, CrLfLinesAndMissingFinalNewline) {
  Collected c;
  read_jsonl("{\"text\": \"a\"}\r\n{\"text\": \"b\"}", "f", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[1].text, "b");
}

TEST(IngestJsonl, Windows1252InputIsConverted) {
  Collected c;
  read_jsonl("{\"text\": \"\x93Quoted\x94 claim\"}\n", "f", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "\xE2\x80\x9CQuoted\xE2\x80\x9D claim");
  EXPECT_EQ(c.report.warnings, 1u);  // "converted from windows-1252"
}

TEST(IngestJsonl, HugeSingleLine) {
  std::string big(100u << 20, 'x');
  std::string line = "{\"text\": \"" + big + "\"}\n";
  big.clear();
  big.shrink_to_fit();
  Collected c;
  read_jsonl(line, "big.jsonl", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text.size(), 100u << 20);
}

TEST(IngestJson, ArrayOfRecords) {
  std::string input = R"([
  {"title": "FIRST\n", "body": "Body one.", "date": "26-FEB-1987 15:01:01.79", "topics": ["cocoa"], "id": "1"},
  {"title": "HEADLINE ONLY", "date": " 2-MAR-1987 10:00:00.00", "id": "2"},
  7,
  {"text": "Body three."}
])";
  Collected c;
  read_json(input, "r.json", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 3u);
  EXPECT_EQ(c.docs[0].title, "FIRST");
  EXPECT_EQ(c.docs[0].date.iso(), "1987-02-26");
  EXPECT_EQ(c.docs[0].source, "r.json[0]");
  EXPECT_EQ(c.docs[0].format, "json");
  EXPECT_EQ(c.docs[0].id, "1");
  EXPECT_EQ(c.docs[0].raw_offset(0), input.find("Body one."));
  EXPECT_EQ(c.docs[1].title, "HEADLINE ONLY");  // a headline-only record: its headline
  EXPECT_EQ(c.docs[1].id, "2");
  EXPECT_EQ(c.docs[2].source, "r.json[3]");
  EXPECT_EQ(c.docs[2].id.size(), 17u);  // a content hash
  EXPECT_EQ(c.report.skipped_records, 1u);  // the 7
  EXPECT_EQ(c.report.headline_only, 1u);
  EXPECT_EQ(c.report.ignored_records, 0u);
  EXPECT_EQ(c.report.problems[0], "r.json[2]: not a JSON object");
}

TEST(IngestJson, PrettyPrintedMetadataIsKeptOnOneLine) {
  // A JSON file as archives write it, indented over many lines: its arrays and objects
  // kept as metadata hold no line break, so that a JSON Lines event can carry them.
  const std::string input =
      "[\n  {\n    \"text\": \"A story.\",\n    \"topics\": [\n      \"trade\",\n      \"grain\"\n    ],\n"
      "    \"source\": {\n      \"desk\": \"economy\"\n    }\n  }\n]\n";
  Collected c;
  read_json(input, "pretty.json", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  using Meta = std::vector<std::pair<std::string, std::string>>;
  EXPECT_EQ(c.docs[0].metadata, (Meta{{"topics", "[\"trade\",\"grain\"]"}, {"source", "{\"desk\":\"economy\"}"}}));
  EXPECT_EQ(document_metadata_json(c.docs[0]).find('\n'), std::string::npos);
}

TEST(IngestJson, SingleObjectAndBrokenArray) {
  Collected one;
  read_json("{\"text\": \"only one\"}", "o.json", {}, one.sink(), one.report);
  ASSERT_EQ(one.docs.size(), 1u);
  EXPECT_EQ(one.docs[0].source, "o.json");

  Collected broken;
  read_json("[{\"text\": \"kept\"}, {\"text\": \"lost\" \"x\": 1}, {\"text\": \"after\"}]", "b.json", {},
            broken.sink(), broken.report);
  ASSERT_EQ(broken.docs.size(), 1u);
  EXPECT_EQ(broken.docs[0].text, "kept");
  EXPECT_EQ(broken.report.skipped_records, 1u);
  EXPECT_TRUE(contains(broken.report.problems[0], "b.json[1]: invalid JSON")) << broken.report.problems[0];

  Collected scalar;
  read_json("\"just a string\"", "s.json", {}, scalar.sink(), scalar.report);
  EXPECT_EQ(scalar.docs.size(), 0u);
  EXPECT_EQ(scalar.report.problems.at(0), "s.json: not a JSON array or object");
}

}  // namespace dyad
