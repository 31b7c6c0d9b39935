// Dictionary loaders: PETRARCH-2 / TABARI formats and Dyad's own, on small inputs
// written for these tests, and on the shared PETRARCH dictionaries when present.
#include "dyad/dict.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

namespace dyad {
namespace {

namespace fs = std::filesystem;

TEST(DictDates, ParsesIsoCompactAndTabari) {
  EXPECT_EQ(parse_dictionary_date("2024-07-11").number(), 20240711);
  EXPECT_EQ(parse_dictionary_date("20240711").number(), 20240711);
  EXPECT_EQ(parse_dictionary_date("950601").number(), 19950601);  // YY > 30: 19YY
  EXPECT_EQ(parse_dictionary_date("090120").number(), 20090120);  // YY <= 30: 20YY
  EXPECT_EQ(parse_dictionary_date("20100231").number(), 0);
  EXPECT_EQ(parse_dictionary_date("2004017").number(), 0);
  EXPECT_EQ(parse_dictionary_date("abc").number(), 0);
}

TEST(DictCodes, ParsesSinglePairedAndNull) {
  EventCode c;
  ASSERT_TRUE(parse_event_code("064", c));
  EXPECT_EQ(c.code, "064");
  EXPECT_TRUE(c.paired.empty());
  ASSERT_TRUE(parse_event_code("032:033", c));
  EXPECT_EQ(c.code, "032");
  EXPECT_EQ(c.paired, "033");
  ASSERT_TRUE(parse_event_code("---", c));
  EXPECT_TRUE(c.null());
  ASSERT_TRUE(parse_event_code(":110", c));
  EXPECT_TRUE(c.code.empty());
  EXPECT_EQ(c.paired, "110");
  EXPECT_FALSE(parse_event_code("+++", c));
  EXPECT_FALSE(parse_event_code("025?", c));
}

TEST(DictUnits, SplitsLikeTokens) {
  std::vector<std::string> u;
  split_match_units("Barad-dur", u);
  EXPECT_EQ(u, (std::vector<std::string>{"BARAD", "-", "DUR"}));
  u.clear();
  split_match_units("DOL_AMROTH", u);
  EXPECT_EQ(u, (std::vector<std::string>{"DOL", "AMROTH"}));
  u.clear();
  split_match_units("(AAIA)", u);
  EXPECT_EQ(u, (std::vector<std::string>{"(", "AAIA", ")"}));
  u.clear();
  split_match_units("don't", u);
  EXPECT_EQ(u, (std::vector<std::string>{"DO", "N'T"}));
  u.clear();
  split_match_units("U.S.", u);
  EXPECT_EQ(u, (std::vector<std::string>{"U.S."}));
  u.clear();
  split_match_units("Russia\xE2\x80\x99s", u);  // curly apostrophe
  EXPECT_EQ(u, (std::vector<std::string>{"RUSSIA", "'S"}));
}

TEST(PetrarchActors, DatedCodesSynonymsAndSharedCodes) {
  Dictionary d;
  LoadReport r;
  d.load_text(
      "# comment\n"
      "<!-- a comment\n spanning lines -->\n"
      "VALDORIA_  [VAL]\n"
      "+VALDORIAN\n"
      "+OSTRAVA_CITY  # a capital\n"
      "\n"
      "MARA_KOVIC\n"
      "+PRESIDENT_KOVIC\n"
      "\t[VALELI <950601]\n"
      "\t[VALGOV 19950601 - 19990815]\n"
      "\t[VALREB >990816]\n"
      "NORTH_ISLES_   ; legacy comment\n"
      "SOUTH_ISLES [ISL]\n"
      "TWIN_CITIES [TWA/TWB]\n"
      "BROKEN_DATES\n"
      "\t[XXX 2004017-20061201]\n",
      "test.actors.txt", DictFileKind::Actors, r);
  ASSERT_EQ(d.actors.size(), 5u);
  EXPECT_EQ(d.actors[0].code_on(Date::from_number(20200101)), "VAL");
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(19940101)), "VALELI");
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(19950601)), "VALELI");  // limits are inclusive: the first wins
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(19950602)), "VALGOV");
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(19990815)), "VALGOV");
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(20000101)), "VALREB");
  // A primary phrase without any code shares the codes of the next one (PETRARCH).
  EXPECT_EQ(d.actors[2].code_on(Date::from_number(20000101)), "ISL");
  EXPECT_EQ(d.actors[3].code_on(Date::from_number(20000101)), "TWA/TWB");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("test.actors.txt:17"), std::string::npos) << r.errors[0];
  // Phrases: VALDORIA, VALDORIAN, OSTRAVA CITY, MARA KOVIC, PRESIDENT KOVIC, ...
  bool found = false;
  for (const auto& p : d.noun_phrases) found |= p.words == std::vector<std::string>{"OSTRAVA", "CITY"};
  EXPECT_TRUE(found);
}

