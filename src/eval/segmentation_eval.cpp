// Running text from a treebank, Dyad's segmentation of it, and span scores; see
// include/dyad/segmentation_eval.hpp. Gold token offsets come from aligning each
// token's form with its sentence's `# text`, skipping whitespace:
// "I don't." -> I 0-1, don't 2-7, . 7-8.
#include "dyad/segmentation_eval.hpp"

#include <algorithm>
#include <filesystem>
#include <memory>

#include "dyad/pipeline.hpp"

namespace dyad {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool span_less(const Span& a, const Span& b) { return a.begin != b.begin ? a.begin < b.begin : a.end < b.end; }

}  // namespace

GoldSegmentation build_running_text(const std::vector<ConlluSentence>& sentences) {
  GoldSegmentation g;
  bool open_paragraph = false;
  uint32_t paragraph_begin = 0;
  auto close_paragraph = [&]() {
    if (!open_paragraph) return;
    g.paragraphs.push_back({paragraph_begin, static_cast<uint32_t>(g.text.size())});
    open_paragraph = false;
  };
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ConlluSentence& s = sentences[si];
    if (s.newpar || s.newdoc || !open_paragraph) {
      close_paragraph();
      if (!g.text.empty()) g.text += "\n\n";
      paragraph_begin = static_cast<uint32_t>(g.text.size());
      open_paragraph = true;
      g.paragraph_first_sentence.push_back(g.sentences.size());
    } else {
      g.text += ' ';
    }
    // A sentence without `# text` is rebuilt from its tokens and SpaceAfter.
    const std::vector<ConlluToken> tokens = s.surface_tokens();
    std::string sentence_text = s.text;
    if (sentence_text.empty()) {
      for (const auto& t : tokens) {
        sentence_text += t.form;
        if (t.space_after) sentence_text += ' ';
      }
      while (!sentence_text.empty() && sentence_text.back() == ' ') sentence_text.pop_back();
    }
    const uint32_t base = static_cast<uint32_t>(g.text.size());
    g.text += sentence_text;
    size_t pos = 0;
    uint32_t first_begin = UINT32_MAX, last_end = 0;
    for (const auto& t : tokens) {
      while (pos < sentence_text.size() && is_space(sentence_text[pos])) ++pos;
      size_t at = sentence_text.compare(pos, t.form.size(), t.form) == 0 ? pos : std::string::npos;
      if (at == std::string::npos) {
        // Look a little further (stray characters in `# text`), else give up on it.
        size_t found = sentence_text.find(t.form, pos);
        if (found != std::string::npos && found <= pos + 8) at = found;
      }
      if (at == std::string::npos) {
        ++g.unaligned_tokens;
        continue;
      }
      const Span span{static_cast<uint32_t>(base + at), static_cast<uint32_t>(base + at + t.form.size())};
      pos = at + t.form.size();
      g.tokens.push_back(span);
      first_begin = std::min(first_begin, span.begin);
      last_end = std::max(last_end, span.end);
      // Words: character spans when the words spell the token, else the token span.
      std::string joined;
      for (uint32_t w = 0; w < t.word_count; ++w) joined += s.words[t.first_word + w].form;
      if (t.word_count == 1 || joined != t.form) {
        for (uint32_t w = 0; w < t.word_count; ++w) g.words.push_back(span);
      } else {
        uint32_t b = span.begin;
        for (uint32_t w = 0; w < t.word_count; ++w) {
          const uint32_t len = static_cast<uint32_t>(s.words[t.first_word + w].form.size());
          g.words.push_back({b, b + len});
          b += len;
        }
      }
    }
    if (first_begin != UINT32_MAX) g.sentences.push_back({first_begin, last_end});
  }
  close_paragraph();
  g.paragraph_first_sentence.push_back(g.sentences.size());
  std::sort(g.words.begin(), g.words.end(), span_less);
  return g;
}

SystemSegmentation run_segmentation(const std::string& text, const std::vector<Span>& paragraphs,
                                    const Tokenizer& tokenizer, const SentenceSplitter& splitter) {
  SystemSegmentation sys;
  for (uint32_t p = 0; p < paragraphs.size(); ++p) {
    const uint32_t first = static_cast<uint32_t>(sys.tokens.size());
    tokenizer.tokenize(text, paragraphs[p], sys.tokens);
    const uint32_t count = static_cast<uint32_t>(sys.tokens.size()) - first;
    if (count > 0) splitter.split(text, sys.tokens, first, count, p, sys.sentences);
  }
  for (size_t i = 0; i < sys.tokens.size(); ++i) {
    const Token& t = sys.tokens[i];
    sys.words.push_back(t.span);
    const bool continues = i > 0 && (sys.tokens[i - 1].flags & kJoinedToNext);
    if (continues && !sys.surface_tokens.empty()) {
      sys.surface_tokens.back().end = t.span.end;
    } else {
      sys.surface_tokens.push_back(t.span);
    }
  }
  for (const auto& s : sys.sentences) sys.sentence_spans.push_back(s.span);
  return sys;
}

