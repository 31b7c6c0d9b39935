// SentenceSplitter: splits one paragraph's tokens into sentences.
//
// A linear classifier over hashed features (an averaged perceptron trained by
// train/segmenter_trainer.cpp on UD English-EWT) scores each candidate gap of the
// paragraph (see boundary_features.hpp); a sentence ends where the score exceeds the
// model's threshold, and always at the paragraph's end. Examples the features let it
// learn: "Gen. Smith" no boundary (known abbreviation, capitalised name follows);
// "... in the U.S. The" boundary (a determiner after the period); a hard-wrapped line
// ending "said the" + line break + "Company" no boundary (the line is as long as the
// paragraph's others); "Peace talks resume" + line break + "Negotiators ..." boundary
// (a short line, capitalised continuation).
//
// Weights live in a bucketed table (bucket_weights.hpp): one cache line and no
// data-dependent branch per feature; the model file stores sorted (key, weight)
// arrays and the table is built on load in about a millisecond.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

#include "dyad/tokenize.hpp"
#include "segment/boundary_features.hpp"
#include "segment/bucket_weights.hpp"
#include "segment/segmenter_model.hpp"
#include "tokenize/char_class.hpp"
#include "tokenize/lowercase_set.hpp"

namespace dyad {

class SentenceSplitterModel {
 public:
  explicit SentenceSplitterModel(segment::SegmenterModelData data)
      : metadata(std::move(data.metadata)),
        lexicon(std::move(data.lexicon)),
        abbreviations(lexicon.abbreviations),
        threshold(data.threshold),
        rules_only(data.feature_keys.empty()),
        weights(data.feature_keys, data.feature_weights),
        extractor(&abbreviations) {}

