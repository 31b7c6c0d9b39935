// Analyzer: the text pipeline from a Document to an AnalyzedDocument
// (clean -> paragraphs -> tokenize -> sentences -> tag + lemmatize -> parse).
//
// A Document that comes analysed (CoNLL-U input, Document::given_analysis) skips the
// text stages: its sentences and tokens are kept, and so is its parse unless
// `reparse` is set; sentences the file gives without a parse are tagged and parsed.
//
// An Analyzer is built once, is immutable and thread-safe afterwards; the
// AnalyzedDocument passed to analyze() is the per-document workspace, reused across
// documents by the caller to avoid reallocations.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

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
  // For documents with a given analysis (CoNLL-U input): tag and parse every
  // sentence again with the models, keeping only the file's sentences and tokens
  // (`dyad analyze`; `dyad code --reparse`). Unset, a sentence whose every word has a
  // HEAD keeps the file's UPOS, XPOS, LEMMA, HEAD and DEPREL.
  bool reparse = false;
};

// The model directory: $DYAD_MODEL_DIR, else the models/ directory of the source tree
// Dyad was built from, else <prefix>/share/dyad/models next to the executable.
std::string find_model_dir();

class Analyzer {
 public:
  static Result<std::unique_ptr<Analyzer>> create(const AnalyzerOptions& options);

  // Analyzes `doc` into `out` (cleared first); starts from doc.given_analysis when
  // there is one.
  void analyze(const Document& doc, AnalyzedDocument& out) const;
  // Tokenizes and splits already-clean text (no boilerplate removal): every
  // blank-line separated block is a paragraph.
  void analyze_clean_text(const Document& doc, AnalyzedDocument& out) const;
  // The same for a headline: a headline states a clause, so a sentence the tagger
  // gave no verb takes its runner-up verb reading ("India and Pakistan exchange fire":
  // "exchange" a noun first, a verb second) before it is parsed.
  void analyze_headline(const Document& doc, AnalyzedDocument& out) const;
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
  void analyze_given(const Document& doc, AnalyzedDocument& out) const;
  // Clean text as blank-line paragraphs, tagged and parsed (`headline`: as a title).
  void analyze_plain(const Document& doc, AnalyzedDocument& out, bool headline) const;
  void annotate_sentences(const Document& doc, AnalyzedDocument& out, bool headline) const;
  // Tags and parses one sentence's words with the loaded models.
  void annotate_words(std::string_view text, std::span<Token> words, bool headline = false) const;
  // A headline-shaped first sentence with a comma list, read with "and" for the comma.
  bool read_comma_list(std::string_view text, const Sentence& s, std::span<Token> words) const;

  AnalyzerOptions options_;
  std::unique_ptr<BoilerplateCleaner> cleaner_;
  std::unique_ptr<Tokenizer> tokenizer_;
  std::unique_ptr<SentenceSplitter> splitter_;
  std::unique_ptr<Tagger> tagger_;
  std::unique_ptr<DependencyParser> parser_;
};

}  // namespace dyad
