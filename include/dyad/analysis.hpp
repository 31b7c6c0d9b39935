// The linguistic analysis of one Document: paragraphs kept by the cleaner, tokens
// (syntactic words, UD English-EWT conventions) and sentences.
//
// Tokens are stored flat for the whole document; a Sentence is a run of them. Offsets
// are byte offsets into Document::text, so a token's form is a slice of the text:
//   "China's" -> ["China" 0-5, "'s" 5-7], the first flagged kJoinedToNext so that
//   CoNLL-U output can print the surface token "China's" as a multiword range.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.hpp"

namespace dyad {

enum TokenFlags : uint8_t {
  kSpaceAfter = 1 << 0,    // whitespace follows the token in the text
  kNewlineAfter = 1 << 1,  // the whitespace that follows holds a line break
  kJoinedToNext = 1 << 2,  // the next word is split off the same surface token ("do|n't")
};

struct Token {
  Span span;
  uint8_t flags = 0;
  // Filled by the tagger and parser (later stages); empty/-1 until then.
  std::string lemma;
  std::string upos;
  std::string xpos;
  int32_t head = -1;  // 0 = root, else 1-based index within the sentence
  std::string deprel;
  // The tagger's runner-up tag ("VBN|VERB") and how close it came: 0 = a near tie ..
  // 3 = far behind (3 and no alt_tag when the tagger had no doubt). The parser reads
  // them, so that a likely tagging error does not mislead it; no writer prints them.
  std::string alt_tag;
  uint8_t tag_margin = 3;

  std::string_view form(std::string_view text) const {
    return text.substr(span.begin, span.end - span.begin);
  }
  bool space_after() const { return flags & kSpaceAfter; }
};

struct Sentence {
  Span span;                 // from the first token's begin to the last token's end
  uint32_t first_token = 0;  // index into AnalyzedDocument::tokens
  uint32_t token_count = 0;
  uint32_t paragraph = 0;    // index into AnalyzedDocument::paragraphs
};

// A block of the text the cleaner dropped, with the reason (for --explain and tests).
struct RemovedBlock {
  Span span;
  std::string reason;  // e.g. "cue: donation appeal", "short line, no punctuation"
};

struct AnalyzedDocument {
  std::string title;                  // the document title after cleaning
  Span title_span;                    // where the title stands in the text, when it does
  std::vector<Span> paragraphs;       // body paragraphs kept by the cleaner, in order
  std::vector<RemovedBlock> removed;  // boilerplate removed by the cleaner
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;

  void clear() {
    title.clear();
    title_span = {};
    paragraphs.clear();
    removed.clear();
    tokens.clear();
    sentences.clear();
  }
};

}  // namespace dyad
