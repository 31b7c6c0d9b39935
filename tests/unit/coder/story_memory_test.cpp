// What the story remembers across sentences: organisations named outside any event
// ("the alliance" next), the two countries of "the two countries" and "both sides",
// and "each other". Sentences written for these tests, about invented countries.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/code.hpp"
#include "unit/coder/graph_builder.hpp"

namespace dyad {
namespace {

using test_graphs::graph;
using Strings = std::vector<std::string>;

const char* kDictionary =
    "#!dyad-dictionary 1\n"
    "actor VLD = Valdoria; Valdorian\n"
    "actor OST = Ostrava; Ostravan\n"
    "actor MOR = Morava; Moravan\n"
    "actor IGOGRD = Green Pact\n"
    "agent ~GOV = leaders; minister; agency\n"
    "verb 040 = meet {met}\n"
    "verb 051 = praise {praised}\n"
    "verb 112 = accuse {accused}\n"
    "verb 030 = agree {agreed}\n"
    "verb 190 = attack {attacked}\n"
    "verb 192 = seize {seized}\n"
    "verb 175 = repress {repressed}\n"
    "verb 111 = condemn {condemned}\n"
    "noun 190 = attack\n"
    "noun 046 mutual = negotiations\n";

class StoryMemoryTest : public test_graphs::StoryTest {
 protected:
  StoryMemoryTest() : StoryTest(kDictionary) {}
};

TEST_F(StoryMemoryTest, ANameHungOnItsTitleIsThePersonsAndTheTitleWordsAreNot) {
  // "Ostrava accused Valdorian Oil Minister Tomas Brel." with the name hung on the
  // title; then "Brel praised Morava." -- Brel is the Valdorian minister, and "Oil" is
  // no one's name.
  EXPECT_EQ(next(graph({"Ostrava Ostrava PROPN 2 nsubj", "accused accuse VERB 0 root",
                        "Valdorian Valdorian ADJ 5 amod", "Oil oil NOUN 5 compound", "Minister minister NOUN 2 obj",
                        "Tomas Tomas PROPN 7 compound", "Brel Brel PROPN 5 nmod"})),
            (Strings{"OST VLDGOV 112"}));
  EXPECT_EQ(next(graph({"Brel Brel PROPN 2 nsubj", "praised praise VERB 0 root", "Morava Morava PROPN 2 obj"})),
            (Strings{"VLDGOV MOR 051"}));
  EXPECT_EQ(next(graph({"Oil oil NOUN 2 nsubj", "praised praise VERB 0 root", "Morava Morava PROPN 2 obj"})),
            Strings{});
}

TEST_F(StoryMemoryTest, TheSecondDirectionOfATwoSidedActNamesNoNewSpeaker) {
  // "Valdoria agreed with Ostrava." is an accord both ways; "The minister praised
  // Morava." after it is Valdoria's minister, not Ostrava's.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "agreed agree VERB 0 root", "with with ADP 4 case",
                        "Ostrava Ostrava PROPN 2 obl"})),
            (Strings{"OST VLD 030", "VLD OST 030"}));
  EXPECT_EQ(next(graph({"The the DET 2 det", "minister minister NOUN 3 nsubj", "praised praise VERB 0 root",
                        "Morava Morava PROPN 3 obj"})),
            (Strings{"VLDGOV MOR 051"}));
}

TEST_F(StoryMemoryTest, ViolentRepressionIsTheAttackACommentNames) {
  // "Valdoria repressed Ostrava. Morava condemned the attack."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "repressed repress VERB 0 root", "Ostrava Ostrava PROPN 2 obj"})),
            (Strings{"VLD OST 175"}));
  EXPECT_EQ(next(graph({"Morava Morava PROPN 2 nsubj", "condemned condemn VERB 0 root", "the the DET 4 det",
                        "attack attack NOUN 2 obj"})),
            (Strings{"MOR VLD 111"}));
}

TEST_F(StoryMemoryTest, ForceOnWhatNamesNoOneIsAimedAtTheStorysEnemy) {
  // "Valdoria seized several heights." alone: no one it was aimed at.
  const DepGraph heights = graph({"Valdoria Valdoria PROPN 2 nsubj", "seized seize VERB 0 root",
                                  "several several ADJ 4 amod", "heights height NOUN 2 obj"});
  EXPECT_EQ(next(heights), Strings{});
  // After "Valdoria attacked Ostrava.", the heights are Ostrava's war.
  state.reset("doc", Date::from_number(20240711));
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "attacked attack VERB 0 root", "Ostrava Ostrava PROPN 2 obj"})),
            (Strings{"VLD OST 190"}));
  EXPECT_EQ(next(heights), (Strings{"VLD OST 192"}));
  // And the attacked side's force is aimed back: "Ostrava seized several heights."
  EXPECT_EQ(next(graph({"Ostrava Ostrava PROPN 2 nsubj", "seized seize VERB 0 root", "several several ADJ 4 amod",
                        "heights height NOUN 2 obj"})),
            (Strings{"OST VLD 192"}));
}

