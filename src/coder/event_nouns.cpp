// Event nouns: acts that a sentence names with a noun rather than a verb -- "the U.S.
// strike on a Syrian army depot", "talks with Japan", "his visit to Washington",
// "meetings between the IMF and Sudanese officials". Wire stories report most
// meetings and many attacks this way.
//
// A noun of the dictionary's "noun" entries is coded when its phrase names both
// sides, as careful coders do ("the American attack" alone is not coded):
//   source  "by X"; else the possessor or the phrase's own actors ("Iran's attack",
//           "U.S. raids", "his talks"); else the subject of the clause it belongs to
//           ("X held talks with Y", "X left Bonn after talks with Y");
//   target  "on/against/to/into/at X" (one-sided acts), "with X" (two-sided acts);
//   both    "between X and Y", or two actors in the phrase ("U.S.-Soviet talks").
// The act must be one that happened: not "no talks", not under a negated verb, not
// the content of a verb that wants, plans, refuses or ends it ("called for talks",
// "cut aid"). Under "will/would" a meeting is an intent to meet (036); other acts
// under them are not coded here.
#include "coder/sentence_coder.hpp"
#include "cameo/actor_codes.hpp"

#include <set>

namespace dyad::coder {

namespace {

// The lower-cased case marker ("on", "with") of a nominal dependent, or "".
std::string case_marker(const DepGraph& g, uint32_t t) {
  for (const uint32_t* ch = g.children_begin(t); ch != g.children_end(t); ++ch) {
    if (g.words[*ch].rel == Rel::Case) return base::ascii_lower(g.words[*ch].form);
  }
  return {};
}

}  // namespace

// The verb the noun is an argument of: its head, or the verb above a chain of noun
// phrases ("left Paris late on Monday after talks with ..."); -1 when the
// noun is no verb's argument.
int32_t SentenceCoder::governing_verb(uint32_t t) const {
  int32_t x = static_cast<int32_t>(t);
  for (int steps = 0; steps < 3; ++steps) {
    const DepWord& w = g_.words[x];
    if (w.head < 0) return -1;
    const Rel r = w.rel;
    const bool argument = r == Rel::Obj || r == Rel::Obl || r == Rel::Iobj || r == Rel::Nsubj || r == Rel::NsubjPass ||
                          r == Rel::OblTmod || r == Rel::OblNpmod || r == Rel::Nmod;
    if (!argument) return -1;
    const UPos hu = g_.words[w.head].upos;
    if (hu == UPos::Verb || hu == UPos::Aux) return r == Rel::Nmod ? -1 : w.head;
    // ("met Putin ahead of his visit": the noun hung on "ahead", an adverb of the verb)
    if ((hu == UPos::Adp || hu == UPos::Adv) && r == Rel::Obl) {
      // (or hung on a noun of the verb's: "after talks with Scholz ahead of her visit")
      const DepWord& a = g_.words[w.head];
      if (a.rel != Rel::Advmod || !one_of(base::ascii_lower(a.form), words().time_prepositions)) return -1;
      int32_t h = a.head;
      for (int up = 0; h >= 0 && up < 4 && is_nominal(g_.words[h].upos); ++up) h = g_.words[h].head;
      return h >= 0 && g_.words[h].upos == UPos::Verb ? h : -1;
    }
    if (!is_nominal(hu)) return -1;
    x = w.head;
  }
  return -1;
}

// The actors named right after token `from`, in word order: runs of dictionary
// phrases ("Sudanese government officials" -> SDNGOV), up to a verb or a clause
// boundary; with `coordination`, every run of a list ("IMF and Sudanese officials"),
// else the first.
std::vector<Actor> SentenceCoder::actors_after(uint32_t from, bool coordination) const {
  std::vector<Actor> out;
  std::vector<int32_t> agents;
  int32_t actor = -1;
  uint32_t run_begin = from;
  auto close_run = [&](uint32_t end) {
    if (actor >= 0 || !agents.empty()) {
      std::string base = actor >= 0 ? actor_code(s_.matches[actor]) : "---";
      if (base.find('/') != std::string::npos) base = base.substr(0, base.find('/'));
      out.push_back({compose(base, agents), run_begin, end, ""});
    }
    actor = -1;
    agents.clear();
  };
  uint32_t k = from;
  bool conjoined = false;  // an "and" has closed the list: a comma after it ends the phrase
  for (; k < n_ && k < from + 10; ++k) {
    const DepWord& w = g_.words[k];
    if (w.upos == UPos::Verb || w.upos == UPos::Aux || w.upos == UPos::Adp || w.upos == UPos::SConj) break;
    // (nor a relative clause: "at a session which examines the U.S. exemption")
    if (lang::in(w.xpos, words().relative_pronoun_tags)) break;
    const bool separator = w.upos == UPos::CConj || w.form == ",";
    if (w.upos == UPos::Punct && !separator) break;
    if (w.form == "," && conjoined) break;  // "between X and Y, two commanders said"
    conjoined |= w.upos == UPos::CConj;
    if (separator) {
      close_run(k);
      if (!coordination && !out.empty()) return out;
      run_begin = k + 1;
      continue;
    }
    const int32_t m = s_.tok_match[k];
    if (m < 0) continue;
    if (s_.matches[m].agent) {
      if (std::find(agents.begin(), agents.end(), m) == agents.end()) agents.push_back(m);
    } else if (actor < 0) {
      actor = m;
    }
  }
  close_run(k);
  if (!coordination && out.size() > 1) out.resize(1);
  return out;
}

int32_t SentenceCoder::match_event_noun(uint32_t t, uint32_t& first) const {
  const uint32_t id = s_.form_id[t];
  if (id == kNoWord) return -1;
  auto it = c_.event_nouns_by_last.find(id);
  if (it == c_.event_nouns_by_last.end()) return -1;
  int32_t best = -1;
  size_t best_len = 0;
  for (uint32_t e : it->second) {
    const auto& ids = c_.event_noun_words[e];
    if (ids.size() <= best_len || ids.size() > t + 1) continue;
    bool ok = true;
    for (size_t k = 1; k < ids.size() && ok; ++k) ok = s_.form_id[t - k] == ids[ids.size() - 1 - k];
    if (!ok) continue;
    best = static_cast<int32_t>(e);
    best_len = ids.size();
  }
  // "an Israeli strike on a school" is force; "strikes against the government" and "a
  // lightning strike" by a union are not: such a word names force only when aimed "on"
  // something.
  if (best >= 0 && best_len == 1 && one_of(base::ascii_lower(g_.words[t].form), words().aimed_nouns)) {
    bool aimed = false;
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t) && !aimed; ++ch) {
      aimed = g_.words[*ch].rel == Rel::Nmod && has_case(*ch, words().aimed_prepositions);
    }
    if (!aimed) return -1;
  }
  if (best >= 0) first = t + 1 - static_cast<uint32_t>(best_len);
  return best;
}

