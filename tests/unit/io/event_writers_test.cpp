// Event writers and their registry: every registered format, made by name, prints
// the columns its consumers expect; begin() prints a header only where asked; the
// GDELT and Phoenix ids count from 1 in each writer; unknown names are errors that
// list the registered ones.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/event_writer.hpp"

namespace dyad {
namespace {

Event sample() {
  Event e;
  e.doc_id = "d1";
  e.sentence = 2;
  e.date = Date::from_number(20240711);
  e.source = {"CHNGOV", "the Chinese government", {0, 3}, "CHINA (actors.txt:9)"};
  e.target = {"IGOWSTNAT", "NATO", {4, 5}, "NATO (actors.txt:40)"};
  e.cameo = "112";
  fill_cameo_fields(e);
  e.text = "The Chinese government accused NATO \"again\", twice.";
  e.verb = {3, 4};
  e.verb_text = "accused";
  e.url = "https://example.org/a";
  e.outlet = "example.org";
  e.coded_at = "2026-12-07T06:50:01Z";
  return e;
}

// Runs one writer over `events`: begin, write each, end.
std::string run_writer(std::string_view format, const std::vector<Event>& events, bool header = false) {
  std::ostringstream os;
  auto w = make_event_writer(format, os, {.header = header});
  EXPECT_TRUE(w.ok()) << w.message();
  if (!w.ok()) return {};
  (*w)->begin();
  for (const Event& e : events) (*w)->write(e);
  (*w)->end();
  return os.str();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == sep) out.emplace_back();
    else out.back() += c;
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> lines = split(s, '\n');
  EXPECT_EQ(lines.back(), "") << "output must end with a line break";
  lines.pop_back();
  return lines;
}

TEST(EventWriterRegistry, ListsTheFormatsInHelpOrder) {
  EXPECT_EQ(event_format_names(),
            (std::vector<std::string_view>{"jsonl", "tsv", "csv", "gdelt", "gdelt-mentions", "phoenix"}));
  for (std::string_view name : event_format_names()) {
    std::ostringstream os;
    EXPECT_TRUE(make_event_writer(name, os).ok()) << name;
  }
}

TEST(EventWriterRegistry, JsonIsAnAliasOfJsonl) {
  EXPECT_EQ(run_writer("json", {sample()}), run_writer("jsonl", {sample()}));
}

TEST(EventWriterRegistry, UnknownFormatNamesTheKnownOnes) {
  std::ostringstream os;
  auto w = make_event_writer("xml", os);
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.message().find("'xml'"), std::string::npos) << w.message();
  EXPECT_NE(w.message().find("jsonl, tsv, csv, gdelt, gdelt-mentions, phoenix"), std::string::npos) << w.message();
  EXPECT_FALSE(make_event_writer("", os).ok());
  EXPECT_FALSE(make_event_writer("TSV", os).ok());  // names are exact, as --format always took them
}

TEST(EventWriters, JsonlHasTheStableFields) {
  const std::string out = run_writer("jsonl", {sample()});
  ASSERT_EQ(lines_of(out).size(), 1u);
  for (const char* key : {"\"doc_id\":\"d1\"", "\"sentence\":2", "\"date\":\"2024-07-11\"", "\"source\":{\"code\":\"CHNGOV\"",
                          "\"target\":{\"code\":\"IGOWSTNAT\"", "\"cameo\":\"112\"", "\"root\":\"11\"", "\"quad\":3",
                          "\"goldstein\":-2.0", "\"plover\":\"ACCUSE\"", "\"evidence\":{", "\"verb_span\":[3,4]",
                          "\\\"again\\\"", "\"url\":\"https://example.org/a\""}) {
    EXPECT_NE(out.find(key), std::string::npos) << key << " in " << out;
  }
  EXPECT_EQ(out.find("\"issues\""), std::string::npos) << "no issues, no key";
}

TEST(EventWriters, JsonlMetadataStaysOnTheEventsLine) {
  // Metadata stored as a record had it, indented over lines: one event, one line.
  Event e = sample();
  e.metadata = "{\n  \"topics\": [\n    \"trade\"\n  ]\r\n}";
  const std::string out = run_writer("jsonl", {e});
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1);
  EXPECT_EQ(out.find('\r'), std::string::npos);
  EXPECT_NE(out.find("\"metadata\":{   \"topics\": [     \"trade\"   ]  }"), std::string::npos) << out;
}

