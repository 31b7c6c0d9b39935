// Match units: the one normalisation shared by dictionary phrases and sentence tokens.
//
// A unit is an upper-case word piece. Dictionaries write "BARAD-DUR", "DOL_AMROTH",
// "(AAIA)" or "DON'T"; parsers give "Barad-dur" or "Barad - dur", "Dol_Amroth",
// "( AAIA )", "do n't". Splitting both sides the same way makes them meet:
//   "Barad-dur" -> BARAD - DUR     "DOL_AMROTH" -> DOL AMROTH     "(AAIA)" -> ( AAIA )
//   "DON'T" -> DO N'T              "Russia's" -> RUSSIA 'S         "U.S." -> U.S.
// Curly apostrophes become straight ones. Only ASCII letters change case.
#pragma once

#include <string>
#include <string_view>

namespace dyad::units {

inline bool is_bracket_open(char c) { return c == '(' || c == '[' || c == '{' || c == '"'; }
inline bool is_bracket_close(char c) { return c == ')' || c == ']' || c == '}' || c == '"' || c == ','; }

// Upper-cases `word` into `scratch` (replacing ’ by '), then calls emit(string_view)
// for every unit; the views point into `scratch` and live until its next change.
template <class Emit>
void for_each_unit(std::string_view word, std::string& scratch, Emit&& emit) {
  scratch.clear();
  for (size_t i = 0; i < word.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(word[i]);
    if (c == 0xE2 && i + 2 < word.size() && static_cast<unsigned char>(word[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(word[i + 2]) == 0x99 || static_cast<unsigned char>(word[i + 2]) == 0x98)) {
      scratch.push_back('\'');
      i += 2;
      continue;
    }
    scratch.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : static_cast<char>(c));
  }
  std::string_view s = scratch;
  size_t pos = 0;
  while (pos < s.size()) {
    // A piece runs to the next '_' or whitespace.
    size_t end = pos;
    while (end < s.size() && s[end] != '_' && s[end] != ' ' && s[end] != '\t') ++end;
    std::string_view piece = s.substr(pos, end - pos);
    pos = end + 1;
    if (piece.empty()) continue;
    // Leading and trailing brackets and quotes are units of their own.
    while (piece.size() > 1 && is_bracket_open(piece.front())) {
      emit(piece.substr(0, 1));
      piece.remove_prefix(1);
    }
    size_t trailing = 0;
    while (piece.size() - trailing > 1 && is_bracket_close(piece[piece.size() - 1 - trailing])) ++trailing;
    std::string_view tail = piece.substr(piece.size() - trailing);
    piece = piece.substr(0, piece.size() - trailing);
    // Clitics: N'T, 'S, a final apostrophe.
    std::string_view clitic;
    if (piece.size() > 3 && piece.substr(piece.size() - 3) == "N'T") {
      clitic = piece.substr(piece.size() - 3);
      piece = piece.substr(0, piece.size() - 3);
    } else if (piece.size() > 2 && piece.substr(piece.size() - 2) == "'S") {
      clitic = piece.substr(piece.size() - 2);
      piece = piece.substr(0, piece.size() - 2);
    } else if (piece.size() > 1 && piece.back() == '\'') {
      clitic = piece.substr(piece.size() - 1);
      piece = piece.substr(0, piece.size() - 1);
    }
    // Hyphens split words (a lone "-" or "--" stays one unit).
    if (piece.find('-') != std::string_view::npos && piece.find_first_not_of('-') != std::string_view::npos) {
      size_t p = 0;
      while (p < piece.size()) {
        size_t h = piece.find('-', p);
        if (h == std::string_view::npos) {
          emit(piece.substr(p));
          break;
        }
        if (h > p) emit(piece.substr(p, h - p));
        emit(piece.substr(h, 1));
        p = h + 1;
      }
    } else if (!piece.empty()) {
      emit(piece);
    }
    if (!clitic.empty()) emit(clitic);
    for (size_t t = 0; t < tail.size(); ++t) emit(tail.substr(t, 1));
  }
}

}  // namespace dyad::units
