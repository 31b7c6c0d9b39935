// Parse repairs done on a copy of the graph before coding, for mistakes that move
// whole clauses (the repairs that only need another answer to "who is the subject"
// live in arguments.cpp).
//
// The reported predicate: "Israeli gunships attacked Palestinian positions near
// Sidon, the military spokesman said" is often parsed with "attacked" as an
// adjective of "positions" and "gunships", "positions" and "spokesman" as three
// subjects of "said"; "U.S. warships shelled and destroyed an Iranian platform, X
// said" with "attacked" as a clause modifying "warships" and "platform" as a
// complement of "said". A verb with two subjects is the tell. When a verb-tagged word
// right after the first subject modifies that subject or the noun after it, and has
// no subject of its own, it is the reported clause: the first subject is its subject,
// the noun phrase after it its object, and it is the complement of the verb.
#include "coder/parse_repair.hpp"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "base/strings.hpp"

namespace dyad::coder {
namespace {

bool is_subject(const DepWord& w) { return w.rel == Rel::Nsubj; }

bool nominal(UPos u) { return u == UPos::Noun || u == UPos::Propn || u == UPos::Pron || u == UPos::Num; }

// The child of `v` whose subtree holds `t` (t itself when it is a child), else -1.
int32_t child_towards(const DepGraph& g, uint32_t v, uint32_t t) {
  int32_t x = static_cast<int32_t>(t);
  for (size_t steps = 0; x >= 0 && steps <= g.size(); ++steps) {
    if (g.words[x].head == static_cast<int32_t>(v)) return x;
    x = g.words[x].head;
  }
  return -1;
}

// Whether t is a or below a.
bool under(const DepGraph& g, uint32_t t, uint32_t a) {
  int32_t x = static_cast<int32_t>(t);
  for (size_t steps = 0; x >= 0 && steps <= g.size(); ++steps) {
    if (x == static_cast<int32_t>(a)) return true;
    x = g.words[x].head;
  }
  return false;
}

// The last word of the noun phrase headed by s that precedes the words after it:
// the head itself, or its last left-side dependent's words ("helicopter gunships").
uint32_t phrase_end(const DepGraph& g, uint32_t s) {
  uint32_t end = s;
  for (const uint32_t* ch = g.children_begin(s); ch != g.children_end(s); ++ch) {
    const Rel r = g.words[*ch].rel;
    if (*ch > end && (r == Rel::Flat || r == Rel::Fixed || r == Rel::Goeswith)) end = *ch;
  }
  return end;
}

struct ReportedPredicate {
  uint32_t verb;       // the reporting verb ("said")
  uint32_t subject;    // the first subject ("gunships")
  uint32_t predicate;  // the verb-tagged modifier ("attacked")
  int32_t object;      // the noun phrase after it, as a child of the verb; -1 for none
};

bool find_reported_predicate(const DepGraph& g, ReportedPredicate& out) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 0; v < n; ++v) {
    if (g.words[v].upos != UPos::Verb) continue;
    int subjects = 0;
    int32_t first = -1;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      if (!is_subject(g.words[*ch])) continue;
      if (first < 0) first = static_cast<int32_t>(*ch);
      ++subjects;
    }
    if (subjects < 2 || first < 0 || static_cast<uint32_t>(first) > v) continue;
    const uint32_t s = static_cast<uint32_t>(first);
    if (!nominal(g.words[s].upos)) continue;
    const uint32_t p = phrase_end(g, s) + 1;
    if (p >= v || g.words[p].upos != UPos::Verb) continue;
    const DepWord& pw = g.words[p];
    if (pw.rel != Rel::Amod && pw.rel != Rel::Acl) continue;
    bool own_subject = false, marked = false;
    for (const uint32_t* ch = g.children_begin(p); ch != g.children_end(p); ++ch) {
      const Rel r = g.words[*ch].rel;
      own_subject |= r == Rel::Nsubj || r == Rel::NsubjPass;
      marked |= r == Rel::Mark || r == Rel::Aux || r == Rel::AuxPass;  // "to attack", "being attacked"
    }
    if (own_subject || marked) continue;
    int32_t object = -1;
    if (pw.head == static_cast<int32_t>(s)) {
      // "warships shelled and destroyed an Iranian platform": the first nominal child
      // of the verb after the predicate, parsed as another subject or a complement.
      for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
        const DepWord& c = g.words[*ch];
        if (*ch <= p || *ch >= v || !nominal(c.upos)) continue;
        if (c.rel == Rel::Nsubj || c.rel == Rel::Ccomp || c.rel == Rel::Obj || c.rel == Rel::Dep) object = *ch;
        break;
      }
    } else if (pw.head > static_cast<int32_t>(p)) {
      // "gunships attacked Palestinian positions": the noun it was made to modify, as
      // a subject of the verb or a dependent of the first subject.
      object = child_towards(g, v, static_cast<uint32_t>(pw.head));
      if (object == static_cast<int32_t>(s)) object = child_towards(g, s, static_cast<uint32_t>(pw.head));
      if (object < 0 || !nominal(g.words[object].upos)) continue;
      const Rel r = g.words[object].rel;
      if (r != Rel::Nsubj && r != Rel::Obj && r != Rel::Dep && r != Rel::Appos && r != Rel::Ccomp) continue;
    } else {
      continue;
    }
    // The object follows the predicate (and its own words: "attacked and destroyed"):
    // "15,000 people left homeless by the earthquake, which will cost Ecuador 800 mln
    // dlrs" is a participle, not a predicate of "dlrs".
    if (object >= 0) {
      uint32_t q = p + 1;
      while (q < n && under(g, q, p)) ++q;
      if (q >= n || !under(g, q, static_cast<uint32_t>(object))) continue;
    }
    // The speaker must remain: a subject of the verb other than the two moved.
    bool speaker = false;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      speaker |= is_subject(g.words[*ch]) && *ch != s && static_cast<int32_t>(*ch) != object;
    }
    if (!speaker) continue;
    out = {v, s, p, object};
    return true;
  }
  return false;
}

// "Saudi Arabia's Crown Prince Abdullah met ...", parsed with "Arabia" (and its
// "'s") as an oblique of "met": a word with a possessive "'s" that hangs on a verb is
// the possessor of the noun phrase right after it. Returns the possessor and the
// head of that phrase.
bool find_stray_possessor(const DepGraph& g, uint32_t& possessor, uint32_t& owner) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t c = 1; c + 1 < n; ++c) {
    const DepWord& cw = g.words[c];
    if (cw.rel != Rel::Case || cw.xpos != "POS" || cw.head != static_cast<int32_t>(c) - 1) continue;
    const uint32_t x = c - 1;
    const DepWord& xw = g.words[x];
    if (!nominal(xw.upos) || xw.head < 0 || xw.rel == Rel::NmodPoss) continue;
    const DepWord& h = g.words[xw.head];
    if (h.upos != UPos::Verb && h.upos != UPos::Aux) continue;
    // The phrase after "'s": the highest word whose words start right there.
    int32_t y = static_cast<int32_t>(c) + 1;
    if (!nominal(g.words[y].upos) && g.words[y].upos != UPos::Adj) continue;
    while (g.words[y].head > y && !under(g, x, static_cast<uint32_t>(g.words[y].head))) y = g.words[y].head;
    // (Neither may hold the other: the rewiring must not make a cycle.)
    if (!nominal(g.words[y].upos) || under(g, x, static_cast<uint32_t>(y)) || under(g, static_cast<uint32_t>(y), x)) continue;
    // y may head a name ("Crown Prince Abdullah": flat words after it); it must not be
    // the verb's oblique itself.
    if (g.words[y].head < 0) continue;
    possessor = x;
    owner = static_cast<uint32_t>(y);
    return true;
  }
  return false;
}

// "The European Union and the United States urged ...", parsed with "Union" and
// "States" as two subjects of "urged", the "and" under "States": a subject with a
// coordinating conjunction before it, after another subject, is that one's conjunct.
bool find_split_conjunct(const DepGraph& g, uint32_t& first, uint32_t& second) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 0; v < n; ++v) {
    int32_t prev = -1;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      const DepWord& c = g.words[*ch];
      if (c.rel != Rel::Nsubj && c.rel != Rel::NsubjPass) continue;
      if (prev >= 0 && nominal(c.upos) && nominal(g.words[prev].upos)) {
        // (The "and" on the second subject, or on a word of its phrase before it:
        // "Russia and North Korea" with "and" under "North".)
        for (uint32_t t = static_cast<uint32_t>(prev) + 1; t < *ch; ++t) {
          if (g.words[t].rel == Rel::Cc && under(g, t, *ch)) {
            first = static_cast<uint32_t>(prev);
            second = *ch;
            return true;
          }
        }
      }
      prev = static_cast<int32_t>(*ch);
    }
  }
  return false;
}

