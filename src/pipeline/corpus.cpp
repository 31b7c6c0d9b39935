// code_corpus: the reader -> coders -> writer pipeline behind `dyad ingest`.
// See include/dyad/corpus.hpp for the contract; the design notes are here.
//
// The writer is the calling thread because SQLite connections are best used from
// one thread, and because the writer is where progress is known. A document is
// written in one transaction with its sentences, events and actors, and transactions
// only ever hold whole documents, so a run killed at any moment loses at most the
// documents of the open batch -- which the next run codes again, since they are not
// in the store.
#include "dyad/corpus.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>
#include <unordered_map>

#include "base/files.hpp"
#include "pipeline/bounded_queue.hpp"
#include "pipeline/cpu_time.hpp"

namespace dyad {

namespace fs = std::filesystem;

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, IngestReport& report) {
  std::vector<std::string> files;
  for (const auto& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      report.skip(p, "no such file or directory");
      continue;
    }
    if (!fs::is_directory(st)) {
      files.push_back(p);
      continue;
    }
    // Every directory that cannot be read is a skipped input: said, counted, exit 1.
    std::vector<std::string> found = base::list_files(p, [&](const base::WalkError& e) {
      report.skip(e.path, "directory not read: " + std::error_code(e.error, std::system_category()).message());
    });
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

namespace {

struct CodedItem {
  Document doc;
  AnalyzedDocument analysis;
  std::vector<Event> events;
  std::vector<ActorMention> actors;
  DocumentCodingStats stats;
  bool recode = false;
  std::string failure;  // an internal error while coding it: not stored, reported
};

uint64_t file_size(const std::string& path) {
  struct stat st {};
  return path != "-" && ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

}  // namespace

Status code_corpus(const std::vector<std::string>& files, const ReadOptions& read, const EventPipeline& pipeline,
                   EventStore& store, const CorpusOptions& options,
                   const std::function<void(const CorpusProgress&)>& on_progress, CorpusProgress& totals,
                   IngestReport& report) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  totals = CorpusProgress{};
  for (const auto& f : files) totals.bytes_total += file_size(f);
  if (std::find(files.begin(), files.end(), "-") != files.end()) totals.bytes_total = 0;

  auto stored = store.coded_documents();
  if (!stored.ok()) return make_error(stored.message());
  const std::unordered_map<std::string, std::string>& known = stored.value();

  unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  threads = std::min(threads, kMaxIngestThreads);
  BoundedQueue<std::pair<Document, bool>> work(threads * 8);
  BoundedQueue<std::unique_ptr<CodedItem>> done(threads * 8);
  std::atomic<bool> stop{false};
  std::atomic<uint64_t> already{0}, bytes_done{0};
  double read_cpu = 0;  // written by the reader before it ends, read after join

  // Reader.
  // Threads that cannot be started (resources exhausted) are an error, not an abort.
  std::thread reader;
  try {
    reader = std::thread([&] {
    InputReader in(read);
    std::unordered_map<std::string, bool> seen_this_run;
    for (const auto& f : files) {
      if (stop) break;
      Status st = in.read_path(f, [&](Document&& doc) {
        if (stop) return;
        auto it = known.find(doc.id);
        bool recode = false;
        if (it != known.end()) {
          if (!options.recode || it->second == pipeline.version()) {
            ++already;
            return;
          }
          recode = true;
        }
        // The same document twice in one run (a duplicated file) is coded once.
        if (!seen_this_run.emplace(doc.id, true).second) {
          ++already;
          return;
        }
        work.push({std::move(doc), recode});
      }, report);
      (void)st;  // reported in `report`
      bytes_done += file_size(f);
    }
    work.close();
    read_cpu = thread_cpu_seconds();
  });
  } catch (const std::system_error& e) {
    return make_error(std::string("cannot start the reading thread: ") + e.what());
  }

  // Coders.
  std::atomic<unsigned> running{threads};
  std::vector<std::thread> coders;
  for (unsigned t = 0; t < threads; ++t) {
    try {
    coders.emplace_back([&] {
      EventWorkspace ws;
      std::pair<Document, bool> job;
      while (work.pop(job)) {
        auto item = std::make_unique<CodedItem>();
        item->doc = std::move(job.first);
        item->recode = job.second;
        // (An internal error on one document is reported and the run goes on: the
        // document is not stored, so a later run codes it again.)
        try {
          item->stats = pipeline.code(item->doc, ws, item->events);
        } catch (const std::exception& e) {
          item->failure = e.what();
          item->events.clear();
          ws = EventWorkspace{};
        }
        item->analysis = std::move(ws.analysis);
        ws.analysis = AnalyzedDocument{};
        for (const auto& a : ws.state.actors_seen) item->actors.push_back({a.sentence, a.code, a.text});
        if (!done.push(std::move(item))) break;
      }
      if (--running == 0) done.close();
    });
    } catch (const std::system_error& e) {
      stop = true;
      work.close();
      done.close();
      reader.join();
      for (auto& c : coders) c.join();
      return make_error("cannot start coding thread " + std::to_string(t + 1) + " of " + std::to_string(threads) +
                        ": " + e.what() + " (use fewer --jobs)");
    }
  }

  // Writer (this thread).
  std::vector<std::pair<std::string, std::string>> failures;
  Status result;
  bool in_txn = false;
  uint32_t batch = 0;
  auto batch_start = clock::now();
  auto last_progress = clock::now();
  auto publish = [&] {
    totals.already_stored = already;
    totals.bytes_done = bytes_done;
    totals.seconds = std::chrono::duration<double>(clock::now() - start).count();
    if (on_progress) on_progress(totals);
  };
  auto flush = [&]() -> Status {
    if (!in_txn) return {};
    in_txn = false;
    batch = 0;
    return store.commit();
  };
  while (true) {
    bool drained = false;
    auto item = done.pop_for(std::chrono::milliseconds(250), drained);
    if (drained) break;
    if (item && result.ok() && !(*item)->failure.empty()) {
      failures.emplace_back((*item)->doc.id, (*item)->failure);
    } else if (item && result.ok()) {
      CodedItem& it = **item;
      const double w0 = thread_cpu_seconds();
      if (!in_txn) {
        result = store.begin();
        in_txn = result.ok();
        batch_start = clock::now();
      }
      if (result.ok()) {
        CodedDocument cd{&it.doc, &it.analysis, std::move(it.events), std::move(it.actors)};
        result = store.put_document(cd, pipeline.version(), options.keep_text);
        totals.documents += 1;
        totals.recoded += it.recode;
        totals.sentences += it.stats.sentences;
        totals.unparsed_sentences += it.stats.unparsed;
        totals.analyze_cpu += it.stats.analyze_seconds;
        totals.code_cpu += it.stats.code_seconds;
        totals.events += cd.events.size();
        ++batch;
      }
      totals.store_cpu += thread_cpu_seconds() - w0;
      if (!result.ok()) {
        stop = true;
        work.close();
        done.close();
      }
    }
    auto now = clock::now();
    if (result.ok() && in_txn &&
        (batch >= options.batch_documents || std::chrono::duration<double>(now - batch_start).count() >= options.batch_seconds)) {
      const double w0 = thread_cpu_seconds();
      result = flush();
      totals.store_cpu += thread_cpu_seconds() - w0;
      if (!result.ok()) {  // a failed commit (a full disk): stop reading and coding now
        stop = true;
        work.close();
        done.close();
      }
    }
    if (now - last_progress >= std::chrono::milliseconds(500)) {
      publish();
      last_progress = now;
    }
  }
  reader.join();
  for (auto& c : coders) c.join();
  for (const auto& [id, what] : failures) report.skip(id, "internal error while coding: " + what);
  totals.read_cpu = read_cpu;
  if (result.ok()) {
    const double w0 = thread_cpu_seconds();
    result = flush();
    totals.store_cpu += thread_cpu_seconds() - w0;
  }
  publish();
  return result;
}

}  // namespace dyad
