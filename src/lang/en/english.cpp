// English: the Language record assembled from the word lists of this folder.
#include "lang/en/english_data.hpp"

namespace dyad::lang {

const Language& english() {
  static const Language kEnglish{"en", en::calendar_words(), en::boilerplate_words(), en::coder_words(),
                                 en::inflection(), en::name_words()};
  return kEnglish;
}

}  // namespace dyad::lang
