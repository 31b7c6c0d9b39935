// Scoring the tagger and the parser on a treebank's own tokenization, the way the
// CoNLL 2018 shared task does (every word, punctuation included; LAS on universal
// relations): what `dyad eval-parse` runs.
//
// Each gold sentence becomes an analysis with its own tokens (conllu_to_analysis),
// heads and relations cleared; the tagger runs (unless gold tags are kept), then the
// parser, and every word's predicted columns are scored against the gold ones in
// ParseScores. Sentences go one at a time, so the timings are those of the tagger and
// the parser alone, not of reading or scoring.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/conllu.hpp"
#include "dyad/document.hpp"
#include "dyad/parse.hpp"
#include "dyad/result.hpp"

namespace dyad {

class Analyzer;

// Reads a treebank to score against. Beyond the reader's checks, an empty treebank
// ("FILE: no sentences to score") and a word without a HEAD ("FILE:LINE: gold HEAD
// missing") are errors: there would be nothing, or no tree, to compare with.
Result<std::vector<ConlluSentence>> read_parse_gold(const std::string& path);

struct ParseEvalOptions {
  std::string model_dir;   // empty = find_model_dir()
  bool gold_tags = false;  // parse with the treebank's UPOS, XPOS and LEMMA; no tagger
};

struct ParseEvaluation {
  ParseScores scores;
  size_t sentences = 0;
  double tag_seconds = 0;  // near 0 with gold tags (the tagger is skipped)
  double parse_seconds = 0;
  // Words per second of each stage; 0 when no time was measured.
  double tag_words_per_second() const;
  double parse_words_per_second() const;
};

class ParseEvaluator {
 public:
  // Loads the models (those the Analyzer loads; the tagger is not run with gold tags).
  static Result<std::unique_ptr<ParseEvaluator>> create(const ParseEvalOptions& options);
  ~ParseEvaluator();

  // Receives each sentence's predicted analysis; the document id is the sentence's
  // `# sent_id`, or "s" + its 1-based position when it has none.
  using SentenceCallback = std::function<void(const Document&, const AnalyzedDocument&)>;

  // Tags, parses and scores every sentence of `gold` (as read_parse_gold gives it).
  ParseEvaluation evaluate(const std::vector<ConlluSentence>& gold, const SentenceCallback& on_sentence = {}) const;

 private:
  ParseEvaluator() = default;

  std::unique_ptr<Analyzer> analyzer_;
  bool gold_tags_ = false;
};

}  // namespace dyad
