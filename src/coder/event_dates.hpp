// EventDater: the date of each event of a sentence, from the document date and the
// date expressions of the sentence.
//
// News dates its events relative to the day it is published: "China accused NATO on
// Thursday" in a story of Friday 2024-07-12 happened on 2024-07-11. Each expression
// is resolved against the document date and attached to the verb that governs it
// (the nearest verb up the dependency tree); an event takes the date of the nearest
// dated verb at or above its own verb, else the first date of the sentence, else the
// document date:
//   "on Thursday", "last Monday", "next Friday"    the weekday before / after the date
//   "today", "yesterday", "tomorrow", "tonight"
//   "on July 9", "9 July", "July 9, 2024"           (no year: the nearest past one)
//   "last week", "this week", "next week", "last month", "three days ago", "a week ago"
//   "a day after X", "two days before X"            X's clause: the reference -/+ N
//   "a day earlier", "a week later"                 the whole clause: reference -/+ N
// The reference of the last two is the sentence's own date when it has one, else the
// date the previous sentence gave explicitly ("The statement came a day after NATO
// labeled ..." refers back to "... on Thursday"), else the document date.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dyad/code.hpp"
#include "lang/language.hpp"

namespace dyad {

struct DateExpression {
  uint32_t tb = 0, te = 0;  // tokens [tb, te)
  Date date;
  int32_t verb = -1;        // the verb it dates (-1: the whole sentence)
  bool relative_to_reference = false;  // "a day after", "a day earlier"
};

class EventDater {
 public:
  explicit EventDater(const lang::Language& language = lang::english())
      : words_(&language.calendar), finite_tags_(language.coder.finite_verb_tags) {}
  // Finds and resolves the date expressions of `g`. `doc_date` may be unknown (then
  // only expressions with a year resolve); `previous` is the date the previous
  // sentence gave explicitly, or unknown.
  void run(const DepGraph& g, Date doc_date, Date previous);
  // The date of an event whose verb is token `verb`.
  Date date_of(uint32_t verb) const;
  // The first date the sentence states (for the next sentence's reference).
  Date stated() const { return stated_; }
  const std::vector<DateExpression>& expressions() const { return exprs_; }

 private:
  const lang::CalendarWords* words_;
  lang::WordList finite_tags_;
  const DepGraph* g_ = nullptr;
  Date doc_;
  Date stated_;
  Date sentence_;
  std::vector<DateExpression> exprs_;
  std::vector<Date> verb_date_;  // per token: a date attached to that verb
};

}  // namespace dyad
