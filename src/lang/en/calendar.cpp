// English calendar words: publication dates in page metadata ("Published: Thu, 11 Jul
// 2024") and the date expressions of news sentences ("on Thursday", "a day after",
// "three weeks ago").
#include "lang/en/english_data.hpp"

namespace dyad::lang::en {

namespace {

const std::string_view kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                    "july",    "august",   "september", "october", "november", "december"};
const NumberedWord kMonthShort[] = {{"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"may", 5},  {"jun", 6}, {"jul", 7},
                                    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
const std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
const std::string_view kDateLabels[] = {"published", "updated", "posted", "date", "on", "modified", "dated"};
const std::string_view kOrdinalSuffixes[] = {"st", "nd", "rd", "th"};
const std::string_view kTimeZoneWords[] = {"z",   "t",   "at",  "am",  "pm",  "a",    "p",   "m",   "utc",
                                           "gmt", "ut",  "est", "edt", "cst", "cdt",  "mst", "mdt", "pst",
                                           "pdt", "cet", "cest", "bst", "ist", "jst", "eet", "eest"};
const NumberedWord kDayWords[] = {{"today", 0}, {"tonight", 0}, {"yesterday", -1}, {"tomorrow", 1}};
const std::string_view kWeekdayLeads[] = {"on", "last", "next", "this"};
const std::string_view kLast[] = {"last"};
const std::string_view kNext[] = {"next"};
const std::string_view kDateLeads[] = {"on"};
const std::string_view kSpanLeads[] = {"since"};
const NumberedWord kPeriodWords[] = {{"week", 7}, {"month", 30}};
const std::string_view kPast[] = {"last", "past"};
const std::string_view kSpanDeterminers[] = {"the"};
const std::string_view kAgo[] = {"ago"};
const NumberedWord kCountWords[] = {{"a", 1},    {"an", 1},   {"one", 1},   {"two", 2},   {"three", 3}, {"four", 4},
                                    {"five", 5}, {"six", 6},  {"seven", 7}, {"eight", 8}, {"nine", 9},  {"ten", 10}};
const NumberedWord kUnitWords[] = {{"day", 1}, {"days", 1}, {"week", 7}, {"weeks", 7}};
const std::string_view kAfter[] = {"after"};
const std::string_view kBefore[] = {"before"};
const std::string_view kEarlier[] = {"earlier"};
const std::string_view kLater[] = {"later"};
const std::string_view kFutureAuxiliaries[] = {"will", "shall", "'ll"};
const std::string_view kClauseEnds[] = {",", ".", ";"};

}  // namespace

CalendarWords calendar_words() {
  CalendarWords c;
  c.months = kMonths;
  c.month_short = kMonthShort;
  c.weekdays = kWeekdays;
  c.date_labels = kDateLabels;
  c.ordinal_suffixes = kOrdinalSuffixes;
  c.time_zone_words = kTimeZoneWords;
  c.day_words = kDayWords;
  c.weekday_leads = kWeekdayLeads;
  c.last_words = kLast;
  c.next_words = kNext;
  c.date_leads = kDateLeads;
  c.span_leads = kSpanLeads;
  c.period_words = kPeriodWords;
  c.past_words = kPast;
  c.span_determiners = kSpanDeterminers;
  c.ago_words = kAgo;
  c.count_words = kCountWords;
  c.unit_words = kUnitWords;
  c.after_words = kAfter;
  c.before_words = kBefore;
  c.earlier_words = kEarlier;
  c.later_words = kLater;
  c.future_auxiliaries = kFutureAuxiliaries;
  c.clause_ends = kClauseEnds;
  return c;
}

}  // namespace dyad::lang::en
