// Reader for Dyad's own dictionary format (specified in docs/dictionaries.md).
//
// One statement per line, keyword first, so that a diff shows exactly which entry
// changed; an indented "code" or "pattern" line belongs to the statement above it:
//
//   #!dyad-dictionary 1
//   actor CHN = China; Chinese; Beijing; People's Republic of China
//   person = Barack Obama; President Obama
//     code USAELI
//     code USAGOV 2009-01-20..2017-01-20
//   agent ~MIL = troops; soldiers; army
//   agent NGO~ = MSF
//   verb 112 = accuse {accused accuses accusing}; blame
//     pattern 1121 = * + OF CORRUPTION
//   synset &CURRENCY = dollar; euro; yuan
//   discard = world cup
//   discard story = horoscope
//   issue NUCLEAR = nuclear weapon
//   noun 190 = attack; offensive; air raid      (plurals are added)
//   noun 040 mutual = talks; meeting; summit
//   transform a (a b ATTACK) SAY = a b 015
//
// Names are exact word sequences ("..." between two words allows other words of the
// same noun phrase there); patterns use PETRARCH's pattern syntax, which analysts know.
#include <algorithm>

#include "base/strings.hpp"
#include "dict/readers.hpp"

namespace dyad::dict_io {

namespace {

std::vector<std::string> split_list(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t e = s.find(sep, p);
    if (e == std::string_view::npos) e = s.size();
    std::string_view item = base::trim(s.substr(p, e - p));
    if (!item.empty()) out.emplace_back(item);
    p = e + 1;
  }
  return out;
}

// "Ithilen ... television" -> PETRARCH-style "ITHILEN TELEVISION" with a gap; other
// spaces become '_' (consecutive words).
std::string name_to_phrase(std::string_view name) {
  std::string out;
  bool gap = false;
  size_t p = 0;
  while (p < name.size()) {
    while (p < name.size() && (name[p] == ' ' || name[p] == '\t')) ++p;
    size_t e = p;
    while (e < name.size() && name[e] != ' ' && name[e] != '\t') ++e;
    std::string_view w = name.substr(p, e - p);
    p = e;
    if (w.empty()) continue;
    if (w == "...") {
      gap = true;
      continue;
    }
    if (!out.empty()) out += gap ? ' ' : '_';
    gap = false;
    out += std::string(w);
  }
  return out;
}

// "2009-01-20..2017-01-20", "..2017-01-20", "2017-01-21..".
bool parse_range(std::string_view s, DatedCode& c, std::string& problem) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) {
    problem = "date range '" + std::string(s) + "' is not FROM..TO";
    return false;
  }
  std::string_view a = base::trim(s.substr(0, dots));
  std::string_view b = base::trim(s.substr(dots + 2));
  c.restricted = true;
  if (!a.empty()) {
    c.from = parse_dictionary_date(a);
    if (!c.from) {
      problem = "'" + base::printable(a) + "' is not a date (YYYY-MM-DD)";
      return false;
    }
  }
  if (!b.empty()) {
    c.to = parse_dictionary_date(b);
    if (!c.to) {
      problem = "'" + base::printable(b) + "' is not a date (YYYY-MM-DD)";
      return false;
    }
  }
  if (c.to < c.from) {
    problem = "date range ends before it starts";
    return false;
  }
  return true;
}

}  // namespace

