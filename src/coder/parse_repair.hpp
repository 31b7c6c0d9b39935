// Parse repairs made on a copy of a sentence's graph before it is coded (see
// parse_repair.cpp). Private to src/coder/.
#pragma once

#include "dyad/graph.hpp"

namespace dyad::coder {

// Whether g has a mistake repair_parse() rewires (cheap: no copy).
bool needs_repair(const DepGraph& g);
// Rewires the mistakes of news parses that move whole clauses ("X attacked Y, Z
// said" parsed with "attacked" as a modifier and three subjects of "said"). Returns
// whether the graph changed.
bool repair_parse(DepGraph& g);

}  // namespace dyad::coder