// "Iran fired missiles at Saudi Arabia." parsed as one noun phrase: "missiles" the
// root, "Iran" its compound, "fired" its adjective. A sentence whose root is a noun
// with a verb-tagged modifier right after a nominal dependent before it is that
// clause: the verb is the root, the phrase before it the subject, the noun the object.
//
// The same with the subject as the root: "Iran's president promised retaliation
// against Iraq." parsed with "president" the root, "retaliation" its conjunct (no
// "and") and "promised" the conjunct's adjective: the verb is the root, the root
// noun its subject, the conjunct its object.
struct HeadlessClause {
  uint32_t root;       // the noun the parser made the root
  uint32_t subject;    // the nominal dependent before the verb (the root itself in the second shape)
  uint32_t predicate;  // the verb-tagged modifier
  int32_t object = -1;  // second shape: the noun the verb modifies, a dependent of the root
};

// A verb-tagged modifier with no subject, auxiliary or marker of its own.
bool bare_modifier(const DepGraph& g, uint32_t p) {
  const DepWord& pw = g.words[p];
  if (pw.upos != UPos::Verb || (pw.rel != Rel::Amod && pw.rel != Rel::Acl)) return false;
  for (const uint32_t* c2 = g.children_begin(p); c2 != g.children_end(p); ++c2) {
    const Rel x = g.words[*c2].rel;
    if (x == Rel::Nsubj || x == Rel::NsubjPass || x == Rel::Mark || x == Rel::Aux || x == Rel::AuxPass) return false;
  }
  return true;
}

// The second shape: root noun r, then a verb-tagged modifier right after r's phrase,
// then the noun it modifies, a conjunct or loose dependent of r without "and".
bool find_subject_root_clause(const DepGraph& g, uint32_t r, HeadlessClause& out) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (const uint32_t* ch = g.children_begin(r); ch != g.children_end(r); ++ch) {
    const uint32_t x = *ch;
    const DepWord& xw = g.words[x];
    if (x <= r + 1 || !nominal(xw.upos)) continue;
    if (xw.rel != Rel::Conj && xw.rel != Rel::Dep && xw.rel != Rel::Appos && xw.rel != Rel::Parataxis && xw.rel != Rel::List) continue;
    bool coordinated = false;
    int32_t p = -1;
    for (const uint32_t* c2 = g.children_begin(x); c2 != g.children_end(x); ++c2) {
      const DepWord& cw = g.words[*c2];
      if (cw.rel == Rel::Cc || (cw.rel == Rel::Punct && *c2 < x)) coordinated = true;
      if (*c2 > r && *c2 < x && bare_modifier(g, *c2) && p < 0) p = static_cast<int32_t>(*c2);
    }
    if (coordinated || p < 0) continue;
    // Nothing but r's own phrase between r and the verb; the verb's left dependents
    // only determiners and the like of the object's phrase follow it.
    bool joined = true;
    for (uint32_t t = r + 1; t < static_cast<uint32_t>(p) && joined; ++t) {
      int32_t h = g.words[t].head;
      while (h >= 0 && h != static_cast<int32_t>(r)) h = g.words[h].head;
      joined = h == static_cast<int32_t>(r) && g.words[t].head != static_cast<int32_t>(x);
    }
    if (!joined || p >= static_cast<int32_t>(n)) continue;
    out = {r, r, static_cast<uint32_t>(p), static_cast<int32_t>(x)};
    return true;
  }
  return false;
}

bool find_headless_clause(const DepGraph& g, HeadlessClause& out) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t r = 0; r < n; ++r) {
    const DepWord& rw = g.words[r];
    if (rw.head >= 0 || (rw.upos != UPos::Noun && rw.upos != UPos::Propn)) continue;
    if (find_subject_root_clause(g, r, out)) return true;
    for (const uint32_t* ch = g.children_begin(r); ch != g.children_end(r); ++ch) {
      const uint32_t p = *ch;
      const DepWord& pw = g.words[p];
      if (p >= r || pw.upos != UPos::Verb || (pw.rel != Rel::Amod && pw.rel != Rel::Acl) || p == 0) continue;
      bool own = false;
      for (const uint32_t* c2 = g.children_begin(p); c2 != g.children_end(p); ++c2) {
        const Rel x = g.words[*c2].rel;
        own |= x == Rel::Nsubj || x == Rel::NsubjPass || x == Rel::Mark || x == Rel::Aux || x == Rel::AuxPass;
      }
      if (own) break;
      // The word before the verb ends a nominal dependent of the root.
      int32_t s = static_cast<int32_t>(p) - 1;
      while (s >= 0 && g.words[s].head >= 0 && g.words[s].head != static_cast<int32_t>(r) &&
             static_cast<uint32_t>(g.words[s].head) < p) {
        s = g.words[s].head;
      }
      if (s < 0 || g.words[s].head != static_cast<int32_t>(r) || !nominal(g.words[s].upos)) break;
      const Rel sr = g.words[s].rel;
      if (sr != Rel::Compound && sr != Rel::Nmod && sr != Rel::NmodPoss && sr != Rel::Amod && sr != Rel::Dep &&
          sr != Rel::Nsubj)
        break;
      out = {r, static_cast<uint32_t>(s), p};
      return true;
    }
  }
  return false;
}

// "Pakistani authorities arrested former prime minister Imran Khan." parsed with
// "authorities" the root, "arrested" its participle and "Imran Khan" an agent with no
// "by": a sentence whose root is a noun, followed right after its phrase by a
// past-tense or participle modifier with no subject, auxiliary or marker of its own
// that has an agent or oblique noun phrase with no preposition, is that clause -- the
// verb the root, the noun its subject, the phrase its object.
bool find_object_after_participle(const DepGraph& g, uint32_t& subject, uint32_t& verb, uint32_t& object) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t r = 0; r < n; ++r) {
    const DepWord& rw = g.words[r];
    if (rw.head >= 0 || (rw.upos != UPos::Noun && rw.upos != UPos::Propn)) continue;
    for (const uint32_t* ch = g.children_begin(r); ch != g.children_end(r); ++ch) {
      const uint32_t p = *ch;
      if (p != r + 1 || !bare_modifier(g, p)) continue;
      if (g.words[p].xpos != "VBD" && g.words[p].xpos != "VBN") continue;
      for (const uint32_t* c2 = g.children_begin(p); c2 != g.children_end(p); ++c2) {
        const uint32_t o = *c2;
        const Rel x = g.words[o].rel;
        // (With an object the coder reads the parse right as it is; an agent or
        // oblique without its preposition is the mistake that reverses the act.)
        if (o <= p || !nominal(g.words[o].upos) || (x != Rel::OblAgent && x != Rel::Obl)) continue;
        bool marked = false;
        for (const uint32_t* c3 = g.children_begin(o); c3 != g.children_end(o); ++c3) marked |= g.words[*c3].rel == Rel::Case;
        if (marked) continue;
        subject = r;
        verb = p;
        object = o;
        return true;
      }
    }
  }
  return false;
}

// "Foreign Undersecretary Rell Maro said ..." parsed with "Undersecretary" the root and
// "Rell Maro said ..." a relative clause on it: a sentence whose root is a common noun
// with no verb of its own, followed right away by a name that is the subject of a
// relative clause on it with no relative word, is that clause -- the noun the name's
// title, the clause's verb the root.
bool find_title_before_subject(const DepGraph& g, uint32_t& title, uint32_t& verb) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t r = 0; r + 1 < n; ++r) {
    const DepWord& rw = g.words[r];
    // (A title is written with a capital: "Undersecretary", not "member".)
    if (rw.head >= 0 || rw.upos != UPos::Noun || rw.form.empty() || rw.form[0] < 'A' || rw.form[0] > 'Z') continue;
    for (const uint32_t* ch = g.children_begin(r); ch != g.children_end(r); ++ch) {
      const uint32_t v = *ch;
      if (g.words[v].rel != Rel::AclRelcl || g.words[v].upos != UPos::Verb) continue;
      int32_t subject = -1;
      bool relative_word = false;
      for (const uint32_t* c2 = g.children_begin(v); c2 != g.children_end(v); ++c2) {
        const DepWord& cw = g.words[*c2];
        if (cw.rel == Rel::Nsubj) subject = static_cast<int32_t>(*c2);
        relative_word |= cw.rel == Rel::Mark || cw.xpos == "WDT" || cw.xpos == "WP";
      }
      if (relative_word || subject != static_cast<int32_t>(r) + 1 || g.words[subject].upos != UPos::Propn) continue;
      title = r;
      verb = v;
      return true;
    }
  }
  return false;
}

