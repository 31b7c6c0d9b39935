// DependencyParser: Universal Dependencies basic trees (HEAD, DEPREL with subtypes:
// nsubj:pass, obl:agent, compound:prt, ...) for tagged sentences, with a model trained
// on UD English-EWT (models/parser.bin).
//
// Design (measured figures and alternatives in docs/parser.md and docs/parser-experiments.md): a greedy arc-hybrid
// transition parser (SHIFT, LEFT, RIGHT; the root token at the end of the buffer so
// that every sentence gets exactly one root), trained with Goldberg & Nivre's
// dynamic oracle and exploration. One averaged perceptron scores the labelled moves
// (SHIFT, LEFT-l, RIGHT-l for each relation l: about 100 classes) over Zhang & Nivre
// (2011) style features adapted to arc-hybrid (words, joint XPOS|UPOS tags, distance,
// valency, children's labels and label sets, second and third order, the tagger's
// runner-up tag, suffixes): choosing the label with the move lets the label evidence
// decide the attachment too (+1 UAS on dev over an unlabelled classifier followed by
// a separate arc labeller, which is still available: --unlabeled-moves). The
// shipped model averages the weights of several perceptrons trained with different
// seeds (an ensemble folded into one model: one weight table, one pass).
// Greedy decoding is linear in the sentence length; no beam.
//
// The parser reads each token's form, UPOS and XPOS (from the tagger, or given in a
// CoNLL-U file), and fills head and deprel. It is immutable after loading and
// thread-safe; each thread passes its own ParseWorkspace.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/result.hpp"

namespace dyad {

namespace parse {
struct ParserModel;  // src/parse/parser_model.hpp
struct ParseScratch;
}  // namespace parse

// Scores of predicted against gold annotation, CoNLL 2018 style: every word counts
// (punctuation included); LAS compares universal relations (the part before ':'),
// LAS-full the whole label ("nsubj:pass").
struct ParseScores {
  size_t words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  // The same counts per gold universal relation ("nsubj" for nsubj:pass), and for the
  // words whose XPOS the tagger got wrong.
  struct Counts {
    size_t words = 0, uas = 0, las = 0;
  };
  std::map<std::string, Counts, std::less<>> by_relation;
  Counts wrong_xpos;

  // Adds one word: predicted vs gold columns.
  void add(std::string_view upos_p, std::string_view xpos_p, std::string_view lemma_p, int head_p,
           std::string_view deprel_p, std::string_view upos_g, std::string_view xpos_g, std::string_view lemma_g,
           int head_g, std::string_view deprel_g);
  double percent(size_t n) const { return words ? 100.0 * static_cast<double>(n) / static_cast<double>(words) : 0; }
  // "UPOS 95.10  XPOS 94.80  LEMMA 97.20  UAS 87.00  LAS 84.00  (LAS with subtypes 83.10; 25094 words)"
  std::string summary() const;
  // One line per gold relation, most frequent first: words, share of all words, UAS,
  // LAS, and the share of all wrong heads it accounts for; then the words with a wrong
  // XPOS. Columns separated by runs of spaces, with a header line.
  std::string relation_table() const;
};

class ParseWorkspace {
 public:
  ParseWorkspace();
  ~ParseWorkspace();
  ParseWorkspace(ParseWorkspace&&) noexcept;
  ParseWorkspace& operator=(ParseWorkspace&&) noexcept;

 private:
  friend class DependencyParser;
  std::unique_ptr<parse::ParseScratch> scratch_;
};

class DependencyParser {
 public:
  // Loads models/parser.bin; a missing, corrupt, truncated or mismatched file is an
  // error naming the file and what is wrong.
  static Result<std::unique_ptr<DependencyParser>> load(const std::string& path);
  static Result<std::unique_ptr<DependencyParser>> from_bytes(std::string_view bytes, const std::string& name);
  explicit DependencyParser(std::unique_ptr<parse::ParserModel> model);
  ~DependencyParser();

  // Parses one tagged sentence: sets head (0 = root, else 1-based) and deprel of each
  // token; forms are slices of `text`.
  void parse(std::string_view text, std::span<Token> words, ParseWorkspace& ws) const;

  // True when the parser was trained with this tag pair (else it parses with the tag
  // unknown, less accurately). The Analyzer checks the tagger's tags with it.
  bool knows_tag(std::string_view xpos, std::string_view upos) const;
  const std::map<std::string, std::string>& metadata() const;
  const parse::ParserModel& model() const { return *model_; }

 private:
  std::unique_ptr<parse::ParserModel> model_;
};

}  // namespace dyad