SpanScore score_spans(const std::vector<Span>& gold, const std::vector<Span>& system) {
  SpanScore s;
  s.gold = gold.size();
  s.system = system.size();
  size_t i = 0, j = 0;
  while (i < gold.size() && j < system.size()) {
    if (gold[i] == system[j]) {
      ++s.matched;
      ++i;
      ++j;
    } else if (span_less(gold[i], system[j])) {
      ++i;
    } else {
      ++j;
    }
  }
  return s;
}

SegmentationScores score_segmentation(const GoldSegmentation& gold, const SystemSegmentation& system) {
  SegmentationScores sc;
  sc.tokens = score_spans(gold.tokens, system.surface_tokens);
  std::vector<Span> words = system.words;
  std::sort(words.begin(), words.end(), span_less);
  sc.words = score_spans(gold.words, words);
  sc.sentences = score_spans(gold.sentences, system.sentence_spans);
  return sc;
}

std::vector<std::string> segmentation_differences(const GoldSegmentation& gold, const SystemSegmentation& system,
                                                  const std::string& kind, size_t limit) {
  std::vector<std::string> out;
  const std::vector<Span>* g = &gold.tokens;
  const std::vector<Span>* s = &system.surface_tokens;
  std::vector<Span> sorted_words;
  if (kind == "words") {
    sorted_words = system.words;
    std::sort(sorted_words.begin(), sorted_words.end(), span_less);
    g = &gold.words;
    s = &sorted_words;
  } else if (kind == "sentences") {
    g = &gold.sentences;
    s = &system.sentence_spans;
  }
  auto show = [&](const std::vector<Span>& spans, size_t from, size_t to) {
    std::string r;
    for (size_t k = from; k < to; ++k) {
      if (!r.empty()) r += kind == "sentences" ? " || " : " | ";
      std::string_view f(gold.text.data() + spans[k].begin, spans[k].size());
      if (kind == "sentences" && f.size() > 60) {
        r += std::string(f.substr(0, 25)) + " ... " + std::string(f.substr(f.size() - 30));
      } else {
        r += std::string(f);
      }
    }
    return r;
  };
  // Walk both lists; a disagreement region runs until both sides end at one offset.
  size_t i = 0, j = 0;
  while (i < g->size() && j < s->size() && out.size() < limit) {
    if ((*g)[i] == (*s)[j]) {
      ++i;
      ++j;
      continue;
    }
    size_t i0 = i, j0 = j;
    uint32_t end_g = (*g)[i].end, end_s = (*s)[j].end;
    ++i;
    ++j;
    for (int guard = 0; end_g != end_s && guard < 64; ++guard) {
      if (end_g < end_s && i < g->size()) end_g = std::max(end_g, (*g)[i++].end);
      else if (end_s < end_g && j < s->size()) end_s = std::max(end_s, (*s)[j++].end);
      else break;
    }
    out.push_back("gold: " + show(*g, i0, i) + "\n  dyad: " + show(*s, j0, j));
  }
  return out;
}

Result<SegmentationEvaluation> evaluate_segmentation(const std::string& gold_path,
                                                     const SegmentationEvalOptions& options) {
  auto gold_sentences = read_conllu_file(gold_path);
  if (!gold_sentences.ok()) return gold_sentences.error();
  if (gold_sentences->empty()) return make_error(gold_path + ": no sentences to score (an empty treebank?)");
  std::unique_ptr<SentenceSplitter> splitter;
  if (options.rules_only) {
    splitter = SentenceSplitter::rules_only();
  } else {
    const std::string dir = options.model_dir.empty() ? find_model_dir() : options.model_dir;
    auto loaded = SentenceSplitter::load((std::filesystem::path(dir) / "segmenter.bin").string());
    if (!loaded.ok()) return loaded.error();
    splitter = std::move(loaded.value());
  }
  splitter->set_edited_text(!options.web_text);
  const Tokenizer tokenizer(splitter->lexicon());
  SegmentationEvaluation e;
  e.gold_sentences = gold_sentences->size();
  e.gold = build_running_text(*gold_sentences);
  e.system = run_segmentation(e.gold.text, e.gold.paragraphs, tokenizer, *splitter);
  e.scores = score_segmentation(e.gold, e.system);
  return e;
}

}  // namespace dyad
