// Actor resolution: the actors a noun phrase stands for, with its agents, "X of Y"
// phrases, appositions and coordination ("the ambassadors of Arnor, Osgiliath and
// Gondor" -> three actors), and the first coded phrase below a word when the phrase
// itself has none. Document memory (document_memory.cpp) fills in names and
// descriptions met earlier.
#include "coder/sentence_coder.hpp"

#include "cameo/actor_codes.hpp"

namespace dyad::coder {

// The actors of the noun phrase headed by c (with its agents and "X of Y" actors),
// without looking further into its subtree.
std::vector<Actor> SentenceCoder::resolve_nominal(int32_t c) {
  std::vector<Actor> out;
  int32_t head = s_.chunk[c] >= 0 ? s_.chunk[c] : c;
  std::span<const int32_t> ms = chunk_matches(head);
  int32_t actor = -1;
  std::vector<int32_t> agents;
  for (int32_t mi : ms) {
    if (s_.matches[mi].agent) agents.push_back(mi);
    else if (actor < 0) actor = mi;
  }
  uint32_t tb = s_.chunk_first_unit[head] >= 0 ? s_.unit_token[s_.chunk_first_unit[head]] : static_cast<uint32_t>(c);
  uint32_t te = s_.chunk_last_unit[head] >= 0 ? s_.unit_token[s_.chunk_last_unit[head]] + 1 : static_cast<uint32_t>(c) + 1;
  auto entry_of = [](int32_t) { return std::string(); };  // evidence is rebuilt from the span
  // "both parties", "the two sides" named by a role word of the dictionary ("parties"
  // is a political party's): the story's latest pair, before any role.
  if (actor < 0 && !agents.empty() && opt_.document_memory && recall_pair(head, tb, te, out)) return out;
  if (actor >= 0) {
    std::string code = actor_code(s_.matches[actor]);
    // "Eriadori and Calenardhon leaders": actors coordinated inside the modifiers.
    for (uint32_t t = s_.matches[actor].tb; t < s_.matches[actor].te; ++t) {
      for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
        int32_t m2 = s_.tok_match[*ch];
        if (g_.words[*ch].rel != Rel::Conj || m2 < 0 || s_.matches[m2].agent || m2 == actor) continue;
        if (*ch > static_cast<uint32_t>(head)) continue;
        std::string more = actor_code(s_.matches[m2]);
        if (!more.empty()) code += "/" + more;
      }
    }
    size_t p = 0;
    while (p <= code.size()) {
      size_t slash = code.find('/', p);
      if (slash == std::string::npos) slash = code.size();
      std::string one = code.substr(p, slash - p);
      p = slash + 1;
      if (one.empty() || one == "---") {
        if (!agents.empty()) out.push_back({compose("---", agents), tb, te, entry_of(actor)});
        continue;
      }
      out.push_back({compose(one, agents), tb, te, entry_of(actor)});
    }
    if (out.empty()) out.push_back({"---", tb, te, entry_of(actor)});
    // "Soviet Foreign Minister Eduard Shevardnadze", parsed as "Soviet" with the rest
    // as its apposition: a bare country takes the role its apposition gives it in that
    // same country (USR + USRGOV -> USRGOV), never another country's.
    if (agents.empty() && out.size() == 1 && out[0].code.size() == 3 && cameo::is_country_code(out[0].code)) {
      for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
        if (g_.words[*ch].rel != Rel::Appos) continue;
        std::vector<Actor> inner = resolve_nominal(static_cast<int32_t>(*ch));
        if (inner.size() == 1 && inner[0].code.size() > 3 && inner[0].code.compare(0, 3, out[0].code) == 0) {
          out[0].code = inner[0].code;
          out[0].te = std::max(out[0].te, inner[0].te);
        }
        break;
      }
    }
    if (opt_.document_memory && out.size() == 1 && !agents.empty() && !out[0].null() &&
        out[0].code.rfind("---", 0) != 0) {
      // "Saudi Arabia's Crown Prince": "the Crown Prince" of a later sentence.
      for (int32_t mi : agents) memory_.remember_role(static_cast<int32_t>(s_.matches[mi].phrase), out[0].code, words_text(tb, te));
    }
    if (opt_.document_memory && out.size() == 1 && !out[0].null() && out[0].code.rfind("---", 0) != 0) {
      // "Foreign Minister Wang Yi" (an unknown name with a role), "Barack Obama" (a
      // dictionary person: dated codes) are people later sentences may name again.
      std::vector<uint32_t> name = name_tokens(head);
      bool person = !name.empty() && !agents.empty();
      if (name.empty()) {
        // A dictionary person (dated codes) anywhere in the phrase: "North Korean
        // leader Kim Jong Un", where the actor code comes from "North Korean".
        for (int32_t mi : ms) {
          const NounMatch& nm = s_.matches[mi];
          if (nm.agent) continue;
          const ActorEntry& e = dict_.actors[nm.entry];
          if (!e.person) continue;
          name.clear();
          for (uint32_t t = nm.tb; t < nm.te; ++t) {
            if (g_.words[t].upos == UPos::Propn) name.push_back(t);
          }
        }
        person = !name.empty();
      }
      if (person) remember_person(name, out[0].code);
    }
    return out;
  }
  if (!agents.empty()) {
    // "the ambassadors of Arnor, Osgiliath and Gondor": agents + actors of an nmod.
    std::vector<Actor> coded = nmod_actors(head);
    if (!coded.empty()) {
      for (auto& a : coded) {
        a.code = compose(a.code, agents);
        a.tb = std::min(a.tb, tb);
        a.te = std::max(a.te, te);
      }
      return coded;
    }
    if (opt_.resolve_agent_countries) {
      // "Iraq said its forces ...": the actor "its" refers to.
      std::vector<std::string> owners = possessive_owner(head);
      for (const std::string& owner : owners) out.push_back({compose(owner, agents), tb, te, ""});
      // ("its foreign minister": "the foreign minister" of a later sentence.)
      if (opt_.document_memory && out.size() == 1 && !out[0].null() && out[0].code.rfind("---", 0) != 0) {
        for (int32_t mi : agents) memory_.remember_role(static_cast<int32_t>(s_.matches[mi].phrase), out[0].code, words_text(tb, te));
      }
      if (!out.empty()) return out;
    }
    if (opt_.document_memory) {
      // "spokesperson Lin said", Lin met before; else "a Foreign Ministry spokesperson"
      // speaks for the country the story is about.
      std::vector<uint32_t> name = name_tokens(head);
      Actor known;
      if (!name.empty() && recall_person(name, known)) {
        known.tb = tb;
        known.te = te;
        out.push_back(known);
        return out;
      }
      // "the Crown Prince", "the rebels": the role as met with its country earlier in
      // the story.
      if (definite(head)) {
        for (int32_t mi : agents) {
          if (auto r = memory_.recall_role(static_cast<int32_t>(s_.matches[mi].phrase))) {
            out.push_back({r->code, tb, te, r->evidence});
            if (!name.empty()) remember_person(name, r->code);
            return out;
          }
        }
      }
      // Only government roles: "civilians", "companies" or "hostages" without a
      // country are as often the other side's.
      bool government = std::all_of(agents.begin(), agents.end(), [&](int32_t mi) {
        return dict_.agents[s_.matches[mi].entry].code == "GOV";
      });
      // (The dateline's first, as for state bodies: "KUWAIT - ... Foreign
      // Undersecretary Suleiman al-Shaheen", remembered for "Shaheen" later.)
      std::string country, evidence;
      if (government && !doc_.dateline_country.empty()) {
        country = doc_.dateline_country;
        evidence = "the dateline";
      } else if (government) {
        country = memory_.context_country();
        evidence = "document memory: the story's country " + country;
      }
      if (!country.empty()) {
        out.push_back({compose(country, agents), tb, te, evidence});
        if (!name.empty()) remember_person(name, out.back().code);
        return out;
      }
    }
    out.push_back({compose("---", agents), tb, te, entry_of(-1)});
    return out;
  }
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    if (g_.words[*ch].rel == Rel::Appos) {
      std::vector<Actor> inner = resolve_nominal(static_cast<int32_t>(*ch));
      if (!inner.empty()) {
        // "Lin Jian, a Foreign Ministry spokesperson": the name takes the role's code.
        if (opt_.document_memory && inner.size() == 1 && !inner[0].null() && inner[0].code.rfind("---", 0) != 0) {
          std::vector<uint32_t> name = name_tokens(head);
          if (!name.empty()) remember_person(name, inner[0].code);
        }
        return inner;
      }
    }
  }
  if (opt_.document_memory) {
    Actor known;
    std::vector<uint32_t> name = name_tokens(head);
    // "Putin thanked him": an object pronoun is the person last named before.
    const std::string form = base::ascii_lower(g_.words[head].form);
    bool object_pronoun = g_.words[head].upos == UPos::Pron && lang::in(form, words().object_personal) &&
                          g_.words[head].rel != Rel::NmodPoss;
    if (recall_pair(head, tb, te, out)) return out;
    if ((!name.empty() && recall_person(name, known)) || recall_description(head, known) ||
        (object_pronoun && recall_last_person(head, known))) {
      known.tb = tb;
      known.te = te;
      out.push_back(known);
    }
  }
  return out;
}

