// Tokenizer and sentence splitter throughput on the Reuters-21578 bodies in
// ../shared (skipped when absent): MB of body text per second on one core.
//
// Reading, JSON parsing and paragraph splitting happen once, outside the timed loops,
// so the figures are the tokenizer alone (BM_Tokenize), tokenizer + trained splitter
// (BM_TokenizeAndSplit) and tokenizer + rules-only splitter; BM_CleanTokenizeAndSplit
// adds the boilerplate cleaner, the whole text stage before tagging. Each benchmark checks what
// it timed: token and sentence counts must be plausible for the bytes processed
// (a tokenizer that returned nothing would otherwise look very fast).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/clean.hpp"
#include "dyad/ingest.hpp"
#include "dyad/tokenize.hpp"
#include "reuters.hpp"

namespace {

struct Corpus {
  std::vector<dyad::Document> docs;
  std::vector<std::vector<dyad::Span>> paragraphs;  // per document
  uint64_t bytes = 0;
};

const Corpus& reuters() {
  static const Corpus corpus = [] {
    Corpus c;
    c.docs = dyad_bench::reuters();
    const dyad::ParagraphSplitter splitter;
    for (const auto& d : c.docs) {
      std::vector<dyad::ParagraphBlock> blocks;
      splitter.split(d.text, dyad::Span{0, static_cast<uint32_t>(d.text.size())}, blocks);
      std::vector<dyad::Span> spans;
      for (const auto& b : blocks) spans.push_back(b.span);
      c.paragraphs.push_back(std::move(spans));
      c.bytes += d.text.size();
    }
    return c;
  }();
  return corpus;
}

// The committed model, or the one in $DYAD_MODEL_DIR (to compare models).
std::unique_ptr<dyad::SentenceSplitter> load_model() {
  const char* dir = std::getenv("DYAD_MODEL_DIR");
  const std::string path = (dir && *dir ? std::string(dir) : std::string(DYAD_SOURCE_DIR) + "/models") + "/segmenter.bin";
  auto loaded = dyad::SentenceSplitter::load(path);
  return loaded.ok() ? std::move(loaded.value()) : nullptr;
}

bool check(benchmark::State& state, const Corpus& c, uint64_t tokens, uint64_t sentences, bool split) {
  // Roughly one token per 4-8 bytes of English and a sentence per 20-40 tokens.
  if (tokens < c.bytes / 12 || tokens > c.bytes / 2 || (split && (sentences < tokens / 80 || sentences > tokens / 4))) {
    state.SkipWithError(("implausible counts: " + std::to_string(tokens) + " tokens, " + std::to_string(sentences) +
                         " sentences for " + std::to_string(c.bytes) + " bytes")
                            .c_str());
    return false;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
  return true;
}

void BM_Tokenize(benchmark::State& state) {
  const Corpus& c = reuters();
  if (c.docs.empty()) return state.SkipWithError("Reuters corpus not found in ../shared; nothing to time");
  auto model = load_model();
  const dyad::Tokenizer tokenizer(model ? model->lexicon() : dyad::TokenizerLexicon::builtin());
  std::vector<dyad::Token> tokens;
  uint64_t count = 0;
  for (auto _ : state) {
    count = 0;
    for (size_t d = 0; d < c.docs.size(); ++d) {
      tokens.clear();
      for (const auto& p : c.paragraphs[d]) tokenizer.tokenize(c.docs[d].text, p, tokens);
      count += tokens.size();
    }
    benchmark::DoNotOptimize(count);
  }
  check(state, c, count, 0, false);
}

void run_split(benchmark::State& state, const dyad::SentenceSplitter& splitter) {
  const Corpus& c = reuters();
  const dyad::Tokenizer tokenizer(splitter.lexicon());
  std::vector<dyad::Token> tokens;
  std::vector<dyad::Sentence> sentences;
  uint64_t token_count = 0, sentence_count = 0;
  for (auto _ : state) {
    token_count = sentence_count = 0;
    for (size_t d = 0; d < c.docs.size(); ++d) {
      tokens.clear();
      sentences.clear();
      const std::string& text = c.docs[d].text;
      for (uint32_t p = 0; p < c.paragraphs[d].size(); ++p) {
        const uint32_t first = static_cast<uint32_t>(tokens.size());
        tokenizer.tokenize(text, c.paragraphs[d][p], tokens);
        const uint32_t n = static_cast<uint32_t>(tokens.size()) - first;
        if (n) splitter.split(text, tokens, first, n, p, sentences);
      }
      token_count += tokens.size();
      sentence_count += sentences.size();
    }
    benchmark::DoNotOptimize(sentence_count);
  }
  check(state, c, token_count, sentence_count, true);
}

void BM_TokenizeAndSplit(benchmark::State& state) {
  if (reuters().docs.empty()) return state.SkipWithError("Reuters corpus not found in ../shared; nothing to time");
  auto model = load_model();
  if (!model) return state.SkipWithError("models/segmenter.bin did not load");
  run_split(state, *model);
}

void BM_TokenizeAndSplitRulesOnly(benchmark::State& state) {
  if (reuters().docs.empty()) return state.SkipWithError("Reuters corpus not found in ../shared; nothing to time");
  run_split(state, *dyad::SentenceSplitter::rules_only());
}

// The whole text stage as the Analyzer runs it before tagging: boilerplate cleaning
// and paragraphs, then tokenizer and splitter per paragraph.
void BM_CleanTokenizeAndSplit(benchmark::State& state) {
  const Corpus& c = reuters();
  if (c.docs.empty()) return state.SkipWithError("Reuters corpus not found in ../shared; nothing to time");
  auto model = load_model();
  if (!model) return state.SkipWithError("models/segmenter.bin did not load");
  const dyad::BoilerplateCleaner cleaner;
  const dyad::Tokenizer tokenizer(model->lexicon());
  dyad::AnalyzedDocument analysis;
  uint64_t token_count = 0, sentence_count = 0;
  for (auto _ : state) {
    token_count = sentence_count = 0;
    for (const auto& doc : c.docs) {
      analysis.clear();
      cleaner.clean(doc, analysis);
      for (uint32_t p = 0; p < analysis.paragraphs.size(); ++p) {
        const uint32_t first = static_cast<uint32_t>(analysis.tokens.size());
        tokenizer.tokenize(doc.text, analysis.paragraphs[p], analysis.tokens);
        const uint32_t n = static_cast<uint32_t>(analysis.tokens.size()) - first;
        if (n) model->split(doc.text, analysis.tokens, first, n, p, analysis.sentences);
      }
      token_count += analysis.tokens.size();
      sentence_count += analysis.sentences.size();
    }
    benchmark::DoNotOptimize(sentence_count);
  }
  check(state, c, token_count, sentence_count, true);
}

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto model = load_model();
    if (!model) return state.SkipWithError("models/segmenter.bin did not load");
    benchmark::DoNotOptimize(model.get());
  }
}

}  // namespace

BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TokenizeAndSplitRulesOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CleanTokenizeAndSplit)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
