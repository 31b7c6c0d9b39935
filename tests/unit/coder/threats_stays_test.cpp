// Threats said as intents or conditions, praise said as a description, and visits said
// as being somewhere for talks: "Valdoria vowed to keep up its attacks on Ostrava",
// "Valdoria will retaliate if Ostrava imposes tariffs", "described Ostrava as a close
// ally", "the Valdorian minister is in Ostrava for talks". Sentences written for these
// tests, about invented countries.
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
    "synset &OFFENSIVE = attacks; raids\n"
    "synset &RETALIATION = retaliation; revenge\n"
    "actor VLD = Valdoria; Valdorian\n"
    "actor OST = Ostrava; Ostravan\n"
    "agent ~GOV = minister; officials\n"
    "agent ~MIL = warplanes\n"
    "verb 010 = say {said}; announce\n"
    "verb 030 = vow; pledge\n"
    "  pattern 138 = * &RETALIATION\n"
    "  pattern 138 = * &RETALIATION AGAINST +\n"
    "verb 111 = condemn\n"
    "verb 130 = threaten\n"
    "verb 163 = impose\n"
    "verb 190 = attack\n"
    "verb --- = describe {described}\n"
    "verb --- = keep up {kept keeps keeping}; continue\n"
    "  pattern 190 = * &OFFENSIVE ON +\n"
    "verb --- = retaliate; respond\n"
    "  pattern 190 = * AGAINST +\n"
    "noun 040 mutual = talks\n"
    "noun 163 = boycott\n"
    "noun 163 = tariff\n"
    "noun 195 = sortie\n"
    "noun 190 = attack\n"
    "noun 111 = condemnation\n"
    "noun 130 = threat\n"
    "verb 190 = strike {struck}\n"
    "verb --- = go {went}\n"
    "  pattern 042 = * TO +\n";

class ThreatsStaysTest : public test_graphs::StoryTest {
 protected:
  ThreatsStaysTest() : StoryTest(kDictionary) {}
};

// "Valdoria vowed to keep up its attacks on Ostrava."
DepGraph vowed_attacks(const char* verb, const char* lemma) {
  return graph({"Valdoria Valdoria PROPN 2 nsubj", std::string(verb) + " " + lemma + " VERB 0 root", "to to PART 4 mark",
                "keep keep VERB 2 xcomp", "up up ADP 4 compound:prt", "its its PRON 7 nmod:poss",
                "attacks attack NOUN 4 obj", "on on ADP 9 case", "Ostrava Ostrava PROPN 7 nmod"});
}

TEST_F(ThreatsStaysTest, AnIntentToUseForceIsAThreat) {
  // Not an intent to cooperate (030), and the attacks are not yet an attack.
  EXPECT_EQ(next(vowed_attacks("vowed", "vow")), (Strings{"VLD OST 138"}));
  // A bare threat of them says which threat: force.
  EXPECT_EQ(next(vowed_attacks("threatened", "threaten")), (Strings{"VLD OST 138"}));
}

// "Valdoria will retaliate if Ostrava imposes tariffs."
DepGraph conditional(const char* aux, const char* adverb, const char* cond_verb, const char* cond_lemma,
                     const char* object) {
  std::vector<std::string> rows = {"Valdoria Valdoria PROPN 3 nsubj", std::string(aux) + " " + aux + " AUX 3 aux"};
  if (adverb[0]) {
    rows[0] = "Valdoria Valdoria PROPN 4 nsubj";
    rows[1] = std::string(aux) + " " + aux + " AUX 4 aux";
    rows.push_back(std::string(adverb) + " " + adverb + " ADV 4 advmod");
    const std::string h = "4";
    rows.push_back("retaliate retaliate VERB 0 root");
    rows.push_back("if if SCONJ 7 mark");
    rows.push_back("Ostrava Ostrava PROPN 7 nsubj");
    rows.push_back(std::string(cond_verb) + " " + cond_lemma + " VERB 4 advcl");
    if (object[0]) rows.push_back(std::string(object) + " " + object + " NOUN 7 obj");
    return graph(rows);
  }
  rows.push_back("retaliate retaliate VERB 0 root");
  rows.push_back("if if SCONJ 6 mark");
  rows.push_back("Ostrava Ostrava PROPN 6 nsubj");
  rows.push_back(std::string(cond_verb) + " " + cond_lemma + " VERB 3 advcl");
  if (object[0]) rows.push_back(std::string(object) + " " + object + " NOUN 6 obj");
  return graph(rows);
}

