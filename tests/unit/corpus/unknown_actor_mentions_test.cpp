// The pieces a sentence is read with for new-actor discovery
// (src/corpus/unknown_actor_mentions.hpp), each alone: the English name words and
// how they are compared, which sentences are skipped, word offsets, noun-phrase
// heads, code splitting, example cutting, the document's countries, and what one
// sentence hands on (mentions and their votes).
#include "corpus/unknown_actor_mentions.hpp"
#include "lang/language.hpp"
#include "unit/coder/graph_builder.hpp"
#include "unit/corpus/sentence_graphs.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace dyad::corpus {
namespace {

using corpus_test::graph;

const NameLexicon& english_names() {
  static const NameLexicon kNames(lang::english().names);
  return kNames;
}

TEST(NameLexicon, ParticlesAndJoiningWordsAreComparedAsWritten) {
  const NameLexicon& n = english_names();
  EXPECT_TRUE(n.particle("of"));
  EXPECT_TRUE(n.particle("&"));
  EXPECT_FALSE(n.particle("Of"));
  EXPECT_TRUE(n.versus("vs"));
  EXPECT_TRUE(n.versus("vs."));
  EXPECT_FALSE(n.versus("VS"));
  EXPECT_TRUE(n.name_conjunction("and"));
  EXPECT_FALSE(n.name_conjunction("And"));
  EXPECT_TRUE(n.name_possessive("'s"));
  EXPECT_TRUE(n.name_possessive("\xE2\x80\x99s"));
  EXPECT_FALSE(n.name_possessive("'"));  // "Reuters' ..." joins no name
  EXPECT_TRUE(n.noun_phrase_possessive("'"));
}

TEST(NameLexicon, OtherWordsAreLowerCasedSomeWithoutAFullStop) {
  const NameLexicon& n = english_names();
  EXPECT_TRUE(n.not_a_name("Monday"));
  EXPECT_TRUE(n.not_a_name("SEPT."));
  EXPECT_FALSE(n.not_a_name("Tokyo"));
  EXPECT_TRUE(n.portfolio("Finance"));
  EXPECT_FALSE(n.portfolio("Finance."));
  EXPECT_TRUE(n.name_part("WEST"));
  EXPECT_TRUE(n.organisation_word("Commission"));
  EXPECT_FALSE(n.organisation_word("Commission."));
  EXPECT_TRUE(n.organisation_word("Corp."));  // a suffix: the full stop is allowed
  EXPECT_FALSE(n.organisation_word("Ostrava"));
}

TEST(NameLexicon, RolesDistinguishNoRoleFromNoEntry) {
  const NameLexicon& n = english_names();
  ASSERT_NE(n.title_role("Gen."), nullptr);
  EXPECT_EQ(*n.title_role("Gen."), "MIL");
  ASSERT_NE(n.title_role("Mr."), nullptr);  // a title that suggests no role
  EXPECT_EQ(*n.title_role("Mr."), "");
  EXPECT_EQ(n.title_role("Smith"), nullptr);
  ASSERT_NE(n.office_role("Secretary"), nullptr);
  EXPECT_EQ(*n.office_role("Secretary"), "GOV");
  ASSERT_NE(n.office_role("chairman"), nullptr);
  EXPECT_EQ(*n.office_role("chairman"), "");
  EXPECT_EQ(n.office_role("Secretary."), nullptr);
  ASSERT_NE(n.organisation_suffix_role("Corp."), nullptr);
  EXPECT_EQ(*n.organisation_suffix_role("Corp."), "BUS");
  ASSERT_NE(n.organisation_suffix_role("University"), nullptr);
  EXPECT_EQ(*n.organisation_suffix_role("University"), "EDU");
  EXPECT_EQ(n.organisation_suffix_role("Commission"), nullptr);  // an organisation word, no role
}

TEST(SkipReason, HeadlinesTablesAndShortLines) {
  const NameLexicon& n = english_names();
  EXPECT_EQ(skip_reason(graph({"KESTREL PROPN 2 compound", "HOLDINGS PROPN 3 nsubj", "SELLS VERB 0 root",
                               "UNIT NOUN 3 obj"}),
                        n),
            SentenceSkip::CapitalsHeadline);
  EXPECT_EQ(skip_reason(graph({"Reuter PROPN 0 root", ". PUNCT 1 punct"}), n), SentenceSkip::TooShort);
  EXPECT_EQ(skip_reason(graph({"Shr PROPN 0 root", "Quill PROPN 1 flat", "1.20 NUM 4 nummod", "dlrs NOUN 1 obj",
                               "vs ADP 7 case", "1.05 NUM 7 nummod", "dlrs NOUN 4 nmod"}),
                        n),
            SentenceSkip::Table);
  // "vs" and a number is enough.
  EXPECT_EQ(skip_reason(graph({"Kestrel PROPN 0 root", "net NOUN 1 dep", "vs ADP 4 case", "loss NOUN 1 nmod",
                               "in ADP 6 case", "1986 NUM 4 nmod"}),
                        n),
            SentenceSkip::Table);
  EXPECT_EQ(skip_reason(graph({"China PROPN 2 nsubj", "Accuses VERB 0 root", "Alliance NOUN 2 obj", "Of SCONJ 5 mark",
                               "Meddling VERB 2 advcl"}),
                        n),
            SentenceSkip::TitleCaseHeadline);
  EXPECT_EQ(skip_reason(graph({"Wang PROPN 2 nsubj", "said VERB 0 root", "on ADP 4 case", "Monday PROPN 2 obl",
                               "that SCONJ 8 mark", "Tokyo PROPN 8 nsubj", "must AUX 8 aux", "apologise VERB 2 ccomp",
                               ". PUNCT 2 punct"}),
                        n),
            SentenceSkip::None);
}

TEST(WordOffsets, FindsWordsInTheTextAndFoldsItsSpaces) {
  DepGraph g = graph({"Wang PROPN 5 nsubj", "Yi PROPN 1 flat", ", PUNCT 1 punct", "China PROPN 1 appos",
                      "spoke VERB 0 root"});
  g.text = "Wang  Yi,\nChina spoke";
  const WordOffsets w(g);
  EXPECT_EQ(&w.text(), &g.text);
  EXPECT_EQ(w.begin(1), 6u);
  EXPECT_EQ(w.end(1), 8u);
  EXPECT_EQ(w.begin(2), 8u);
  EXPECT_EQ(w.words_text(0, 2), "Wang Yi");
  EXPECT_EQ(w.words_text(0, 4), "Wang Yi, China");
}

TEST(WordOffsets, WithoutTheWordsInTheTextTheWordsJoinedStandForIt) {
  DepGraph g = graph({"Wang PROPN 3 nsubj", "Yi PROPN 1 flat", "spoke VERB 0 root"});
  g.text = "Wang Li spoke";  // "Yi" is not there
  const WordOffsets w(g);
  EXPECT_EQ(w.text(), "Wang Yi spoke");
  EXPECT_EQ(w.begin(1), 5u);
  EXPECT_EQ(w.words_text(1, 3), "Yi spoke");
}

TEST(NounPhraseHeads, ClimbModifiersAndPossessivesNotOf) {
  // "Chinese Foreign Minister Wang Yi met China 's envoy of Japan"
  DepGraph g = graph({"Chinese ADJ 4 amod", "Foreign PROPN 3 compound", "Minister PROPN 4 compound",
                      "Wang PROPN 6 nsubj", "Yi PROPN 4 flat", "met VERB 0 root", "China PROPN 9 nmod:poss",
                      "'s PART 7 case", "envoy NOUN 6 obj", "of ADP 11 case", "Japan PROPN 9 nmod"});
  EXPECT_EQ(noun_phrase_heads(g, english_names()), (std::vector<int32_t>{3, 3, 3, 3, 3, 5, 8, 8, 8, 9, 10}));
  // No parse: each word heads itself.
  DepGraph flat = graph({"Wang PROPN _ _", "Yi PROPN _ _", "spoke VERB _ _"});
  ASSERT_FALSE(flat.has_parse());
  EXPECT_EQ(noun_phrase_heads(flat, english_names()), (std::vector<int32_t>{0, 1, 2}));
}

TEST(SplitCode, CountriesSplitIntoBaseAndRole) {
  std::string base, role;
  EXPECT_TRUE(split_code("USAGOV", base, role));
  EXPECT_EQ(base, "USA");
  EXPECT_EQ(role, "GOV");
  EXPECT_TRUE(split_code("CHN", base, role));
  EXPECT_EQ(base, "CHN");
  EXPECT_EQ(role, "");
  EXPECT_TRUE(split_code("USAGOV/USAELI", base, role));  // the part before a slash
  EXPECT_EQ(base + role, "USAGOV");
  EXPECT_FALSE(split_code("IGOWSTNAT", base, role));  // an organisation: kept whole
  EXPECT_EQ(base, "IGOWSTNAT");
  EXPECT_EQ(role, "");
  EXPECT_FALSE(split_code("---", base, role));
  EXPECT_EQ(base, "");
}

TEST(CutExample, ShortTextsWholeLongOnesCutAtSpacesAroundTheName) {
  EXPECT_EQ(cut_example("Wang Yi\tspoke.\n", 0, 7, 200), "Wang Yi spoke. ");
  const std::string text = "In the morning the minister said that Ostrava Steel would close two plants this year.";
  const size_t b = text.find("Ostrava"), e = b + std::string("Ostrava Steel").size();
  const std::string cut = cut_example(text, b, e, 30);
  EXPECT_EQ(cut.rfind("... ", 0), 0u) << cut;
  EXPECT_EQ(cut.substr(cut.size() - 4), " ...") << cut;
  EXPECT_NE(cut.find("Ostrava Steel"), std::string::npos) << cut;
  EXPECT_LE(cut.size(), 30u + 8u) << cut;
}

TEST(DocumentCountries, MostNamedFirstNamedAmongEquals) {
  DocumentCountries c;
  EXPECT_EQ(c.most_named(), "");
  c.add("JPN");
  c.add("CHN");
  c.add("CHN");
  c.add("JPN");
  EXPECT_EQ(c.most_named(), "JPN");
  c.add("CHN");
  EXPECT_EQ(c.most_named(), "CHN");
  c.clear();
  EXPECT_EQ(c.most_named(), "");
}

class MentionFinderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_graphs::load_dictionary(dict, "#!dyad-dictionary 1\n"
                                       "actor CHN = China; Chinese\n"
                                       "actor USAGOV = Washington\n"
                                       "agent ~GOV = minister\n");
  }
  std::vector<Mention> read(const DepGraph& g) {
    MentionFinder finder(dict, lang::english().names, UnknownActorOptions{});
    std::vector<Mention> out;
    finder.add_sentence(g, Date(), 4, countries, out);
    return out;
  }
  static bool has_vote(const Mention& m, bool role, const std::string& value, const std::string& why) {
    return std::any_of(m.votes.begin(), m.votes.end(),
                       [&](const Vote& v) { return v.role == role && v.value == value && v.why == why; });
  }
  Dictionary dict;
  DocumentCountries countries;
};