TEST(PetrarchAgents, PluralsMarkersAndPrefixes) {
  Dictionary d;
  LoadReport r;
  d.load_text(
      "!PERSON! = MAN, MEN, WOMAN\n"
      "GOVERNOR [~GOV]\n"
      "SECURITY {} [~SEC]\n"
      "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]\n"
      "MILITIA!PERSON! [~MIL]\n"
      "RELIEF_AGENCY [NGO~]\n"
      "NO_CODE_HERE\n"
      "BAD [GOV]\n",
      "test.agents.txt", DictFileKind::Agents, r);
  ASSERT_EQ(d.agents.size(), 5u);
  EXPECT_EQ(d.agents[0].code, "GOV");
  EXPECT_FALSE(d.agents[0].before_actor);
  EXPECT_TRUE(d.agents[4].before_actor);
  auto has = [&](std::vector<std::string> words) {
    for (const auto& p : d.noun_phrases) {
      if (p.agent && p.words == words) return true;
    }
    return false;
  };
  EXPECT_TRUE(has({"GOVERNORS"}));
  EXPECT_TRUE(has({"SECURITY"}));
  EXPECT_FALSE(has({"SECURITIES"}));
  EXPECT_TRUE(has({"GOLDEN", "GEESE"}));
  EXPECT_TRUE(has({"MILITIAMEN"}));
  EXPECT_TRUE(has({"MILITIAWOMAN"}));
  EXPECT_EQ(r.errors.size(), 2u);
}

TEST(PetrarchVerbs, BlocksFormsPatternsAndSynsets) {
  Dictionary d;
  LoadReport r;
  d.load_text(
      "&COLOURS_\n"
      "+RED\n"
      "+DARK BLUE\n"
      "&PAINT\n"
      "+&COLOURS\n"
      "+VARNISH\n"
      "\n"
      "--- PAINT [031] ---\n"
      "PAINT\n"
      "DAUB {DAUBED DAUBING} [032]\n"
      "+TOUCH_UP {+TOUCHED_UP +TOUCHING_UP}\n"
      "WHITE_+WASH\n"
      "- * &PAINT WALLS [041]\n"
      "- SAID_* [042:043]\n"
      "- + WAS * BY $ [044]\n"
      "- * UNDEFINED &NOPE [045]\n"
      "- * FXLL [+++]\n"
      "- NO STAR [046]\n",
      "test.verbs.txt", DictFileKind::Verbs, r);
  ASSERT_EQ(d.verb_blocks.size(), 1u);
  ASSERT_EQ(d.verbs.size(), 4u);
  EXPECT_EQ(d.verbs[0].code.code, "031");
  EXPECT_EQ(d.verbs[1].code.code, "032");
  EXPECT_EQ(d.verbs[1].forms, (std::vector<std::string>{"DAUB", "DAUBED", "DAUBING"}));
  EXPECT_EQ(d.verbs[2].words, (std::vector<std::string>{"TOUCH", "UP"}));
  EXPECT_EQ(d.verbs[2].head, 0);
  EXPECT_EQ(d.verbs[3].words, (std::vector<std::string>{"WHITE", "WASH"}));
  EXPECT_EQ(d.verbs[3].head, 1);
  EXPECT_NE(std::find(d.verbs[0].forms.begin(), d.verbs[0].forms.end(), "PAINTED"), d.verbs[0].forms.end());
  // Nested synset: &PAINT holds RED, DARK BLUE and VARNISH (+ plural of VARNISH).
  ASSERT_EQ(d.synsets.size(), 2u);
  EXPECT_EQ(d.synsets[1].phrases[0], (std::vector<std::string>{"RED"}));
  EXPECT_EQ(d.synsets[1].phrases[1], (std::vector<std::string>{"DARK", "BLUE"}));
  const auto& pats = d.verb_blocks[0].patterns;
  ASSERT_EQ(pats.size(), 3u);
  EXPECT_EQ(pats[0].after.size(), 2u);
  EXPECT_EQ(pats[0].after[0].kind, PatternElementKind::Synset);
  EXPECT_EQ(pats[1].before.size(), 1u);
  EXPECT_TRUE(pats[1].before[0].adjacent);  // SAID_*
  EXPECT_EQ(pats[1].code.paired, "043");
  ASSERT_EQ(pats[2].before.size(), 2u);
  EXPECT_EQ(pats[2].before[0].word, "WAS");   // nearest the verb first
  EXPECT_EQ(pats[2].before[1].kind, PatternElementKind::Target);
  EXPECT_EQ(pats[2].after[1].kind, PatternElementKind::Source);
  // Undefined synset and missing '*' are errors with file:line; [+++] is a note.
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].find("test.verbs.txt:16"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find("test.verbs.txt:18"), std::string::npos) << r.errors[1];
  EXPECT_FALSE(r.notes.empty());
}

