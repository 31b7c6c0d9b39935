// The event coder on sentences and parses written for these tests, with a small
// dictionary in Dyad's format; plus DepGraph construction and normalisation.
#include "dyad/code.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "dyad/tokenize.hpp"
#include "unit/coder/graph_builder.hpp"

namespace dyad {
namespace {

const char* kDictionary =
    "#!dyad-dictionary 1\n"
    "actor CHN = China; Chinese; Beijing\n"
    "actor TWN = Taiwan\n"
    "actor RUS = Russia; Russian\n"
    "actor UKR = Ukraine\n"
    "actor JPN = Japan\n"
    "actor IGOWSTNAT = NATO\n"
    "actor = Barack Obama; Obama\n"
    "  code USAELI\n"
    "  code USAGOV 2009-01-20..2017-01-20\n"
    "agent ~MIL = troops; soldiers\n"
    "agent ~GOV = government; spokesperson; foreign ministry\n"
    "verb 180 = attack\n"
    "verb 111 = criticize; condemn\n"
    "verb 010 = say {said}; tell {told}\n"
    "verb 020 = urge\n"
    "verb 042:043 = visit\n"
    "verb 130 = warn\n"
    "  pattern 138 = * + OF MILITARY ACTION\n"
    "discard = football match\n"
    "issue MILITARY = military action\n"
    "actor USA = United States; US\n"
    "verb 1621 = ban\n"
    "actor IRQ = Iraq; Iraqi; Iraqis; Kirkuk\n"
    "verb 141 = demonstrate\n"
    "verb 010 = declare\n"
    "  pattern 100 = * THAT + MUST\n";

using test_graphs::graph;

class CoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_graphs::load_dictionary(dict, kDictionary);
  }
  std::vector<std::string> code(const DepGraph& g, CoderOptions o = {}, Date date = Date::from_number(20240711)) {
    EventCoder coder(dict, o);
    DocumentState state;
    state.reset("doc", date);
    events.clear();
    last = coder.code(g, state, events);
    std::vector<std::string> out;
    for (const auto& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.cameo);
    std::sort(out.begin(), out.end());
    return out;
  }
  Dictionary dict;
  std::vector<Event> events;
  SentenceResult last;
};

using Strings = std::vector<std::string>;

TEST_F(CoderTest, SubjectVerbObjectWithAgent) {
  DepGraph g = graph({"Chinese Chinese ADJ 2 amod", "troops troop NOUN 3 nsubj", "attacked attack VERB 0 root",
                      "Taiwan Taiwan PROPN 3 obj", ". . PUNCT 3 punct"});
  EXPECT_EQ(code(g), (Strings{"CHNMIL TWN 180"}));
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.root, "18");
  EXPECT_EQ(e.quad, 4);
  ASSERT_TRUE(e.goldstein.has_value());
  EXPECT_DOUBLE_EQ(*e.goldstein, -9.0);
  EXPECT_EQ(e.plover, "ASSAULT");
  EXPECT_EQ(e.source.span, (WordSpan{0, 2}));
  EXPECT_EQ(e.verb, (WordSpan{2, 3}));
  EXPECT_EQ(e.target.span, (WordSpan{3, 4}));
  EXPECT_NE(e.verb_entry.find("test.dyad:13"), std::string::npos) << e.verb_entry;
  EXPECT_EQ(e.date.iso(), "2024-07-11");
}

TEST_F(CoderTest, PassiveWithByPhrase) {
  DepGraph g = graph({"Taiwan Taiwan PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "attacked attack VERB 0 root",
                      "by by ADP 6 case", "Chinese Chinese ADJ 6 amod", "soldiers soldier NOUN 3 obl", ". . PUNCT 3 punct"});
  EXPECT_EQ(g.words[5].deprel, "obl:agent");
  EXPECT_EQ(code(g), (Strings{"CHNMIL TWN 180"}));
}

TEST_F(CoderTest, UdV1LabelsAndCoordinatedSubjects) {
  // UD v1 parse: dobj, CONJ.
  DepGraph g = graph({"Russia Russia PROPN 4 nsubj", "and and CONJ 1 cc", "China China PROPN 1 conj",
                      "criticized criticize VERB 0 root", "NATO NATO PROPN 4 dobj", ". . PUNCT 4 punct"});
  EXPECT_EQ(g.words[4].deprel, "obj");
  EXPECT_EQ(g.words[1].upos, UPos::CConj);
  EXPECT_EQ(code(g), (Strings{"CHN IGOWSTNAT 111", "RUS IGOWSTNAT 111"}));
}

