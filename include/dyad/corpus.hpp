// Coding a corpus into an EventStore: read, code on several threads, write.
//
// One reader thread walks the inputs and skips documents the store already holds
// (same id and coding version; any version unless `recode`); worker threads run the
// EventPipeline, each with its own workspace; the calling thread writes whole
// documents to the store in batched transactions (every `batch_documents` documents
// or `batch_seconds`, whichever comes first) and reports progress. Queues between the
// stages are bounded, so memory stays flat however large the corpus.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/event_pipeline.hpp"
#include "dyad/ingest.hpp"
#include "dyad/result.hpp"
#include "dyad/store.hpp"

namespace dyad {

// More coding threads than this are not started (each holds a workspace and models
// are shared; past the cores they only add memory).
inline constexpr unsigned kMaxIngestThreads = 256;

struct CorpusOptions {
  unsigned threads = 0;  // coding threads; 0 = one per core; at most kMaxIngestThreads
  bool keep_text = false;
  bool recode = false;   // recode documents coded by another version
  uint32_t batch_documents = 500;
  double batch_seconds = 2.0;
};

struct CorpusProgress {
  uint64_t documents = 0;         // coded and written in this run
  uint64_t sentences = 0;
  uint64_t events = 0;
  uint64_t already_stored = 0;    // skipped: in the store already
  uint64_t recoded = 0;           // of `documents`, those replacing an older coding
  uint64_t unparsed_sentences = 0;
  uint64_t bytes_done = 0;        // input files finished
  uint64_t bytes_total = 0;       // 0 when unknown (stdin)
  double seconds = 0;
  // CPU seconds by stage, summed over threads (complete at the end of the run).
  double read_cpu = 0;     // reading and decoding inputs (the reader thread)
  double analyze_cpu = 0;  // clean, segment, tokenize, tag, parse
  double code_cpu = 0;     // event coding
  double store_cpu = 0;    // writing to SQLite (the calling thread)
};

// The input files of `paths`: files as given, directories walked recursively in
// sorted order (hidden entries skipped), "-" kept for stdin. Missing paths are
// errors in `report`.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, IngestReport& report);

// Codes `files` into `store`. `on_progress` is called from the calling thread about
// every half second and once at the end. Problems with inputs go to `report`; an
// error is returned only when the store cannot be written.
Status code_corpus(const std::vector<std::string>& files, const ReadOptions& read, const EventPipeline& pipeline,
                   EventStore& store, const CorpusOptions& options,
                   const std::function<void(const CorpusProgress&)>& on_progress, CorpusProgress& totals,
                   IngestReport& report);

}  // namespace dyad