TEST(DyadFormat, ReadsEveryStatement) {
  Dictionary d;
  LoadReport r;
  d.load_text(
      "#!dyad-dictionary 1\n"
      "actor VAL = Valdoria; Valdorian; Ostrava\n"
      "actor = Mara Kovic; Kovic\n"
      "  code VALELI\n"
      "  code VALGOV 2020-01-01..2024-12-31\n"
      "actor VALTV = Valdoria ... television\n"
      "agent ~MIL = troops; soldiers\n"
      "agent NGO~ = Relief Corps\n"
      "synset &WATER = water; drinking water\n"
      "verb 112 = accuse; blame {blamed}\n"
      "  pattern 1121 = * + OF CORRUPTION\n"
      "verb 1711 = wire +tap\n"
      "discard = football match\n"
      "discard story = horoscope\n"
      "issue WATER = water shortage\n"
      "transform a (a b Q) SAY = a b Q\n"
      "frobnicate = nonsense\n",
      "test.dyad", DictFileKind::Auto, r);
  ASSERT_EQ(d.actors.size(), 3u);
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(20220101)), "VALGOV");
  EXPECT_EQ(d.actors[1].code_on(Date::from_number(20250101)), "VALELI");
  ASSERT_EQ(d.agents.size(), 2u);
  EXPECT_TRUE(d.agents[1].before_actor);
  ASSERT_EQ(d.verbs.size(), 3u);
  EXPECT_EQ(d.verbs[2].head, 1);
  EXPECT_NE(std::find(d.verbs[1].forms.begin(), d.verbs[1].forms.end(), "BLAMES"), d.verbs[1].forms.end());
  ASSERT_EQ(d.verb_blocks[0].patterns.size(), 1u);
  EXPECT_EQ(d.verb_blocks[0].patterns[0].code.code, "1121");
  EXPECT_EQ(d.discards.size(), 2u);
  EXPECT_TRUE(d.discards[1].story);
  EXPECT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.transformations.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("test.dyad:17"), std::string::npos);
  // The gap phrase allows words between VALDORIA and TELEVISION.
  bool gap = false;
  for (const auto& p : d.noun_phrases) {
    if (p.words.size() == 2 && p.words[1] == "TELEVISION") gap = p.gap_before[1] == 1;
  }
  EXPECT_TRUE(gap);
  d.compile();
  EXPECT_TRUE(d.is_compiled());
}

TEST(DictPhraseMatch, LongestWholeWordMatchesActorsFirst) {
  Dictionary d;
  LoadReport r;
  d.load_text("#!dyad-dictionary 1\n"
              "actor ARN = Arnor; Arnorian\n"
              "actor ARNGOV = Arnor government\n"
              "actor GON = Gondor\n"
              "actor VALTV = Valdoria ... television\n"
              "agent ~GOV = government; foreign minister; minister\n"
              "agent ~MIL = Gondor\n",
              "t.dyad", DictFileKind::Dyad, r);
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  std::vector<std::string_view> none = {"Arnor"};
  EXPECT_TRUE(d.match_phrases(none).empty());  // not compiled yet
  d.compile();
  std::vector<std::string_view> words = {"Arnorian", "Foreign", "Minister", "Elrond", "Peredhel", "met", "the",
                                         "Arnor",    "government", "in", "Gondor", "'s", "capital"};
  auto m = d.match_phrases(words);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].begin, 0u);
  EXPECT_FALSE(m[0].agent);
  EXPECT_EQ(d.actors[m[0].entry].codes.at(0).code, "ARN");
  EXPECT_EQ(m[1].begin, 1u);  // "Foreign Minister", not "Minister"
  EXPECT_EQ(m[1].end, 3u);
  EXPECT_TRUE(m[1].agent);
  EXPECT_EQ(d.agents[m[1].entry].code, "GOV");
  EXPECT_EQ(m[2].begin, 7u);  // the longer actor phrase wins over ARN + ~GOV
  EXPECT_EQ(m[2].end, 9u);
  EXPECT_EQ(d.actors[m[2].entry].codes.at(0).code, "ARNGOV");
  EXPECT_EQ(m[3].begin, 10u);  // an actor and an agent phrase: the actor is given
  EXPECT_EQ(m[3].end, 11u);
  EXPECT_FALSE(m[3].agent);
  // A phrase must end on a word end: "Gondor's" as one word is not "Gondor".
  std::vector<std::string_view> joined = {"Gondor's"};
  EXPECT_TRUE(d.match_phrases(joined).empty());
  // Partial words do not match; a gapped phrase matches with nothing in the gap.
  std::vector<std::string_view> more = {"Arnorians", "Valdoria", "television", "Valdoria", "state", "television"};
  m = d.match_phrases(more);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].end, 3u);
}