// The countries (or organisations) a possessive pronoun in head's phrase refers to:
// "its forces", "their troops" -> the subject of the nearest clause above that is
// not the phrase itself ("Iraq said its forces crushed ..." -> IRQ; "Valdoria and
// Ostrava agreed ... after their troops clashed" -> both); "our forces" -> the
// speaker of the nearest reporting verb, above or in a parenthetical "..., X said";
// "her government" -> the country of the person: the speaker, else the person last
// named. Empty when there is no such pronoun or no coded antecedent.
std::vector<std::string> SentenceCoder::possessive_owner(int32_t head) {
  bool speaker = false, other = false, person = false, plural = false, its = false;
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    const DepWord& c = g_.words[*ch];
    if (c.rel != Rel::NmodPoss && c.rel != Rel::Det) continue;
    its |= base::ieq_lower(c.form, "its");
    speaker |= one_of(c.form, words().speaker_possessives);
    other |= one_of(c.form, words().other_possessives);
    person |= one_of(c.form, words().person_possessives);
    plural |= one_of(c.form, words().plural_possessives);
  }
  if (!speaker && !other && !person) return {};
  auto countries_of = [&](int32_t subj) {
    std::vector<std::string> out;
    if (subj < 0 || in_subtree(static_cast<uint32_t>(head), static_cast<uint32_t>(subj))) return out;
    for (const Actor& a : group_at(subj)) {
      if (a.null() || cameo::is_agent_only(a.code) || a.code.size() < 3) continue;
      std::string c = cameo::is_country_code(a.code) ? a.code.substr(0, 3) : a.code;
      if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(std::move(c));
      if (!plural) break;
    }
    return out;
  };
  const bool speakers_only = speaker || person;
  for (int32_t x = g_.words[head].head, steps = 0; x >= 0 && steps < static_cast<int32_t>(n_); x = g_.words[x].head, ++steps) {
    if (g_.words[x].upos != UPos::Verb && g_.words[x].upos != UPos::Aux) continue;
    const int32_t v = s_.verb_of_token[x];
    if (speakers_only && !(v >= 0 && is_speech(s_.verbs[v]))) continue;
    const int32_t subj = subject_of(static_cast<uint32_t>(x));
    // ("Azerbaijan said Armenian forces had fired on its positions": "its" is not
    // the plural "forces".)
    if (its && subj >= 0 && g_.words[subj].xpos == "NNS") continue;
    std::vector<std::string> c = countries_of(subj);
    if (!c.empty()) return c;
  }
  if (speakers_only) {
    // "'We will respond,' Rafsanjani said": the reporting verb hangs off the quote.
    for (uint32_t x = 0; x < n_; ++x) {
      const int32_t v = s_.verb_of_token[x];
      if (g_.words[x].rel != Rel::Parataxis || v < 0 || !is_speech(s_.verbs[v])) continue;
      std::vector<std::string> c = countries_of(subject_of(x));
      if (!c.empty()) return c;
    }
  }
  if (person) {
    Actor known;
    if (recall_last_person(head, known) && cameo::is_country_code(known.code)) return {known.code.substr(0, 3)};
  }
  return {};
}

