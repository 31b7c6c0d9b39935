// Builds a DepGraph from readable rows for coder tests: "form lemma UPOS head deprel"
// with 1-based heads (0 = root), as in CoNLL-U.
#pragma once

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "dyad/code.hpp"

namespace dyad::test_graphs {

inline DepGraph graph(const std::vector<std::string>& rows) {
  std::string conllu;
  int id = 1;
  for (const auto& r : rows) {
    std::istringstream in(r);
    std::string form, lemma, upos, head, rel;
    in >> form >> lemma >> upos >> head >> rel;
    conllu += std::to_string(id++) + "\t" + form + "\t" + lemma + "\t" + upos + "\t_\t_\t" + head + "\t" + rel + "\t_\t_\n";
  }
  auto g = DepGraph::from_conllu(conllu, "test");
  EXPECT_TRUE(g.ok()) << g.message();
  return std::move(g.value());
}

}  // namespace dyad::test_graphs
