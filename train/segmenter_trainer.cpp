// Segmenter training; the method is described in segmenter_trainer.hpp.
#include "segmenter_trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>

#include "segment/boundary_features.hpp"
#include "tokenize/lowercase_set.hpp"

namespace dyad::train {

namespace {

// splitmix64: a small, fully specified generator, so a seed gives the same model on
// every platform (std::shuffle's distribution is implementation-defined).
class Random {
 public:
  explicit Random(uint64_t seed) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  uint64_t below(uint64_t n) { return n ? next() % n : 0; }
  double uniform() { return (next() >> 11) * (1.0 / 9007199254740992.0); }

 private:
  uint64_t state_;
};

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) c = ascii_lower(c);
  return r;
}

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool all_alpha(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), is_alpha); }
bool has_apostrophe(std::string_view s) {
  return s.find('\'') != std::string_view::npos || s.find('`') != std::string_view::npos ||
         s.find("\xE2\x80\x99") != std::string_view::npos;
}

std::string today_utc() {
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

std::string format_percent(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", 100.0 * v);
  return buf;
}

// Text with paragraphs and the byte offsets where gold sentences end.
struct LabeledText {
  std::string text;
  std::vector<Span> paragraphs;
  std::vector<bool> sentence_end;  // indexed by byte offset, size text.size() + 1
};

// The share of hard-wrapped copies whose first line is cut short (as in wire copy
// whose dateline was removed): a short first line alone must not end a sentence.
constexpr double kShortFirstLine = 0.4;

// Replaces single spaces by line breaks so no line is longer than `width` when it
// can be helped: a hard wrap. The first line may be shorter by `first_offset`, as in
// wire copy whose dateline was cut. Offsets do not change.
void hard_wrap(std::string& text, Span range, size_t width, size_t first_offset = 0) {
  size_t line_start = range.begin - std::min<size_t>(first_offset, range.begin);
  size_t last_space = SIZE_MAX;
  for (size_t i = range.begin; i < range.end; ++i) {
    if (text[i] == '\n') {
      line_start = i + 1;
      last_space = SIZE_MAX;
      continue;
    }
    if (text[i] == ' ' && i > range.begin && i + 1 < range.end && text[i - 1] != ' ' && text[i + 1] != ' ' &&
        text[i - 1] != '\n') {
      last_space = i;
    }
    if (i - line_start >= width && last_space != SIZE_MAX) {
      text[last_space] = '\n';
      line_start = last_space + 1;
      last_space = SIZE_MAX;
    }
  }
}

bool starts_lower(const std::string& s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

struct ParagraphText {
  std::vector<std::string> sentences;
  size_t document = 0;
};

std::vector<ParagraphText> paragraphs_of(const std::vector<ConlluSentence>& sentences) {
  std::vector<ParagraphText> out;
  size_t document = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const auto& s = sentences[i];
    if (s.newdoc && i > 0) ++document;
    if (s.newpar || s.newdoc || out.empty()) out.push_back({{}, document});
    std::string t = s.text;
    if (t.empty()) {
      for (const auto& tok : s.surface_tokens()) {
        t += tok.form;
        if (tok.space_after) t += ' ';
      }
    }
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (!t.empty()) out.back().sentences.push_back(std::move(t));
  }
  std::erase_if(out, [](const ParagraphText& p) { return p.sentences.empty(); });
  return out;
}

// Builds the line-break copies of the training paragraphs.
LabeledText build_augmented_text(const std::vector<ParagraphText>& paragraphs, Random& rng) {
  LabeledText lt;
  std::vector<uint32_t> ends;
  auto begin_block = [&]() {
    if (!lt.text.empty()) lt.text += "\n\n";
    return static_cast<uint32_t>(lt.text.size());
  };
  auto add_sentence = [&](const std::string& s) {
    lt.text += s;
    ends.push_back(static_cast<uint32_t>(lt.text.size()));
  };
  // 1. Hard-wrapped paragraphs: line breaks anywhere, sentences go on.
  for (const auto& p : paragraphs) {
    if (rng.uniform() >= 0.35) continue;
    const uint32_t b = begin_block();
    for (size_t i = 0; i < p.sentences.size(); ++i) {
      if (i) lt.text += ' ';
      add_sentence(p.sentences[i]);
    }
    const Span span{b, static_cast<uint32_t>(lt.text.size())};
    const size_t width = 50 + rng.below(31);
    hard_wrap(lt.text, span, width, rng.uniform() < kShortFirstLine ? rng.below(width) : 0);
    lt.paragraphs.push_back(span);
  }
  // 2. Documents in wire style: paragraphs after "\n    ", hard-wrapped; or joined by
  //    a single line break (a headline line, a list).
  for (size_t i = 0; i < paragraphs.size();) {
    size_t j = i;
    while (j < paragraphs.size() && paragraphs[j].document == paragraphs[i].document) ++j;
    const double roll = rng.uniform();
    if (j - i >= 2 && roll < 0.45) {
      const bool wire = roll < 0.3;
      const uint32_t b = begin_block();
      for (size_t k = i; k < j; ++k) {
        // A line break before a paragraph only when it starts like a sentence in
        // news: a capital, a digit, a quote ("i went" lines are web text).
        if (k > i) lt.text += wire ? "\n    " : (starts_lower(paragraphs[k].sentences[0]) ? " " : "\n");
        for (size_t s = 0; s < paragraphs[k].sentences.size(); ++s) {
          if (s) lt.text += ' ';
          add_sentence(paragraphs[k].sentences[s]);
        }
      }
      const Span span{b, static_cast<uint32_t>(lt.text.size())};
      if (wire) {
        const size_t width = 60 + rng.below(16);
        hard_wrap(lt.text, span, width, rng.uniform() < kShortFirstLine ? rng.below(width) : 0);
      }
      lt.paragraphs.push_back(span);
    }
    i = j;
  }
  // 3. One sentence per line.
  for (const auto& p : paragraphs) {
    if (p.sentences.size() < 2 || rng.uniform() >= 0.12) continue;
    const uint32_t b = begin_block();
    for (size_t i = 0; i < p.sentences.size(); ++i) {
      if (i) lt.text += starts_lower(p.sentences[i]) ? ' ' : '\n';
      add_sentence(p.sentences[i]);
    }
    lt.paragraphs.push_back({b, static_cast<uint32_t>(lt.text.size())});
  }
  lt.sentence_end.assign(lt.text.size() + 1, false);
  for (uint32_t e : ends) lt.sentence_end[e] = true;
  return lt;
}

LabeledText labeled_running_text(const GoldSegmentation& gold) {
  LabeledText lt;
  lt.text = gold.text;
  lt.paragraphs = gold.paragraphs;
  lt.sentence_end.assign(lt.text.size() + 1, false);
  for (const Span& s : gold.sentences) lt.sentence_end[s.end] = true;
  return lt;
}

struct ExampleSet {
  std::vector<uint64_t> keys;       // concatenated feature keys
  std::vector<uint32_t> offsets{0}; // example i: keys[offsets[i], offsets[i + 1])
  std::vector<uint8_t> labels;
  size_t size() const { return labels.size(); }
};

struct CollectStats {
  size_t gold_inner_boundaries = 0;  // gold sentence ends inside paragraphs
  size_t positives = 0;
};

void collect_examples(const LabeledText& lt, const Tokenizer& tokenizer,
                      const segment::BoundaryFeatureExtractor& extractor, bool line_breaks_only, ExampleSet& out,
                      CollectStats& stats) {
  std::vector<Token> tokens;
  for (const Span& p : lt.paragraphs) {
    tokens.clear();
    tokenizer.tokenize(lt.text, p, tokens);
    if (tokens.empty()) continue;
    for (size_t k = 0; k + 1 < tokens.size(); ++k) {
      if (lt.sentence_end[tokens[k].span.end] && (!line_breaks_only || (tokens[k].flags & kNewlineAfter))) {
        ++stats.gold_inner_boundaries;
      }
    }
    extractor.for_each_candidate(lt.text, tokens, 0, static_cast<uint32_t>(tokens.size()),
                                 [&](uint32_t k, const segment::FeatureVector& fv) {
                                   if (line_breaks_only && !(tokens[k].flags & kNewlineAfter)) return;
                                   const bool label = lt.sentence_end[tokens[k].span.end];
                                   stats.positives += label;
                                   out.keys.insert(out.keys.end(), fv.keys, fv.keys + fv.size);
                                   out.offsets.push_back(static_cast<uint32_t>(out.keys.size()));
                                   out.labels.push_back(label);
                                 });
  }
}

void merge_sorted_unique(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
  for (auto& s : into) s = lower(s);
  std::sort(into.begin(), into.end());
  into.erase(std::unique(into.begin(), into.end()), into.end());
}

}  // namespace