// "Following talks with Xi Jinping, Putin said ..." parsed with "talks" the root and
// "Putin said ..." a relative clause on it: a root noun with a relative clause that has
// a subject of its own after a comma, and no relative word, is an opening phrase of
// that clause -- the clause's verb the root, the noun its oblique.
bool find_clause_after_opening_phrase(const DepGraph& g, uint32_t& opening, uint32_t& verb) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t r = 0; r < n; ++r) {
    const DepWord& rw = g.words[r];
    if (rw.head >= 0 || rw.upos != UPos::Noun) continue;
    for (const uint32_t* ch = g.children_begin(r); ch != g.children_end(r); ++ch) {
      const uint32_t v = *ch;
      if (g.words[v].rel != Rel::AclRelcl || g.words[v].upos != UPos::Verb) continue;
      int32_t subject = -1;
      bool relative_word = false;
      for (const uint32_t* c2 = g.children_begin(v); c2 != g.children_end(v); ++c2) {
        const DepWord& cw = g.words[*c2];
        if (cw.rel == Rel::Nsubj && *c2 < v) subject = static_cast<int32_t>(*c2);
        relative_word |= cw.rel == Rel::Mark || cw.xpos == "WDT" || cw.xpos == "WP" || cw.xpos == "WRB";
      }
      if (relative_word || subject <= static_cast<int32_t>(r)) continue;
      // The subject's phrase starts right after a comma.
      uint32_t begin = static_cast<uint32_t>(subject);
      while (begin > 0 && under(g, begin - 1, static_cast<uint32_t>(subject)) && g.words[begin - 1].upos != UPos::Punct) {
        --begin;
      }
      if (begin == 0 || g.words[begin - 1].form != ",") continue;
      opening = r;
      verb = v;
      return true;
    }
  }
  return false;
}

// "Sweden, which joined NATO in March, sent troops to Latvia." parsed with "Sweden" the
// root and "sent" a conjunct of "joined": a root noun with a relative clause (a
// "which" or "who" subject) followed, after a comma, by a finite verb with no subject
// of its own hung inside that clause, has that verb as its predicate -- the verb the
// root, the noun its subject, the clause a relative clause on it.
bool find_main_verb_after_relative(const DepGraph& g, uint32_t& subject, uint32_t& relative, uint32_t& verb,
                                   int32_t* report = nullptr) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t r = 0; r < n; ++r) {
    const DepWord& rw = g.words[r];
    if (!nominal(rw.upos)) continue;
    // The root noun; or, in reported speech ("Valdoria and Ostrava, which have no ties,
    // discussed trade, a Valdorian spokesman said"), the first of two subjects of the
    // reporting verb.
    int32_t said = -1;
    if (rw.head >= 0) {
      if (report == nullptr || rw.rel != Rel::Nsubj || g.words[rw.head].upos != UPos::Verb || rw.head < static_cast<int32_t>(r)) continue;
      int subjects = 0;
      bool first = true;
      for (const uint32_t* ch = g.children_begin(rw.head); ch != g.children_end(rw.head); ++ch) {
        if (g.words[*ch].rel != Rel::Nsubj) continue;
        ++subjects;
        first &= *ch >= r;
      }
      if (subjects < 2 || !first) continue;
      said = rw.head;
    }
    for (uint32_t w = r + 1; w < n; ++w) {
      const DepWord& ww = g.words[w];
      if (ww.rel != Rel::Nsubj || (ww.xpos != "WDT" && ww.xpos != "WP") || ww.head < 0) continue;
      const uint32_t rel = static_cast<uint32_t>(ww.head);
      const uint32_t top = said >= 0 ? static_cast<uint32_t>(said) : r;
      if (g.words[rel].upos != UPos::Verb || !under(g, rel, top) || rel == r || rel == top) continue;
      for (uint32_t v = rel + 1; v < n && (said < 0 || v < static_cast<uint32_t>(said)); ++v) {
        const DepWord& vw = g.words[v];
        // (A past form read as a participle right after the comma that closes the
        // clause is as good: "India and Pakistan, which have fought three wars,
        // discussed trade", "discussed" an adjective of "trade".)
        const bool past_form = vw.xpos == "VBN" && v > 0 && g.words[v - 1].form == "," && vw.form.size() > 2 &&
                               vw.form.compare(vw.form.size() - 2, 2, "ed") == 0;
        if (vw.upos != UPos::Verb || (vw.xpos != "VBD" && vw.xpos != "VBZ" && vw.xpos != "VBP" && !past_form) ||
            !(under(g, v, rel) || (said >= 0 && past_form && under(g, v, top) && vw.rel == Rel::Amod))) {
          continue;
        }
        bool own_subject = false, comma = false;
        for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
          own_subject |= g.words[*ch].rel == Rel::Nsubj || g.words[*ch].rel == Rel::NsubjPass;
        }
        for (uint32_t t = rel + 1; t < v; ++t) comma |= g.words[t].form == ",";
        if (own_subject || !comma) continue;
        subject = r;
        relative = rel;
        verb = v;
        if (report != nullptr) *report = said;
        return true;
      }
      break;
    }
  }
  return false;
}

// "Israel, Hamas agree to truce": a headline lists its subjects with a comma, which
// the parser takes for an address ("Israel" a vocative of "agree"). A name that opens
// the sentence, is followed by a comma and then by the verb's subject, and hangs on
// that verb (or subject) as a vocative, dependent, apposition or list item is the
// subject's first conjunct.
bool find_headline_list(const DepGraph& g, uint32_t& first, uint32_t& subject) {
  if (g.size() < 4 || g.words[0].upos != UPos::Propn || g.words[1].form != ",") return false;
  const DepWord& w = g.words[0];
  if (w.rel != Rel::Vocative && w.rel != Rel::Dep && w.rel != Rel::Appos && w.rel != Rel::List &&
      w.rel != Rel::Dislocated) {
    return false;
  }
  for (uint32_t s = 2; s < g.size() && s < 6; ++s) {
    const DepWord& sw = g.words[s];
    if (sw.rel != Rel::Nsubj || sw.upos != UPos::Propn || sw.head < 0) continue;
    if (w.head != sw.head && w.head != static_cast<int32_t>(s)) return false;
    if (g.words[sw.head].upos != UPos::Verb) return false;
    first = 0;
    subject = s;
    return true;
  }
  return false;
}

// "In a phone call with Xi Jinping, Joe Biden raised concerns ...", parsed with "Joe
// Biden" an apposition of "Xi Jinping" and "raised" without a subject: a finite
// main verb with no subject, right after a phrase that follows a comma and hangs as an
// apposition on a noun before it, has that phrase as its subject.
bool find_subject_in_apposition(const DepGraph& g, uint32_t& phrase, uint32_t& verb) {
  for (uint32_t v = 1; v < g.size(); ++v) {
    const DepWord& vw = g.words[v];
    if (vw.upos != UPos::Verb || vw.rel != Rel::Root) continue;
    if (vw.xpos != "VBD" && vw.xpos != "VBZ" && vw.xpos != "VBP") continue;
    bool subject = false;
    for (uint32_t t = 0; t < g.size(); ++t) {
      const DepWord& w = g.words[t];
      // (An opening participle read as a clausal subject is no subject: "Speaking
      // after a meeting with X, Y praised ...".)
      const bool opening_participle = w.rel == Rel::Csubj && t == 0 && w.xpos == "VBG";
      subject |= w.head == static_cast<int32_t>(v) && !opening_participle &&
                 (w.rel == Rel::Nsubj || w.rel == Rel::NsubjPass || w.rel == Rel::Csubj || w.rel == Rel::Expl);
    }
    if (subject) return false;
    int32_t a = static_cast<int32_t>(v) - 1;
    for (int guard = 0; a >= 0 && g.words[a].rel != Rel::Appos && guard < 8; ++guard) a = g.words[a].head;
    if (a < 0 || g.words[a].rel != Rel::Appos || !nominal(g.words[a].upos) || under(g, v, static_cast<uint32_t>(a))) return false;
    uint32_t left = static_cast<uint32_t>(a);
    for (uint32_t t = 0; t < static_cast<uint32_t>(a); ++t) {
      if (under(g, t, static_cast<uint32_t>(a)) && g.words[t].upos != UPos::Punct) {
        left = t;
        break;
      }
    }
    if (left == 0 || g.words[left - 1].form != ",") return false;
    for (uint32_t t = left; t < v; ++t) {
      if (!under(g, t, static_cast<uint32_t>(a))) return false;
    }
    phrase = static_cast<uint32_t>(a);
    verb = v;
    return true;
  }
  return false;
}