TEST(DyadFormat, BuiltInDictionariesLoadCleanly) {
  Dictionary d;
  LoadReport r;
  ASSERT_TRUE(d.load_directory(std::string(DYAD_SOURCE_DIR) + "/dictionaries", r).ok());
  for (const auto& e : r.errors) ADD_FAILURE() << e;
  EXPECT_GE(d.actors.size(), 40u);
  // Every CAMEO root has at least one verb.
  std::set<std::string> roots;
  for (const auto& v : d.verbs) {
    if (v.code.code.size() >= 2) roots.insert(v.code.code.substr(0, 2));
  }
  EXPECT_EQ(roots.size(), 20u);
}

std::string shared_dir() { return DYAD_SHARED_DIR; }

TEST(SharedDictionaries, EveryPetrarchFileLoads) {
  std::string dir = shared_dir() + "/data/petrarch-dictionaries";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "shared data not found at " << dir;
  Dictionary d;
  LoadReport r;
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(d.load_directory(dir, r).ok());
  d.compile();
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "[ info ] Phoenix set: " << d.actors.size() << " actors, " << d.agents.size() << " agents, "
            << d.verbs.size() << " verbs, loaded and compiled in " << seconds << " s\n";
  EXPECT_EQ(r.files, 9u);
  EXPECT_GT(d.actors.size(), 20000u);
  EXPECT_GT(d.verbs.size(), 1500u);
  EXPECT_EQ(d.transformations.size(), 8u);
  // The lines that cannot be interpreted are the data's own faults, each reported.
  EXPECT_LT(r.errors.size(), 40u);
  for (const auto& e : r.errors) EXPECT_NE(e.find(".txt:"), std::string::npos) << e;
}

TEST(SharedDictionaries, ValidationDictionariesLoadWithoutErrors) {
  std::string dir = shared_dir() + "/data/petrarch-validation";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "shared data not found at " << dir;
  Dictionary d;
  LoadReport r;
  for (const char* f : {"PETR.Validate.verbs.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt",
                        "PETR.Validate.discards.txt"}) {
    ASSERT_TRUE(d.load_file(dir + "/" + f, r).ok());
  }
  EXPECT_TRUE(r.errors.empty()) << r.errors.front();
  EXPECT_GT(d.verb_blocks.size(), 200u);
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

TEST(DyadDictionary, EventNounsWithPluralsAndErrors) {
  Dictionary d;
  LoadReport r;
  d.load_text("#!dyad-dictionary 1\nnoun 190 = attack; air raid\nnoun 040 mutual = talks\nnoun = attack\n"
              "noun 190 both = raid\n",
              "nouns.dyad", DictFileKind::Dyad, r);
  std::vector<std::string> phrases;
  for (const auto& e : d.event_nouns) {
    std::string p;
    for (const auto& w : e.words) p += (p.empty() ? "" : " ") + w;
    phrases.push_back(p + (e.mutual ? " (mutual)" : "") + " " + e.code.code);
  }
  EXPECT_EQ(phrases, (std::vector<std::string>{"ATTACK 190", "ATTACKS 190", "AIR RAID 190", "AIR RAIDS 190",
                                               "TALKS (mutual) 040", "TALKSES (mutual) 040"}));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].find("nouns.dyad:4"), std::string::npos);
  EXPECT_NE(r.errors[1].find("nouns.dyad:5"), std::string::npos);
}

TEST(DictionaryFiles, AFileOfNoKnownKindIsAnErrorAndAnEmptyDirectoryToo) {
  const fs::path dir = fs::temp_directory_path() / ("dyad_dict_files_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "empty");
  fs::create_directories(dir / "mixed");
  std::ofstream(dir / "plain.txt") << "actor VLD = Valdoria\n";
  std::ofstream(dir / "mixed" / "notes.txt") << "some notes\n";
  std::ofstream(dir / "mixed" / "mine.dyad") << "actor VLD = Valdoria\n";
  Dictionary d;
  LoadReport r;
  Status plain = d.load_file((dir / "plain.txt").string(), r);
  ASSERT_FALSE(plain.ok());
  EXPECT_NE(plain.message().find("#!dyad-dictionary 1"), std::string::npos) << plain.message();
  Status empty = d.load_directory((dir / "empty").string(), r);
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.message().find("holds no dictionary files"), std::string::npos);
  // In a directory, a stray file is passed over and reported, and the rest loads.
  LoadReport m;
  EXPECT_TRUE(d.load_directory((dir / "mixed").string(), m).ok());
  ASSERT_EQ(m.errors.size(), 1u);
  EXPECT_NE(m.errors[0].find("notes.txt"), std::string::npos);
  EXPECT_EQ(m.files, 1u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad
