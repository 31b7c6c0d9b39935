// EventPipeline: Analyzer + dictionaries + EventCoder, and the version string that
// names what coded an event (the program version and hashes of the dictionary and
// model files, so that changing either marks old codings as stale).
#include "dyad/event_pipeline.hpp"

#include "base/json.hpp"
#include "base/strings.hpp"
#include "dyad/version.hpp"

#include "pipeline/cpu_time.hpp"
#include "lemma/lemmatizer.hpp"
#include "pipeline/headline.hpp"

#include <xxhash.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad {

namespace fs = std::filesystem;

namespace {

// Hash of the names and contents of the regular files of `dir` (recursively, in
// sorted order) and of `extra`. Unreadable files hash as their name only.
std::string hash_files(const std::string& dir, const std::vector<std::string>& extra) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!dir.empty() && fs::is_directory(dir, ec)) {
    for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& e : extra) files.emplace_back(e);
  XXH3_state_t* st = XXH3_createState();
  XXH3_64bits_reset(st);
  std::string buf;
  for (const auto& f : files) {
    std::string name = f.lexically_relative(dir).string();
    XXH3_64bits_update(st, name.data(), name.size());
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    buf = ss.str();
    XXH3_64bits_update(st, buf.data(), buf.size());
  }
  uint64_t h = XXH3_64bits_digest(st);
  XXH3_freeState(st);
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return std::string(out, 12);
}


// The character offsets of each body event's source, verb and target: their word
// spans mapped through the sentence's tokens to bytes of the text, then counted in
// characters in one pass over the text.
void add_char_offsets(const std::string& text, const AnalyzedDocument& a, std::vector<Event>& events, size_t first) {
  std::vector<uint32_t> bytes;
  auto byte_span = [&](const Event& e, const WordSpan& w, uint32_t& b, uint32_t& x) {
    if (e.from_title || e.sentence >= a.sentences.size() || w.empty()) return false;
    const Sentence& s = a.sentences[e.sentence];
    if (w.end > s.token_count) return false;
    b = a.tokens[s.first_token + w.begin].span.begin;
    x = a.tokens[s.first_token + w.end - 1].span.end;
    return true;
  };
  for (size_t i = first; i < events.size(); ++i) {
    const Event& e = events[i];
    for (const WordSpan* w : {&e.source.span, &e.verb, &e.target.span}) {
      uint32_t b = 0, x = 0;
      if (byte_span(e, *w, b, x)) {
        bytes.push_back(b);
        bytes.push_back(x);
      }
    }
  }
  if (bytes.empty()) return;
  std::sort(bytes.begin(), bytes.end());
  bytes.erase(std::unique(bytes.begin(), bytes.end()), bytes.end());
  std::vector<int64_t> chars(bytes.size());
  int64_t count = 0;
  size_t k = 0;
  for (size_t pos = 0; pos <= text.size() && k < bytes.size(); ++pos) {
    while (k < bytes.size() && bytes[k] == pos) chars[k++] = count;
    if (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) ++count;
  }
  auto char_of = [&](uint32_t b) {
    const auto it = std::lower_bound(bytes.begin(), bytes.end(), b);
    return it != bytes.end() && *it == b ? chars[static_cast<size_t>(it - bytes.begin())] : int64_t{-1};
  };
  for (size_t i = first; i < events.size(); ++i) {
    Event& e = events[i];
    for (auto [w, c] : {std::pair{&e.source.span, &e.source.chars}, std::pair{&e.verb, &e.verb_chars},
                        std::pair{&e.target.span, &e.target.chars}}) {
      uint32_t b = 0, x = 0;
      if (byte_span(e, *w, b, x)) *c = CharSpan{char_of(b), char_of(x)};
    }
  }
}

}  // namespace

