// Document memory: actors of earlier sentences resolve later names, pronouns and
// descriptions; agents without a country take the story's country; events are dated
// by the expressions of their sentence. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "dyad/code.hpp"
#include "unit/coder/graph_builder.hpp"

namespace dyad {
namespace {

using test_graphs::graph;

const char* kDictionary =
    "#!dyad-dictionary 1\n"
    "actor VLD = Valdoria; Valdorian\n"
    "actor OST = Ostrava; Ostravan\n"
    "actor KRN = Karnia\n"
    "actor IGOWSTPAC = Pact; Northern Pact\n"
    "person = Mira Hale; Hale\n"
    "  code VLDGOV 2020-01-01..2030-01-01\n"
    "agent ~GOV = spokesperson; foreign ministry; minister; government\n"
    "agent ~MIL = troops\n"
    "verb 112 = accuse\n"
    "verb 111 = criticize\n"
    "verb 010 = say {said}\n"
    "verb 051 = praise\n";

class DocumentMemoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_graphs::load_dictionary(dict, kDictionary);
    state.reset("doc", Date::from_number(20240712));
  }
  // Codes the next sentence of the document: "SOURCE TARGET CODE DATE" per event.
  std::vector<std::string> next(const DepGraph& g, CoderOptions o = {}) {
    EventCoder coder(dict, o);
    std::vector<Event> events;
    coder.code(g, state, events);
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.cameo + " " + e.date.iso());
    std::sort(out.begin(), out.end());
    last = events;
    return out;
  }
  Dictionary dict;
  DocumentState state;
  std::vector<Event> last;
};

using Strings = std::vector<std::string>;

// "Valdoria accused Ostrava on Thursday."
DepGraph opening() {
  return graph({"Valdoria Valdoria PROPN 2 nsubj", "accused accuse VERB 0 root", "Ostrava Ostrava PROPN 2 obj",
                "on on ADP 5 case", "Thursday Thursday PROPN 2 obl", ". . PUNCT 2 punct"});
}

TEST_F(DocumentMemoryTest, RoleWithoutCountryTakesTheStorysCountry) {
  EXPECT_EQ(next(opening()), (Strings{"VLD OST 112 2024-07-11"}));
  // "A foreign ministry spokesperson criticized Ostrava."
  DepGraph g = graph({"A a DET 4 det", "foreign foreign ADJ 3 amod", "ministry ministry NOUN 4 compound",
                      "spokesperson spokesperson NOUN 5 nsubj", "criticized criticize VERB 0 root",
                      "Ostrava Ostrava PROPN 5 obj"});
  EXPECT_EQ(next(g), (Strings{"VLDGOV OST 111 2024-07-12"}));
  // Without memory the role has no country: no event, unless agent-only sides are
  // allowed (dyad code --allow-null-actors).
  DocumentState fresh;
  fresh.reset("doc2", Date::from_number(20240712));
  CoderOptions off;
  off.document_memory = false;
  off.resolve_agent_countries = false;
  std::vector<Event> events;
  EventCoder(dict, off).code(g, fresh, events);
  EXPECT_TRUE(events.empty());
  off.require_countries = false;
  fresh.reset("doc3", Date::from_number(20240712));
  EventCoder(dict, off).code(g, fresh, events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "---GOV");
}

TEST_F(DocumentMemoryTest, OnlyGovernmentRolesTakeTheStorysCountry) {
  next(opening());
  // "Troops attacked Karnia": troops of whom? Not necessarily Valdoria's.
  DepGraph g = graph({"Troops troop NOUN 2 nsubj", "attacked attack VERB 0 root", "Karnia Karnia PROPN 2 obj"});
  EventCoder coder(dict, CoderOptions{});
  std::vector<Event> events;
  coder.code(g, state, events);
  for (const auto& e : events) EXPECT_EQ(e.source.code.rfind("---", 0), 0u) << e.source.code;
}