TEST_F(ThreatsStaysTest, AResponsePromisedUnderAConditionThreatensWhoWouldBringItAbout) {
  // Trade measures in the condition: a threat of sanctions.
  EXPECT_EQ(next(conditional("will", "", "imposes", "impose", "tariffs")), (Strings{"VLD OST 1312"}));
  // Force in the condition: a threat of force.
  EXPECT_EQ(next(conditional("will", "", "attacks", "attack", "")), (Strings{"VLD OST 138"}));
  // Anything else: a warning.
  EXPECT_EQ(next(conditional("would", "", "leaves", "leave", "")), (Strings{"VLD OST 130"}));
  // A guess is no threat: "Valdoria would probably retaliate if Ostrava imposed tariffs."
  EXPECT_EQ(next(conditional("would", "probably", "imposed", "impose", "tariffs")), Strings{});
}

TEST_F(ThreatsStaysTest, AQuestionAboutAResponseIsNoThreat) {
  // "Asked how Valdoria would retaliate if Ostrava attacked, he declined to answer."
  const Strings out = next(graph({"Asked ask VERB 10 advcl", "how how ADV 5 advmod", "Valdoria Valdoria PROPN 5 nsubj",
                                  "would would AUX 5 aux", "retaliate retaliate VERB 1 ccomp", "if if SCONJ 8 mark",
                                  "Ostrava Ostrava PROPN 8 nsubj", "attacked attack VERB 5 advcl", "he he PRON 10 nsubj",
                                  "declined decline VERB 0 root"}));
  EXPECT_EQ(std::count_if(out.begin(), out.end(), [](const std::string& e) { return e.rfind("VLD OST 13", 0) == 0; }), 0);
}

TEST_F(ThreatsStaysTest, AResponseThatHappenedIsNoThreat) {
  // "Valdoria retaliated after Ostrava imposed tariffs.": neither a threat nor, with
  // no one it was against, an event of Valdoria's.
  const Strings out = next(graph({"Valdoria Valdoria PROPN 2 nsubj", "retaliated retaliate VERB 0 root",
                                  "after after SCONJ 5 mark", "Ostrava Ostrava PROPN 5 nsubj",
                                  "imposed impose VERB 2 advcl", "tariffs tariff NOUN 5 obj"}));
  EXPECT_EQ(std::count_if(out.begin(), out.end(), [](const std::string& e) { return e.rfind("VLD", 0) == 0; }), 0);
}

TEST_F(ThreatsStaysTest, DescribingSomeoneAsAnAllyPraisesThem) {
  // "Valdoria described Ostrava as a close ally."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "described describe VERB 0 root",
                        "Ostrava Ostrava PROPN 2 obj", "as as ADP 7 case", "a a DET 7 det", "close close ADJ 7 amod",
                        "ally ally NOUN 2 obl"})),
            (Strings{"VLD OST 051"}));
}

// "The Valdorian minister is in Ostrava for talks." / "... to discuss trade."
DepGraph stay(bool purpose, bool negated) {
  std::vector<std::string> rows = {"The the DET 3 det", "Valdorian Valdorian ADJ 3 amod",
                                   "minister minister NOUN 6 nsubj", "is be AUX 6 cop"};
  rows.push_back(negated ? "not not PART 6 advmod" : "in in ADP 6 case");
  if (negated) {
    rows = {"The the DET 3 det", "Valdorian Valdorian ADJ 3 amod", "minister minister NOUN 7 nsubj",
            "is be AUX 7 cop", "not not PART 7 advmod", "in in ADP 7 case", "Ostrava Ostrava PROPN 0 root",
            "to to PART 9 mark", "discuss discuss VERB 7 advcl", "trade trade NOUN 9 obj"};
    return graph(rows);
  }
  rows.push_back("Ostrava Ostrava PROPN 0 root");
  if (purpose) {
    rows.push_back("to to PART 8 mark");
    rows.push_back("discuss discuss VERB 6 advcl");
    rows.push_back("trade trade NOUN 8 obj");
  }
  return graph(rows);
}

TEST_F(ThreatsStaysTest, BeingInACountryForAPurposeIsAVisit) {
  EXPECT_EQ(next(stay(true, false)), (Strings{"VLDGOV OST 042"}));
  // Without a purpose it may be a stopover or a home; negated it is none.
  EXPECT_EQ(next(stay(false, false)), Strings{});
  EXPECT_EQ(next(stay(true, true)), Strings{});
  // "The Valdorian minister is in Ostrava for talks with Ostravan officials.": the
  // visit, and the talks are the visitor's.
  EXPECT_EQ(next(graph({"The the DET 3 det", "Valdorian Valdorian ADJ 3 amod", "minister minister NOUN 6 nsubj",
                        "is be AUX 6 cop", "in in ADP 6 case", "Ostrava Ostrava PROPN 0 root", "for for ADP 8 case",
                        "talks talk NOUN 6 obl", "with with ADP 11 case", "Ostravan Ostravan ADJ 11 amod",
                        "officials official NOUN 8 nmod"})),
            (Strings{"OSTGOV VLDGOV 040", "VLDGOV OST 042", "VLDGOV OSTGOV 040"}));
}

