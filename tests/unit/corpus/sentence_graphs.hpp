// Sentences for the unknown-actor tests: a DepGraph from readable rows
// "form UPOS head deprel" (heads 1-based, 0 = root, "_" for a graph with no parse),
// lemma = form, and the text the forms joined by spaces.
#pragma once

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "dyad/graph.hpp"

namespace dyad::corpus_test {

inline DepGraph graph(const std::vector<std::string>& rows) {
  std::string conllu, text;
  int id = 1;
  for (const auto& r : rows) {
    std::istringstream in(r);
    std::string form, upos, head, rel;
    in >> form >> upos >> head >> rel;
    conllu += std::to_string(id++) + "\t" + form + "\t" + form + "\t" + upos + "\t_\t_\t" + head + "\t" + rel + "\t_\t_\n";
    text += (text.empty() ? "" : " ") + form;
  }
  auto g = DepGraph::from_conllu(conllu, "test");
  EXPECT_TRUE(g.ok()) << g.message();
  DepGraph out = std::move(g.value());
  out.text = text;
  return out;
}

}  // namespace dyad::corpus_test
