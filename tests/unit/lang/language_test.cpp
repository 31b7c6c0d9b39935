// Language: the English record is complete (every list the stages read is filled)
// and the calendar helpers read it as the date parsers expect.
#include "lang/language.hpp"

#include <gtest/gtest.h>

namespace dyad::lang {
namespace {

TEST(Language, EnglishFillsEveryListTheStagesRead) {
  const Language& en = english();
  EXPECT_EQ(en.code, "en");
  EXPECT_EQ(en.calendar.months.size(), 12u);
  EXPECT_EQ(en.calendar.weekdays.size(), 7u);
  EXPECT_FALSE(en.calendar.count_words.empty());
  EXPECT_FALSE(en.boilerplate.cues.empty());
  EXPECT_FALSE(en.boilerplate.reader_address.empty());
  EXPECT_FALSE(en.coder.speech_lemmas.empty());
  EXPECT_FALSE(en.coder.finite_verb_tags.empty());
  EXPECT_FALSE(en.names.titles.empty());
  ASSERT_NE(en.inflection.verb_forms, nullptr);
  ASSERT_NE(en.inflection.plural, nullptr);
  ASSERT_NE(en.inflection.is_regular_inflection, nullptr);
}

TEST(Language, CalendarWords) {
  const CalendarWords& c = english().calendar;
  EXPECT_EQ(c.month("july"), 7);
  EXPECT_EQ(c.month("jul."), 7);
  EXPECT_EQ(c.month("sept"), 9);
  EXPECT_EQ(c.month("may"), 5);
  EXPECT_EQ(c.month("julyy"), 0);
  EXPECT_EQ(c.weekday("thursday"), 3);
  EXPECT_EQ(c.weekday("thu"), -1);  // full names only
  EXPECT_TRUE(c.weekday_prefix("thu"));
  EXPECT_TRUE(c.weekday_prefix("thurs"));
  EXPECT_FALSE(c.weekday_prefix("th"));
  EXPECT_EQ(number_of("yesterday", c.day_words, 99), -1);
  EXPECT_EQ(number_of("someday", c.day_words, 99), 99);
}

TEST(Language, EnglishInflection) {
  const Inflection& i = english().inflection;
  auto forms = i.verb_forms("deny");
  EXPECT_NE(std::find(forms.begin(), forms.end(), "DENIED"), forms.end());
  EXPECT_NE(std::find(forms.begin(), forms.end(), "DENYING"), forms.end());
  EXPECT_EQ(i.plural("ambassador"), "AMBASSADORS");
  EXPECT_EQ(i.plural("embassy"), "EMBASSIES");
  EXPECT_TRUE(i.is_regular_inflection("LABELLED", "LABEL"));
  EXPECT_TRUE(i.is_regular_inflection("ACCUSED", "ACCUSE"));
  EXPECT_FALSE(i.is_regular_inflection("WENT", "GO"));
}

TEST(Language, NameWordsGiveRoles) {
  const NameWords& n = english().names;
  const std::string_view* role = code_of("minister", n.offices);
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(*role, "GOV");
  role = code_of("mr", n.titles);
  ASSERT_NE(role, nullptr);
  EXPECT_EQ(*role, "");  // a title with no role
  EXPECT_EQ(code_of("banana", n.titles), nullptr);
}

}  // namespace
}  // namespace dyad::lang