TEST_F(ThreatsStaysTest, TalksThatAreWhySomeoneIsHereAreTheirs) {
  // "The Valdorian minister, here for talks with Ostravan officials, said ..."
  EXPECT_EQ(next(graph({"The the DET 3 det", "Valdorian Valdorian ADJ 3 amod", "minister minister NOUN 12 nsubj",
                        ", , PUNCT 3 punct", "here here ADV 3 advmod", "for for ADP 7 case", "talks talk NOUN 5 obl",
                        "with with ADP 10 case", "Ostravan Ostravan ADJ 10 amod", "officials official NOUN 7 nmod",
                        ", , PUNCT 3 punct", "said say VERB 0 root", "nothing nothing PRON 12 obj"})),
            (Strings{"OSTGOV VLDGOV 040", "VLDGOV OSTGOV 040"}));
}

TEST_F(ThreatsStaysTest, TalksDueToBeginAreAnnounced) {
  // "Talks between Valdoria and Ostrava are due to begin."
  EXPECT_EQ(next(graph({"Talks talk NOUN 7 nsubj", "between between ADP 3 case", "Valdoria Valdoria PROPN 1 nmod",
                        "and and CCONJ 5 cc", "Ostrava Ostrava PROPN 3 conj", "are be AUX 7 cop",
                        "due due ADJ 0 root", "to to PART 9 mark", "begin begin VERB 7 xcomp"})),
            (Strings{"OST VLD 036", "VLD OST 036"}));
}

TEST_F(ThreatsStaysTest, AnAnnouncedBoycottIsTheAnnouncers) {
  // "Valdoria announced a boycott of Ostrava."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "announced announce VERB 0 root", "a a DET 4 det",
                        "boycott boycott NOUN 2 obj", "of of ADP 6 case", "Ostrava Ostrava PROPN 4 nmod"})),
            (Strings{"VLD OST 163"}));
}

TEST_F(ThreatsStaysTest, ForceInResponseIsAimedAtWhoDidWhatItAnswers) {
  // "Valdoria struck back in response to an Ostravan attack.": at Ostrava; and the
  // attack answered is a fact of its own, with no one it was aimed at named.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "struck strike VERB 0 root", "back back ADV 2 advmod",
                        "in in ADP 5 case", "response response NOUN 2 obl", "to to ADP 9 case", "an a DET 9 det",
                        "Ostravan Ostravan ADJ 9 amod", "attack attack NOUN 5 nmod"})),
            (Strings{"VLD OST 190"}));
}

TEST_F(ThreatsStaysTest, WhatAnActsParticipleDoesToIsItsTarget) {
  // "An Ostravan attack damaging a Valdorian ship drew protests."
  EXPECT_EQ(next(graph({"An a DET 3 det", "Ostravan Ostravan ADJ 3 amod", "attack attack NOUN 8 nsubj",
                        "damaging damage VERB 3 acl VBG", "a a DET 7 det", "Valdorian Valdorian ADJ 7 amod",
                        "ship ship NOUN 4 obj", "drew draw VERB 0 root", "protests protest NOUN 8 obj"})),
            (Strings{"OST VLD 190"}));
}

TEST_F(ThreatsStaysTest, APossessorsActOfSomeoneIsDoneToThem) {
  // "Valdoria's condemnation of Ostrava was sharp."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 3 nmod:poss", "'s 's PART 1 case", "condemnation condemnation NOUN 7 nsubj",
                        "of of ADP 5 case", "Ostrava Ostrava PROPN 3 nmod", "was be AUX 7 cop", "sharp sharp ADJ 0 root"})),
            (Strings{"VLD OST 111"}));
  // Not force: "Valdoria's attack of Ostrava" as a story's background is no event.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 3 nmod:poss", "'s 's PART 1 case", "attack attack NOUN 7 nsubj",
                        "of of ADP 5 case", "Ostrava Ostrava PROPN 3 nmod", "was be AUX 7 cop", "long long ADJ 0 root"})),
            Strings{});
}

