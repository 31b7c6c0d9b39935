// PLOVER scoring: the CAMEO -> PLOVER 0.5 table, country-level actor codes, the gold
// reader on a file written here, and the scores of hand-made events.
#include "dyad/plover_eval.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad {
namespace {

TEST(PloverTypes, RootsAndSplitCategories) {
  EXPECT_EQ(plover05_type("010"), "");
  EXPECT_EQ(plover05_type("0256"), "DEMAND");
  EXPECT_EQ(plover05_type("1056"), "DEMAND");
  EXPECT_EQ(plover05_type("036"), "AGREE");
  EXPECT_EQ(plover05_type("042"), "CONSULT");
  EXPECT_EQ(plover05_type("057"), "SUPPORT");
  EXPECT_EQ(plover05_type("064"), "COOPERATE");
  EXPECT_EQ(plover05_type("075"), "AID");
  EXPECT_EQ(plover05_type("0813"), "CONCEDE");
  EXPECT_EQ(plover05_type("083"), "CONCEDE");
  EXPECT_EQ(plover05_type("0831"), "RETREAT");
  EXPECT_EQ(plover05_type("0841"), "RETREAT");
  EXPECT_EQ(plover05_type("0874"), "RETREAT");
  EXPECT_EQ(plover05_type("090"), "INVESTIGATE");
  EXPECT_EQ(plover05_type("112"), "DISAPPROVE");
  EXPECT_EQ(plover05_type("1246"), "REJECT");
  EXPECT_EQ(plover05_type("1384"), "THREATEN");
  EXPECT_EQ(plover05_type("145"), "PROTEST");
  EXPECT_EQ(plover05_type("154"), "MOBILIZE");
  EXPECT_EQ(plover05_type("163"), "SANCTION");
  EXPECT_EQ(plover05_type("1712"), "COERCE");
  EXPECT_EQ(plover05_type("181"), "COERCE");
  EXPECT_EQ(plover05_type("183"), "ASSAULT");
  EXPECT_EQ(plover05_type("194"), "FIGHT");
  EXPECT_EQ(plover05_type("203"), "FIGHT");
  EXPECT_EQ(plover05_type("x"), "");
}

TEST(PloverTypes, CountryLevel) {
  EXPECT_EQ(country_level("CHNGOV"), "CHN");
  EXPECT_EQ(country_level("IGOWSTNAT"), "IGO");
  EXPECT_EQ(country_level("NGOHRIAMN"), "NGO");
  EXPECT_EQ(country_level("JAP"), "JPN");
  EXPECT_EQ(country_level("ITL"), "ITA");
  EXPECT_EQ(country_level("---GOV"), "");
  EXPECT_EQ(country_level("---"), "");
  EXPECT_EQ(country_level(""), "");
}

std::string write_gold(const std::string& text) {
  auto path = std::filesystem::temp_directory_path() / "dyad_plover_gold_test.json";
  std::ofstream(path) << text;
  return path.string();
}

TEST(PloverGold, ReadsRecordsAndSkipsTheDocumentRecord) {
  std::string path = write_gold(R"([
    {"id": "DOC", "event": "DOCUMENT", "eventText": "about this file"},
    {"id": "A-1", "date": "2000-01-01", "event": "DISAPPROVE", "text": "Valdoria denounced Ostrava.",
     "source": [{"actorText": "Valdoria", "code": "VAL", "sector": "GOV"}],
     "target": [{"actorText": "Ostrava", "code": "JAP"}]},
    {"id": "A-2", "date": "2000-01-01", "event": "PROTEST", "text": "Crowds marched.",
     "source": [{"actorText": "Crowds", "code": "VAL"}, {"actorText": "x", "code": "OST"}], "target": ""}
  ])");
  auto gold = read_plover_gold(path);
  ASSERT_TRUE(gold.ok()) << gold.message();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_EQ((*gold)[0].id, "A-1");
  EXPECT_EQ((*gold)[0].type, "DISAPPROVE");
  EXPECT_EQ((*gold)[0].sources, std::vector<std::string>{"VAL"});
  EXPECT_EQ((*gold)[0].targets, std::vector<std::string>{"JPN"});
  EXPECT_EQ((*gold)[1].sources, (std::vector<std::string>{"VAL", "OST"}));
  EXPECT_TRUE((*gold)[1].targets.empty());

  EXPECT_FALSE(read_plover_gold(write_gold("{\"not\": \"an array\"}")).ok());
  EXPECT_FALSE(read_plover_gold("/no/such/plover.json").ok());
}

Event make_event(const std::string& src, const std::string& cameo, const std::string& tgt) {
  Event e;
  e.source.code = src;
  e.target.code = tgt;
  e.cameo = cameo;
  return e;
}

TEST(PloverScorer, TypeSourceTargetAndTriples) {
  PloverRecord r1{"r1", Date::from_number(20000101), "t", "DISAPPROVE", {"VAL"}, {"OST"}};
  PloverRecord r2{"r2", Date::from_number(20000101), "t", "PROTEST", {"VAL", "OST"}, {}};
  PloverRecord r3{"r3", Date::from_number(20000101), "t", "FIGHT", {"VAL"}, {"OST"}};
  PloverScorer s;
  // r1: the right event, a statement (no PLOVER type) and a wrong triple.
  auto res = s.add(r1, {make_event("VALGOV", "111", "OSTMIL"), make_event("VAL", "010", "OST"),
                        make_event("OST", "112", "VAL")});
  EXPECT_TRUE(res.type_found);
  EXPECT_TRUE(res.source_ok);
  EXPECT_TRUE(res.target_ok);
  EXPECT_EQ(res.predicted.size(), 2u);
  EXPECT_EQ(res.matched, std::vector<std::string>{"VAL DISAPPROVE OST"});
  // r2: no gold target -- any target is right; an agent-only side is not a triple.
  res = s.add(r2, {make_event("OSTCVL", "141", "VALGOV"), make_event("---CVL", "141", "VAL")});
  EXPECT_TRUE(res.type_found);
  EXPECT_TRUE(res.source_ok);
  EXPECT_EQ(res.matched.size(), 1u);
  EXPECT_EQ(res.incomplete.size(), 1u);
  // r3: nothing coded.
  res = s.add(r3, {});
  EXPECT_FALSE(res.type_found);

  PloverTypeScores t = s.total();
  EXPECT_EQ(t.records, 3u);
  EXPECT_EQ(t.type_found, 2u);
  EXPECT_EQ(t.source_ok, 2u);
  EXPECT_EQ(t.with_target, 1u);
  EXPECT_EQ(t.target_ok, 1u);
  EXPECT_EQ(t.pred_triples, 3u);
  EXPECT_EQ(t.pred_triples_ok, 2u);
  EXPECT_EQ(t.pred_incomplete, 1u);
  EXPECT_EQ(t.gold_triples, 4u);  // r1: 1, r2: 2 sources x any, r3: 1
  EXPECT_EQ(t.gold_triples_found, 2u);
  EXPECT_EQ(s.by_type().at("DISAPPROVE").pred_triples, 2u);
  EXPECT_EQ(s.by_type().at("DISAPPROVE").pred_triples_ok, 1u);

  std::ostringstream report;
  s.write_report(report);
  EXPECT_NE(report.str().find("FIGHT"), std::string::npos);
  EXPECT_NE(report.str().find("type recall 66.7% (2/3)"), std::string::npos);
}

}  // namespace
}  // namespace dyad
