// Reading the parser's word classes (parse::WordClasses) from WordNet's index and data
// files (Debian package wordnet-base, /usr/share/wordnet), at training time only.
#pragma once

#include <string>

#include "dyad/result.hpp"
#include "parse/word_classes.hpp"

namespace dyad::train {

// For every single-word lemma of index.noun, index.verb and index.adj: the
// lexicographer file of its first (most frequent) sense, read from data.noun,
// data.verb and data.adj at the synset's byte offset. Errors name file:line.
Status read_word_classes(const std::string& wordnet_dir, parse::WordClasses& out);

}  // namespace dyad::train