TEST(EventWriters, GdeltRowHas61Columns) {
  const std::vector<std::string> rows = lines_of(run_writer("gdelt", {sample()}));
  ASSERT_EQ(rows.size(), 1u);
  const std::vector<std::string> cols = split(rows[0], '\t');
  ASSERT_EQ(cols.size(), 61u);
  EXPECT_EQ(cols[0], std::to_string(event_id(sample())));  // GLOBALEVENTID: the stable id
  EXPECT_EQ(cols[1], "20240711");
  EXPECT_EQ(cols[5], "CHNGOV");
  EXPECT_EQ(cols[7], "CHN");       // Actor1CountryCode
  EXPECT_EQ(cols[12], "GOV");      // Actor1Type1Code
  EXPECT_EQ(cols[18], "IGO");      // Actor2KnownGroupCode
  EXPECT_EQ(cols[26], "112");      // EventCode
  EXPECT_EQ(cols[28], "11");       // EventRootCode
  EXPECT_EQ(cols[29], "3");        // QuadClass
  EXPECT_EQ(cols[59], "20261207065001");  // DATEADDED
  EXPECT_EQ(cols[60], "https://example.org/a");
}

TEST(EventWriters, GdeltNamesActorsAsTheDictionaryDoes) {
  Event e = sample();
  e.source.name = "CHINA";
  const std::vector<std::string> cols = split(lines_of(run_writer("gdelt", {e}))[0], '\t');
  EXPECT_EQ(cols[6], "CHINA");  // Actor1Name: the dictionary's name
  EXPECT_EQ(cols[16], "NATO");  // Actor2Name: no name known, the mention's words in upper case
  EXPECT_NE(run_writer("jsonl", {e}).find("\"name\":\"CHINA\""), std::string::npos);
}

TEST(EventWriters, GdeltWritesARoleOfNoCountryAsGdeltDoes) {
  Event e = sample();
  e.source.code = "---COP";
  const std::vector<std::string> cols = split(lines_of(run_writer("gdelt", {e}))[0], '\t');
  EXPECT_EQ(cols[5], "COP");   // Actor1Code
  EXPECT_EQ(cols[7], "");      // Actor1CountryCode
  EXPECT_EQ(cols[8], "");      // Actor1KnownGroupCode
  EXPECT_EQ(cols[12], "COP");  // Actor1Type1Code
}

TEST(EventWriters, PhoenixRowHas26Columns) {
  const std::vector<std::string> rows = lines_of(run_writer("phoenix", {sample()}));
  ASSERT_EQ(rows.size(), 1u);
  const std::vector<std::string> cols = split(rows[0], '\t');
  ASSERT_EQ(cols.size(), 26u);
  EXPECT_EQ(cols[0], std::to_string(event_id(sample())));
  EXPECT_EQ(cols[1], "20240711");
  EXPECT_EQ(cols[15], "3");  // PentaClass of root 11: verbal conflict
  EXPECT_EQ(cols[23], "d1_2");
  EXPECT_EQ(cols[25], "example.org");  // NewsSources: the outlet
}

TEST(EventWriters, GdeltAndPhoenixIdsAreTheEventsOwn) {
  // The same event has the same id in every writer and run; another event another.
  Event other = sample();
  other.cameo = "111";
  for (std::string_view format : {"gdelt", "gdelt-mentions", "phoenix"}) {
    std::vector<std::string> ids;
    for (int run = 0; run < 2; ++run) {
      for (const std::string& row : lines_of(run_writer(format, {sample(), other}))) ids.push_back(split(row, '\t')[0]);
    }
    ASSERT_EQ(ids.size(), 4u) << format;
    EXPECT_EQ(ids[0], ids[2]) << format;
    EXPECT_EQ(ids[1], ids[3]) << format;
    EXPECT_NE(ids[0], ids[1]) << format;
  }
}

TEST(EventWriters, GdeltMentionsLinkAnEventToItsSentence) {
  Event e = sample();
  e.source.chars = {12, 34};
  e.verb_chars = {35, 42};
  e.target.chars = {43, 47};
  e.confidence = 0.77;
  const std::vector<std::string> rows = lines_of(run_writer("gdelt-mentions", {e}));
  ASSERT_EQ(rows.size(), 1u);
  const std::vector<std::string> cols = split(rows[0], '\t');
  ASSERT_EQ(cols.size(), 16u);
  EXPECT_EQ(cols[0], std::to_string(event_id(e)));  // the GDELT row's GLOBALEVENTID
  EXPECT_EQ(cols[1], "20261207065001");
  EXPECT_EQ(cols[3], "1");                      // WEB: it has a URL
  EXPECT_EQ(cols[4], "example.org");
  EXPECT_EQ(cols[5], "https://example.org/a");
  EXPECT_EQ(cols[6], "3");                      // sentence 2, counted from 1 as GDELT does
  EXPECT_EQ(cols[7], "12");
  EXPECT_EQ(cols[8], "43");
  EXPECT_EQ(cols[9], "35");
  EXPECT_EQ(cols[11], "77");
  // Unknown offsets are -1; a title event is sentence 0; without a URL, the doc id.
  Event t = sample();
  t.from_title = true;
  t.url.clear();
  const std::vector<std::string> tc = split(lines_of(run_writer("gdelt-mentions", {t}))[0], '\t');
  EXPECT_EQ(tc[5], "d1");
  EXPECT_EQ(tc[6], "0");
  EXPECT_EQ(tc[7], "-1");
}

