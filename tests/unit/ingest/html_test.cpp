// HTML extraction on pages written for these tests (tests/data/ingest/*.html):
// body paragraphs kept, boilerplate gone, title / date / URL found.
#include <gtest/gtest.h>

#include <chrono>

#include "dyad/ingest.hpp"
#include "ingest_test_support.hpp"

namespace dyad {

using testing::Collected;
using testing::contains;
using testing::read_test_file;

namespace {
std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find("\n\n", pos);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 2;
  }
  return out;
}
}  // namespace

TEST(IngestHtml, ArticlePageWithBoilerplate) {
  std::string html = read_test_file("article_with_boilerplate.html");
  ASSERT_FALSE(html.empty());
  HtmlArticle a = extract_html_article(html);
  EXPECT_EQ(a.title, "Harbour talks resume between Norland and Estavia");
  EXPECT_EQ(a.date.iso(), "2024-03-05");
  EXPECT_EQ(a.url, "https://ledger.example.com/world/harbour-talks-resume");  // canonical beats og:url

  std::vector<std::string> p = paragraphs(a.text);
  ASSERT_EQ(p.size(), 6u) << a.text;
  EXPECT_EQ(p[0], "Negotiators from Norland and Estavia met again on Tuesday in the border town of Kessel, "
                  "ending a four-month pause in talks over control of the shared harbour.");
  EXPECT_EQ(p[1], "Norland's foreign minister, Ilse Varga, said her government was \xE2\x80\x9Cready to sign a "
                  "framework within weeks\xE2\x80\x9D if Estavia withdrew its patrol boats from the northern channel.");
  EXPECT_EQ(p[4], "Mediators cautious");
  EXPECT_TRUE(contains(p[5], "fishing rights"));
  for (const char* boilerplate : {"cookies", "Accept all", "Politics", "Daily Ledger", "Mara Quell", "Share on",
                                  "Photo:", "newsletter", "Subscribe", "Advertisement", "Related stories",
                                  "coast guard", "Most read", "rights reserved", "Contact", "dataLayer",
                                  "font-family", "Harbour talks resume"})
    EXPECT_FALSE(contains(a.text, boilerplate)) << boilerplate << " in:\n" << a.text;

  // Anchors lead every paragraph back to its place in the HTML.
  Document d;
  d.text = a.text;
  d.raw_map = a.raw_map;
  for (const char* probe : {"Negotiators", "ready to sign", "framework within", "Estavian officials", "Mediators from"}) {
    size_t t = a.text.find(probe);
    ASSERT_NE(t, std::string::npos) << probe;
    EXPECT_EQ(html.compare(d.raw_offset(static_cast<uint32_t>(t)), strlen(probe), probe), 0) << probe;
  }
}

TEST(IngestHtml, DateOnlyInJsonLdGraph) {
  HtmlArticle a = extract_html_article(read_test_file("jsonld_date.html"));
  EXPECT_EQ(a.date.iso(), "2023-09-14");
  EXPECT_EQ(a.title, "Senate rejects budget amendment on rural schools");  // JSON-LD headline
  EXPECT_TRUE(contains(a.text, "The Senate voted 52 to 47 on Thursday"));
  EXPECT_TRUE(contains(a.text, "We are asking children to ride two hours a day"));
  EXPECT_TRUE(contains(a.text, "Opponents said the cost"));
  for (const char* boilerplate : {"Log in", "Politics", "Comments", "disgrace", "ignored for decades", "Dana Ortiz"})
    EXPECT_FALSE(contains(a.text, boilerplate)) << boilerplate << " in:\n" << a.text;
}

TEST(IngestHtml, DateOnlyInTimeElementAndNoArticleTag) {
  HtmlArticle a = extract_html_article(read_test_file("time_date.html"));
  EXPECT_EQ(a.date.iso(), "2023-11-20");
  EXPECT_EQ(a.title, "Flood relief convoy reaches Delmar valley");  // the <h1> inside "<title>... :: Site"
  std::vector<std::string> p = paragraphs(a.text);
  ASSERT_EQ(p.size(), 3u) << a.text;
  EXPECT_TRUE(p[0].rfind("A convoy of twenty trucks", 0) == 0);
  EXPECT_TRUE(p[2].rfind("Aid groups estimate", 0) == 0);
  for (const char* boilerplate : {"Home", "Weather", "Posted", "Read more", "More news", "Council approves",
                                  "Privacy", "Riverside Herald"})
    EXPECT_FALSE(contains(a.text, boilerplate)) << boilerplate << " in:\n" << a.text;
}