TokenizerLexicon learn_tokenizer_lexicon(const std::vector<ConlluSentence>& train) {
  struct Counts {
    int kept = 0, split = 0;
  };
  std::map<std::string, Counts> prefixes, hyphen_words, abbreviations;
  std::map<std::string, int> contraction_count, whole_count;
  std::map<std::string, std::vector<uint8_t>> contraction_points;

  for (const auto& s : train) {
    const std::vector<ConlluToken> toks = s.surface_tokens();
    for (size_t ti = 0; ti < toks.size(); ++ti) {
      const ConlluToken& t = toks[ti];
      const std::string_view f = t.form;
      const bool final_token = ti + 1 == toks.size();
      if (!t.multiword) ++whole_count[lower(f)];
      // A hyphen kept inside a token: "anti-war" counts for "anti" and the word.
      if (f.size() >= 3 && f.find('-') != std::string_view::npos) {
        bool word_counted = false;
        size_t seg_b = 0;
        for (size_t h = f.find('-'); h != std::string_view::npos; h = f.find('-', h + 1)) {
          std::string_view left(f.data() + seg_b, h - seg_b);
          if (all_alpha(left) && h + 1 < f.size() && is_alpha(f[h + 1])) {
            ++prefixes[lower(left)].kept;
            if (!word_counted) {
              ++hyphen_words[lower(f)].kept;
              word_counted = true;
            }
          }
          seg_b = h + 1;
        }
      }
      // A hyphen split off between two words written together: "search-engine".
      if (f == "-" && ti > 0 && ti + 1 < toks.size() && !toks[ti - 1].space_after && !t.space_after) {
        const std::string_view prev = toks[ti - 1].form;
        const std::string_view next = toks[ti + 1].form;
        size_t cut = prev.rfind('-');
        std::string_view left = cut == std::string_view::npos ? prev : prev.substr(cut + 1);
        if (all_alpha(left) && !next.empty() && is_alpha(next[0])) {
          ++prefixes[lower(left)].split;
          size_t next_cut = next.find('-');
          ++hyphen_words[lower(std::string(left) + "-" + std::string(next.substr(0, next_cut)))].split;
        }
      }
      // Abbreviations: a word with its period, not at the end of the sentence (where
      // EWT gives the sentence its own period: "etc" + ".").
      if (!t.multiword && f.size() >= 2 && f.back() == '.' && is_alpha(f[0]) && !final_token) {
        std::string_view stem(f.data(), f.size() - 1);
        if (std::all_of(stem.begin(), stem.end(), [](char c) { return is_alpha(c) || c == '.'; })) {
          ++abbreviations[lower(f)].kept;
        }
      }
      if (f == "." && ti > 0 && !toks[ti - 1].space_after && !final_token && all_alpha(toks[ti - 1].form)) {
        ++abbreviations[lower(toks[ti - 1].form) + "."].split;
      }
      // Contractions written without apostrophe: "dont" = do + nt.
      if (t.multiword && !has_apostrophe(f) && f.size() <= 16) {
        std::string joined;
        std::vector<uint8_t> points;
        for (uint32_t w = 0; w < t.word_count; ++w) {
          if (w) points.push_back(static_cast<uint8_t>(joined.size()));
          joined += s.words[t.first_word + w].form;
        }
        if (joined == f && all_alpha(f)) {
          ++contraction_count[lower(f)];
          contraction_points[lower(f)] = points;
        }
      }
    }
  }

  TokenizerLexicon learned;
  for (const auto& [p, c] : prefixes) {
    if (c.kept >= 2 && c.kept >= 3 * c.split) learned.hyphen_prefixes.push_back(p);
  }
  LowercaseSet prefix_set(learned.hyphen_prefixes);
  for (const auto& [w, c] : hyphen_words) {
    if (c.kept >= 1 && c.split == 0 && !prefix_set.contains(w.substr(0, w.find('-')))) learned.hyphen_words.push_back(w);
  }
  for (const auto& [a, c] : abbreviations) {
    if (c.kept >= 1 && c.kept >= 2 * c.split) learned.abbreviations.push_back(a);
  }
  for (const auto& [w, n] : contraction_count) {
    const int whole = whole_count.count(w) ? whole_count[w] : 0;
    if (n >= 3 && whole * 10 <= n) learned.contractions.push_back({w, contraction_points[w]});
  }

  // General English on top of what the treebank shows.
  const TokenizerLexicon builtin = TokenizerLexicon::builtin();
  merge_sorted_unique(learned.abbreviations, builtin.abbreviations);
  std::map<std::string, std::vector<uint8_t>> contractions(learned.contractions.begin(), learned.contractions.end());
  for (const auto& c : builtin.contractions) contractions.emplace(c.first, c.second);
  learned.contractions.assign(contractions.begin(), contractions.end());
  return learned;
}