TEST_F(ThreatsStaysTest, AThreatNamedByANounSaysWhichByItsInfinitive) {
  // "Valdoria's threat to attack Ostrava alarmed Morava." -- a threat of force, not
  // an attack.
  const Strings out = next(graph({"Valdoria Valdoria PROPN 3 nmod:poss", "'s 's PART 1 case", "threat threat NOUN 7 nsubj",
                                  "to to PART 5 mark", "attack attack VERB 3 acl", "Ostrava Ostrava PROPN 5 obj",
                                  "alarmed alarm VERB 0 root", "Morava Morava PROPN 7 obj"}));
  EXPECT_EQ(std::count(out.begin(), out.end(), "VLD OST 138"), 1);
  EXPECT_EQ(std::count(out.begin(), out.end(), "VLD OST 190"), 0);
}

TEST_F(ThreatsStaysTest, AnInfinitiveOnANounIsAPurposeNotAnAct) {
  // "Valdoria sought help from Morava to attack Ostrava.": no attack (yet).
  const Strings out = next(graph({"Valdoria Valdoria PROPN 2 nsubj", "sought seek VERB 0 root", "help help NOUN 2 obj",
                                  "from from ADP 5 case", "Morava Morava PROPN 3 nmod", "to to PART 7 mark",
                                  "attack attack VERB 3 acl", "Ostrava Ostrava PROPN 7 obj"}));
  EXPECT_EQ(std::count_if(out.begin(), out.end(), [](const std::string& e) { return e.find(" 190") != std::string::npos; }), 0);
}

TEST_F(ThreatsStaysTest, SortiesAgainstSomeoneAreAirStrikes) {
  // "Valdorian warplanes flew sorties against Ostrava."
  EXPECT_EQ(next(graph({"Valdorian Valdorian ADJ 2 amod", "warplanes warplane NOUN 3 nsubj", "flew fly VERB 0 root",
                        "sorties sortie NOUN 3 obj", "against against ADP 6 case", "Ostrava Ostrava PROPN 4 nmod"})),
            (Strings{"VLDMIL OST 195"}));
}

// "Valdoria condemned the Ostravan tariffs and vowed retaliation." (and "attacks")
DepGraph condemned_and_vowed(const char* what, const char* lemma) {
  return graph({"Valdoria Valdoria PROPN 2 nsubj", "condemned condemn VERB 0 root", "the the DET 5 det",
                "Ostravan Ostravan ADJ 5 amod", std::string(what) + " " + lemma + " NOUN 2 obj", "and and CCONJ 7 cc",
                "vowed vow VERB 2 conj", "retaliation retaliation NOUN 7 obj"});
}

TEST_F(ThreatsStaysTest, AThreatWithNoTargetAnswersWhatItsAuthorCondemned) {
  // Retaliation against tariffs is a trade threat (1312), not one of force.
  EXPECT_EQ(next(condemned_and_vowed("tariffs", "tariff")), (Strings{"VLD OST 111", "VLD OST 1312"}));
  // Against attacks it stays a threat of force.
  EXPECT_EQ(next(condemned_and_vowed("attacks", "attack")), (Strings{"VLD OST 111", "VLD OST 138"}));
  // Alone, with no one named, it has no target.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "vowed vow VERB 0 root", "retaliation retaliation NOUN 2 obj"})),
            Strings{});
}

TEST_F(ThreatsStaysTest, RetaliationAgainstATradeMeasureIsATradeThreat) {
  // "Valdoria vowed retaliation against the Ostravan tariffs."
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "vowed vow VERB 0 root", "retaliation retaliation NOUN 2 obj",
                        "against against ADP 7 case", "the the DET 7 det", "Ostravan Ostravan ADJ 7 amod",
                        "tariffs tariff NOUN 3 nmod"})),
            (Strings{"VLD OST 1312"}));
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST_F(ThreatsStaysTest, AnInfinitivesToIsNoPrepositionBeforeASide) {
  // "Valdoria went against the plan to cut Ostravan aid.": no visit to Ostrava.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "went go VERB 0 root", "against against ADP 5 case",
                        "the the DET 5 det", "plan plan NOUN 2 obl", "to to PART 7 mark", "cut cut VERB 5 acl",
                        "Ostravan Ostravan ADJ 9 amod", "aid aid NOUN 7 obj"})),
            Strings{});
  // "Valdoria went to Ostrava.": the preposition names the host.
  EXPECT_EQ(next(graph({"Valdoria Valdoria PROPN 2 nsubj", "went go VERB 0 root", "to to ADP 4 case",
                        "Ostrava Ostrava PROPN 2 obl"})),
            (Strings{"VLD OST 042"}));
}

}  // namespace
}  // namespace dyad
