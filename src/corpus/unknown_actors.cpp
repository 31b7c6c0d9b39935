// UnknownActorFinder: named entities the dictionary does not cover, with votes for a
// country and a role (see dyad/unknown_actors.hpp for the rules).
//
// Per sentence: the dictionary's actor and agent phrases are matched once
// (Dictionary::match_phrases); runs of proper nouns are cut where no dependency edge
// holds them together, split at agent words and titles, and what is left and not
// wholly an actor phrase is a mention. Its evidence is read from its noun phrase --
// the words that climb to the same head through compound/flat/amod/det/nummod/
// nmod:poss, like the coder's chunks -- plus appositions and their "of" modifiers.
// Mentions wait until the document ends, so that one-word short forms can be joined
// to the full name and the document's most mentioned actor can vote; then they are
// folded into per-entity totals keyed by the upper-case words.
#include "dyad/unknown_actors.hpp"
#include "base/json.hpp"
#include "cameo/actor_codes.hpp"
#include "base/strings.hpp"
#include "lang/language.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <map>
#include <tuple>
#include <ostream>
#include <unordered_map>
#include <unordered_set>

#include "dyad/output.hpp"

namespace dyad {

namespace {

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// "Gen." -> "gen", "Corp" -> "corp".
std::string lower_without_full_stop(std::string_view w) {
  std::string l = base::ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  return l;
}

// The finder's questions about single words, answered from a language's name words.
// Particles and the joining words are compared as written ("Of" is not a particle);
// the rest lower-cased, and titles, organisation suffixes and non-names also without
// a trailing full stop ("Gen.", "Corp.", "Sept.").
class NameLexicon {
 public:
  explicit NameLexicon(const lang::NameWords& words) : words_(words) {}

  bool particle(std::string_view w) const { return lang::in(w, words_.name_particles); }
  bool not_a_name(std::string_view w) const { return lang::in(lower_without_full_stop(w), words_.not_names); }
  // Roles: "" for a word that suggests none ("Mr."), nullptr for a word that is not one.
  const std::string_view* title_role(std::string_view w) const {
    return lang::code_of(lower_without_full_stop(w), words_.titles);
  }
  const std::string_view* office_role(std::string_view w) const {
    return lang::code_of(base::ascii_lower(w), words_.offices);
  }
  const std::string_view* organisation_suffix_role(std::string_view w) const {
    return lang::code_of(lower_without_full_stop(w), words_.organisation_suffixes);
  }
  bool portfolio(std::string_view w) const { return lang::in(base::ascii_lower(w), words_.portfolios); }
  bool name_part(std::string_view w) const { return lang::in(base::ascii_lower(w), words_.name_parts); }
  bool organisation_word(std::string_view w) const {
    return organisation_suffix_role(w) != nullptr || lang::in(base::ascii_lower(w), words_.organisation_words);
  }
  bool versus(std::string_view w) const { return lang::in(w, words_.versus); }
  bool name_conjunction(std::string_view w) const { return lang::in(w, words_.name_conjunctions); }
  bool name_possessive(std::string_view w) const { return lang::in(w, words_.name_possessives); }
  bool noun_phrase_possessive(std::string_view w) const { return lang::in(w, words_.noun_phrase_possessives); }

