// New-actor discovery (UnknownActorFinder) on parsed sentences written for these
// tests: what counts as a name, what the dictionary covers, the country and role
// votes, short forms, examples and the output formats.
#include "dyad/unknown_actors.hpp"
#include "lang/language.hpp"
#include "unit/coder/graph_builder.hpp"
#include "unit/corpus/sentence_graphs.hpp"

#include <gtest/gtest.h>

#include <random>
#include <sstream>

namespace dyad {
namespace {

const char* kDictionary =
    "#!dyad-dictionary 1\n"
    "actor CHN = China; Chinese; Beijing\n"
    "actor JPN = Japan; Japanese\n"
    "actor GBR = England; Britain; British\n"
    "actor USAGOV = Washington\n"
    "actor = Barack Obama; Obama\n"
    "  code USAELI\n"
    "agent ~GOV = minister; ministry; foreign minister; officials; president\n"
    "agent ~REB = rebel leader; rebels\n"
    "agent ~LAB = union\n";

using corpus_test::graph;

// "Chinese Foreign Minister Wang Yi met Japanese officials ."
DepGraph wang_modifier() {
  return graph({"Chinese ADJ 4 amod", "Foreign PROPN 3 compound", "Minister PROPN 4 compound", "Wang PROPN 6 nsubj",
                "Yi PROPN 4 flat", "met VERB 0 root", "Japanese ADJ 8 amod", "officials NOUN 6 obj",
                ". PUNCT 6 punct"});
}

// "Wang Yi , China 's foreign minister , warned Japan ."
DepGraph wang_apposition() {
  return graph({"Wang PROPN 9 nsubj", "Yi PROPN 1 flat", ", PUNCT 7 punct", "China PROPN 7 nmod:poss",
                "'s PART 4 case", "foreign ADJ 7 amod", "minister NOUN 1 appos", ", PUNCT 7 punct",
                "warned VERB 0 root", "Japan PROPN 9 obj", ". PUNCT 9 punct"});
}

// "Wang said on Monday that Tokyo must apologise ."
DepGraph wang_said() {
  return graph({"Wang PROPN 2 nsubj", "said VERB 0 root", "on ADP 4 case", "Monday PROPN 2 obl",
                "that SCONJ 8 mark", "Tokyo PROPN 8 nsubj", "must AUX 8 aux", "apologise VERB 2 ccomp",
                ". PUNCT 2 punct"});
}

class UnknownActorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_graphs::load_dictionary(dict, kDictionary);
  }
  const UnknownActor* find(const std::vector<UnknownActor>& v, const std::string& name) {
    for (const auto& a : v) {
      if (a.name == name) return &a;
    }
    return nullptr;
  }
  Dictionary dict;
};

TEST_F(UnknownActorsTest, CountryFromModifierRoleFromAgentWords) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  f.add_sentence(wang_modifier());
  f.end_document();
  auto r = f.results(1);
  ASSERT_EQ(r.size(), 1u);  // "Foreign Minister" is an agent; "Chinese" is not a proper noun
  EXPECT_EQ(r[0].name, "Wang Yi");
  EXPECT_EQ(r[0].mentions, 1u);
  EXPECT_EQ(r[0].country, "CHN");
  EXPECT_EQ(r[0].role, "GOV");
  EXPECT_EQ(r[0].code(), "CHNGOV");
  ASSERT_GE(r[0].country_votes.size(), 2u);
  EXPECT_EQ(r[0].country_votes[0].why, "Chinese");
  EXPECT_EQ(r[0].country_votes[1].value, "JPN");  // elsewhere in the sentence: weaker
  EXPECT_EQ(r[0].role_votes[0].why, "foreign minister");
  EXPECT_EQ(r[0].dictionary_line(), "actor CHNGOV = Wang Yi");
}

