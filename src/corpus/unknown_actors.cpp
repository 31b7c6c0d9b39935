// UnknownActorFinder: named entities the dictionary does not cover, with votes for a
// country and a role (see dyad/unknown_actors.hpp for the rules), and their writers.
//
// This file is the second half of the finder: what happens to mentions once a
// sentence has given them (corpus::MentionFinder, unknown_actor_mentions.cpp, reads
// the sentences). Mentions wait until the document ends, so that one-word short forms
// can be joined to the full name and the document's most mentioned country can vote;
// then they are folded into per-entity totals keyed by the upper-case words, one vote
// per value and kind per mention. results() ranks the entities and picks each one's
// name, aliases and code from those totals.
#include "dyad/unknown_actors.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <ostream>
#include <tuple>
#include <unordered_map>

#include "base/json.hpp"
#include "corpus/unknown_actor_mentions.hpp"
#include "lang/language.hpp"

namespace dyad {

namespace {

using corpus::Mention;
using corpus::Vote;
using corpus::upper;

struct VoteTotal {
  double weight = 0;
  uint32_t mentions = 0;
  std::string why;     // of the first vote
  uint64_t order = 0;  // first seen, for ties
  bool before = false;
};

struct Entity {
  std::map<std::string, uint64_t> spellings;
  std::map<std::string, uint64_t> aliases;
  uint64_t mentions = 0, documents = 0;
  uint64_t last_doc = UINT64_MAX;
  std::map<std::string, VoteTotal> countries, roles;
  std::vector<UnknownActorExample> examples;
};

}  // namespace

struct UnknownActorFinder::State {
  State(const Dictionary& dict, const UnknownActorOptions& options)
      : opt(options), finder(dict, (options.language ? *options.language : lang::english()).names, options) {}

  UnknownActorOptions opt;
  corpus::MentionFinder finder;
  std::unordered_map<std::string, uint32_t> index;  // key -> entities / keys
  std::vector<std::string> keys;
  std::vector<Entity> entities;
  uint64_t docs = 0, sentences = 0, vote_order = 0;
  // The current document.
  std::string doc_id;
  Date date;
  bool open = false;
  uint32_t doc_sentences = 0;
  std::vector<Mention> mentions;
  corpus::DocumentCountries doc_countries;

  void finish_document();
  void drop_closing_sign_off();
  std::vector<std::string> join_short_forms();
  void count_mention(Mention& m, const std::string& alias, const std::string& top_country);
};

UnknownActorFinder::UnknownActorFinder(const Dictionary& dict, UnknownActorOptions options)
    : st_(std::make_unique<State>(dict, options)) {}
UnknownActorFinder::~UnknownActorFinder() = default;
UnknownActorFinder::UnknownActorFinder(UnknownActorFinder&&) noexcept = default;
UnknownActorFinder& UnknownActorFinder::operator=(UnknownActorFinder&&) noexcept = default;

void UnknownActorFinder::begin_document(std::string_view doc_id, Date date) {
  if (st_->open) end_document();
  st_->open = true;
  st_->doc_id = std::string(doc_id);
  st_->date = date;
  st_->mentions.clear();
  st_->doc_sentences = 0;
  st_->doc_countries.clear();
}

void UnknownActorFinder::add_sentence(const DepGraph& graph) {
  if (!st_->open) begin_document("", Date());
  ++st_->sentences;
  st_->finder.add_sentence(graph, st_->date, st_->doc_sentences, st_->doc_countries, st_->mentions);
  ++st_->doc_sentences;
}

void UnknownActorFinder::end_document() {
  if (!st_->open) return;
  st_->finish_document();
  st_->open = false;
  ++st_->docs;
}

uint64_t UnknownActorFinder::documents() const { return st_->docs; }
uint64_t UnknownActorFinder::sentences() const { return st_->sentences; }

void UnknownActorFinder::State::finish_document() {
  drop_closing_sign_off();
  const std::vector<std::string> alias_of = join_short_forms();
  const std::string top_country = doc_countries.most_named();
  for (size_t i = 0; i < mentions.size(); ++i) count_mention(mentions[i], alias_of[i], top_country);
  mentions.clear();
}

// A one-word name closing the document with no full stop is a sign-off ("Reuter").
void UnknownActorFinder::State::drop_closing_sign_off() {
  if (!mentions.empty() && mentions.back().words == 1 && mentions.back().closes_sentence &&
      mentions.back().sentence + 1 == doc_sentences) {
    mentions.pop_back();
  }
}

// One-word mentions that are the last (else the first) word of exactly one longer
// entity of the document are that entity: their key becomes its key. Returns, for
// each mention, its spelling if it was joined so ("Wang" for "Wang Yi"), else "".
std::vector<std::string> UnknownActorFinder::State::join_short_forms() {
  std::unordered_map<std::string, std::vector<size_t>> by_last, by_first;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].words < 2) continue;
    by_last[mentions[i].last_word].push_back(i);
    by_first[mentions[i].first_word].push_back(i);
  }
  auto unique_target = [&](const std::vector<size_t>& cands) -> std::string {
    std::string key;
    for (size_t c : cands) {
      if (key.empty()) key = mentions[c].key;
      else if (mentions[c].key != key) return "";
    }
    return key;
  };
  std::vector<std::string> alias_of(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (mentions[i].words != 1) continue;
    std::string target;
    if (auto it = by_last.find(mentions[i].key); it != by_last.end()) target = unique_target(it->second);
    if (target.empty()) {
      if (auto it = by_first.find(mentions[i].key); it != by_first.end()) target = unique_target(it->second);
    }
    if (!target.empty()) {
      alias_of[i] = mentions[i].surface;
      mentions[i].key = target;
    }
  }
  return alias_of;
}

