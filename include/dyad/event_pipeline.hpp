// EventPipeline: a Document in, its events out -- the Analyzer (clean, segment,
// tokenize, tag, parse) followed by the EventCoder, with the dictionaries loaded and
// compiled once. Built once, immutable and thread-safe afterwards; each thread codes
// with its own Workspace. `dyad code` and `dyad ingest` are thin shells over it.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/code.hpp"
#include "dyad/dict.hpp"
#include "dyad/document.hpp"
#include "dyad/event.hpp"
#include "dyad/pipeline.hpp"
#include "dyad/result.hpp"

namespace dyad {

struct EventPipelineOptions {
  AnalyzerOptions analyzer;
  CoderOptions coder;
  // Code the document's title too: a headline is often the story's main event. An
  // event of the title that the body also has (same source, target and root) is
  // not added again; the others are added with Event::from_title set.
  bool code_titles = true;
  // Keep only events whose confidence (Event::confidence) is at least this; 0 keeps all.
  double min_confidence = 0;
  std::string dict_dir;                  // empty: the built-in dictionaries
  std::vector<std::string> extra_dicts;  // files added after dict_dir
};

// Per-thread working memory, reused across documents.
struct EventWorkspace {
  AnalyzedDocument analysis;
  DocumentState state;
  // The title, analysed and coded on its own.
  Document title;  // the title as text of its own ("" when there is none to code)
  AnalyzedDocument title_analysis;
  DocumentState title_state;
  std::vector<Event> title_events;
};

struct DocumentCodingStats {
  uint32_t sentences = 0;
  uint32_t unparsed = 0;  // sentences without a dependency parse (no parser model)
  double analyze_seconds = 0;  // CPU time of the analysis (clean .. parse)
  double code_seconds = 0;     // CPU time of event coding
};

class EventPipeline {
 public:
  // Loads models and dictionaries. Lines of the dictionaries that cannot be read are
  // listed in `dict_report` (they are skipped, not fatal).
  static Result<std::unique_ptr<EventPipeline>> create(const EventPipelineOptions& options, LoadReport& dict_report);

  // Codes one document; its events are appended to `out` (url, date filled).
  DocumentCodingStats code(const Document& doc, EventWorkspace& ws, std::vector<Event>& out) const;

  // "dyad 0.1.0; dict <hash>; models <hash>": identifies what coded an event, so a
  // store can tell which documents an upgrade should recode.
  const std::string& version() const { return version_; }
  const Analyzer& analyzer() const { return *analyzer_; }
  const Dictionary& dictionary() const { return *dict_; }
  const std::string& dict_dir() const { return dict_dir_; }

 private:
  EventPipeline() = default;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<Dictionary> dict_;
  std::unique_ptr<EventCoder> coder_;
  std::string version_;
  std::string dict_dir_;
  bool code_titles_ = true;
  double min_confidence_ = 0;
  void analyze_title(const Document& doc, EventWorkspace& ws) const;
  void code_title(const Document& doc, EventWorkspace& ws, std::vector<Event>& out, size_t first) const;
};

}  // namespace dyad