TEST_F(UnknownActorsTest, CountryFromAppositionAndShortFormJoinsFullName) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  f.add_sentence(wang_apposition());
  f.add_sentence(wang_said());
  f.end_document();
  f.begin_document("d2");
  f.add_sentence(wang_modifier());
  f.end_document();
  auto r = f.results(2);
  ASSERT_EQ(r.size(), 1u);  // "Monday" is not a name, "Tokyo" is not in the dictionary but is seen once
  EXPECT_EQ(r[0].name, "Wang Yi");
  EXPECT_EQ(r[0].mentions, 3u);
  EXPECT_EQ(r[0].documents, 2u);
  EXPECT_EQ(r[0].code(), "CHNGOV");
  EXPECT_EQ(r[0].aliases, std::vector<std::string>{"Wang"});
  EXPECT_EQ(r[0].dictionary_line(), "actor CHNGOV = Wang Yi; Wang");
  ASSERT_EQ(r[0].examples.size(), 2u);
  EXPECT_EQ(r[0].examples[0].doc_id, "d1");
  EXPECT_EQ(r[0].examples[0].text, "Wang Yi , China 's foreign minister , warned Japan .");
  auto all = f.results(1);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[1].name, "Tokyo");
  // Tokyo has no actor near it; the document's most mentioned one (CHN) and the
  // sentence are all there is.
  EXPECT_FALSE(all[1].country.empty());
}

TEST_F(UnknownActorsTest, RebelLeaderTitlesParticlesAndKnownNames) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  // "rebel leader Tomas Ardo met Gen. Karel Vost and Barack Obama in Washington ."
  f.add_sentence(graph({"rebel NOUN 2 compound", "leader NOUN 3 compound", "Tomas PROPN 5 nsubj", "Ardo PROPN 3 flat",
                        "met VERB 0 root", "Gen. PROPN 7 compound", "Karel PROPN 5 obj", "Vost PROPN 7 flat",
                        "and CCONJ 11 cc", "Barack PROPN 11 compound", "Obama PROPN 7 conj", "in ADP 13 case",
                        "Washington PROPN 5 obl", ". PUNCT 5 punct"}));
  // "The Bank of England and Ostrava Steel Corp said so ."
  f.add_sentence(graph({"The DET 2 det", "Bank PROPN 9 nsubj", "of ADP 4 case", "England PROPN 2 nmod",
                        "and CCONJ 8 cc", "Ostrava PROPN 8 compound", "Steel PROPN 8 compound", "Corp PROPN 2 conj",
                        "said VERB 0 root", "so ADV 9 advmod", ". PUNCT 9 punct"}));
  f.end_document();
  auto r = f.results(1);
  ASSERT_EQ(r.size(), 4u) << r[0].name;
  const UnknownActor* ardo = find(r, "Tomas Ardo");
  ASSERT_NE(ardo, nullptr);
  EXPECT_EQ(ardo->role, "REB");
  EXPECT_EQ(ardo->country, "USA");  // only the sentence's actor (Washington = USAGOV)
  const UnknownActor* vost = find(r, "Karel Vost");
  ASSERT_NE(vost, nullptr);  // "Gen." dropped, and its role kept
  EXPECT_EQ(vost->role, "MIL");
  const UnknownActor* boe = find(r, "Bank of England");
  ASSERT_NE(boe, nullptr);  // a name containing an actor is still a new name
  EXPECT_EQ(boe->country, "GBR");
  const UnknownActor* steel = find(r, "Ostrava Steel Corp");
  ASSERT_NE(steel, nullptr);
  EXPECT_EQ(steel->role, "BUS");
  EXPECT_EQ(find(r, "Barack Obama"), nullptr);
  EXPECT_EQ(find(r, "Obama"), nullptr);
}

TEST_F(UnknownActorsTest, NamesNotHeldByTheParseAreSplit) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  // "Analysts told Lydia Marsh Kestrel Holdings would sell ." with Kestrel Holdings the
  // subject of "sell": no edge joins "Marsh" and "Kestrel".
  f.add_sentence(graph({"Analysts NOUN 2 nsubj", "told VERB 0 root", "Lydia PROPN 2 obj", "Marsh PROPN 3 flat",
                        "Kestrel PROPN 6 compound", "Holdings PROPN 8 nsubj", "would AUX 8 aux", "sell VERB 2 ccomp",
                        ". PUNCT 2 punct"}));
  f.end_document();
  auto r = f.results(1);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_NE(find(r, "Lydia Marsh"), nullptr);
  EXPECT_NE(find(r, "Kestrel Holdings"), nullptr);
}