// "The deal Valdoria struck with Ostrava angered Morava." parsed with "deal" and
// "Valdoria" two subjects of "struck" and "angered" a clause of it: a verb with two
// subjects side by side, the first a common noun, and a later verb of its own with no
// subject, is a relative clause on the first subject, which is the later verb's.
bool find_reduced_relative(const DepGraph& g, uint32_t& noun, uint32_t& relative, uint32_t& verb) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 0; v < n; ++v) {
    if (g.words[v].upos != UPos::Verb) continue;
    int32_t first = -1, second = -1;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      if (g.words[*ch].rel != Rel::Nsubj || *ch > v) continue;
      if (first < 0) first = static_cast<int32_t>(*ch);
      else if (second < 0) second = static_cast<int32_t>(*ch);
    }
    if (second < 0 || g.words[first].upos != UPos::Noun) continue;
    // The second subject's phrase starts right after the first word of... the first.
    uint32_t begin = static_cast<uint32_t>(second);
    while (begin > 0 && under(g, begin - 1, static_cast<uint32_t>(second))) --begin;
    if (begin != static_cast<uint32_t>(first) + 1) continue;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      const DepWord& w = g.words[*ch];
      if (*ch < v || w.upos != UPos::Verb || (w.rel != Rel::Advcl && w.rel != Rel::Conj && w.rel != Rel::Parataxis)) continue;
      if (w.xpos != "VBD" && w.xpos != "VBZ" && w.xpos != "VBP") continue;
      bool own = false, marked = false;
      for (const uint32_t* c2 = g.children_begin(*ch); c2 != g.children_end(*ch); ++c2) {
        own |= g.words[*c2].rel == Rel::Nsubj || g.words[*c2].rel == Rel::NsubjPass;
        marked |= g.words[*c2].rel == Rel::Mark || g.words[*c2].rel == Rel::Cc;
      }
      if (own || marked) continue;
      noun = static_cast<uint32_t>(first);
      relative = v;
      verb = *ch;
      return true;
    }
  }
  return false;
}

// "Braks told journalists he had accused Bonn ...", parsed with "journalists" a second
// subject of the reported clause: a clause with two subjects whose first comes right
// after a verb of telling that reports it has that noun for the telling verb's object
// (whom it was told).
bool find_addressee_read_as_subject(const DepGraph& g, uint32_t& addressee, uint32_t& verb) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 2; v < n; ++v) {
    const DepWord& vw = g.words[v];
    if (vw.rel != Rel::Ccomp || vw.head < 0 || vw.head >= static_cast<int32_t>(v)) continue;
    const uint32_t t = static_cast<uint32_t>(vw.head);
    // (Only verbs that tell someone something: "said the government and the IMF this
    // week agreed" has no addressee.)
    static const std::string_view kTelling[] = {"tell", "inform", "assure", "warn", "remind", "notify",
                                                "advise", "reassure", "brief", "convince", "persuade"};
    const std::string tl = base::ascii_lower(g.words[t].lemma.empty() ? g.words[t].form : g.words[t].lemma);
    if (g.words[t].upos != UPos::Verb || std::find(std::begin(kTelling), std::end(kTelling), tl) == std::end(kTelling)) continue;
    int32_t first = -1, second = -1;
    // (The second subject may hang on the clause's auxiliary: "he had rounded".)
    auto note = [&](uint32_t c) {
      if (g.words[c].rel != Rel::Nsubj || c > v) return;
      if (first < 0 || static_cast<int32_t>(c) < first) {
        second = first;
        first = static_cast<int32_t>(c);
      } else if (second < 0 || static_cast<int32_t>(c) < second) {
        second = static_cast<int32_t>(c);
      }
    };
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      note(*ch);
      if (g.words[*ch].rel == Rel::Aux) {
        for (const uint32_t* cc = g.children_begin(*ch); cc != g.children_end(*ch); ++cc) note(*cc);
      }
    }
    if (first < 0 || second < 0 || !nominal(g.words[first].upos)) continue;
    uint32_t begin = static_cast<uint32_t>(first);
    while (begin > 0 && under(g, begin - 1, static_cast<uint32_t>(first))) --begin;
    if (begin != t + 1) continue;
    bool object = false;  // the reporting verb has no object of its own yet
    for (const uint32_t* ch = g.children_begin(t); ch != g.children_end(t); ++ch) {
      object |= g.words[*ch].rel == Rel::Obj || g.words[*ch].rel == Rel::Iobj;
    }
    if (object) continue;
    addressee = static_cast<uint32_t>(first);
    verb = t;
    return true;
  }
  return false;
}

// "Welcoming Ostrava's offer, Valdoria said ...", tagged with "Welcoming" an adjective
// of "offer": no adjective comes before a noun's possessor, so an "-ing" modifier
// before the possessor of its noun is a participle with that noun for its object.
bool find_participle_before_possessor(const DepGraph& g, uint32_t& participle, uint32_t& noun) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t t = 0; t + 2 < n; ++t) {
    const DepWord& w = g.words[t];
    const std::string f = base::ascii_lower(w.form);
    if (w.rel != Rel::Amod || w.head <= static_cast<int32_t>(t) || f.size() < 6 || f.compare(f.size() - 3, 3, "ing") != 0) continue;
    const uint32_t h = static_cast<uint32_t>(w.head);
    bool possessor_between = false;
    for (const uint32_t* ch = g.children_begin(h); ch != g.children_end(h); ++ch) {
      possessor_between |= g.words[*ch].rel == Rel::NmodPoss && *ch > t && *ch < h;
    }
    if (!possessor_between) continue;
    // (The noun is the root, or hangs under a verb the participle's clause can join.)
    int32_t above = g.words[h].head;
    while (above >= 0 && g.words[above].upos != UPos::Verb) above = g.words[above].head;
    if (g.words[h].head >= 0 && above < 0) continue;
    participle = t;
    noun = h;
    return true;
  }
  return false;
}

// "The government of Valdoria and the Ostravan Liberation Army met", parsed with the
// army a conjunct of "Valdoria" inside "of" (the government of both): a name with a
// determiner of its own, joined to a bare name that is the "of" phrase of a common
// noun, is that noun's conjunct -- the two sides named side by side.
bool find_conjunct_inside_of(const DepGraph& g, uint32_t& conjunct, uint32_t& noun) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  auto has = [&](uint32_t t, Rel rel, const char* form) {
    for (const uint32_t* ch = g.children_begin(t); ch != g.children_end(t); ++ch) {
      if (g.words[*ch].rel == rel && (!form || base::ieq_lower(g.words[*ch].form, form))) return true;
    }
    return false;
  };
  for (uint32_t y = 2; y < n; ++y) {
    const DepWord& yw = g.words[y];
    // (a name, also one the tagger read as a capitalised common noun: "the Rapid Support
    // Forces")
    const bool name = yw.upos == UPos::Propn || (yw.upos == UPos::Noun && !yw.form.empty() && yw.form[0] >= 'A' && yw.form[0] <= 'Z');
    if (yw.rel != Rel::Conj || !name || yw.head < 0 || !has(y, Rel::Det, "the")) continue;
    const uint32_t x = static_cast<uint32_t>(yw.head);
    const DepWord& xw = g.words[x];
    if (xw.upos != UPos::Propn || xw.rel != Rel::Nmod || xw.head < 0 || has(x, Rel::Det, nullptr) || !has(x, Rel::Case, "of")) continue;
    const uint32_t h = static_cast<uint32_t>(xw.head);
    if (g.words[h].upos != UPos::Noun || h > x) continue;
    conjunct = y;
    noun = h;
    return true;
  }
  return false;
}

// "between Valdorian and Ostravan troops", parsed with "Valdorian" a noun and "Ostravan
// troops" its conjunct: a bare capitalised word whose only dependent is a conjunct
// noun, that noun right after "and" and a capitalised modifier, is that noun's first
// modifier -- the two modifiers a list on the noun.
bool find_modifier_read_as_conjunct(const DepGraph& g, uint32_t& first, uint32_t& noun) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  auto capital = [&](uint32_t t) { return !g.words[t].form.empty() && g.words[t].form[0] >= 'A' && g.words[t].form[0] <= 'Z'; };
  for (uint32_t a = 0; a + 3 < n; ++a) {
    const DepWord& aw = g.words[a];
    if ((aw.upos != UPos::Propn && aw.upos != UPos::Adj) || !capital(a)) continue;
    const uint32_t c = a + 1, b = a + 2, y = a + 3;
    if (g.words[c].rel != Rel::Cc || g.words[y].head != static_cast<int32_t>(a) || g.words[y].rel != Rel::Conj) continue;
    if (g.words[y].upos != UPos::Noun || capital(y)) continue;
    if (g.words[b].head != static_cast<int32_t>(y) || (g.words[b].rel != Rel::Amod && g.words[b].rel != Rel::Compound) || !capital(b)) {
      continue;
    }
    bool only_conj = true;
    for (const uint32_t* ch = g.children_begin(a); ch != g.children_end(a); ++ch) {
      only_conj &= *ch == y || (*ch < a && g.words[*ch].rel == Rel::Case);
    }
    if (!only_conj) continue;
    first = a;
    noun = y;
    return true;
  }
  return false;
}

