// EventDater (see event_dates.hpp): date expressions of a sentence, resolved against
// the document date and attached to the verbs they modify.
//
// Expressions are found on lower-cased word forms, in two passes: first those that
// count from the document date ("on Thursday", "July 9", "last week"), then the
// offsets that count from a reference ("a day after NATO labeled ...", "a week
// earlier"), because the reference may be a date found by the first pass.
#include "coder/event_dates.hpp"

#include <charconv>
#include <cstdlib>
#include <optional>

#include "base/strings.hpp"

namespace dyad {

namespace {

// A real date of a plausible news year (1000-2999).
std::optional<Date> news_date(int y, int m, int d) {
  if (y < 1000 || y > 2999) return std::nullopt;
  return Date::from_ymd(y, m, d);
}

// "9", "9th", "21st" -> the number; 0 when not a day of the month.
int day_number(std::string_view w, const lang::CalendarWords& cal) {
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view rest = w.substr(digits);
  if (!rest.empty() && !lang::in(rest, cal.ordinal_suffixes)) return 0;
  int v = 0;
  std::from_chars(w.data(), w.data() + digits, v);
  return v >= 1 && v <= 31 ? v : 0;
}

int year_number(std::string_view w) {
  if (w.size() != 4) return 0;
  int v = 0;
  auto r = std::from_chars(w.data(), w.data() + 4, v);
  return r.ec == std::errc() && r.ptr == w.data() + 4 && v >= 1900 && v <= 2199 ? v : 0;
}

// "a", "an", "one", ..., "ten", "2" -> the count; 0 otherwise.
int count_word(std::string_view w, const lang::CalendarWords& cal) {
  if (int n = lang::number_of(w, cal.count_words)) return n;
  int v = 0;
  auto r = std::from_chars(w.data(), w.data() + w.size(), v);
  return r.ec == std::errc() && r.ptr == w.data() + w.size() && v > 0 && v <= 366 ? v : 0;
}

}  // namespace

// ---- EventDater -------------------------------------------------------------------------

void EventDater::run(const DepGraph& g, Date doc_date, Date previous) {
  const lang::CalendarWords& cal = *words_;
  g_ = &g;
  doc_ = doc_date;
  stated_ = Date();
  sentence_ = Date();
  exprs_.clear();
  const size_t n = g.size();
  verb_date_.assign(n, Date());
  if (n == 0) return;
  std::vector<std::string> low(n);
  for (size_t i = 0; i < n; ++i) low[i] = base::ascii_lower(g.words[i].form);
  auto word = [&](int64_t i) -> std::string_view {
    return i >= 0 && static_cast<size_t>(i) < n ? std::string_view(low[i]) : std::string_view();
  };
  auto is = [](std::string_view w, lang::WordList list) { return lang::in(w, list); };

  // A bare date phrase ("next month", no preposition) on a noun inside an adverbial
  // of its verb dates that noun: "met Putin ahead of his visit to Washington next
  // month" -- the visit's date, not the meeting's. (On the verb's object or subject,
  // "holds its meetings with the Bank next week", it is the verb's: the parser often
  // hangs a clause's date on the noun before it.)
  auto noun_of_date = [&](const DepWord& w) -> int32_t {
    if (w.head < 0 || w.deprel.rfind("nmod", 0) != 0 || w.deprel == "nmod:poss") return -1;
    if (g.words[w.head].upos != UPos::Noun) return -1;
    for (const uint32_t* c = g.children_begin(static_cast<uint32_t>(&w - g.words.data())); c != g.children_end(static_cast<uint32_t>(&w - g.words.data())); ++c) {
      if (g.words[*c].rel == Rel::Case) return -1;
    }
    int32_t top = w.head;
    for (int guard = 0; guard < 8 && g.words[top].head >= 0 && g.words[g.words[top].head].upos == UPos::Noun; ++guard) {
      top = g.words[top].head;
    }
    const DepWord& tw = g.words[top];
    if (tw.head < 0) return -1;
    const UPos hu = g.words[tw.head].upos;
    const bool adverbial = (tw.rel == Rel::Obl && hu == UPos::Verb) || hu == UPos::Adp || hu == UPos::Adv;
    return adverbial ? w.head : -1;
  };
  // The verb a token belongs to: the nearest verb (or the root) up the tree, or the
  // noun a date phrase dates.
  auto anchor = [&](int32_t t) -> int32_t {
    for (int guard = 0; t >= 0 && guard < 64; ++guard) {
      const DepWord& w = g.words[t];
      if (w.upos == UPos::Verb || w.rel == Rel::Root) return t;
      if (const int32_t noun = noun_of_date(w); noun >= 0) return noun;
      t = w.head;
    }
    return -1;
  };
  auto future = [&](int32_t verb) {
    if (verb < 0) return false;
    for (const uint32_t* c = g.children_begin(verb); c != g.children_end(verb); ++c) {
      if (g.words[*c].rel == Rel::Aux && is(low[*c], cal.future_auxiliaries)) return true;
    }
    return false;
  };
  auto add = [&](uint32_t tb, uint32_t te, Date date, int32_t verb, bool reference, bool stated) {
    if (!date) return;
    exprs_.push_back({tb, te, date, verb, reference});
    if (verb >= 0 && !verb_date_[verb]) verb_date_[verb] = date;
    // A noun's date is not the sentence's.
    if (verb >= 0 && g.words[verb].upos == UPos::Noun && g.words[verb].rel != Rel::Root) return;
    if (!reference && !sentence_) sentence_ = date;
    if (stated && !stated_) stated_ = date;
  };

  // Pass 1: expressions counted from the document date.
  constexpr int kNotADayWord = 1000;
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = low[i];
    const std::string_view prev = word(static_cast<int64_t>(i) - 1);
    if (int wd = cal.weekday(w); wd >= 0) {
      if (!doc_) continue;
      const int32_t v = anchor(static_cast<int32_t>(i));
      const int today = doc_.weekday();
      int back = (today - wd + 7) % 7;     // days back to the latest such weekday
      int ahead = (wd - today + 7) % 7;    // days ahead to the next one
      Date d;
      if (is(prev, cal.last_words)) d = doc_.plus_days(-(back == 0 ? 7 : back));
      else if (is(prev, cal.next_words)) d = doc_.plus_days(ahead == 0 ? 7 : ahead);
      else if (future(v)) d = doc_.plus_days(ahead);
      else d = doc_.plus_days(-back);
      const bool lead = is(prev, cal.weekday_leads);
      add(static_cast<uint32_t>(lead ? i - 1 : i), static_cast<uint32_t>(i + 1), d, v, false, true);
      continue;
    }
    if (int off = lang::number_of(w, cal.day_words, kNotADayWord); off != kNotADayWord) {
      if (!doc_) continue;
      // "today's talks": a possessive is a noun modifier, still the same day.
      add(static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), doc_.plus_days(off), anchor(static_cast<int32_t>(i)),
          false, true);
      continue;
    }
    if (int m = cal.month(w); m > 0) {
      // "July 9", "July 9, 2024", "9 July 2024", "July 9th". "May"/"March" only so.
      int day = day_number(word(static_cast<int64_t>(i) + 1), cal);
      uint32_t tb = static_cast<uint32_t>(i), te = static_cast<uint32_t>(i + 2);
      if (day == 0) {
        day = day_number(prev, cal);
        tb = static_cast<uint32_t>(i - (day ? 1 : 0));
        te = static_cast<uint32_t>(i + 1);
      }
      if (day == 0) continue;
      int year = year_number(word(te));
      if (year) {
        ++te;
      } else if (word(te) == "," && year_number(word(te + 1))) {
        year = year_number(word(te + 1));
        te += 2;
      }
      Date d;
      if (year) {
        if (auto c = news_date(year, m, day)) d = *c;
      } else if (doc_) {
        // The nearest such date to the document date, the past one on a tie.
        const int y0 = doc_.year();
        int64_t best_gap = 0;
        for (int y : {y0, y0 - 1, y0 + 1}) {
          auto c = news_date(y, m, day);
          if (!c) continue;
          const int64_t gap = std::llabs(c->days() - doc_.days());
          if (!d || gap < best_gap) {
            d = *c;
            best_gap = gap;
          }
        }
      }
      if (tb > 0 && (is(word(tb - 1), cal.date_leads) || is(word(tb - 1), cal.span_leads))) {
        if (is(word(tb - 1), cal.span_leads)) continue;  // "since July 9": a span, not the event's day
        --tb;
      }
      add(tb, te, d, anchor(static_cast<int32_t>(i)), false, true);
      continue;
    }
    if (int period = lang::number_of(w, cal.period_words); period && doc_) {
      // "last week", "last month", "next week"; "this week" is the document's week: no
      // change.
      if (is(prev, cal.past_words)) {
        if (is(word(static_cast<int64_t>(i) - 2), cal.span_determiners)) continue;  // "over the past week": a span
        add(static_cast<uint32_t>(i - 1), static_cast<uint32_t>(i + 1), doc_.plus_days(-period),
            anchor(static_cast<int32_t>(i)), false, false);
      } else if (is(prev, cal.next_words)) {
        add(static_cast<uint32_t>(i - 1), static_cast<uint32_t>(i + 1), doc_.plus_days(period),
            anchor(static_cast<int32_t>(i)), false, false);
      }
      continue;
    }
    if (is(w, cal.ago_words) && doc_ && i >= 2) {
      // "three days ago", "a week ago".
      const int unit = lang::number_of(prev, cal.unit_words);
      const int count = count_word(word(static_cast<int64_t>(i) - 2), cal);
      if (unit && count) {
        add(static_cast<uint32_t>(i - 2), static_cast<uint32_t>(i + 1), doc_.plus_days(-unit * count),
            anchor(static_cast<int32_t>(i)), false, true);
      }
    }
  }

  // Pass 2: offsets from a reference date.
  auto reference_for = [&](int32_t verb) -> Date {
    for (int32_t t = verb, guard = 0; t >= 0 && guard < 64; t = g.words[t].head, ++guard) {
      if (verb_date_[t] && t != verb) return verb_date_[t];
    }
    if (sentence_) return sentence_;
    if (previous) return previous;
    return doc_;
  };
  for (size_t i = 2; i < n; ++i) {
    const std::string_view w = low[i];
    const bool after = is(w, cal.after_words), before = is(w, cal.before_words);
    const bool earlier = is(w, cal.earlier_words), later = is(w, cal.later_words);
    if (!after && !before && !earlier && !later) continue;
    const int unit = lang::number_of(low[i - 1], cal.unit_words);
    const int count = count_word(low[i - 2], cal);
    if (!unit || !count) continue;
    const int days = unit * count;
    const std::string_view next = word(static_cast<int64_t>(i) + 1);
    const bool clause_follows = (after || before) && !next.empty() && !is(next, cal.clause_ends);
    int32_t dated = -1;
    int sign = 0;
    if (clause_follows) {
      // "came a day after NATO labeled China ...": the clause after "after" happened
      // `days` before the main clause.
      const DepWord& marker = g.words[i];
      if (marker.rel == Rel::Mark && marker.head >= 0) {
        dated = marker.head;
      } else if (marker.rel == Rel::Case && marker.head >= 0 && static_cast<size_t>(marker.head) + 1 < n &&
                 g.words[marker.head + 1].upos == UPos::Verb && is(g.words[marker.head + 1].xpos, finite_tags_)) {
        // "a day after NATO labeled ...", parsed with NATO as the object of "after":
        // the finite verb right after that noun is the clause's.
        dated = marker.head + 1;
      } else if (marker.rel != Rel::Case) {
        for (size_t j = i + 1; j < n && dated < 0; ++j) {
          if (g.words[j].upos == UPos::Verb) dated = static_cast<int32_t>(j);
          if (low[j] == "." || low[j] == ";") break;
        }
      }
      sign = after ? -1 : 1;
      if (dated < 0) continue;
      const Date ref = reference_for(dated);  // the governing clause's date
      add(static_cast<uint32_t>(i - 2), static_cast<uint32_t>(i + 1), ref.plus_days(sign * days), dated, true, false);
    } else {
      // "A day earlier, NATO had labeled China ...": the clause itself.
      dated = anchor(static_cast<int32_t>(i));
      sign = (earlier || before) ? -1 : 1;
      Date ref = sentence_ ? sentence_ : previous ? previous : doc_;
      add(static_cast<uint32_t>(i - 2), static_cast<uint32_t>(i + 1), ref.plus_days(sign * days), dated, true, false);
    }
  }
}

Date EventDater::date_of(uint32_t verb) const {
  if (g_ != nullptr && verb < verb_date_.size()) {
    for (int32_t t = static_cast<int32_t>(verb), guard = 0; t >= 0 && guard < 64; t = g_->words[t].head, ++guard) {
      if (verb_date_[t]) return verb_date_[t];
    }
  }
  return sentence_ ? sentence_ : doc_;
}

}  // namespace dyad