TEST_F(UnknownActorsTest, SkipsCapitalHeadlinesAndSignOffsAndCutsLongExamples) {
  UnknownActorOptions o;
  o.max_example_bytes = 40;
  UnknownActorFinder f(dict, o);
  f.begin_document("d1");
  f.add_sentence(graph({"KESTREL PROPN 2 compound", "HOLDINGS PROPN 3 nsubj", "SELLS VERB 0 root", "UNIT NOUN 3 obj"}));
  f.add_sentence(graph({"Kestrel PROPN 0 root"}));
  std::vector<std::string> rows = {"In ADP 2 case", "Ostrava PROPN 6 obl", ", PUNCT 6 punct", "the DET 5 det",
                                   "council NOUN 6 nsubj", "said VERB 0 root", "that SCONJ 10 mark",
                                   "the DET 9 det", "budget NOUN 10 nsubj", "grew VERB 6 ccomp",
                                   "by ADP 13 case", "twelve NUM 13 nummod", "percent NOUN 10 obl",
                                   "over ADP 16 case", "three NUM 16 nummod", "years NOUN 10 obl", ". PUNCT 6 punct"};
  f.add_sentence(graph(rows));
  f.end_document();
  auto r = f.results(1);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].name, "Ostrava");
  ASSERT_EQ(r[0].examples.size(), 1u);
  const std::string& ex = r[0].examples[0].text;
  EXPECT_LE(ex.size(), 48u) << ex;
  EXPECT_EQ(ex.rfind("In Ostrava", 0), 0u) << ex;
  EXPECT_EQ(ex.substr(ex.size() - 4), " ...") << ex;
}

TEST_F(UnknownActorsTest, OfficesOrganisationsModifiersTablesAndSignOffs) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  // "Treasury Secretary Mara Quill met New York Governor Ivo Brandt ."
  f.add_sentence(graph({"Treasury PROPN 2 compound", "Secretary PROPN 3 compound", "Mara PROPN 5 nsubj",
                        "Quill PROPN 3 flat", "met VERB 0 root", "New ADJ 7 amod", "York PROPN 9 compound",
                        "Governor PROPN 9 compound", "Ivo PROPN 5 obj", "Brandt PROPN 9 flat", ". PUNCT 5 punct"}));
  // "New York officials said First Rebel Corp would close ." ("officials" and "rebels"
  // are agents; "Rebel" inside an organisation's name is not).
  f.add_sentence(graph({"New ADJ 2 amod", "York PROPN 3 compound", "officials NOUN 4 nsubj", "said VERB 0 root",
                        "First PROPN 7 compound", "Rebel PROPN 7 compound", "Corp PROPN 9 nsubj",
                        "would AUX 9 aux", "close VERB 4 ccomp", ". PUNCT 4 punct"}));
  // "The Ministry of Finance agreed ." ("ministry" is an agent, "Finance" a portfolio)
  f.add_sentence(graph({"The DET 2 det", "Ministry PROPN 5 nsubj", "of ADP 4 case", "Finance PROPN 2 nmod",
                        "agreed VERB 0 root", ". PUNCT 5 punct"}));
  // "The Finance Ministry and the Ostrava Union met West officials ." ("Finance
  // Ministry" is an office, "Ostrava Union" a name; "West" is no name alone)
  f.add_sentence(graph({"The DET 3 det", "Finance PROPN 3 compound", "Ministry PROPN 8 nsubj", "and CCONJ 7 cc",
                        "the DET 7 det", "Ostrava PROPN 7 compound", "Union PROPN 3 conj", "met VERB 0 root",
                        "West PROPN 10 compound", "officials NOUN 8 obj", ". PUNCT 8 punct"}));
  // A results table: "Shr Quill 1.20 dlrs vs 1.05 dlrs" is not a sentence about Quill.
  f.add_sentence(graph({"Shr PROPN 0 root", "Quill PROPN 1 flat", "1.20 NUM 4 nummod", "dlrs NOUN 1 obj",
                        "vs ADP 7 case", "1.05 NUM 7 nummod", "dlrs NOUN 4 nmod"}));
  // The wire's sign-off closes the document: "... Corp said . Reuter" as one sentence.
  f.add_sentence(graph({"Quill PROPN 2 nsubj", "agreed VERB 0 root", "again ADV 2 advmod", ". PUNCT 2 punct",
                        "Reuter PROPN 2 dep"}));
  f.end_document();
  auto r = f.results(1);
  const UnknownActor* quill = find(r, "Mara Quill");
  ASSERT_NE(quill, nullptr);  // "Treasury" goes with the office
  EXPECT_EQ(quill->mentions, 2u);  // with "Quill agreed", not the table
  EXPECT_EQ(quill->aliases, std::vector<std::string>{"Quill"});
  EXPECT_EQ(quill->role, "GOV");
  const UnknownActor* brandt = find(r, "Ivo Brandt");
  ASSERT_NE(brandt, nullptr);
  EXPECT_EQ(brandt->role, "GOV");
  const UnknownActor* york = find(r, "New York");
  ASSERT_NE(york, nullptr);
  EXPECT_EQ(york->mentions, 2u);
  EXPECT_EQ(york->role, "");  // not the governor's office, not the officials it modifies
  const UnknownActor* corp = find(r, "First Rebel Corp");
  ASSERT_NE(corp, nullptr);
  EXPECT_EQ(corp->role, "BUS");
  EXPECT_EQ(find(r, "Treasury"), nullptr);
  EXPECT_EQ(find(r, "Finance"), nullptr);
  EXPECT_EQ(find(r, "Finance Ministry"), nullptr);
  EXPECT_EQ(find(r, "West"), nullptr);
  EXPECT_NE(find(r, "Ostrava Union"), nullptr);
  EXPECT_EQ(find(r, "Shr"), nullptr);
  EXPECT_EQ(find(r, "Reuter"), nullptr);
  EXPECT_EQ(r.size(), 5u);
}

