// Dictionary: the container every loader fills, and compile(), which turns it into
// the matchers of CompiledDictionary (see compiled.hpp for their design).
//
// compile() interns every unit once and resolves pattern words and synset names to
// ids, so that coding a sentence never touches a string of the dictionary again.
#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/files.hpp"
#include "dict/compiled.hpp"
#include "dict/readers.hpp"
#include "dict/units.hpp"

namespace dyad {

namespace fs = std::filesystem;

// ---- Small parsers -----------------------------------------------------------------

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

Date parse_dictionary_date(std::string_view text) {
  text = base::trim(text);
  std::string digits;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    digits = std::string(text.substr(0, 4)) + std::string(text.substr(5, 2)) + std::string(text.substr(8, 2));
  } else {
    digits = std::string(text);
  }
  if (!all_digits(digits)) return Date();
  int y, m, d;
  if (digits.size() == 8) {
    y = std::stoi(digits.substr(0, 4));
    m = std::stoi(digits.substr(4, 2));
    d = std::stoi(digits.substr(6, 2));
  } else if (digits.size() == 6) {  // TABARI YYMMDD: 00-30 -> 20YY, else 19YY
    y = std::stoi(digits.substr(0, 2));
    y += y <= 30 ? 2000 : 1900;
    m = std::stoi(digits.substr(2, 2));
    d = std::stoi(digits.substr(4, 2));
  } else {
    return Date();
  }
  return Date::from_ymd(y, m, d).value_or(Date());
}

bool parse_event_code(std::string_view text, EventCode& out) {
  text = base::trim(text);
  out = {};
  auto valid = [](std::string_view s) {
    if (s.empty()) return true;
    if (s == "---") return true;
    if (s.size() > 8) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  };
  size_t colon = text.find(':');
  std::string_view first = base::trim(text.substr(0, colon));
  std::string_view second = colon == std::string_view::npos ? std::string_view() : base::trim(text.substr(colon + 1));
  if (!valid(first) || !valid(second)) return false;
  if (colon == std::string_view::npos && first.empty()) return false;
  if (first != "---") out.code = std::string(first);
  if (second != "---") out.paired = std::string(second);
  return true;
}

std::string_view ActorEntry::code_on(Date date) const {
  const DatedCode* fallback = nullptr;
  const DatedCode* latest = nullptr;
  for (const auto& c : codes) {
    if (!c.restricted) {
      fallback = &c;
      continue;
    }
    if (date && date >= c.from && date <= c.to) return c.code;
    if (!latest || c.to > latest->to) latest = &c;
  }
  if (fallback) return fallback->code;
  if (!date && latest) return latest->code;
  return {};
}

bool ActorEntry::in_term(Date date, int before, int after) const {
  return std::any_of(codes.begin(), codes.end(), [&](const DatedCode& c) {
    if (!c.restricted) return false;
    const Date from = c.from ? c.from.plus_days(-before) : c.from;
    const Date to = c.to == Date::end_of_time() ? c.to : c.to.plus_days(after);
    return date >= from && date <= to;
  });
}

DictFileKind guess_dict_file_kind(std::string_view path, std::string_view first_bytes) {
  if (first_bytes.substr(0, 6) == "#!dyad") return DictFileKind::Dyad;
  std::string name = base::ascii_upper(fs::path(std::string(path)).filename().string());
  auto has = [&](const char* s) { return name.find(s) != std::string::npos; };
  if (has(".DYAD")) return DictFileKind::Dyad;
  if (has("VERB") || name.rfind("CAMEO", 0) == 0) return DictFileKind::Verbs;
  if (has("ACTOR")) return DictFileKind::Actors;
  if (has("AGENT")) return DictFileKind::Agents;
  if (has("DISCARD")) return DictFileKind::Discards;
  if (has("ISSUE")) return DictFileKind::Issues;
  if (has("ONTOLOGY")) return DictFileKind::Ontology;
  if (has("PREPOSITION")) return DictFileKind::Prepositions;
  return DictFileKind::Auto;
}

