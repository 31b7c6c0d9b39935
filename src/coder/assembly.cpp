// Assembly: events from the coded verbs -- one per source/target pair (both
// directions for a paired code, every ordered pair for a symmetric one), the filters
// (same actor on both sides, statements about oneself, null actors, negation policy),
// one event per (code, source, target), and the evidence each event carries.
#include "coder/sentence_coder.hpp"

#include <algorithm>

#include "cameo/actor_codes.hpp"

namespace dyad::coder {

std::string SentenceCoder::words_text(uint32_t tb, uint32_t te) const {
  std::string out;
  for (uint32_t t = tb; t < te && t < n_; ++t) out += (out.empty() ? "" : " ") + g_.words[t].form;
  return out;
}

Event SentenceCoder::make_event(const VerbInfo& vi, const std::string& code, const Actor& s, const Actor& t) const {
  Event e;
  e.doc_id = doc_.doc_id;
  e.sentence = doc_.sentence_index;
  e.date = s_.dater.date_of(vi.tok);
  auto evidence = [&](const Actor& a) {
    if (!a.entry.empty()) return a.entry;
    std::string out;
    for (size_t m = 0; m < s_.matches.size(); ++m) {
      if (s_.matches[m].tb >= a.tb && s_.matches[m].te <= a.te) out += (out.empty() ? "" : " + ") + entry_text(static_cast<int32_t>(m));
    }
    return out;
  };
  // The dictionary's name of the mention's first actor phrase, else of its first role.
  auto name = [&](const Actor& a) {
    std::string role;
    for (const NounMatch& m : s_.matches) {
      if (m.tb < a.tb || m.te > a.te) continue;
      if (!m.agent) {
        std::string n = dict_.actors[m.entry].name;
        for (char& c : n) c = c == '_' ? ' ' : base::ascii_upper(c);
        return n;
      }
      if (role.empty()) {
        for (const auto& w : dict_.noun_phrases[m.phrase].words) role += (role.empty() ? "" : " ") + base::ascii_upper(w);
      }
    }
    return role;
  };
  e.source = {s.code, words_text(s.tb, s.te), {s.tb, s.te}, evidence(s)};
  e.target = {t.code, words_text(t.tb, t.te), {t.tb, t.te}, evidence(t)};
  e.source.name = name(s);
  e.target.name = name(t);
  e.cameo = code;
  e.negated = vi.negated;
  e.text = g_.text;
  e.verb = {vi.vb, vi.ve};
  e.verb_text = words_text(vi.vb, vi.ve);
  if (vi.particle >= 0) e.verb_text += " " + g_.words[vi.particle].form;
  const std::vector<std::string>& entry_words =
      vi.noun_entry >= 0 ? dict_.event_nouns[vi.noun_entry].words : dict_.verbs[vi.entry].words;
  const std::string& where = vi.noun_entry >= 0 ? dict_.event_nouns[vi.noun_entry].where : dict_.verbs[vi.entry].where;
  std::string vname;
  for (const auto& w : entry_words) vname += (vname.empty() ? "" : " ") + w;
  e.verb_entry = (vi.noun_entry >= 0 ? "noun " : "") + vname + " (" + where + ")";
  if (vi.pattern >= 0) {
    const VerbPattern& p = dict_.verb_blocks[vi.block].patterns[vi.pattern];
    e.pattern = p.text + " (" + p.where + ")";
  }
  e.rule = vi.rule;
  fill_cameo_fields(e);
  return e;
}

// Whether an event of `cameo` from source code s to target code t is one side acting
// on itself, which is no event. The same actor on both sides -- except a protest in
// one's own country ("Iraqis demonstrated in Kirkuk": IRQ -> IRQ), which is domestic
// news. And "Lin (CHNGOV) said China's trade is legitimate": a statement by a part of
// a country about the country itself (domestic actions -- a government lifting a
// state of emergency -- are events and stay). With real-news behaviour, any act
// between a country and a part of it ("President Reagan ... the United States") is
// dropped; acts between two parts (the government and the legislature) stay.
bool SentenceCoder::self_event(const std::string& cameo, const std::string& s, const std::string& t,
                               bool no_source) const {
  const bool domestic_protest = opt_.protest_targets_place && cameo.rfind("14", 0) == 0 && !no_source;
  if (domestic_protest) return false;
  if (s == t) return true;
  if (!opt_.drop_self_events || s.size() < 3 || t.size() < 3 || (s.size() != 3 && t.size() != 3) ||
      s.compare(0, 3, t, 0, 3) != 0) {
    return false;
  }
  if (cameo.rfind("01", 0) == 0) return true;
  // "Pretoria raided ANC bases" (ZAF -> ZAFREB): a state acting on rebels, protesters
  // or businesses of its own is domestic news, and stays; a country and its own
  // government, army or parliament are one side.
  const std::string& part = s.size() == 3 ? t : s;
  return opt_.require_countries && !(part.size() >= 6 && cameo::is_non_state_role(std::string_view(part).substr(3, 3)));
}

// Whether an event between codes s and t is political: not between two sides of
// business, media, education, farming or health, nor between one of them and its own
// country named as a whole ("the U.S. will help American companies": USA, USABUS).
// A government acting on its own businesses or students is political and stays.
bool SentenceCoder::political(const std::string& s, const std::string& t) const {
  auto civil = [](const std::string& c) {
    return c.size() >= 6 && cameo::is_country_code(c) && cameo::is_civil_sector_role(std::string_view(c).substr(3, 3));
  };
  const bool cs = civil(s), ct = civil(t);
  if (cs && ct) return false;
  const std::string& other = cs ? t : s;
  if ((cs || ct) && other.size() == 3 && s.compare(0, 3, t, 0, 3) == 0) return false;
  return true;
}

// Whether a side is people named by a plural of their nationality ("Georgians",
// "young Algerians"), not the state: a plural last word that is not the end of the
// country's own name ("the Philippines", "the United States").
bool SentenceCoder::people_of_country(const EventActor& a) const {
  if (a.span.end == 0 || a.span.end > n_ || a.name.empty()) return false;
  const DepWord& last = g_.words[a.span.end - 1];
  if (last.xpos != "NNPS" && last.xpos != "NNS") return false;
  const std::string word = base::ascii_upper(last.form);
  return !(a.name.size() >= word.size() && a.name.compare(a.name.size() - word.size(), word.size(), word) == 0);
}

void SentenceCoder::write_events(std::vector<Event>& out) {
  size_t first = out.size();
  auto emit = [&](const VerbInfo& vi, const Actor& s, const Actor& t) {
    // (Two roles with no country yet -- "the trade representative met the finance
    // minister" -- may be of two countries: judged once they have one.)
    // (Nor two officials both given the story's country: see below.)
    auto guessed = [](const Actor& a) { return a.entry.find("document memory: the story's country ") != std::string::npos; };
    const bool unplaced = s.tb != t.tb && (opt_.resolve_agent_countries || opt_.require_countries) &&
                          ((cameo::is_agent_only(s.code) && cameo::is_agent_only(t.code)) || (guessed(s) && guessed(t)));
    if (!unplaced && self_event(vi.code.code, s.code, t.code, s.null())) return;
    if (opt_.require_dyad && (s.null() || t.null())) return;
    if (s.null() && t.null()) return;
    if (!vi.code.code.empty()) out.push_back(make_event(vi, vi.code.code, s, t));
    if (!vi.code.paired.empty()) out.push_back(make_event(vi, vi.code.paired, t, s));
    else if (opt_.reciprocal_both_directions && !vi.symmetric && !vi.code.code.empty() && reciprocal(vi)) {
      out.push_back(make_event(vi, vi.code.code, t, s));
    }
  };
  for (const auto& vi : s_.verbs) {
    if (vi.code.null() || vi.suppressed || vi.absorbed) continue;
    if (vi.negated && opt_.negation == NegationPolicy::Drop) continue;
    if (vi.hypothetical) continue;
    if (vi.symmetric) {
      for (const auto& a : vi.sources) {
        for (const auto& b : vi.sources) {
          if (&a != &b) emit(vi, a, b);
        }
      }
      continue;
    }
    // One phrase is not both sides of a one-way act: "a dinner attended by British
    // and French soldiers", its agent misread as the object too.
    if (vi.sources.size() >= 2 && vi.sources.size() == vi.targets.size() &&
        std::equal(vi.sources.begin(), vi.sources.end(), vi.targets.begin(),
                   [](const Actor& a, const Actor& b) { return a.tb == b.tb && a.te == b.te; })) {
      continue;
    }
    for (const auto& s : vi.sources) {
      for (const auto& t : vi.targets) emit(vi, s, t);
    }
  }
  // "Trade envoy Ana Ruiz met Farm minister Pedro Alves": two officials both given the story's country by document memory, in
  // a meeting (04), are not one government meeting itself -- the one named second is
  // of the story's other country. (Not other dealings: "the ministry forwarded a draft
  // to the cabinet" is one government's business.)
  if (opt_.document_memory) {
    const std::string kStory = "document memory: the story's country ";
    for (size_t i = first; i < out.size(); ++i) {
      Event& e = out[i];
      if (e.cameo.rfind("04", 0) != 0) continue;
      const size_t ps = e.source.entry.find(kStory), pt = e.target.entry.find(kStory);
      if (ps == std::string::npos || pt == std::string::npos || e.source.code.size() < 3 || e.target.code.size() < 3 ||
          e.source.code.compare(0, 3, e.target.code, 0, 3) != 0) {
        continue;
      }
      EventActor& second = e.source.span.begin > e.target.span.begin ? e.source : e.target;
      // (Named people only: "officials ... a gathering of finance chiefs" may be one
      // government's own.)
      bool named = false;
      for (uint32_t k = second.span.begin; k < second.span.end && k < n_; ++k) {
        named |= g_.words[k].upos == UPos::Propn && s_.tok_match[k] < 0;
      }
      if (!named) continue;
      const auto other = memory_.main_country_except(second.code.substr(0, 3));
      if (!other || !cameo::is_country_code(other->code)) continue;
      second.code = other->code.substr(0, 3) + second.code.substr(3);
      const size_t at = second.entry.find(kStory);
      second.entry = second.entry.substr(0, at) + "document memory: the story's other country " + other->code.substr(0, 3);
    }
  }
  if (opt_.resolve_agent_countries || opt_.require_countries) resolve_agent_sides(out, first);
  // "Japan protested the decision": a state protests by complaining officially (114);
  // people protest by demonstrating (14x). A protest verb with a direct object, or
  // with a clause of what it answers ("protested after a Chinese ship entered its
  // waters"), whose source is a state (a country named as such, or its government) is
  // the complaint.
  if (opt_.political_only) {
    for (size_t i = first; i < out.size(); ++i) {
      Event& e = out[i];
      if (e.cameo.rfind("14", 0) != 0 || e.verb.begin >= n_) continue;
      const uint32_t v = e.verb.begin;
      if (!one_of(g_.words[v].lemma, words().protest_verbs)) continue;
      bool object = false;
      for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
        object |= g_.words[*ch].rel == Rel::Obj;
        if (g_.words[*ch].rel != Rel::Advcl) continue;
        for (const uint32_t* m = g_.children_begin(*ch); m != g_.children_end(*ch); ++m) {
          object |= g_.words[*m].rel == Rel::Mark && one_of(base::ascii_lower(g_.words[*m].form), words().cause_markers);
        }
      }
      const std::string& s = e.source.code;
      // ("Thousands of Georgians protested": people named by a plural are not the state;
      // a country whose name is plural is: "the Philippines protested".)
      const bool plural = people_of_country(e.source);
      const bool state = cameo::is_country_code(s) && ((s.size() == 3 && !plural) || s.compare(3, 3, "GOV") == 0);
      if (!object || !state) continue;
      e.cameo = "114";
      fill_cameo_fields(e);
      e.rule += "; a state's protest is a complaint";
    }
  }
  // What the sides are changes two codes:
  // - "Israel captured the Golan Heights": a place captured is occupied (192), not
  //   arrested (173) -- a target named by a place's own name, not people;
  // - "Young Algerians blocked roads": people named by a plural of their nationality
  //   are no state, and their obstruction is a protest (144), not a blockade (191).
  if (opt_.political_only) {
    auto recode = [&](Event& e, const char* code, const char* why) {
      e.cameo = code;
      fill_cameo_fields(e);
      e.rule += why;
    };
    for (size_t i = first; i < out.size(); ++i) {
      Event& e = out[i];
      if (e.cameo == "191" && e.source.code.size() == 3 && people_of_country(e.source)) {
        recode(e, "144", "; obstruction by people");
        continue;
      }
      // "The minister attacked the rise in Ostravan lending rates": an attack on a policy,
      // a plan or a remark, by anyone but armed men, is words -- criticism (111).
      if (force_code(e.cameo) && e.verb.begin < n_ && e.source.code.size() >= 3 &&
          !(e.source.code.size() >= 6 && (e.source.code.compare(3, 3, "MIL") == 0 || e.source.code.compare(3, 3, "REB") == 0 ||
                                          e.source.code.compare(3, 3, "INS") == 0))) {
        bool idea = false;
        for (const uint32_t* ch = g_.children_begin(e.verb.begin); ch != g_.children_end(e.verb.begin); ++ch) {
          const DepWord& c = g_.words[*ch];
          if (c.rel == Rel::Obj && c.upos == UPos::Noun) idea |= one_of(base::ascii_lower(c.lemma.empty() ? c.form : c.lemma), words().idea_nouns);
        }
        if (idea) {
          recode(e, "111", "; an attack on words or policy is criticism");
          continue;
        }
      }
      // "Valdoria launched a strike against Ostrava": a strike by a state (a country, its
      // government or forces) on another country is force, not a labour strike.
      bool strike = e.verb.begin < n_ && base::ascii_lower(g_.words[e.verb.begin].lemma) == "strike";
      for (const uint32_t* ch = g_.children_begin(e.verb.begin); e.verb.begin < n_ && ch != g_.children_end(e.verb.begin); ++ch) {
        strike |= g_.words[*ch].rel == Rel::Obj && base::ascii_lower(g_.words[*ch].lemma) == "strike";
      }
      if (e.cameo == "143" && strike && e.source.code.size() >= 3 && e.target.code.size() >= 3 &&
          cameo::is_country_code(e.source.code) && cameo::is_country_code(e.target.code) &&
          e.source.code.compare(0, 3, e.target.code, 0, 3) != 0 && !people_of_country(e.source) &&
          (e.source.code.size() == 3 || !cameo::is_non_state_role(std::string_view(e.source.code).substr(3, 3)))) {
        recode(e, "190", "; a state's strike on another country is force");
        continue;
      }
      if (e.cameo != "173" || e.verb.begin >= n_ || e.target.span.end == 0 || e.target.span.end > n_) continue;
      const DepWord& v = g_.words[e.verb.begin];
      if (base::ascii_lower(v.lemma.empty() ? v.form : v.lemma) != "capture") continue;
      const DepWord& last = g_.words[e.target.span.end - 1];
      // (a place's name, "the Golan Heights", not people: "two Syrians")
      const bool name = e.target.span.end >= 2 && g_.words[e.target.span.end - 2].upos == UPos::Propn;
      // (or ground named by its kind: "Iraq's Faw peninsula", "the town")
      const bool ground = last.upos == UPos::Noun && one_of(base::ascii_lower(last.lemma.empty() ? last.form : last.lemma), words().territory_nouns);
      if ((last.upos != UPos::Propn && !ground) || e.target.code.size() != 3 || (people_of_country(e.target) && !name)) continue;
      recode(e, "192", "; a place captured is occupied");
    }
  }
  // "U.S. warships destroyed an Iranian oil platform": armed forces destroying what is
  // not people's property attack it (190); "troops destroyed the homes of ..." stays
  // the destruction of property (1712).
  if (opt_.political_only) {
    for (size_t i = first; i < out.size(); ++i) {
      Event& e = out[i];
      if (e.cameo != "1712" || e.verb.begin >= n_ || e.source.code.size() < 6 || e.source.code.compare(3, 3, "MIL") != 0) continue;
      const uint32_t v = e.verb.begin;
      if (!one_of(g_.words[v].lemma, words().attack_destroy_verbs)) continue;
      bool property = false;
      for (const uint32_t* ch = g_.children_begin(v); ch != g_.children_end(v); ++ch) {
        if (g_.words[*ch].rel == Rel::Obj) property |= one_of(g_.words[*ch].lemma, words().property_nouns);
      }
      if (property) continue;
      e.cameo = "190";
      fill_cameo_fields(e);
      e.rule += "; armed forces' destruction is an attack";
    }
  }
  if (opt_.negation == NegationPolicy::Code) {
    for (size_t i = first; i < out.size(); ++i) out[i].negated = false;
  }
  // One event per (code, source, target).
  std::vector<Event> unique;
  for (size_t i = first; i < out.size(); ++i) {
    bool dup = false;
    for (const auto& u : unique) {
      dup |= u.cameo == out[i].cameo && u.source.code == out[i].source.code && u.target.code == out[i].target.code;
    }
    if (!dup) unique.push_back(std::move(out[i]));
  }
  out.resize(first);
  for (auto& e : unique) out.push_back(std::move(e));
}