// Folds mention `m` into its entity: its spelling (or `alias`), its example, and its
// votes plus the document's vote for `top_country` -- one per value and kind, the
// heaviest.
void UnknownActorFinder::State::count_mention(Mention& m, const std::string& alias, const std::string& top_country) {
  auto [it, fresh] = index.emplace(m.key, static_cast<uint32_t>(entities.size()));
  if (fresh) {
    entities.emplace_back();
    keys.push_back(m.key);
  }
  Entity& e = entities[it->second];
  ++e.mentions;
  if (e.last_doc != docs) {
    e.last_doc = docs;
    ++e.documents;
  }
  if (alias.empty()) ++e.spellings[m.surface];
  else ++e.aliases[alias];
  if (!top_country.empty()) m.votes.push_back({false, top_country, 0.5, "document", false});
  std::sort(m.votes.begin(), m.votes.end(), [](const Vote& a, const Vote& b) {
    return std::tie(a.role, a.value) < std::tie(b.role, b.value) ||
           (a.role == b.role && a.value == b.value && a.weight > b.weight);
  });
  for (size_t v = 0; v < m.votes.size(); ++v) {
    if (v > 0 && m.votes[v].role == m.votes[v - 1].role && m.votes[v].value == m.votes[v - 1].value) continue;
    VoteTotal& tot = (m.votes[v].role ? e.roles : e.countries)[m.votes[v].value];
    if (tot.mentions == 0) {
      tot.order = vote_order++;
      tot.why = m.votes[v].why;
      tot.before = m.votes[v].before;
    }
    tot.weight += m.votes[v].weight;
    ++tot.mentions;
  }
  if (e.examples.size() < opt.max_examples &&
      std::none_of(e.examples.begin(), e.examples.end(), [&](const auto& x) { return x.text == m.example; })) {
    e.examples.push_back({doc_id, m.example});
  }
}