TEST(EventIds, DependOnDocumentSentenceSidesAndCodeOnly) {
  const Event a = sample();
  Event b = a;
  b.text = "another wording";
  b.confidence = 0.5;
  b.coded_at = "2030-01-01T00:00:00Z";
  EXPECT_EQ(event_id(a), event_id(b));
  for (auto change : std::vector<void (*)(Event&)>{
           [](Event& e) { e.doc_id = "d2"; }, [](Event& e) { e.sentence = 3; }, [](Event& e) { e.from_title = true; },
           [](Event& e) { e.source.code = "CHN"; }, [](Event& e) { e.target.code = "USA"; },
           [](Event& e) { e.cameo = "1121"; }}) {
    Event c = a;
    change(c);
    EXPECT_NE(event_id(a), event_id(c));
  }
  EXPECT_LT(event_id(a), uint64_t{1} << 63);  // a positive signed 64-bit integer
}

TEST(EventWriters, TsvAndCsvShareTheirColumns) {
  const std::vector<std::string> tsv = lines_of(run_writer("tsv", {sample()}, true));
  const std::vector<std::string> csv = lines_of(run_writer("csv", {sample()}, true));
  ASSERT_EQ(tsv.size(), 2u);
  ASSERT_EQ(csv.size(), 2u);
  EXPECT_EQ(tsv[0],
            "doc_id\tsentence\tdate\tsource\ttarget\tcameo\troot\tquad\tgoldstein\tplover\tsource_text\ttarget_text\t"
            "verb\tnegated\ttext");
  EXPECT_EQ(split(csv[0], ','), split(tsv[0], '\t'));
  EXPECT_EQ(split(tsv[1], '\t').size(), 15u);
  EXPECT_EQ(tsv[1],
            "d1\t2\t2024-07-11\tCHNGOV\tIGOWSTNAT\t112\t11\t3\t-2.0\tACCUSE\tthe Chinese government\tNATO\taccused\t0\t"
            "\"The Chinese government accused NATO \"\"again\"\", twice.\"");  // quoted: it holds quotes
  // RFC 4180: the sentence holds a comma and quotes, so it is quoted with inner quotes doubled.
  EXPECT_EQ(csv[1],
            "d1,2,2024-07-11,CHNGOV,IGOWSTNAT,112,11,3,-2.0,ACCUSE,the Chinese government,NATO,accused,0,"
            "\"The Chinese government accused NATO \"\"again\"\", twice.\"");
}

TEST(EventWriters, CsvCellsThatWouldRunAsFormulasArePlainText) {
  Event e = sample();
  e.text = "=HYPERLINK(\"http://x\")";
  e.source.text = "@SUM(A1)";
  e.target.text = "+cmd";
  const std::vector<std::string> csv = lines_of(run_writer("csv", {e}));
  ASSERT_EQ(csv.size(), 1u);
  EXPECT_NE(csv[0].find(",'@SUM(A1),'+cmd,"), std::string::npos) << csv[0];
  EXPECT_NE(csv[0].find(",\"'=HYPERLINK(\"\"http://x\"\")\""), std::string::npos) << csv[0];
  EXPECT_NE(csv[0].find(",-2.0,"), std::string::npos) << csv[0];  // numbers stay numbers
}

TEST(EventWriters, TabsAndLineBreaksStayInsideTheirTsvField) {
  Event e = sample();
  e.text = "Line one\nline\ttwo";
  const std::vector<std::string> rows = lines_of(run_writer("tsv", {e}));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(split(rows[0], '\t').back(), "Line one line two");
}

TEST(EventWriters, OnlyTsvAndCsvPrintAHeaderAndOnlyWhenAsked) {
  for (std::string_view name : event_format_names()) {
    EXPECT_EQ(run_writer(name, {}, false), "") << name;
    const bool has_header = name == "tsv" || name == "csv";
    EXPECT_EQ(run_writer(name, {}, true).empty(), !has_header) << name;
  }
}

}  // namespace
}  // namespace dyad
