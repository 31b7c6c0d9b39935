// The arc-hybrid oracle of parser training: a training sentence's gold tree and the
// cost of each move (Goldberg & Nivre 2013: the number of gold arcs a move makes
// unreachable), shared by the greedy trainer (dynamic oracle) and the beam trainer.
#pragma once

#include <cstdint>
#include <vector>

#include "parse/parser_model.hpp"

namespace dyad::train {

struct TrainingSentence {
  std::vector<parse::WordAttr> words;  // n + 1 (root last)
  std::vector<int> gold_head;          // n; root = n
  std::vector<uint16_t> gold_label;
  std::vector<std::vector<int>> gold_children;  // n + 1
};

// The oracle's cost of each move (INT32_MAX when invalid).
void move_costs(const parse::ParseState& st, const TrainingSentence& s, int costs[parse::kMoves]);

// The cost of labelled move class c (0 SHIFT, 2l-1 LEFT-l, 2l RIGHT-l; INT32_MAX when
// invalid): the move's cost, plus one when the arc's head is right and its label wrong.
int labeled_move_cost(const parse::ParserModel& model, const parse::ParseState& st, const TrainingSentence& s,
                      const int move_cost[parse::kMoves], int c);

}  // namespace dyad::train
