// EventDater (see event_dates.hpp): date expressions of a sentence, resolved against
// the document date and attached to the verbs they modify.
//
// Expressions are found on lower-cased word forms, in two passes: first those that
// count from the document date ("on Thursday", "July 9", "last week"), then the
// offsets that count from a reference ("a day after NATO labeled ...", "a week
// earlier"), because the reference may be a date found by the first pass.
#include "code/event_dates.hpp"
#include "lemma/lemmatizer.hpp"

#include <array>
#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace dyad {

// ---- Calendar -----------------------------------------------------------------------

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
int64_t days_from_date(DateNum d) {
  int64_t y = d / 10000;
  const int64_t m = d / 100 % 100;
  const int64_t day = d % 100;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

DateNum date_from_days(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
  return static_cast<DateNum>(y * 10000 + m * 100 + d);
}

DateNum add_days(DateNum d, int days) {
  if (d == kNoDate) return kNoDate;
  return date_from_days(days_from_date(d) + days);
}

int weekday_of(DateNum d) {
  // 1970-01-01 was a Thursday (3 with Monday = 0).
  const int64_t z = days_from_date(d);
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::string format_date(DateNum d) {
  if (d == kNoDate) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d / 10000, d / 100 % 100, d % 100);
  return buf;
}

namespace {

bool valid_date(int y, int m, int d) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  if (m == 2 && d == 29) return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return true;
}

// ---- Words ---------------------------------------------------------------------------

int weekday_word(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kNames = {"monday", "tuesday", "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (w == kNames[i]) return i;
  }
  return -1;
}

// "july", "jul", "jul.", "sept." -> 7, 7, 7, 9. "may" and "march" are months only next to
// a day number, which the caller checks.
int month_word(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kNames = {"january", "february", "march",     "april",
                                                              "may",     "june",     "july",      "august",
                                                              "september", "october", "november", "december"};
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (int i = 0; i < 12; ++i) {
    if (w == kNames[i]) return i + 1;
    if (w.size() == 3 && kNames[i].substr(0, 3) == w) return i + 1;
  }
  if (w == "sept") return 9;
  return 0;
}

// "9", "9th", "21st" -> the number; 0 when not a day of the month.
int day_number(std::string_view w) {
  size_t digits = 0;
  while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return 0;
  std::string_view rest = w.substr(digits);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
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
int count_word(std::string_view w) {
  static constexpr std::array<std::string_view, 11> kNames = {"", "one", "two", "three", "four", "five",
                                                              "six", "seven", "eight", "nine", "ten"};
  if (w == "a" || w == "an") return 1;
  for (int i = 1; i <= 10; ++i) {
    if (w == kNames[i]) return i;
  }
  int v = 0;
  auto r = std::from_chars(w.data(), w.data() + w.size(), v);
  return r.ec == std::errc() && r.ptr == w.data() + w.size() && v > 0 && v <= 366 ? v : 0;
}

// "day"/"days" -> 1, "week"/"weeks" -> 7; 0 otherwise.
int unit_days(std::string_view w) {
  if (w == "day" || w == "days") return 1;
  if (w == "week" || w == "weeks") return 7;
  return 0;
}

}  // namespace

// ---- EventDater -------------------------------------------------------------------------

void EventDater::run(const DepGraph& g, DateNum doc_date, DateNum previous) {
  g_ = &g;
  doc_ = doc_date;
  stated_ = kNoDate;
  sentence_ = kNoDate;
  exprs_.clear();
  const size_t n = g.size();
  verb_date_.assign(n, kNoDate);
  if (n == 0) return;
  std::vector<std::string> low(n);
  for (size_t i = 0; i < n; ++i) low[i] = lemma::ascii_lower(g.words[i].form);
  auto word = [&](int64_t i) -> std::string_view {
    return i >= 0 && static_cast<size_t>(i) < n ? std::string_view(low[i]) : std::string_view();
  };

  // The verb a token belongs to: the nearest verb (or the root) up the tree.
  auto anchor = [&](int32_t t) -> int32_t {
    for (int guard = 0; t >= 0 && guard < 64; ++guard) {
      const DepWord& w = g.words[t];
      if (w.upos == UPos::Verb || w.rel == Rel::Root) return t;
      t = w.head;
    }
    return -1;
  };
  auto future = [&](int32_t verb) {
    if (verb < 0) return false;
    for (const uint32_t* c = g.children_begin(verb); c != g.children_end(verb); ++c) {
      std::string_view a = low[*c];
      if (g.words[*c].rel == Rel::Aux && (a == "will" || a == "shall" || a == "'ll")) return true;
    }
    return false;
  };
  auto add = [&](uint32_t tb, uint32_t te, DateNum date, int32_t verb, bool reference, bool stated) {
    if (date == kNoDate) return;
    exprs_.push_back({tb, te, date, verb, reference});
    if (verb >= 0 && verb_date_[verb] == kNoDate) verb_date_[verb] = date;
    if (!reference && sentence_ == kNoDate) sentence_ = date;
    if (stated && stated_ == kNoDate) stated_ = date;
  };

  // Pass 1: expressions counted from the document date.
  for (size_t i = 0; i < n; ++i) {
    const std::string_view w = low[i];
    const std::string_view prev = word(static_cast<int64_t>(i) - 1);
    if (int wd = weekday_word(w); wd >= 0) {
      if (doc_ == kNoDate) continue;
      const int32_t v = anchor(static_cast<int32_t>(i));
      const int today = weekday_of(doc_);
      int back = (today - wd + 7) % 7;     // days back to the latest such weekday
      int ahead = (wd - today + 7) % 7;    // days ahead to the next one
      DateNum d;
      if (prev == "last") d = add_days(doc_, -(back == 0 ? 7 : back));
      else if (prev == "next") d = add_days(doc_, ahead == 0 ? 7 : ahead);
      else if (future(v)) d = add_days(doc_, ahead);
      else d = add_days(doc_, -back);
      const bool lead = prev == "on" || prev == "last" || prev == "next" || prev == "this";
      add(static_cast<uint32_t>(lead ? i - 1 : i), static_cast<uint32_t>(i + 1), d, v, false, true);
      continue;
    }
    if (w == "today" || w == "tonight" || w == "yesterday" || w == "tomorrow") {
      if (doc_ == kNoDate) continue;
      // "today's talks": a possessive is a noun modifier, still the same day.
      const int off = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
      add(static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), add_days(doc_, off), anchor(static_cast<int32_t>(i)),
          false, true);
      continue;
    }
    if (int m = month_word(w); m > 0) {
      // "July 9", "July 9, 2024", "9 July 2024", "July 9th". "May"/"March" only so.
      int day = day_number(word(static_cast<int64_t>(i) + 1));
      uint32_t tb = static_cast<uint32_t>(i), te = static_cast<uint32_t>(i + 2);
      if (day == 0) {
        day = day_number(prev);
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
      DateNum d = kNoDate;
      if (year) {
        if (valid_date(year, m, day)) d = year * 10000 + m * 100 + day;
      } else if (doc_ != kNoDate) {
        // The nearest such date to the document date, the past one on a tie.
        const int y0 = doc_ / 10000;
        int64_t best_gap = 0;
        for (int y : {y0, y0 - 1, y0 + 1}) {
          if (!valid_date(y, m, day)) continue;
          const DateNum c = y * 10000 + m * 100 + day;
          const int64_t gap = std::llabs(days_from_date(c) - days_from_date(doc_));
          if (d == kNoDate || gap < best_gap) {
            d = c;
            best_gap = gap;
          }
        }
      }
      if (tb > 0 && (word(tb - 1) == "on" || word(tb - 1) == "since")) {
        if (word(tb - 1) == "since") continue;  // "since July 9": a span, not the event's day
        --tb;
      }
      add(tb, te, d, anchor(static_cast<int32_t>(i)), false, true);
      continue;
    }
    if ((w == "week" || w == "month") && doc_ != kNoDate) {
      // "last week", "last month"; "this week" is the document's week: no change.
      if (prev == "last" || prev == "past") {
        if (word(static_cast<int64_t>(i) - 2) == "the") continue;  // "over the past week": a span
        add(static_cast<uint32_t>(i - 1), static_cast<uint32_t>(i + 1), add_days(doc_, w == "week" ? -7 : -30),
            anchor(static_cast<int32_t>(i)), false, false);
      }
      continue;
    }
    if (w == "ago" && doc_ != kNoDate && i >= 2) {
      // "three days ago", "a week ago".
      const int unit = unit_days(prev);
      const int count = count_word(word(static_cast<int64_t>(i) - 2));
      if (unit && count) {
        add(static_cast<uint32_t>(i - 2), static_cast<uint32_t>(i + 1), add_days(doc_, -unit * count),
            anchor(static_cast<int32_t>(i)), false, true);
      }
    }
  }

  // Pass 2: offsets from a reference date.
  auto reference_for = [&](int32_t verb) -> DateNum {
    for (int32_t t = verb, guard = 0; t >= 0 && guard < 64; t = g.words[t].head, ++guard) {
      if (verb_date_[t] != kNoDate && t != verb) return verb_date_[t];
    }
    if (sentence_ != kNoDate) return sentence_;
    if (previous != kNoDate) return previous;
    return doc_;
  };
  for (size_t i = 2; i < n; ++i) {
    const std::string_view w = low[i];
    const bool after = w == "after", before = w == "before", earlier = w == "earlier", later = w == "later";
    if (!after && !before && !earlier && !later) continue;
    const int unit = unit_days(low[i - 1]);
    const int count = count_word(low[i - 2]);
    if (!unit || !count) continue;
    const int days = unit * count;
    const std::string_view next = word(static_cast<int64_t>(i) + 1);
    const bool clause_follows = (after || before) && !next.empty() && next != "," && next != "." && next != ";";
    int32_t dated = -1;
    int sign = 0;
    if (clause_follows) {
      // "came a day after NATO labeled China ...": the clause after "after" happened
      // `days` before the main clause.
      const DepWord& marker = g.words[i];
      if (marker.rel == Rel::Mark && marker.head >= 0) {
        dated = marker.head;
      } else if (marker.rel == Rel::Case && marker.head >= 0 && static_cast<size_t>(marker.head) + 1 < n &&
                 g.words[marker.head + 1].upos == UPos::Verb &&
                 (g.words[marker.head + 1].xpos == "VBD" || g.words[marker.head + 1].xpos == "VBZ" ||
                  g.words[marker.head + 1].xpos == "VBP")) {
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
      const DateNum ref = reference_for(dated);  // the governing clause's date
      add(static_cast<uint32_t>(i - 2), static_cast<uint32_t>(i + 1), add_days(ref, sign * days), dated, true, false);
    } else {
      // "A day earlier, NATO had labeled China ...": the clause itself.
      dated = anchor(static_cast<int32_t>(i));
      sign = (earlier || before) ? -1 : 1;
      DateNum ref = sentence_ != kNoDate ? sentence_ : previous != kNoDate ? previous : doc_;
      add(static_cast<uint32_t>(i - 2), static_cast<uint32_t>(i + 1), add_days(ref, sign * days), dated, true, false);
    }
  }
}

DateNum EventDater::date_of(uint32_t verb) const {
  if (g_ != nullptr && verb < verb_date_.size()) {
    for (int32_t t = static_cast<int32_t>(verb), guard = 0; t >= 0 && guard < 64; t = g_->words[t].head, ++guard) {
      if (verb_date_[t] != kNoDate) return verb_date_[t];
    }
  }
  return sentence_ != kNoDate ? sentence_ : doc_;
}

}  // namespace dyad
