// Scoring events against hand-coded real news (see include/dyad/event_eval.hpp for
// what is measured).
//
// Alignment works on whitespace-collapsed text, the form gold texts are written in:
// each gold sentence is found in its story's collapsed body (in order, so a sentence
// repeated in a story is taken at its own place), each coded sentence likewise, and
// an event belongs to the gold sentence its sentence overlaps most -- or, when Dyad's
// sentence spans several gold sentences, to the one holding the event's verb.
// Matching inside a sentence is greedy and one to one, which is exact for the small
// event lists of a sentence.
#include "dyad/event_eval.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>

#include "base/files.hpp"
#include "dyad/ingest.hpp"
#include "dyad/plover_eval.hpp"

namespace dyad {

namespace fs = std::filesystem;

namespace {

std::string json_string(simdjson::dom::element e) {
  std::string_view s;
  if (!e.get_string().get(s)) return std::string(s);
  return {};
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// A story of the corpus, coded once.
struct Story {
  bool found = false;
  std::string body;  // collapsed
  std::vector<Event> events;
};

// "reuters-004.json#112" -> {"reuters-004.json", 112}.
std::optional<std::pair<std::string, size_t>> split_doc(const std::string& doc) {
  size_t hash = doc.rfind('#');
  if (hash == std::string::npos || hash + 1 >= doc.size()) return std::nullopt;
  size_t index = 0;
  for (size_t i = hash + 1; i < doc.size(); ++i) {
    if (doc[i] < '0' || doc[i] > '9') return std::nullopt;
    index = index * 10 + static_cast<size_t>(doc[i] - '0');
  }
  return std::make_pair(doc.substr(0, hash), index);
}

std::string find_corpus_file(const std::string& name, const std::string& gold_path, const EventEvalOptions& o) {
  std::vector<fs::path> dirs;
  if (!o.corpus_dir.empty()) {
    dirs.emplace_back(o.corpus_dir);
  } else {
    fs::path here = fs::path(gold_path).parent_path();
    dirs.push_back(here);
    dirs.push_back(here / ".." / "news" / "reuters-21578");
  }
  std::error_code ec;
  for (const auto& d : dirs) {
    if (fs::exists(d / name, ec)) return (d / name).string();
  }
  return {};
}

// Root-level and code-level keys of an event.
struct Key {
  std::string source, target, root, cameo;
};
Key key_of(std::string_view source, std::string_view target, std::string_view cameo) {
  return {country_level(source), country_level(target), std::string(cameo.substr(0, 2)), std::string(cameo)};
}
std::string key_text(const Key& k) {
  return (k.source.empty() ? "---" : k.source) + " " + (k.target.empty() ? "---" : k.target) + " " + k.cameo;
}
bool usable(const Key& k) { return !k.source.empty() && !k.target.empty(); }

// Scores one sentence: matches, error kinds, counts.
void score_sentence(SentenceScore& s, EventEvalReport& r) {
  std::vector<Key> gold, pred;
  for (const GoldEvent& g : s.gold->events) gold.push_back(key_of(g.source, g.target, g.cameo));
  for (const Event& e : s.predicted) pred.push_back(key_of(e.source.code, e.target.code, e.cameo));
  std::vector<uint8_t> gold_used(gold.size(), 0), pred_used(pred.size(), 0);
  r.total.gold += static_cast<uint32_t>(gold.size());
  r.total.predicted += static_cast<uint32_t>(pred.size());
  for (const Key& g : gold) ++r.by_root[g.root].gold;
  for (const Key& p : pred) ++r.by_root[p.root].predicted;
  // Code level, on its own pass.
  {
    std::vector<uint8_t> used(gold.size(), 0);
    for (const Key& p : pred) {
      for (size_t j = 0; j < gold.size(); ++j) {
        if (!used[j] && usable(p) && p.source == gold[j].source && p.target == gold[j].target && p.cameo == gold[j].cameo) {
          used[j] = 1;
          ++r.total.matched_code;
          ++r.by_root[p.root].matched_code;
          break;
        }
      }
    }
  }
  for (size_t i = 0; i < pred.size(); ++i) {
    if (!usable(pred[i])) continue;
    for (size_t j = 0; j < gold.size(); ++j) {
      if (gold_used[j]) continue;
      if (pred[i].source == gold[j].source && pred[i].target == gold[j].target && pred[i].root == gold[j].root) {
        gold_used[j] = pred_used[i] = 1;
        ++r.total.matched;
        ++r.by_root[pred[i].root].matched;
        s.matched.push_back(key_text(pred[i]));
        break;
      }
    }
  }
  for (size_t i = 0; i < pred.size(); ++i) {
    EventCounts& band = r.by_confidence[std::clamp(static_cast<int>(s.predicted[i].confidence * 10), 0, 9)];
    ++band.predicted;
    band.matched += pred_used[i];
  }
  for (size_t j = 0; j < gold.size(); ++j) {
    const std::string& why = s.gold->events[j].why;
    EventCounts& kind = why.find("[ctx]") != std::string::npos ? r.from_story : r.stated;
    ++kind.gold;
    kind.matched += gold_used[j];
    if (why.find("(doubt") != std::string::npos) {
      ++r.doubtful.gold;
      r.doubtful.matched += gold_used[j];
    }
  }
  // Near misses, most specific first.
  using Test = bool (*)(const Key&, const Key&);
  const std::pair<EventErrorKind, Test> kinds[] = {
      {EventErrorKind::WrongCode, [](const Key& p, const Key& g) { return p.source == g.source && p.target == g.target; }},
      {EventErrorKind::WrongDirection,
       [](const Key& p, const Key& g) { return p.source == g.target && p.target == g.source && p.root == g.root; }},
      {EventErrorKind::WrongSource, [](const Key& p, const Key& g) { return p.target == g.target && p.root == g.root; }},
      {EventErrorKind::WrongTarget, [](const Key& p, const Key& g) { return p.source == g.source && p.root == g.root; }},
  };
  for (const auto& [kind, test] : kinds) {
    for (size_t i = 0; i < pred.size(); ++i) {
      if (pred_used[i]) continue;
      for (size_t j = 0; j < gold.size(); ++j) {
        if (gold_used[j] || !test(pred[i], gold[j])) continue;
        gold_used[j] = pred_used[i] = 1;
        ++r.errors[kind];
        s.errors.emplace_back(kind, "gold " + key_text(gold[j]) + " / coded " + key_text(pred[i]));
        break;
      }
    }
  }
  for (size_t j = 0; j < gold.size(); ++j) {
    if (gold_used[j]) continue;
    ++r.errors[EventErrorKind::Missed];
    s.errors.emplace_back(EventErrorKind::Missed, "gold " + key_text(gold[j]));
  }
  for (size_t i = 0; i < pred.size(); ++i) {
    if (pred_used[i]) continue;
    ++r.errors[EventErrorKind::Spurious];
    s.errors.emplace_back(EventErrorKind::Spurious, "coded " + key_text(pred[i]));
  }
}

}  // namespace

const char* event_error_name(EventErrorKind k) {
  switch (k) {
    case EventErrorKind::Missed: return "missed";
    case EventErrorKind::Spurious: return "spurious";
    case EventErrorKind::WrongSource: return "wrong source";
    case EventErrorKind::WrongTarget: return "wrong target";
    case EventErrorKind::WrongCode: return "wrong code";
    case EventErrorKind::WrongDirection: return "wrong direction";
  }
  return "?";
}

std::string collapse_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

Result<std::vector<GoldSentence>> read_gold_events(const std::string& path) {
  auto bytes = base::read_file(path);
  if (!bytes.ok()) return make_error(bytes.message());
  return parse_gold_events(*bytes, path);
}

Result<std::vector<GoldSentence>> parse_gold_events(std::string_view jsonl, const std::string& name) {
  std::vector<GoldSentence> out;
  simdjson::dom::parser parser;
  uint32_t line_no = 0;
  size_t pos = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string_view::npos) nl = jsonl.size();
    std::string_view line = jsonl.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (collapse_whitespace(line).empty()) continue;
    auto where = [&] { return name + ":" + std::to_string(line_no); };
    simdjson::dom::element root;
    if (auto err = parser.parse(line.data(), line.size()).get(root)) {
      return make_error(where() + ": invalid JSON: " + simdjson::error_message(err));
    }
    simdjson::dom::object rec;
    if (root.get_object().get(rec)) return make_error(where() + ": not a JSON object");
    GoldSentence g;
    g.line = line_no;
    simdjson::dom::element f;
    if (!rec["id"].get(f)) g.id = json_string(f);
    if (!rec["doc"].get(f)) g.doc = json_string(f);
    if (!rec["text"].get(f)) g.text = json_string(f);
    if (!rec["date"].get(f)) g.date = Date::parse_iso(json_string(f)).value_or(Date());
    if (g.doc.empty() || !split_doc(g.doc)) return make_error(where() + ": field 'doc' must be FILE#INDEX");
    if (g.text.empty()) return make_error(where() + ": field 'text' is missing or empty");
    simdjson::dom::array events;
    if (rec["events"].get_array().get(events)) return make_error(where() + ": field 'events' must be a list");
    for (simdjson::dom::element e : events) {
      GoldEvent ge;
      if (!e["source"].get(f)) ge.source = json_string(f);
      if (!e["target"].get(f)) ge.target = json_string(f);
      if (!e["cameo"].get(f)) ge.cameo = json_string(f);
      if (!e["why"].get(f)) ge.why = json_string(f);
      if (ge.source.empty() || ge.target.empty() || ge.cameo.size() < 2) {
        return make_error(where() + ": an event needs 'source', 'target' and a 'cameo' code");
      }
      g.events.push_back(std::move(ge));
    }
    out.push_back(std::move(g));
  }
  return out;
}