const char* dict_file_kind_name(DictFileKind kind) {
  switch (kind) {
    case DictFileKind::Auto: return "unknown";
    case DictFileKind::Verbs: return "verbs";
    case DictFileKind::Actors: return "actors";
    case DictFileKind::Agents: return "agents";
    case DictFileKind::Discards: return "discards";
    case DictFileKind::Issues: return "issues";
    case DictFileKind::Ontology: return "ontology";
    case DictFileKind::Prepositions: return "prepositions";
    case DictFileKind::Dyad: return "dyad";
  }
  return "unknown";
}

void split_match_units(std::string_view word, std::vector<std::string>& out) {
  std::string scratch;
  units::for_each_unit(word, scratch, [&](std::string_view u) { out.emplace_back(u); });
}

// ---- Dictionary ------------------------------------------------------------------

Dictionary::Dictionary() : compiled_(std::make_unique<CompiledDictionary>()) {}
Dictionary::~Dictionary() = default;
Dictionary::Dictionary(Dictionary&&) noexcept = default;
Dictionary& Dictionary::operator=(Dictionary&&) noexcept = default;

bool Dictionary::is_compiled() const { return compiled_ && compiled_->source != nullptr; }

uint32_t Dictionary::add_actor(ActorEntry entry) {
  actors.push_back(std::move(entry));
  return static_cast<uint32_t>(actors.size() - 1);
}

void Dictionary::add_actor_phrase(uint32_t actor, std::string_view phrase, bool space_is_gap) {
  NounPhrase p;
  dict_io::phrase_units(phrase, space_is_gap, p.words, p.gap_before);
  if (p.words.empty()) return;
  p.agent = false;
  p.entry = actor;
  noun_phrases.push_back(std::move(p));
}

uint32_t Dictionary::add_agent(AgentEntry entry) {
  agents.push_back(std::move(entry));
  return static_cast<uint32_t>(agents.size() - 1);
}

void Dictionary::add_agent_phrase(uint32_t agent, std::string_view phrase, bool space_is_gap) {
  NounPhrase p;
  dict_io::phrase_units(phrase, space_is_gap, p.words, p.gap_before);
  if (p.words.empty()) return;
  p.agent = true;
  p.entry = agent;
  noun_phrases.push_back(std::move(p));
}