TEST_F(CoderTest, ReportedClauseCodesWithPronounResolved) {
  // "China said it would attack Taiwan": one event, the reported one -- announced, so
  // a threat of force (PETRARCH's rules code the attack itself).
  DepGraph g = graph({"China China PROPN 2 nsubj", "said say VERB 0 root", "it it PRON 5 nsubj",
                      "would would AUX 5 aux", "attack attack VERB 2 ccomp", "Taiwan Taiwan PROPN 5 obj"});
  EXPECT_EQ(code(g), (Strings{"CHN TWN 138"}));
  EXPECT_EQ(code(g, CoderOptions::petrarch()), (Strings{"CHN TWN 180"}));
}

TEST_F(CoderTest, QuoteSpeakerBecomesSource) {
  // "We condemn NATO, China said."
  DepGraph g = graph({"We we PRON 2 nsubj", "condemn condemn VERB 0 root", "NATO NATO PROPN 2 obj",
                      ", , PUNCT 6 punct", "China China PROPN 6 nsubj", "said say VERB 2 parataxis", ". . PUNCT 2 punct"});
  EXPECT_EQ(code(g), (Strings{"CHN IGOWSTNAT 111"}));
}

TEST_F(CoderTest, StatementNeedsAnAddressee) {
  // "NATO said China has become an enabler": the complement codes nothing, and China
  // is what was spoken of, not whom NATO spoke to.
  DepGraph g = graph({"NATO NATO PROPN 2 nsubj", "said say VERB 0 root", "China China PROPN 5 nsubj",
                      "has have AUX 5 aux", "become become VERB 2 ccomp", "an a DET 7 det", "enabler enabler NOUN 5 xcomp"});
  EXPECT_EQ(code(g), Strings{});
  // PETRARCH's rules take the complement's first actor as the target.
  EXPECT_EQ(code(g, CoderOptions::petrarch()), (Strings{"IGOWSTNAT CHN 010"}));
  // "NATO told China it had become an enabler": China is spoken to.
  DepGraph told = graph({"NATO NATO PROPN 2 nsubj", "told tell VERB 0 root", "China China PROPN 2 iobj",
                         "it it PRON 6 nsubj", "had have AUX 6 aux", "become become VERB 2 ccomp", "an a DET 8 det",
                         "enabler enabler NOUN 6 xcomp"});
  EXPECT_EQ(code(told), (Strings{"IGOWSTNAT CHN 010"}));
}

TEST_F(CoderTest, XcompChainIsAbsorbed) {
  // "China urged NATO to attack Russia": the appeal, not an attack.
  DepGraph g = graph({"China China PROPN 2 nsubj", "urged urge VERB 0 root", "NATO NATO PROPN 2 obj",
                      "to to PART 5 mark", "attack attack VERB 2 xcomp", "Russia Russia PROPN 5 obj"});
  EXPECT_EQ(code(g), (Strings{"CHN IGOWSTNAT 020"}));
}

TEST_F(CoderTest, ChainedConjunctsAreAllSources) {
  // "Taiwan, Japan and Ukraine criticized Russia", with Ukraine parsed under Japan.
  DepGraph g = graph({"Taiwan Taiwan PROPN 6 nsubj", ", , PUNCT 3 punct", "Japan Japan PROPN 1 conj",
                      "and and CCONJ 5 cc", "Ukraine Ukraine PROPN 3 conj", "criticized criticize VERB 0 root",
                      "Russia Russia PROPN 6 obj"});
  EXPECT_EQ(code(g), (Strings{"JPN RUS 111", "TWN RUS 111", "UKR RUS 111"}));
}

TEST_F(CoderTest, FiniteVerbTakesTheActorTheParserHungBeforeIt) {
  // "The statement came a day after NATO attacked Russia", with NATO parsed as the
  // object of "after" and "attacked" left without a subject.
  DepGraph g = graph({"The the DET 2 det", "statement statement NOUN 3 nsubj", "came come VERB 0 root",
                      "a a DET 5 det", "day day NOUN 3 obl", "after after ADP 7 case", "NATO NATO PROPN 5 nmod",
                      "attacked attack VERB 3 advcl", "Russia Russia PROPN 8 obj"});
  g.words[7].xpos = "VBD";
  EXPECT_EQ(code(g), (Strings{"IGOWSTNAT RUS 180"}));
  EXPECT_EQ(events[0].date.iso(), "2024-07-10");  // a day before the document date
}

