// Parse repairs made on a copy of a sentence's graph before it is coded (see
// parse_repair.cpp). Private to src/coder/.
#pragma once

#include "dyad/graph.hpp"
#include "lang/language.hpp"

namespace dyad::coder {

// Whether g has a mistake repair_parse() rewires (cheap: no copy).
bool needs_repair(const DepGraph& g);
// Rewires the mistakes of news parses that move whole clauses ("X attacked Y, Z
// said" parsed with "attacked" as a modifier and three subjects of "said"). Returns
// whether the graph changed.
bool repair_parse(DepGraph& g);

// "during a meeting at the Ostravan embassy with the Valdorian team", "after a meeting
// in Marlow on Monday with a bank envoy": a "with" phrase the parser hung on the place
// or on the verb after a two-sided noun (`two_sided`: meeting, talks), with only
// places and times between, is that noun's partner. Finds the phrase's head and the
// noun.
bool find_stray_partner(const DepGraph& g, const lang::WordList& two_sided, const lang::WordList& partner_prepositions,
                        uint32_t& phrase, uint32_t& noun);
// Hangs every such phrase on its noun; returns whether the graph changed.
bool repair_stray_partners(DepGraph& g, const lang::WordList& two_sided, const lang::WordList& partner_prepositions);

}  // namespace dyad::coder
