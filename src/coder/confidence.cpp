// How much to trust one coded event, from the evidence it carries: how its sides were
// found (the parse's own subject and object, a passive's agent, a noun phrase, a
// speaker above, a repaired parse) and where their countries came from (the words of
// the sentence, the story's memory, the dateline or the story's main country). Each
// step away from the sentence's own words lowers it by a fixed factor; the table and
// the precision it gives on hand-coded news are in docs/coding.md.
#include <algorithm>
#include <string_view>

#include "cameo/actor_codes.hpp"
#include "dyad/code.hpp"

namespace dyad {

namespace {

bool has(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

// The factor for one side: its code, and the evidence of where its country came from.
double side_factor(const EventActor& a) {
  if (a.code.empty() || a.code == "---") return 0.5;
  if (cameo::is_agent_only(a.code)) return 0.6;
  double f = 1.0;
  if (has(a.entry, "document memory")) f *= 0.85;
  if (has(a.entry, "sentence context: ") || has(a.entry, "story context: ") || has(a.entry, "the dateline") ||
      has(a.entry, "the story's country") || has(a.entry, "domestic: the country of")) {
    f *= 0.8;
  }
  return f;
}

}  // namespace

double event_confidence(const Event& e) {
  std::string_view rule = e.rule;
  if (rule.rfind("title; ", 0) == 0) rule.remove_prefix(7);
  double c = 0.9;  // the verb's own subject and object, a pattern
  if (rule.rfind("passive-no-agent", 0) == 0) c = 0.65;  // the source is a guess
  else if (rule.rfind("passive", 0) == 0 || rule.rfind("event noun", 0) == 0 || rule.rfind("compound", 0) == 0) c = 0.85;
  if (has(rule, "+speaker")) c *= 0.9;
  if (has(rule, "+repaired-parse")) c *= 0.85;
  if (has(rule, "; target: ")) c *= 0.85;
  if (e.from_title) c *= 0.9;
  // Acts one verb names (meet, attack, reject, criticise) are read more reliably than
  // codes that hang on the words around the verb: what a statement says (01), intents,
  // appeals and demands (02, 03, 10), and reductions of relations and coercion (16,
  // 17), where the object decides the code.
  const std::string_view root = std::string_view(e.cameo).substr(0, 2);
  if (root == "01") c *= 0.8;
  else if (root == "02" || root == "03" || root == "10" || root == "16" || root == "17") c *= 0.85;
  if (e.negated) c *= 0.5;
  c *= side_factor(e.source) * side_factor(e.target);
  return std::clamp(c, 0.0, 1.0);
}

}  // namespace dyad