namespace {

// The entity's most frequent spelling, the first in byte order among equals; its key
// when it has only aliases.
const std::string& most_written(const Entity& e, const std::string& key) {
  const std::string* best = &key;
  uint64_t n = 0;
  for (const auto& [s, c] : e.spellings) {
    if (c > n) {
      n = c;
      best = &s;
    }
  }
  return *best;
}

// Aliases that stand for a tenth of the mentions (a stray "Paul" or "YORK" does not),
// one spelling each (case variants folded), none the name itself.
std::vector<std::string> frequent_aliases(const Entity& e, const std::string& name) {
  std::vector<std::string> aliases;
  for (const auto& [s, c] : e.aliases) {
    if (upper(s) != upper(name) && c * 10 >= e.mentions) aliases.push_back(s);
  }
  std::sort(aliases.begin(), aliases.end(), [](const std::string& x, const std::string& y) { return upper(x) < upper(y); });
  aliases.erase(std::unique(aliases.begin(), aliases.end(),
                            [](const std::string& x, const std::string& y) { return upper(x) == upper(y); }),
                aliases.end());
  return aliases;
}

// Heaviest first, the first seen among equals.
std::vector<UnknownActorVote> ranked_votes(const std::map<std::string, VoteTotal>& votes) {
  std::vector<std::pair<const std::string*, const VoteTotal*>> v;
  for (const auto& [k, t] : votes) v.emplace_back(&k, &t);
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    if (a.second->weight != b.second->weight) return a.second->weight > b.second->weight;
    return a.second->order < b.second->order;
  });
  std::vector<UnknownActorVote> out;
  for (const auto& [k, t] : v) out.push_back({*k, t->weight, t->mentions, t->why});
  return out;
}

}  // namespace

std::vector<UnknownActor> UnknownActorFinder::results(uint64_t min_mentions, size_t limit) const {
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < st_->entities.size(); ++i) {
    if (st_->entities[i].mentions >= min_mentions) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Entity& x = st_->entities[a];
    const Entity& y = st_->entities[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    if (x.documents != y.documents) return x.documents > y.documents;
    return st_->keys[a] < st_->keys[b];
  });
  if (limit > 0 && order.size() > limit) order.resize(limit);
  std::vector<UnknownActor> out;
  for (uint32_t i : order) {
    const Entity& e = st_->entities[i];
    UnknownActor a;
    a.name = most_written(e, st_->keys[i]);
    a.aliases = frequent_aliases(e, a.name);
    a.mentions = e.mentions;
    a.documents = e.documents;
    a.country_votes = ranked_votes(e.countries);
    a.role_votes = ranked_votes(e.roles);
    if (!a.country_votes.empty()) a.country = a.country_votes.front().value;
    // A role needs support from a tenth of the mentions: one "government" near "New
    // York" in forty mentions says nothing about New York.
    if (!a.role_votes.empty() && a.role_votes.front().mentions * 10 >= a.mentions) {
      a.role = a.role_votes.front().value;
      if (e.roles.at(a.role).before) a.role += "~";
    }
    a.examples = e.examples;
    out.push_back(std::move(a));
  }
  return out;
}

std::string UnknownActor::code() const {
  std::string c = country.empty() ? "---" : country;
  if (role.empty()) return c;
  if (role.back() == '~') return role.substr(0, role.size() - 1) + c;
  // A role already in the code (an actor coded "USAGOV") is not added twice.
  for (size_t i = 3; i + role.size() <= c.size(); i += 3) {
    if (c.compare(i, role.size(), role) == 0) return c;
  }
  return c + role;
}

std::string UnknownActor::dictionary_line() const {
  std::string line = "actor " + code() + " = " + name;
  for (const auto& a : aliases) line += "; " + a;
  return line;
}

bool parse_unknown_actor_format(std::string_view name, UnknownActorFormat& out) {
  if (name == "tsv") out = UnknownActorFormat::Tsv;
  else if (name == "jsonl") out = UnknownActorFormat::Jsonl;
  else if (name == "dyad") out = UnknownActorFormat::Dyad;
  else return false;
  return true;
}

