// The parser training oracle (see parser_oracle.hpp).
#include "parser_oracle.hpp"

#include <cstdint>

namespace dyad::train {

using parse::kLeft;
using parse::kMoves;
using parse::kRight;
using parse::kShift;
using parse::ParseState;

void move_costs(const ParseState& st, const TrainingSentence& s, int costs[kMoves]) {
  const int n = st.size();
  const int b0 = st.b0();
  const int s0 = st.s(0), s1 = st.s(1);
  const auto& G = s.gold_head;
  auto dependents_in_buffer = [&](int h) {
    int c = 0;
    for (int d : s.gold_children[h]) c += d >= b0;
    return c;
  };
  for (int m = 0; m < kMoves; ++m) costs[m] = INT32_MAX;
  if (st.can_shift()) {
    int c = 0;
    for (int x : st.stack()) {
      if (G[x] == b0) ++c;
      if (G[b0] == x && x != s0) ++c;
    }
    costs[kShift] = c;
  }
  if (st.can_left()) {
    int c = dependents_in_buffer(s0);
    if (G[s0] != b0 && ((s1 >= 0 && G[s0] == s1) || G[s0] > b0)) ++c;
    costs[kLeft] = c;
  }
  if (st.can_right()) {
    int c = dependents_in_buffer(s0);
    if (G[s0] != s1 && G[s0] >= b0) ++c;
    costs[kRight] = c;
  }
  (void)n;
}

int labeled_move_cost(const parse::ParserModel& model, const ParseState& st, const TrainingSentence& s,
                      const int move_cost[kMoves], int c) {
  if (!model.valid_labeled(st, c)) return INT32_MAX;
  if (c == 0) return move_cost[kShift];
  const int l = (c + 1) / 2;
  const bool left = c & 1;
  const int d = st.s(0), h = left ? st.b(0) : st.s(1);
  return (left ? move_cost[kLeft] : move_cost[kRight]) + (s.gold_head[d] == h && s.gold_label[d] != l ? 1 : 0);
}

}  // namespace dyad::train