Result<std::unique_ptr<EventPipeline>> EventPipeline::create(const EventPipelineOptions& options,
                                                             LoadReport& dict_report) {
  std::unique_ptr<EventPipeline> p(new EventPipeline());
  auto analyzer = Analyzer::create(options.analyzer);
  if (!analyzer.ok()) return analyzer.error();
  p->analyzer_ = std::move(analyzer.value());

  p->dict_dir_ = options.dict_dir.empty() ? find_dictionary_dir() : options.dict_dir;
  p->dict_ = std::make_unique<Dictionary>();
  if (Status st = p->dict_->load_directory(p->dict_dir_, dict_report); !st.ok()) return make_error(st.message());
  for (const auto& f : options.extra_dicts) {
    if (Status st = p->dict_->load_file(f, dict_report); !st.ok()) return make_error(st.message());
  }
  p->dict_->compile();
  p->coder_ = std::make_unique<EventCoder>(*p->dict_, options.coder);
  p->code_titles_ = options.code_titles;
  p->min_confidence_ = options.min_confidence;

  std::string model_dir = options.analyzer.model_dir.empty() ? find_model_dir() : options.analyzer.model_dir;
  p->version_ = std::string("dyad ") + version_string();
  p->version_ += "; dict " + hash_files(p->dict_dir_, options.extra_dicts);
  p->version_ += "; models " + hash_files(model_dir, {});
  return p;
}

DocumentCodingStats EventPipeline::code(const Document& doc, EventWorkspace& ws, std::vector<Event>& out) const {
  DocumentCodingStats stats;
  const double t0 = thread_cpu_seconds();
  analyzer_->analyze(doc, ws.analysis);
  analyze_title(doc, ws);
  const double t1 = thread_cpu_seconds();
  stats.analyze_seconds = t1 - t0;
  ws.state.reset(doc.id, doc.date);
  const size_t first = out.size();
  for (const Sentence& s : ws.analysis.sentences) {
    DepGraph g = DepGraph::from_analysis(doc.text, ws.analysis, s);
    SentenceResult r = coder_->code(g, ws.state, out);
    ++stats.sentences;
    if (r.status == SentenceStatus::NoParse) ++stats.unparsed;
  }
  if (!ws.title.text.empty()) code_title(doc, ws, out, first);
  const std::string outlet = document_outlet(doc);
  const std::string coded_at = coding_time();
  const std::string metadata = document_metadata_json(doc);
  for (size_t i = first; i < out.size(); ++i) {
    if (out[i].url.empty()) out[i].url = doc.url;
    if (!out[i].date) out[i].date = doc.date;
    out[i].outlet = outlet;
    out[i].coded_at = coded_at;
    out[i].metadata = metadata;
  }
  add_char_offsets(doc.text, ws.analysis, out, first);
  if (min_confidence_ > 0) {
    const double keep = min_confidence_;
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                             [keep](const Event& e) { return e.confidence < keep; }),
              out.end());
  }
  stats.code_seconds = thread_cpu_seconds() - t1;
  return stats;
}


// The title is analysed as text of its own and coded with a state of its own (its
// sentence does not count among the body's). Its events go first, as the title comes
// first, unless the body coded the same source, target and root.
// (Analysed with the body, so that the analysis and coding times say what they
// measure.)
void EventPipeline::analyze_title(const Document& doc, EventWorkspace& ws) const {
  ws.title.text.clear();
  if (!code_titles_ || ws.analysis.title.empty()) return;
  ws.title.id = doc.id;
  ws.title.date = doc.date;
  ws.title.format = "text";
  const lemma::WordNetLexicon* wordnet =
      analyzer_->tagger() ? &analyzer_->tagger()->lemmatizer().wordnet() : nullptr;
  ws.title.text = pipeline::headline_reading(ws.analysis.title, wordnet);
  analyzer_->analyze_headline(ws.title, ws.title_analysis);
}

void EventPipeline::code_title(const Document& doc, EventWorkspace& ws, std::vector<Event>& out, size_t first) const {
  ws.title_state.reset(doc.id, doc.date);
  ws.title_events.clear();
  for (const Sentence& s : ws.title_analysis.sentences) {
    DepGraph g = DepGraph::from_analysis(ws.title.text, ws.title_analysis, s);
    coder_->code(g, ws.title_state, ws.title_events);
  }
  std::vector<Event> added;
  for (Event& e : ws.title_events) {
    bool in_body = false;
    for (size_t i = first; i < out.size() && !in_body; ++i) {
      in_body = out[i].source.code == e.source.code && out[i].target.code == e.target.code && out[i].root == e.root;
    }
    if (in_body) continue;
    e.sentence = 0;
    e.from_title = true;
    e.text = ws.analysis.title;
    e.rule = "title; " + e.rule;
    e.confidence = event_confidence(e);
    added.push_back(std::move(e));
  }
  out.insert(out.begin() + static_cast<std::ptrdiff_t>(first), std::make_move_iterator(added.begin()),
             std::make_move_iterator(added.end()));
}

}  // namespace dyad