TEST_F(CoderTest, LemmaFindsFormsTheDictionaryDoesNotList) {
  // Regular forms are generated ("bans", "baned"); "banned", with its doubled
  // consonant, is found through its lemma.
  DepGraph g = graph({"Japan Japan PROPN 2 nsubj", "banned ban VERB 0 root", "Chinese Chinese ADJ 4 amod",
                      "troops troop NOUN 2 obj"});
  EXPECT_EQ(code(g), (Strings{"JPN CHNMIL 1621"}));
}

TEST_F(CoderTest, LowerCasePronounIsNotTheActorUS) {
  // "Russia attacked us" vs "Russia attacked US troops".
  EXPECT_TRUE(code(graph({"Russia Russia PROPN 2 nsubj", "attacked attack VERB 0 root", "us we PRON 2 obj"})).empty());
  EXPECT_EQ(code(graph({"Russia Russia PROPN 2 nsubj", "attacked attack VERB 0 root", "US US PROPN 4 compound",
                        "troops troop NOUN 2 obj"})),
            (Strings{"RUS USAMIL 180"}));
}

TEST_F(CoderTest, TargetsAreNotTakenFromRelativeClauses) {
  // "Japan criticized the plan, which Russia proposed."
  DepGraph g = graph({"Japan Japan PROPN 2 nsubj", "criticized criticize VERB 0 root", "the the DET 4 det",
                      "plan plan NOUN 2 obj", ", , PUNCT 4 punct", "which which PRON 8 obj",
                      "Russia Russia PROPN 8 nsubj", "proposed propose VERB 4 acl:relcl"});
  EXPECT_EQ(code(g), Strings{}) << (events.empty() ? "" : events[0].rule);
  EXPECT_EQ(code(g, CoderOptions::petrarch()), (Strings{"JPN RUS 111"}));
}

TEST_F(CoderTest, ProtestIsAimedAtThePlace) {
  // "Thousands of Iraqis demonstrated in Kirkuk."  -> IRQ -> IRQ (domestic protest)
  DepGraph g = graph({"Thousands thousand NOUN 4 nsubj", "of of ADP 3 case", "Iraqis Iraqis PROPN 1 nmod",
                      "demonstrated demonstrate VERB 0 root", "in in ADP 6 case", "Kirkuk Kirkuk PROPN 4 obl"});
  EXPECT_EQ(code(g), (Strings{"IRQ IRQ 141"}));
  EXPECT_TRUE(code(g, CoderOptions::petrarch()).empty());
}

TEST_F(CoderTest, ReportedDemandKeepsTheDemand) {
  // "China declared that Japan must attack Russia": a demand on Japan, not an attack.
  DepGraph g = graph({"China China PROPN 2 nsubj", "declared declare VERB 0 root", "that that SCONJ 6 mark",
                      "Japan Japan PROPN 6 nsubj", "must must AUX 6 aux", "attack attack VERB 2 ccomp",
                      "Russia Russia PROPN 6 obj"});
  EXPECT_EQ(code(g), (Strings{"CHN JPN 100"}));
}

TEST_F(CoderTest, QuantityBeforeTheSubjectIsNotAPreposition) {
  // "Up to 1,000 Iraqis attacked Japan", parsed with "to" as a preposition of Iraqis.
  DepGraph g = graph({"Up up ADP 5 mark", "to to ADP 4 case", "1,000 1000 NUM 4 nummod", "Iraqis Iraqis PROPN 5 obl",
                      "attacked attack VERB 0 root", "Japan Japan PROPN 5 obj"});
  g.words[4].xpos = "VBD";
  EXPECT_EQ(code(g), (Strings{"IRQ JPN 180"}));
}

