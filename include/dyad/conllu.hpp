// CoNLL-U reading: sentences with their words (all ten columns), multiword tokens
// and the comments Dyad uses (`# sent_id`, `# text`, `# newdoc`, `# newpar`).
//
// ConlluReader walks a buffer sentence by sentence without copying it, so a large
// treebank is read in one pass with one reusable ConlluSentence. It is strict about
// structure (ten tab-separated columns, word ids 1..n in order, multiword ranges
// that cover existing words, heads inside the sentence) because a silently
// misread treebank poisons training and evaluation; every error names "file:line".
// Enhanced-dependency empty nodes ("8.1") are counted and otherwise skipped: Dyad
// works on basic trees.
//
// ConlluSentence::surface_tokens() gives the tokens as the text shows them (a
// multiword token once, not its words), for the segmentation evaluation and the
// segmenter trainer. conllu_to_analysis() turns sentences into a Document +
// AnalyzedDocument with the given tokenization (`dyad analyze --input-format conllu`,
// `dyad eval-parse`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/document.hpp"
#include "dyad/result.hpp"

namespace dyad {

struct ConlluWord {
  uint32_t id = 0;  // 1-based position in the sentence
  std::string form, lemma, upos, xpos, feats;
  int32_t head = -1;  // 0 = root; -1 when the column is "_"
  std::string deprel, deps, misc;
  uint32_t line = 0;  // where the word stands in the input
};

// A surface token split into several words: "don't" = words 3-4 ("do", "n't").
struct ConlluMultiword {
  uint32_t first = 0, last = 0;
  std::string form, misc;
  uint32_t line = 0;
};

// A surface token: a multiword token, or a word that is in none. For the lines
// "1 We", "2-3 don't", "2 do", "3 n't": {We, 0, 1}, {don't, 1, 2, multiword}.
struct ConlluToken {
  std::string_view form;    // points into the sentence it came from
  uint32_t first_word = 0;  // index into ConlluSentence::words
  uint32_t word_count = 1;  // more than 1 only for a multiword token
  bool multiword = false;
  bool space_after = true;  // no "SpaceAfter=No" in the token's MISC
};

struct ConlluSentence {
  std::string sent_id;  // "# sent_id = ..." (empty when absent)
  std::string text;     // "# text = ..."
  bool newdoc = false;  // "# newdoc" or "# newdoc id = ..." precedes the sentence
  std::string newdoc_id;
  bool newpar = false;  // "# newpar" or "# newpar id = ..."
  std::vector<std::string> comments;  // every comment line, without the leading '#'
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
  uint32_t empty_nodes = 0;  // "8.1" lines skipped
  uint32_t line = 0;         // first line of the sentence block

  void clear();
  // True when the word has "SpaceAfter=No" in MISC (for a word inside a multiword
  // token, the token's MISC decides after its last word).
  bool space_after(size_t word_index) const;
  // The surface tokens in order. Their forms view this sentence's strings: valid
  // while the sentence is neither changed nor destroyed.
  std::vector<ConlluToken> surface_tokens() const;
};

class ConlluReader {
 public:
  // `bytes` must outlive the reader; `name` prefixes error messages ("dev.conllu").
  ConlluReader(std::string_view bytes, std::string name);

  // Reads the next sentence into `out`. Returns true when a sentence was read, false
  // at the end of the input, or an error "name:line: what is wrong".
  Result<bool> next(ConlluSentence& out);

  // The line the reader has reached (1-based), for messages.
  uint32_t line() const { return line_; }

 private:
  Status parse_word_line(std::string_view line, ConlluSentence& out);
  Error error_at(uint32_t line, const std::string& what) const;

  std::string_view bytes_;
  std::string name_;
  size_t pos_ = 0;
  uint32_t line_ = 0;
};

// Reads a whole buffer or file.
Result<std::vector<ConlluSentence>> read_conllu(std::string_view bytes, const std::string& name);
Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path);

// Appends the sentence in CoNLL-U (comments, multiword lines, words, blank line).
void append_conllu(std::string& out, const ConlluSentence& sentence);

// Builds the document text and analysis from sentences, keeping their tokenization:
// words become Tokens whose spans slice the rebuilt text (spaces where SpaceAfter is
// not "No", a newline between sentences), multiword tokens become runs joined by
// kJoinedToNext, `# newpar` starts a paragraph. UPOS, XPOS, LEMMA, HEAD and DEPREL
// are copied when `keep_annotation` is set (else left empty for the tagger/parser).
void conllu_to_analysis(const std::vector<ConlluSentence>& sentences, size_t first, size_t count,
                        bool keep_annotation, Document& doc, AnalyzedDocument& out);

}  // namespace dyad