 private:
  const lang::NameWords& words_;
};

bool starts_upper(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool has_letter(std::string_view w) {
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (std::isalpha(c) || c >= 0x80) return true;
  }
  return false;
}

// A headline set in capitals ("BAHIA COCOA REVIEW"): most words of two or more
// letters are all capitals.
bool all_caps_sentence(const DepGraph& g) {
  uint32_t words = 0, caps = 0;
  for (const auto& w : g.words) {
    uint32_t letters = 0, uppers = 0;
    for (char ch : w.form) {
      unsigned char c = static_cast<unsigned char>(ch);
      if (std::isalpha(c)) {
        ++letters;
        if (std::isupper(c)) ++uppers;
      }
    }
    if (letters < 2) continue;
    ++words;
    if (uppers == letters) ++caps;
  }
  return words >= 2 && caps * 10 > words * 6;
}

// Splits an actor code into a base (country or organisation) and a role:
// "USAGOV" -> USA + GOV, "CHN" -> CHN, "IGOWSTNAT" -> IGOWSTNAT.
// Returns whether the base is a country (the only kind of base that a sentence or a
// document vote may suggest: being mentioned near the UN makes no one a UN official).
bool split_code(std::string_view code, std::string& base, std::string& role) {
  size_t slash = code.find('/');
  if (slash != std::string_view::npos) code = code.substr(0, slash);
  base.clear();
  role.clear();
  if (code.empty() || code == "---") return false;
  const bool country = cameo::is_country_code(code);
  if (country && code.size() > 3) {
    base = std::string(code.substr(0, 3));
    role = std::string(code.substr(3, 3));
  } else {
    base = std::string(code);
  }
  return country;
}

struct Vote {
  bool role = false;
  std::string value;
  double weight = 0;
  std::string why;
  bool before = false;  // a role placed before the country ("NGO~")
};

struct Mention {
  std::string key;      // upper-case words
  std::string surface;  // as written
  uint32_t words = 0;
  std::string first_word, last_word;  // keys
  uint32_t sentence = 0;      // index in the document
  bool closes_sentence = false;  // nothing follows, not even a full stop
  std::vector<Vote> votes;
  std::string example;
};

struct VoteTotal {
  double weight = 0;
  uint32_t mentions = 0;
  std::string why;
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

// Cuts `text` to about `max` bytes around [b, e), at spaces, marking cuts with "...".
std::string cut_example(std::string_view text, size_t b, size_t e, size_t max) {
  std::string flat;
  flat.reserve(text.size());
  for (char ch : text) flat.push_back(ch == '\n' || ch == '\t' || ch == '\r' ? ' ' : ch);
  if (flat.size() <= max) return flat;
  size_t len = e > b ? e - b : 0;
  size_t room = max > len ? (max - len) : 0;
  size_t from = b > room / 2 ? b - room / 2 : 0;
  size_t to = std::min(flat.size(), from + std::max(max, len));
  if (to == flat.size() && to > max) from = std::min(from, to - std::max(max, len));
  // Move inwards to spaces so that no word (or UTF-8 sequence) is cut.
  if (from > 0) {
    size_t sp = flat.find(' ', from);
    if (sp != std::string::npos && sp < b) from = sp + 1;
  }
  if (to < flat.size()) {
    size_t sp = flat.rfind(' ', to);
    if (sp != std::string::npos && sp >= e) to = sp;
  }
  std::string out;
  if (from > 0) out += "... ";
  out += flat.substr(from, to - from);
  if (to < flat.size()) out += " ...";
  return out;
}

}  // namespace

struct UnknownActorFinder::State {
  const Dictionary* dict = nullptr;
  UnknownActorOptions opt;
  const lang::NameWords* names = nullptr;
  std::unordered_map<std::string, uint32_t> index;
  std::vector<std::string> keys;
  std::vector<Entity> entities;
  uint64_t docs = 0, sentences = 0, vote_order = 0;
  // The current document.
  std::string doc_id;
  Date date;
  bool open = false;
  uint32_t doc_sentences = 0;
  std::vector<Mention> mentions;
  std::map<std::string, uint32_t> doc_countries;
  std::vector<std::string> doc_country_order;