TEST_F(UnknownActorsTest, AndAndPossessivesJoinOnlyInsideAName) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  // "Moody 's Investors Service and Britain and Ostrava praised the Securities and
  // Exchange Commission ."
  f.add_sentence(graph({"Moody PROPN 4 nmod:poss", "'s PART 1 case", "Investors PROPN 4 compound",
                        "Service PROPN 9 nsubj", "and CCONJ 6 cc", "Britain PROPN 4 conj", "and CCONJ 8 cc",
                        "Ostrava PROPN 4 conj", "praised VERB 0 root", "the DET 14 det",
                        "Securities PROPN 14 compound", "and CCONJ 13 cc", "Exchange PROPN 11 conj",
                        "Commission PROPN 9 obj", ". PUNCT 9 punct"}));
  // "It wrote to the Securities and Exchange Commission ." parsed with "Securities" a
  // common noun and "Commission" its conjunct.
  f.add_sentence(graph({"It PRON 2 nsubj", "wrote VERB 0 root", "to ADP 5 case", "the DET 5 det",
                        "Securities NOUN 2 obl", "and CCONJ 8 cc", "Exchange PROPN 8 compound",
                        "Commission PROPN 5 conj", ". PUNCT 2 punct"}));
  f.end_document();
  auto r = f.results(1);
  EXPECT_NE(find(r, "Moody 's Investors Service"), nullptr);  // the text as these tests write it
  const UnknownActor* sec = find(r, "Securities and Exchange Commission");
  ASSERT_NE(sec, nullptr);
  EXPECT_EQ(sec->mentions, 2u);
  EXPECT_NE(find(r, "Ostrava"), nullptr);  // not joined to Britain
  EXPECT_EQ(r.size(), 3u);
}

TEST_F(UnknownActorsTest, NameWordsComeFromTheGivenLanguage) {
  auto names = [&](const UnknownActorOptions& o) {
    UnknownActorFinder f(dict, o);
    f.begin_document("d1");
    f.add_sentence(wang_said());
    f.end_document();
    std::vector<std::string> out;
    for (const auto& a : f.results(1)) out.push_back(a.name);
    return out;
  };
  // English by default: "Monday" is no name, "Tokyo" is one.
  EXPECT_EQ(names({}), (std::vector<std::string>{"Tokyo", "Wang"}));
  // A language that counts "Tokyo" among the words that are never names.
  lang::Language custom = lang::english();
  std::vector<std::string_view> not_names(custom.names.not_names.begin(), custom.names.not_names.end());
  not_names.push_back("tokyo");
  custom.names.not_names = not_names;
  UnknownActorOptions o;
  o.language = &custom;
  EXPECT_EQ(names(o), std::vector<std::string>{"Wang"});
}