// "Valdorian and Ostravan negotiators", parsed with "and" hung on the noun and the two
// modifiers side by side: the modifier after "and" is the first one's conjunct.
bool find_flat_modifier_list(const DepGraph& g, uint32_t& first, uint32_t& cc, uint32_t& second) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  auto modifier = [&](uint32_t t) { return g.words[t].rel == Rel::Amod || g.words[t].rel == Rel::Compound; };
  for (uint32_t c = 1; c + 2 < n; ++c) {
    const DepWord& cw = g.words[c];
    const uint32_t a = c - 1, b = c + 1;
    // (or a headline's comma: "Japanese, Philippine leaders")
    const bool comma = cw.rel == Rel::Punct && cw.form == "," && (cw.head == static_cast<int32_t>(a) || cw.head == g.words[a].head);
    if ((cw.rel != Rel::Cc && !comma) || cw.head < 0) continue;
    const int32_t hh = comma ? g.words[a].head : cw.head;
    if (hh < 0 || static_cast<uint32_t>(hh) <= c + 1) continue;
    const uint32_t h = static_cast<uint32_t>(hh);
    if (!nominal(g.words[h].upos)) continue;
    if (g.words[a].head != static_cast<int32_t>(h) || g.words[b].head != static_cast<int32_t>(h) || !modifier(a) || !modifier(b)) {
      continue;
    }
    first = a;
    cc = c;
    second = b;
    return true;
  }
  return false;
}

// "After a meeting with President Rell Maro, Ana Carnel criticised Ostrava." parsed with
// "with" a subordinator of "criticised", "Rell Maro" its subject and "Ana Carnel" an
// apposition of him: a finite main verb whose subject comes right after a preposition
// hung on that verb, and has an apposition after a comma that runs up to the verb, has
// the apposition as its subject; the preposition's noun hangs on the noun before it.
bool find_subject_behind_preposition(const DepGraph& g, uint32_t& preposition, uint32_t& named, uint32_t& subject) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 2; v < n; ++v) {
    const DepWord& vw = g.words[v];
    if (vw.upos != UPos::Verb || vw.rel != Rel::Root) continue;
    if (vw.xpos != "VBD" && vw.xpos != "VBZ" && vw.xpos != "VBP") continue;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      const uint32_t s = *ch;
      if (g.words[s].rel != Rel::Nsubj || s > v || !nominal(g.words[s].upos)) continue;
      uint32_t begin = s;
      while (begin > 0 && under(g, begin - 1, s)) --begin;
      if (begin == 0) continue;
      const uint32_t p = begin - 1;
      const DepWord& pw = g.words[p];
      if (pw.upos != UPos::Adp || pw.head != static_cast<int32_t>(v) || (pw.rel != Rel::Mark && pw.rel != Rel::Case)) {
        continue;
      }
      for (const uint32_t* c2 = g.children_begin(s); c2 != g.children_end(s); ++c2) {
        const uint32_t a = *c2;
        if (g.words[a].rel != Rel::Appos || a < s || !nominal(g.words[a].upos)) continue;
        uint32_t left = a;
        while (left > s + 1 && under(g, left - 1, a) && g.words[left - 1].upos != UPos::Punct) --left;
        if (g.words[left - 1].form != ",") continue;
        bool runs_to_verb = true;
        for (uint32_t t = left; t < v; ++t) runs_to_verb &= under(g, t, a);
        if (!runs_to_verb) continue;
        preposition = p;
        named = s;
        subject = a;
        return true;
      }
    }
  }
  return false;
}

// "Moscow has said its envoys are kept under surveillance and has
// accused Washington of spy-mania": the parser hangs the second predicate on the
// reported clause. A conjoined verb with no subject of its own whose auxiliary
// repeats the outer verb's ("has said ... and has accused"), where the reported
// clause has no such auxiliary, is the outer verb's conjunct.
bool find_conjunct_of_outer_clause(const DepGraph& g, uint32_t& conjunct, uint32_t& outer) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  auto aux_forms = [&](uint32_t v) {
    std::vector<std::string> out;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      if (g.words[*ch].rel == Rel::Aux) out.push_back(base::ascii_lower(g.words[*ch].form));
    }
    return out;
  };
  for (uint32_t c = 0; c < n; ++c) {
    const DepWord& cw = g.words[c];
    if (cw.upos != UPos::Verb || cw.rel != Rel::Conj || cw.head < 0) continue;
    const uint32_t h = static_cast<uint32_t>(cw.head);
    const DepWord& hw = g.words[h];
    // (The reported clause itself may be misparsed: "... are under surveillance" as
    // an oblique of "said".)
    const bool clause_like = hw.rel == Rel::Ccomp || hw.rel == Rel::Obl || hw.rel == Rel::Advcl || hw.rel == Rel::Xcomp;
    if (!clause_like || hw.head < 0 || h > c) continue;
    const uint32_t v = static_cast<uint32_t>(hw.head);
    if (g.words[v].upos != UPos::Verb || v > h) continue;
    bool own_subject = false;
    for (const uint32_t* ch = g.children_begin(c); ch != g.children_end(c); ++ch) {
      own_subject |= g.words[*ch].rel == Rel::Nsubj || g.words[*ch].rel == Rel::NsubjPass;
    }
    if (own_subject) continue;
    const auto mine = aux_forms(c), outer_aux = aux_forms(v), inner = aux_forms(h);
    bool repeats = false;
    for (const std::string& a : mine) {
      repeats |= std::find(outer_aux.begin(), outer_aux.end(), a) != outer_aux.end() &&
                 std::find(inner.begin(), inner.end(), a) == inner.end();
    }
    if (!repeats) continue;
    conjunct = c;
    outer = v;
    return true;
  }
  return false;
}

// "Indian Defence Minister Singh is in Canberra to discuss naval cooperation,
// officials said": the parser hangs the purpose infinitive on the reporting verb as a
// second reported clause. An infinitive with no subject of its own, hung on a verb
// that reports a clause before it and starting right where that clause ends, is the
// reported clause's purpose.
bool find_purpose_split_from_report(const DepGraph& g, uint32_t& purpose, uint32_t& clause) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t c = 0; c < n; ++c) {
    const DepWord& cw = g.words[c];
    if (cw.upos != UPos::Verb || (cw.rel != Rel::Ccomp && cw.rel != Rel::Xcomp) || cw.head < 0) continue;
    const uint32_t v = static_cast<uint32_t>(cw.head);
    if (v < c || g.words[v].upos != UPos::Verb) continue;
    bool to = false, subject = false;
    uint32_t first = c;
    for (const uint32_t* ch = g.children_begin(c); ch != g.children_end(c); ++ch) {
      const DepWord& x = g.words[*ch];
      to |= x.rel == Rel::Mark && base::ieq_lower(x.form, "to") && *ch + 1 == c;
      subject |= x.rel == Rel::Nsubj || x.rel == Rel::NsubjPass || x.rel == Rel::Csubj;
      first = std::min(first, *ch);
    }
    if (!to || subject || first == 0) continue;
    // The reported clause before it: another clause of the same verb, ending right
    // before the infinitive's first word.
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      const uint32_t r = *ch;
      if (r >= c || g.words[r].rel != Rel::Ccomp) continue;
      uint32_t end = r;
      for (uint32_t t = r; t < first; ++t) {
        if (under(g, t, r)) end = t;
      }
      bool own_subject = false;
      for (const uint32_t* cc = g.children_begin(r); cc != g.children_end(r); ++cc) {
        own_subject |= g.words[*cc].rel == Rel::Nsubj || g.words[*cc].rel == Rel::NsubjPass;
      }
      if (end + 1 != first || !own_subject) continue;
      purpose = c;
      clause = r;
      return true;
    }
  }
  return false;
}

