// The built-in dictionaries (dictionaries/): they load without a bad line, every ISO
// 3166-1 country has an actor (checked against Debian's iso-codes when installed),
// leaders' dated codes switch at their terms, and the names news uses for countries
// and organisations reach the right codes.
#include <simdjson.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <set>
#include <string>

#include "dyad/dict.hpp"

namespace dyad {
namespace {

namespace fs = std::filesystem;

const std::string kDictDir = std::string(DYAD_SOURCE_DIR) + "/dictionaries";
const char* kIsoJson = "/usr/share/iso-codes/json/iso_3166-1.json";

// Loaded once: the whole built-in set.
const Dictionary& builtin(LoadReport* report_out = nullptr) {
  static LoadReport report;
  static Dictionary dict = [] {
    Dictionary d;
    Status st = d.load_directory(kDictDir, report);
    EXPECT_TRUE(st.ok()) << st.message();
    d.compile();
    return d;
  }();
  if (report_out) *report_out = report;
  return dict;
}

// The codes an actor named exactly `name` (as written in the dictionary) can have.
std::set<std::string> codes_of(const std::string& name, int32_t yyyymmdd) {
  const Date date = Date::from_number(yyyymmdd);
  std::vector<std::string> units;
  split_match_units(name, units);
  std::set<std::string> out;
  const Dictionary& d = builtin();
  for (const auto& np : d.noun_phrases) {
    if (np.agent || np.words != units) continue;
    std::string_view c = d.actors[np.entry].code_on(date);
    if (!c.empty()) out.emplace(c);
  }
  return out;
}

TEST(BuiltinDictionaries, LoadWithoutErrors) {
  LoadReport report;
  builtin(&report);
  for (const auto& e : report.errors) ADD_FAILURE() << e;
  EXPECT_GT(builtin().actors.size(), 500u);
  EXPECT_GT(builtin().agents.size(), 15u);
  EXPECT_GT(builtin().verbs.size(), 300u);
}

TEST(BuiltinDictionaries, EveryIsoCountryHasAnActor) {
  if (!fs::exists(kIsoJson)) GTEST_SKIP() << kIsoJson << " not installed (Debian package iso-codes)";
  std::set<std::string> codes;
  for (const auto& a : builtin().actors) {
    for (const auto& c : a.codes) codes.insert(c.code);
  }
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_FALSE(parser.load(kIsoJson).get(root));
  simdjson::dom::array countries;
  ASSERT_FALSE(root["3166-1"].get_array().get(countries));
  size_t n = 0;
  for (simdjson::dom::element c : countries) {
    std::string_view a3;
    ASSERT_FALSE(c["alpha_3"].get_string().get(a3));
    EXPECT_TRUE(codes.count(std::string(a3))) << "no actor for ISO 3166-1 " << a3;
    ++n;
  }
  EXPECT_GE(n, 249u);
}

TEST(BuiltinDictionaries, CountryNamesDemonymsAndCapitals) {
  const int32_t d = 20240711;
  EXPECT_EQ(codes_of("China", d), std::set<std::string>{"CHN"});
  EXPECT_EQ(codes_of("Chinese", d), std::set<std::string>{"CHN"});
  EXPECT_EQ(codes_of("Beijing", d), std::set<std::string>{"CHN"});
  EXPECT_EQ(codes_of("South Korean", d), std::set<std::string>{"KOR"});
  EXPECT_EQ(codes_of("Emirati", d), std::set<std::string>{"ARE"});
  EXPECT_EQ(codes_of("Britain", d), std::set<std::string>{"GBR"});
  EXPECT_EQ(codes_of("U.S.", d), std::set<std::string>{"USA"});
  EXPECT_EQ(codes_of("Russian Federation", d), std::set<std::string>{"RUS"});
  EXPECT_EQ(codes_of("Ivory Coast", d), std::set<std::string>{"CIV"});
  EXPECT_EQ(codes_of("Kremlin", d), std::set<std::string>{"RUSGOV"});
  EXPECT_EQ(codes_of("NATO", d), std::set<std::string>{"IGOWSTNAT"});
  EXPECT_EQ(codes_of("UN Security Council", d), std::set<std::string>{"IGOUNOSEC"});
  // Names that are ordinary English words are not actors.
  EXPECT_TRUE(codes_of("who", d).empty());
  EXPECT_TRUE(codes_of("is", d).empty());
  EXPECT_TRUE(codes_of("car", d).empty());
}

TEST(BuiltinDictionaries, LeadersSwitchCodesAtTheirTerms) {
  EXPECT_EQ(codes_of("Joe Biden", 20240711), std::set<std::string>{"USAGOV"});
  EXPECT_EQ(codes_of("Joe Biden", 20250301), std::set<std::string>{"USAELI"});
  EXPECT_EQ(codes_of("Trump", 20250301), std::set<std::string>{"USAGOV"});
  EXPECT_EQ(codes_of("Jens Stoltenberg", 20240711), std::set<std::string>{"IGOWSTNAT"});
  EXPECT_EQ(codes_of("Mark Rutte", 20240711), std::set<std::string>{"NLDELI"});
  EXPECT_EQ(codes_of("Mark Rutte", 20241002), std::set<std::string>{"IGOWSTNAT"});
  EXPECT_EQ(codes_of("Keir Starmer", 20240801), std::set<std::string>{"GBRGOV"});
  EXPECT_EQ(codes_of("Taliban", 20200101), std::set<std::string>{"AFGREB"});
  EXPECT_EQ(codes_of("Taliban", 20220101), std::set<std::string>{"AFGGOV"});
}

TEST(BuiltinDictionaries, LoadTime) {
  // Not a speed test: the figure goes to the log for docs/dictionaries.md.
  auto t0 = std::chrono::steady_clock::now();
  Dictionary d;
  LoadReport report;
  ASSERT_TRUE(d.load_directory(kDictDir, report).ok());
  d.compile();
  double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  std::cout << "built-in dictionaries: " << d.actors.size() << " actors, " << d.agents.size() << " agents, "
            << d.verbs.size() << " verbs, " << d.verb_blocks.size() << " verb blocks; loaded and compiled in " << ms
            << " ms\n";
}

}  // namespace
}  // namespace dyad
