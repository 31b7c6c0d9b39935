// The clause-moving parse repairs of src/coder/parse_repair.cpp, on parses shaped
// like the parser's real mistakes, and the events they give. Sentences written for
// these tests, about invented countries.
#include <gtest/gtest.h>

#include "coder/parse_repair.hpp"
#include "lang/language.hpp"
#include "unit/coder/graph_builder.hpp"

namespace dyad {
namespace {

using test_graphs::graph;

// "Valdorian gunships attacked Ostravan positions, the spokesman said." with
// "attacked" an adjective of "positions" and three subjects of "said".
DepGraph adjective_predicate() {
  return graph({"Valdorian Valdorian ADJ 2 amod", "gunships gunship NOUN 9 nsubj", "attacked attack VERB 5 amod",
                "Ostravan Ostravan ADJ 5 amod", "positions position NOUN 9 nsubj", ", , PUNCT 8 punct",
                "the the DET 8 det", "spokesman spokesman NOUN 9 nsubj", "said say VERB 0 root"});
}

TEST(ParseRepair, TheVerbAfterARelativeClauseIsThePredicate) {
  // "Valdoria, which joined the pact in March, sent troops to Ostrava.", parsed with
  // "Valdoria" the root and "sent" a conjunct of "joined".
  DepGraph g = graph({"Valdoria Valdoria PROPN 0 root", ", , PUNCT 1 punct", "which which PRON 4 nsubj WDT",
                      "joined join VERB 1 advcl:relcl VBD", "the the DET 6 det", "pact pact NOUN 4 obj",
                      "in in ADP 8 case", "March March PROPN 4 obl", ", , PUNCT 10 punct", "sent send VERB 4 conj VBD",
                      "troops troops NOUN 10 obj", "to to ADP 13 case", "Ostrava Ostrava PROPN 10 obl", ". . PUNCT 1 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[9].head, -1);  // sent is the root
  EXPECT_EQ(g.words[0].head, 9);   // Valdoria -> sent, subject
  EXPECT_EQ(g.words[0].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[3].head, 0);   // joined -> Valdoria, the relative clause
  EXPECT_EQ(g.words[3].rel, Rel::AclRelcl);
  EXPECT_EQ(g.words[13].head, 9);  // the full stop follows the root
}

TEST(ParseRepair, APastFormAfterARelativeClauseIsThePredicateWithItsObjects) {
  // "Valdoria and Ostrava, which have fought two wars, discussed trade at a meeting in
  // Morava.", parsed with "Valdoria" the root, "discussed" an adjective of "trade" and
  // "trade" and "meeting" under the relative clause.
  DepGraph g = graph({"Valdoria Valdoria PROPN 0 root", "and and CCONJ 3 cc", "Ostrava Ostrava PROPN 1 conj",
                      ", , PUNCT 7 punct", "which which PRON 7 nsubj WDT", "have have AUX 7 aux",
                      "fought fight VERB 1 acl:relcl VBN", "two two NUM 9 nummod", "wars war NOUN 7 obj",
                      ", , PUNCT 12 punct", "discussed discuss VERB 12 amod VBN", "trade trade NOUN 9 nmod",
                      "at at ADP 15 case", "a a DET 15 det", "meeting meeting NOUN 7 obl", "in in ADP 17 case",
                      "Morava Morava PROPN 15 nmod", ". . PUNCT 1 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[10].head, -1);  // discussed is the root
  EXPECT_EQ(g.words[0].head, 10);   // Valdoria -> discussed, subject
  EXPECT_EQ(g.words[11].head, 10);  // trade -> discussed, object
  EXPECT_EQ(g.words[11].rel, Rel::Obj);
  EXPECT_EQ(g.words[14].head, 10);  // meeting -> discussed
  EXPECT_EQ(g.words[6].head, 0);    // fought -> Valdoria, the relative clause
}

TEST(ParseRepair, APastFormAfterARelativeClauseInReportedSpeechIsTheReportedClause) {
  // "Valdoria and Ostrava, which have no ties, discussed border issues at talks, the
  // spokesman said.", parsed with "Valdoria" and "spokesman" two subjects of "said",
  // the relative clause and "issues" two complements of it, and "discussed" an
  // adjective of "issues".
  DepGraph g = graph({"Valdoria Valdoria PROPN 18 nsubj", "and and CCONJ 3 cc", "Ostrava Ostrava PROPN 1 conj",
                      ", , PUNCT 6 punct", "which which PRON 6 nsubj WDT", "have have VERB 18 ccomp VBP",
                      "no no DET 8 det", "ties tie NOUN 6 obj", ", , PUNCT 12 punct",
                      "discussed discuss VERB 12 amod VBN", "border border NOUN 12 compound", "issues issue NOUN 18 ccomp",
                      "at at ADP 14 case", "talks talk NOUN 12 nmod", ", , PUNCT 18 punct", "the the DET 17 det",
                      "spokesman spokesman NOUN 18 nsubj", "said say VERB 0 root", ". . PUNCT 18 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[9].head, 17);  // discussed -> said, the reported clause
  EXPECT_EQ(g.words[9].rel, Rel::Ccomp);
  EXPECT_EQ(g.words[0].head, 9);   // Valdoria -> discussed, subject
  EXPECT_EQ(g.words[0].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[11].head, 9);  // issues -> discussed, object
  EXPECT_EQ(g.words[11].rel, Rel::Obj);
  EXPECT_EQ(g.words[5].head, 0);   // have -> Valdoria, the relative clause
  EXPECT_EQ(g.words[16].head, 17); // the spokesman stays the subject of "said"
}

TEST(ParseRepair, AnOpeningPhraseIsNoRootOfTheClauseAfterIt) {
  // "After talks with Ostrava, Valdoria praised Morava.", parsed with "talks" the root
  // and "Valdoria praised Morava" a relative clause on it.
  DepGraph g = graph({"After after ADP 2 case", "talks talk NOUN 0 root", "with with ADP 4 case",
                      "Ostrava Ostrava PROPN 2 nmod", ", , PUNCT 4 punct", "Valdoria Valdoria PROPN 7 nsubj",
                      "praised praise VERB 2 acl:relcl VBD", "Morava Morava PROPN 7 obj", ". . PUNCT 2 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[6].head, -1);  // praised is the root
  EXPECT_EQ(g.words[1].head, 6);   // talks -> praised, an oblique
  EXPECT_EQ(g.words[1].rel, Rel::Obl);
  EXPECT_EQ(g.words[8].head, 6);   // the full stop follows the root
  // A relative clause with no comma before its subject stays: "the talks Valdoria
  // praised".
  DepGraph h = graph({"the the DET 2 det", "talks talk NOUN 0 root", "Valdoria Valdoria PROPN 4 nsubj",
                      "praised praise VERB 2 acl:relcl VBD"});
  EXPECT_FALSE(coder::needs_repair(h));
}

TEST(ParseRepair, ATitleBeforeTheSubjectIsNoRootOfARelativeClause) {
  // "Undersecretary Rell Maro criticised Ostrava.", parsed with "Undersecretary" the
  // root and "Rell Maro criticised Ostrava" a relative clause on it.
  DepGraph g = graph({"Undersecretary Undersecretary NOUN 0 root", "Rell Rell PROPN 4 nsubj", "Maro Maro PROPN 2 flat",
                      "criticised criticise VERB 1 acl:relcl VBD", "Ostrava Ostrava PROPN 4 obj", ". . PUNCT 1 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[3].head, -1);  // criticised is the root
  EXPECT_EQ(g.words[0].head, 1);   // the title goes with the name
  EXPECT_EQ(g.words[1].head, 3);   // Rell -> criticised, subject
  EXPECT_EQ(g.words[5].head, 3);
  // A relative clause with its relative word, or on a lower-case noun, stays:
  // "the member Valdoria chose" is another shape.
  DepGraph h = graph({"member member NOUN 0 root", "Valdoria Valdoria PROPN 3 nsubj", "chose choose VERB 1 acl:relcl VBD"});
  EXPECT_FALSE(coder::needs_repair(h));
}

TEST(ParseRepair, AParticipleWithABareObjectAfterARootNounIsTheClause) {
  // "Valdorian police arrested the Ostravan envoy.", parsed with "police" the root,
  // "arrested" its participle and "envoy" an agent with no "by" -- read as is, the
  // envoy would have arrested the police.
  DepGraph g = graph({"Valdorian Valdorian ADJ 2 amod", "police police NOUN 0 root", "arrested arrest VERB 2 acl VBN",
                      "the the DET 6 det", "Ostravan Ostravan ADJ 6 amod", "envoy envoy NOUN 3 obl:agent",
                      ". . PUNCT 2 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, -1);  // arrested is the root
  EXPECT_EQ(g.words[1].head, 2);   // police -> arrested, subject
  EXPECT_EQ(g.words[1].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[5].head, 2);   // envoy -> arrested, object
  EXPECT_EQ(g.words[5].rel, Rel::Obj);
  EXPECT_EQ(g.words[6].head, 2);   // the full stop follows the root
  // A real agent keeps its reading: "the envoy arrested by Valdorian police".
  DepGraph h = graph({"the the DET 2 det", "envoy envoy NOUN 0 root", "arrested arrest VERB 2 acl VBN",
                      "by by ADP 6 case", "Valdorian Valdorian ADJ 6 amod", "police police NOUN 3 obl:agent"});
  EXPECT_FALSE(coder::needs_repair(h));
}

TEST(ParseRepair, ASubjectMadeAnAppositionOfTheOpeningPhrase) {
  // "In a call with Rell Maro, Ana Carnel criticised Ostrava.", with "Ana Carnel" an
  // apposition of "Rell Maro" and "criticised" without a subject.
  DepGraph g = graph({"In in ADP 3 case", "a a DET 3 det", "call call NOUN 10 obl", "with with ADP 5 case",
                      "Rell Rell PROPN 3 nmod", "Maro Maro PROPN 5 flat", ", , PUNCT 8 punct", "Ana Ana PROPN 5 appos",
                      "Carnel Carnel PROPN 8 flat", "criticised criticise VERB 0 root VBD", "Ostrava Ostrava PROPN 10 obj"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[7].head, 9);  // Ana -> criticised, subject
  EXPECT_EQ(g.words[7].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[6].head, 9);  // the comma goes with it
  EXPECT_FALSE(coder::needs_repair(g));
  // A verb with a subject of its own is left alone: "In a call with Rell, she
  // criticised Ostrava."
  DepGraph h = graph({"In in ADP 3 case", "a a DET 3 det", "call call NOUN 8 obl", "with with ADP 5 case",
                      "Rell Rell PROPN 3 nmod", ", , PUNCT 5 punct", "she she PRON 8 nsubj",
                      "criticised criticise VERB 0 root VBD", "Ostrava Ostrava PROPN 8 obj"});
  EXPECT_FALSE(coder::needs_repair(h));
}

TEST(ParseRepair, ASubjectBehindAPrepositionMadeASubordinator) {
  // "After a meeting with President Rell Maro, Ana Carnel praised Ostrava.", with "with"
  // a subordinator of "praised", "Rell Maro" its subject and "Ana Carnel" his apposition.
  DepGraph g = graph({"After after ADP 3 case", "a a DET 3 det", "meeting meeting NOUN 11 obl", "with with ADP 11 mark",
                      "President President PROPN 6 nmod:desc", "Rell Rell PROPN 11 nsubj", "Maro Maro PROPN 6 flat",
                      ", , PUNCT 9 punct", "Ana Ana PROPN 6 appos", "Carnel Carnel PROPN 9 flat",
                      "praised praise VERB 0 root VBD", "Ostrava Ostrava PROPN 11 obj"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[8].head, 10);  // Ana -> praised, subject
  EXPECT_EQ(g.words[8].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[5].head, 2);  // Rell -> meeting, with "with" his case
  EXPECT_EQ(g.words[5].rel, Rel::Nmod);
  EXPECT_EQ(g.words[3].head, 5);
  EXPECT_EQ(g.words[3].rel, Rel::Case);
  EXPECT_FALSE(coder::needs_repair(g));
  // An absolute clause is left alone: "With Rell Maro absent, Ana Carnel praised
  // Ostrava." has no apposition running up to the verb.
  DepGraph h = graph({"With with ADP 4 mark", "Rell Rell PROPN 4 nsubj", "Maro Maro PROPN 2 flat", "absent absent ADJ 8 advcl",
                      ", , PUNCT 4 punct", "Ana Ana PROPN 8 nsubj", "Carnel Carnel PROPN 6 flat",
                      "praised praise VERB 0 root VBD", "Ostrava Ostrava PROPN 8 obj"});
  EXPECT_FALSE(coder::needs_repair(h));
}

TEST(ParseRepair, AReducedRelativeClauseOnTheSubject) {
  // "The deal Valdoria struck with Ostrava angered Morava.", with "deal" and "Valdoria"
  // two subjects of "struck" and "angered" a clause of it.
  DepGraph g = graph({"The the DET 2 det", "deal deal NOUN 4 nsubj", "Valdoria Valdoria PROPN 4 nsubj",
                      "struck strike VERB 0 root VBD", "with with ADP 6 case", "Ostrava Ostrava PROPN 4 obl",
                      "angered anger VERB 4 advcl VBD", "Morava Morava PROPN 7 obj", ". . PUNCT 4 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[6].head, -1);  // angered: the root
  EXPECT_EQ(g.words[1].head, 6);   // deal -> angered, subject
  EXPECT_EQ(g.words[1].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[3].head, 1);  // struck -> deal, a relative clause
  EXPECT_EQ(g.words[3].rel, Rel::AclRelcl);
  EXPECT_EQ(g.words[2].head, 3);  // Valdoria stays the clause's subject
  EXPECT_EQ(g.words[8].head, 6);  // the full stop goes with the new root
  EXPECT_FALSE(coder::needs_repair(g));
}

TEST(ParseRepair, AStrayPartnerOfAMeetingIsTheMeetings) {
  const lang::CoderWords& W = lang::english().coder;
  // "Rell made the remarks after a meeting in Marlow yesterday with Ana.", with "with
  // Ana" hung on the verb after the time phrase.
  DepGraph g = graph({"Rell Rell PROPN 2 nsubj", "made make VERB 0 root", "the the DET 4 det", "remarks remark NOUN 2 obj",
                      "after after ADP 7 case", "a a DET 7 det", "meeting meeting NOUN 2 obl", "in in ADP 9 case",
                      "Marlow Marlow PROPN 7 nmod", "yesterday yesterday NOUN 2 obl:unmarked", "with with ADP 12 case",
                      "Ana Ana PROPN 2 obl"});
  uint32_t phrase = 0, noun = 0;
  ASSERT_TRUE(coder::find_stray_partner(g, W.reciprocal_words, W.partner_prepositions, phrase, noun));
  EXPECT_EQ(phrase, 11u);
  EXPECT_EQ(noun, 6u);
  ASSERT_TRUE(coder::repair_stray_partners(g, W.reciprocal_words, W.partner_prepositions));
  EXPECT_EQ(g.words[11].head, 6);
  EXPECT_EQ(g.words[11].rel, Rel::Nmod);
  // Hung on the place: "during a meeting at the mission with the Ostravan team".
  DepGraph h = graph({"Rell Rell PROPN 2 nsubj", "spoke speak VERB 0 root", "during during ADP 4 case",
                      "meeting meeting NOUN 2 obl", "at at ADP 7 case", "the the DET 7 det", "mission mission NOUN 4 nmod",
                      "with with ADP 10 case", "the the DET 10 det", "team team NOUN 7 nmod"});
  ASSERT_TRUE(coder::repair_stray_partners(h, W.reciprocal_words, W.partner_prepositions));
  EXPECT_EQ(h.words[9].head, 3);
  // Another phrase between -- an object of the verb -- keeps it: "met after the talks the
  // envoy with whom ..." is not the talks' partner.
  DepGraph k = graph({"Rell Rell PROPN 2 nsubj", "signed sign VERB 0 root", "after after ADP 4 case", "talks talk NOUN 2 obl",
                      "a a DET 6 det", "deal deal NOUN 2 obj", "with with ADP 8 case", "Ana Ana PROPN 2 obl"});
  EXPECT_FALSE(coder::find_stray_partner(k, W.reciprocal_words, W.partner_prepositions, phrase, noun));
}

TEST(ParseRepair, TwoModifiersJoinedByAndAreAList) {
  // "Valdorian and Rell negotiators met.", with "and" hung on the noun.
  DepGraph g = graph({"Valdorian Valdorian ADJ 4 amod", "and and CCONJ 4 cc", "Rell Rell PROPN 4 compound",
                      "negotiators negotiator NOUN 5 nsubj", "met meet VERB 0 root"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, 0);  // Rell -> Valdorian, a conjunct
  EXPECT_EQ(g.words[2].rel, Rel::Conj);
  EXPECT_EQ(g.words[1].head, 2);  // "and" goes with it
  EXPECT_FALSE(coder::needs_repair(g));
  // A headline's comma: "Valdorian, Rell negotiators meet".
  DepGraph h = graph({"Valdorian Valdorian ADJ 4 amod", ", , PUNCT 1 punct", "Rell Rell PROPN 4 amod",
                      "negotiators negotiator NOUN 5 nsubj", "meet meet VERB 0 root"});
  ASSERT_TRUE(coder::repair_parse(h));
  EXPECT_EQ(h.words[2].head, 0);
  EXPECT_EQ(h.words[2].rel, Rel::Conj);
}

TEST(ParseRepair, AVerbMadeAnAdjectiveIsTheReportedClause) {
  DepGraph g = adjective_predicate();
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, 8);  // attacked -> said
  EXPECT_EQ(g.words[2].rel, Rel::Ccomp);
  EXPECT_EQ(g.words[1].head, 2);  // gunships -> attacked, subject
  EXPECT_EQ(g.words[1].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[4].head, 2);  // positions -> attacked, object
  EXPECT_EQ(g.words[4].rel, Rel::Obj);
  EXPECT_EQ(g.words[7].head, 8);  // the spokesman still speaks
  EXPECT_FALSE(coder::needs_repair(g));
}

TEST(ParseRepair, AVerbMadeAClauseOfItsSubjectTakesTheNounAfterIt) {
  // "Valdorian warships attacked and sank an Ostravan boat, the minister said.", with
  // "attacked" under "warships" and "boat" a complement of "said".
  DepGraph g = graph({"Valdorian Valdorian ADJ 2 amod", "warships warship NOUN 12 nsubj", "attacked attack VERB 2 acl",
                      "and and CCONJ 5 cc", "sank sink VERB 3 conj", "an a DET 8 det", "Ostravan Ostravan ADJ 8 amod",
                      "boat boat NOUN 12 ccomp", ", , PUNCT 11 punct", "the the DET 11 det",
                      "minister minister NOUN 12 nsubj", "said say VERB 0 root"});
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, 11);
  EXPECT_EQ(g.words[1].head, 2);
  EXPECT_EQ(g.words[7].head, 2);
  EXPECT_EQ(g.words[7].rel, Rel::Obj);
  EXPECT_EQ(g.words[4].head, 2);  // "and sank" stays with "attacked"
}

TEST(ParseRepair, ParticiplesAndSingleSubjectsAreLeftAlone) {
  // One subject: "Ostravan positions attacked by gunships were abandoned."
  DepGraph one = graph({"Ostravan Ostravan ADJ 2 amod", "positions position NOUN 8 nsubj", "attacked attack VERB 2 acl",
                        "by by ADP 5 case", "gunships gunship NOUN 3 obl", "were be AUX 8 aux", "quickly quickly ADV 8 advmod",
                        "abandoned abandon VERB 0 root"});
  EXPECT_FALSE(coder::needs_repair(one));
  // "300 people left homeless by the flood, which cost Ostrava 800 dollars, officials
  // said", with "dollars" a complement of "said": what follows "left" is its own
  // words, then another clause -- a participle, not the predicate of "dollars".
  DepGraph participle = graph({"300 300 NUM 2 nummod", "people people NOUN 15 nsubj", "left leave VERB 2 acl",
                               "homeless homeless ADJ 3 xcomp", "by by ADP 7 case", "the the DET 7 det",
                               "flood flood NOUN 3 obl", ", , PUNCT 10 punct", "which which PRON 10 nsubj",
                               "cost cost VERB 15 ccomp", "Ostrava Ostrava PROPN 10 obj", "800 800 NUM 13 nummod",
                               "dollars dollar NOUN 15 ccomp", "officials official NOUN 15 nsubj",
                               "said say VERB 0 root"});
  EXPECT_FALSE(coder::needs_repair(participle));
  // A predicate with its own subject or a "to" is a clause the parser placed right.
  DepGraph infinitive = graph({"Valdoria Valdoria PROPN 6 nsubj", "to to PART 3 mark", "attack attack VERB 1 acl",
                               "Ostrava Ostrava PROPN 6 nsubj", "officials official NOUN 6 nsubj", "said say VERB 0 root"});
  EXPECT_FALSE(coder::needs_repair(infinitive));
}

TEST(ParseRepair, APossessorHungOnTheVerbOwnsThePhraseAfterIt) {
  // "Valdoria's Prime Minister Carnel met Ostrava.", with "Valdoria" (and its "'s") an
  // oblique of "met".
  DepGraph g = graph({"Valdoria Valdoria PROPN 6 obl", "'s 's PART 1 case", "Prime prime ADJ 4 amod",
                      "Minister minister PROPN 6 nsubj", "Carnel Carnel PROPN 4 flat", "met meet VERB 0 root",
                      "Ostrava Ostrava PROPN 6 obj"});
  g.words[1].xpos = "POS";
  g.normalize();
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[0].head, 3);  // Valdoria -> Minister
  EXPECT_EQ(g.words[0].rel, Rel::NmodPoss);
  // A possessor already in place is left alone.
  EXPECT_FALSE(coder::needs_repair(g));
  // The phrase after "'s" already under the possessor: rewiring would make a cycle.
  DepGraph holds = graph({"Valdoria Valdoria PROPN 4 obl", "'s 's PART 1 case", "minister minister NOUN 1 nmod",
                          "met meet VERB 0 root", "Ostrava Ostrava PROPN 4 obj"});
  holds.words[1].xpos = "POS";
  holds.normalize();
  EXPECT_FALSE(coder::needs_repair(holds));
}

TEST(ParseRepair, ASentenceParsedAsOneNounPhraseIsAClause) {
  // "Valdoria fired rockets at Ostrava." parsed as a noun phrase: "rockets" the root,
  // "Valdoria" its compound, "fired" its adjective, "at Ostrava" its modifier.
  DepGraph g = graph({"Valdoria Valdoria PROPN 3 compound", "fired fire VERB 3 amod", "rockets rocket NOUN 0 root",
                      "at at ADP 5 case", "Ostrava Ostrava PROPN 3 nmod", ". . PUNCT 3 punct"});
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[1].head, -1);  // fired: the root
  EXPECT_EQ(g.words[0].head, 1);   // Valdoria: its subject
  EXPECT_EQ(g.words[0].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[2].head, 1);   // rockets: its object
  EXPECT_EQ(g.words[2].rel, Rel::Obj);
  EXPECT_EQ(g.words[4].head, 1);   // at Ostrava: where it was aimed
  EXPECT_EQ(g.words[4].rel, Rel::Obl);
  // "The destroyed platform burned" is no such thing: nothing nominal before the verb.
  DepGraph det = graph({"The the DET 3 det", "destroyed destroy VERB 3 amod", "platform platform NOUN 0 root"});
  EXPECT_FALSE(coder::needs_repair(det));
}

TEST(ParseRepair, ASubjectParsedAsTheRootOfOneNounPhraseIsTheSubject) {
  // "Valdoria's president promised retaliation against Ostrava." parsed with
  // "president" the root, "retaliation" its conjunct and "promised" the conjunct's
  // adjective.
  DepGraph g = graph({"Valdoria Valdoria PROPN 3 nmod:poss", "'s 's PART 1 case", "president president NOUN 0 root",
                      "promised promise VERB 5 amod", "retaliation retaliation NOUN 3 conj", "against against ADP 7 case",
                      "Ostrava Ostrava PROPN 5 nmod", ". . PUNCT 3 punct"});
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[3].head, -1);  // promised: the root
  EXPECT_EQ(g.words[2].head, 3);   // president: its subject
  EXPECT_EQ(g.words[2].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[4].head, 3);   // retaliation: its object
  EXPECT_EQ(g.words[4].rel, Rel::Obj);
  EXPECT_EQ(g.words[6].head, 3);   // against Ostrava
  EXPECT_EQ(g.words[6].rel, Rel::Obl);
  EXPECT_EQ(g.words[7].head, 3);   // the full stop follows the root
  // A real coordination stays: "the president and promised reforms".
  DepGraph coord = graph({"the the DET 2 det", "president president NOUN 0 root", "and and CCONJ 5 cc",
                          "promised promise VERB 5 amod", "reforms reform NOUN 2 conj"});
  EXPECT_FALSE(coder::needs_repair(coord));
  // "Valdoria's president, promised reforms" -- a comma before: a list, not a clause.
  DepGraph listed = graph({"Valdoria Valdoria PROPN 3 nmod:poss", "'s 's PART 1 case", "president president NOUN 0 root",
                           ", , PUNCT 6 punct", "promised promise VERB 6 amod", "reforms reform NOUN 3 conj"});
  EXPECT_FALSE(coder::needs_repair(listed));
}

TEST(ParseRepair, AHeadlineListsItsSubjectsWithAComma) {
  // "Valdoria, Ostrava agree to truce" with "Valdoria" a vocative of "agree".
  DepGraph g = graph({"Valdoria Valdoria PROPN 4 vocative", ", , PUNCT 1 punct", "Ostrava Ostrava PROPN 4 nsubj",
                      "agree agree VERB 0 root", "to to ADP 6 case", "truce truce NOUN 4 obl"});
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[0].head, 3);  // Valdoria: the subject
  EXPECT_EQ(g.words[0].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[2].head, 0);  // Ostrava: its conjunct
  EXPECT_EQ(g.words[2].rel, Rel::Conj);
  // "Valdoria, the minister said, agrees": no name right after the comma as subject.
  DepGraph aside = graph({"Valdoria Valdoria PROPN 5 vocative", ", , PUNCT 1 punct", "the the DET 4 det",
                          "minister minister NOUN 5 nsubj", "agrees agree VERB 0 root"});
  EXPECT_FALSE(coder::needs_repair(aside));
}

TEST(ParseRepair, ASubjectWithAnAppositionAndAListedClauseIsTheSubject) {
  // "Valdoria, a neighbour of Ostrava, today rejected charges." parsed with "Valdoria"
  // the root, "charges" a list item of it and "rejected" the item's adjective.
  DepGraph g = graph({"Valdoria Valdoria PROPN 0 root", ", , PUNCT 4 punct", "a a DET 4 det", "neighbour neighbour NOUN 1 appos",
                      "of of ADP 6 case", "Ostrava Ostrava PROPN 4 nmod", ", , PUNCT 1 punct",
                      "today today NOUN 9 obl:unmarked", "rejected reject VERB 10 amod", "charges charge NOUN 1 list",
                      ". . PUNCT 1 punct"});
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[8].head, -1);  // rejected: the root
  EXPECT_EQ(g.words[0].head, 8);   // Valdoria: its subject
  EXPECT_EQ(g.words[0].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[9].head, 8);   // charges: its object
  EXPECT_EQ(g.words[9].rel, Rel::Obj);
}

TEST(ParseRepair, ASecondSubjectAfterAndIsAConjunct) {
  // "Valdoria and Ostrava urged Morava.", parsed with both as subjects of "urged" and
  // the "and" under "Ostrava".
  DepGraph g = graph({"Valdoria Valdoria PROPN 4 nsubj", "and and CCONJ 3 cc", "Ostrava Ostrava PROPN 4 nsubj",
                      "urged urge VERB 0 root", "Morava Morava PROPN 4 obj"});
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, 0);
  EXPECT_EQ(g.words[2].rel, Rel::Conj);
  // Two subjects without a conjunction between them are another matter.
  DepGraph apart = graph({"Valdoria Valdoria PROPN 3 nsubj", "Ostrava Ostrava PROPN 3 nsubj", "urged urge VERB 0 root"});
  uint32_t changed = coder::repair_parse(apart);
  EXPECT_EQ(changed, 0u);
}

TEST(ParseRepair, APredicateThatRepeatsTheOuterAuxiliaryIsTheOuterVerbsConjunct) {
  // "Valdoria has said its envoys are watched and has accused Ostrava of spying.",
  // parsed with "accused" a conjunct of "watched".
  auto parse = [](const char* inner_aux) {
    return graph({"Valdoria Valdoria PROPN 3 nsubj", "has have AUX 3 aux", "said say VERB 0 root",
                  "its its PRON 5 nmod:poss", "envoys envoy NOUN 7 nsubj:pass",
                  std::string(inner_aux) + " be AUX 7 aux:pass", "watched watch VERB 3 ccomp", "and and CCONJ 10 cc",
                  "has have AUX 10 aux", "accused accuse VERB 7 conj", "Ostrava Ostrava PROPN 10 obj",
                  "of of ADP 13 case", "spying spying NOUN 10 obl"});
  };
  DepGraph g = parse("are");
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[9].head, 2);  // accused -> said
  EXPECT_EQ(g.words[9].rel, Rel::Conj);
  // "... said its envoys have been watched and have been expelled": the inner clause
  // has the auxiliary itself, so the conjunct is its own.
  DepGraph inner = graph({"Valdoria Valdoria PROPN 3 nsubj", "has have AUX 3 aux", "said say VERB 0 root",
                          "its its PRON 5 nmod:poss", "envoys envoy NOUN 7 nsubj:pass", "has have AUX 7 aux",
                          "watched watch VERB 3 ccomp", "and and CCONJ 10 cc", "has have AUX 10 aux",
                          "expelled expel VERB 7 conj"});
  EXPECT_FALSE(coder::needs_repair(inner));
}

TEST(ParseRepair, APurposeInfinitiveHungOnTheReportingVerbIsTheReportedClauses) {
  // "Minister Kor is in Ostrava to discuss trade, officials said.", parsed with
  // "discuss" a second clause reported by "said".
  DepGraph g = graph({"Minister minister PROPN 2 compound", "Kor Kor PROPN 5 nsubj", "is be AUX 5 cop",
                      "in in ADP 5 case", "Ostrava Ostrava PROPN 11 ccomp", "to to PART 7 mark",
                      "discuss discuss VERB 11 ccomp", "trade trade NOUN 7 obj", ", , PUNCT 10 punct",
                      "officials official NOUN 11 nsubj", "said say VERB 0 root", ". . PUNCT 11 punct"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[6].head, 4);  // discuss -> Ostrava, its purpose
  EXPECT_EQ(g.words[6].rel, Rel::Advcl);
  // "Kor said Ostrava is ready, and to discuss ...": only a reporting verb after its
  // clauses ("..., officials said") is read so; one before them is left as parsed.
  DepGraph apart = graph({"Kor Kor PROPN 2 nsubj", "said say VERB 0 root", "Ostrava Ostrava PROPN 5 nsubj",
                          "is be AUX 5 cop", "ready ready ADJ 2 ccomp", ", , PUNCT 9 punct", "and and CCONJ 9 cc",
                          "to to PART 9 mark", "discuss discuss VERB 2 ccomp"});
  EXPECT_FALSE(coder::needs_repair(apart));
}

TEST(ParseRepair, APastFormAfterATimeWordIsThePredicateNotAnAdjective) {
  // "Valdoria yesterday rejected claims by Ostrava.", parsed as the noun phrase
  // "Valdoria ... rejected claims" with "rejected" an adjective of "claims".
  DepGraph g = graph({"Valdoria Valdoria PROPN 4 compound NNP", "yesterday yesterday NOUN 3 obl:unmarked NN",
                      "rejected reject VERB 4 amod VBN", "claims claim NOUN 0 root NNS", "by by ADP 6 case IN",
                      "Ostrava Ostrava PROPN 4 nmod NNP", ". . PUNCT 4 punct ."});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, -1);  // rejected is the root
  EXPECT_EQ(g.words[0].head, 2);   // Valdoria -> rejected, subject
  EXPECT_EQ(g.words[0].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[3].head, 2);   // claims -> rejected, object
  EXPECT_EQ(g.words[3].rel, Rel::Obj);
  EXPECT_EQ(g.words[6].head, 2);   // the full stop follows the root
}

TEST(ParseRepair, APlaceAfterInBeforeAnInfinitiveIsNoSubject) {
  // "Kor will stop in Marlow to meet Ostravan officials.", parsed with "in" a
  // subordinator of "meet" and "Marlow" its subject.
  DepGraph g = graph({"Kor Kor PROPN 3 nsubj NNP", "will will AUX 3 aux MD", "stop stop VERB 0 root VB",
                      "in in ADP 7 mark IN", "Marlow Marlow PROPN 7 nsubj NNP", "to to PART 7 mark TO",
                      "meet meet VERB 3 advcl VB", "Ostravan Ostravan ADJ 9 amod JJ", "officials official NOUN 7 obj NNS"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[4].head, 2);  // Marlow -> stop, where it happens
  EXPECT_EQ(g.words[4].rel, Rel::Obl);
  EXPECT_EQ(g.words[3].head, 4);  // in -> Marlow
  EXPECT_EQ(g.words[3].rel, Rel::Case);
  // "... waited for Marlow to act": "for X to" names the infinitive's subject.
  DepGraph subject = graph({"Kor Kor PROPN 2 nsubj NNP", "waited wait VERB 0 root VBD", "for for ADP 6 mark IN",
                            "Marlow Marlow PROPN 6 nsubj NNP", "to to PART 6 mark TO", "act act VERB 2 advcl VB"});
  EXPECT_FALSE(coder::needs_repair(subject));
}

TEST(ParseRepair, AClauseAfterAfterHasThePhrasesNounForSubject) {
  // "Valdoria lodged a protest after Ostravan aircraft violated its airspace.", with
  // "after Ostravan aircraft" a phrase of "protest" and "violated" a clause with no
  // subject.
  DepGraph g = graph({"Valdoria Valdoria PROPN 2 nsubj NNP", "lodged lodge VERB 0 root VBD", "a a DET 4 det DT",
                      "protest protest NOUN 2 obj NN", "after after ADP 7 case IN", "Ostravan Ostravan ADJ 7 amod JJ",
                      "aircraft aircraft NOUN 4 nmod NN", "violated violate VERB 2 advcl VBD",
                      "its its PRON 10 nmod:poss PRP$", "airspace airspace NOUN 8 obj NN"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[6].head, 7);  // aircraft -> violated, subject
  EXPECT_EQ(g.words[6].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[4].head, 7);  // after -> violated, subordinator
  EXPECT_EQ(g.words[4].rel, Rel::Mark);
  // "Valdoria protested after an Ostravan ship entered its waters.", with "after" a
  // preposition of the subject and the clause a complement.
  DepGraph h = graph({"Valdoria Valdoria PROPN 2 nsubj NNP", "protested protest VERB 0 root VBD",
                      "after after ADP 6 case IN", "an a DET 6 det DT", "Ostravan Ostravan ADJ 6 amod JJ",
                      "ship ship NOUN 7 nsubj NN", "entered enter VERB 2 ccomp VBD", "its its PRON 9 nmod:poss PRP$",
                      "waters water NOUN 7 obj NNS"});
  ASSERT_TRUE(coder::needs_repair(h));
  ASSERT_TRUE(coder::repair_parse(h));
  EXPECT_EQ(h.words[2].head, 6);  // after -> entered
  EXPECT_EQ(h.words[2].rel, Rel::Mark);
  EXPECT_EQ(h.words[6].rel, Rel::Advcl);
}

TEST(ParseRepair, ANounRootWithAnObjectHasItsObjectsModifierForPredicate) {
  // "Valdorian police fired tear gas at protesters on Tuesday as ...", parsed with
  // "police" the root, "gas" its object and "fired" an adjective of the gas.
  DepGraph g = graph({"Valdorian Valdorian ADJ 2 amod JJ", "police police NOUN 0 root NN",
                      "fired fire VERB 5 amod VBN", "tear tear NOUN 5 compound NN", "gas gas NOUN 2 obj NN",
                      "at at ADP 7 case IN", "protesters protester NOUN 5 nmod NNS", "on on ADP 9 case IN",
                      "Tuesday Tuesday PROPN 2 obl NNP", ". . PUNCT 2 punct ."});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, -1);  // fired is the root
  EXPECT_EQ(g.words[1].head, 2);   // police -> fired, subject
  EXPECT_EQ(g.words[1].rel, Rel::Nsubj);
  EXPECT_EQ(g.words[4].head, 2);   // gas -> fired, object
  EXPECT_EQ(g.words[4].rel, Rel::Obj);
  EXPECT_EQ(g.words[6].head, 2);   // at protesters -> fired
  EXPECT_EQ(g.words[8].head, 2);   // on Tuesday -> fired
  EXPECT_EQ(g.words[9].head, 2);   // the full stop
}

TEST(ParseRepair, AModifierReadAsANounBeforeAndIsTheListsFirst) {
  // "Clashes between Valdorian and Ostravan troops erupted.", parsed with "Valdorian"
  // a noun and "Ostravan troops" its conjunct.
  DepGraph g = graph({"Clashes clash NOUN 7 nsubj NNS", "between between ADP 3 case IN",
                      "Valdorian Valdorian PROPN 1 nmod NNP", "and and CCONJ 6 cc CC", "Ostravan Ostravan ADJ 6 amod JJ",
                      "troops troops NOUN 3 conj NNS", "erupted erupt VERB 0 root VBD"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[5].head, 0);  // troops -> Clashes, its phrase
  EXPECT_EQ(g.words[5].rel, Rel::Nmod);
  EXPECT_EQ(g.words[1].head, 5);  // between -> troops
  EXPECT_EQ(g.words[2].head, 5);  // Valdorian -> troops, a modifier
  EXPECT_EQ(g.words[2].rel, Rel::Amod);
  EXPECT_EQ(g.words[4].head, 2);  // Ostravan -> Valdorian, the list's second
  EXPECT_EQ(g.words[4].rel, Rel::Conj);
}

TEST(ParseRepair, WhomAVerbTellsIsNoSubjectOfWhatItReports) {
  // "Kor told reporters he had accused Ostrava.", parsed with "reporters" a subject of
  // "accused" and "he" a subject of its auxiliary.
  DepGraph g = graph({"Kor Kor PROPN 2 nsubj NNP", "told tell VERB 0 root VBD", "reporters reporter NOUN 6 nsubj NNS",
                      "he he PRON 5 nsubj PRP", "had have VERB 6 aux VBD", "accused accuse VERB 2 ccomp VBN",
                      "Ostrava Ostrava PROPN 6 obj NNP"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[2].head, 1);  // reporters -> told, whom it was told
  EXPECT_EQ(g.words[2].rel, Rel::Obj);
  EXPECT_EQ(g.words[3].head, 5);  // he -> accused, its subject
  EXPECT_EQ(g.words[3].rel, Rel::Nsubj);
}

TEST(ParseRepair, AnIngModifierBeforeAPossessorIsAParticiple) {
  // "Welcoming Ostrava's offer, Valdoria said ...", tagged with "Welcoming" an
  // adjective of "offer" and the offer a clause of "said".
  DepGraph g = graph({"Welcoming welcoming ADJ 4 amod JJ", "Ostrava Ostrava PROPN 4 nmod:poss NNP", "'s 's PART 2 case POS",
                      "offer offer NOUN 7 ccomp NN", ", , PUNCT 4 punct ,", "Valdoria Valdoria PROPN 7 nsubj NNP",
                      "said say VERB 0 root VBD"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[0].upos, UPos::Verb);
  EXPECT_EQ(g.words[0].head, 6);  // Welcoming -> said, a clause of it
  EXPECT_EQ(g.words[0].rel, Rel::Advcl);
  EXPECT_EQ(g.words[3].head, 0);  // offer -> Welcoming, its object
  EXPECT_EQ(g.words[3].rel, Rel::Obj);
  EXPECT_EQ(g.words[4].head, 6);  // the comma
}

TEST(ParseRepair, ANameWithItsOwnDeterminerAfterAnOfNameIsTheNounsConjunct) {
  // "The government of Valdoria and the Ostravan Front met.", parsed with the front a
  // conjunct of "Valdoria" inside "of".
  DepGraph g = graph({"The the DET 2 det DT", "government government NOUN 9 nsubj NN", "of of ADP 4 case IN",
                      "Valdoria Valdoria PROPN 2 nmod NNP", "and and CCONJ 8 cc CC", "the the DET 8 det DT",
                      "Ostravan Ostravan PROPN 8 compound NNP", "Front Front PROPN 4 conj NNP", "met meet VERB 0 root VBD"});
  ASSERT_TRUE(coder::needs_repair(g));
  ASSERT_TRUE(coder::repair_parse(g));
  EXPECT_EQ(g.words[7].head, 1);  // Front -> government, its conjunct
  EXPECT_EQ(g.words[7].rel, Rel::Conj);
  // "the governments of Valdoria and Ostrava": a bare second name stays inside "of".
  DepGraph bare = graph({"the the DET 2 det DT", "governments government NOUN 0 root NNS", "of of ADP 4 case IN",
                         "Valdoria Valdoria PROPN 2 nmod NNP", "and and CCONJ 6 cc CC", "Ostrava Ostrava PROPN 4 conj NNP"});
  EXPECT_FALSE(coder::needs_repair(bare));
}

TEST(ParseRepair, TheCoderCodesTheRepairedClause) {
  Dictionary dict;
  test_graphs::load_dictionary(dict,
                               "#!dyad-dictionary 1\n"
                               "actor VLD = Valdoria; Valdorian\n"
                               "actor OST = Ostrava; Ostravan\n"
                               "agent ~MIL = gunships\n"
                               "verb 190 = attack\n"
                               "verb 010 = say {said}\n");
  DocumentState state;
  state.reset("doc", Date::from_number(20240711));
  std::vector<Event> events;
  EventCoder(dict, CoderOptions{}).code(adjective_predicate(), state, events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "VLDMIL");
  EXPECT_EQ(events[0].target.code, "OST");
  EXPECT_EQ(events[0].cameo, "190");
  EXPECT_NE(events[0].rule.find("+repaired-parse"), std::string::npos);
  // PETRARCH settings code the parse as given: nothing between the two.
  events.clear();
  state.reset("doc", Date::from_number(20240711));
  EventCoder(dict, CoderOptions::petrarch()).code(adjective_predicate(), state, events);
  for (const Event& e : events) EXPECT_NE(e.cameo, "190");
}

}  // namespace
}  // namespace dyad
