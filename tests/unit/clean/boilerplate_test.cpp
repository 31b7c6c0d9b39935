// Tests of paragraph finding and boilerplate removal on pages written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/clean.hpp"

namespace dyad {
namespace {

std::vector<std::string> paragraphs_of(const std::string& text) {
  std::vector<ParagraphBlock> blocks;
  ParagraphSplitter().split(text, Span{0, static_cast<uint32_t>(text.size())}, blocks);
  std::vector<std::string> out;
  for (const auto& b : blocks) out.emplace_back(text.substr(b.span.begin, b.span.size()));
  return out;
}

struct Cleaned {
  std::string title;
  std::vector<std::string> kept;
  std::vector<std::string> removed;
};

Cleaned clean(const std::string& text, const std::string& given_title = "") {
  Document doc;
  doc.text = text;
  doc.title = given_title;
  doc.title_given = !given_title.empty();
  AnalyzedDocument a;
  BoilerplateCleaner().clean(doc, a);
  Cleaned c;
  c.title = a.title;
  for (const auto& s : a.paragraphs) c.kept.emplace_back(text.substr(s.begin, s.size()));
  for (const auto& r : a.removed) c.removed.emplace_back(text.substr(r.span.begin, r.span.size()));
  return c;
}

TEST(ParagraphSplitter, OneParagraphPerLine) {
  auto p = paragraphs_of("Heavy rain hit the coast on Monday.\nOfficials said roads were closed.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[1], "Officials said roads were closed.");
}

TEST(ParagraphSplitter, BlankLinesSeparateParagraphs) {
  auto p = paragraphs_of("  First paragraph here.  \n\n\n Second one.\n");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "First paragraph here.");
  EXPECT_EQ(p[1], "Second one.");
}

TEST(ParagraphSplitter, HardWrappedWireCopyWithIndentedParagraphs) {
  const std::string text =
      "The central bank of Ruritania raised its main lending rate by\n"
      "half a point on Tuesday, citing a sharp rise in food prices and\n"
      "a weaker currency, officials said in the capital.\n"
      "    The governor told reporters that further increases could not\n"
      "be ruled out if inflation stayed above the target for long.\n"
      "    Analysts had expected the move.\n"
      "\n Reuter\n\x03";
  auto p = paragraphs_of(text);
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].substr(0, 20), "The central bank of ");
  EXPECT_NE(p[0].find("weaker currency, officials said in the capital."), std::string::npos);
  EXPECT_EQ(p[1].substr(0, 12), "The governor");
  EXPECT_EQ(p[2], "Analysts had expected the move.");
  EXPECT_EQ(p[3], "Reuter");
}

TEST(ParagraphSplitter, ControlBytesAndWhitespaceOnlyMakeNoParagraph) {
  EXPECT_TRUE(paragraphs_of("").empty());
  EXPECT_TRUE(paragraphs_of(" \n\t\n\x03\n").empty());
}

TEST(BoilerplateCleaner, DonationAppealBetweenHeadlineAndStory) {
  const std::string text =
      "Ministers clash over water treaty as drought deepens\n"
      "Help fund our reporting\n"
      "from the front lines\n"
      "Learn moreDismiss\n"
      "We rely on readers like you to keep our newsroom independent.\n"
      "Give once or give monthly: every donation makes a difference.\n"
      "The foreign ministers of Valdoria and Ostrava traded accusations on Monday over the shared river.\n"
      "Valdoria said its neighbour had broken the 1998 treaty by building two new dams upstream.\n";
  Cleaned c = clean(text);
  EXPECT_EQ(c.title, "Ministers clash over water treaty as drought deepens");
  ASSERT_EQ(c.kept.size(), 2u);
  EXPECT_EQ(c.kept[0].substr(0, 25), "The foreign ministers of ");
  EXPECT_EQ(c.removed.size(), 5u);
}

TEST(BoilerplateCleaner, CookieBannerAndNewsletterBox) {
  const std::string text =
      "We use cookies to personalise content and analyse our traffic. By continuing to browse, you agree to our cookie policy.\n"
      "Accept all\n"
      "Manage preferences\n"
      "Port workers strike for a third day\n"
      "Dock workers in the port city stayed off the job for a third day on Wednesday, halting container traffic.\n"
      "The union said talks with the port authority had collapsed over pay.\n"
      "Get the morning briefing\n"
      "Sign up for our newsletter and get the top stories delivered to your inbox.\n"
      "Enter your email address\n";
  Cleaned c = clean(text);
  EXPECT_EQ(c.title, "Port workers strike for a third day");
  ASSERT_EQ(c.kept.size(), 2u);
  EXPECT_EQ(c.kept[1], "The union said talks with the port authority had collapsed over pay.");
}

TEST(BoilerplateCleaner, BylineShareBarRelatedListAndSignOff) {
  const std::string text =
      "Border talks resume after six-month pause\n\n"
      "By Amara Okafor and Liu Wen\n\n"
      "Share on Facebook\n\nCopy link\n\n"
      "Negotiators from the two countries met in Geneva on Friday for the first time since March.\n\n"
      "A spokesman for the mediators described the meeting as constructive.\n\n"
      "Related\n\n"
      "Army reshuffle ahead of border talks\n\n"
      "Timeline: a decade of border disputes\n\n"
      "(Reporting by Amara Okafor; Editing by Tom Hale)\n";
  Cleaned c = clean(text);
  EXPECT_EQ(c.title, "Border talks resume after six-month pause");
  ASSERT_EQ(c.kept.size(), 2u) << (c.kept.size() > 2 ? c.kept[2] : "");
  EXPECT_EQ(c.kept[0].substr(0, 15), "Negotiators fro");
  EXPECT_EQ(c.kept[1], "A spokesman for the mediators described the meeting as constructive.");
}

TEST(BoilerplateCleaner, NewsAboutSubscriptionsAndQuotesIsKept) {
  const std::string text =
      "Streaming firm cuts prices\n"
      "The company said its subscription revenue fell 4 percent in the quarter as users cancelled plans.\n"
      "\"Our mission is to keep our viewers,\" the chief executive told analysts on a call.\n"
      "Regulators are investigating how the firm used cookies to track customers across sites.\n";
  Cleaned c = clean(text);
  EXPECT_EQ(c.kept.size(), 3u);
  EXPECT_TRUE(c.removed.empty());
}

TEST(BoilerplateCleaner, GivenTitleRepeatedAsFirstLineIsDropped) {
  Cleaned c = clean("Floods in the north\nRivers burst their banks overnight.\n", "Floods in the north");
  EXPECT_EQ(c.title, "Floods in the north");
  ASSERT_EQ(c.kept.size(), 1u);
  EXPECT_EQ(c.kept[0], "Rivers burst their banks overnight.");
}

TEST(BoilerplateCleaner, SingleLineIsBodyNotTitle) {
  Cleaned c = clean("Protesters marched on parliament in the capital on Sunday");
  EXPECT_TRUE(c.title.empty());
  ASSERT_EQ(c.kept.size(), 1u);
}

TEST(BoilerplateCleaner, KeepBoilerplateOptionKeepsEverything) {
  Document doc;
  doc.text = "Headline here\nSubscribe now for unlimited access.\nThe story itself.\n";
  CleanOptions o;
  o.remove_boilerplate = false;
  AnalyzedDocument a;
  BoilerplateCleaner(o).clean(doc, a);
  EXPECT_EQ(a.paragraphs.size(), 2u);  // the headline became the title
  EXPECT_TRUE(a.removed.empty());
}

}  // namespace
}  // namespace dyad
