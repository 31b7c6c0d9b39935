// Tokenizer and sentence splitter.
//
// Tokenizer follows UD English-EWT conventions: clitics split off ("China's" ->
// China 's, "don't" -> do n't, "cannot" -> can not), punctuation split, hyphenated
// compounds split ("search-engine" -> search - engine) except lexicalised forms
// ("e-mail"), and URLs, e-mail addresses, numbers ("1,750", "5.93", "$5"), times and
// abbreviations ("U.S.", "Gen.") kept whole. Every token carries byte offsets.
//
// SentenceSplitter decides, at each candidate boundary inside a paragraph, whether a
// sentence ends there, with a model trained on UD English-EWT (models/segmenter.*):
// robust to abbreviations, initials, decimals, quotes and brackets, headlines without
// final punctuation and hard-wrapped lines.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/result.hpp"

namespace dyad {

class Tokenizer {
 public:
  Tokenizer();
  // Appends the tokens of text[range] to `out`.
  void tokenize(std::string_view text, Span range, std::vector<Token>& out) const;
};

class SentenceSplitterModel;  // opaque, defined in src/segment

class SentenceSplitter {
 public:
  // Loads a model file written by the trainer; a missing, corrupt or mismatched file
  // is an error naming the file and what is wrong.
  static Result<std::unique_ptr<SentenceSplitter>> load(const std::string& path);
  // A splitter from built-in rules only (no model): used when no model is available.
  static std::unique_ptr<SentenceSplitter> rules_only();
  ~SentenceSplitter();

  // Splits tokens[first, first+count) (one paragraph) into sentences, appended to out.
  void split(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
             uint32_t count, uint32_t paragraph, std::vector<Sentence>& out) const;

 private:
  SentenceSplitter();
  std::unique_ptr<SentenceSplitterModel> model_;
};

}  // namespace dyad