  std::map<std::string, std::string> metadata;
  TokenizerLexicon lexicon;
  LowercaseSet abbreviations;
  float threshold = 0.0f;
  bool rules_only = true;
  segment::BucketWeights weights;
  segment::BoundaryFeatureExtractor extractor;
};

namespace {

// The built-in rules: a sentence mark (or a closer after one) followed by a capital,
// digit or opening quote; a line break followed by an indent; a short line
// (headline) followed by a capital. A period that belongs to a known abbreviation or
// an initial ("Gen.", "J.") does not end a sentence.
bool rule_boundary(std::string_view text, const std::vector<Token>& tokens, uint32_t first, uint32_t count,
                   uint32_t k, const LowercaseSet& abbreviations, uint32_t line_start, uint32_t max_line) {
  using namespace segment;
  const Token& left = tokens[first + k];
  const Token& right = tokens[first + k + 1];
  TokenDescription l = describe_token(left.form(text));
  TokenDescription r = describe_token(right.form(text));
  TokenDescription p = k > 0 ? describe_token(tokens[first + k - 1].form(text)) : TokenDescription{};
  const bool starts_sentence = r.kind == kCapWord || r.kind == kUpperWord || r.kind == kSingleUpper ||
                               r.kind == kNumber || r.kind == kOpening || r.kind == kQuote;
  // Line break followed by an indent: a new paragraph in wire copy.
  std::string_view gap = text.substr(left.span.end, right.span.begin - left.span.end);
  size_t nl = gap.find('\n');
  if (nl != std::string_view::npos) {
    if (gap.find('\n', nl + 1) != std::string_view::npos) return true;
    if (gap.size() - nl - 1 >= 2) return true;
    const uint32_t line_length = left.span.end - line_start;
    if (starts_sentence && max_line > 0 && line_length * 10 < max_line * 6 && l.kind != kComma) return true;
  }
  bool final_mark = l.kind == kSentenceMark || ((l.kind == kClosing || l.kind == kQuote) && p.kind == kSentenceMark);
  if (l.kind == kDotWord) {
    std::string_view f = left.form(text);
    const bool initial = f.size() == 2;
    const bool dotted = f.substr(0, f.size() - 1).find('.') != std::string_view::npos;
    final_mark = !initial && !dotted && !abbreviations.contains(f);
  }
  return final_mark && starts_sentence;
}

}  // namespace

SentenceSplitter::SentenceSplitter() = default;
SentenceSplitter::~SentenceSplitter() = default;

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::from_bytes(std::string_view bytes, const std::string& name) {
  auto data = segment::parse_segmenter_model(bytes, name);
  if (!data.ok()) return data.error();
  if (data->feature_keys.empty()) return make_error(name + ": the model has no features");
  auto feature_set = data->metadata.find("feature_set");
  if (feature_set == data->metadata.end() || feature_set->second != segment::kFeatureSetName) {
    return make_error(name + ": feature set '" + (feature_set == data->metadata.end() ? "" : feature_set->second) +
                      "' does not match this build's '" + std::string(segment::kFeatureSetName) +
                      "' (retrain with dyad-train segmenter)");
  }
  std::unique_ptr<SentenceSplitter> s(new SentenceSplitter());
  s->model_ = std::make_unique<SentenceSplitterModel>(std::move(data.value()));
  return s;
}

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::load(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return make_error(path + ": cannot open segmenter model: " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) return make_error(path + ": cannot open segmenter model: not a regular file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path + ": cannot open segmenter model: " + std::strerror(errno));
  std::string bytes(static_cast<size_t>(st.st_size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<size_t>(in.gcount()));
  return from_bytes(bytes, path);
}

std::unique_ptr<SentenceSplitter> SentenceSplitter::rules_only() {
  std::unique_ptr<SentenceSplitter> s(new SentenceSplitter());
  segment::SegmenterModelData data;
  data.lexicon = TokenizerLexicon::builtin();
  s->model_ = std::make_unique<SentenceSplitterModel>(std::move(data));
  return s;
}

const TokenizerLexicon& SentenceSplitter::lexicon() const { return model_->lexicon; }
const std::map<std::string, std::string>& SentenceSplitter::metadata() const { return model_->metadata; }

namespace {
// A gap after a word or number in the middle of a line: "killed or wounded 15,000
// Iranian Revolutionary Guards". Web text (the model's training data) ends sentences
// there; edited text ends them with punctuation or a line break.
bool unpunctuated_inline(std::string_view text, const Token& left) {
  if (left.span.empty() || (left.flags & kNewlineAfter)) return false;
  return chars::is_ascii_alnum(text[left.span.end - 1]);
}
}  // namespace

void SentenceSplitter::split(std::string_view text, const std::vector<Token>& tokens, uint32_t first, uint32_t count,
                             uint32_t paragraph, std::vector<Sentence>& out) const {
  if (count == 0) return;
  uint32_t start = first;
  auto close = [&](uint32_t last) {  // the sentence tokens[start, last]
    Sentence s;
    s.first_token = start;
    s.token_count = last + 1 - start;
    s.span = {tokens[start].span.begin, tokens[last].span.end};
    s.paragraph = paragraph;
    out.push_back(s);
    start = last + 1;
  };
  const SentenceSplitterModel& m = *model_;
  if (m.rules_only) {
    // Line statistics for the headline rule.
    uint32_t max_line = 0, line_start = tokens[first].span.begin;
    bool any_break = false;
    for (uint32_t k = 0; k < count; ++k) {
      const Token& t = tokens[first + k];
      if (t.flags & kNewlineAfter) {
        any_break = true;
        max_line = std::max(max_line, t.span.end - line_start);
        if (k + 1 < count) line_start = tokens[first + k + 1].span.begin;
      }
    }
    if (any_break) max_line = std::max(max_line, tokens[first + count - 1].span.end - line_start);
    line_start = tokens[first].span.begin;
    for (uint32_t k = 0; k + 1 < count; ++k) {
      const Token& t = tokens[first + k];
      if (segment::is_candidate(text, t, tokens[first + k + 1]) &&
          rule_boundary(text, tokens, first, count, k, m.abbreviations, line_start, max_line)) {
        close(first + k);
      }
      if (t.flags & kNewlineAfter) line_start = tokens[first + k + 1].span.begin;
    }
  } else {
    m.extractor.for_each_candidate(text, tokens, first, count, [&](uint32_t k, const segment::FeatureVector& fv) {
      if (m.weights.score(fv.keys, fv.size) > m.threshold && !(edited_ && unpunctuated_inline(text, tokens[first + k]))) {
        close(first + k);
      }
    });
  }
  close(first + count - 1);
}

}  // namespace dyad
