// Analyzer: the text pipeline from a Document to an AnalyzedDocument
// (clean -> paragraphs -> tokenize -> sentences -> tag + lemmatize -> parse).
//
// An Analyzer is built once, is immutable and thread-safe afterwards; the
// AnalyzedDocument passed to analyze() is the per-document workspace, reused across
// documents by the caller to avoid reallocations.
#pragma once

#include <memory>
#include <string>

#include "dyad/analysis.hpp"
#include "dyad/clean.hpp"
#include "dyad/document.hpp"
#include "dyad/parse.hpp"
#include "dyad/result.hpp"
#include "dyad/tag.hpp"
#include "dyad/tokenize.hpp"

namespace dyad {

struct AnalyzerOptions {
  CleanOptions clean;
  // Directory holding the model files; empty = find_model_dir().
  std::string model_dir;
  // A sentence longer than this many tokens is cut (keeps later stages linear on
  // pathological input such as a 100 MB line with no punctuation).
  uint32_t max_sentence_tokens = 400;
  // Run the tagger (models/tagger.bin: UPOS, XPOS, LEMMA) and the parser
  // (models/parser.bin: HEAD, DEPREL). The parser needs tags: parse implies tag.
  bool tag = true;
  bool parse = true;
};

// The model directory: $DYAD_MODEL_DIR, else the models/ directory of the source tree
// Dyad was built from, else <prefix>/share/dyad/models next to the executable.
std::string find_model_dir();

class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> create(const AnalyzerOptions& options);

  // Analyzes `doc` into `out` (cleared first).
  void analyze(const Document& doc, AnalyzedDocument& out) const;
  // Tokenizes and splits already-clean text (no boilerplate removal): every
  // blank-line separated block is a paragraph.
  void analyze_clean_text(const Document& doc, AnalyzedDocument& out) const;
  // Tags and parses the sentences already in `out`, keeping their tokenization
  // (`dyad analyze --input-format conllu`). Per-thread scratch buffers are kept in
  // thread-local workspaces, so concurrent calls from several threads are safe.
  void annotate(const Document& doc, AnalyzedDocument& out) const;

  // The loaded models (nullptr when switched off in the options).
  const Tagger* tagger() const { return tagger_.get(); }
  const DependencyParser* parser() const { return parser_.get(); }

 private:
  Analyzer() = default;
  void segment(const Document& doc, AnalyzedDocument& out) const;

  AnalyzerOptions options_;
  std::unique_ptr<BoilerplateCleaner> cleaner_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<SentenceSplitter> splitter_;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<DependencyParser> parser_;
};

}  // namespace dyad