void read_dyad_dictionary(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report) {
  enum class Last { None, Actor, Verb } last = Last::None;
  int actor = -1;
  int block = -1;
  uint32_t order = 0;
  size_t pos = 0;
  int n = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++n;
    std::string where = name + ":" + std::to_string(n);
    size_t hash = raw.find('#');
    // '#' starts a comment unless it is inside a pattern word (never) -- keep it simple.
    std::string_view line = base::trim(hash == std::string_view::npos ? raw : raw.substr(0, hash));
    if (line.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    size_t sp = line.find_first_of(" \t=");
    std::string keyword(line.substr(0, sp));
    std::string_view rest = sp == std::string_view::npos ? std::string_view() : base::trim(line.substr(sp));
    std::string_view head = rest;
    std::string_view body;
    size_t eq = rest.find('=');
    if (eq != std::string_view::npos) {
      head = base::trim(rest.substr(0, eq));
      body = base::trim(rest.substr(eq + 1));
    }
    if (indented && keyword == "code") {
      if (last != Last::Actor) {
        report.error(where, "'code' line not under an actor; skipped");
        continue;
      }
      std::vector<std::string> parts = split_list(rest, ' ');
      if (parts.empty()) {
        report.error(where, "'code' without a code; skipped");
        continue;
      }
      DatedCode c;
      c.code = base::ascii_upper(parts[0]);
      std::string problem;
      if (parts.size() > 1 && !parse_range(parts[1], c, problem)) {
        report.error(where, problem + "; skipped");
        continue;
      }
      dict.actors[actor].codes.push_back(std::move(c));
      continue;
    }
    if (indented && keyword == "pattern") {
      if (last != Last::Verb) {
        report.error(where, "'pattern' line not under a verb; skipped");
        continue;
      }
      VerbPattern p;
      if (!parse_event_code(head, p.code)) {
        report.error(where, "'" + base::printable(head) + "' is not an event code; skipped");
        continue;
      }
      std::string problem;
      bool brackets = false;
      if (!parse_pattern_text(body, dict, p, problem, brackets)) {
        report.error(where, problem);
        continue;
      }
      p.text = std::string(body);
      p.where = where;
      p.order = order++;
      dict.verb_blocks[block].patterns.push_back(std::move(p));
      continue;
    }
    last = Last::None;
    if (keyword == "actor" || keyword == "person") {
      ActorEntry e;
      e.where = where;
      e.person = keyword == "person";
      std::vector<std::string> parts = split_list(head, ' ');
      if (!parts.empty()) {
        DatedCode c;
        c.code = base::ascii_upper(parts[0]);
        std::string problem;
        if (parts.size() > 1 && !parse_range(parts[1], c, problem)) {
          report.error(where, problem + "; skipped");
          continue;
        }
        e.codes.push_back(std::move(c));
      }
      auto names = split_list(body, ';');
      if (names.empty()) {
        report.error(where, "actor without names; skipped");
        continue;
      }
      e.name = names[0];
      actor = static_cast<int>(dict.add_actor(std::move(e)));
      for (const auto& nm : names) dict.add_actor_phrase(actor, name_to_phrase(nm), true);
      last = Last::Actor;
    } else if (keyword == "agent") {
      std::string code = base::ascii_upper(head);
      AgentEntry a;
      a.where = where;
      if (!code.empty() && code.front() == '~') a.code = code.substr(1);
      else if (!code.empty() && code.back() == '~') {
        a.code = code.substr(0, code.size() - 1);
        a.before_actor = true;
      }
      if (a.code.empty()) {
        report.error(where, "agent code must be ~CODE (after the actor) or CODE~ (before); skipped");
        continue;
      }
      uint32_t id = dict.add_agent(a);
      for (const auto& nm : split_list(body, ';')) dict.add_agent_phrase(id, name_to_phrase(nm), true);
    } else if (keyword == "verb") {
      VerbBlock b;
      if (!parse_event_code(head, b.code)) {
        report.error(where, "'" + base::printable(head) + "' is not an event code; skipped");
        continue;
      }
      b.where = where;
      auto verbs = split_list(body, ';');
      if (verbs.empty()) {
        report.error(where, "verb without words; skipped");
        continue;
      }
      b.name = base::ascii_upper(verbs[0].substr(0, verbs[0].find('{')));
      dict.verb_blocks.push_back(std::move(b));
      block = static_cast<int>(dict.verb_blocks.size() - 1);
      order = 0;
      for (const auto& v : verbs) {
        VerbLine line;
        std::string vtext = v;
        // "{a, b}" -> "{a b}"
        std::replace(vtext.begin(), vtext.end(), ',', ' ');
        if (!parse_verb_phrase(vtext, line)) {
          report.error(where, "cannot read verb '" + v + "'; skipped");
          continue;
        }
        VerbEntry e;
        e.words = line.words;
        e.head = line.head;
        // In Dyad's format braces add irregular forms to the regular ones.
        e.forms = inflection_of(dict).verb_forms(line.words[line.head]);
        for (const auto& f : verb_forms(line, inflection_of(dict))) {
          if (std::find(e.forms.begin(), e.forms.end(), f) == e.forms.end()) e.forms.push_back(f);
        }
        e.code = dict.verb_blocks[block].code;
        e.block = static_cast<uint32_t>(block);
        e.where = where;
        dict.verbs.push_back(std::move(e));
      }
      last = Last::Verb;
    } else if (keyword == "synset") {
      std::string label = base::ascii_upper(head);
      if (!label.empty() && label[0] == '&') label.erase(0, 1);
      if (label.empty()) {
        report.error(where, "synset without a name; skipped");
        continue;
      }
      Synset s{label, {}};
      for (const auto& nm : split_list(body, ';')) {
        if (nm[0] == '&') {
          int inner = dict.find_synset(base::ascii_upper(nm.substr(1)));
          if (inner < 0) {
            report.error(where, "synset " + nm + " is not defined above; skipped");
            continue;
          }
          auto copy = dict.synsets[inner].phrases;
          s.phrases.insert(s.phrases.end(), copy.begin(), copy.end());
          continue;
        }
        std::vector<std::string> units;
        std::vector<uint8_t> gaps;
        phrase_units(nm, false, units, gaps);
        if (!units.empty()) s.phrases.push_back(std::move(units));
      }
      dict.synsets.push_back(std::move(s));
    } else if (keyword == "discard") {
      bool story = head == "story";
      if (!head.empty() && !story) {
        report.error(where, "discard takes no argument or 'story'; skipped");
        continue;
      }
      for (const auto& nm : split_list(body, ';')) {
        DiscardEntry d;
        d.story = story;
        d.exact = true;
        std::vector<uint8_t> gaps;
        phrase_units(nm, false, d.words, gaps);
        d.where = where;
        if (!d.words.empty()) dict.discards.push_back(std::move(d));
      }
    } else if (keyword == "noun") {
      // "noun 040 mutual = talks; meeting": head is the code and an optional flag.
      auto parts = split_list(head, ' ');
      EventCode code;
      if (parts.empty() || !parse_event_code(parts[0], code) || code.null()) {
        report.error(where, "noun needs an event code ('noun 190 = attack'); skipped");
        continue;
      }
      bool mutual = false;
      if (parts.size() > 1) {
        if (parts.size() > 2 || parts[1] != "mutual") {
          report.error(where, "after the code of a noun only 'mutual' may stand; skipped");
          continue;
        }
        mutual = true;
      }
      for (const auto& nm : split_list(body, ';')) {
        for (const std::string& form : {nm, inflection_of(dict).plural(nm)}) {
          EventNounEntry e;
          e.code = code;
          e.mutual = mutual;
          e.where = where;
          std::vector<uint8_t> gaps;
          phrase_units(form, false, e.words, gaps);
          bool known = std::any_of(dict.event_nouns.begin(), dict.event_nouns.end(),
                                   [&](const EventNounEntry& x) { return x.words == e.words; });
          if (!e.words.empty() && !known) dict.event_nouns.push_back(std::move(e));
        }
      }
    } else if (keyword == "issue") {
      if (head.empty()) {
        report.error(where, "issue without a code; skipped");
        continue;
      }
      for (const auto& nm : split_list(body, ';')) {
        IssueEntry e;
        std::vector<uint8_t> gaps;
        phrase_units(nm, false, e.words, gaps);
        e.code = std::string(head);
        e.where = where;
        if (!e.words.empty()) dict.issues.push_back(std::move(e));
      }
    } else if (keyword == "transform") {
      std::string as_petrarch = "~ " + std::string(rest);
      Dictionary scratch;
      LoadReport r;
      read_petrarch_verbs(as_petrarch, name, scratch, r);
      if (scratch.transformations.size() != 1) {
        report.error(where, "transform not of the form 'transform a (a b VERB) VERB = a b CODE'; skipped");
        continue;
      }
      scratch.transformations[0].where = where;
      dict.transformations.push_back(scratch.transformations[0]);
    } else if (line.substr(0, 2) == "#!") {
      continue;
    } else {
      report.error(where, "unknown statement '" + keyword + "'; skipped");
    }
  }
}

}  // namespace dyad::dict_io