  void sentence(const DepGraph& g);
  void finish_document();
};

UnknownActorFinder::UnknownActorFinder(const Dictionary& dict, UnknownActorOptions options)
    : st_(std::make_unique<State>()) {
  st_->dict = &dict;
  st_->opt = options;
  st_->names = &(options.language ? *options.language : lang::english()).names;
}
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
  st_->doc_country_order.clear();
}

void UnknownActorFinder::add_sentence(const DepGraph& graph) {
  if (!st_->open) begin_document("", Date());
  ++st_->sentences;
  st_->sentence(graph);
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

void UnknownActorFinder::State::sentence(const DepGraph& g) {
  const uint32_t n = static_cast<uint32_t>(g.words.size());
  if (n == 0) return;
  const NameLexicon lexicon(*names);
  std::vector<std::string_view> forms(n);
  for (uint32_t i = 0; i < n; ++i) forms[i] = g.words[i].form;
  std::vector<PhraseMatch> matches = dict->match_phrases(forms);
  // Which match covers each word, and the actors of the sentence (for the document).
  std::vector<int32_t> match_of(n, -1);
  std::vector<std::string> base_of(matches.size()), role_of(matches.size());
  std::vector<uint8_t> country_of(matches.size(), 0);
  for (size_t m = 0; m < matches.size(); ++m) {
    for (uint32_t t = matches[m].begin; t < matches[m].end; ++t) match_of[t] = static_cast<int32_t>(m);
    if (!matches[m].agent) {
      country_of[m] = split_code(dict->actors[matches[m].entry].code_on(date), base_of[m], role_of[m]);
      if (country_of[m]) {
        if (doc_countries[base_of[m]]++ == 0) doc_country_order.push_back(base_of[m]);
      }
    }
  }
  // Headlines in capitals, and sign-offs or datelines of one or two words ("Reuter").
  if (all_caps_sentence(g)) return;
  uint32_t content = 0;
  for (const auto& w : g.words) content += w.upos != UPos::Punct && has_letter(w.form);
  if (content <= 2) return;
  // Tables and market reports ("Shr 1.20 dlrs vs 1.05 dlrs"): many words with digits,
  // or "vs" and a number. Headlines in title case ("China Accuses Alliance Of
  // Meddling"): most words that are not names capitalised.
  uint32_t digits = 0, tokens = 0, common = 0, capitalised = 0;
  bool versus = false;
  for (uint32_t i = 0; i < n; ++i) {
    const DepWord& w = g.words[i];
    if (w.upos == UPos::Punct) continue;
    ++tokens;
    if (std::any_of(w.form.begin(), w.form.end(), [](char c) { return c >= '0' && c <= '9'; })) ++digits;
    versus |= lexicon.versus(w.form);
    if (i > 0 && w.form.size() >= 3 && has_letter(w.form) && w.upos != UPos::Propn && w.upos != UPos::Adj) {
      ++common;
      capitalised += starts_upper(w.form);
    }
  }
  if ((digits >= 2 && digits * 3 >= tokens) || (versus && (digits > 0 || tokens <= 10))) return;
  if (common >= 3 && capitalised * 10 >= common * 7) return;

  // Byte offsets of the words in the sentence text (for spellings and examples). When
  // the text does not hold the words (a graph built without it), the words joined by
  // spaces stand for it.
  std::string joined;
  for (uint32_t i = 0; i < n; ++i) joined += (i ? " " : "") + g.words[i].form;
  const std::string* text = &g.text;
  std::vector<size_t> wb(n), we(n);
  for (int attempt = 0; attempt < 2; ++attempt) {
    bool found = true;
    size_t pos = 0;
    for (uint32_t i = 0; i < n; ++i) {
      size_t f = text->find(g.words[i].form, pos);
      if (f == std::string::npos) {
        found = false;
        f = pos;
      }
      wb[i] = f;
      we[i] = std::min(text->size(), f + g.words[i].form.size());
      pos = we[i];
    }
    if (found) break;
    text = &joined;
  }
  auto words_text = [&](uint32_t b, uint32_t e) {
    std::string s = text->substr(wb[b], we[e - 1] - wb[b]);
    std::string out;
    for (char ch : s) {
      bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
      if (space && (out.empty() || out.back() == ' ')) continue;
      out.push_back(space ? ' ' : ch);
    }
    return out;
  };
  auto match_text = [&](size_t m) { return words_text(matches[m].begin, matches[m].end); };

  // Noun-phrase heads, as the coder groups words.
  std::vector<int32_t> chunk(n);
  const bool parsed = g.has_parse();
  for (uint32_t t = 0; t < n; ++t) {
    int32_t x = static_cast<int32_t>(t);
    for (uint32_t steps = 0; parsed && steps <= n; ++steps) {
      const DepWord& w = g.words[x];
      bool climb = w.head >= 0 && (w.rel == Rel::Compound || w.rel == Rel::Flat || w.rel == Rel::Amod ||
                                   w.rel == Rel::Det || w.rel == Rel::Nummod || w.rel == Rel::NmodPoss ||
                                   w.rel == Rel::Fixed || w.rel == Rel::Goeswith ||
                                   (w.rel == Rel::Case && lexicon.noun_phrase_possessive(w.form)));
      if (!climb) break;
      x = w.head;
    }
    chunk[t] = x;
  }

  auto is_propn = [&](uint32_t t) {
    const std::string& f = g.words[t].form;
    return g.words[t].upos == UPos::Propn && starts_upper(f) && has_letter(f) &&
           f.find_first_of(";#=\"") == std::string::npos;
  };
  // Capitalised adjectives and nouns inside a name ("New York", "American Express",
  // "Standard Oil Co"), except as the sentence's first word.
  auto is_capitalised = [&](uint32_t t) {
    const std::string& f = g.words[t].form;
    UPos u = g.words[t].upos;
    return t > 0 && (u == UPos::Adj || u == UPos::Noun) && !f.empty() && f[0] >= 'A' && f[0] <= 'Z' &&
           f.find_first_of(";#=\"") == std::string::npos;
  };
  auto is_member = [&](uint32_t t) { return is_propn(t) || is_capitalised(t); };
  uint32_t t = 0;
  while (t < n) {
    if (!is_member(t)) {
      ++t;
      continue;
    }
    // The run: proper nouns and capitalised words, with particles between two of them,
    // ending on a proper noun.
    // "and" and "'s" join a name only where the parse puts them inside it: the
    // conjunct's head, or the possessor's owner, is a later word of the name
    // ("Securities and Exchange Commission", "Moody's Investors Service"), not
    // "Britain and France" or "Japan's Mitsubishi Corp".
    uint32_t tentative = 0;  // an "and" that holds only if the name ends as an organisation's
    auto joins = [&](uint32_t j, uint32_t rb) {
      if (!parsed || j + 1 >= n || !is_member(j + 1)) return false;
      const std::string& f = g.words[j].form;
      if (lexicon.name_conjunction(f)) {
        const DepWord& c = g.words[j + 1];
        if (c.rel == Rel::Conj && c.head >= static_cast<int32_t>(rb) && c.head < static_cast<int32_t>(j)) {
          int32_t owner = g.words[c.head].head;
          if (owner > static_cast<int32_t>(j + 1) && is_member(static_cast<uint32_t>(owner))) return true;
        }
        // Capitalised common nouns before it, an organisation word at the end (checked
        // below): "Securities and Exchange Commission" however it was parsed.
        for (uint32_t k = rb; k < j; ++k) {
          if (g.words[k].upos == UPos::Propn) return false;
        }
        if (tentative == 0) tentative = j;
        return true;
      }
      if (lexicon.name_possessive(f)) {
        const DepWord& p = g.words[j - 1];
        return p.rel == Rel::NmodPoss && p.head > static_cast<int32_t>(j) && is_member(static_cast<uint32_t>(p.head)) &&
               match_of[j - 1] < 0;
      }
      return false;
    };
    uint32_t rb = t, re = t + 1;
    while (re < n) {
      if (is_member(re)) {
        ++re;
      } else if ((lexicon.particle(g.words[re].form) && re + 1 < n && is_member(re + 1)) || joins(re, rb)) {
        re += 2;
      } else {
        break;
      }
    }
    t = re;
    while (re > rb && !is_propn(re - 1)) --re;
    if (tentative > 0 && !(re > tentative && lexicon.organisation_word(g.words[re - 1].form))) {
      re = tentative;
      t = tentative + 1;
      while (re > rb && !is_propn(re - 1)) --re;
    }
    if (re == rb) continue;
    // A sign-off after the last full stop ("... in March. Reuter") is not a mention.
    if (re == n && rb > 0 && (g.words[rb - 1].form == "." || g.words[rb - 1].form == "!" || g.words[rb - 1].form == "?")) {
      continue;
    }
    // An organisation's name may hold role words ("First Union Corp", "General Binding Corp").
    // But a portfolio and an agent word are an office ("Finance Ministry").
    const bool organisation = re - rb > 1 && lexicon.organisation_word(g.words[re - 1].form) &&
                              !(match_of[re - 1] >= 0 && matches[match_of[re - 1]].agent &&
                                lexicon.portfolio(g.words[re - 2].form));
    // Cut points: between k-1 and k unless a dependency edge inside the run crosses.
    std::vector<uint8_t> held(re - rb + 1, parsed ? 0 : 1);
    if (parsed) {
      for (uint32_t a = rb; a < re; ++a) {
        int32_t h = g.words[a].head;
        if (h < static_cast<int32_t>(rb) || h >= static_cast<int32_t>(re)) continue;
        uint32_t lo = std::min<uint32_t>(a, h), hi = std::max<uint32_t>(a, h);
        for (uint32_t k = lo + 1; k <= hi; ++k) held[k - rb] = 1;
      }
    }
    // Pieces: split at cuts, agent words, titles and non-names; strip edge particles.
    // Roles of the run's office words and agents (for the names after them: "New York
    // Governor Mario Cuomo"), and countries of actor phrases overlapping it (for all).
    std::vector<Vote> run_roles;
    std::vector<uint32_t> run_role_at;
    std::vector<std::pair<uint32_t, uint32_t>> pieces;
    uint32_t pb = rb;
    // `before_office`: the piece ends at an office or agent word, so its trailing
    // portfolio words are the office's ("Finance" of "Finance Minister"). Outside an
    // organisation's name, leading ones are an office's too ("Chancellor of the
    // Exchequer Nigel Lawson").
    auto close_piece = [&](uint32_t pe, bool before_office = false) {
      while (pb < pe && (lexicon.particle(g.words[pb].form) || !is_member(pb) ||
                         (!organisation && pb + 1 < pe && lexicon.portfolio(g.words[pb].form)))) {
        ++pb;
      }
      while (pe > pb && before_office && lexicon.portfolio(g.words[pe - 1].form)) --pe;
      while (pe > pb && (lexicon.particle(g.words[pe - 1].form) || !is_member(pe - 1))) --pe;
      if (pe > pb && std::any_of(g.words.begin() + pb, g.words.begin() + pe,
                                 [](const DepWord& w) { return w.upos == UPos::Propn; })) {
        pieces.emplace_back(pb, pe);
      }
    };
    for (uint32_t k = rb; k < re; ++k) {
      if (k > rb && !held[k - rb]) {
        close_piece(k);
        pb = k;
      }
      int32_t m = match_of[k];
      const std::string_view* title = lexicon.title_role(g.words[k].form);
      const std::string_view* office = organisation ? nullptr : lexicon.office_role(g.words[k].form);
      bool agent = m >= 0 && matches[m].agent && !organisation;
      // An actor phrase reaching outside the run ("European Union" with "European" an
      // adjective) is no part of a name; it says where the name belongs.
      bool outer_actor = m >= 0 && !agent && (matches[m].begin < rb || matches[m].end > re);
      if (outer_actor) {
        if (k == std::max(rb, matches[m].begin) && !base_of[m].empty()) {
          run_roles.push_back({false, base_of[m], 3.0, match_text(m), false});
          run_role_at.push_back(k);
        }
        close_piece(k);
        pb = k + 1;
        continue;
      }
      if (agent || office || (title && k == pb) || lexicon.not_a_name(g.words[k].form)) {
        if (agent && k == matches[m].begin) {
          const AgentEntry& a = dict->agents[matches[m].entry];
          run_roles.push_back({true, a.code, 1.0, base::ascii_lower(match_text(m)), a.before_actor});
          run_role_at.push_back(k);
        } else if (office && !office->empty() && !(m >= 0 && matches[m].agent)) {
          run_roles.push_back({true, std::string(*office), 1.0, base::ascii_lower(g.words[k].form), false});
          run_role_at.push_back(k);
        } else if (title && !title->empty() && k == pb) {
          run_roles.push_back({true, std::string(*title), 1.0, g.words[k].form, false});
          run_role_at.push_back(k);
        }
        close_piece(k, agent || office);
        pb = k + 1;
      }
    }
    close_piece(re);

    for (auto [b, e] : pieces) {
      if (e - b > opt.max_words) continue;
      // Single letters ("S and P"); pieces of nothing but organisation suffixes ("Co
      // Inc" of "Woolcott and Co Inc") or portfolio words ("Ministry of Finance").
      if (e - b == 1 && (g.words[b].form.size() == 1 || (g.words[b].form.size() == 2 && g.words[b].form[1] == '.'))) {
        continue;
      }
      bool all_suffix = true, all_portfolio = true, all_part = true;
      for (uint32_t k = b; k < e; ++k) {
        all_suffix &= lexicon.organisation_suffix_role(g.words[k].form) != nullptr || lexicon.particle(g.words[k].form);
        all_portfolio &= lexicon.portfolio(g.words[k].form) || lexicon.particle(g.words[k].form);
        all_part &= lexicon.name_part(g.words[k].form);
      }
      if (all_suffix || all_portfolio || all_part) continue;
      // Known when actor phrases cover every word.
      bool covered = true;
      for (uint32_t k = b; k < e && covered; ++k) {
        int32_t m = match_of[k];
        covered = m >= 0 && !matches[m].agent && matches[m].begin >= b && matches[m].end <= e;
      }
      if (covered) continue;
      Mention mt;
      mt.words = e - b;
      mt.sentence = doc_sentences;
      mt.closes_sentence = e == n;
      for (uint32_t k = b; k < e; ++k) mt.key += (k > b ? " " : "") + upper(g.words[k].form);
      mt.first_word = upper(g.words[b].form);
      mt.last_word = upper(g.words[e - 1].form);
      mt.surface = words_text(b, e);
      mt.example = cut_example(*text, wb[b], we[e - 1], opt.max_example_bytes);
      for (size_t i = 0; i < run_roles.size(); ++i) {
        if (!run_roles[i].role || run_role_at[i] < b) mt.votes.push_back(run_roles[i]);
      }
      if (const std::string_view* r = lexicon.organisation_suffix_role(g.words[e - 1].form); r && e - b > 1) {
        mt.votes.push_back({true, std::string(*r), 1.0, g.words[e - 1].form, false});
      }
      // The noun phrase of the piece, its appositions and their "of" modifiers.
      int32_t head = static_cast<int32_t>(b);
      for (uint32_t k = b; k < e; ++k) {
        int32_t h = g.words[k].head;
        if (h < static_cast<int32_t>(b) || h >= static_cast<int32_t>(e)) {
          head = static_cast<int32_t>(k);
          break;
        }
      }
      // Its noun phrase: the words that climb to the same head -- unless the name is a
      // possessor ("Karesh's foreign minister"), whose phrase describes what it owns.
      // Likewise a modifier of a common noun ("New York firms", "Ostrava Steel workers").
      const DepWord& hw = g.words[head];
      const bool possessor =
          parsed && (hw.rel == Rel::NmodPoss ||
                     ((hw.rel == Rel::Compound || hw.rel == Rel::Amod) && hw.head >= 0 &&
                      (hw.head < static_cast<int32_t>(b) || hw.head >= static_cast<int32_t>(e)) &&
                      g.words[hw.head].upos == UPos::Noun));
      std::vector<int32_t> heads;
      if (!possessor) heads.push_back(chunk[head]);
      if (parsed && !possessor) {
        // Appositions, found by position so that a misattached one still counts: a
        // common-noun phrase right before ", NAME" or starting right after "NAME ,"
        // ("the capital, Port Aldren"; "Wang Yi, China's foreign minister,").
        auto nominal = [&](uint32_t k) {
          int32_t c = chunk[k];
          return g.words[c].upos == UPos::Noun || (match_of[c] >= 0 && matches[match_of[c]].agent);
        };
        if (b >= 2 && g.words[b - 1].form == "," && nominal(b - 2)) heads.push_back(chunk[b - 2]);
        if (e + 1 < n && g.words[e].form == ",") {
          for (uint32_t k = e + 1; k < n && k < e + 8; ++k) {
            UPos u = g.words[k].upos;
            if (u == UPos::Verb || u == UPos::Aux || u == UPos::Punct || u == UPos::CConj) break;
            if (nominal(k)) {
              heads.push_back(chunk[k]);
              break;
            }
          }
        }
        // And their "of" modifiers: "the foreign minister of China".
        for (size_t i = 0, end = heads.size(); i < end; ++i) {
          for (const uint32_t* ch = g.children_begin(heads[i]); ch != g.children_end(heads[i]); ++ch) {
            if (g.words[*ch].rel == Rel::Nmod) heads.push_back(static_cast<int32_t>(*ch));
          }
        }
      }
      std::vector<uint8_t> near(n, 0);
      for (uint32_t k = 0; k < n; ++k) {
        if (std::find(heads.begin(), heads.end(), chunk[k]) != heads.end()) near[k] = 1;
        if (possessor && g.words[k].head >= static_cast<int32_t>(b) && g.words[k].head < static_cast<int32_t>(e)) near[k] = 1;
      }
      for (uint32_t k = rb; k < re; ++k) near[k] = 1;
      // And what stands right before the run, whatever the parse made of it: dictionary
      // phrases and adjectives ("Valdorian | Foreign Minister Anika Serrano").
      if (!possessor) {
        for (uint32_t k = rb; k > 0 && rb - k < 4;) {
          --k;
          if (match_of[k] < 0 && g.words[k].upos != UPos::Adj) break;
          near[k] = 1;
        }
      }
      std::vector<std::string> sentence_bases;
      for (size_t m = 0; m < matches.size(); ++m) {
        const PhraseMatch& pm = matches[m];
        bool inside = pm.begin >= b && pm.end <= e;
        bool close = inside;
        for (uint32_t k = pm.begin; k < pm.end && !close; ++k) close = near[k];
        if (pm.agent) {
          if (close && !(pm.begin >= rb && pm.end <= re)) {  // the run's own agents are in already
            const AgentEntry& a = dict->agents[pm.entry];
            mt.votes.push_back({true, a.code, 1.0, base::ascii_lower(match_text(m)), a.before_actor});
          }
          continue;
        }
        if (base_of[m].empty()) continue;
        if (close) {
          mt.votes.push_back({false, base_of[m], 3.0, match_text(m), false});
          if (!role_of[m].empty()) mt.votes.push_back({true, role_of[m], 1.0, match_text(m), false});
        } else if (country_of[m] &&
                   std::find(sentence_bases.begin(), sentence_bases.end(), base_of[m]) == sentence_bases.end()) {
          sentence_bases.push_back(base_of[m]);
        }
      }
      for (const auto& sb : sentence_bases) {
        mt.votes.push_back({false, sb, 1.0 / static_cast<double>(sentence_bases.size()), "sentence", false});
      }
      mentions.push_back(std::move(mt));
    }
  }
}

void UnknownActorFinder::State::finish_document() {
  // A one-word name closing the document with no full stop is a sign-off ("Reuter").
  if (!mentions.empty() && mentions.back().words == 1 && mentions.back().closes_sentence &&
      mentions.back().sentence + 1 == doc_sentences) {
    mentions.pop_back();
  }
  // One-word mentions that are the last (else the first) word of exactly one longer
  // entity of the document are that entity.
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
  // The document's most mentioned country or organisation.
  std::string top;
  uint32_t top_count = 0;
  for (const auto& c : doc_country_order) {
    if (doc_countries[c] > top_count) {
      top = c;
      top_count = doc_countries[c];
    }
  }
  for (size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
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
    if (alias_of[i].empty()) ++e.spellings[m.surface];
    else ++e.aliases[alias_of[i]];
    if (!top.empty()) m.votes.push_back({false, top, 0.5, "document", false});
    // One vote per value and kind per mention: the heaviest.
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
  mentions.clear();
}

std::vector<UnknownActor> UnknownActorFinder::results(uint64_t min_mentions, size_t limit) const {
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < st_->entities.size(); ++i) {
    if (st_->entities[i].mentions >= min_mentions) order.push_back(i);
  }
  auto name_of = [&](uint32_t i) -> const std::string& {
    const Entity& e = st_->entities[i];
    const std::string* best = &st_->keys[i];
    uint64_t n = 0;
    for (const auto& [s, c] : e.spellings) {
      if (c > n) {
        n = c;
        best = &s;
      }
    }
    return *best;
  };
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Entity& x = st_->entities[a];
    const Entity& y = st_->entities[b];
    if (x.mentions != y.mentions) return x.mentions > y.mentions;
    if (x.documents != y.documents) return x.documents > y.documents;
    return st_->keys[a] < st_->keys[b];
  });
  if (limit > 0 && order.size() > limit) order.resize(limit);
  auto ranked = [](const std::map<std::string, VoteTotal>& votes) {
    std::vector<UnknownActorVote> out;
    std::vector<std::pair<const std::string*, const VoteTotal*>> v;
    for (const auto& [k, t] : votes) v.emplace_back(&k, &t);
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      if (a.second->weight != b.second->weight) return a.second->weight > b.second->weight;
      return a.second->order < b.second->order;
    });
    for (const auto& [k, t] : v) out.push_back({*k, t->weight, t->mentions, t->why});
    return out;
  };
  std::vector<UnknownActor> out;
  for (uint32_t i : order) {
    const Entity& e = st_->entities[i];
    UnknownActor a;
    a.name = name_of(i);
    // Aliases that stand for a tenth of the mentions (a stray "Paul" or "YORK" does not).
    for (const auto& [s, c] : e.aliases) {
      if (upper(s) != upper(a.name) && c * 10 >= e.mentions) a.aliases.push_back(s);
    }
    // One spelling per alias (case variants folded).
    std::sort(a.aliases.begin(), a.aliases.end(), [](const std::string& x, const std::string& y) { return upper(x) < upper(y); });
    a.aliases.erase(std::unique(a.aliases.begin(), a.aliases.end(),
                                [](const std::string& x, const std::string& y) { return upper(x) == upper(y); }),
                    a.aliases.end());
    a.mentions = e.mentions;
    a.documents = e.documents;
    a.country_votes = ranked(e.countries);
    a.role_votes = ranked(e.roles);
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

}  // namespace

void write_unknown_actors(std::ostream& out, const std::vector<UnknownActor>& actors, UnknownActorFormat format,
                          bool header) {
  std::string o;
  if (format == UnknownActorFormat::Tsv) {
    if (header) o += "name\tcode\tmentions\tdocuments\taliases\tcountry_evidence\trole_evidence\texamples\n";
    for (const auto& a : actors) {
      o += no_tabs(a.name) + '\t' + a.code() + '\t' + std::to_string(a.mentions) + '\t' + std::to_string(a.documents) + '\t';
      for (size_t i = 0; i < a.aliases.size(); ++i) o += (i ? ";" : "") + no_tabs(a.aliases[i]);
      o += '\t' + no_tabs(votes_text(a.country_votes)) + '\t' + no_tabs(votes_text(a.role_votes)) + '\t';
      for (size_t i = 0; i < a.examples.size(); ++i) o += (i ? " | " : "") + no_tabs(a.examples[i].text);
      o += '\n';
    }
  } else if (format == UnknownActorFormat::Jsonl) {
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
  } else {
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
  out << o;
}

}  // namespace dyad
