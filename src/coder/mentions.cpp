// Mentions: noun-phrase chunks along the dependency graph ("the Chinese foreign
// ministry" is one chunk headed by "ministry"), the longest dictionary match of actor
// and agent phrases over match units (with PETRARCH gaps inside a chunk), and how
// agent codes compose with actor codes ("USA" + ~GOV -> "USAGOV").
#include <cctype>

#include "coder/sentence_coder.hpp"

namespace dyad::coder {

void SentenceCoder::build_chunks() {
  s_.chunk.assign(n_, -1);
  for (uint32_t t = 0; t < n_; ++t) {
    int32_t x = static_cast<int32_t>(t);
    for (uint32_t steps = 0; steps <= n_; ++steps) {
      const DepWord& w = g_.words[x];
      bool climb = w.head >= 0 &&
                   (w.rel == Rel::Compound || w.rel == Rel::Flat || w.rel == Rel::Amod || w.rel == Rel::Det ||
                    w.rel == Rel::Nummod || w.rel == Rel::NmodPoss || w.rel == Rel::Fixed ||
                    w.rel == Rel::Goeswith ||
                    (w.rel == Rel::Case && lang::in(w.form, words().possessive_markers)));
      if (!climb) break;
      x = w.head;
    }
    if (is_nominal(g_.words[x].upos) || (x != static_cast<int32_t>(t) && g_.words[x].upos != UPos::Verb)) {
      s_.chunk[t] = x;
    } else if (is_nominal(g_.words[t].upos)) {
      s_.chunk[t] = static_cast<int32_t>(t);
    }
  }
}

void SentenceCoder::match_nouns() {
  s_.matches.clear();
  s_.tok_match.assign(n_, -1);
  const uint32_t nu = static_cast<uint32_t>(s_.unit_id.size());
  uint32_t u = 0;
  while (u < nu) {
    uint32_t t0 = s_.unit_token[u];
    if (s_.tok_unit_begin[t0] != u) {
      ++u;
      continue;
    }
    // Longest match from u, allowing PETRARCH gaps inside the first token's chunk.
    uint32_t best_end = 0;
    uint32_t best_node = 0;
    uint32_t best_words = 0;
    struct Frame {
      uint32_t node, pos, words;
    };
    Frame stack[64];
    int sp = 0;
    stack[sp++] = {0, u, 0};
    while (sp > 0) {
      Frame f = stack[--sp];
      if (f.pos >= nu) continue;
      uint32_t nxt = c_.nouns.child(f.node, s_.unit_id[f.pos]);
      if (nxt != 0) {
        uint32_t end = f.pos + 1;
        uint32_t tok_end = s_.unit_token[end - 1];
        bool at_token_end = s_.tok_unit_end[tok_end] == end;
        if (c_.nouns.has_payload(nxt) && at_token_end && (end > best_end || (end == best_end && f.words + 1 > best_words))) {
          best_end = end;
          best_node = nxt;
          best_words = f.words + 1;
        }
        if (sp < 63) stack[sp++] = {nxt, end, f.words + 1};
      }
      if (f.node != 0 && c_.nouns.node(f.node).has_gap_child) {
        // Try skipping up to 4 units, all in the chunk of the match's first token.
        int32_t ch = s_.chunk[t0];
        if (ch < 0) continue;
        for (uint32_t skip = 1; skip <= 4 && f.pos + skip < nu; ++skip) {
          if (s_.chunk[s_.unit_token[f.pos + skip - 1]] != ch) break;
          uint32_t q = f.pos + skip;
          if (s_.chunk[s_.unit_token[q]] != ch) break;
          uint32_t gn = c_.nouns.child(f.node, s_.unit_id[q]);
          if (gn != 0 && c_.nouns.node(gn).gap_before && sp < 63) {
            // Continue as if the word at q were matched next.
            uint32_t end = q + 1;
            uint32_t tok_end = s_.unit_token[end - 1];
            bool at_token_end = s_.tok_unit_end[tok_end] == end;
            if (c_.nouns.has_payload(gn) && at_token_end && end > best_end) {
              best_end = end;
              best_node = gn;
              best_words = f.words + 1;
            }
            stack[sp++] = {gn, end, f.words + 1};
          }
        }
      }
    }
    if (best_end == 0) {
      ++u;
      continue;
    }
    // Prefer an actor among the phrases ending here.
    uint32_t chosen = *c_.nouns.payload_begin(best_node);
    for (const uint32_t* p = c_.nouns.payload_begin(best_node); p != c_.nouns.payload_end(best_node); ++p) {
      if (!dict_.noun_phrases[*p].agent) {
        chosen = *p;
        break;
      }
    }
    NounMatch m;
    m.tb = t0;
    m.te = s_.unit_token[best_end - 1] + 1;
    // "attacked us": a lower-case pronoun is not the actor "US".
    if (m.te == m.tb + 1 && g_.words[t0].upos == UPos::Pron && !g_.words[t0].form.empty() &&
        g_.words[t0].form[0] >= 'a' && g_.words[t0].form[0] <= 'z') {
      ++u;
      continue;
    }
    // "Iran-backed militias", "U.S.-funded programmes": the backer is not what the
    // phrase names, so the name gives it no country.
    if (m.te + 1 < n_ && g_.words[m.te].form == "-" &&
        one_of(base::ascii_lower(g_.words[m.te + 1].form), words().backer_participles)) {
      u = best_end;
      continue;
    }
    // "the Sea of Japan", "the Gulf of Oman", "the South China Sea": a country's name
    // inside the name of a sea is a place, not the country.
    if (!dict_.noun_phrases[chosen].agent) {
      const bool water_before = m.tb >= 2 && one_of(base::ascii_lower(g_.words[m.tb - 1].form), words().of_prepositions) &&
                                one_of(base::ascii_lower(g_.words[m.tb - 2].form), words().water_words);
      const bool water_after = m.te < n_ && !g_.words[m.te].form.empty() && g_.words[m.te].form[0] >= 'A' &&
                               g_.words[m.te].form[0] <= 'Z' && one_of(base::ascii_lower(g_.words[m.te].form), words().water_words);
      if (water_before || water_after) {
        u = best_end;
        continue;
      }
    }
    // "military aid", "police operation": a role word inside an event noun's phrase
    // says what kind of act it is, not who acts.
    if (opt_.event_nouns && dict_.noun_phrases[chosen].agent && !c_.event_nouns_by_last.empty()) {
      bool inside = false;
      for (uint32_t k = m.te; k < n_ && k < m.te + 3 && !inside; ++k) {
        uint32_t first = k;
        inside = match_event_noun(k, first) >= 0 && first <= m.tb;
      }
      // (And a role adjective on an event noun, or on a thing no dictionary names:
      // "military talks", "military drills around Taiwan" -- not "military officials".)
      const DepWord& aw = g_.words[m.tb];
      if (!inside && m.te == m.tb + 1 && aw.upos == UPos::Adj && aw.rel == Rel::Amod && aw.head > static_cast<int32_t>(m.tb)) {
        const uint32_t h = static_cast<uint32_t>(aw.head);
        uint32_t first = h;
        inside = match_event_noun(h, first) >= 0;
        if (!inside && g_.words[h].upos == UPos::Noun && s_.tok_unit_begin[h] < s_.unit_id.size()) {
          const uint32_t node = c_.nouns.child(0, s_.unit_id[s_.tok_unit_begin[h]]);
          inside = node == 0 || !c_.nouns.has_payload(node);
        }
      }
      if (inside) {
        u = best_end;
        continue;
      }
    }
    m.phrase = chosen;
    m.agent = dict_.noun_phrases[chosen].agent;
    m.entry = dict_.noun_phrases[chosen].entry;
    // A lone surname of a person counts only around their terms (from four years
    // before to eight after): "Carney" in a story of 1987 is someone else. Full names
    // always count.
    if (opt_.dated_surnames && !m.agent && dict_.noun_phrases[chosen].words.size() == 1 && doc_.date) {
      const ActorEntry& e = dict_.actors[m.entry];
      if (e.person && !e.in_term(doc_.date, 4 * 365, 8 * 365)) {
        ++u;
        continue;
      }
    }
    // "the senator's opposition to the levy", "her opposition to the plan": a word of
    // a role that is also a stance, with what it is against or whose it is, is the
    // stance.
    if (dict_.noun_phrases[chosen].agent && m.te == m.tb + 1 && one_of(base::ascii_lower(g_.words[m.tb].form), words().stance_nouns)) {
      bool stance = false;
      for (const uint32_t* ch = g_.children_begin(m.tb); ch != g_.children_end(m.tb); ++ch) {
        const DepWord& c = g_.words[*ch];
        stance |= (c.rel == Rel::NmodPoss && c.upos == UPos::Pron) || (c.rel == Rel::Nmod && *ch > m.tb && has_case(*ch, words().addressee_prepositions));
      }
      // (the parser may hang "to X" on the verb)
      stance |= m.te < n_ && base::ascii_lower(g_.words[m.te].form) == "to" && g_.words[m.te].upos == UPos::Adp;
      if (stance) {
        ++u;
        continue;
      }
    }
    // A capitalised name right before the match and of one name with it ("Paulo
    // Lima", "Luis Ortega"; with `compound`, also hung on it as a compound): a first
    // name, not a title ("President Ortega") nor a word that is never a name.
    auto first_name_before = [&](bool compound) {
      if (m.tb == 0 || s_.tok_match[m.tb - 1] >= 0) return false;
      const DepWord& before = g_.words[m.tb - 1];
      const bool same_name = (g_.words[m.tb].rel == Rel::Flat && g_.words[m.tb].head == static_cast<int32_t>(m.tb) - 1) ||
                             ((before.rel == Rel::Flat || (compound && before.rel == Rel::Compound)) &&
                              before.head == static_cast<int32_t>(m.tb));
      const bool capitalised = before.form.size() > 1 && before.form[0] >= 'A' && before.form[0] <= 'Z' &&
                               before.form[1] >= 'a' && before.form[1] <= 'z';
      return same_name && capitalised && before.upos == UPos::Propn &&
             lang::code_of(base::ascii_lower(before.form), lang_.names.titles) == nullptr &&
             !one_of(before.form, lang_.names.not_names);
    };
    // A place's name that ends a person's name is no place: "Paulo Lima", "Jorge
    // Santiago". (Not a sentence's first word, capitalised whatever it is: "Evil
    // Mordor, ...".)
    if (!m.agent && dict_.noun_phrases[chosen].words.size() == 1 && !dict_.actors[m.entry].person && m.tb > 1 &&
        m.te == m.tb + 1 && g_.words[m.tb].upos == UPos::Propn && first_name_before(false) &&
        !one_of(base::ascii_lower(g_.words[m.tb - 1].form), lang_.names.name_parts)) {
      ++u;
      continue;
    }
    // A lone surname after a first name of its own is someone else of that surname:
    // "Luis Ortega" is not Daniel Ortega -- unless the first name starts as one of the
    // person's listed full names does, however spelt ("Francois Mitterand").
    if (!m.agent && dict_.noun_phrases[chosen].words.size() == 1 && dict_.actors[m.entry].person && first_name_before(true)) {
      const char initial = g_.words[m.tb - 1].form[0];
      bool own_first = false;
      for (const auto& np : dict_.noun_phrases) {
        if (np.agent || np.entry != m.entry || np.words.size() < 2 || np.words[0].empty()) continue;
        own_first |= std::toupper(static_cast<unsigned char>(np.words[0][0])) == static_cast<unsigned char>(initial);
      }
      if (!own_first) {
        ++u;
        continue;
      }
    }
    // A lone surname the story has already given to a person of another country is
    // that person ("Luis Ortega of Peru ... Ortega met"): document memory resolves it.
    if (!m.agent && dict_.noun_phrases[chosen].words.size() == 1 && dict_.actors[m.entry].person && m.te == m.tb + 1) {
      const std::string surname = base::ascii_lower(g_.words[m.tb].form);
      const std::string_view own = dict_.actors[m.entry].code_on(doc_.date);
      // (Not the dictionary person named in full: "Margaret Thatcher ... Thatcher".)
      auto entry_name = [&](const std::vector<std::string>& names) {
        for (const auto& np : dict_.noun_phrases) {
          if (np.agent || np.entry != m.entry || np.words.size() != names.size()) continue;
          bool same = true;
          for (size_t k = 0; k < names.size() && same; ++k) same = base::ascii_lower(np.words[k]) == names[k];
          if (same) return true;
        }
        return false;
      };
      const bool other = std::any_of(doc_.people.begin(), doc_.people.end(), [&](const DocumentState::KnownPerson& p) {
        return p.names.size() >= 2 && std::find(p.names.begin(), p.names.end(), surname) != p.names.end() &&
               p.code.size() >= 3 && own.size() >= 3 && p.code.compare(0, 3, own.substr(0, 3)) != 0 &&
               !entry_name(p.names);
      });
      if (other) {
        ++u;
        continue;
      }
    }
    // The match belongs to the chunk of its highest token.
    int32_t top = -1;
    for (uint32_t t = m.tb; t < m.te; ++t) {
      int32_t h = g_.words[t].head;
      if (h < static_cast<int32_t>(m.tb) || h >= static_cast<int32_t>(m.te)) {
        top = static_cast<int32_t>(t);
        break;
      }
    }
    if (top < 0) top = static_cast<int32_t>(m.tb);
    m.chunk = s_.chunk[top] >= 0 ? s_.chunk[top] : top;
    int32_t idx = static_cast<int32_t>(s_.matches.size());
    s_.matches.push_back(m);
    for (uint32_t t = m.tb; t < m.te; ++t) s_.tok_match[t] = idx;
    u = best_end;
  }
  // Chunk extents in units (a chunk head's own tokens plus its matches).
  s_.chunk_first_unit.assign(n_, -1);
  s_.chunk_last_unit.assign(n_, -1);
  auto extend = [&](int32_t h, uint32_t t) {
    int32_t b = static_cast<int32_t>(s_.tok_unit_begin[t]);
    int32_t e = static_cast<int32_t>(s_.tok_unit_end[t]) - 1;
    if (e < b) return;
    if (s_.chunk_first_unit[h] < 0 || b < s_.chunk_first_unit[h]) s_.chunk_first_unit[h] = b;
    if (e > s_.chunk_last_unit[h]) s_.chunk_last_unit[h] = e;
  };
  for (uint32_t t = 0; t < n_; ++t) {
    if (s_.chunk[t] >= 0 && g_.words[t].rel != Rel::Case) extend(s_.chunk[t], t);
  }
  for (const auto& m : s_.matches) {
    for (uint32_t t = m.tb; t < m.te; ++t) extend(m.chunk, t);
  }
  const size_t nu2 = s_.unit_id.size();
  s_.chunk_at_unit_start.assign(nu2, -1);
  s_.chunk_at_unit_end.assign(nu2, -1);
  for (uint32_t h = 0; h < n_; ++h) {
    if (s_.chunk_first_unit[h] < 0) continue;
    if (s_.chunk_at_unit_start[s_.chunk_first_unit[h]] < 0) s_.chunk_at_unit_start[s_.chunk_first_unit[h]] = static_cast<int32_t>(h);
    s_.chunk_at_unit_end[s_.chunk_last_unit[h]] = static_cast<int32_t>(h);
  }
  // A noun phrase may also be entered after its first words ("their | populations"),
  // as long as the entry point is not past its head.
  for (uint32_t t = 0; t < n_; ++t) {
    int32_t h = s_.chunk[t];
    if (h < 0 || t > static_cast<uint32_t>(h) || s_.chunk_first_unit[h] < 0) continue;
    uint32_t u = s_.tok_unit_begin[t];
    if (u < nu2 && s_.chunk_at_unit_start[u] < 0) s_.chunk_at_unit_start[u] = h;
  }
}

std::span<const int32_t> SentenceCoder::chunk_matches(int32_t head) const {
  if (head < 0 || static_cast<uint32_t>(head) >= n_) return {};
  return std::span<const int32_t>(s_.chunk_match_list.data() + s_.chunk_match_begin[head],
                                  s_.chunk_match_begin[head + 1] - s_.chunk_match_begin[head]);
}

void SentenceCoder::index_chunk_matches() {
  s_.chunk_match_begin.assign(n_ + 1, 0);
  for (const auto& m : s_.matches) ++s_.chunk_match_begin[m.chunk + 1];
  for (uint32_t i = 0; i < n_; ++i) s_.chunk_match_begin[i + 1] += s_.chunk_match_begin[i];
  s_.chunk_match_list.assign(s_.matches.size(), 0);
  std::vector<int32_t> fill(s_.chunk_match_begin.begin(), s_.chunk_match_begin.end() - 1);
  for (size_t i = 0; i < s_.matches.size(); ++i) s_.chunk_match_list[fill[s_.matches[i].chunk]++] = static_cast<int32_t>(i);
  s_.group_cached.assign(n_, 0);
  s_.group_cache.resize(n_);
}

std::string SentenceCoder::actor_code(const NounMatch& m) const {
  std::string_view code = dict_.actors[m.entry].code_on(doc_.date);
  return std::string(code);
}

std::string SentenceCoder::entry_text(int32_t match) const {
  const NounMatch& m = s_.matches[match];
  const std::string& where = m.agent ? dict_.agents[m.entry].where : dict_.actors[m.entry].where;
  std::string name;
  for (const auto& w : dict_.noun_phrases[m.phrase].words) name += (name.empty() ? "" : " ") + w;
  return name + " (" + where + ")";
}

// Joins agent codes to an actor code: prefix agents before it, suffix agents after,
// each 3-letter block added once ("USAGOV" + ~GOV stays "USAGOV").
std::string SentenceCoder::compose(std::string base, const std::vector<int32_t>& agent_matches) const {
  if (base.empty()) base = "---";
  std::vector<std::string> prefix, suffix;
  bool former = false;
  for (int32_t mi : agent_matches) {
    const NounMatch& m = s_.matches[mi];
    const AgentEntry& a = dict_.agents[m.entry];
    (a.before_actor ? prefix : suffix).push_back(a.code);
  }
  if (opt_.former_is_elite && !agent_matches.empty() && s_.any_former) {
    int32_t head = s_.matches[agent_matches[0]].chunk;
    for (uint32_t t = 0; t < n_; ++t) {
      if (s_.chunk[t] == head && one_of(g_.words[t].form, words().former_words)) former = true;
    }
  }
  if (former) {
    suffix.assign(1, "ELI");
    prefix.clear();
  }
  auto has_block = [](const std::string& code, std::string_view block) {
    for (size_t i = 0; i + block.size() <= code.size(); i += 3) {
      if (std::string_view(code).substr(i, block.size()) == block) return true;
    }
    return false;
  };
  std::string out = base;
  for (const auto& a : suffix) {
    for (size_t i = 0; i < a.size(); i += 3) {
      std::string_view block = std::string_view(a).substr(i, 3);
      if (!has_block(out, block)) out += std::string(block);
    }
  }
  std::string pre;
  for (const auto& a : prefix) {
    if (!has_block(out, a) && !has_block(pre, a)) pre += a;
  }
  return pre + out;
}

int32_t SentenceCoder::coordination_first(int32_t t) const {
  int32_t x = t;
  for (uint32_t steps = 0; steps < n_ && g_.words[x].rel == Rel::Conj && g_.words[x].head >= 0; ++steps) {
    int32_t h = g_.words[x].head;
    if (g_.words[h].upos == UPos::Verb && g_.words[x].upos != UPos::Verb) break;
    x = h;
  }
  return x;
}

// A noun phrase the dictionary does not know, as a quoted new actor (PETRARCH's
// new-actor option: "\"THE MINISTRY OF MAGIC\""), when it is short enough.
Actor SentenceCoder::new_actor(int32_t t) const {
  Actor a;
  if (opt_.new_actor_length <= 0 || t < 0) return a;
  std::vector<uint32_t> toks;
  for (uint32_t x = 0; x < n_; ++x) {
    if (!in_subtree(x, static_cast<uint32_t>(t))) continue;
    const DepWord& w = g_.words[x];
    if (w.rel == Rel::Punct) continue;
    if (w.rel == Rel::Case && (w.head == t || lang::in(w.form, words().possessive_markers))) continue;
    toks.push_back(x);
  }
  if (toks.empty() || static_cast<int>(toks.size()) > opt_.new_actor_length) return a;
  std::string text;
  for (uint32_t x : toks) {
    std::string f = g_.words[x].form;
    for (char& ch : f) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 32);
    }
    text += (text.empty() ? "" : " ") + f;
  }
  a.code = "\"" + text + "\"";
  a.tb = toks.front();
  a.te = toks.back() + 1;
  a.entry = "new actor (noun phrase not in the dictionary)";
  return a;
}

}  // namespace dyad::coder