TEST_F(CoderTest, RefusingToActNegatesTheAct) {
  // "Japan refused to condemn China." / "Japan declined to attack China."
  DepGraph g = graph({"Japan Japan PROPN 2 nsubj", "refused refuse VERB 0 root", "to to PART 4 mark",
                      "condemn condemn VERB 2 xcomp", "China China PROPN 4 obj"});
  EXPECT_EQ(code(g), (Strings{"JPN CHN 111"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].negated);
  CoderOptions drop;
  drop.negation = NegationPolicy::Drop;
  EXPECT_TRUE(code(g, drop).empty());
  CoderOptions petrarch = CoderOptions::petrarch();
  EXPECT_EQ(code(g, petrarch), (Strings{"JPN CHN 111"}));
  EXPECT_FALSE(events[0].negated);
}

TEST_F(CoderTest, NegationFlagOrDrop) {
  DepGraph g = graph({"Japan Japan PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 neg",
                      "attack attack VERB 0 root", "China China PROPN 4 dobj"});
  CoderOptions flag;
  EXPECT_EQ(code(g, flag), (Strings{"JPN CHN 180"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_TRUE(events[0].negated);
  CoderOptions drop;
  drop.negation = NegationPolicy::Drop;
  EXPECT_TRUE(code(g, drop).empty());
}

TEST_F(CoderTest, DatedActorCodesAndPairedEvents) {
  DepGraph g = graph({"Obama Obama PROPN 2 nsubj", "visited visit VERB 0 root", "China China PROPN 2 obj"});
  EXPECT_EQ(code(g, {}, Date::from_number(20100101)), (Strings{"CHN USAGOV 043", "USAGOV CHN 042"}));
  EXPECT_EQ(code(g, {}, Date::from_number(20200101)), (Strings{"CHN USAELI 043", "USAELI CHN 042"}));
}

TEST_F(CoderTest, PatternPlacesTarget) {
  // "Russia warned Ukraine of military action" -> 138, not the verb's 130.
  DepGraph g = graph({"Russia Russia PROPN 2 nsubj", "warned warn VERB 0 root", "Ukraine Ukraine PROPN 2 obj",
                      "of of ADP 6 case", "military military ADJ 6 amod", "action action NOUN 2 obl"});
  EXPECT_EQ(code(g), (Strings{"RUS UKR 138"}));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_NE(events[0].pattern.find("OF MILITARY ACTION"), std::string::npos);
  EXPECT_EQ(events[0].issues, (std::vector<std::string>{"MILITARY 1"}));
}

TEST_F(CoderTest, AppositionGivesTheRole) {
  // "Lin, a Chinese foreign ministry spokesperson, criticized NATO"
  DepGraph g = graph({"Lin Lin PROPN 8 nsubj", ", , PUNCT 7 punct", "a a DET 7 det", "Chinese Chinese ADJ 7 amod",
                      "foreign foreign ADJ 6 amod", "ministry ministry NOUN 7 compound", "spokesperson spokesperson NOUN 1 appos",
                      "criticized criticize VERB 0 root", "NATO NATO PROPN 8 obj"});
  EXPECT_EQ(code(g), (Strings{"CHNGOV IGOWSTNAT 111"}));
}

TEST_F(CoderTest, RequireDyadAndNullActors) {
  // "The crowd attacked the embassy": no coded actors at all.
  DepGraph g = graph({"The the DET 2 det", "crowd crowd NOUN 3 nsubj", "attacked attack VERB 0 root",
                      "the the DET 5 det", "embassy embassy NOUN 3 obj"});
  EXPECT_TRUE(code(g).empty());
  EXPECT_FALSE(last.notes.empty());
  CoderOptions loose;
  loose.require_dyad = false;
  EXPECT_TRUE(code(g, loose).empty());  // both null: nothing worth printing
  loose.new_actor_length = 3;
  // (Force by a crowd is a violent protest, 145.)
  EXPECT_EQ(code(g, loose), (Strings{"\"THE CROWD\" \"THE EMBASSY\" 145"}));
}

TEST_F(CoderTest, DiscardedSentence) {
  DepGraph g = graph({"China China PROPN 2 nsubj", "attacked attack VERB 0 root", "Japan Japan PROPN 2 obj",
                      "in in ADP 6 case", "a a DET 6 det", "football football NOUN 7 compound", "match match NOUN 2 obl"});
  EXPECT_TRUE(code(g).empty());
  EXPECT_EQ(last.status, SentenceStatus::SentenceDiscard);
}

TEST_F(CoderTest, UnparsedSentenceIsReported) {
  DepGraph g;
  g.words.resize(3);
  g.words[0].form = "China";
  g.words[1].form = "attacked";
  g.words[2].form = "Japan";
  g.normalize();
  EXPECT_FALSE(g.has_parse());
  EXPECT_TRUE(code(g).empty());
  EXPECT_EQ(last.status, SentenceStatus::NoParse);
}

TEST(DepGraphTest, ConlluErrorsNameTheLine) {
  auto bad_head = DepGraph::from_conllu("1\tA\ta\tNOUN\t_\t_\t7\troot\t_\t_\n", "rec1");
  ASSERT_FALSE(bad_head.ok());
  EXPECT_NE(bad_head.message().find("rec1"), std::string::npos);
  auto cols = DepGraph::from_conllu("1\tA\ta\n", "rec2");
  ASSERT_FALSE(cols.ok());
  EXPECT_NE(cols.message().find("rec2: line 1"), std::string::npos);
  auto cycle = DepGraph::from_conllu("1\tA\ta\tNOUN\t_\t_\t2\tdep\t_\t_\n2\tB\tb\tNOUN\t_\t_\t1\tdep\t_\t_\n", "rec3");
  ASSERT_FALSE(cycle.ok());
  EXPECT_NE(cycle.message().find("cycle"), std::string::npos);
  auto empty = DepGraph::from_conllu("# just a comment\n", "rec4");
  EXPECT_FALSE(empty.ok());
  // Multiword ranges and empty nodes are skipped.
  auto ok = DepGraph::from_conllu(
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n"
      "2.1\tx\tx\tX\t_\t_\t_\t_\t_\t_\n3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\t_\n",
      "rec5");
  ASSERT_TRUE(ok.ok()) << ok.message();
  EXPECT_EQ(ok->size(), 3u);
  EXPECT_TRUE(ok->words[1].negation);
}

TEST_F(CoderTest, PennTreesAreConverted) {
  auto g = DepGraph::from_penn(
      "(ROOT (S (NP (NP (NNP Russia)) (CC and) (NP (NNP China))) (VP (VBD criticized) (NP (NNP NATO))) (. .)))", "t1");
  ASSERT_TRUE(g.ok()) << g.message();
  EXPECT_EQ(g->words[0].deprel, "nsubj");
  EXPECT_EQ(g->words[2].deprel, "conj");
  EXPECT_EQ(g->words[4].deprel, "obj");
  EXPECT_EQ(code(*g), (Strings{"CHN IGOWSTNAT 111", "RUS IGOWSTNAT 111"}));
  // Passive with "by": the subject is the target.
  auto p = DepGraph::from_penn(
      "(ROOT (S (NP (NNP Taiwan)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) (NP (JJ Chinese) (NNS troops))))) (. .)))",
      "t2");
  ASSERT_TRUE(p.ok()) << p.message();
  EXPECT_EQ(p->words[1].deprel, "aux:pass");
  EXPECT_EQ(code(*p), (Strings{"CHNMIL TWN 180"}));
  auto bad = DepGraph::from_penn("(ROOT (S (NP (NNP Taiwan)) (VP (VBD slept))", "t3");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.message().find("t3"), std::string::npos);
}

TEST(DepGraphTest, FromAnalysisWithoutParser) {
  Document doc;
  doc.text = "China attacked Japan.";
  AnalyzedDocument a;
  Tokenizer tok;
  tok.tokenize(doc.text, Span{0, static_cast<uint32_t>(doc.text.size())}, a.tokens);
  a.sentences.push_back(Sentence{Span{0, static_cast<uint32_t>(doc.text.size())}, 0, static_cast<uint32_t>(a.tokens.size()), 0});
  DepGraph g = DepGraph::from_analysis(doc.text, a, a.sentences[0]);
  EXPECT_EQ(g.words.size(), 4u);
  EXPECT_FALSE(g.has_parse());
  // Once a parser fills head/deprel, the graph has a parse.
  a.tokens[0].head = 2;
  a.tokens[0].deprel = "nsubj";
  a.tokens[1].head = 0;
  a.tokens[1].deprel = "root";
  a.tokens[2].head = 2;
  a.tokens[2].deprel = "obj";
  a.tokens[3].head = 2;
  a.tokens[3].deprel = "punct";
  for (auto& t : a.tokens) t.upos = "PROPN";
  a.tokens[1].upos = "VERB";
  a.tokens[3].upos = "PUNCT";
  DepGraph p = DepGraph::from_analysis(doc.text, a, a.sentences[0]);
  EXPECT_TRUE(p.has_parse());
  EXPECT_EQ(p.words[0].head, 1);
  EXPECT_EQ(p.words[1].rel, Rel::Root);
}

}  // namespace
}  // namespace dyad
