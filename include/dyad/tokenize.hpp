// Tokenizer and sentence splitter.
//
// Tokenizer follows UD English-EWT conventions: clitics split off ("China's" ->
// China 's, "don't" -> do n't, "cannot" -> can not), punctuation split, hyphenated
// compounds split ("search-engine" -> search - engine) except lexicalised forms
// ("e-mail", "anti-war"), and URLs, e-mail addresses, numbers ("1,750", "5.93"),
// times and abbreviations ("U.S.", "Gen.") kept whole; "$5" -> $ 5. Every token
// carries byte offsets into the text; forms are never rewritten.
//
// What is learnt from the treebank rather than written as rules (which hyphen
// prefixes and which abbreviations EWT keeps whole, which apostrophe-less
// contractions it splits: "dont" -> do nt) travels in a TokenizerLexicon stored in the
// segmenter model, so the tokenizer used at run time is the one the splitter was
// trained with: build it as Tokenizer(splitter.lexicon()).
//
// SentenceSplitter decides, at each candidate boundary inside a paragraph, whether a
// sentence ends there, with a model trained on UD English-EWT (models/segmenter.bin):
// robust to abbreviations, initials, decimals, quotes and brackets, headlines without
// final punctuation and hard-wrapped lines.
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

// Word lists the tokenizer consults. All entries are ASCII-lowercased.
struct TokenizerLexicon {
  // First parts of hyphenated words kept whole: "anti" keeps "anti-war" one token.
  std::vector<std::string> hyphen_prefixes;
  // Whole hyphenated words kept as one token: "e-mail", "x-ray".
  std::vector<std::string> hyphen_words;
  // Abbreviations that keep their final period: "gen.", "jan.", "etc.".
  std::vector<std::string> abbreviations;
  // Words written without apostrophe that EWT splits, with the split points (byte
  // offsets into the word): "dont" -> {2} (do nt), "cannot" -> {3}, "gonna" -> {3}.
  std::vector<std::pair<std::string, std::vector<uint8_t>>> contractions;

  // A small hand-written lexicon for when no trained model is loaded.
  static TokenizerLexicon builtin();
};

class Tokenizer {
 public:
  Tokenizer();  // the built-in lexicon
  explicit Tokenizer(const TokenizerLexicon& lexicon);
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // Appends the tokens of text[range] to `out`. Flags: kSpaceAfter when whitespace
  // follows, kNewlineAfter when that whitespace holds a line break, kJoinedToNext on
  // every word of a split surface token but the last ("do|n't").
  void tokenize(std::string_view text, Span range, std::vector<Token>& out) const;

  struct Tables;  // lookup sets built from the lexicon (defined in src/tokenize)

 private:
  std::unique_ptr<Tables> tables_;
};

class SentenceSplitterModel;  // opaque, defined in src/segment

class SentenceSplitter {
 public:
  // Loads a model file written by the trainer; a missing, corrupt or mismatched file
  // is an error naming the file and what is wrong.
  static Result<std::unique_ptr<SentenceSplitter>> load(const std::string& path);
  // Builds a splitter from model bytes already in memory (`name` is used in errors).
  static Result<std::unique_ptr<SentenceSplitter>> from_bytes(std::string_view bytes,
                                                               const std::string& name);
  // A splitter from built-in rules only (no model): used when no model is available.
  static std::unique_ptr<SentenceSplitter> rules_only();
  ~SentenceSplitter();

  // Splits tokens[first, first+count) (one paragraph) into sentences, appended to out.
  // The end of the paragraph always ends a sentence.
  void split(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
             uint32_t count, uint32_t paragraph, std::vector<Sentence>& out) const;

  // Edited text (the default): inside a line, a sentence ends only after punctuation,
  // never after a word or number ("wounded 15,000 Iranian Revolutionary Guards"); at
  // a line break the model decides. Off: the model decides every gap, as in the web
  // text it was trained on, where sentences often lack final punctuation.
  void set_edited_text(bool on) { edited_ = on; }
  bool edited_text() const { return edited_; }

  // The tokenizer lexicon the model was trained with (built-in for rules_only()).
  const TokenizerLexicon& lexicon() const;
  // The model's metadata (training data, date, feature set, dev scores); empty for
  // rules_only().
  const std::map<std::string, std::string>& metadata() const;

 private:
  SentenceSplitter();
  std::unique_ptr<SentenceSplitterModel> model_;
  bool edited_ = true;
};

}  // namespace dyad
