// event_confidence: an event found on the sentence's own words is trusted most, and
// each step away from them -- a country from the story's memory or its dateline, a
// guessed passive source, a repaired parse, a headline, a vaguer code -- lowers it.
#include <gtest/gtest.h>

#include "dyad/code.hpp"

namespace dyad {
namespace {

Event direct() {
  Event e;
  e.source = {"VLDGOV", "the Valdorian government", {0, 3}, "VALDORIAN (test:1) + GOVERNMENT (test:2)"};
  e.target = {"OST", "Ostrava", {4, 5}, "OSTRAVA (test:3)"};
  e.cameo = "190";
  e.root = "19";
  e.rule = "subject-object";
  return e;
}

TEST(EventConfidence, TheSentencesOwnWordsAreTrustedMost) {
  const double base = event_confidence(direct());
  EXPECT_DOUBLE_EQ(base, 0.9);
  Event e = direct();
  e.source.entry = "document memory: Valdoria (sentence 2)";
  const double memory = event_confidence(e);
  EXPECT_LT(memory, base);
  e.target.entry = "GOVERNMENT (test:2) + the story's country: named 3 times before";
  EXPECT_LT(event_confidence(e), memory);
  e = direct();
  e.rule = "passive-no-agent+speaker";
  EXPECT_LT(event_confidence(e), 0.7);
  e = direct();
  e.rule = "subject-object+repaired-parse";
  EXPECT_LT(event_confidence(e), base);
  e = direct();
  e.rule = "title; subject-object";
  e.from_title = true;
  EXPECT_LT(event_confidence(e), base);
  e = direct();
  e.cameo = "010";
  EXPECT_LT(event_confidence(e), base);
  e = direct();
  e.target.code = "---MIL";
  EXPECT_LT(event_confidence(e), 0.6);
}

TEST(EventConfidence, StaysBetweenZeroAndOne) {
  Event e = direct();
  e.rule = "title; passive-no-agent+speaker+repaired-parse; target: the act's author";
  e.from_title = true;
  e.negated = true;
  e.source = {"---", "", {0, 0}, ""};
  e.target.entry = "document memory: x + sentence context: y";
  const double c = event_confidence(e);
  EXPECT_GE(c, 0.0);
  EXPECT_LT(c, 0.1);
}

}  // namespace
}  // namespace dyad
