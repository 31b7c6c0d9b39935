// End-to-end text pipeline benchmark: clean + paragraphs + tokenize + sentence split
// over the bodies of the Reuters-21578 stories in ../shared (skipped when absent).
// Reading and JSON parsing happen once, outside the timed loop; the figure is MB of
// body text per second on one core. The benchmark checks what it times: the token
// and sentence counts must be plausible for the bytes processed.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <vector>

#include "dyad/pipeline.hpp"
#include "reuters.hpp"

namespace {

using dyad_bench::reuters;

void BM_AnalyzeReuters(benchmark::State& state) {
  auto& docs = reuters();
  if (docs.empty()) {
    state.SkipWithError("Reuters corpus not found in ../shared; nothing to time");
    return;
  }
  dyad::AnalyzerOptions opts;
  opts.model_dir = std::string(DYAD_SOURCE_DIR) + "/models";
  auto analyzer = dyad::Analyzer::create(opts);
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.message().c_str());
    return;
  }
  uint64_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  dyad::AnalyzedDocument ws;
  uint64_t tokens = 0, sentences = 0;
  for (auto _ : state) {
    tokens = sentences = 0;
    for (const auto& d : docs) {
      (*analyzer)->analyze(d, ws);
      tokens += ws.tokens.size();
      sentences += ws.sentences.size();
    }
    benchmark::DoNotOptimize(tokens);
  }
  // Plausibility: English news has roughly one token per 4-7 bytes and 15-40 tokens
  // per sentence. A broken stage (no tokens, one sentence per document) fails here.
  if (tokens * 10 < bytes || tokens > bytes / 2 || sentences * 10 > tokens || sentences * 80 < tokens) {
    state.SkipWithError("implausible token/sentence counts: the pipeline is broken");
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["tokens"] = static_cast<double>(tokens);
  state.counters["sentences"] = static_cast<double>(sentences);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_AnalyzeReuters)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