namespace {

// "CHN 3.5 (Chinese), JPN 1.0 (sentence)": the first `max` votes.
std::string votes_text(const std::vector<UnknownActorVote>& votes, size_t max = 3) {
  std::string s;
  char buf[32];
  for (size_t i = 0; i < votes.size() && i < max; ++i) {
    std::snprintf(buf, sizeof buf, "%.1f", votes[i].weight);
    if (!s.empty()) s += ", ";
    s += votes[i].value + " " + buf + " (" + votes[i].why + ")";
  }
  return s;
}

std::string no_tabs(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

void append_votes_json(std::string& o, const std::vector<UnknownActorVote>& votes) {
  o += '[';
  char buf[64];
  for (size_t i = 0; i < votes.size(); ++i) {
    if (i) o += ',';
    o += "{\"value\":";
    base::append_json_string(o, votes[i].value);
    std::snprintf(buf, sizeof buf, ",\"weight\":%.2f,\"mentions\":%u,\"why\":", votes[i].weight, votes[i].mentions);
    o += buf;
    base::append_json_string(o, votes[i].why);
    o += '}';
  }
  o += ']';
}

void append_tsv(std::string& o, const std::vector<UnknownActor>& actors, bool header) {
  if (header) o += "name\tcode\tmentions\tdocuments\taliases\tcountry_evidence\trole_evidence\texamples\n";
  for (const auto& a : actors) {
    o += no_tabs(a.name) + '\t' + a.code() + '\t' + std::to_string(a.mentions) + '\t' + std::to_string(a.documents) + '\t';
    for (size_t i = 0; i < a.aliases.size(); ++i) o += (i ? ";" : "") + no_tabs(a.aliases[i]);
    o += '\t' + no_tabs(votes_text(a.country_votes)) + '\t' + no_tabs(votes_text(a.role_votes)) + '\t';
    for (size_t i = 0; i < a.examples.size(); ++i) o += (i ? " | " : "") + no_tabs(a.examples[i].text);
    o += '\n';
  }
}

void append_jsonl(std::string& o, const std::vector<UnknownActor>& actors) {
  for (const auto& a : actors) {
    o += "{\"name\":";
    base::append_json_string(o, a.name);
    o += ",\"aliases\":[";
    for (size_t i = 0; i < a.aliases.size(); ++i) {
      if (i) o += ',';
      base::append_json_string(o, a.aliases[i]);
    }
    o += "],\"mentions\":" + std::to_string(a.mentions) + ",\"documents\":" + std::to_string(a.documents);
    o += ",\"code\":";
    base::append_json_string(o, a.code());
    o += ",\"country\":";
    base::append_json_string(o, a.country);
    o += ",\"role\":";
    base::append_json_string(o, a.role);
    o += ",\"country_votes\":";
    append_votes_json(o, a.country_votes);
    o += ",\"role_votes\":";
    append_votes_json(o, a.role_votes);
    o += ",\"examples\":[";
    for (size_t i = 0; i < a.examples.size(); ++i) {
      if (i) o += ',';
      o += "{\"doc_id\":";
      base::append_json_string(o, a.examples[i].doc_id);
      o += ",\"text\":";
      base::append_json_string(o, a.examples[i].text);
      o += '}';
    }
    o += "],\"dictionary_line\":";
    base::append_json_string(o, a.dictionary_line());
    o += "}\n";
  }
}

void append_dyad(std::string& o, const std::vector<UnknownActor>& actors) {
  o += "#!dyad-dictionary 1\n";
  o += "# Actors no dictionary entry matched (dyad actors --unknown), most mentioned first.\n";
  o += "# Suggested codes come from context: check each before use. Lines without a\n";
  o += "# country are commented out.\n";
  for (const auto& a : actors) {
    o += "\n# " + a.name + ": " + std::to_string(a.mentions) + (a.mentions == 1 ? " mention in " : " mentions in ") +
         std::to_string(a.documents) + (a.documents == 1 ? " document\n" : " documents\n");
    if (!a.country_votes.empty()) o += "#   country: " + votes_text(a.country_votes) + '\n';
    if (!a.role_votes.empty()) o += "#   role: " + votes_text(a.role_votes) + '\n';
    for (const auto& ex : a.examples) o += "#   \"" + no_tabs(ex.text) + "\" (" + ex.doc_id + ")\n";
    o += (a.country.empty() ? "# " : "") + a.dictionary_line() + '\n';
  }
}

}  // namespace

void write_unknown_actors(std::ostream& out, const std::vector<UnknownActor>& actors, UnknownActorFormat format,
                          bool header) {
  std::string o;
  if (format == UnknownActorFormat::Tsv) append_tsv(o, actors, header);
  else if (format == UnknownActorFormat::Jsonl) append_jsonl(o, actors);
  else append_dyad(o, actors);
  out << o;
}

}  // namespace dyad
