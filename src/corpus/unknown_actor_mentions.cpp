// MentionFinder: the names of one sentence that no actor phrase covers, each with
// its votes for a country and a role (the rules are in dyad/unknown_actors.hpp).
//
// A sentence is read in passes, one function each, so that every rule has one place:
//   1. the dictionary's actor and agent phrases are matched once (SentenceActors);
//      their countries count for the document even if the sentence is then skipped;
//   2. headlines, tables and sign-offs are skipped (skip_reason);
//   3. runs of capitalised words are found (find_run): proper nouns, with particles,
//      "and" and "'s" between them where the parse keeps them inside a name;
//   4. a run is cut into pieces (cut_run) where no dependency edge holds it together
//      and at agent, office and title words, whose roles go to the names after them
//      ("U.S. Treasury Secretary James Baker" -> "U.S." and "James Baker", GOV);
//   5. a piece that is a name and not wholly an actor phrase is a mention
//      (make_mention), with votes from its run, its noun phrase, its appositions and
//      the rest of the sentence (add_phrase_votes).
// The English of it -- particles, titles, offices, organisation words -- is read from
// lang::NameWords through NameLexicon.
#include "corpus/unknown_actor_mentions.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "base/strings.hpp"
#include "cameo/actor_codes.hpp"

namespace dyad::corpus {

namespace {

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

// "Gen." -> "gen", "Corp" -> "corp".
std::string lower_without_full_stop(std::string_view w) {
  std::string l = base::ascii_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  return l;
}

}  // namespace

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool NameLexicon::particle(std::string_view w) const { return lang::in(w, words_.name_particles); }
bool NameLexicon::not_a_name(std::string_view w) const {
  return lang::in(lower_without_full_stop(w), words_.not_names);
}
const std::string_view* NameLexicon::title_role(std::string_view w) const {
  return lang::code_of(lower_without_full_stop(w), words_.titles);
}
const std::string_view* NameLexicon::office_role(std::string_view w) const {
  return lang::code_of(base::ascii_lower(w), words_.offices);
}
const std::string_view* NameLexicon::organisation_suffix_role(std::string_view w) const {
  return lang::code_of(lower_without_full_stop(w), words_.organisation_suffixes);
}
bool NameLexicon::portfolio(std::string_view w) const { return lang::in(base::ascii_lower(w), words_.portfolios); }
bool NameLexicon::name_part(std::string_view w) const { return lang::in(base::ascii_lower(w), words_.name_parts); }
bool NameLexicon::organisation_word(std::string_view w) const {
  return organisation_suffix_role(w) != nullptr || lang::in(base::ascii_lower(w), words_.organisation_words);
}
bool NameLexicon::versus(std::string_view w) const { return lang::in(w, words_.versus); }
bool NameLexicon::name_conjunction(std::string_view w) const { return lang::in(w, words_.name_conjunctions); }
bool NameLexicon::name_possessive(std::string_view w) const { return lang::in(w, words_.name_possessives); }
bool NameLexicon::noun_phrase_possessive(std::string_view w) const {
  return lang::in(w, words_.noun_phrase_possessives);
}

void DocumentCountries::clear() {
  counts_.clear();
  order_.clear();
}

void DocumentCountries::add(const std::string& country) {
  if (counts_[country]++ == 0) order_.push_back(country);
}

std::string DocumentCountries::most_named() const {
  std::string top;
  uint32_t top_count = 0;
  for (const auto& c : order_) {
    if (counts_.at(c) > top_count) {
      top = c;
      top_count = counts_.at(c);
    }
  }
  return top;
}

SentenceSkip skip_reason(const DepGraph& g, const NameLexicon& lexicon) {
  if (all_caps_sentence(g)) return SentenceSkip::CapitalsHeadline;
  uint32_t content = 0;
  for (const auto& w : g.words) content += w.upos != UPos::Punct && has_letter(w.form);
  if (content <= 2) return SentenceSkip::TooShort;
  // Tables and market reports: many words with digits, or "vs" and a number.
  // Headlines in title case: most words that are not names capitalised.
  uint32_t digits = 0, tokens = 0, common = 0, capitalised = 0;
  bool versus = false;
  for (uint32_t i = 0; i < g.words.size(); ++i) {
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
  if ((digits >= 2 && digits * 3 >= tokens) || (versus && (digits > 0 || tokens <= 10))) return SentenceSkip::Table;
  if (common >= 3 && capitalised * 10 >= common * 7) return SentenceSkip::TitleCaseHeadline;
  return SentenceSkip::None;
}

WordOffsets::WordOffsets(const DepGraph& g) : text_(&g.text), begin_(g.words.size()), end_(g.words.size()) {
  if (locate(g, g.text)) return;
  for (size_t i = 0; i < g.words.size(); ++i) joined_ += (i ? " " : "") + g.words[i].form;
  text_ = &joined_;
  locate(g, joined_);
}

// Finds each word after the one before it; a word not found is placed, empty-handed,
// where the search stood. Returns whether all were found.
bool WordOffsets::locate(const DepGraph& g, const std::string& text) {
  bool found = true;
  size_t pos = 0;
  for (size_t i = 0; i < g.words.size(); ++i) {
    size_t f = text.find(g.words[i].form, pos);
    if (f == std::string::npos) {
      found = false;
      f = pos;
    }
    begin_[i] = f;
    end_[i] = std::min(text.size(), f + g.words[i].form.size());
    pos = end_[i];
  }
  return found;
}

std::string WordOffsets::words_text(uint32_t b, uint32_t e) const {
  std::string s = text_->substr(begin_[b], end_[e - 1] - begin_[b]);
  std::string out;
  for (char ch : s) {
    bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : ch);
  }
  return out;
}

std::vector<int32_t> noun_phrase_heads(const DepGraph& g, const NameLexicon& lexicon) {
  const uint32_t n = static_cast<uint32_t>(g.words.size());
  const bool parsed = g.has_parse();
  std::vector<int32_t> heads(n);
  for (uint32_t t = 0; t < n; ++t) {
    int32_t x = static_cast<int32_t>(t);
    for (uint32_t steps = 0; parsed && steps <= n; ++steps) {  // steps: a cycle ends too
      const DepWord& w = g.words[x];
      bool climb = w.head >= 0 && (w.rel == Rel::Compound || w.rel == Rel::Flat || w.rel == Rel::Amod ||
                                   w.rel == Rel::Det || w.rel == Rel::Nummod || w.rel == Rel::NmodPoss ||
                                   w.rel == Rel::Fixed || w.rel == Rel::Goeswith ||
                                   (w.rel == Rel::Case && lexicon.noun_phrase_possessive(w.form)));
      if (!climb) break;
      x = w.head;
    }
    heads[t] = x;
  }
  return heads;
}

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

namespace {

// The dictionary's actor and agent phrases of a sentence, and what their codes say.
struct SentenceActors {
  SentenceActors(const DepGraph& g, const Dictionary& dict, Date date) {
    const uint32_t n = static_cast<uint32_t>(g.words.size());
    std::vector<std::string_view> forms(n);
    for (uint32_t i = 0; i < n; ++i) forms[i] = g.words[i].form;
    matches = dict.match_phrases(forms);
    match_of.assign(n, -1);
    base_of.resize(matches.size());
    role_of.resize(matches.size());
    country_of.assign(matches.size(), 0);
    for (size_t m = 0; m < matches.size(); ++m) {
      for (uint32_t t = matches[m].begin; t < matches[m].end; ++t) match_of[t] = static_cast<int32_t>(m);
      if (!matches[m].agent) {
        country_of[m] = split_code(dict.actors[matches[m].entry].code_on(date), base_of[m], role_of[m]);
      }
    }
  }