int Dictionary::find_synset(std::string_view name) const {
  for (size_t i = 0; i < synsets.size(); ++i) {
    if (synsets[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

void Dictionary::load_text(std::string_view text, const std::string& name, DictFileKind kind, LoadReport& report) {
  if (kind == DictFileKind::Auto) kind = guess_dict_file_kind(name, text.substr(0, 16));
  ++report.files;
  report.lines += static_cast<uint32_t>(std::count(text.begin(), text.end(), '\n'));
  switch (kind) {
    case DictFileKind::Verbs: dict_io::read_petrarch_verbs(text, name, *this, report); break;
    case DictFileKind::Actors: dict_io::read_petrarch_actors(text, name, *this, report); break;
    case DictFileKind::Agents: dict_io::read_petrarch_agents(text, name, *this, report); break;
    case DictFileKind::Discards: dict_io::read_petrarch_discards(text, name, *this, report); break;
    case DictFileKind::Issues: dict_io::read_petrarch_issues(text, name, *this, report); break;
    case DictFileKind::Ontology: dict_io::read_petrarch_ontology(text, name, report); break;
    case DictFileKind::Prepositions: dict_io::read_prepositions(text, name, report); break;
    case DictFileKind::Dyad: dict_io::read_dyad_dictionary(text, name, *this, report); break;
    case DictFileKind::Auto:
      report.note(name, "not a dictionary file Dyad recognises by name or header; skipped");
      break;
  }
}

Status Dictionary::load_file(const std::string& path, LoadReport& report, DictFileKind kind) {
  auto bytes = base::read_file(path);
  if (!bytes.ok()) return make_error(bytes.message() + " (dictionary file)");
  std::string text = std::move(*bytes);
  std::string name = fs::path(path).filename().string();
  if (kind == DictFileKind::Auto) kind = guess_dict_file_kind(path, std::string_view(text).substr(0, 16));
  if (kind == DictFileKind::Auto) {
    return make_error(path +
                      ": not a dictionary Dyad can tell the kind of: a Dyad dictionary starts with the line "
                      "'#!dyad-dictionary 1' (or is named *.dyad); a PETRARCH one has VERB, ACTOR, AGENT, "
                      "DISCARD, ISSUE, ONTOLOGY or PREPOSITION in its name");
  }
  load_text(text, name, kind, report);
  return Status::Ok();
}

Status Dictionary::load_directory(const std::string& dir, LoadReport& report) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return make_error(dir + ": not a directory");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  if (ec) return make_error(dir + ": cannot list: " + ec.message());
  std::sort(files.begin(), files.end());
  uint32_t loaded = 0;
  for (const auto& f : files) {
    std::string name = f.filename().string();
    if (name == "LICENSE" || name.rfind("README", 0) == 0 || name[0] == '.' || f.extension() == ".md") continue;
    // In a directory, a file of no known kind is passed over with a note.
    char first[16] = {};
    std::ifstream head(f, std::ios::binary);
    head.read(first, sizeof first);
    if (guess_dict_file_kind(f.string(), std::string_view(first, static_cast<size_t>(head.gcount()))) ==
        DictFileKind::Auto) {
      report.error(name, "not a dictionary of a known kind; not loaded");
      continue;
    }
    Status st = load_file(f.string(), report);
    if (!st.ok()) return st;
    ++loaded;
  }
  if (loaded == 0) return make_error(dir + ": holds no dictionary files");
  return Status::Ok();
}

// ---- Compilation -------------------------------------------------------------------

void PhraseTrie::insert(const std::vector<uint32_t>& words, const std::vector<uint8_t>& gap_before,
                        uint32_t payload) {
  uint32_t n = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    uint64_t k = key(n, words[i]);
    const uint32_t* found = edges_.find(k);
    uint32_t next;
    if (!found) {
      next = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
      edges_.insert(k, next);
    } else {
      next = *found;
    }
    if (i > 0 && i < gap_before.size() && gap_before[i]) {
      nodes_[next].gap_before = true;
      nodes_[n].has_gap_child = true;
    }
    n = next;
  }
  pending_.emplace_back(n, payload);
}

void PhraseTrie::finish() {
  std::stable_sort(pending_.begin(), pending_.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  payload_.clear();
  for (auto& node : nodes_) node.payload_begin = node.payload_end = 0;
  for (size_t i = 0; i < pending_.size();) {
    size_t j = i;
    nodes_[pending_[i].first].payload_begin = static_cast<uint32_t>(payload_.size());
    while (j < pending_.size() && pending_[j].first == pending_[i].first) payload_.push_back(pending_[j++].second);
    nodes_[pending_[i].first].payload_end = static_cast<uint32_t>(payload_.size());
    i = j;
  }
}

void Dictionary::compile() {
  auto c = std::make_unique<CompiledDictionary>();
  c->source = this;
  auto ids_of = [&](const std::vector<std::string>& ws) {
    std::vector<uint32_t> ids;
    ids.reserve(ws.size());
    for (const auto& w : ws) ids.push_back(c->words.intern(w));
    return ids;
  };
  for (uint32_t i = 0; i < noun_phrases.size(); ++i) {
    c->nouns.insert(ids_of(noun_phrases[i].words), noun_phrases[i].gap_before, i);
  }
  c->nouns.finish();
  for (uint32_t i = 0; i < issues.size(); ++i) c->issues.insert(ids_of(issues[i].words), {}, i);
  c->issues.finish();
  c->event_noun_words.resize(event_nouns.size());
  for (uint32_t i = 0; i < event_nouns.size(); ++i) {
    c->event_noun_words[i] = ids_of(event_nouns[i].words);
    if (!c->event_noun_words[i].empty()) c->event_nouns_by_last[c->event_noun_words[i].back()].push_back(i);
  }

  c->verb_words.resize(verbs.size());
  for (uint32_t v = 0; v < verbs.size(); ++v) {
    const VerbEntry& e = verbs[v];
    c->verb_words[v] = ids_of(e.words);
    for (const auto& f : e.forms) {
      auto& list = c->verbs_by_form[c->words.intern(f)];
      if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(v);
    }
    if (!e.forms.empty()) c->verbs_by_base[c->words.intern(e.forms[0])].push_back(v);
    if (e.head > 0) c->verbs_by_first_word[c->verb_words[v][0]].push_back(v);
    std::string joined;
    for (const auto& w : e.words) joined += (joined.empty() ? "" : "_") + w;
    c->block_of_verb_name.emplace(joined, e.block);
  }
  for (uint32_t b = 0; b < verb_blocks.size(); ++b) {
    std::string n = base::ascii_upper(verb_blocks[b].name);
    c->block_of_verb_name.emplace(n, b);
  }

  c->synset_phrases.resize(synsets.size());
  for (size_t s = 0; s < synsets.size(); ++s) {
    for (const auto& p : synsets[s].phrases) {
      auto ids = ids_of(p);
      uint32_t idx = static_cast<uint32_t>(c->synset_phrases[s].size());
      for (auto* index : {&c->synset_by_first, &c->synset_by_last}) {
        uint64_t key = (uint64_t(s) << 32) | (index == &c->synset_by_first ? ids.front() : ids.back());
        uint32_t list = index->insert(key, static_cast<uint32_t>(c->synset_lists.size()));
        if (list == c->synset_lists.size()) c->synset_lists.emplace_back();
        c->synset_lists[list].push_back(idx);
      }
      c->synset_phrases[s].push_back(std::move(ids));
    }
  }

  c->block_patterns.resize(verb_blocks.size());
  for (uint32_t b = 0; b < verb_blocks.size(); ++b) {
    auto& out = c->block_patterns[b];
    const auto& pats = verb_blocks[b].patterns;
    for (uint32_t i = 0; i < pats.size(); ++i) {
      CompiledPattern cp;
      cp.before = pats[i].before;
      cp.after = pats[i].after;
      cp.block = b;
      cp.index = i;
      for (auto* side : {&cp.before, &cp.after}) {
        for (auto& el : *side) {
          if (el.kind == PatternElementKind::Word) {
            el.id = c->words.intern(el.word);
            cp.required.push_back(el.id);
          }
          if (el.kind == PatternElementKind::Synset) {
            int s = find_synset(el.word);
            el.id = s < 0 ? 0 : static_cast<uint32_t>(s);
          }
        }
      }
      out.push_back(std::move(cp));
    }
    std::stable_sort(out.begin(), out.end(), [&](const CompiledPattern& x, const CompiledPattern& y) {
      return pats[x.index].length() > pats[y.index].length();
    });
  }

  c->discard_words.resize(discards.size());
  for (uint32_t d = 0; d < discards.size(); ++d) {
    const auto& e = discards[d];
    if (e.words.empty()) continue;
    c->discard_words[d] = ids_of(e.words);
    if (e.words.size() == 1 && !e.exact) {
      c->discard_stems[e.words[0]].push_back(d);
      c->min_stem_length = std::min(c->min_stem_length, e.words[0].size());
      c->discard_stems_by_prefix[CompiledDictionary::prefix_key(e.words[0])].push_back(d);
    } else {
      c->discards_by_first[c->discard_words[d][0]].push_back(d);
    }
  }
  compiled_ = std::move(c);
}

std::string find_dictionary_dir() { return base::find_data_dir("dictionaries", "DYAD_DICT_DIR", ""); }

namespace dict_io {
const lang::Inflection& inflection_of(const Dictionary& dict) {
  return (dict.language ? *dict.language : lang::english()).inflection;
}
}  // namespace dict_io

}  // namespace dyad