// Coded actors (with a country or organisation) of the first nmod or appos of `head`
// that has any: "of Arnor, Osgiliath and Gondor".
std::vector<Actor> SentenceCoder::nmod_actors(int32_t head) {
  for (const uint32_t* ch = g_.children_begin(head); ch != g_.children_end(head); ++ch) {
    Rel r = g_.words[*ch].rel;
    if (r != Rel::Nmod && r != Rel::Appos) continue;
    // ("rebel positions near the Chinese border" are not Chinese.)
    const DepWord& w = g_.words[*ch];
    if (r == Rel::Nmod && opt_.require_countries && one_of(base::ascii_lower(w.lemma.empty() ? w.form : w.lemma), words().border_words)) {
      continue;
    }
    std::vector<Actor> inner = group_at(static_cast<int32_t>(*ch));
    std::vector<Actor> coded;
    for (auto& a : inner) {
      if (!a.null() && a.code.rfind("---", 0) != 0) coded.push_back(a);
    }
    if (!coded.empty()) return coded;
  }
  return {};
}

// Whether the noun phrase headed by `head` opens with a determiner or number of its
// own ("a creditor committee", "the banks", "two envoys").
bool SentenceCoder::own_determiner(int32_t head) const {
  for (const uint32_t* ch = g_.children_begin(static_cast<uint32_t>(head)); ch != g_.children_end(static_cast<uint32_t>(head)); ++ch) {
    const Rel r = g_.words[*ch].rel;
    if ((r == Rel::Det || r == Rel::Nummod) && *ch < static_cast<uint32_t>(head)) return true;
  }
  return false;
}