  std::vector<PhraseMatch> matches;
  std::vector<int32_t> match_of;              // per word: the match covering it, or -1
  std::vector<std::string> base_of, role_of;  // per actor match: its code split ("USA", "GOV")
  std::vector<uint8_t> country_of;            // per actor match: the base is a country
};

// A run of capitalised words [begin, end); the scan for the next one resumes at
// `resume`. Empty when nothing of it is a name.
struct NameRun {
  uint32_t begin = 0, end = 0, resume = 0;
};

// A run cut into name pieces, with the votes its own words give.
struct RunPieces {
  std::vector<std::pair<uint32_t, uint32_t>> pieces;  // [begin, end) of each name
  // Roles of the run's office, title and agent words (for the names after them: "New
  // York Governor Mario Cuomo"), and countries of actor phrases reaching into the run
  // (for all its names); `vote_at`: the word each came from.
  std::vector<Vote> votes;
  std::vector<uint32_t> vote_at;
};

}  // namespace

// The work of one sentence that is not skipped: finding its runs, cutting them into
// names and building a mention of each. Lives as long as the sentence is read.
class MentionFinder::SentenceReader {
 public:
  SentenceReader(const MentionFinder& finder, const DepGraph& g, const SentenceActors& actors, uint32_t sentence)
      : dict_(finder.dict_), lexicon_(finder.lexicon_), max_words_(finder.max_words_),
        max_example_bytes_(finder.max_example_bytes_), g_(g), n_(static_cast<uint32_t>(g.words.size())),
        parsed_(g.has_parse()), sentence_(sentence), actors_(actors), offsets_(g),
        heads_(noun_phrase_heads(g, finder.lexicon_)) {}

