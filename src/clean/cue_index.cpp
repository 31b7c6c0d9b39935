// Cue text normalisation (see cue_index.hpp).
#include "clean/cue_index.hpp"

namespace dyad::clean {

size_t normalise_cue_text(std::string_view s, char* buf, size_t cap) {
  size_t n = 0;
  bool in_word = false;
  char prev = 0;
  auto sep = [&] {
    if (in_word && n < cap) buf[n++] = ' ';
    in_word = false;
  };
  for (size_t i = 0; i < s.size() && n + 4 < cap; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || c == '-') {
      buf[n++] = static_cast<char>(c);
      in_word = true;
    } else if (c >= 'A' && c <= 'Z') {
      if (in_word && prev >= 'a' && prev <= 'z') sep();  // camelCase junction
      buf[n++] = static_cast<char>(c - 'A' + 'a');
      in_word = true;
    } else if (c == ':') {
      sep();
      buf[n++] = ':';
      in_word = true;
      sep();
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA9) {
      sep();
      buf[n++] = '\xC2';
      buf[n++] = '\xA9';
      in_word = true;
      sep();
      ++i;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               static_cast<unsigned char>(s[i + 2]) == 0x99) {
      buf[n++] = '\'';
      in_word = true;
      i += 2;
    } else {
      sep();
    }
    prev = static_cast<char>(c);
  }
  while (n > 0 && buf[n - 1] == ' ') --n;
  return n;
}

void split_cue_words(std::string_view norm, std::vector<std::string_view>& words) {
  words.clear();
  size_t i = 0;
  while (i < norm.size()) {
    size_t j = norm.find(' ', i);
    if (j == std::string_view::npos) j = norm.size();
    if (j > i) words.push_back(norm.substr(i, j - i));
    i = j + 1;
  }
}

}  // namespace dyad::clean
