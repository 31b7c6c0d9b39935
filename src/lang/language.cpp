// Language helpers that work the same for every language (see language.hpp).
#include "lang/language.hpp"

namespace dyad::lang {

int CalendarWords::month(std::string_view w) const {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  for (size_t i = 0; i < months.size(); ++i) {
    if (w == months[i]) return static_cast<int>(i) + 1;
  }
  return number_of(w, month_short);
}

int CalendarWords::weekday(std::string_view w) const {
  for (size_t i = 0; i < weekdays.size(); ++i) {
    if (w == weekdays[i]) return static_cast<int>(i);
  }
  return -1;
}

bool CalendarWords::weekday_prefix(std::string_view w) const {
  if (w.size() < 3) return false;
  for (std::string_view d : weekdays) {
    if (d.substr(0, w.size()) == w) return true;
  }
  return false;
}

}  // namespace dyad::lang