  void find_mentions(std::vector<Mention>& out) const;

 private:
  const std::string& form(uint32_t t) const { return g_.words[t].form; }
  const PhraseMatch& match(size_t m) const { return actors_.matches[m]; }
  bool is_agent_word(uint32_t t) const { return actors_.match_of[t] >= 0 && match(actors_.match_of[t]).agent; }
  std::string match_text(size_t m) const { return offsets_.words_text(match(m).begin, match(m).end); }

  bool is_propn(uint32_t t) const;
  bool is_capitalised(uint32_t t) const;
  bool is_member(uint32_t t) const { return is_propn(t) || is_capitalised(t); }
  bool joins(uint32_t j, uint32_t rb, uint32_t& tentative) const;
  NameRun find_run(uint32_t start) const;
  bool is_sign_off(const NameRun& run) const;

  bool is_organisation_name(uint32_t rb, uint32_t re) const;
  std::vector<uint8_t> held_together(uint32_t rb, uint32_t re) const;
  void add_piece(RunPieces& out, uint32_t pb, uint32_t pe, bool organisation, bool before_office = false) const;
  RunPieces cut_run(const NameRun& run) const;

  bool is_name_piece(uint32_t b, uint32_t e) const;
  bool is_known(uint32_t b, uint32_t e) const;
  Mention make_mention(uint32_t b, uint32_t e, const NameRun& run, const RunPieces& cut) const;
  int32_t piece_head(uint32_t b, uint32_t e) const;
  bool modifies_other_noun(int32_t head, uint32_t b, uint32_t e) const;
  std::vector<int32_t> evidence_heads(int32_t head, uint32_t b, uint32_t e) const;
  std::vector<uint8_t> near_words(const std::vector<int32_t>& heads, bool possessor, uint32_t b, uint32_t e,
                                  const NameRun& run) const;
  void add_phrase_votes(Mention& mt, const std::vector<uint8_t>& near, uint32_t b, uint32_t e,
                        const NameRun& run) const;