namespace {
// What cutting or stopping an act of cooperation is in CAMEO: aid -> 162 (1621
// economic, 1622 military, 1623 humanitarian), talks -> 164, mediation -> 165,
// diplomatic cooperation -> 161, material cooperation -> 160; nothing for others.
std::string reduced_code(const std::string& code) {
  if (code.size() < 2) return "";
  const std::string root = code.substr(0, 2);
  if (root == "07") return code == "071" ? "1621" : code == "072" ? "1622" : code == "073" ? "1623" : "162";
  if (root == "04") return code.rfind("045", 0) == 0 ? "165" : "164";
  if (root == "05") return "161";
  if (root == "06") return "160";
  return "";
}
}  // namespace

void SentenceCoder::find_event_nouns() {
  s_.act_authors.clear();
  if (c_.event_nouns_by_last.empty()) return;
  for (uint32_t t = 0; t < n_; ++t) {
    const DepWord& w = g_.words[t];
    if (w.upos != UPos::Noun && w.upos != UPos::Propn) continue;
    if (s_.chunk[t] != static_cast<int32_t>(t) || s_.tok_match[t] >= 0) continue;  // heads only; not a name
    uint32_t first = t;
    const int32_t e = match_event_noun(t, first);
    if (e < 0) continue;
    const EventNounEntry& entry = dict_.event_nouns[e];
    VerbInfo vi;
    vi.tok = t;
    vi.vb = first;
    vi.ve = t + 1;
    vi.noun_entry = e;
    vi.code = entry.code;
    vi.mutual = entry.mutual;
    vi.rule = "event noun";
    if (noun_arguments(vi, entry.mutual)) s_.verbs.push_back(std::move(vi));
  }
}

// "Indian Defence Minister Rajnath Singh is in Australia to discuss naval
// cooperation", "... was in Riyadh for talks": someone of one country who is in
// another for talks or to do something there is visiting it (042). Only with a
// purpose: "the minister is in Australia" alone may be a stopover or a residence.
void SentenceCoder::find_stays() {
  const lang::CoderWords& W = words();
  for (uint32_t t = 0; t < n_; ++t) {
    const int32_t m = s_.tok_match[t];
    if (m < 0 || s_.matches[m].agent || dict_.actors[s_.matches[m].entry].person) continue;
    if (g_.words[t].upos != UPos::Propn && g_.words[t].upos != UPos::Noun) continue;
    bool cop = false, in = false, purpose = false;
    int32_t subj = -1;
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      const DepWord& c = g_.words[*ch];
      cop |= c.rel == Rel::Cop;
      in |= c.rel == Rel::Case && one_of(base::ascii_lower(c.form), W.location_prepositions);
      if (c.rel == Rel::Nsubj) subj = static_cast<int32_t>(*ch);
      if ((c.rel == Rel::Advcl || c.rel == Rel::Xcomp || c.rel == Rel::Acl) && c.upos == UPos::Verb && to_clause(*ch)) {
        purpose = true;
      }
      if (c.rel == Rel::Obl || c.rel == Rel::Nmod) {
        uint32_t first = *ch;
        const int32_t e = match_event_noun(*ch, first);
        purpose |= e >= 0 && dict_.event_nouns[e].code.code.rfind("04", 0) == 0 && has_case(*ch, W.purpose_prepositions);
      }
    }
    if (!cop || !in || !purpose || subj < 0) continue;
    // Negated or hedged: "is not in Moscow", "may be in Moscow".
    bool doubtful = false;
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      doubtful |= g_.words[*ch].negation ||
                  (g_.words[*ch].rel == Rel::Aux && one_of(g_.words[*ch].form, W.hedge_auxiliaries));
    }
    if (doubtful) continue;
    const std::string place = actor_code(s_.matches[m]);
    if (place.size() < 3 || !cameo::is_country_code(place)) continue;
    std::vector<Actor> visitors;
    // (Armed men are not visitors: "Kenyan troops are in Somalia to fight militants";
    // a defence minister is.)
    const bool plural = g_.words[subj].xpos == "NNS" || g_.words[subj].xpos == "NNPS";
    for (const Actor& a : group_at(subj)) {
      const std::string role = a.code.size() > 3 ? a.code.substr(3, 3) : "";
      if (plural && (role == "MIL" || role == "REB" || role == "COP" || role == "SPY" || role == "INS")) continue;
      if (!a.null() && a.code.size() >= 3 && a.code[0] != '-' && a.code.compare(0, 3, place, 0, 3) != 0) visitors.push_back(a);
    }
    if (visitors.empty()) continue;
    VerbInfo vi;
    vi.tok = t;
    vi.vb = s_.matches[m].tb;
    vi.ve = s_.matches[m].te;
    vi.code = EventCode{"042", ""};
    vi.rule = "a stay: in " + g_.words[t].form + " for a purpose";
    vi.sources = std::move(visitors);
    vi.targets = {{place.substr(0, 3), s_.matches[m].tb, s_.matches[m].te, entry_text(m)}};
    s_.verbs.push_back(std::move(vi));
  }
}

// The host of a visit that names none ("arrived on Monday", "Modi's trip"): the
// dateline's country, when that is not the visitor's own; with no dateline, the other
// side of the visitor's country's latest consultation in the story's last three
// sentences ("Modi opened talks with Biden"). Appends it to `targets`.
void SentenceCoder::visit_host(const Actor& visitor, uint32_t t, std::vector<Actor>& targets) {
  if (!opt_.document_memory || visitor.null() || visitor.code.size() < 3 || visitor.code[0] == '-') return;
  const std::string own = visitor.code.substr(0, 3);
  if (!doc_.dateline_country.empty()) {
    if (own != doc_.dateline_country) targets.push_back({doc_.dateline_country, t, t + 1, "the dateline"});
    return;
  }
  const DocumentState::PastAct* past = memory_.latest_act("04", 3);
  if (!past) return;
  // (either direction of a two-sided act)
  const std::string& other = past->source.compare(0, 3, own) == 0   ? past->target
                             : past->target.compare(0, 3, own) == 0 ? past->source
                                                                    : own;
  if (other.size() >= 3 && other[0] != '-' && other.compare(0, 3, own) != 0 && cameo::is_country_code(other)) {
    targets.push_back({other.substr(0, 3), t, t + 1,
                       "document memory: " + past->text + " (sentence " + std::to_string(past->sentence) + ")"});
  }
}

