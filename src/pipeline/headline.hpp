// How a headline is read: headlines drop articles and conjunctions and may be set in
// capitals, which the tagger and parser, trained on running text, read wrongly.
#pragma once

#include <string>

namespace dyad::lemma {
class WordNetLexicon;
}

namespace dyad::pipeline {

// The title as running text for the analyser: a headline in capitals becomes sentence
// case ("U.S. PREPARED TO ESCORT TANKERS" -> "U.s. prepared to escort tankers"; the
// dictionaries match any case), and a headline's comma list of names becomes a
// coordination ("Putin, Xi pledge deeper ties" -> "Putin and Xi pledge deeper ties").
// The list is read so only in a sentence-case headline: one to three capitalised words,
// a comma, a capitalised word, and a lower-case word within the next three.
// With WordNet given, a headline in title case ("Iran Summons British Envoy Over
// Sanctions") has its verbs and function words lower-cased.
std::string headline_reading(const std::string& title, const lemma::WordNetLexicon* wordnet = nullptr);
std::string title_case_reading(const std::string& title, const lemma::WordNetLexicon* wordnet);

// Where a headline's comma list has its comma ("Putin, Xi pledge deeper ties" -> 5),
// or npos when the text has none: the comma the reading above turns into "and".
size_t headline_list_comma(const std::string& text);

}  // namespace dyad::pipeline
