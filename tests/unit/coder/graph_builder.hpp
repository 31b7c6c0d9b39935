// Helpers for coder tests: a DepGraph from readable rows ("form lemma UPOS head
// deprel", 1-based heads, 0 = root, as in CoNLL-U), and a compiled dictionary from
// Dyad-format text.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/code.hpp"
#include "dyad/dict.hpp"

namespace dyad::test_graphs {

inline DepGraph graph(const std::vector<std::string>& rows) {
  std::string conllu;
  int id = 1;
  for (const auto& r : rows) {
    std::istringstream in(r);
    std::string form, lemma, upos, head, rel, xpos;
    in >> form >> lemma >> upos >> head >> rel;
    if (!(in >> xpos)) xpos = "_";  // an optional sixth field: the Penn tag
    conllu += std::to_string(id++) + "\t" + form + "\t" + lemma + "\t" + upos + "\t" + xpos + "\t_\t" + head + "\t" + rel +
              "\t_\t_\n";
  }
  auto g = DepGraph::from_conllu(conllu, "test");
  EXPECT_TRUE(g.ok()) << g.message();
  return std::move(g.value());
}

// Loads Dyad-format `text` into `dict` (as "test.dyad") and compiles it; any line
// that cannot be read fails the test.
inline void load_dictionary(Dictionary& dict, const char* text) {
  LoadReport r;
  dict.load_text(text, "test.dyad", DictFileKind::Dyad, r);
  EXPECT_TRUE(r.errors.empty()) << (r.errors.empty() ? "" : r.errors.front());
  dict.compile();
}

// Codes `g` as the next sentence of the story `state` holds; its events as sorted
// "SOURCE TARGET CAMEO" lines.
inline std::vector<std::string> code_next(Dictionary& dict, DocumentState& state, const DepGraph& g,
                                          CoderOptions options = {}) {
  std::vector<Event> events;
  EventCoder(dict, options).code(g, state, events);
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.source.code + " " + e.target.code + " " + e.cameo);
  std::sort(out.begin(), out.end());
  return out;
}

// The fixture of the coder tests that code a story sentence by sentence: the test's
// dictionary loaded, a story of 2024-07-11, and next() coding its next sentence.
class StoryTest : public ::testing::Test {
 protected:
  explicit StoryTest(const char* dictionary) : dictionary_(dictionary) {}
  void SetUp() override {
    load_dictionary(dict, dictionary_);
    state.reset("doc", Date::from_number(20240711));
  }
  std::vector<std::string> next(const DepGraph& g, CoderOptions o = {}) { return code_next(dict, state, g, o); }
  Dictionary dict;
  DocumentState state;

 private:
  const char* dictionary_;
};

}  // namespace dyad::test_graphs