TEST(IngestHtml, TableLayoutWithBreaksAndNoParagraphTags) {
  HtmlArticle a = extract_html_article(read_test_file("no_article_tag.html"));
  EXPECT_EQ(a.title, "Minister resigns over procurement inquiry");
  EXPECT_EQ(a.date.iso(), "");
  std::vector<std::string> p = paragraphs(a.text);
  ASSERT_EQ(p.size(), 4u) << a.text;
  EXPECT_EQ(p[0], "Minister resigns over procurement inquiry");
  EXPECT_TRUE(p[1].rfind("The defence minister of Valdoria", 0) == 0);
  EXPECT_TRUE(p[3].rfind("Opposition parties called", 0) == 0);
  for (const char* boilerplate : {"Front page", "Archive", "Copyright", "Terms of use"})
    EXPECT_FALSE(contains(a.text, boilerplate)) << boilerplate << " in:\n" << a.text;
}

TEST(IngestHtml, ReadHtmlFillsTheDocument) {
  std::string html = read_test_file("article_with_boilerplate.html");
  Collected c;
  read_html(html, "page.html", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.format, "html");
  EXPECT_EQ(d.source, "page.html");
  EXPECT_TRUE(d.title_given);
  EXPECT_EQ(d.date.iso(), "2024-03-05");
  EXPECT_EQ(d.url, "https://ledger.example.com/world/harbour-talks-resume");
  EXPECT_EQ(d.id.size(), 17u);
  EXPECT_EQ(d.id[0], 'd');
}

TEST(IngestHtml, DeclaredCharsetAndEntities) {
  std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
      "<body><p>The envoy said \x93we will return\x94 &amp; left Montr\xE9" "al on Sunday, officials said.</p></body></html>";
  Collected c;
  read_html(html, "p.html", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text,
            "The envoy said \xE2\x80\x9Cwe will return\xE2\x80\x9D & left Montr\xC3\xA9\x61l on Sunday, officials said.");
  size_t left = c.docs[0].text.find("left");
  EXPECT_EQ(c.docs[0].raw_offset(static_cast<uint32_t>(left)), html.find("left"));
}

TEST(IngestHtml, EmptyAndTextlessPagesAreSkipped) {
  Collected c;
  read_html("   ", "empty.html", {}, c.sink(), c.report);
  read_html("<html><head><title>Only a title</title></head><body><script>x()</script></body></html>", "bare.html",
            {}, c.sink(), c.report);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.report.problems.size(), 2u);
  EXPECT_EQ(c.report.problems[0], "empty.html: empty input");
  EXPECT_EQ(c.report.problems[1], "bare.html: no article text found in the HTML");
}

TEST(IngestHtml, DeepNestingIsParsedWithoutRecursion) {
  std::string html;
  for (int i = 0; i < 2500; ++i) html += "<div>";
  html += "<p>Deep inside the nesting, a sentence about talks, with commas, survives.</p>";
  Collected c;
  read_html(html, "deep.html", {}, c.sink(), c.report);
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(contains(c.docs[0].text, "a sentence about talks"));
}

TEST(IngestHtml, AbsurdNestingIsRefusedQuickly) {
  // gumbo's time grows with the square of the depth; such pages are skipped.
  std::string html;
  for (int i = 0; i < 100000; ++i) html += "<ul><li>";
  html += "<p>Never parsed.</p>";
  Collected c;
  auto start = std::chrono::steady_clock::now();
  read_html(html, "deep.html", {}, c.sink(), c.report);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 5.0);
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.report.problems.at(0), "deep.html: HTML nested more than 3000 levels deep; not parsed");
  // Many implicitly closed paragraphs and void elements are not nesting.
  std::string flat;
  for (int i = 0; i < 20000; ++i) flat += "<p>Line, with a comma.<br><img src=x>";
  EXPECT_FALSE(extract_html_article(flat).text.empty());
}

}  // namespace dyad
