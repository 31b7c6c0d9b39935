// Wire datelines: the shapes that are datelines, the ones that are not, and the
// cleaner cutting one off the lead paragraph. Lines written for these tests.
#include "clean/dateline.hpp"

#include <gtest/gtest.h>

#include "dyad/clean.hpp"

namespace dyad::clean {
namespace {

size_t dl(std::string_view p) { return dateline_length(p, lang::english()); }

TEST(Dateline, WireShapes) {
  EXPECT_EQ(dl("ANKARA, March 2 (Wire) - Syrian artillery shelled a post."), std::string_view("ANKARA, March 2 (Wire) -").size());
  EXPECT_EQ(dl("Caracas (AP) -- Police dispersed the crowd."), std::string_view("Caracas (AP) --").size());
  EXPECT_EQ(dl("CEBU CITY: The mayor said ..."), std::string_view("CEBU CITY:").size());
  EXPECT_EQ(dl("NEW YORK, Sept. 9 - Shares fell."), std::string_view("NEW YORK, Sept. 9 -").size());
  EXPECT_EQ(dl("Karstadt, March 4 \xE2\x80\x94 Talks began."), std::string_view("Karstadt, March 4 \xE2\x80\x94").size());
  // A place in capitals with its country or region, and a dash.
  EXPECT_EQ(dl("MARLOW, Ostrava \xE2\x80\x94 Police made arrests."), std::string_view("MARLOW, Ostrava \xE2\x80\x94").size());
  EXPECT_EQ(dl("MARLOW, North Ostrava (Wire) - Talks began."), std::string_view("MARLOW, North Ostrava (Wire) -").size());
  // A place alone in capitals and a hyphen set off by spaces, as a digest of briefs
  // starts each.
  EXPECT_EQ(dl("MARLOW - Valdoria sent troops."), std::string_view("MARLOW -").size());
  EXPECT_EQ(dl("NEW MARLOW - Crowds gathered."), std::string_view("NEW MARLOW -").size());
}

TEST(Dateline, NotDatelines) {
  EXPECT_EQ(dl("NATO-member Norway is willing to help."), 0u);
  EXPECT_EQ(dl("Russia: talks will resume."), 0u);         // a headline-style colon
  EXPECT_EQ(dl("Valdoria - the small republic - voted."), 0u);  // ordinary case, a hyphen
  EXPECT_EQ(dl("The government said on Monday it would act."), 0u);
  EXPECT_EQ(dl("ANKARA"), 0u);
  EXPECT_EQ(dl("MARLOW, Ostrava said it would act."), 0u);  // a list, then a clause
  EXPECT_EQ(dl("MARLOW, Ostrava - Police made arrests."), 0u);  // a hyphen needs a date or an agency
  EXPECT_EQ(dl("VLD - OST talks resumed."), 0u);                 // a short name and a hyphen: a pair
  EXPECT_EQ(dl("MARLOW-based firms grew."), 0u);
  EXPECT_EQ(dl(""), 0u);
}

TEST(Dateline, TheCleanerCutsItOffTheLead) {
  Document doc;
  doc.text = "KARSTADT, March 4 (Wire) - Valdoria and Ostrava agreed to hold talks.\n\nThe talks begin next week.";
  AnalyzedDocument out;
  BoilerplateCleaner().clean(doc, out);
  ASSERT_EQ(out.paragraphs.size(), 3u);
  auto text = [&](size_t i) { return doc.text.substr(out.paragraphs[i].begin, out.paragraphs[i].size()); };
  EXPECT_EQ(text(0), "KARSTADT, March 4 (Wire) -");
  EXPECT_EQ(text(1), "Valdoria and Ostrava agreed to hold talks.");
  CleanOptions keep;
  keep.split_dateline = false;
  AnalyzedDocument whole;
  BoilerplateCleaner(keep).clean(doc, whole);
  EXPECT_EQ(whole.paragraphs.size(), 2u);
  // Control bytes after the dateline are trimmed like blanks: the story's paragraph
  // starts with its first visible byte (a fuzzing find).
  doc.text = std::string("CEBU CITY: \0\0 Police made arrests.", 34);
  AnalyzedDocument ctl;
  BoilerplateCleaner().clean(doc, ctl);
  ASSERT_EQ(ctl.paragraphs.size(), 2u);
  EXPECT_EQ(doc.text[ctl.paragraphs[1].begin], 'P');
}

TEST(Dateline, TopicListsAndCorrectionsAreFurniture) {
  Document doc;
  doc.text =
      "Valdoria and Ostrava agreed on Tuesday to hold talks next week, officials in both capitals said.\n\n"
      "The talks will be held in a neutral city, the foreign ministry of Valdoria said in a statement.\n\n"
      "Correction: An earlier version of this story misstated the date of the talks.\n\n"
      "Topics:\n\nDiplomacy\n\nValdoria\n\nOstrava";
  AnalyzedDocument out;
  BoilerplateCleaner().clean(doc, out);
  ASSERT_EQ(out.paragraphs.size(), 2u);
}

}  // namespace
}  // namespace dyad::clean
