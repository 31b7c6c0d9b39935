// parse_date: publication dates in the forms news sources use (include/dyad/date.hpp).
//
// The text is split into tokens (numbers, words, symbols) and matched against a few
// shapes of the calendar date; whatever follows the date must look like a time and
// zone, so "11 July 2024 09:30 EDT" is a date and "11 July 2024 was hot" is not.
//   "2024-07-11T09:30:00+02:00"  "2024/07/11"  "20240711"   year first
//   "11.07.2024"                 day first (dots are European)
//   "7/11/2024"                  month first unless the first number is over 12
//   "Thu, 11 Jul 2024 09:30:00 +0000" (RFC 2822)  " 26-FEB-1987 15:01:01.79" (Reuters)
//   "July 11, 2024"  "Jul. 11, 2024"  "11th July 2024"  "Thu Jul 11 09:30:00 2024"
// The calendar date is kept as written: a time zone does not move it to UTC, since
// the local date is the one the article was published on.
// Ranges are checked (2024-02-30 and 25:00 are rejected).
#include <array>
#include <vector>

#include "base/strings.hpp"
#include "dyad/date.hpp"
#include "lang/language.hpp"

namespace dyad {

namespace {

struct Token {
  enum class Kind { Number, Word, Symbol } kind;
  std::string_view text;
  int value = -1;  // numbers of up to 9 digits
  bool space_before = false;
};

std::vector<Token> tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  bool space = false;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = true;
      ++i;
      continue;
    }
    if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // no-break space
      space = true;
      i += 2;
      continue;
    }
    Token t;
    t.space_before = space;
    space = false;
    size_t j = i;
    if (c >= '0' && c <= '9') {
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      t.kind = Token::Kind::Number;
      if (j - i <= 9) {
        t.value = 0;
        for (size_t k = i; k < j; ++k) t.value = t.value * 10 + (s[k] - '0');
      }
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      while (j < s.size() && (s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z') ++j;
      t.kind = Token::Kind::Word;
    } else {
      j = i + 1;
      t.kind = Token::Kind::Symbol;
    }
    t.text = s.substr(i, j - i);
    tokens.push_back(t);
    i = j;
  }
  return tokens;
}

const lang::CalendarWords& calendar() { return lang::english().calendar; }

int month_from_name(std::string_view word) { return calendar().month(base::ascii_lower(word)); }

// "thu", "thur", "thurs", "thursday".
bool is_weekday(std::string_view word) { return calendar().weekday_prefix(base::ascii_lower(word)); }

bool is_label(std::string_view word) { return lang::in(base::ascii_lower(word), calendar().date_labels); }

bool is_ordinal_suffix(std::string_view word) { return lang::in(base::ascii_lower(word), calendar().ordinal_suffixes); }

struct Ymd {
  int year = 0, month = 0, day = 0;
};