std::vector<Actor> SentenceCoder::group_at(int32_t t) {
  if (t >= 0 && static_cast<uint32_t>(t) < n_ && s_.group_cached[t] == 2) return s_.group_cache[t];
  if (t >= 0 && static_cast<uint32_t>(t) < n_ && s_.group_cached[t] == 1) return {};  // a cycle through deep_search
  if (t >= 0 && static_cast<uint32_t>(t) < n_) s_.group_cached[t] = 1;
  std::vector<Actor> result = group_at_uncached(t);
  if (t >= 0 && static_cast<uint32_t>(t) < n_) {
    s_.group_cached[t] = 2;
    s_.group_cache[t] = result;
  }
  return result;
}

std::vector<Actor> SentenceCoder::group_at_uncached(int32_t t) {
  // "OPEC members Nigeria, Angola and Iraq", "its neighbours Chad and Niger": a common
  // noun followed by names in apposition means those names.
  if (g_.words[t].upos == UPos::Noun) {
    for (const uint32_t* ch = g_.children_begin(t); ch != g_.children_end(t); ++ch) {
      if (g_.words[*ch].rel != Rel::Appos || *ch != static_cast<uint32_t>(t) + 1 || g_.words[*ch].upos != UPos::Propn) continue;
      std::vector<Actor> named = group_at(static_cast<int32_t>(*ch));
      const bool coded = std::any_of(named.begin(), named.end(), [](const Actor& a) { return !a.null(); });
      if (coded) return named;
    }
  }
  int32_t first = coordination_first(t);
  std::vector<int32_t> conj{first};
  // Conjuncts, also those a parser chained ("Japan and South Korea" under "Japan").
  for (size_t k = 0; k < conj.size() && conj.size() < 64; ++k) {
    for (const uint32_t* ch = g_.children_begin(conj[k]); ch != g_.children_end(conj[k]); ++ch) {
      bool nounish = g_.words[*ch].upos != UPos::Verb || s_.tok_match[*ch] >= 0;
      if (g_.words[*ch].rel == Rel::Conj && nounish) conj.push_back(static_cast<int32_t>(*ch));
    }
  }
  std::sort(conj.begin() + 1, conj.end());
  if (conj.size() > 1) {
    // "Mordor, Rohan, Fornost and Bree": list members parsed as appositions.
    for (const uint32_t* ch = g_.children_begin(first); ch != g_.children_end(first); ++ch) {
      if (g_.words[*ch].rel == Rel::Appos && s_.tok_match[*ch] >= 0 && !s_.matches[s_.tok_match[*ch]].agent) {
        conj.push_back(static_cast<int32_t>(*ch));
      }
    }
  }
  std::vector<std::vector<Actor>> per(conj.size());
  for (size_t i = 0; i < conj.size(); ++i) per[i] = resolve_nominal(conj[i]);
  // Conjuncts with agents but no country share the first conjunct's pre-modifiers
  // ("Danish media and government") or another conjunct's "in X" actors.
  if (conj.size() > 1) {
    std::vector<Actor> shared_nmod;
    for (size_t i = 0; i < conj.size() && shared_nmod.empty(); ++i) {
      shared_nmod = nmod_actors(s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i]);
    }
    int32_t head0 = s_.chunk[first] >= 0 ? s_.chunk[first] : first;
    int32_t pre_actor = -1;
    std::vector<int32_t> pre_agents;
    for (int32_t mi : chunk_matches(head0)) {
      const NounMatch& m = s_.matches[mi];
      if (m.te > static_cast<uint32_t>(head0)) continue;  // only words before the head
      if (m.agent) pre_agents.push_back(mi);
      else if (pre_actor < 0) pre_actor = mi;
    }
    // "Lawmakers (and officials) in Fornost and Gondor": a bare actor coordinated
    // with agent heads whose "in X" actors were found takes their agents.
    if (!shared_nmod.empty()) {
      std::vector<std::vector<int32_t>> agent_sets;
      for (size_t i = 0; i < conj.size(); ++i) {
        int32_t head = s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i];
        std::vector<int32_t> ag;
        bool local_actor = false;
        for (int32_t mi : chunk_matches(head)) {
          if (s_.matches[mi].agent) ag.push_back(mi);
          else local_actor = true;
        }
        if (!ag.empty() && !local_actor) agent_sets.push_back(ag);
      }
      for (size_t i = 1; i < conj.size() && !agent_sets.empty(); ++i) {
        int32_t head = s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i];
        bool has_agent = false, has_actor = false;
        for (int32_t mi : chunk_matches(head)) (s_.matches[mi].agent ? has_agent : has_actor) = true;
        // (Not a name with a determiner of its own: "the government of Sudan and the
        // Rapid Support Forces" -- the forces are no government.)
        if (!has_actor || has_agent || per[i].empty() || own_determiner(head)) continue;
        std::vector<Actor> expanded;
        for (const auto& a : per[i]) {
          for (const auto& ag : agent_sets) {
            Actor x = a;
            x.code = compose(a.code, ag);
            expanded.push_back(x);
          }
        }
        per[i] = expanded;
      }
    }
    for (size_t i = 0; i < conj.size(); ++i) {
      bool agent_only = !per[i].empty() && std::all_of(per[i].begin(), per[i].end(), [](const Actor& a) {
        return a.code.rfind("---", 0) == 0 && a.code.size() > 3;
      });
      // A role the story's memory gave a country ("Economy minister" -> the country
      // of the latest event) takes the coordination's own country first: "Argentine
      // Agriculture minister X and Economy minister Y".
      const bool remembered = i > 0 && pre_actor >= 0 && !per[i].empty() &&
                              std::all_of(per[i].begin(), per[i].end(), [](const Actor& a) {
                                return a.entry.find("document memory") != std::string::npos;
                              });
      if (!agent_only && !remembered) continue;
      int32_t head = s_.chunk[conj[i]] >= 0 ? s_.chunk[conj[i]] : conj[i];
      std::vector<int32_t> own;
      for (int32_t mi : chunk_matches(head)) {
        if (s_.matches[mi].agent) own.push_back(mi);
      }
      if (!shared_nmod.empty()) {
        std::vector<Actor> rebuilt;
        for (auto a : shared_nmod) {
          a.code = compose(a.code, own);
          a.tb = std::min(a.tb, static_cast<uint32_t>(conj[i]));
          rebuilt.push_back(a);
        }
        per[i] = rebuilt;
      } else if (i > 0 && (pre_actor >= 0 || !pre_agents.empty()) && !own_determiner(head)) {
        // A conjunct with a role of its own keeps it: "Agriculture minister X and
        // Economy minister Y" does not make Y an agriculture minister. (One with a
        // determiner of its own is a phrase of its own: "Philippine officials and a
        // creditor committee" -- the committee is not Kenyan.)
        std::vector<int32_t> agents = own.empty() ? pre_agents : std::vector<int32_t>{};
        agents.insert(agents.end(), own.begin(), own.end());
        std::string base = pre_actor >= 0 ? actor_code(s_.matches[pre_actor]) : "---";
        if (base.find('/') != std::string::npos) base = base.substr(0, base.find('/'));
        for (auto& a : per[i]) a.code = compose(base, agents);
      }
    }
  }
  std::vector<Actor> out;
  for (size_t i = 0; i < conj.size(); ++i) {
    if (per[i].empty() && conj.size() > 0) {
      // Nothing in the phrase itself: the first actor below it ("sheep and goats of Gondor").
      std::vector<Actor> deep = deep_search(conj[i], nullptr, 0, &conj);
      per[i] = deep;
    }
    out.insert(out.end(), per[i].begin(), per[i].end());
  }
  bool any_coded = std::any_of(out.begin(), out.end(), [](const Actor& a) { return !a.null(); });
  if (any_coded) out.erase(std::remove_if(out.begin(), out.end(), [](const Actor& a) { return a.null(); }), out.end());
  return out;
}