TEST_F(UnknownActorsTest, GraphsWithoutTextAndRandomGraphs) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  DepGraph g = wang_modifier();
  g.text.clear();  // the words joined by spaces stand for it
  f.add_sentence(g);
  f.end_document();
  auto r = f.results(1);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].name, "Wang Yi");
  EXPECT_EQ(r[0].examples.at(0).text, "Chinese Foreign Minister Wang Yi met Japanese officials .");

  // Random words, tags and heads (cycles included): nothing may break.
  const char* forms[] = {"Wang", "Yi", "of", "and", "'s", ",", ".", "China", "Chinese", "minister", "Corp", "Mr.",
                         "Finance", "West", "vs", "12", "Reuter", "the", "said", "Bank", "S", "rebel", "leader", ""};
  const char* tags[] = {"PROPN", "PROPN", "NOUN", "ADJ", "VERB", "ADP", "CCONJ", "PART", "PUNCT", "NUM", "DET"};
  const char* rels[] = {"flat", "compound", "appos", "nmod", "nmod:poss", "conj", "amod", "nsubj", "obj", "case"};
  std::mt19937 rng(7);
  for (int d = 0; d < 200; ++d) {
    f.begin_document("r" + std::to_string(d));
    for (int s = 0; s < 5; ++s) {
      int n = 1 + static_cast<int>(rng() % 14);
      std::string conllu;
      for (int i = 1; i <= n; ++i) {
        std::string form = forms[rng() % std::size(forms)];
        if (form.empty()) form = "_";
        conllu += std::to_string(i) + "\t" + form + "\t" + form + "\t" + tags[rng() % std::size(tags)] + "\t_\t_\t" +
                  std::to_string(rng() % (n + 1)) + "\t" + rels[rng() % std::size(rels)] + "\t_\t_\n";
      }
      auto graph = DepGraph::from_conllu(conllu, "random");
      if (!graph.ok()) continue;
      if (rng() % 2) graph.value().text = "unrelated text";
      f.add_sentence(graph.value());
    }
    f.end_document();
  }
  for (const auto& a : f.results(1)) {
    EXPECT_FALSE(a.name.empty());
    EXPECT_FALSE(a.dictionary_line().empty());
  }
}

TEST_F(UnknownActorsTest, SortsAndLimits) {
  UnknownActorFinder f(dict);
  for (int d = 0; d < 3; ++d) {
    f.begin_document("d" + std::to_string(d));
    f.add_sentence(wang_modifier());
    if (d == 0) f.add_sentence(wang_said());  // "Wang" alone joins "Wang Yi"; "Tokyo" once
    f.end_document();
  }
  auto r = f.results(2);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].mentions, 4u);
  EXPECT_EQ(f.results(1).size(), 2u);
  EXPECT_EQ(f.results(1, 1).size(), 1u);
  EXPECT_EQ(f.documents(), 3u);
  EXPECT_EQ(f.sentences(), 4u);
}

TEST_F(UnknownActorsTest, FormatsAndTheDyadOutputLoadsAsADictionary) {
  UnknownActorFinder f(dict);
  f.begin_document("d1");
  f.add_sentence(wang_apposition());
  f.add_sentence(wang_said());
  f.end_document();
  auto r = f.results(1);
  std::ostringstream tsv, jsonl, dyad;
  write_unknown_actors(tsv, r, UnknownActorFormat::Tsv, true);
  write_unknown_actors(jsonl, r, UnknownActorFormat::Jsonl);
  write_unknown_actors(dyad, r, UnknownActorFormat::Dyad);
  EXPECT_EQ(tsv.str().rfind("name\tcode\tmentions\tdocuments\taliases\t", 0), 0u);
  EXPECT_NE(tsv.str().find("\nWang Yi\tCHNGOV\t2\t1\tWang\t"), std::string::npos) << tsv.str();
  EXPECT_NE(jsonl.str().find("{\"name\":\"Wang Yi\",\"aliases\":[\"Wang\"],\"mentions\":2,\"documents\":1,\"code\":\"CHNGOV\""),
            std::string::npos)
      << jsonl.str();
  EXPECT_NE(dyad.str().find("\nactor CHNGOV = Wang Yi; Wang\n"), std::string::npos) << dyad.str();
  Dictionary back;
  LoadReport rep;
  back.load_text(dyad.str(), "unknown.dyad", DictFileKind::Auto, rep);
  EXPECT_TRUE(rep.errors.empty()) << rep.errors.front();
  ASSERT_GE(back.actors.size(), 1u);
  back.compile();
  std::vector<std::string_view> words = {"Wang", "Yi"};
  EXPECT_EQ(back.match_phrases(words).size(), 1u);
  UnknownActorFormat fmt;
  EXPECT_TRUE(parse_unknown_actor_format("dyad", fmt));
  EXPECT_FALSE(parse_unknown_actor_format("csv", fmt));
}

}  // namespace
}  // namespace dyad
