// How headlines are read before analysis: sentence case for capitals, a comma list of
// names as a coordination. Headlines written for these tests.
#include "pipeline/headline.hpp"

#include <gtest/gtest.h>

namespace dyad::pipeline {
namespace {

TEST(Headline, CapitalsAreReadInSentenceCase) {
  EXPECT_EQ(headline_reading("VALDORIA READY TO ESCORT OSTRAVAN SHIPS"), "Valdoria ready to escort ostravan ships");
  EXPECT_EQ(headline_reading("Valdoria ready to escort ships"), "Valdoria ready to escort ships");
}

TEST(Headline, ACommaListOfNamesIsACoordination) {
  EXPECT_EQ(headline_reading("Valdoria, Ostrava sign border pact"), "Valdoria and Ostrava sign border pact");
  EXPECT_EQ(headline_reading("Ana Carnel, Ostravan leader meet in Morava"), "Ana Carnel and Ostravan leader meet in Morava");
  EXPECT_EQ(headline_reading("New Valdoria, Ostrava trade fire"), "New Valdoria and Ostrava trade fire");
}

TEST(Headline, OtherCommasStay) {
  // An apposition, a place after the comma, a title-case headline, running words first.
  EXPECT_EQ(headline_reading("Carnel, Valdoria's leader, visits Ostrava"), "Carnel, Valdoria's leader, visits Ostrava");
  EXPECT_EQ(headline_reading("Carnel, in Ostrava, vows support"), "Carnel, in Ostrava, vows support");
  EXPECT_EQ(headline_reading("Valdoria, Ostrava Sign Border Pact"), "Valdoria, Ostrava Sign Border Pact");
  EXPECT_EQ(headline_reading("In Valdoria, Ostrava envoys meet"), "In Valdoria, Ostrava envoys meet");
  EXPECT_EQ(headline_reading("Border war, day 30: Valdoria advances"), "Border war, day 30: Valdoria advances");
  EXPECT_EQ(headline_reading(", Valdoria"), ", Valdoria");
  EXPECT_EQ(headline_reading(""), "");
}

}  // namespace
}  // namespace dyad::pipeline