// "Chile yesterday rejected claims by Peru that ...": a time word between subject and
// verb makes the parser read the verb as an adjective of its object ("rejected
// claims") and the subject as the object's modifier. A past form modifying a noun,
// with a time phrase of its own before it and a name modifying the same noun before
// that, is the predicate: the name its subject, the noun its object.
bool find_predicate_after_time(const DepGraph& g, uint32_t& subject, uint32_t& verb, uint32_t& object) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 1; v + 1 < n; ++v) {
    const DepWord& w = g.words[v];
    if (w.upos != UPos::Verb || w.rel != Rel::Amod || (w.xpos != "VBD" && w.xpos != "VBN") || w.head <= static_cast<int32_t>(v)) {
      continue;
    }
    const uint32_t h = static_cast<uint32_t>(w.head);
    int32_t time = -1;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      if (*ch < v && g.words[*ch].deprel.rfind("obl", 0) == 0 && nominal(g.words[*ch].upos)) time = static_cast<int32_t>(*ch);
    }
    if (time < 0) continue;
    int32_t subj = -1;
    for (const uint32_t* ch = g.children_begin(h); ch != g.children_end(h); ++ch) {
      if (*ch < static_cast<uint32_t>(time) && g.words[*ch].upos == UPos::Propn &&
          (g.words[*ch].rel == Rel::Compound || g.words[*ch].rel == Rel::Nsubj)) {
        subj = static_cast<int32_t>(*ch);
      }
    }
    if (subj < 0) continue;
    subject = static_cast<uint32_t>(subj);
    verb = v;
    object = h;
    return true;
  }
  return false;
}

// "The secretary will stop in Hong Kong to meet British officials", parsed with "in"
// a subordinator of "meet" and "Hong Kong" its subject: an infinitive's subject right
// after a place preposition ("in", "at") is where the verb above it happens.
// ("for X to meet" is a subject, and is left alone.)
bool find_place_read_as_subject(const DepGraph& g, uint32_t& preposition, uint32_t& place) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 2; v < n; ++v) {
    const DepWord& vw = g.words[v];
    if (vw.upos != UPos::Verb || vw.xpos != "VB" || vw.head < 0 || vw.head >= static_cast<int32_t>(v)) continue;
    if (!base::ieq_lower(g.words[v - 1].form, "to") || g.words[v - 1].head != static_cast<int32_t>(v)) continue;
    if (g.words[vw.head].upos != UPos::Verb) continue;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      const uint32_t sb = *ch;
      if (g.words[sb].rel != Rel::Nsubj || sb > v || !nominal(g.words[sb].upos)) continue;
      uint32_t begin = sb;
      while (begin > 0 && under(g, begin - 1, sb)) --begin;
      if (begin == 0) continue;
      const DepWord& pw = g.words[begin - 1];
      const std::string f = base::ascii_lower(pw.form);
      if (pw.upos != UPos::Adp || pw.head != static_cast<int32_t>(v) || (f != "in" && f != "at")) continue;
      preposition = begin - 1;
      place = sb;
      return true;
    }
  }
  return false;
}

// "Japan lodged a protest after Chinese aircraft violated its airspace", parsed with
// "after Chinese aircraft" a phrase of "protest" and "violated" a clause with no
// subject (or "protested after a Chinese ship entered its waters", with "after" a
// preposition of the clause's subject): a finite clause right after a phrase opened
// by "after", "before", "since" or "until" has that phrase's noun for its subject and
// the word for its subordinator, and is a clause of time or cause.
bool find_subject_after_subordinator(const DepGraph& g, uint32_t& marker, uint32_t& subject, uint32_t& verb) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t v = 2; v < n; ++v) {
    const DepWord& vw = g.words[v];
    if (vw.upos != UPos::Verb || (vw.xpos != "VBD" && vw.xpos != "VBZ" && vw.xpos != "VBP")) continue;
    if (vw.rel != Rel::Ccomp && vw.rel != Rel::Advcl && vw.rel != Rel::Conj && vw.rel != Rel::Parataxis) continue;
    bool has_mark = false;
    int32_t own_subject = -1;
    for (const uint32_t* ch = g.children_begin(v); ch != g.children_end(v); ++ch) {
      const Rel r = g.words[*ch].rel;
      if (r == Rel::Nsubj || r == Rel::NsubjPass || r == Rel::Expl) own_subject = static_cast<int32_t>(*ch);
      has_mark |= r == Rel::Mark;
    }
    if (has_mark) continue;
    // The noun right before the verb heads the phrase; it is the verb's subject
    // already ("after" left on it as a preposition: "protested after a Chinese ship
    // entered its waters"), or hangs elsewhere.
    const uint32_t x = v - 1;
    if (!nominal(g.words[x].upos) || (own_subject >= 0 && own_subject != static_cast<int32_t>(x))) continue;
    uint32_t begin = x;
    while (begin > 0 && under(g, begin - 1, x)) --begin;
    const DepWord& pw = g.words[begin];  // the phrase's first word, its preposition
    const std::string f = base::ascii_lower(pw.form);
    if (begin == x || pw.rel != Rel::Case || pw.head != static_cast<int32_t>(x) ||
        (f != "after" && f != "before" && f != "since" && f != "until")) {
      continue;
    }
    marker = begin;
    subject = x;
    verb = v;
    return true;
  }
  return false;
}

// "Kenyan police fired tear gas at protesters in Nairobi on Tuesday as ...", parsed
// with "police" the root, "tear gas" its object and "fired" an adjective of the gas:
// a noun has no object, so a root noun with an object whose past-form modifier sits
// right after the root's phrase has that verb for predicate -- the root noun its
// subject, the object its object.
bool find_verb_under_object(const DepGraph& g, uint32_t& subject, uint32_t& verb, uint32_t& object) {
  const uint32_t n = static_cast<uint32_t>(g.size());
  for (uint32_t r = 0; r < n; ++r) {
    const DepWord& rw = g.words[r];
    if (rw.head >= 0 || (rw.upos != UPos::Noun && rw.upos != UPos::Propn)) continue;
    for (const uint32_t* ch = g.children_begin(r); ch != g.children_end(r); ++ch) {
      const uint32_t x = *ch;
      if (g.words[x].rel != Rel::Obj || x <= r + 1) continue;
      for (const uint32_t* c2 = g.children_begin(x); c2 != g.children_end(x); ++c2) {
        const uint32_t p = *c2;
        const DepWord& pw = g.words[p];
        if (p <= r || p >= x || pw.upos != UPos::Verb || pw.rel != Rel::Amod || (pw.xpos != "VBD" && pw.xpos != "VBN")) continue;
        // Only the root's own phrase between the root and the verb.
        bool joined = true;
        for (uint32_t t = r + 1; t < p && joined; ++t) joined = under(g, t, r) && !under(g, t, x);
        if (!joined) continue;
        subject = r;
        verb = p;
        object = x;
        return true;
      }
    }
  }
  return false;
}

void attach(DepWord& w, int32_t head, const char* deprel) {
  w.head = head;
  w.deprel = deprel;
}

// The sentence's punctuation follows its new root: what hangs on `from` after token
// `after` (all of it when `after` is -1) moves to `to`.
void move_punctuation(DepGraph& g, uint32_t from, uint32_t to, int64_t after = -1) {
  for (uint32_t t = 0; t < g.size(); ++t) {
    if (g.words[t].head == static_cast<int32_t>(from) && g.words[t].rel == Rel::Punct && static_cast<int64_t>(t) > after) {
      g.words[t].head = static_cast<int32_t>(to);
    }
  }
}

}  // namespace

