// Segmentation evaluation, CoNLL 2018 style: what `dyad eval-segment` runs
// (evaluate_segmentation), and the pieces the segmenter trainer scores its dev set
// with.
//
// Running text: the gold treebank is turned back into text the way a reader would
// meet it -- each paragraph's `# text` lines joined by one space, paragraphs (a
// paragraph starts at `# newpar` or `# newdoc`) separated by a blank line. Gold
// tokens, words and sentences become byte spans over that text; Dyad's tokenizer and
// splitter run on it paragraph by paragraph; spans are compared exactly:
//   precision = matched / system, recall = matched / gold, F1 their harmonic mean.
// Surface tokens are multiword tokens as one span ("don't" 0-5); words are syntactic
// words, with character spans inside a multiword token when its words concatenate to
// its form ("do" 0-2, "n't" 2-5), else the token's span for each of them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dyad/conllu.hpp"
#include "dyad/document.hpp"
#include "dyad/result.hpp"
#include "dyad/tokenize.hpp"

namespace dyad {

struct GoldSegmentation {
  std::string text;               // the running text
  std::vector<Span> paragraphs;   // one per paragraph, in order
  std::vector<Span> sentences;    // gold sentences (first token begin .. last token end)
  std::vector<Span> tokens;       // gold surface tokens
  std::vector<Span> words;        // gold syntactic words
  // Gold sentence index of each paragraph's first sentence (paragraphs.size() + 1
  // entries, the last one = sentences.size()).
  std::vector<size_t> paragraph_first_sentence;
  size_t unaligned_tokens = 0;    // gold tokens not found in `# text` (should be 0)
};

GoldSegmentation build_running_text(const std::vector<ConlluSentence>& sentences);

struct SystemSegmentation {
  std::vector<Token> tokens;      // Dyad's words over GoldSegmentation::text
  std::vector<Sentence> sentences;
  std::vector<Span> surface_tokens;  // words joined by kJoinedToNext as one span
  std::vector<Span> words;
  std::vector<Span> sentence_spans;
};

SystemSegmentation run_segmentation(const std::string& text, const std::vector<Span>& paragraphs,
                                    const Tokenizer& tokenizer, const SentenceSplitter& splitter);

struct SpanScore {
  size_t gold = 0, system = 0, matched = 0;
  double precision() const { return system ? static_cast<double>(matched) / system : 0.0; }
  double recall() const { return gold ? static_cast<double>(matched) / gold : 0.0; }
  double f1() const { return gold + system ? 2.0 * matched / static_cast<double>(gold + system) : 0.0; }
};

// Both lists sorted by (begin, end); equal spans may repeat and match one to one.
SpanScore score_spans(const std::vector<Span>& gold, const std::vector<Span>& system);

struct SegmentationScores {
  SpanScore tokens, words, sentences;
};

SegmentationScores score_segmentation(const GoldSegmentation& gold, const SystemSegmentation& system);

// Up to `limit` lines showing where gold and system spans of one kind
// ("tokens", "words" or "sentences") disagree, with context: for error analysis.
std::vector<std::string> segmentation_differences(const GoldSegmentation& gold, const SystemSegmentation& system,
                                                  const std::string& kind, size_t limit);

struct SegmentationEvalOptions {
  std::string model_dir;    // holds segmenter.bin; empty = find_model_dir()
  bool rules_only = false;  // the built-in rules instead of the trained splitter
  // Let the model end sentences inside a line without punctuation, as web text does
  // (SentenceSplitter::set_edited_text(false)); Dyad's default is edited text.
  bool web_text = false;
};

struct SegmentationEvaluation {
  size_t gold_sentences = 0;  // sentences read from the treebank
  GoldSegmentation gold;
  SystemSegmentation system;
  SegmentationScores scores;
};

// Reads the treebank, loads the splitter (whose lexicon the tokenizer uses), segments
// the running text and scores it. Fails when the treebank cannot be read or the model
// cannot be loaded, in that order.
Result<SegmentationEvaluation> evaluate_segmentation(const std::string& gold_path,
                                                     const SegmentationEvalOptions& options);

}  // namespace dyad