// Agent-only sides ("---MIL") take a country, never the other side's unless the act
// is domestic:
//   - a role facing a domestic role of a country (a government and its rebels) shares
//     that country;
//   - a domestic role itself (protesters, police, workers) takes the place named
//     before it in the sentence, else the dateline's country, else the other side's;
//   - any other role (a government, an army, "Congress") takes the dateline's
//     country, else the one the story names most, else one named before it in the
//     sentence, else the latest one named -- "warplanes hit Iran's oil terminal" in
//     a story told from Baghdad.
// What stays agent-only is dropped when countries are required.
void SentenceCoder::resolve_agent_sides(std::vector<Event>& out, size_t first) {
  auto country_of = [](const std::string& code) { return cameo::is_country_code(code) ? code.substr(0, 3) : std::string(); };
  for (size_t i = first; i < out.size(); ++i) {
    Event& e = out[i];
    // Domestic roles first: "Police arrested opposition leaders in Tunisia" gives the
    // leaders Tunisia, and then the police the leaders' country.
    bool guessed[2] = {false, false};  // a side whose country this loop gave it
    for (int step = 0; step < 4 && opt_.resolve_agent_countries; ++step) {
      const int side = step % 2;
      EventActor& a = side == 0 ? e.source : e.target;
      const EventActor& other = side == 0 ? e.target : e.source;
      if (!cameo::is_agent_only(a.code) || a.code.size() <= 3) continue;
      // (Who gives aid or protection is not guessed: "a ship escorted by warships" may
      // be escorted by its own country's or another's.)
      if (side == 0 && e.cameo.rfind("07", 0) == 0) continue;
      const std::string_view role = std::string_view(a.code).substr(3, 3);
      const bool domestic = cameo::is_domestic_role(role);
      if (domestic != (step < 2)) continue;
      const std::string except = country_of(other.code);
      std::string found, evidence;
      const std::string_view other_role = other.code.size() >= 6 ? std::string_view(other.code).substr(3, 3) : "";
      // People or bodies force is used on from abroad are of another country the
      // sentence names than the attacker's (used for domestic and state roles below).
      const bool force = force_code(e.cameo);
      auto other_country_named = [&] {
        for (size_t m = 0; m < s_.matches.size() && found.empty(); ++m) {
          const NounMatch& nm = s_.matches[m];
          if (nm.agent) continue;
          if (std::string c = country_of(actor_code(nm)); !c.empty() && c != except) {
            found = c;
            evidence = "sentence context: " + words_text(nm.tb, nm.te);
          }
        }
      };
      // (Not firms whose own country was only guessed from a place: "the economy
      // minister flew to Washington on Sunday for talks with creditor banks" is no American
      // minister; "asked Japanese banks" makes the ministry Japan's.)
      const bool guessed_firms = other_role == "BUS" && guessed[1 - side];
      if (!except.empty() && !domestic && cameo::is_domestic_role(other_role) && !guessed_firms) {
        found = except;  // a government and its rebels, police and their protesters
        evidence = "domestic: the country of " + other.text;
      }
      if (domestic) {
        // Protesters, workers, rebels: the place named before them in the sentence,
        // else the dateline's, else the other side's country.
        // (Whom someone meets, helps or deals with abroad is seldom of their own
        // country: "the U.S. envoy met the agriculture minister" in a story from Buenos
        // Aires.)
        // (Only in a story told from a third country: a government's talks with its
        // own unions or legislators are the common case where the story is told from
        // home.)
        const bool dealing = e.cameo.size() >= 2 && e.cameo.compare(0, 2, "03") >= 0 && e.cameo.compare(0, 2, "06") <= 0 &&
                             !doc_.dateline_country.empty() && doc_.dateline_country != except;
        for (size_t m = s_.matches.size(); m-- > 0 && found.empty();) {
          const NounMatch& nm = s_.matches[m];
          if (nm.agent || nm.tb >= a.span.begin) continue;
          if (std::string c = country_of(actor_code(nm)); !c.empty() && !(dealing && c == except)) {
            found = c;
            evidence = "sentence context: " + words_text(nm.tb, nm.te);
          }
        }
        // ... else where the sentence says it happened, before or after them ("Police
        // arrested opposition leaders in Tunisia").
        for (size_t m = 0; m < s_.matches.size() && found.empty(); ++m) {
          const NounMatch& nm = s_.matches[m];
          if (nm.agent || nm.te == 0) continue;
          // "in" on the name's own last word or on its phrase's head
          bool place = has_case(nm.te - 1, words().place_prepositions) ||
                       has_case(static_cast<uint32_t>(std::max(nm.chunk, 0)), words().place_prepositions);
          // (Not a border: "near the Ugandan border" is on the other side of it as often.)
          if (nm.chunk >= 0 && one_of(base::ascii_lower(g_.words[nm.chunk].lemma), words().border_words)) place = false;
          // (Nor an embassy: "outside the French embassy in Niamey" is in Niger.)
          if (nm.chunk >= 0 && one_of(base::ascii_lower(g_.words[nm.chunk].lemma), words().mission_words)) place = false;
          // (Nor, for force, the other side's own phrase: "launched drones at U.S. bases
          // in Syria" is not in the United States. A protest aimed at the place it
          // happens is of that place: "blocked roads in Nairobi".)
          if (force && nm.tb >= other.span.begin && nm.te <= other.span.end) place = false;
          if (std::string c = country_of(actor_code(nm)); place && !c.empty()) {
            found = c;
            evidence = "sentence context: in " + words_text(nm.tb, nm.te);
          }
        }
        // ... the people force from abroad is used on are of another country the
        // sentence names ("civilians were wounded by a Russian missile strike on
        // Kharkiv": Ukraine's), not the attacker's.
        if (found.empty() && force && side == 1 && !except.empty() && !cameo::is_domestic_role(other_role)) {
          other_country_named();
        }
        if (found.empty() && !doc_.dateline_country.empty()) {
          found = doc_.dateline_country;
          evidence = "the dateline";
        }
        if (found.empty() && !except.empty() && !dealing) {
          found = except;
          evidence = "domestic: the country of " + other.text;
        }
      }
      // A state body that protesters protest against is their own country's ("Serbians
      // marched against the government's plans").
      if (found.empty() && !domestic && !except.empty() && e.cameo.rfind("14", 0) == 0 && side == 1) {
        found = except;
        evidence = "a protest: the protesters' country, " + other.text;
      }
      // Soldiers or officials force is used on are of another country the sentence
      // names ("struck an Iranian consulate in Damascus, killing seven officers": Iran's),
      // before the dateline's.
      if (found.empty() && !domestic && force && side == 1 && !except.empty()) other_country_named();
      // A state body named without its country ("Congress", "the government", "the
      // army") is the story's: the dateline's, else the country the story names most.
      if (found.empty() && !doc_.dateline_country.empty() && doc_.dateline_country != except) {
        found = doc_.dateline_country;
        evidence = "the dateline";
      }
      if (found.empty()) {
        if (auto r = memory_.main_country_except(except)) {
          found = r->code;
          evidence = "the story's country: " + r->evidence;
        }
      }
      for (size_t m = s_.matches.size(); m-- > 0 && found.empty();) {
        const NounMatch& nm = s_.matches[m];
        if (nm.agent || nm.tb >= a.span.begin) continue;
        std::string c = country_of(actor_code(nm));
        if (!c.empty() && c != except) {
          found = c;
          evidence = "sentence context: " + words_text(nm.tb, nm.te);
        }
      }
      if (found.empty()) {
        auto r = memory_.latest_country_except(except);
        if (r) {
          found = r->code;
          evidence = "story context: " + r->evidence;
        }
      }
      if (found.empty()) continue;
      guessed[side] = true;
      a.code = found + a.code.substr(3);
      a.entry = (a.entry.empty() ? "" : a.entry + " + ") + evidence;
      if (opt_.document_memory) {
        // Its role words now have a country: "the Crown Prince" of a later sentence.
        for (const NounMatch& nm : s_.matches) {
          if (nm.agent && nm.tb >= a.span.begin && nm.te <= a.span.end) {
            memory_.remember_role(static_cast<int32_t>(nm.phrase), a.code, a.text);
          }
        }
        // ... and so has the person it names, when the sentence or the dateline said
        // which: "Peruvian ... Foreign Minister Luis Ortiz" is the "Ortiz" of a later
        // sentence (a country guessed from the other side is not remembered).
        const bool said = evidence.rfind("sentence context", 0) == 0 || evidence == "the dateline";
        for (uint32_t t = a.span.begin; t < a.span.end && t < n_ && said; ++t) {
          if (g_.words[t].upos != UPos::Propn || s_.tok_match[t] >= 0) continue;
          const std::vector<uint32_t> name = name_tokens(s_.chunk[t] >= 0 ? s_.chunk[t] : static_cast<int32_t>(t));
          // (A name is written as one: "Ortiz", not the "F" of "F-1 fighters".)
          const bool written = std::all_of(name.begin(), name.end(), [&](uint32_t k) {
            const std::string& f = g_.words[k].form;
            return f.size() >= 2 && f[0] >= 'A' && f[0] <= 'Z' && f[1] >= 'a' && f[1] <= 'z';
          });
          if (!name.empty() && written && name.front() >= a.span.begin && name.back() < a.span.end) remember_person(name, a.code);
          break;
        }
      }
    }
  }
  // A side resolved to the other side's country may now be that side itself ("Wright
  // (USALEG) conceded Congress": USALEG both): no event, as at emission.
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                           [&](const Event& e) {
                             return self_event(e.cameo, e.source.code, e.target.code, e.source.code.empty() || e.source.code == "---") ||
                                    (opt_.political_only && !political(e.source.code, e.target.code) &&
                                     e.cameo.rfind("14", 0) != 0);  // a protest is political
                           }),
            out.end());
  if (!opt_.require_countries) return;
  auto incomplete = [](const Event& e) {
    for (const EventActor* a : {&e.source, &e.target}) {
      // (A region is no state either: "Latin American ambassadors".)
      if (a->code.empty() || cameo::is_agent_only(a->code) || cameo::is_region(a->code)) return true;
    }
    return false;
  };
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), incomplete), out.end());
}

}  // namespace dyad::coder
