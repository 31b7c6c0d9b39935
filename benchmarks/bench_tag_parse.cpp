// Tagging and parsing throughput on the Reuters-21578 bodies in ../shared (skipped when
// absent), with the per-stage breakdown of `dyad analyze`:
//   BM_Segment   clean + paragraphs + tokenize + sentence split (no models but the splitter)
//   BM_Tag       tagger + lemmatizer alone, over the segmented documents
//   BM_Parse     parser alone, over the tagged documents
//   BM_Analyze   the whole pipeline, as `dyad analyze` runs it
//   BM_Load*     model loading time
// Figures are tokens per second on one core. Reading and JSON parsing happen once,
// outside the timed loops. The benchmark checks what it times: every token must get
// a tag and a lemma, every sentence exactly one root, and the counts must be plausible.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include "dyad/parse.hpp"
#include "dyad/pipeline.hpp"
#include "reuters.hpp"
#include "dyad/tag.hpp"

namespace {

namespace fs = std::filesystem;

std::string model_dir() {
  if (const char* d = std::getenv("DYAD_MODEL_DIR"); d && *d) return d;
  return std::string(DYAD_SOURCE_DIR) + "/models";
}

using dyad_bench::reuters;

const dyad::Analyzer* analyzer(bool with_models) {
  static auto full = dyad::Analyzer::create([] {
    dyad::AnalyzerOptions o;
    o.model_dir = model_dir();
    return o;
  }());
  static auto segment_only = dyad::Analyzer::create([] {
    dyad::AnalyzerOptions o;
    o.model_dir = model_dir();
    o.tag = o.parse = false;
    return o;
  }());
  auto& a = with_models ? full : segment_only;
  return a.ok() ? a->get() : nullptr;
}

// The Reuters documents segmented once (tokens and sentences, no tags).
std::vector<dyad::AnalyzedDocument>& segmented() {
  static std::vector<dyad::AnalyzedDocument> out = [] {
    std::vector<dyad::AnalyzedDocument> v;
    const dyad::Analyzer* a = analyzer(false);
    if (!a) return v;
    for (const auto& d : reuters()) {
      v.emplace_back();
      a->analyze(d, v.back());
    }
    return v;
  }();
  return out;
}

uint64_t count_tokens() {
  uint64_t n = 0;
  for (const auto& a : segmented()) n += a.tokens.size();
  return n;
}

bool ready(benchmark::State& state) {
  if (reuters().empty()) {
    state.SkipWithError("Reuters corpus not found in ../shared; nothing to time");
    return false;
  }
  if (!analyzer(true)) {
    state.SkipWithError("models not found or not loadable (set DYAD_MODEL_DIR)");
    return false;
  }
  return true;
}

void set_rate(benchmark::State& state, uint64_t tokens) {
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Segment(benchmark::State& state) {
  if (!ready(state)) return;
  const dyad::Analyzer* a = analyzer(false);
  dyad::AnalyzedDocument ws;
  uint64_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& d : reuters()) {
      a->analyze(d, ws);
      tokens += ws.tokens.size();
    }
  }
  set_rate(state, tokens);
}

void BM_Tag(benchmark::State& state) {
  if (!ready(state)) return;
  const dyad::Tagger& tagger = *analyzer(true)->tagger();
  auto& docs = segmented();
  dyad::TagWorkspace ws;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      for (const auto& s : docs[i].sentences) {
        tagger.tag(reuters()[i].text, std::span<dyad::Token>(docs[i].tokens.data() + s.first_token, s.token_count), ws);
      }
    }
  }
  uint64_t untagged = 0;
  for (const auto& a : docs) {
    for (const auto& t : a.tokens) untagged += t.upos.empty() || t.xpos.empty() || t.lemma.empty();
  }
  if (untagged) state.SkipWithError("some tokens got no tag or lemma");
  set_rate(state, count_tokens());
}

void BM_Parse(benchmark::State& state) {
  if (!ready(state)) return;
  const dyad::DependencyParser& parser = *analyzer(true)->parser();
  auto& docs = segmented();
  if (docs.empty() || docs[0].tokens.empty() || docs[0].tokens[0].upos.empty()) {
    const dyad::Tagger& tagger = *analyzer(true)->tagger();
    dyad::TagWorkspace tw;
    for (size_t i = 0; i < docs.size(); ++i) {
      for (const auto& s : docs[i].sentences) {
        tagger.tag(reuters()[i].text, std::span<dyad::Token>(docs[i].tokens.data() + s.first_token, s.token_count), tw);
      }
    }
  }
  dyad::ParseWorkspace ws;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      for (const auto& s : docs[i].sentences) {
        parser.parse(reuters()[i].text, std::span<dyad::Token>(docs[i].tokens.data() + s.first_token, s.token_count), ws);
      }
    }
  }
  // Every sentence must be one tree: exactly one root.
  uint64_t bad = 0;
  for (const auto& a : docs) {
    for (const auto& s : a.sentences) {
      int roots = 0;
      for (uint32_t k = 0; k < s.token_count; ++k) roots += a.tokens[s.first_token + k].head == 0;
      bad += roots != 1;
    }
  }
  if (bad) state.SkipWithError("a sentence without exactly one root");
  set_rate(state, count_tokens());
}

void BM_Analyze(benchmark::State& state) {
  if (!ready(state)) return;
  const dyad::Analyzer* a = analyzer(true);
  dyad::AnalyzedDocument ws;
  uint64_t tokens = 0, sentences = 0, bytes = 0;
  for (const auto& d : reuters()) bytes += d.text.size();
  for (auto _ : state) {
    tokens = sentences = 0;
    for (const auto& d : reuters()) {
      a->analyze(d, ws);
      tokens += ws.tokens.size();
      sentences += ws.sentences.size();
    }
  }
  if (tokens * 10 < bytes || tokens > bytes / 2 || sentences * 10 > tokens || sentences * 80 < tokens) {
    state.SkipWithError("implausible token/sentence counts: the pipeline is broken");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["sentences"] = static_cast<double>(sentences);
  set_rate(state, tokens);
}

void BM_LoadTagger(benchmark::State& state) {
  const std::string path = model_dir() + "/tagger.bin";
  for (auto _ : state) {
    auto t = dyad::Tagger::load(path);
    if (!t.ok()) {
      state.SkipWithError(t.message().c_str());
      return;
    }
  }
  state.counters["MB"] = static_cast<double>(fs::file_size(path)) / 1e6;
}

void BM_LoadParser(benchmark::State& state) {
  const std::string path = model_dir() + "/parser.bin";
  for (auto _ : state) {
    auto p = dyad::DependencyParser::load(path);
    if (!p.ok()) {
      state.SkipWithError(p.message().c_str());
      return;
    }
  }
  state.counters["MB"] = static_cast<double>(fs::file_size(path)) / 1e6;
}

BENCHMARK(BM_Segment)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Tag)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_LoadTagger)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_LoadParser)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