TEST_F(StoryMemoryTest, AnOrganisationNamedOutsideAnEventIsRemembered) {
  // "Green Pact leaders met in Morava." -- no event; "The alliance praised Ostrava."
  EXPECT_EQ(next(graph({"Green Green PROPN 2 compound", "Pact Pact PROPN 3 compound", "leaders leader NOUN 4 nsubj",
                        "met meet VERB 0 root", "in in ADP 6 case", "Morava Morava PROPN 4 obl"})),
            Strings{});
  EXPECT_EQ(next(graph({"The the DET 2 det", "alliance alliance NOUN 3 nsubj", "praised praise VERB 0 root",
                        "Ostrava Ostrava PROPN 3 obj"})),
            (Strings{"IGOGRD OST 051"}));
}

TEST_F(StoryMemoryTest, TheTwoCountriesAreTheStorysLatestPair) {
  // "Valdoria met Ostrava." then "The two countries agreed to hold negotiations."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "met meet VERB 0 root", "Ostrava Ostrava PROPN 2 obj"})).size(), 2u);
  const Strings agreed = next(graph({"The the DET 3 det", "two two NUM 3 nummod", "countries country NOUN 4 nsubj NNS",
                                     "agreed agree VERB 0 root", "to to PART 6 mark", "hold hold VERB 4 xcomp",
                                     "negotiations negotiation NOUN 6 obj"}));
  EXPECT_NE(std::find(agreed.begin(), agreed.end(), "VLD OST 030"), agreed.end());
  EXPECT_NE(std::find(agreed.begin(), agreed.end(), "OST VLD 030"), agreed.end());
  // "The countries praised Morava.": several countries, none of them two named, are
  // not the latest one.
  EXPECT_EQ(next(graph({"The the DET 2 det", "countries country NOUN 3 nsubj NNS", "praised praise VERB 0 root",
                        "Morava Morava PROPN 3 obj"})),
            Strings{});
}

TEST_F(StoryMemoryTest, EachOtherIsTheSubjectsOnOneAnother) {
  // "Valdoria and Ostrava accused each other."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 4 nsubj", "and and CCONJ 3 cc", "Ostrava Ostrava PROPN 1 conj",
                        "accused accuse VERB 0 root", "each each DET 4 obj", "other other ADJ 5 fixed"})),
            (Strings{"OST VLD 112", "VLD OST 112"}));
}

TEST_F(StoryMemoryTest, HeIsThePersonTheLastSentenceMadeProminentNotTheLastNamed) {
  // "Valdorian Minister Kor met Ostravan Minister Dal." then "He praised Morava.":
  // "he" is Kor, the subject, though Dal was named last.
  EXPECT_EQ(next(graph({"Valdorian Valdorian ADJ 2 amod", "Minister minister NOUN 4 nsubj", "Kor Kor PROPN 2 flat",
                        "met meet VERB 0 root", "Ostravan Ostravan ADJ 6 amod", "Minister minister NOUN 4 obj",
                        "Dal Dal PROPN 6 flat"})),
            (Strings{"OSTGOV VLDGOV 040", "VLDGOV OSTGOV 040"}));
  EXPECT_EQ(next(graph({"He he PRON 2 nsubj", "praised praise VERB 0 root", "Morava Morava PROPN 2 obj"})),
            (Strings{"VLDGOV MOR 051"}));
  // "Dal praised Valdoria.": named again as the subject, Dal is now the one "he" means.
  EXPECT_EQ(next(graph({"Dal Dal PROPN 2 nsubj", "praised praise VERB 0 root", "Valdoria Valdoria PROPN 2 obj"})),
            (Strings{"OSTGOV VLD 051"}));
  EXPECT_EQ(next(graph({"He he PRON 2 nsubj", "praised praise VERB 0 root", "Morava Morava PROPN 2 obj"})),
            (Strings{"OSTGOV MOR 051"}));
}

}  // namespace
}  // namespace dyad