Result<EventEvalReport> evaluate_events(const std::vector<GoldSentence>& gold, const std::string& gold_path,
                                        const EventPipeline& pipeline, const EventEvalOptions& options) {
  EventEvalReport r;
  // The stories, read file by file and coded once each.
  std::map<std::string, Story> stories;
  std::map<std::string, std::vector<size_t>> wanted;  // file -> indices
  for (const GoldSentence& g : gold) {
    auto d = split_doc(g.doc);
    if (stories.emplace(g.doc, Story{}).second) wanted[d->first].push_back(d->second);
  }
  EventWorkspace ws;
  for (const auto& entry : wanted) {
    const std::string& file = entry.first;  // not a structured binding: lambdas capture it
    const std::vector<size_t>& indices = entry.second;
    std::string path = find_corpus_file(file, gold_path, options);
    if (path.empty()) {
      r.problems.push_back(file + ": not found (give the corpus directory with --corpus)");
      continue;
    }
    auto bytes = base::read_file(path);
    if (!bytes.ok()) {
      r.problems.push_back(bytes.message());
      continue;
    }
    IngestReport ingest;
    ReadOptions read;
    read_json(*bytes, path, read, [&](Document&& doc) {
      // doc.source is "path[index]".
      size_t open = doc.source.rfind('[');
      if (open == std::string::npos) return;
      size_t index = std::strtoull(doc.source.c_str() + open + 1, nullptr, 10);
      if (std::find(indices.begin(), indices.end(), index) == indices.end()) return;
      Story& st = stories[file + "#" + std::to_string(index)];
      st.found = true;
      st.body = collapse_whitespace(doc.text);
      pipeline.code(doc, ws, st.events);
    }, ingest);
  }

  // Gold sentences, story by story.
  size_t i = 0;
  r.scores.resize(gold.size());
  while (i < gold.size()) {
    size_t j = i;
    while (j < gold.size() && gold[j].doc == gold[i].doc) ++j;
    Story& st = stories[gold[i].doc];
    ++r.stories;
    if (!st.found) ++r.missing_stories;
    // Where each gold sentence is in the body.
    std::vector<std::pair<size_t, size_t>> span(j - i, {std::string::npos, 0});
    size_t cursor = 0;
    for (size_t k = i; k < j; ++k) {
      size_t at = st.body.find(gold[k].text, cursor);
      if (at == std::string::npos) at = st.body.find(gold[k].text);
      if (at != std::string::npos) {
        span[k - i] = {at, at + gold[k].text.size()};
        cursor = at + gold[k].text.size();
      } else if (st.found) {
        ++r.unlocated;
      }
    }
    // Each event to a gold sentence.
    std::vector<std::vector<Event>> events(j - i);
    size_t sentence_cursor = 0;
    for (const Event& e : st.events) {
      if (e.negated) {
        ++r.negated;
        continue;
      }
      const std::string text = collapse_whitespace(e.text);
      size_t at = st.body.find(text, sentence_cursor);
      if (at == std::string::npos) at = st.body.find(text);
      if (at == std::string::npos || text.empty()) {
        ++r.unaligned;
        continue;
      }
      sentence_cursor = at;
      const size_t end = at + text.size();
      size_t verb_at = text.find(collapse_whitespace(e.verb_text));
      verb_at = verb_at == std::string::npos ? at : at + verb_at;
      int best = -1;
      size_t best_overlap = 0;
      for (size_t k = 0; k < span.size(); ++k) {
        if (span[k].first == std::string::npos) continue;
        const size_t lo = std::max(at, span[k].first), hi = std::min(end, span[k].second);
        if (hi <= lo) continue;
        const bool holds_verb = verb_at >= span[k].first && verb_at < span[k].second;
        const size_t overlap = (hi - lo) + (holds_verb ? st.body.size() : 0);
        if (overlap > best_overlap) {
          best_overlap = overlap;
          best = static_cast<int>(k);
        }
      }
      if (best < 0) {
        ++r.unaligned;
        continue;
      }
      events[best].push_back(e);
    }
    for (size_t k = i; k < j; ++k) {
      SentenceScore& s = r.scores[k];
      s.gold = &gold[k];
      s.predicted = std::move(events[k - i]);
      ++r.sentences;
      if (gold[k].events.empty()) {
        ++r.negative_sentences;
        if (!s.predicted.empty()) ++r.false_alarms;
      }
      score_sentence(s, r);
    }
    i = j;
  }
  return r;
}

}  // namespace dyad