TEST_F(MentionFinderTest, ASkippedSentenceStillNamesItsCountries) {
  // A headline in title case: "China Accuses Alliance Of Meddling".
  EXPECT_TRUE(read(graph({"China PROPN 2 nsubj", "Accuses VERB 0 root", "Alliance NOUN 2 obj", "Of SCONJ 5 mark",
                          "Meddling VERB 2 advcl"}))
                  .empty());
  EXPECT_EQ(countries.most_named(), "CHN");
}

TEST_F(MentionFinderTest, RolesGoToTheNamesAfterThemCountriesToAll) {
  // "Ostrava Governor Ivo Brandt met Washington officials ."
  auto m = read(graph({"Ostrava PROPN 3 compound", "Governor PROPN 3 compound", "Ivo PROPN 5 nsubj",
                       "Brandt PROPN 3 flat", "met VERB 0 root", "Washington PROPN 7 compound",
                       "officials NOUN 5 obj", ". PUNCT 5 punct"}));
  ASSERT_EQ(m.size(), 2u);  // "Washington" is known
  EXPECT_EQ(m[0].surface, "Ostrava");
  EXPECT_EQ(m[1].surface, "Ivo Brandt");
  EXPECT_EQ(m[1].key, "IVO BRANDT");
  EXPECT_EQ(m[1].first_word, "IVO");
  EXPECT_EQ(m[1].last_word, "BRANDT");
  EXPECT_EQ(m[1].sentence, 4u);
  EXPECT_FALSE(m[1].closes_sentence);
  EXPECT_TRUE(has_vote(m[1], true, "GOV", "governor"));
  EXPECT_FALSE(has_vote(m[0], true, "GOV", "governor"));
  EXPECT_TRUE(has_vote(m[1], false, "USA", "sentence"));  // a country elsewhere in the sentence
  EXPECT_EQ(countries.most_named(), "USA");
}

TEST_F(MentionFinderTest, PossessorsTakeNoVotesFromWhatTheyOwn) {
  // "Karesh 's foreign minister met Chinese envoys ."
  auto m = read(graph({"Karesh PROPN 4 nmod:poss", "'s PART 1 case", "foreign ADJ 4 amod", "minister NOUN 5 nsubj",
                       "met VERB 0 root", "Chinese ADJ 7 amod", "envoys NOUN 5 obj", ". PUNCT 5 punct"}));
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].surface, "Karesh");
  EXPECT_FALSE(has_vote(m[0], true, "GOV", "minister"));
  EXPECT_TRUE(has_vote(m[0], false, "CHN", "sentence"));
}

}  // namespace
}  // namespace dyad::corpus
