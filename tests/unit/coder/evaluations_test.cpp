// Criticism said as a judgement: "X said Y's act was a violation", "X called the move
// unacceptable", "'This is aggression,' X said of Y's strike". Sentences written for
// these tests, about invented countries.
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
    "verb 010 = say {said}\n"
    "verb --- = call {called}\n"
    "noun 190 = attack; strike\n"
    "noun 166 = expulsion\n";

class EvaluationsTest : public test_graphs::StoryTest {
 protected:
  EvaluationsTest() : StoryTest(kDictionary) {}
};

// "Valdoria said the Ostravan decision was a violation of law."
DepGraph violation() {
  return graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "the the DET 5 det",
                "Ostravan Ostravan ADJ 5 amod", "decision decision NOUN 8 nsubj", "was be AUX 8 cop", "a a DET 8 det",
                "violation violation NOUN 2 ccomp", "of of ADP 10 case", "law law NOUN 8 nmod"});
}

TEST_F(EvaluationsTest, AWrongdoingSaidIsACharge) {
  EXPECT_EQ(next(violation()), (Strings{"VLD OST 112"}));
  // PETRARCH's reading has no such pass: a statement with no one addressed.
  state.reset("doc", Date::from_number(20240711));
  const Strings literal = next(violation(), CoderOptions::petrarch());
  EXPECT_EQ(std::count(literal.begin(), literal.end(), "VLD OST 112"), 0);
}

TEST_F(EvaluationsTest, ABlameAdjectiveIsCriticism) {
  // "Valdoria said the Ostravan decision was regrettable."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "the the DET 5 det",
                        "Ostravan Ostravan ADJ 5 amod", "decision decision NOUN 7 nsubj", "was be AUX 7 cop",
                        "regrettable regrettable ADJ 2 ccomp"})),
            (Strings{"VLD OST 111"}));
  // "Valdoria said the Ostravan decision was not illegal.": no judgement against it.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "the the DET 5 det",
                        "Ostravan Ostravan ADJ 5 amod", "decision decision NOUN 8 nsubj", "was be AUX 8 cop",
                        "not not PART 8 advmod", "illegal illegal ADJ 2 ccomp"})),
            Strings{});
}

TEST_F(EvaluationsTest, AnActIsJudgedInItsAuthor) {
  // "Valdoria called the expulsion by Ostrava unacceptable."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "called call VERB 0 root", "the the DET 4 det",
                        "expulsion expulsion NOUN 2 obj", "by by ADP 6 case", "Ostrava Ostrava PROPN 4 nmod",
                        "unacceptable unacceptable ADJ 2 xcomp"})),
            (Strings{"VLD OST 111"}));
  // "'This is an act of aggression,' Valdoria said of the Ostravan strike."
  EXPECT_EQ(next(graph({"This this PRON 4 nsubj", "is be AUX 4 cop", "an a DET 4 det", "act act NOUN 8 ccomp",
                        "of of ADP 6 case", "aggression aggression NOUN 4 nmod", ", , PUNCT 4 punct",
                        "said say VERB 0 root", "Valdoria Valdoria PROPN 8 nsubj", "of of ADP 13 case",
                        "the the DET 13 det", "Ostravan Ostravan ADJ 13 amod", "strike strike NOUN 8 obl"})),
            (Strings{"VLD OST 112"}));
}

TEST_F(EvaluationsTest, AnActSaidToHarmSomethingIsCriticismOfItsAuthor) {
  // "Valdoria said the Ostravan decision harmed relations."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "the the DET 5 det",
                        "Ostravan Ostravan ADJ 5 amod", "decision decision NOUN 6 nsubj", "harmed harm VERB 2 ccomp",
                        "relations relation NOUN 6 obj"})),
            (Strings{"VLD OST 111"}));
  // "Valdoria said its own decision did not harm relations.": neither negated nor one's own.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "the the DET 5 det",
                        "Ostravan Ostravan ADJ 5 amod", "decision decision NOUN 8 nsubj", "did do AUX 8 aux",
                        "not not PART 8 advmod", "harm harm VERB 2 ccomp", "relations relation NOUN 8 obj"})),
            Strings{});
}

TEST_F(EvaluationsTest, HarmByWhatOnlyMentionsAPlaceBlamesNoOne) {
  // "Valdoria said cold weather in Ostrava damaged the crops.": no author named.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "cold cold ADJ 4 amod",
                        "weather weather NOUN 7 nsubj", "in in ADP 6 case", "Ostrava Ostrava PROPN 4 nmod",
                        "damaged damage VERB 2 ccomp", "the the DET 9 det", "crops crop NOUN 7 obj"})),
            Strings{});
}

TEST_F(EvaluationsTest, DescribingSomeoneAsAFriendPraisesThem) {
  // "Valdoria called Ostrava a friend." (naming with a predicate of praise)
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "called call VERB 0 root", "Ostrava Ostrava PROPN 2 obj",
                        "a a DET 5 det", "friend friend NOUN 2 xcomp"})),
            (Strings{"VLD OST 051"}));
}

TEST_F(EvaluationsTest, ResponsibilityIsACharge) {
  // "Valdoria said Ostrava bore full responsibility for the attack."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "Ostrava Ostrava PROPN 4 nsubj",
                        "bore bear VERB 2 ccomp", "full full ADJ 6 amod", "responsibility responsibility NOUN 4 obj",
                        "for for ADP 9 case", "the the DET 9 det", "attack attack NOUN 6 nmod"})),
            (Strings{"VLD OST 112"}));
  // "Valdoria said Ostrava was responsible for the attack."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "Ostrava Ostrava PROPN 5 nsubj",
                        "was be AUX 5 cop", "responsible responsible ADJ 2 ccomp", "for for ADP 8 case",
                        "the the DET 8 det", "attack attack NOUN 5 obl"})),
            (Strings{"VLD OST 112"}));
}

TEST_F(EvaluationsTest, OnesOwnSideIsNotJudged) {
  // "Valdoria said the Valdorian decision was a mistake": a judgement of its own
  // side, no event between countries.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "said say VERB 0 root", "the the DET 5 det",
                        "Valdorian Valdorian ADJ 5 amod", "decision decision NOUN 8 nsubj", "was be AUX 8 cop",
                        "a a DET 8 det", "mistake mistake NOUN 2 ccomp"})),
            Strings{});
}

}  // namespace
}  // namespace dyad
