// A CoNLL-U reader for training and evaluation: sentences with their comments
// (`# text`, `# sent_id`, `# newpar`, `# newdoc`), surface tokens and syntactic words.
//
// Multiword tokens are kept as surface tokens over their words, the way the text
// shows them: the line "3-4 don't" followed by "3 do" and "4 n't" gives one
// ConlluToken{form "don't", first_word 2, word_count 2} and two ConlluWords. Empty
// nodes ("8.1") are skipped: they have no surface form.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"

namespace dyad::train {

struct ConlluWord {
  std::string id, form, lemma, upos, xpos, feats, head, deprel, deps, misc;
};

// A surface token: a multiword token or a single word not inside one.
struct ConlluToken {
  std::string form;
  uint32_t first_word = 0;  // index into ConlluSentence::words
  uint32_t word_count = 1;  // > 1 for a multiword token
  bool multiword = false;
  bool space_after = true;  // no "SpaceAfter=No" in MISC
};

struct ConlluSentence {
  std::string sent_id;
  std::string text;              // `# text = ...`
  std::string document_id;       // from the last `# newdoc id = ...`
  bool new_document = false;     // a `# newdoc` comment precedes the sentence
  bool new_paragraph = false;    // a `# newpar` comment precedes it
  uint32_t line = 0;             // 1-based line of the sentence's first line
  std::vector<std::string> comments;  // every comment line, without "# "
  std::vector<ConlluToken> tokens;
  std::vector<ConlluWord> words;
};

// Parses CoNLL-U text; errors name `name`, the line and the fault.
Result<std::vector<ConlluSentence>> parse_conllu(std::string_view content, const std::string& name);
Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path);

}  // namespace dyad::train
