// Cleaning: from a Document's text to the paragraphs worth analysing.
//
// ParagraphSplitter finds paragraph blocks in plain text: blank-line separated,
// one-paragraph-per-line (scraped pages), or hard-wrapped wire copy whose paragraphs
// start with an indent (Reuters). BoilerplateCleaner then labels each block as
// body or boilerplate from general evidence -- a cue-phrase lexicon (donation and
// subscription appeals, cookie notices, share buttons, bylines, photo credits,
// "Read more"), line features (length, final punctuation, capitalisation) and the
// neighbourhood of other boilerplate -- never from one article's strings.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/document.hpp"
#include "dyad/result.hpp"

namespace dyad {

namespace lang {
struct Language;
}
namespace clean {
class CueIndex;
}

struct ParagraphBlock {
  Span span;               // trimmed of surrounding whitespace
  bool hard_wrapped = false;  // its line breaks are wraps, not structure
};

class ParagraphSplitter {
 public:
  // Appends the paragraph blocks of text[range] to `out`, in order.
  void split(std::string_view text, Span range, std::vector<ParagraphBlock>& out) const;
};

struct CleanOptions {
  bool remove_boilerplate = true;
  // Take the first block as the title when the document has none and the block looks
  // like a headline (short, no final full stop).
  bool guess_title = true;
  // Cut a wire dateline ("ANKARA, March 2 (Reuters) -") off the first paragraph into
  // a paragraph of its own: place and date, not part of the lead sentence.
  bool split_dateline = true;
  // The language of the cue phrases (src/lang/); nullptr: English.
  const lang::Language* language = nullptr;
};

class BoilerplateCleaner {
 public:
  explicit BoilerplateCleaner(CleanOptions options = {});
  ~BoilerplateCleaner();
  // Fills out.title / title_span / paragraphs / removed for `doc`. Never fails:
  // an empty or all-boilerplate document yields no paragraphs.
  void clean(const Document& doc, AnalyzedDocument& out) const;

 private:
  CleanOptions options_;
  const lang::Language& language_;
  ParagraphSplitter splitter_;
  std::shared_ptr<const clean::CueIndex> cues_;
};

}  // namespace dyad