bool valid_date(const Ymd& d) {
  if (d.year < 1000 || d.year > 9999 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  int days = kDays[d.month - 1] + (d.month == 2 && leap ? 1 : 0);
  return d.day <= days;
}

int two_digit_year(int y) { return y < 70 ? 2000 + y : 1900 + y; }

class DateMatcher {
 public:
  explicit DateMatcher(const std::vector<Token>& tokens) : t_(tokens) {}

  std::optional<Ymd> match() {
    skip_preamble();
    size_t start = i_;
    for (auto shape : {&DateMatcher::year_first, &DateMatcher::numeric_day_or_month_first,
                       &DateMatcher::day_month_name_year, &DateMatcher::month_name_day_year}) {
      i_ = start;
      Ymd d;
      if ((this->*shape)(d) && valid_date(d) && valid_tail()) return d;
    }
    return std::nullopt;
  }

 private:
  const Token* peek(size_t k = 0) const { return i_ + k < t_.size() ? &t_[i_ + k] : nullptr; }
  bool number(int min_digits, int max_digits, int& value) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::Number || t->value < 0) return false;
    int digits = static_cast<int>(t->text.size());
    if (digits < min_digits || digits > max_digits) return false;
    value = t->value;
    ++i_;
    return true;
  }
  bool symbol(char c) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::Symbol || t->text[0] != c) return false;
    ++i_;
    return true;
  }
  bool symbol_of(std::string_view set, char& which) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::Symbol || set.find(t->text[0]) == std::string_view::npos) return false;
    which = t->text[0];
    ++i_;
    return true;
  }
  bool month_name(int& month) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::Word) return false;
    month = month_from_name(t->text);
    if (!month) return false;
    ++i_;
    symbol('.');  // "Jul."
    return true;
  }
  void ordinal_suffix() {
    const Token* t = peek();
    if (t && t->kind == Token::Kind::Word && !t->space_before && is_ordinal_suffix(t->text)) ++i_;
  }
  bool year(int& y) {
    if (number(4, 4, y)) return true;
    if (number(2, 2, y)) {
      y = two_digit_year(y);
      return true;
    }
    return false;
  }

  // "Thursday, ", "Published: ", "Updated on Thu. "
  void skip_preamble() {
    for (int guard = 0; guard < 4; ++guard) {
      const Token* t = peek();
      if (!t || t->kind != Token::Kind::Word || !(is_weekday(t->text) || is_label(t->text))) return;
      if (month_from_name(t->text)) return;  // "mar" is a month, not "Mar(di)"
      ++i_;
      char sep;
      symbol_of(",.:", sep);
    }
  }

  // 2024-07-11, 2024/07/11, 2024.07.11, 20240711
  bool year_first(Ymd& d) {
    const Token* t = peek();
    if (t && t->kind == Token::Kind::Number && t->text.size() == 8 && t->value >= 0) {
      d = {t->value / 10000, t->value / 100 % 100, t->value % 100};
      ++i_;
      return true;
    }
    char sep, sep2;
    return number(4, 4, d.year) && symbol_of("-/.", sep) && number(1, 2, d.month) && symbol_of("-/.", sep2) &&
           sep == sep2 && number(1, 2, d.day);
  }
  // 11.07.2024 (day first); 7/11/2024 and 7-11-2024 (month first unless > 12)
  bool numeric_day_or_month_first(Ymd& d) {
    int a, b;
    char sep, sep2;
    if (!(number(1, 2, a) && symbol_of("./-", sep) && number(1, 2, b) && symbol_of("./-", sep2) && sep == sep2 &&
          number(4, 4, d.year)))
      return false;
    bool day_first = sep == '.' || a > 12;
    d.day = day_first ? a : b;
    d.month = day_first ? b : a;
    return true;
  }
  // 11 July 2024, 26-FEB-1987, 11th July, 2024, 11 Jul 24
  bool day_month_name_year(Ymd& d) {
    char sep;
    if (!number(1, 2, d.day)) return false;
    ordinal_suffix();
    symbol_of("-.", sep);
    if (!month_name(d.month)) return false;
    symbol_of("-,", sep);
    return year(d.year);
  }
  // July 11, 2024; Jul. 11 2024; Thu Jul 11 09:30:00 2024 (asctime)
  bool month_name_day_year(Ymd& d) {
    char sep;
    if (!month_name(d.month) || !number(1, 2, d.day)) return false;
    ordinal_suffix();
    symbol_of(",", sep);
    if (number(4, 4, d.year)) return true;
    // asctime puts the time before the year.
    size_t before_time = i_;
    if (time_of_day() && number(4, 4, d.year)) return true;
    i_ = before_time;
    return false;
  }

  // hh:mm[:ss[.frac]] with ranges checked; optional am/pm.
  bool time_of_day() {
    int h, m, s = 0;
    size_t start = i_;
    if (!(number(1, 2, h) && symbol(':') && number(2, 2, m))) {
      i_ = start;
      return false;
    }
    if (symbol(':') && !number(2, 2, s)) return false;
    char sep;
    if (symbol_of(".,", sep)) {
      int frac;
      if (!number(1, 9, frac)) return false;
    }
    if (h > 24 || m > 59 || s > 60 || (h == 24 && (m || s))) return false;
    return true;
  }

  static bool is_zone_or_meridiem(std::string_view word) {
    if (lang::in(base::ascii_lower(word), calendar().time_zone_words)) return true;
    // Other zone abbreviations are written in capitals ("AEST", "MSK").
    if (word.size() < 2 || word.size() > 5) return false;
    for (char c : word)
      if (c < 'A' || c > 'Z') return false;
    return true;
  }

  // After the date only times, zones and their punctuation may follow.
  bool valid_tail() {
    while (i_ < t_.size()) {
      const Token& t = t_[i_];
      if (t.kind == Token::Kind::Number) {
        const Token* next = peek(1);
        if (next && next->kind == Token::Kind::Symbol && next->text[0] == ':' &&
            (i_ == 0 || t_[i_ - 1].text[0] != '+') && (i_ == 0 || t_[i_ - 1].text[0] != '-')) {
          if (!time_of_day()) return false;
          continue;
        }
        if (t.text.size() > 4) return false;
        ++i_;
        continue;
      }
      if (t.kind == Token::Kind::Word) {
        if (!is_zone_or_meridiem(t.text)) return false;
        ++i_;
        continue;
      }
      if (std::string_view(":.,+-()").find(t.text[0]) == std::string_view::npos) return false;
      ++i_;
    }
    return true;
  }

  const std::vector<Token>& t_;
  size_t i_ = 0;
};

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  // A control character ends the date: wire feeds append transmission codes
  // ("27-MAR-1987 00:02:59.13\x05\x05\x05RM").
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
      text = text.substr(0, i);
      break;
    }
  }
  text = base::trim(text);
  if (text.empty() || text.size() > 200) return std::nullopt;
  std::vector<Token> tokens = tokenize(text);
  std::optional<Ymd> d = DateMatcher(tokens).match();
  if (!d) return std::nullopt;
  return Date::from_ymd(d->year, d->month, d->day);
}

}  // namespace dyad