bool find_stray_partner(const DepGraph& g, const lang::WordList& two_sided, const lang::WordList& partner_prepositions,
                        uint32_t& phrase, uint32_t& noun) {
  if (!g.has_parse()) return false;
  const uint32_t n = static_cast<uint32_t>(g.size());
  auto lemma_of = [&](uint32_t t) { return base::ascii_lower(g.words[t].lemma.empty() ? g.words[t].form : g.words[t].lemma); };
  auto has_case_in = [&](uint32_t t, const lang::WordList& list) {
    for (const uint32_t* ch = g.children_begin(t); ch != g.children_end(t); ++ch) {
      if (g.words[*ch].rel == Rel::Case && lang::in(base::ascii_lower(g.words[*ch].form), list)) return true;
    }
    return false;
  };
  for (uint32_t x = 1; x < n; ++x) {
    const DepWord& xw = g.words[x];
    if ((xw.rel != Rel::Obl && xw.rel != Rel::Nmod) || xw.head < 0 || !nominal(xw.upos)) continue;
    if (!has_case_in(x, partner_prepositions)) continue;
    const uint32_t h = static_cast<uint32_t>(xw.head);
    if (lang::in(lemma_of(h), two_sided)) continue;
    // The two-sided noun before it: an ancestor of its head (hung on the place), or a
    // sibling oblique of the same verb (hung on the verb).
    int32_t m = -1;
    for (int32_t a = static_cast<int32_t>(h), guard = 0; a >= 0 && guard < 4 && m < 0; a = g.words[a].head, ++guard) {
      if (!nominal(g.words[a].upos)) break;
      if (static_cast<uint32_t>(a) < x && g.words[a].upos == UPos::Noun && lang::in(lemma_of(static_cast<uint32_t>(a)), two_sided)) {
        m = a;
      }
    }
    if (m < 0 && g.words[h].upos == UPos::Verb && xw.rel == Rel::Obl) {
      for (const uint32_t* ch = g.children_begin(h); ch != g.children_end(h); ++ch) {
        if (*ch < x && g.words[*ch].rel == Rel::Obl && g.words[*ch].upos == UPos::Noun && lang::in(lemma_of(*ch), two_sided)) {
          m = static_cast<int32_t>(*ch);
        }
      }
    }
    if (m < 0) continue;
    // Only places and times between: every word between belongs to the noun's own
    // phrase or to a bare time phrase ("last year", "yesterday") of the verb.
    bool clear = true;
    uint32_t begin = x;
    while (begin > 0 && under(g, begin - 1, x)) --begin;
    for (uint32_t t = static_cast<uint32_t>(m) + 1; t < begin && clear; ++t) {
      if (under(g, t, static_cast<uint32_t>(m))) continue;
      int32_t top = static_cast<int32_t>(t);
      while (top >= 0 && g.words[top].head >= 0 && g.words[top].head != static_cast<int32_t>(h)) top = g.words[top].head;
      const std::string rel = top >= 0 ? g.words[top].deprel : std::string();
      clear = top >= 0 && (rel == "obl:unmarked" || rel == "obl:tmod" || rel == "nmod:unmarked" || rel == "obl:npmod" ||
                           g.words[top].rel == Rel::Punct);
    }
    if (!clear) continue;
    phrase = x;
    noun = static_cast<uint32_t>(m);
    return true;
  }
  return false;
}

bool repair_stray_partners(DepGraph& g, const lang::WordList& two_sided, const lang::WordList& partner_prepositions) {
  bool changed = false;
  uint32_t phrase = 0, noun = 0;
  for (size_t round = 0; round < g.size() && find_stray_partner(g, two_sided, partner_prepositions, phrase, noun); ++round) {
    attach(g.words[phrase], static_cast<int32_t>(noun), "nmod");
    g.normalize();
    changed = true;
  }
  return changed;
}

bool needs_repair(const DepGraph& g) {
  ReportedPredicate rp;
  HeadlessClause hc;
  uint32_t possessor = 0, owner = 0, first = 0, second = 0;
  int32_t report = -1;
  return g.has_parse() && (find_split_conjunct(g, first, second) || find_reported_predicate(g, rp) ||
                           find_stray_possessor(g, possessor, owner) || find_headless_clause(g, hc) ||
                           find_headline_list(g, first, second) || find_subject_in_apposition(g, first, second) ||
                           find_object_after_participle(g, first, second, possessor) ||
                           find_title_before_subject(g, first, second) ||
                           find_clause_after_opening_phrase(g, first, second) ||
                           find_main_verb_after_relative(g, first, second, possessor, &report) ||
                           find_conjunct_of_outer_clause(g, first, second) ||
                           find_subject_behind_preposition(g, first, second, possessor) ||
                           find_reduced_relative(g, first, second, possessor) ||
                           find_flat_modifier_list(g, first, second, possessor) ||
                           find_purpose_split_from_report(g, first, second) ||
                           find_predicate_after_time(g, first, second, possessor) ||
                           find_place_read_as_subject(g, first, second) ||
                           find_subject_after_subordinator(g, first, second, possessor) ||
                           find_verb_under_object(g, first, second, possessor) ||
                           find_modifier_read_as_conjunct(g, first, second) ||
                           find_addressee_read_as_subject(g, first, second) ||
                           find_participle_before_possessor(g, first, second) ||
                           find_conjunct_inside_of(g, first, second));
}