TEST_F(DocumentMemoryTest, NamedPersonIsRecalledBySurnameAndPronoun) {
  next(opening());
  // "Spokesperson Tomas Ryker criticized Karnia."  (name with a role -> VLDGOV)
  EXPECT_EQ(next(graph({"Spokesperson spokesperson NOUN 2 compound", "Tomas Tomas PROPN 4 nsubj",
                        "Ryker Ryker PROPN 2 flat", "criticized criticize VERB 0 root", "Karnia Karnia PROPN 4 obj"})),
            (Strings{"VLDGOV KRN 111 2024-07-12"}));
  // "Ryker praised Ostrava."
  EXPECT_EQ(next(graph({"Ryker Ryker PROPN 2 nsubj", "praised praise VERB 0 root", "Ostrava Ostrava PROPN 2 obj"})),
            (Strings{"VLDGOV OST 051 2024-07-12"}));
  ASSERT_EQ(last.size(), 1u);
  EXPECT_NE(last[0].source.entry.find("document memory: Tomas Ryker"), std::string::npos) << last[0].source.entry;
  // "He also criticized Karnia."
  EXPECT_EQ(next(graph({"He he PRON 3 nsubj", "also also ADV 3 advmod", "criticized criticize VERB 0 root",
                        "Karnia Karnia PROPN 3 obj"})),
            (Strings{"VLDGOV KRN 111 2024-07-12"}));
  // An unknown name never met stays unknown.
  EXPECT_TRUE(next(graph({"Brandt Brandt PROPN 2 nsubj", "praised praise VERB 0 root", "Ostrava Ostrava PROPN 2 obj"}))
                  .empty());
}

TEST_F(DocumentMemoryTest, AppositionNamesAPerson) {
  next(opening());
  // "Lena Voss, an Ostravan minister, criticized Valdoria."  then "Voss praised Karnia."
  next(graph({"Lena Lena PROPN 8 nsubj", "Voss Voss PROPN 1 flat", ", , PUNCT 6 punct", "an a DET 6 det",
              "Ostravan Ostravan ADJ 6 amod", "minister minister NOUN 1 appos", ", , PUNCT 6 punct",
              "criticized criticize VERB 0 root", "Valdoria Valdoria PROPN 8 obj"}));
  EXPECT_EQ(next(graph({"Voss Voss PROPN 2 nsubj", "praised praise VERB 0 root", "Karnia Karnia PROPN 2 obj"})),
            (Strings{"OSTGOV KRN 051 2024-07-12"}));
}

TEST_F(DocumentMemoryTest, DictionaryPeopleAreRememberedForPronouns) {
  // "Mira Hale praised Karnia."  "She criticized Ostrava."
  EXPECT_EQ(next(graph({"Mira Mira PROPN 3 nsubj", "Hale Hale PROPN 1 flat", "praised praise VERB 0 root",
                        "Karnia Karnia PROPN 3 obj"})),
            (Strings{"VLDGOV KRN 051 2024-07-12"}));
  EXPECT_EQ(next(graph({"She she PRON 2 nsubj", "criticized criticize VERB 0 root", "Ostrava Ostrava PROPN 2 obj"})),
            (Strings{"VLDGOV OST 111 2024-07-12"}));
}

TEST_F(DocumentMemoryTest, DictionaryPersonBehindACountryAdjective) {
  // "Valdorian minister Mira Hale praised Karnia."  "Mira criticized Ostrava."  "Ostrava praised her."
  // ("Mira" alone is no dictionary name: memory knows her from the first sentence.)
  EXPECT_EQ(next(graph({"Valdorian Valdorian ADJ 2 amod", "minister minister NOUN 3 compound", "Mira Mira PROPN 5 nsubj",
                        "Hale Hale PROPN 3 flat", "praised praise VERB 0 root", "Karnia Karnia PROPN 5 obj"})),
            (Strings{"VLDGOV KRN 051 2024-07-12"}));
  EXPECT_EQ(next(graph({"Mira Mira PROPN 2 nsubj", "criticized criticize VERB 0 root", "Ostrava Ostrava PROPN 2 obj"})),
            (Strings{"VLDGOV OST 111 2024-07-12"}));
  EXPECT_EQ(next(graph({"Ostrava Ostrava PROPN 2 nsubj", "praised praise VERB 0 root", "her she PRON 2 obj"})),
            (Strings{"OST VLDGOV 051 2024-07-12"}));
}

TEST_F(DocumentMemoryTest, DescriptionsResolveToTheLatestFittingActor) {
  // "Valdoria accused the Pact on Thursday."  "The alliance criticized Ostrava."
  next(graph({"Valdoria Valdoria PROPN 2 nsubj", "accused accuse VERB 0 root", "the the DET 4 det",
              "Pact Pact PROPN 2 obj", "on on ADP 6 case", "Thursday Thursday PROPN 2 obl"}));
  EXPECT_EQ(next(graph({"The the DET 2 det", "alliance alliance NOUN 3 nsubj", "criticized criticize VERB 0 root",
                        "Ostrava Ostrava PROPN 3 obj"})),
            (Strings{"IGOWSTPAC OST 111 2024-07-12"}));
  // "The country praised Karnia." -> the latest country actor (Ostrava, just coded).
  EXPECT_EQ(next(graph({"The the DET 2 det", "country country NOUN 3 nsubj", "praised praise VERB 0 root",
                        "Karnia Karnia PROPN 3 obj"})),
            (Strings{"OST KRN 051 2024-07-12"}));
  // Within one sentence: "Karnia accused the Pact and the alliance praised Ostrava" needs
  // no earlier sentence; an indefinite "an alliance" resolves to nothing.
  EXPECT_TRUE(next(graph({"An a DET 2 det", "alliance alliance NOUN 3 nsubj", "praised praise VERB 0 root",
                          "Valdoria Valdoria PROPN 3 obj"}))
                  .empty());
}