Result<segment::SegmenterModelData> train_segmenter(const std::vector<ConlluSentence>& train,
                                                    const std::vector<ConlluSentence>& dev,
                                                    const SegmenterTrainingOptions& options,
                                                    SegmenterTrainingReport* report) {
  const auto started = std::chrono::steady_clock::now();
  auto log = [&](const std::string& m) {
    if (options.log) options.log(m);
  };
  if (train.empty()) return make_error("no training sentences");

  segment::SegmenterModelData model;
  model.lexicon = learn_tokenizer_lexicon(train);
  log("lexicon: " + std::to_string(model.lexicon.hyphen_prefixes.size()) + " hyphen prefixes, " +
      std::to_string(model.lexicon.hyphen_words.size()) + " hyphenated words, " +
      std::to_string(model.lexicon.abbreviations.size()) + " abbreviations, " +
      std::to_string(model.lexicon.contractions.size()) + " contractions");
  const Tokenizer tokenizer(model.lexicon);
  const LowercaseSet abbreviations(model.lexicon.abbreviations);
  const segment::BoundaryFeatureExtractor extractor(&abbreviations);

  // Examples: the running text, then the line-break copies.
  Random rng(options.seed);
  const GoldSegmentation gold_train = build_running_text(train);
  ExampleSet examples;
  CollectStats plain_stats, augmented_stats;
  collect_examples(labeled_running_text(gold_train), tokenizer, extractor, false, examples, plain_stats);
  if (options.augment) {
    collect_examples(build_augmented_text(paragraphs_of(train), rng), tokenizer, extractor, true, examples,
                     augmented_stats);
  }
  log("examples: " + std::to_string(examples.size()) + " candidates, " +
      std::to_string(plain_stats.positives + augmented_stats.positives) + " boundaries; " +
      std::to_string(plain_stats.gold_inner_boundaries - plain_stats.positives) + " of " +
      std::to_string(plain_stats.gold_inner_boundaries) + " gold in-paragraph boundaries are no candidate");

  // Feature pruning and indexing (sorted keys: deterministic indices).
  std::unordered_map<uint64_t, uint32_t> counts;
  counts.reserve(examples.keys.size() / 4);
  for (uint64_t k : examples.keys) ++counts[k];
  std::vector<uint64_t> kept;
  for (const auto& [k, c] : counts) {
    if (c >= options.min_feature_count) kept.push_back(k);
  }
  std::sort(kept.begin(), kept.end());
  std::unordered_map<uint64_t, uint32_t> index;
  index.reserve(kept.size() * 2);
  for (uint32_t i = 0; i < kept.size(); ++i) index[kept[i]] = i;
  std::vector<uint32_t> feature_ids;
  std::vector<uint32_t> offsets{0};
  feature_ids.reserve(examples.keys.size());
  for (size_t e = 0; e < examples.size(); ++e) {
    for (uint32_t p = examples.offsets[e]; p < examples.offsets[e + 1]; ++p) {
      auto it = index.find(examples.keys[p]);
      if (it != index.end()) feature_ids.push_back(it->second);
    }
    offsets.push_back(static_cast<uint32_t>(feature_ids.size()));
  }
  log("features: " + std::to_string(kept.size()) + " of " + std::to_string(counts.size()) + " seen at least " +
      std::to_string(options.min_feature_count) + " times");

  // Averaged perceptron.
  const GoldSegmentation gold_dev = build_running_text(dev);
  std::vector<double> w(kept.size(), 0.0), u(kept.size(), 0.0);
  std::vector<uint32_t> order(examples.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  double c = 1;
  double best_f1 = -1;
  segment::SegmenterModelData best;
  SegmentationScores best_scores;
  int best_epoch = 0;
  auto averaged_model = [&]() {
    segment::SegmenterModelData m;
    m.lexicon = model.lexicon;
    m.metadata["feature_set"] = std::string(segment::kFeatureSetName);
    for (size_t i = 0; i < kept.size(); ++i) {
      const float avg = static_cast<float>(w[i] - u[i] / c);
      if (avg == 0.0f || std::fabs(avg) < options.min_abs_weight) continue;
      m.feature_keys.push_back(kept[i]);
      m.feature_weights.push_back(avg);
    }
    return m;
  };
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng.below(i)]);
    size_t mistakes = 0;
    for (uint32_t e : order) {
      double score = 0;
      for (uint32_t p = offsets[e]; p < offsets[e + 1]; ++p) score += w[feature_ids[p]];
      const bool gold = examples.labels[e];
      if ((score > 0) != gold) {
        ++mistakes;
        const double d = gold ? 1.0 : -1.0;
        for (uint32_t p = offsets[e]; p < offsets[e + 1]; ++p) {
          w[feature_ids[p]] += d;
          u[feature_ids[p]] += c * d;
        }
      }
      c += 1;
    }
    segment::SegmenterModelData m = averaged_model();
    SegmentationScores scores;
    if (!dev.empty()) {
      auto splitter = SentenceSplitter::from_bytes(segment::serialize_segmenter_model(m), "epoch model");
      if (!splitter.ok()) return splitter.error();
      scores = score_segmentation(gold_dev, run_segmentation(gold_dev.text, gold_dev.paragraphs, tokenizer, **splitter));
    }
    const double f1 = dev.empty() ? epoch : scores.sentences.f1();
    log("epoch " + std::to_string(epoch) + ": " + std::to_string(mistakes) + " training mistakes; dev sentence F1 " +
        format_percent(scores.sentences.f1()) + " (P " + format_percent(scores.sentences.precision()) + ", R " +
        format_percent(scores.sentences.recall()) + "), token F1 " + format_percent(scores.tokens.f1()));
    if (f1 > best_f1) {
      best_f1 = f1;
      best = std::move(m);
      best_scores = scores;
      best_epoch = epoch;
    }
  }

  best.metadata["model"] = "segmenter";
  best.metadata["format_version"] = std::to_string(segment::kSegmenterFormatVersion);
  best.metadata["feature_set"] = std::string(segment::kFeatureSetName);
  best.metadata["trainer"] = "averaged perceptron over hashed boundary features";
  best.metadata["training_data"] = options.train_name + " (" + std::to_string(train.size()) + " sentences)";
  best.metadata["dev_data"] = options.dev_name + " (" + std::to_string(dev.size()) + " sentences)";
  best.metadata["licence_of_data"] = "CC BY-SA 4.0";
  best.metadata["date"] = options.date.empty() ? today_utc() : options.date;
  best.metadata["seed"] = std::to_string(options.seed);
  best.metadata["epochs"] = std::to_string(best_epoch) + " of " + std::to_string(options.epochs);
  best.metadata["augmentation"] = options.augment ? "hard-wrapped, wire-style and line-per-sentence copies" : "none";
  best.metadata["features"] = std::to_string(best.feature_keys.size());
  best.metadata["dev_token_f1"] = format_percent(best_scores.tokens.f1());
  best.metadata["dev_word_f1"] = format_percent(best_scores.words.f1());
  best.metadata["dev_sentence_f1"] = format_percent(best_scores.sentences.f1());
  best.metadata["dev_sentence_precision"] = format_percent(best_scores.sentences.precision());
  best.metadata["dev_sentence_recall"] = format_percent(best_scores.sentences.recall());

  if (report) {
    report->best_epoch = best_epoch;
    report->dev = best_scores;
    report->examples = examples.size();
    report->positives = plain_stats.positives + augmented_stats.positives;
    report->gold_boundaries = plain_stats.gold_inner_boundaries;
    report->missed_boundaries = plain_stats.gold_inner_boundaries - plain_stats.positives;
    report->features = best.feature_keys.size();
    report->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  }
  return best;
}

Status write_segmenter_model(const segment::SegmenterModelData& model, const std::string& path) {
  const std::string bytes = segment::serialize_segmenter_model(model);
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return make_error(path + ": cannot write the model");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return make_error(path + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return make_error(path + ": cannot move the model into place: " + ec.message());
  return Status::Ok();
}

}  // namespace dyad::train
