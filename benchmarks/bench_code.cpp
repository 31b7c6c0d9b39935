// Event coding benchmark: coding alone, parses given, one core.
//
// The sentences are the PETRARCH unit-test records' provided UD parses (../shared),
// read once outside the timed loop. BM_CodeWithPhoenix codes them with the whole
// Phoenix dictionary set loaded (27k actors, 1.8k verbs, 4.6k patterns): the speed
// target of the issue (>= 50,000 sentences/s). BM_CodeWithValidationDictionaries
// codes them with their own dictionaries and checks what it times: the number of
// records whose events equal the expected ones must not drop below 254.
// BM_LoadPhoenix times loading and compiling the Phoenix set (target <= 1 s).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/code.hpp"
#include "dyad/validate.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kValidationDir = std::string(DYAD_SHARED_DIR) + "/data/petrarch-validation";
const std::string kPhoenixDir = std::string(DYAD_SHARED_DIR) + "/data/petrarch-dictionaries";

struct Corpus {
  dyad::ValidationFile file;
  std::vector<dyad::DepGraph> graphs;
  bool ok = false;
};

Corpus& corpus() {
  static Corpus c = [] {
    Corpus out;
    std::ifstream in(kValidationDir + "/PETR.UnitTest.records.udpipe.xml");
    if (!in) return out;
    std::stringstream ss;
    ss << in.rdbuf();
    auto f = dyad::read_validation_file(ss.str(), "PETR.UnitTest.records.udpipe.xml");
    if (!f.ok()) return out;
    out.file = std::move(f.value());
    for (const auto& r : out.file.records) {
      auto g = dyad::DepGraph::from_conllu(r.parse, r.id);
      if (g.ok()) out.graphs.push_back(std::move(g.value()));
    }
    out.ok = !out.graphs.empty();
    return out;
  }();
  return c;
}

void BM_LoadPhoenix(benchmark::State& state) {
  if (!fs::is_directory(kPhoenixDir)) {
    state.SkipWithError("../shared PETRARCH dictionaries not found");
    return;
  }
  size_t actors = 0;
  for (auto _ : state) {
    dyad::Dictionary d;
    dyad::LoadReport r;
    (void)d.load_directory(kPhoenixDir, r);
    d.compile();
    actors = d.actors.size();
    benchmark::DoNotOptimize(d.is_compiled());
  }
  if (actors < 20000) state.SkipWithError("the Phoenix actors did not load");
  state.counters["actors"] = static_cast<double>(actors);
}

void BM_CodeWithPhoenix(benchmark::State& state) {
  Corpus& c = corpus();
  if (!c.ok || !fs::is_directory(kPhoenixDir)) {
    state.SkipWithError("../shared validation records or dictionaries not found");
    return;
  }
  dyad::Dictionary d;
  dyad::LoadReport r;
  (void)d.load_directory(kPhoenixDir, r);
  d.compile();
  dyad::EventCoder coder(d, dyad::CoderOptions{});
  dyad::DocumentState doc;
  std::vector<dyad::Event> events;
  size_t sentences = 0;
  size_t expected_events = SIZE_MAX;
  for (auto _ : state) {
    size_t n_events = 0;
    for (size_t i = 0; i < c.graphs.size(); ++i) {
      doc.reset(c.file.records[i].id, c.file.records[i].date);
      events.clear();
      coder.code(c.graphs[i], doc, events);
      n_events += events.size();
    }
    sentences += c.graphs.size();
    if (expected_events == SIZE_MAX) expected_events = n_events;
    if (n_events != expected_events) {
      state.SkipWithError("event count changed between passes");
      return;
    }
  }
  state.counters["sentences_per_s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["events_per_pass"] = static_cast<double>(expected_events);
}

void BM_CodeWithValidationDictionaries(benchmark::State& state) {
  Corpus& c = corpus();
  if (!c.ok) {
    state.SkipWithError("../shared validation records not found");
    return;
  }
  dyad::Dictionary d;
  dyad::LoadReport r;
  for (const auto& [kind, name] : c.file.dictionaries) (void)d.load_file(kValidationDir + "/" + name, r);
  d.compile();
  dyad::ValidationOptions vo;
  vo.use_provided_parse = true;
  int passed = 0;
  size_t sentences = 0;
  for (auto _ : state) {
    dyad::ValidationRun run = dyad::run_validation(c.file, d, vo, nullptr);
    passed = run.passed;
    sentences += c.file.records.size();
  }
  if (passed < 254) state.SkipWithError("fewer validation records pass than expected (254)");
  state.counters["sentences_per_s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
  state.counters["passed"] = passed;
}

}  // namespace

BENCHMARK(BM_LoadPhoenix)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodeWithPhoenix)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CodeWithValidationDictionaries)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