  const Dictionary& dict_;
  const NameLexicon& lexicon_;
  const uint32_t max_words_, max_example_bytes_;
  const DepGraph& g_;
  const uint32_t n_;
  const bool parsed_;
  const uint32_t sentence_;  // index in the document
  const SentenceActors& actors_;
  const WordOffsets offsets_;
  const std::vector<int32_t> heads_;  // noun_phrase_heads
};

MentionFinder::MentionFinder(const Dictionary& dict, const lang::NameWords& words, const UnknownActorOptions& options)
    : dict_(dict), lexicon_(words), max_words_(options.max_words), max_example_bytes_(options.max_example_bytes) {}

void MentionFinder::add_sentence(const DepGraph& g, Date date, uint32_t sentence, DocumentCountries& countries,
                                 std::vector<Mention>& mentions) const {
  if (g.words.empty()) return;
  const SentenceActors actors(g, dict_, date);
  for (size_t m = 0; m < actors.matches.size(); ++m) {
    if (actors.country_of[m]) countries.add(actors.base_of[m]);
  }
  if (skip_reason(g, lexicon_) != SentenceSkip::None) return;
  SentenceReader(*this, g, actors, sentence).find_mentions(mentions);
}

void MentionFinder::SentenceReader::find_mentions(std::vector<Mention>& out) const {
  uint32_t t = 0;
  while (t < n_) {
    if (!is_member(t)) {
      ++t;
      continue;
    }
    const NameRun run = find_run(t);
    t = run.resume;
    if (run.end == run.begin || is_sign_off(run)) continue;
    const RunPieces cut = cut_run(run);
    for (auto [b, e] : cut.pieces) {
      if (is_name_piece(b, e) && !is_known(b, e)) out.push_back(make_mention(b, e, run, cut));
    }
  }
}

bool MentionFinder::SentenceReader::is_propn(uint32_t t) const {
  const std::string& f = form(t);
  return g_.words[t].upos == UPos::Propn && starts_upper(f) && has_letter(f) &&
         f.find_first_of(";#=\"") == std::string::npos;
}

// Capitalised adjectives and nouns inside a name ("New York", "American Express",
// "Standard Oil Co"), except as the sentence's first word.
bool MentionFinder::SentenceReader::is_capitalised(uint32_t t) const {
  const std::string& f = form(t);
  UPos u = g_.words[t].upos;
  return t > 0 && (u == UPos::Adj || u == UPos::Noun) && !f.empty() && f[0] >= 'A' && f[0] <= 'Z' &&
         f.find_first_of(";#=\"") == std::string::npos;
}

// Whether word `j` ("and", "'s") joins the run begun at `rb` to the word after it.
// They join a name only where the parse puts them inside it: the conjunct's head,
// or the possessor's owner, is a later word of the name ("Securities and Exchange
// Commission", "Moody's Investors Service"), not "Britain and France" or "Japan's
// Mitsubishi Corp". An "and" after capitalised common nouns only is taken whatever
// the parse, as `tentative`: it holds only if the name ends on an organisation word.
bool MentionFinder::SentenceReader::joins(uint32_t j, uint32_t rb, uint32_t& tentative) const {
  if (!parsed_ || j + 1 >= n_ || !is_member(j + 1)) return false;
  const std::string& f = form(j);
  if (lexicon_.name_conjunction(f)) {
    const DepWord& c = g_.words[j + 1];
    if (c.rel == Rel::Conj && c.head >= static_cast<int32_t>(rb) && c.head < static_cast<int32_t>(j)) {
      int32_t owner = g_.words[c.head].head;
      if (owner > static_cast<int32_t>(j + 1) && is_member(static_cast<uint32_t>(owner))) return true;
    }
    for (uint32_t k = rb; k < j; ++k) {
      if (g_.words[k].upos == UPos::Propn) return false;
    }
    if (tentative == 0) tentative = j;
    return true;
  }
  if (lexicon_.name_possessive(f)) {
    const DepWord& p = g_.words[j - 1];
    return p.rel == Rel::NmodPoss && p.head > static_cast<int32_t>(j) && is_member(static_cast<uint32_t>(p.head)) &&
           actors_.match_of[j - 1] < 0;
  }
  return false;
}

// The run starting at word `start` (a member): proper nouns and capitalised words,
// with particles between two of them, ending on a proper noun.
NameRun MentionFinder::SentenceReader::find_run(uint32_t start) const {
  uint32_t tentative = 0;  // an "and" that holds only if the name ends as an organisation's
  NameRun run{start, start + 1, 0};
  while (run.end < n_) {
    if (is_member(run.end)) {
      ++run.end;
    } else if ((lexicon_.particle(form(run.end)) && run.end + 1 < n_ && is_member(run.end + 1)) ||
               joins(run.end, run.begin, tentative)) {
      run.end += 2;
    } else {
      break;
    }
  }
  run.resume = run.end;
  while (run.end > run.begin && !is_propn(run.end - 1)) --run.end;
  if (tentative > 0 && !(run.end > tentative && lexicon_.organisation_word(form(run.end - 1)))) {
    run.end = tentative;
    run.resume = tentative + 1;
    while (run.end > run.begin && !is_propn(run.end - 1)) --run.end;
  }
  return run;
}

// A sign-off after the last full stop ("... in March. Reuter") is not a mention.
bool MentionFinder::SentenceReader::is_sign_off(const NameRun& run) const {
  if (run.end != n_ || run.begin == 0) return false;
  const std::string& before = form(run.begin - 1);
  return before == "." || before == "!" || before == "?";
}

// An organisation's name may hold role words ("First Union Corp", "General Binding
// Corp"). But a portfolio and an agent word are an office ("Finance Ministry").
bool MentionFinder::SentenceReader::is_organisation_name(uint32_t rb, uint32_t re) const {
  return re - rb > 1 && lexicon_.organisation_word(form(re - 1)) &&
         !(is_agent_word(re - 1) && lexicon_.portfolio(form(re - 2)));
}

// Cut points of the run [rb, re): word k (relative to rb) is held to the word before
// it when a dependency edge inside the run crosses between them. Without a parse,
// nothing is cut.
std::vector<uint8_t> MentionFinder::SentenceReader::held_together(uint32_t rb, uint32_t re) const {
  std::vector<uint8_t> held(re - rb + 1, parsed_ ? 0 : 1);
  if (parsed_) {
    for (uint32_t a = rb; a < re; ++a) {
      int32_t h = g_.words[a].head;
      if (h < static_cast<int32_t>(rb) || h >= static_cast<int32_t>(re)) continue;
      uint32_t lo = std::min<uint32_t>(a, h), hi = std::max<uint32_t>(a, h);
      for (uint32_t k = lo + 1; k <= hi; ++k) held[k - rb] = 1;
    }
  }
  return held;
}

// Adds [pb, pe) to the pieces, without particles and uncapitalised words at its
// edges, if a proper noun is left. `before_office`: the piece ends at an office or
// agent word, so its trailing portfolio words are the office's ("Finance" of "Finance
// Minister"). Outside an organisation's name, leading ones are an office's too
// ("Chancellor of the Exchequer Nigel Lawson").
void MentionFinder::SentenceReader::add_piece(RunPieces& out, uint32_t pb, uint32_t pe, bool organisation,
                                              bool before_office) const {
  while (pb < pe && (lexicon_.particle(form(pb)) || !is_member(pb) ||
                     (!organisation && pb + 1 < pe && lexicon_.portfolio(form(pb))))) {
    ++pb;
  }
  while (pe > pb && before_office && lexicon_.portfolio(form(pe - 1))) --pe;
  while (pe > pb && (lexicon_.particle(form(pe - 1)) || !is_member(pe - 1))) --pe;
  if (pe > pb && std::any_of(g_.words.begin() + pb, g_.words.begin() + pe,
                             [](const DepWord& w) { return w.upos == UPos::Propn; })) {
    out.pieces.emplace_back(pb, pe);
  }
}

// Splits the run at cuts, agent words, office words, leading titles and non-names;
// an actor phrase reaching outside the run ("European Union" with "European" an
// adjective) is no part of a name either, but says where the names belong.
RunPieces MentionFinder::SentenceReader::cut_run(const NameRun& run) const {
  const uint32_t rb = run.begin, re = run.end;
  const bool organisation = is_organisation_name(rb, re);
  const std::vector<uint8_t> held = held_together(rb, re);
  RunPieces out;
  uint32_t pb = rb;
  for (uint32_t k = rb; k < re; ++k) {
    if (k > rb && !held[k - rb]) {
      add_piece(out, pb, k, organisation);
      pb = k;
    }
    const int32_t m = actors_.match_of[k];
    const std::string_view* title = lexicon_.title_role(form(k));
    const std::string_view* office = organisation ? nullptr : lexicon_.office_role(form(k));
    const bool agent = m >= 0 && match(m).agent && !organisation;
    const bool outer_actor = m >= 0 && !agent && (match(m).begin < rb || match(m).end > re);
    if (outer_actor) {
      if (k == std::max(rb, match(m).begin) && !actors_.base_of[m].empty()) {
        out.votes.push_back({false, actors_.base_of[m], 3.0, match_text(m), false});
        out.vote_at.push_back(k);
      }
      add_piece(out, pb, k, organisation);
      pb = k + 1;
      continue;
    }
    if (agent || office || (title && k == pb) || lexicon_.not_a_name(form(k))) {
      if (agent && k == match(m).begin) {
        const AgentEntry& a = dict_.agents[match(m).entry];
        out.votes.push_back({true, a.code, 1.0, base::ascii_lower(match_text(m)), a.before_actor});
        out.vote_at.push_back(k);
      } else if (office && !office->empty() && !is_agent_word(k)) {
        out.votes.push_back({true, std::string(*office), 1.0, base::ascii_lower(form(k)), false});
        out.vote_at.push_back(k);
      } else if (title && !title->empty() && k == pb) {
        out.votes.push_back({true, std::string(*title), 1.0, form(k), false});
        out.vote_at.push_back(k);
      }
      add_piece(out, pb, k, organisation, agent || office);
      pb = k + 1;
    }
  }
  add_piece(out, pb, re, organisation);
  return out;
}

// Not names: pieces of more than max_words words, single letters ("S and P"), pieces
// of nothing but organisation suffixes ("Co Inc" of "Woolcott and Co Inc"), portfolio
// words ("Ministry of Finance") or words that only start names ("West").
bool MentionFinder::SentenceReader::is_name_piece(uint32_t b, uint32_t e) const {
  if (e - b > max_words_) return false;
  if (e - b == 1 && (form(b).size() == 1 || (form(b).size() == 2 && form(b)[1] == '.'))) return false;
  bool all_suffix = true, all_portfolio = true, all_part = true;
  for (uint32_t k = b; k < e; ++k) {
    all_suffix &= lexicon_.organisation_suffix_role(form(k)) != nullptr || lexicon_.particle(form(k));
    all_portfolio &= lexicon_.portfolio(form(k)) || lexicon_.particle(form(k));
    all_part &= lexicon_.name_part(form(k));
  }
  return !(all_suffix || all_portfolio || all_part);
}

// Known when actor phrases lying inside the piece cover every word of it.
bool MentionFinder::SentenceReader::is_known(uint32_t b, uint32_t e) const {
  bool covered = true;
  for (uint32_t k = b; k < e && covered; ++k) {
    int32_t m = actors_.match_of[k];
    covered = m >= 0 && !match(m).agent && match(m).begin >= b && match(m).end <= e;
  }
  return covered;
}

Mention MentionFinder::SentenceReader::make_mention(uint32_t b, uint32_t e, const NameRun& run,
                                                    const RunPieces& cut) const {
  Mention mt;
  mt.words = e - b;
  mt.sentence = sentence_;
  mt.closes_sentence = e == n_;
  for (uint32_t k = b; k < e; ++k) mt.key += (k > b ? " " : "") + upper(form(k));
  mt.first_word = upper(form(b));
  mt.last_word = upper(form(e - 1));
  mt.surface = offsets_.words_text(b, e);
  mt.example = cut_example(offsets_.text(), offsets_.begin(b), offsets_.end(e - 1), max_example_bytes_);
  // The run's countries go to all its names, its roles to the names after them.
  for (size_t i = 0; i < cut.votes.size(); ++i) {
    if (!cut.votes[i].role || cut.vote_at[i] < b) mt.votes.push_back(cut.votes[i]);
  }
  if (const std::string_view* r = lexicon_.organisation_suffix_role(form(e - 1)); r && e - b > 1) {
    mt.votes.push_back({true, std::string(*r), 1.0, form(e - 1), false});
  }
  const int32_t head = piece_head(b, e);
  const bool possessor = modifies_other_noun(head, b, e);
  std::vector<int32_t> heads;
  if (!possessor) heads = evidence_heads(head, b, e);
  add_phrase_votes(mt, near_words(heads, possessor, b, e, run), b, e, run);
  return mt;
}

// The first word of [b, e) whose head lies outside it (else b).
int32_t MentionFinder::SentenceReader::piece_head(uint32_t b, uint32_t e) const {
  for (uint32_t k = b; k < e; ++k) {
    int32_t h = g_.words[k].head;
    if (h < static_cast<int32_t>(b) || h >= static_cast<int32_t>(e)) return static_cast<int32_t>(k);
  }
  return static_cast<int32_t>(b);
}

// A name that is a possessor ("Karesh's foreign minister") or modifies a common noun
// ("New York firms", "Ostrava Steel workers"): the phrase it is in describes
// something else, and gives it no votes.
bool MentionFinder::SentenceReader::modifies_other_noun(int32_t head, uint32_t b, uint32_t e) const {
  const DepWord& hw = g_.words[head];
  return parsed_ && (hw.rel == Rel::NmodPoss ||
                     ((hw.rel == Rel::Compound || hw.rel == Rel::Amod) && hw.head >= 0 &&
                      (hw.head < static_cast<int32_t>(b) || hw.head >= static_cast<int32_t>(e)) &&
                      g_.words[hw.head].upos == UPos::Noun));
}

// The noun-phrase heads whose words may vote for the piece [b, e) with head `head`:
// its own noun phrase, its appositions and their "of" modifiers.
std::vector<int32_t> MentionFinder::SentenceReader::evidence_heads(int32_t head, uint32_t b, uint32_t e) const {
  std::vector<int32_t> heads{heads_[head]};
  if (!parsed_) return heads;
  // Appositions, found by position so that a misattached one still counts: a
  // common-noun phrase right before ", NAME" or starting right after "NAME ,"
  // ("the capital, Port Aldren"; "Wang Yi, China's foreign minister,").
  auto nominal = [&](uint32_t k) {
    int32_t c = heads_[k];
    return g_.words[c].upos == UPos::Noun || is_agent_word(static_cast<uint32_t>(c));
  };
  if (b >= 2 && form(b - 1) == "," && nominal(b - 2)) heads.push_back(heads_[b - 2]);
  if (e + 1 < n_ && form(e) == ",") {
    for (uint32_t k = e + 1; k < n_ && k < e + 8; ++k) {
      UPos u = g_.words[k].upos;
      if (u == UPos::Verb || u == UPos::Aux || u == UPos::Punct || u == UPos::CConj) break;
      if (nominal(k)) {
        heads.push_back(heads_[k]);
        break;
      }
    }
  }
  // And their "of" modifiers: "the foreign minister of China".
  for (size_t i = 0, end = heads.size(); i < end; ++i) {
    for (const uint32_t* ch = g_.children_begin(heads[i]); ch != g_.children_end(heads[i]); ++ch) {
      if (g_.words[*ch].rel == Rel::Nmod) heads.push_back(static_cast<int32_t>(*ch));
    }
  }
  return heads;
}

// The words whose phrases may vote for the piece [b, e): those of the evidence noun
// phrases (for a possessor, the words that depend on it), the run itself, and what
// stands right before the run whatever the parse made of it -- dictionary phrases and
// adjectives ("Valdorian | Foreign Minister Anika Serrano").
std::vector<uint8_t> MentionFinder::SentenceReader::near_words(const std::vector<int32_t>& heads, bool possessor,
                                                               uint32_t b, uint32_t e, const NameRun& run) const {
  std::vector<uint8_t> near(n_, 0);
  for (uint32_t k = 0; k < n_; ++k) {
    if (std::find(heads.begin(), heads.end(), heads_[k]) != heads.end()) near[k] = 1;
    if (possessor && g_.words[k].head >= static_cast<int32_t>(b) && g_.words[k].head < static_cast<int32_t>(e)) {
      near[k] = 1;
    }
  }
  for (uint32_t k = run.begin; k < run.end; ++k) near[k] = 1;
  if (!possessor) {
    for (uint32_t k = run.begin; k > 0 && run.begin - k < 4;) {
      --k;
      if (actors_.match_of[k] < 0 && g_.words[k].upos != UPos::Adj) break;
      near[k] = 1;
    }
  }
  return near;
}

// Votes of the sentence's dictionary phrases for the piece [b, e): an agent phrase
// near it gives a role (those of its own run are in already); an actor phrase near it
// or inside it a country or organisation (3) and its role; the countries named
// elsewhere in the sentence share one vote.
void MentionFinder::SentenceReader::add_phrase_votes(Mention& mt, const std::vector<uint8_t>& near, uint32_t b,
                                                     uint32_t e, const NameRun& run) const {
  std::vector<std::string> sentence_bases;
  for (size_t m = 0; m < actors_.matches.size(); ++m) {
    const PhraseMatch& pm = match(m);
    bool inside = pm.begin >= b && pm.end <= e;
    bool close = inside;
    for (uint32_t k = pm.begin; k < pm.end && !close; ++k) close = near[k];
    if (pm.agent) {
      if (close && !(pm.begin >= run.begin && pm.end <= run.end)) {
        const AgentEntry& a = dict_.agents[pm.entry];
        mt.votes.push_back({true, a.code, 1.0, base::ascii_lower(match_text(m)), a.before_actor});
      }
      continue;
    }
    const std::string& base = actors_.base_of[m];
    if (base.empty()) continue;
    if (close) {
      mt.votes.push_back({false, base, 3.0, match_text(m), false});
      if (!actors_.role_of[m].empty()) mt.votes.push_back({true, actors_.role_of[m], 1.0, match_text(m), false});
    } else if (actors_.country_of[m] &&
               std::find(sentence_bases.begin(), sentence_bases.end(), base) == sentence_bases.end()) {
      sentence_bases.push_back(base);
    }
  }
  for (const auto& sb : sentence_bases) {
    mt.votes.push_back({false, sb, 1.0 / static_cast<double>(sentence_bases.size()), "sentence", false});
  }
}

}  // namespace dyad::corpus