TEST_F(DocumentMemoryTest, SpokespersonOnOwnCountryIsNotAnEvent) {
  next(opening());
  // "Spokesperson Ryker said Valdoria was right."  -> VLDGOV -> VLD dropped.
  EXPECT_TRUE(next(graph({"Spokesperson spokesperson NOUN 2 compound", "Ryker Ryker PROPN 3 nsubj",
                          "said say VERB 0 root", "Valdoria Valdoria PROPN 6 nsubj", "was be AUX 6 cop",
                          "right right ADJ 3 ccomp"}))
                  .empty());
}

TEST_F(DocumentMemoryTest, DatesFollowTheNarrative) {
  next(opening());  // Thursday = 2024-07-11 is stated
  // "The statement came a day after Valdoria criticized Karnia."
  EXPECT_EQ(next(graph({"The the DET 2 det", "statement statement NOUN 3 nsubj", "came come VERB 0 root",
                        "a a DET 5 det", "day day NOUN 3 obl:npmod", "after after SCONJ 8 mark",
                        "Valdoria Valdoria PROPN 8 nsubj", "criticized criticize VERB 3 advcl",
                        "Karnia Karnia PROPN 8 obj"})),
            (Strings{"VLD KRN 111 2024-07-10"}));
  state.reset("next-doc", Date::from_number(20240712));
  EXPECT_TRUE(state.people.empty());
  EXPECT_FALSE(state.stated_date.known());
}

}  // namespace
}  // namespace dyad

// DocumentMemory alone: what a sentence learns is held back until commit.
#include "coder/document_memory.hpp"

namespace dyad::coder {
namespace {

Event event_between(const std::string& src, const std::string& tgt) {
  Event e;
  e.source.code = src;
  e.source.text = src;
  e.target.code = tgt;
  e.target.text = tgt;
  return e;
}

TEST(DocumentMemoryObject, PeopleOfThisSentenceCountBeforeCommit) {
  DocumentState doc;
  doc.reset("d", Date::from_number(20240712));
  SentenceMemory sentence;
  DocumentMemory memory(doc, sentence);
  memory.remember_person({"lin", "jian"}, "CHNGOV", "Lin Jian");
  auto r = memory.recall_person({"lin"});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->code, "CHNGOV");
  EXPECT_NE(r->evidence.find("this sentence"), std::string::npos);
  EXPECT_FALSE(memory.recall_last_person());  // not an earlier sentence's person yet
  memory.commit(nullptr, nullptr);
  ++doc.sentence_index;
  auto he = memory.recall_last_person();
  ASSERT_TRUE(he);
  EXPECT_EQ(he->code, "CHNGOV");
  EXPECT_FALSE(memory.recall_person({"wang"}));
}

TEST(DocumentMemoryObject, ActorsOfEventsGiveContextAndDescriptions) {
  DocumentState doc;
  doc.reset("d", Date());
  SentenceMemory sentence;
  DocumentMemory memory(doc, sentence);
  EXPECT_EQ(memory.context_country(), "");
  std::vector<Event> events = {event_between("IGOWSTNAT", "CHNGOV"), event_between("---GOV", "RUS")};
  memory.commit(events.data(), events.data() + events.size());
  // No event source has a country (IGOWSTNAT is an organisation, ---GOV has none),
  // so the latest actor with one gives it: RUS.
  EXPECT_EQ(memory.context_country(), "RUS");
  auto org = memory.latest_actor(true);
  ASSERT_TRUE(org);
  EXPECT_EQ(org->code, "IGOWSTNAT");
  auto country = memory.latest_actor(false);
  ASSERT_TRUE(country);
  EXPECT_EQ(country->code, "RUS");
  EXPECT_EQ(doc.actors_seen.size(), 3u);  // "---GOV" is not remembered
}

}  // namespace
}  // namespace dyad::coder