// The first noun phrase with a dictionary match in root's subtree (or in `mask`),
// in word order, from token `after` on.
std::vector<Actor> SentenceCoder::deep_search(int32_t root, const std::vector<uint8_t>* mask, uint32_t after,
                                              const std::vector<int32_t>* skip_roots) {
  if (depth_ > 6) return {};
  struct Guard {
    int& d;
    explicit Guard(int& x) : d(x) { ++d; }
    ~Guard() { --d; }
  } guard(depth_);
  for (uint32_t t = after; t < n_; ++t) {
    if (t == static_cast<uint32_t>(root) && mask == nullptr) continue;
    if (mask ? !(*mask)[t] : !in_subtree(t, static_cast<uint32_t>(root))) continue;
    if (skip_roots) {
      bool skip = false;
      for (int32_t r : *skip_roots) {
        skip |= r != root && in_subtree(t, static_cast<uint32_t>(r)) && !in_subtree(static_cast<uint32_t>(root), static_cast<uint32_t>(r));
      }
      if (skip) continue;
    }
    if (opt_.scope_skips_relative_clauses && mask == nullptr && root >= 0) {
      // "the plan, which Russia proposed": not the plan's actor; nor is what it is for
      // ("an agreement to share intelligence with Japan").
      bool relative = false;
      for (int32_t x = static_cast<int32_t>(t), guard = 0; x >= 0 && x != root && guard < 64; x = g_.words[x].head, ++guard) {
        relative |= relative_clause(static_cast<uint32_t>(x)) ||
                    (g_.words[x].rel == Rel::Acl && to_clause(static_cast<uint32_t>(x)));
      }
      if (relative) continue;
    }
    if (mask == nullptr && root >= 0 && g_.words[root].rel != Rel::Nsubj && g_.words[root].rel != Rel::NsubjPass) {
      // "missiles after U.S. drills": a phrase of time says when, not whose. (Not under
      // a subject: "a day after their troops exchanged fire", a clause the parser made
      // a noun phrase, has its actors there.)
      bool when = false;
      for (int32_t x = static_cast<int32_t>(t), guard = 0; x >= 0 && x != root && guard < 64; x = g_.words[x].head, ++guard) {
        when |= (g_.words[x].rel == Rel::Nmod || g_.words[x].rel == Rel::Obl) &&
                has_case(static_cast<uint32_t>(x), words().time_prepositions);
      }
      if (when) continue;
    }
    int32_t m = s_.tok_match[t];
    if (m < 0) {
      // An unknown name or "the alliance" that document memory may resolve.
      if (opt_.document_memory && s_.chunk[t] == static_cast<int32_t>(t) && static_cast<int32_t>(t) != root &&
          (g_.words[t].upos == UPos::Propn || g_.words[t].upos == UPos::Noun || g_.words[t].upos == UPos::Pron) &&
          chunk_matches(t).empty()) {
        std::vector<Actor> g = group_at(static_cast<int32_t>(t));
        // (Not what it finds in words the mask leaves out: "an agreement to share
        // intelligence" with the clause masked.)
        if (mask) {
          g.erase(std::remove_if(g.begin(), g.end(), [&](const Actor& a) { return a.tb < n_ && a.te > a.tb && !(*mask)[a.tb]; }),
                  g.end());
        }
        if (!g.empty()) return g;
      }
      continue;
    }
    int32_t head = s_.matches[m].chunk;
    if (mask == nullptr && head == root) continue;
    std::vector<Actor> g = group_at(head);
    if (!g.empty()) return g;
  }
  return {};
}

}  // namespace dyad::coder