bool SentenceCoder::noun_arguments(VerbInfo& vi, bool mutual) {
  const uint32_t t = vi.tok;
  const lang::CoderWords& W = words();
  // "no talks", and "made no mention of fighting": a negative determiner on the noun
  // or on a noun it hangs under.
  for (int32_t x = static_cast<int32_t>(t), steps = 0; x >= 0 && steps < 4 && is_nominal(g_.words[x].upos); ++steps) {
    for (const uint32_t* ch = g_.children_begin(x); ch != g_.children_end(x); ++ch) {
      if (g_.words[*ch].rel == Rel::Det && one_of(g_.words[*ch].form, W.negative_determiners)) return false;
    }
    if (g_.words[x].rel != Rel::Nmod) break;
    x = g_.words[x].head;
    // ("signs of accord", "hopes of a truce"; not "pinning hopes for a breakthrough on
    // the trip", the trip two steps down.)
    if (steps == 0 && x >= 0 && one_of(base::ascii_lower(g_.words[x].lemma.empty() ? g_.words[x].form : g_.words[x].lemma), W.hint_nouns)) {
      return false;
    }
    // "the chances of a direct clash", "the risk of a wider war": a prospect, not an act.
    if (x >= 0 && one_of(base::ascii_lower(g_.words[x].lemma.empty() ? g_.words[x].form : g_.words[x].lemma), W.prospect_nouns)) {
      return false;
    }
  }
  const int32_t gov = governing_verb(t);
  // "destroyed the platform in retaliation for an Iranian attack", "fired after the
  // Ostravan raids": an act the verb answers or follows is a fact of its own, which
  // the verb does not change.
  // (So is an act that does something: "an Iranian attack on a ship killed two".)
  bool background = false;
  for (int32_t x = static_cast<int32_t>(t), steps = 0; gov >= 0 && x >= 0 && x != gov && steps < 4; ++steps) {
    const DepWord& w = g_.words[x];
    // ("ahead of her visit", the noun hung on "ahead")
    background |= has_case(static_cast<uint32_t>(x), W.time_prepositions) ||
                  (x != static_cast<int32_t>(t) && (w.upos == UPos::Adp || w.upos == UPos::Adv) &&
                   one_of(base::ascii_lower(w.form), W.time_prepositions)) ||
                  (x != static_cast<int32_t>(t) && one_of(base::ascii_lower(w.form), W.response_nouns)) ||
                  (w.head == gov && w.rel == Rel::Nsubj);
    // ("in retaliation for an attack" with the attack hung on the verb)
    for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(x)); ch != g_.children_end(static_cast<uint32_t>(x)); ++ch) {
      if (g_.words[*ch].rel == Rel::Case && *ch > 0 && one_of(base::ascii_lower(g_.words[*ch - 1].form), W.response_nouns)) {
        background = true;
      }
    }
    x = w.head;
  }
  // "agreed to restart talks", "refused to resume aid": the act is the content of an
  // intent, appeal, demand, refusal or threat above the verb it hangs on, which codes it.
  // (The act itself, as the verb's object: not "sought to separate the dispute from
  // the planned trip".)
  if (gov >= 0 && g_.words[t].rel == Rel::Obj && g_.words[t].head == gov &&
      (s_.verb_of_token[gov] < 0 || s_.verbs[s_.verb_of_token[gov]].code.null())) {
    int32_t x = gov;
    for (int steps = 0; steps < 3 && x >= 0; ++steps) {
      const DepWord& w = g_.words[x];
      if (w.head < 0 || !(w.rel == Rel::Xcomp || ((w.rel == Rel::Advcl || w.rel == Rel::Ccomp) && to_clause(x)))) break;
      x = w.head;
      const int32_t v = s_.verb_of_token[x];
      if (v < 0 || s_.verbs[v].code.code.size() < 2) continue;
      const std::string r = s_.verbs[v].code.code.substr(0, 2);
      if (r == "02" || r == "03" || r == "10" || r == "12" || r == "13") return false;
      break;
    }
  }
  bool future = false;
  bool commented = false;  // the object of a comment: its subject is no author of the act
  // "delivered an endorsement of X", "made an appeal to Y", "issued a warning": a
  // verbal act named by the object of a verb of making or giving is the subject's act
  // (the verb's own code -- deliver: aid -- does not apply).
  const std::string noun_root0 = vi.code.code.size() >= 2 ? vi.code.code.substr(0, 2) : "";
  // (Any act done by a verb of doing: "has committed an act of armed aggression
  // against Iran", the noun directly or through "an act of".)
  int32_t object = static_cast<int32_t>(t);
  if (gov >= 0 && g_.words[t].rel == Rel::Nmod && g_.words[t].head >= 0 &&
      one_of(base::ascii_lower(g_.words[g_.words[t].head].lemma), W.instance_nouns)) {
    object = g_.words[t].head;
  }
  const std::string gov_lemma =
      gov >= 0 ? base::ascii_lower(g_.words[gov].lemma.empty() ? g_.words[gov].form : g_.words[gov].lemma) : "";
  const bool object_of_gov = gov >= 0 && g_.words[object].rel == Rel::Obj && g_.words[object].head == gov;
  const bool authored = opt_.comments_target_authors && object_of_gov &&
                        ((one_of(gov_lemma, W.authoring_verbs) &&
                          (noun_root0 == "01" || noun_root0 == "02" || noun_root0 == "03" || vi.code.code == "051" ||
                           noun_root0 == "10" || noun_root0 == "11" || noun_root0 == "12" || noun_root0 == "13")) ||
                         one_of(gov_lemma, W.doing_verbs) ||
                         // "Norway announced a trade boycott of Israel", "declared an
                         // offensive against X": an act of force or sanctions announced
                         // is the announcer's own.
                         (one_of(gov_lemma, W.announcing_verbs) && noun_root0 >= "15" && noun_root0 <= "20") ||
                         // "approved an arms sale to Taiwan", "authorised military aid
                         // to Ukraine", "adopted sanctions against Iran": material acts
                         // and sanctions decided are the decider's.
                         (one_of(gov_lemma, W.deciding_verbs) &&
                          (noun_root0 == "06" || noun_root0 == "07" || noun_root0 == "16")));
  if (gov >= 0) {
    for (const uint32_t* ch = g_.children_begin(gov); ch != g_.children_end(gov); ++ch) {
      if (g_.words[*ch].negation) return false;
      // "... might ignore European interests in an accord with Moscow": a guess.
      if (g_.words[*ch].rel == Rel::Aux && one_of(g_.words[*ch].form, W.hedge_auxiliaries)) return false;
      if (g_.words[*ch].rel == Rel::Aux && one_of(g_.words[*ch].form, W.future_auxiliaries)) future = true;
    }
    const int32_t gv = s_.verb_of_token[gov];
    if (gv >= 0 && !background && !s_.verbs[gv].code.null() && s_.verbs[gv].code.code.size() >= 2) {
      // A comment on the act (statements, praise, criticism, rejection) leaves it a
      // fact; a verb of the same kind codes it itself; any other verb changes it.
      const std::string root = s_.verbs[gv].code.code.substr(0, 2);
      const std::string noun_root = vi.code.code.substr(0, 2);
      const bool verbal_act = noun_root == "02" || noun_root == "03" || noun_root == "10" || noun_root == "13";
      const bool comment = root == "01" || root == "05" || root == "11" || root == "12" || (verbal_act && root == "08");
      // "arrived in Riyadh for talks with Saudi officials": a visit for talks has both.
      // (Only a visit: "held talks" is the verb's own act, coded by it.)
      const std::string& gcode = s_.verbs[gv].code.code;
      // (Announced too: "is due to fly out tonight to Lima for trade talks".)
      const bool visit_for_talks =
          (gcode.rfind("042", 0) == 0 || gcode.rfind("043", 0) == 0 ||
           (gcode == "036" && one_of(verb_lemma(static_cast<uint32_t>(gov)), W.travel_verbs))) &&
          noun_root == "04" && !s_.verbs[gv].absorbed;
      if (authored) {
        // The noun codes the act; the verb that makes it, none of its own.
        // (Also when the verb's pattern matched only words of the noun's own phrase:
        // "approved a $2 billion arms sale", not money given.)
        const auto& pw = s_.verbs[gv].pattern_words;
        const bool inside = !pw.empty() && std::all_of(pw.begin(), pw.end(), [&](uint32_t k) {
          return k < n_ && in_subtree(k, static_cast<uint32_t>(object)) && k != static_cast<uint32_t>(object);
        });
        if (s_.verbs[gv].pattern < 0 || one_of(gov_lemma, W.doing_verbs) || inside) s_.verbs[gv].suppressed = true;
      } else if (!comment && !visit_for_talks &&
                 !(noun_root >= "18" && noun_root <= "20" && force_code(gcode) && one_of(verb_lemma(static_cast<uint32_t>(gov)), W.countering_verbs))) {
        // ("repelled an Eritrean offensive": the offensive, force answered by force, is
        // a fact of its own.)
        return false;
      }
      // (Announcing an act is its author's word: "Japan announced talks with China".)
      // (Also a noun under the object: "denies any role in the attack on the base".)
      int32_t top = static_cast<int32_t>(t);
      while (top >= 0 && g_.words[top].head != gov) top = g_.words[top].head;
      commented = !visit_for_talks && !authored && top >= 0 && g_.words[top].rel == Rel::Obj &&
                  !one_of(base::ascii_lower(g_.words[gov].lemma), W.announcing_verbs);
      // (A denial or rejection never authors the act it names, wherever the parser
      // hangs it: "Iran denies role in attack on US base", "attack" on the verb.)
      commented |= !authored && (gcode == "016" || root == "12");
    }
  }
  // "ahead of her visit", "prior to the talks": an act still to come.
  if (g_.words[t].head >= 0) {
    const DepWord& h = g_.words[g_.words[t].head];
    if (one_of(base::ascii_lower(h.lemma.empty() ? h.form : h.lemma), W.coming_heads)) future = true;
  }
  // "her trip to Moscow next month", "the planned talks": an act still to come.
  // (The date's words hang on the noun itself: in "talks ahead of her visit next
  // week" the date is the visit's.)
  for (const DateExpression& d : s_.dater.expressions()) {
    if (!d.date || !doc_.date || !(doc_.date < d.date)) continue;
    for (uint32_t k = d.tb; k < d.te; ++k) {
      if (g_.words[k].head == static_cast<int32_t>(t)) future = true;
    }
  }
  for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
    const DepWord& c = g_.words[*ch];
    if ((c.rel == Rel::Amod || c.rel == Rel::Acl) && one_of(base::ascii_lower(c.form), W.future_act_adjectives)) {
      future = true;
    }
  }
  // "Talks are due to begin on Wednesday", "the summit is set to open": the verb of a
  // scheduled start.
  // (Read from the words too, where the parser loses "are due to": "Talks between
  // Kenya and Uganda are due to resume" -- a form of "be", then "due/set/scheduled
  // to", before any other verb.)
  for (uint32_t k = t + 1; k + 2 < n_ && k < t + 14; ++k) {
    const DepWord& w = g_.words[k];
    if (w.upos == UPos::Verb && !one_of(base::ascii_lower(w.form), W.readiness_adjectives)) break;
    const std::string f = base::ascii_lower(w.form);
    // ("The dates for the meeting have yet to be set": still to come.)
    const std::string before = base::ascii_lower(g_.words[k - 1].lemma);
    if (f == "yet" && base::ieq_lower(g_.words[k + 1].form, "to") && (before == "be" || before == "have")) {
      future = true;
      break;
    }
    if ((f == "due" || one_of(f, W.readiness_adjectives)) && base::ieq_lower(g_.words[k + 1].form, "to") &&
        before == "be") {
      future = true;
      break;
    }
  }
  // (The noun may be the subject of "due" itself.)
  {
    int32_t pred = -1;
    if (gov >= 0 && g_.words[gov].rel == Rel::Xcomp) pred = g_.words[gov].head;
    if (g_.words[t].rel == Rel::Nsubj && g_.words[t].head >= 0 && g_.words[g_.words[t].head].upos == UPos::Adj) {
      pred = g_.words[t].head;
    }
    if (pred >= 0) {
      bool xcomp = false;
      for (const uint32_t* ch = g_.children_begin(pred); ch != g_.children_end(pred); ++ch) xcomp |= g_.words[*ch].rel == Rel::Xcomp;
      const std::string h = base::ascii_lower(g_.words[pred].form);
      future |= xcomp && (h == "due" || one_of(h, W.readiness_adjectives));
    }
  }
  std::vector<Actor> sources, targets, members;
  for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
    const Rel r = g_.words[*ch].rel;
    if (r != Rel::Nmod && r != Rel::Obl) continue;
    const std::string marker = case_marker(g_, *ch);
    if (lang::in(marker, W.agent_prepositions)) {
      sources = group_at(static_cast<int32_t>(*ch));
    } else if (lang::in(marker, W.between_prepositions)) {
      members = group_at(static_cast<int32_t>(*ch));
    } else if ((lang::in(marker, mutual ? W.partner_prepositions : W.target_prepositions) ||
                (noun_root0 == "07" && lang::in(marker, W.beneficiary_prepositions))) &&
               targets.empty()) {
      // ("aid for Ukraine": whom aid is for receives it.)
      targets = group_at(static_cast<int32_t>(*ch));
    }
  }
  // "the Valdorian raids on its radar sites", "on three of its ports": whose the thing
  // done to is, when only a possessive pronoun says it (not for two-sided acts).
  if (!mutual && !coded(targets) && opt_.resolve_agent_countries) {
    std::vector<uint32_t> phrases;
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      const Rel r = g_.words[*ch].rel;
      if ((r == Rel::Nmod || r == Rel::Obl) && lang::in(case_marker(g_, *ch), W.target_prepositions)) phrases.push_back(*ch);
    }
    // (The phrase right after the noun, which the parser hung elsewhere.)
    if (phrases.empty() && t + 1 < n_ && g_.words[t + 1].rel == Rel::Case && g_.words[t + 1].head > static_cast<int32_t>(t) &&
        lang::in(base::ascii_lower(g_.words[t + 1].form), W.target_prepositions)) {
      phrases.push_back(static_cast<uint32_t>(g_.words[t + 1].head));
    }
    for (const uint32_t* ch = phrases.data(); ch != phrases.data() + phrases.size() && !coded(targets); ++ch) {
      int32_t thing = static_cast<int32_t>(*ch);
      // (a part of it: "two of its platforms")
      if (g_.words[thing].upos == UPos::Num || g_.words[thing].upos == UPos::Pron) {
        for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
          if (g_.words[*cc].rel == Rel::Nmod && lang::in(case_marker(g_, *cc), W.of_prepositions)) thing = static_cast<int32_t>(*cc);
        }
      }
      if (!chunk_matches(thing).empty()) continue;
      for (const std::string& owner : possessive_owner(thing)) {
        targets.push_back({owner, static_cast<uint32_t>(thing), static_cast<uint32_t>(thing) + 1, "whose it is: " + g_.words[thing].form});
      }
    }
  }
  // "Israel's air raids are aimed mostly at guerrilla bases": an act said to be aimed
  // at someone is aimed at them.
  if (!mutual && !coded(targets) && gov >= 0 && g_.words[t].head == gov &&
      (g_.words[t].rel == Rel::NsubjPass || g_.words[t].rel == Rel::Nsubj) &&
      one_of(verb_lemma(static_cast<uint32_t>(gov)), W.aiming_verbs)) {
    for (const uint32_t* ch = g_.children_begin(gov); ch != g_.children_end(gov) && !coded(targets); ++ch) {
      const DepWord& c = g_.words[*ch];
      if ((c.rel == Rel::Obl && has_case(*ch, W.target_prepositions)) || c.rel == Rel::Obj) {
        targets = group_at(static_cast<int32_t>(*ch));
      }
    }
  }
  // The parser often hangs "with X" or "between X and Y" elsewhere; the words right
  // after the noun still say it.
  // (Past a date: "talks this week with Ostravan officials".)
  uint32_t after = t + 1;
  for (const DateExpression& d : s_.dater.expressions()) {
    if (d.tb == after) after = d.te;
  }
  // (Past a place: "his talks at Doha with Barrak", "talks in Geneva with X".)
  if (after + 2 < n_ && one_of(base::ascii_lower(g_.words[after].form), W.location_prepositions) &&
      g_.words[after + 1].upos == UPos::Propn) {
    uint32_t k = after + 1;
    while (k < n_ && k < after + 4 && g_.words[k].upos == UPos::Propn) ++k;
    if (k < n_ && lang::in(base::ascii_lower(g_.words[k].form), W.partner_prepositions)) after = k;
    for (const DateExpression& d : s_.dater.expressions()) {
      if (d.tb == after) after = d.te;
    }
  }
  // (Not an infinitive's "to": "an ultimatum to free the hostages".)
  const bool infinitive = after < n_ && g_.words[after].upos == UPos::Part && base::ieq_lower(g_.words[after].form, "to");
  if (after < n_ && !infinitive) {
    const std::string next = base::ascii_lower(g_.words[after].form);
    if (targets.empty() && (lang::in(next, mutual ? W.partner_prepositions : W.target_prepositions) ||
                            (noun_root0 == "07" && lang::in(next, W.beneficiary_prepositions)))) {
      targets = actors_after(after + 1, false);
      // (A person met before, whom no dictionary names: "talks at Doha with Barrak".)
      if (!coded(targets) && after + 1 < n_ && g_.words[after + 1].upos == UPos::Propn && s_.chunk[after + 1] >= 0 &&
          g_.words[s_.chunk[after + 1]].upos == UPos::Propn) {
        std::vector<Actor> named = group_at(s_.chunk[after + 1]);
        if (coded(named)) targets = std::move(named);
      }
    } else if (sources.empty() && lang::in(next, W.agent_prepositions)) {
      sources = actors_after(after + 1, false);  // "rejected the accusations by Greece", "by" hung on the verb
    } else if (members.size() < 2 && lang::in(next, W.between_prepositions)) {
      std::vector<Actor> listed = actors_after(after + 1, true);
      if (listed.size() > members.size()) members = std::move(listed);
    }
  }
  // "condemned the detention of its fishermen by Uganda": the parser hangs the noun's
  // "by" on the verb; an active verb has no agent of its own, so it is the noun's.
  if (sources.empty() && gov >= 0 && g_.words[t].rel == Rel::Obj && g_.words[t].head == gov &&
      !is_passive(static_cast<uint32_t>(gov))) {
    for (const uint32_t* ch = g_.children_begin(gov); ch != g_.children_end(gov); ++ch) {
      if (*ch > t && g_.words[*ch].rel == Rel::Obl && is_nominal(g_.words[*ch].upos) &&
          lang::in(case_marker(g_, *ch), W.agent_prepositions)) {
        sources = group_at(static_cast<int32_t>(*ch));
        break;
      }
    }
  }
  // "the detention of Kuwaiti vessels by Iran", with "by Iran" hung on the vessels:
  // the people or things an act is done to have no agent of their own.
  if (sources.empty() && !mutual) {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t) && sources.empty(); ++ch) {
      if (g_.words[*ch].rel != Rel::Nmod || !lang::in(case_marker(g_, *ch), W.of_prepositions)) continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (*cc > *ch && g_.words[*cc].rel == Rel::Nmod && lang::in(case_marker(g_, *cc), W.agent_prepositions)) {
          sources = group_at(static_cast<int32_t>(*cc));
          break;
        }
      }
    }
  }
  // "the detention of Vietnamese fishermen by China": with its author named by "by",
  // the "of" phrase is who the act is done to; so it is for an act its verb's subject
  // makes ("delivered an endorsement of the government").
  if ((!sources.empty() || authored) && targets.empty() && !mutual) {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t) && targets.empty(); ++ch) {
      if (g_.words[*ch].rel == Rel::Nmod && lang::in(case_marker(g_, *ch), W.of_prepositions)) {
        targets = group_at(static_cast<int32_t>(*ch));
      }
    }
  }
  // "Friday's Iranian attack hitting a U.S.-flagged ship", "a Russian strike killing
  // 12 Ukrainian civilians": what the act's participle does to is its target.
  if (targets.empty() && !mutual) {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t) && targets.empty(); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel != Rel::Acl || c.upos != UPos::Verb || c.xpos != "VBG") continue;
      for (const uint32_t* cc = g_.children_begin(*ch); cc != g_.children_end(*ch); ++cc) {
        if (g_.words[*cc].rel == Rel::Obj) targets = group_at(static_cast<int32_t>(*cc));
      }
    }
  }
  // "US-China trade talks", "the Reagan-Gorbachev summit": two sides joined by a
  // hyphen in front of a two-sided act are its sides.
  if (mutual && members.size() < 2 && !coded(sources) && !coded(targets)) {
    uint32_t begin = t;
    while (begin > 0 && in_subtree(begin - 1, t)) --begin;
    std::vector<Actor> pair;
    bool hyphen = false;
    std::set<std::string> codes;
    for (uint32_t k = begin; k < vi.vb; ++k) {
      hyphen |= g_.words[k].form == "-";
      const int32_t m = s_.tok_match[k];
      if (m < 0 || s_.matches[m].agent || s_.matches[m].tb != k) continue;
      const std::string code = actor_code(s_.matches[m]);
      if (code.empty()) continue;
      pair.push_back({code, s_.matches[m].tb, s_.matches[m].te, entry_text(m)});
      codes.insert(code);
    }
    if (hyphen && codes.size() >= 2) members = std::move(pair);
  }
  if (sources.empty()) {
    // The possessor: "his talks" (the person last named), "its attack" (the actor
    // named before), "Iran's attack" and "U.S. raids" (the phrase's own actors).
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t) && sources.empty(); ++ch) {
      const DepWord& c = g_.words[*ch];
      if (c.rel != Rel::NmodPoss || c.upos != UPos::Pron) continue;
      Actor known;
      // "Chirac is expected to seek support, first proposed by his minister, during
      // his visit to Washington": "his" is the clause's subject when that is a person
      // of another country than the act's other side, else the person last named.
      std::vector<Actor> subject_group;
      if (one_of(c.form, W.person_possessives) && gov >= 0) {
        const int32_t subj = subject_of(static_cast<uint32_t>(gov));
        if (subj >= 0 && subj < static_cast<int32_t>(*ch) && s_.tok_match[subj] >= 0 &&
            !s_.matches[s_.tok_match[subj]].agent && dict_.actors[s_.matches[s_.tok_match[subj]].entry].person) {
          subject_group = group_at(subj);
          const std::string other = targets.empty() || targets.front().null() ? "" : targets.front().code.substr(0, 3);
          for (const Actor& a : subject_group) {
            if (a.null() || (!other.empty() && a.code.rfind(other, 0) == 0)) subject_group.clear();
            if (subject_group.empty()) break;
          }
        }
      }
      if (!subject_group.empty()) {
        sources = subject_group;
      } else if (one_of(c.form, W.person_possessives) && recall_last_person(static_cast<int32_t>(*ch), known)) {
        sources.push_back(known);
      } else {
        for (const std::string& owner : possessive_owner(static_cast<int32_t>(t))) sources.push_back({owner, *ch, *ch + 1, ""});
      }
    }
  }
  if (sources.empty()) {
    for (Actor& a : resolve_nominal(static_cast<int32_t>(t))) {
      if (a.tb < t) sources.push_back(std::move(a));
    }
  }
  // (A person named before as the possessor: "Modi's trip", Modi met earlier.)
  if (!coded(sources)) {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      if (g_.words[*ch].rel != Rel::NmodPoss || g_.words[*ch].upos != UPos::Propn || s_.tok_match[*ch] >= 0) continue;
      std::vector<Actor> named = group_at(static_cast<int32_t>(*ch));
      if (coded(named)) sources = std::move(named);
      break;
    }
  }
  // "South Africa's condemnation of Israel", "Russia's invasion of Ukraine": with its
  // author named in the phrase itself, the "of" phrase is whom the act is done to.
  // (Not force: "since Russia's invasion of Ukraine" is the background of many a
  // story, not the day's event.)
  if (targets.empty() && !mutual && coded(sources) && opt_.comments_target_authors && noun_root0 < "18") {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t) && targets.empty(); ++ch) {
      if (*ch > t && g_.words[*ch].rel == Rel::Nmod && lang::in(case_marker(g_, *ch), W.of_prepositions)) {
        std::vector<Actor> of = group_at(static_cast<int32_t>(*ch));
        // (Not the author again: "the U.S. attack of the United States".)
        std::erase_if(of, [&](const Actor& a) {
          return std::any_of(sources.begin(), sources.end(), [&](const Actor& s) {
            return !s.null() && !a.null() && s.code.compare(0, 3, a.code, 0, 3) == 0;
          });
        });
        targets = std::move(of);
      }
    }
  }
  // "The Kenyan minister, here for talks with U.S. officials, said ...", "Singh is in
  // Canberra for talks": an act that is the purpose of someone's being somewhere is
  // theirs -- the actor the place phrase describes, or the subject of "is in X".
  if (sources.empty() && gov < 0) {
    int32_t x = static_cast<int32_t>(t);
    for (int steps = 0; steps < 3 && sources.empty(); ++steps) {
      const DepWord& w = g_.words[x];
      if (w.head < 0 || (w.rel != Rel::Obl && w.rel != Rel::Nmod && w.rel != Rel::Advmod)) break;
      const int32_t h = w.head;
      const DepWord& hw = g_.words[h];
      bool place = hw.upos == UPos::Adv && one_of(base::ascii_lower(hw.form), W.here_words);
      bool cop = false;
      int32_t subj = -1;
      for (const uint32_t* ch = g_.children_begin(h); ch != g_.children_end(h); ++ch) {
        place |= g_.words[*ch].rel == Rel::Case && one_of(base::ascii_lower(g_.words[*ch].form), W.location_prepositions);
        cop |= g_.words[*ch].rel == Rel::Cop;
        if (g_.words[*ch].rel == Rel::Nsubj) subj = static_cast<int32_t>(*ch);
      }
      // ("Russia is ready for talks with Ukraine": a readiness, talks still to come.)
      const bool ready = hw.upos == UPos::Adj && one_of(base::ascii_lower(hw.form), W.readiness_adjectives) &&
                         has_case(static_cast<uint32_t>(x), W.purpose_prepositions);
      if (ready && cop && subj >= 0) {
        sources = group_at(subj);
        // ("The Kremlin said it was ready for talks": the pronoun is the speaker.)
        if (!coded(sources) && g_.words[subj].upos == UPos::Pron && hw.rel == Rel::Ccomp && hw.head >= 0 &&
            s_.verb_of_token[hw.head] >= 0 && is_speech(s_.verbs[s_.verb_of_token[hw.head]])) {
          const int32_t speaker = subject_of(static_cast<uint32_t>(hw.head));
          if (speaker >= 0) sources = group_at(speaker);
        }
        future = true;
        // (one side's readiness: not the other's)
        mutual = false;
        vi.mutual = false;
        vi.rule += "; source: who is ready for it";
        break;
      } else if (place && cop && subj >= 0) {
        sources = group_at(subj);
      } else if (place && (hw.rel == Rel::Advmod || hw.rel == Rel::Appos || hw.rel == Rel::Nmod || hw.rel == Rel::Acl) &&
                 hw.head >= 0 && is_nominal(g_.words[hw.head].upos) && !in_subtree(static_cast<uint32_t>(hw.head), t)) {
        sources = group_at(hw.head);
      }
      x = h;
    }
    if (!sources.empty() && vi.rule.find("who is ready for it") == std::string::npos) vi.rule += "; source: who is there for it";
  }
  // "voted to halve aid to Colombia", "froze talks with X": a verb the dictionary does
  // not code that cuts or stops the act makes it a reduction of relations (CAMEO 16);
  // an act of another kind cut short is no event.
  if (gov >= 0 && g_.words[t].head == gov && g_.words[t].rel == Rel::Obj &&
      (s_.verb_of_token[gov] < 0 || s_.verbs[s_.verb_of_token[gov]].code.null()) &&
      one_of(verb_lemma(static_cast<uint32_t>(gov)), W.reduction_verbs)) {
    const std::string reduced = reduced_code(vi.code.code);
    if (reduced.empty()) return false;
    vi.code = EventCode{reduced, ""};
    vi.rule += "+reduced";
    vi.mutual = mutual = false;
  }
  // "Reagan's threat to impose tariffs on Japanese electronics", "China's offer to
  // mediate between X and Y": a threat or an intent named by a noun says which by the
  // act of its infinitive, and is aimed where that act is.
  if ((noun_root0 == "13" || noun_root0 == "03") && opt_.comments_target_authors && !mutual) {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      if (g_.words[*ch].rel != Rel::Acl || !to_clause(*ch) || s_.verb_of_token[*ch] < 0) continue;
      const VerbInfo& inner = s_.verbs[s_.verb_of_token[*ch]];
      if (inner.code.null() || inner.negated) continue;
      const std::string announced = announced_code(inner.code.code);
      const bool fits = noun_root0 == "13" ? announced.rfind("13", 0) == 0 : announced.rfind("03", 0) == 0;
      if (!fits) continue;
      vi.code = EventCode{announced, ""};
      vi.rule += "+its act: " + g_.words[*ch].form;
      if (targets.empty()) {
        for (const Actor& a : inner.targets) {
          if (!a.null()) targets.push_back(a);
        }
      }
      s_.verbs[s_.verb_of_token[*ch]].absorbed = true;
      break;
    }
  }
  if (coded(sources)) s_.act_authors.emplace_back(t, sources);
  // An appeal, offer, demand or warning that a verb answers ("Sudan rejected a demand
  // by the IMF", "accepted the offer") was made to the one who answers it.
  const std::string noun_root = vi.code.code.substr(0, 2);
  const bool answerable = noun_root == "02" || noun_root == "03" || noun_root == "10" || noun_root == "13";
  if (answerable && !authored && targets.empty() && gov >= 0 && g_.words[t].rel == Rel::Obj && !sources.empty()) {
    const int32_t subj = subject_of(static_cast<uint32_t>(gov));
    if (subj >= 0 && !in_subtree(t, static_cast<uint32_t>(subj))) targets = group_at(subj);
  }
  // "Its troops repelled an Eritrean offensive": force that force answers was aimed at
  // whoever answered it.
  if (noun_root0 >= "18" && noun_root0 <= "20" && targets.empty() && !mutual && coded(sources) && gov >= 0 &&
      g_.words[t].rel == Rel::Obj && g_.words[t].head == gov &&
      one_of(verb_lemma(static_cast<uint32_t>(gov)), W.countering_verbs)) {
    const int32_t subj = subject_of(static_cast<uint32_t>(gov));
    if (subj >= 0 && !in_subtree(t, static_cast<uint32_t>(subj))) {
      std::vector<Actor> answerers = group_at(subj);
      // ("its troops killed hundreds as they crushed an offensive": "they" of a clause
      // on a verb is that verb's subject.)
      const DepWord& gw = g_.words[gov];
      if (!coded(answerers) && g_.words[subj].upos == UPos::Pron && gw.head >= 0 &&
          (gw.rel == Rel::Advcl || gw.rel == Rel::Conj)) {
        const int32_t above = subject_of(static_cast<uint32_t>(gw.head));
        if (above >= 0 && g_.words[above].upos != UPos::Pron) answerers = group_at(above);
      }
      for (Actor& a : answerers) {
        if (a.null() || a.code.size() < 3) continue;
        if (std::any_of(sources.begin(), sources.end(), [&](const Actor& s) {
              return !s.null() && s.code.compare(0, 3, a.code, 0, 3) == 0;
            })) {
          continue;
        }
        targets.push_back(std::move(a));
      }
    }
  }
  // (Not the subject of a passive: "at meetings here, both countries were accorded
  // terms" -- those the verb acts on did not hold the meetings.)
  // (Nor of a one-sided act the clause happens after or before: "India and Pakistan
  // traded accusations after an attack on pilgrims" -- neither attacked.)
  // ("during a raid on the village, troops killed ..." is theirs.)
  const std::string marker_t = case_marker(g_, t);
  const bool timed = !mutual && marker_t != "during" && lang::in(marker_t, W.time_prepositions);
  if (sources.empty() && gov >= 0 && (!answerable || authored) && !(commented && opt_.comments_target_authors) &&
      !(opt_.comments_target_authors && is_passive(static_cast<uint32_t>(gov))) && !(timed && opt_.comments_target_authors)) {
    const int32_t subj = subject_of(static_cast<uint32_t>(gov));
    if (subj >= 0 && !in_subtree(t, static_cast<uint32_t>(subj))) sources = group_at(subj);
    // ("She had flown to Bonn from talks with Mitterrand": a pronoun the clause's own
    // verb resolved is the same person here.)
    if (subj >= 0 && !coded(sources) && g_.words[subj].upos == UPos::Pron && s_.verb_of_token[gov] >= 0) {
      const VerbInfo& own = s_.verbs[s_.verb_of_token[gov]];
      if (!own.code.null() && coded(own.sources) &&
          std::all_of(own.sources.begin(), own.sources.end(), [&](const Actor& a) { return a.tb == static_cast<uint32_t>(subj); })) {
        sources = own.sources;
      }
    }
  }
  // "Gorbachev's new offer removed a barrier to agreement": an offer or proposal whose
  // phrase names its author and no one else is made to the story's partner of that
  // author (its latest dealings, 03-06, in the last six sentences).
  if (noun_root0 == "03" && !mutual && targets.empty() && opt_.document_memory && coded(sources) && sources.size() == 1 &&
      sources.front().tb >= vi.vb - std::min<uint32_t>(vi.vb, 8) && in_subtree(sources.front().tb, t) &&
      cameo::is_country_code(sources.front().code)) {
    const std::string side = sources.front().code.substr(0, 3);
    if (const DocumentState::PastAct* past = memory_.latest_dealing_with(side, 6)) {
      const std::string& other = past->source.compare(0, 3, side) == 0 ? past->target : past->source;
      if (other.size() >= 3 && other.compare(0, 3, side) != 0 && !cameo::is_agent_only(other)) {
        targets.push_back({other, vi.vb, vi.ve,
                           "document memory: " + past->text + " (sentence " + std::to_string(past->sentence) + ")"});
        vi.rule += "; made to: the story's partner";
      }
    }
  }
  if (mutual && targets.empty()) {
    std::set<std::string> codes;
    for (const auto& a : members.empty() ? sources : members) {
      if (!a.null()) codes.insert(a.code);
    }
    if (codes.size() >= 2) {
      vi.sources = members.empty() ? sources : members;
      vi.symmetric = true;
    } else if (!members.empty()) {
      targets = members;
    }
  }
  // "The January talks focussed on rescheduling", "Discussions are under way": a
  // two-sided act the phrase names no side of, definite or bare, is the story's
  // latest act of that kind, between the same sides.
  if (mutual && opt_.recall_mutual_acts && opt_.document_memory && !coded(sources) && !coded(targets) &&
      !coded(members)) {
    // Only the act itself, plainly: not "a meeting", "the meeting of the Congress",
    // "the next talks", nor under "if".
    // (Where and when it was held, and what it dealt with, do not make it another:
    // "heavy fighting on both fronts", "the talks, which dealt with ...".)
    bool other = false;
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      const DepWord& c = g_.words[*ch];
      const std::string form = base::ascii_lower(c.form);
      if (c.rel == Rel::Det) {
        other |= !one_of(c.form, W.definite_determiners);
      } else if (c.rel == Rel::Amod || c.rel == Rel::Acl || c.rel == Rel::AclRelcl) {
        other |= one_of(form, W.new_act_adjectives);
      } else if (c.rel == Rel::Nmod) {
        const std::string marker = case_marker(g_, *ch);
        other |= lang::in(marker, W.of_prepositions) || lang::in(marker, W.agent_prepositions) || lang::in(marker, W.between_prepositions) ||
                 lang::in(marker, W.partner_prepositions);
      } else {
        other |= c.rel == Rel::NmodPoss || c.rel == Rel::Nummod || c.rel == Rel::Appos;
      }
    }
    if (gov >= 0) {
      for (const uint32_t* ch = g_.children_begin(gov); ch != g_.children_end(gov); ++ch) {
        other |= g_.words[*ch].rel == Rel::Mark && one_of(g_.words[*ch].form, W.condition_markers);
      }
    }
    const DocumentState::PastAct* past = other ? nullptr : memory_.latest_act(vi.code.code.substr(0, 2), 6);
    // And the sentence names no one else: "negotiations were continuing with Argentina".
    if (past) {
      for (const NounMatch& m : s_.matches) {
        if (m.agent) continue;
        const std::string c = actor_code(m);
        if (c.size() >= 3 && c.compare(0, 3, past->source, 0, 3) != 0 && c.compare(0, 3, past->target, 0, 3) != 0) {
          past = nullptr;
          break;
        }
      }
    }
    if (past && !cameo::is_agent_only(past->source) && !cameo::is_agent_only(past->target)) {
      const std::string evidence =
          "document memory: " + past->text + " (sentence " + std::to_string(past->sentence) + ")";
      vi.sources = {{past->source, vi.vb, vi.ve, evidence}, {past->target, vi.vb, vi.ve, evidence}};
      vi.symmetric = true;
      vi.rule = "event noun; sides: the story's latest such act";
    }
  }
  // "the main purpose of Modi's trip was ...": a visit with no host named is to the
  // story's host country (see visit_host).
  if (!mutual && targets.empty() && vi.code.code.rfind("042", 0) == 0 && coded(sources) && !sources.front().null()) {
    visit_host(sources.front(), t, targets);
  }
  if (!vi.symmetric) {
    vi.sources = std::move(sources);
    vi.targets = std::move(targets);
  }
  if (future) {
    if (vi.code.code.rfind("04", 0) != 0) return false;
    vi.code = EventCode{"036", ""};
  }
  if (vi.symmetric) return true;
  return coded(vi.sources) && coded(vi.targets);
}

}  // namespace dyad::coder