bool repair_parse(DepGraph& g) {
  if (!g.has_parse()) return false;
  bool changed = false;
  uint32_t first = 0, second = 0;
  // (Before the repairs of clauses with two subjects below.)
  for (size_t round = 0; round < g.size() && find_addressee_read_as_subject(g, first, second); ++round) {
    const int32_t clause = g.words[first].head;
    attach(g.words[first], static_cast<int32_t>(second), "obj");
    // (A subject left on the clause's auxiliary is the clause's.)
    for (uint32_t t = 0; t < g.size() && clause >= 0; ++t) {
      DepWord& w = g.words[t];
      if (w.rel == Rel::Nsubj && w.head >= 0 && g.words[w.head].head == clause && g.words[w.head].rel == Rel::Aux) {
        w.head = clause;
      }
    }
    g.normalize();
    changed = true;
  }
  if (find_headline_list(g, first, second)) {
    const int32_t verb = g.words[second].head;
    attach(g.words[first], verb, "nsubj");
    attach(g.words[second], static_cast<int32_t>(first), "conj");
    attach(g.words[1], static_cast<int32_t>(second), "punct");
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_split_conjunct(g, first, second); ++round) {
    attach(g.words[second], static_cast<int32_t>(first), "conj");
    g.normalize();
    changed = true;
  }
  ReportedPredicate rp;
  // Each repair takes one subject off a verb, so this ends.
  for (size_t round = 0; round < g.size() && find_reported_predicate(g, rp); ++round) {
    attach(g.words[rp.predicate], static_cast<int32_t>(rp.verb), "ccomp");
    attach(g.words[rp.subject], static_cast<int32_t>(rp.predicate), "nsubj");
    if (rp.object >= 0) attach(g.words[rp.object], static_cast<int32_t>(rp.predicate), "obj");
    g.normalize();
    changed = true;
  }
  HeadlessClause hc;
  for (size_t round = 0; round < g.size() && find_headless_clause(g, hc); ++round) {
    if (hc.object >= 0) {
      // Second shape: the root noun becomes the subject, its conjunct the object.
      const uint32_t x = static_cast<uint32_t>(hc.object);
      attach(g.words[hc.predicate], -1, "root");
      for (uint32_t t = 0; t < g.size(); ++t) {
        DepWord& w = g.words[t];
        if (w.head == static_cast<int32_t>(hc.root) && w.rel == Rel::Punct) w.head = static_cast<int32_t>(hc.predicate);
        if (t > x && w.head == static_cast<int32_t>(x) && w.rel == Rel::Nmod) attach(w, static_cast<int32_t>(hc.predicate), "obl");
      }
      attach(g.words[x], static_cast<int32_t>(hc.predicate), "obj");
      attach(g.words[hc.root], static_cast<int32_t>(hc.predicate), "nsubj");
      g.normalize();
      changed = true;
      continue;
    }
    attach(g.words[hc.predicate], -1, "root");
    attach(g.words[hc.subject], static_cast<int32_t>(hc.predicate), "nsubj");
    // The noun's prepositional phrases after it are where the act was aimed or done.
    for (uint32_t t = hc.root + 1; t < g.size(); ++t) {
      DepWord& w = g.words[t];
      if (w.head != static_cast<int32_t>(hc.root) || w.rel != Rel::Nmod) continue;
      attach(w, static_cast<int32_t>(hc.predicate), "obl");
    }
    move_punctuation(g, hc.root, hc.predicate);
    attach(g.words[hc.root], static_cast<int32_t>(hc.predicate), "obj");
    g.normalize();
    changed = true;
  }
  if (find_title_before_subject(g, first, second)) {
    const int32_t name = static_cast<int32_t>(first) + 1;
    attach(g.words[second], -1, "root");
    attach(g.words[first], name, "compound");
    move_punctuation(g, first, second, second);
    g.normalize();
    changed = true;
  }
  uint32_t main_verb = 0;
  int32_t report = -1;
  if (find_main_verb_after_relative(g, first, second, main_verb, &report)) {
    // The words after the main verb that hung back into the relative clause are the
    // main verb's: "..., discussed trade at a meeting in Dubai" (the object "trade"
    // and "at a meeting" under "fought").
    // (In reported speech, up to the reporting verb's own subject, and those hung on
    // the reporting verb too.)
    uint32_t end = static_cast<uint32_t>(g.size());
    if (report >= 0) {
      for (const uint32_t* ch = g.children_begin(static_cast<uint32_t>(report)); ch != g.children_end(static_cast<uint32_t>(report)); ++ch) {
        if (*ch > main_verb && g.words[*ch].rel == Rel::Nsubj) {
          uint32_t b = *ch;
          while (b > main_verb + 1 && under(g, b - 1, *ch)) --b;
          end = std::min(end, b);
        }
      }
      end = std::min(end, static_cast<uint32_t>(report));
    }
    bool object = false;
    for (uint32_t t = main_verb + 1; t < end; ++t) {
      DepWord& w = g.words[t];
      if (w.head < 0 || w.upos == UPos::Punct) continue;
      const bool on_report = report >= 0 && w.head == report;
      if (w.head >= static_cast<int32_t>(main_verb) && !on_report) continue;
      if (!on_report && !under(g, static_cast<uint32_t>(w.head), second) && w.head != static_cast<int32_t>(first)) continue;
      bool marked = false;
      for (const uint32_t* ch = g.children_begin(t); ch != g.children_end(t); ++ch) marked |= g.words[*ch].rel == Rel::Case;
      if (nominal(w.upos) && !marked && !object) {
        attach(w, static_cast<int32_t>(main_verb), "obj");
        object = true;
      } else if (nominal(w.upos)) {
        attach(w, static_cast<int32_t>(main_verb), "obl");
      } else {
        w.head = static_cast<int32_t>(main_verb);
      }
    }
    if (report >= 0) {
      attach(g.words[main_verb], report, "ccomp");
    } else {
      attach(g.words[main_verb], -1, "root");
    }
    attach(g.words[first], static_cast<int32_t>(main_verb), "nsubj");
    attach(g.words[second], static_cast<int32_t>(first), "acl:relcl");
    move_punctuation(g, first, main_verb, main_verb);
    g.normalize();
    changed = true;
  }
  if (find_clause_after_opening_phrase(g, first, second)) {
    attach(g.words[second], -1, "root");
    attach(g.words[first], static_cast<int32_t>(second), "obl");
    move_punctuation(g, first, second, second);
    g.normalize();
    changed = true;
  }
  uint32_t object = 0;
  if (find_object_after_participle(g, first, second, object)) {
    attach(g.words[second], -1, "root");
    attach(g.words[first], static_cast<int32_t>(second), "nsubj");
    attach(g.words[object], static_cast<int32_t>(second), "obj");
    move_punctuation(g, first, second, second);
    g.normalize();
    changed = true;
  }
  if (find_subject_in_apposition(g, first, second)) {
    attach(g.words[first], static_cast<int32_t>(second), "nsubj");
    if (g.words[0].rel == Rel::Csubj && g.words[0].head == static_cast<int32_t>(second)) {
      attach(g.words[0], static_cast<int32_t>(second), "advcl");
    }
    for (uint32_t t = 0; t < first; ++t) {  // the comma that ended the opening phrase
      if (g.words[t].upos == UPos::Punct && g.words[t].head == static_cast<int32_t>(first)) {
        g.words[t].head = static_cast<int32_t>(second);
      }
    }
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_conjunct_inside_of(g, first, second); ++round) {
    attach(g.words[first], static_cast<int32_t>(second), "conj");
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_participle_before_possessor(g, first, second); ++round) {
    DepWord& p = g.words[first];
    p.upos = UPos::Verb;
    p.xpos = "VBG";
    const int32_t head = g.words[second].head;
    if (head < 0) {
      attach(p, -1, "root");
    } else {
      // The clause hangs where the noun did, on the verb above it ("..., Valdoria said").
      int32_t verb = head;
      while (verb >= 0 && g.words[verb].upos != UPos::Verb) verb = g.words[verb].head;
      attach(p, verb, "advcl");
      for (uint32_t t = 0; t < g.size(); ++t) {  // the comma that closed the phrase
        if (g.words[t].head == static_cast<int32_t>(second) && g.words[t].rel == Rel::Punct && t > second) g.words[t].head = verb;
      }
    }
    attach(g.words[second], static_cast<int32_t>(first), "obj");
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_modifier_read_as_conjunct(g, first, second); ++round) {
    const int32_t head = g.words[first].head;
    const std::string rel = head < 0 ? "root" : g.words[first].deprel;
    attach(g.words[second], head, rel.c_str());
    for (uint32_t t = 0; t < first; ++t) {  // its preposition ("between") goes with the noun
      if (g.words[t].head == static_cast<int32_t>(first) && g.words[t].rel == Rel::Case) g.words[t].head = static_cast<int32_t>(second);
    }
    attach(g.words[first], static_cast<int32_t>(second), "amod");
    attach(g.words[first + 1], static_cast<int32_t>(second), "cc");  // then read as a list below
    g.normalize();
    changed = true;
  }
  uint32_t list_cc = 0, list_second = 0;
  for (size_t round = 0; round < g.size() && find_flat_modifier_list(g, first, list_cc, list_second); ++round) {
    attach(g.words[list_second], static_cast<int32_t>(first), "conj");
    attach(g.words[list_cc], static_cast<int32_t>(list_second), g.words[list_cc].rel == Rel::Cc ? "cc" : "punct");
    g.normalize();
    changed = true;
  }
  uint32_t later = 0;
  if (find_reduced_relative(g, first, second, later)) {
    const int32_t head = g.words[second].head;
    const std::string rel = g.words[second].deprel;
    attach(g.words[later], head, rel.c_str());
    attach(g.words[first], static_cast<int32_t>(later), "nsubj");
    attach(g.words[second], static_cast<int32_t>(first), "acl:relcl");
    for (uint32_t t = 0; t < g.size(); ++t) {  // the sentence's punctuation goes with the new predicate
      DepWord& w = g.words[t];
      if (w.rel == Rel::Punct && w.head == static_cast<int32_t>(second) && t > later) w.head = static_cast<int32_t>(later);
    }
    g.normalize();
    changed = true;
  }
  uint32_t named = 0;
  if (find_subject_behind_preposition(g, first, named, second)) {
    const int32_t verb = g.words[named].head;
    // The noun the preposition follows ("a meeting with ..."), else the verb.
    int32_t host = verb;
    if (first > 0 && nominal(g.words[first - 1].upos) && under(g, first - 1, static_cast<uint32_t>(verb))) {
      host = static_cast<int32_t>(first) - 1;
    }
    attach(g.words[second], verb, "nsubj");
    attach(g.words[named], host, host == verb ? "obl" : "nmod");
    attach(g.words[first], static_cast<int32_t>(named), "case");
    for (uint32_t t = named; t < second; ++t) {  // the comma before the subject
      if (g.words[t].form == "," && g.words[t].head == static_cast<int32_t>(second)) g.words[t].head = verb;
    }
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_conjunct_of_outer_clause(g, first, second); ++round) {
    attach(g.words[first], static_cast<int32_t>(second), "conj");
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_predicate_after_time(g, first, second, object); ++round) {
    const int32_t head = g.words[object].head;
    const std::string rel = head < 0 ? "root" : g.words[object].deprel;
    attach(g.words[second], head, rel.c_str());
    attach(g.words[first], static_cast<int32_t>(second), "nsubj");
    attach(g.words[object], static_cast<int32_t>(second), "obj");
    move_punctuation(g, object, second, second);
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_verb_under_object(g, first, second, object); ++round) {
    attach(g.words[second], -1, "root");
    // What hung on the root after the verb, and the object's phrases after it that
    // say where or at whom ("at protesters", "on Tuesday"), are the verb's.
    for (uint32_t t = second + 1; t < g.size(); ++t) {
      DepWord& w = g.words[t];
      if (w.head == static_cast<int32_t>(first)) {
        w.head = static_cast<int32_t>(second);
      } else if (w.head == static_cast<int32_t>(object) && t > object && w.rel == Rel::Nmod) {
        attach(w, static_cast<int32_t>(second), "obl");
      }
    }
    attach(g.words[first], static_cast<int32_t>(second), "nsubj");
    attach(g.words[object], static_cast<int32_t>(second), "obj");
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_subject_after_subordinator(g, first, second, object); ++round) {
    attach(g.words[second], static_cast<int32_t>(object), "nsubj");
    attach(g.words[first], static_cast<int32_t>(object), "mark");
    attach(g.words[object], g.words[object].head, "advcl");  // a clause of time or cause
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_place_read_as_subject(g, first, second); ++round) {
    const int32_t verb = g.words[g.words[first].head].head;
    attach(g.words[second], verb, "obl");
    attach(g.words[first], static_cast<int32_t>(second), "case");
    g.normalize();
    changed = true;
  }
  for (size_t round = 0; round < g.size() && find_purpose_split_from_report(g, first, second); ++round) {
    attach(g.words[first], static_cast<int32_t>(second), "advcl");
    g.normalize();
    changed = true;
  }
  uint32_t possessor = 0, owner = 0;
  for (size_t round = 0; round < g.size() && find_stray_possessor(g, possessor, owner); ++round) {
    attach(g.words[possessor], static_cast<int32_t>(owner), "nmod:poss");
    g.normalize();
    changed = true;
  }
  return changed;
}

}  // namespace dyad::coder
