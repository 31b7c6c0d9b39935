// Readers for the PETRARCH-2 / TABARI dictionary formats.
//
// The formats are line based and forgiving, and so are these readers: a line that
// cannot be interpreted is reported ("file:line: ...") and skipped; reading goes on.
// Comments follow PETRARCH: a line starting with '#' or "<!", "<!-- ... -->" on one
// line or across lines, and anything after " #" (a space or tab before the '#').
//
// What PETRARCH-2 did and Dyad does differently, on purpose (docs/dictionaries.md):
//   - multi-word verbs ("+BREAK_DOWN", "WIRE_+TAP") are coded (PETRARCH-1 skipped them);
//   - PETRARCH-2's phrase brackets in patterns, "(TO BORDER)" and "{ARMS SHIPMENT}",
//     are read as plain word sequences with gaps allowed;
//   - patterns whose code is not an event code ("[+++]", "[###]") are ignored, noted;
//   - the internal coding ontology and the preposition list are read and checked but
//     not used: Dyad codes CAMEO directly and finds prepositions in the parse.
#include <algorithm>
#include <map>
#include <set>

#include "dict/compiled.hpp"
#include "dict/readers.hpp"
#include "dict/units.hpp"

namespace dyad::dict_io {

void phrase_units(std::string_view phrase, bool space_is_gap, std::vector<std::string>& units_out,
                  std::vector<uint8_t>& gap_before) {
  std::string scratch;
  size_t pos = 0;
  bool gap = false;
  while (pos < phrase.size()) {
    size_t end = pos;
    while (end < phrase.size() && phrase[end] != '_' && phrase[end] != ' ' && phrase[end] != '\t') ++end;
    std::string_view word = phrase.substr(pos, end - pos);
    if (!word.empty()) {
      bool first = true;
      units::for_each_unit(word, scratch, [&](std::string_view u) {
        units_out.emplace_back(u);
        gap_before.push_back(first && gap && !units_out.empty() && units_out.size() > 1 ? 1 : 0);
        first = false;
      });
      gap = false;
    }
    if (end < phrase.size() && (phrase[end] == ' ' || phrase[end] == '\t') && space_is_gap) gap = true;
    pos = end + 1;
  }
}

namespace {

// Iterates the lines of a PETRARCH file with comments removed. `raw` keeps leading
// whitespace (actor date restrictions start with a tab).
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  bool next(std::string& raw, int& number) {
    while (pos_ < text_.size() || !pending_.empty()) {
      std::string line;
      if (!pending_.empty()) {
        line = std::move(pending_);
        pending_.clear();
      } else {
        size_t nl = text_.find('\n', pos_);
        if (nl == std::string_view::npos) nl = text_.size();
        line = std::string(text_.substr(pos_, nl - pos_));
        pos_ = nl + 1;
        ++line_;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (in_comment_) {
        size_t close = line.find("-->");
        if (close == std::string::npos) continue;
        in_comment_ = false;
        line = line.substr(close + 3);
      }
      std::string_view t = base::trim(line);
      if (t.empty()) continue;
      if (t[0] == '#') continue;
      if (t.substr(0, 2) == "<!") {
        size_t open = line.find("<!--");
        size_t close = line.find("-->");
        if (open != std::string::npos && close == std::string::npos) in_comment_ = true;
        else if (open == std::string::npos && close == std::string::npos) in_comment_ = true;  // "<! --"
        continue;
      }
      size_t open = line.find("<!--");
      if (open != std::string::npos) {
        size_t close = line.find("-->", open);
        if (close == std::string::npos) {
          in_comment_ = true;
          line = line.substr(0, open);
        } else {
          line = line.substr(0, open) + line.substr(close + 3);
        }
      }
      for (size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '#' && (line[i - 1] == ' ' || line[i - 1] == '\t' || line[i - 1] == ']')) {
          line.resize(i);
          break;
        }
      }
      if (base::trim(line).empty()) continue;
      raw = std::move(line);
      number = line_;
      return true;
    }
    return false;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  int line_ = 0;
  bool in_comment_ = false;
  std::string pending_;
};

std::string at(const std::string& name, int line) { return name + ":" + std::to_string(line); }

// Notes each kind of ignored construct once per file.
class OnceNotes {
 public:
  OnceNotes(const std::string& name, LoadReport& report) : name_(name), report_(report) {}
  void note(int line, const std::string& what) {
    if (seen_.insert(what).second) report_.note(at(name_, line), what + " (first of its kind in this file)");
  }

 private:
  const std::string& name_;
  LoadReport& report_;
  std::set<std::string> seen_;
};

// The contents of every [...] group of a line, in order.
std::vector<std::string> bracket_groups(std::string_view s) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (true) {
    size_t open = s.find('[', pos);
    if (open == std::string_view::npos) break;
    size_t close = s.find(']', open);
    if (close == std::string_view::npos) {
      out.emplace_back(base::trim(s.substr(open + 1)));
      break;
    }
    out.emplace_back(base::trim(s.substr(open + 1, close - open - 1)));
    pos = close + 1;
  }
  return out;
}

// ---- Verbs -------------------------------------------------------------------------

struct PatternWord {
  std::string text;
  bool adjacent_next = false;  // '_' joins it to the following item
};

// Splits pattern text into words, remembering which are joined by '_' to the next.
std::vector<PatternWord> pattern_words(std::string_view s, bool& leading_adjacent) {
  std::vector<PatternWord> out;
  leading_adjacent = false;
  size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  if (i < s.size() && s[i] == '_') leading_adjacent = true;
  std::string cur;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' || c == '\t' || c == '_') {
      if (!cur.empty()) {
        out.push_back({cur, c == '_'});
        cur.clear();
      } else if (c == '_' && !out.empty()) {
        out.back().adjacent_next = true;
      }
      continue;
    }
    cur.push_back(c);
  }
  if (!cur.empty()) out.push_back({cur, false});
  return out;
}

// Turns one pattern word into elements (in left-to-right order). False: undefined synset.
bool word_elements(const std::string& w, const Dictionary& dict, std::vector<PatternElement>& out,
                   std::string& problem) {
  PatternElement e;
  if (w == "$") e.kind = PatternElementKind::Source;
  else if (w == "+") e.kind = PatternElementKind::Target;
  else if (w == "^") e.kind = PatternElementKind::SkipActor;
  else if (w == "%") e.kind = PatternElementKind::Compound;
  else if (w[0] == '&') {
    std::string name = base::ascii_upper(w.substr(1));
    while (!name.empty() && name.back() == '_') name.pop_back();
    if (dict.find_synset(name) < 0) {
      problem = "synset &" + name + " is not defined (before this line); pattern skipped";
      return false;
    }
    e.kind = PatternElementKind::Synset;
    e.word = name;
  } else {
    std::string scratch;
    bool first = true;
    units::for_each_unit(w, scratch, [&](std::string_view u) {
      PatternElement x;
      x.kind = PatternElementKind::Word;
      x.word = std::string(u);
      x.adjacent = !first;
      first = false;
      out.push_back(std::move(x));
    });
    return true;
  }
  out.push_back(std::move(e));
  return true;
}

}  // namespace

bool parse_pattern_text(std::string_view body, const Dictionary& dict, VerbPattern& p, std::string& problem,
                        bool& had_brackets) {
  std::string text(body);
  // PETRARCH legacy: "XXXX_ " is an open connection.
  for (size_t k; (k = text.find("_ ")) != std::string::npos;) text.replace(k, 2, " ");
  for (size_t k; (k = text.find("**")) != std::string::npos;) text.replace(k, 2, "*");
  had_brackets = false;
  if (text.find_first_of("(){}") != std::string::npos) {
    had_brackets = true;
    for (char& c : text) {
      if (c == '(' || c == ')' || c == '{' || c == '}') c = ' ';
    }
  }
  size_t star = text.find('*');
  if (star == std::string::npos) {
    problem = "pattern has no '*' for the verb";
    return false;
  }
  bool lead = false;
  std::string up = text.substr(0, star);
  std::vector<PatternWord> upper_words = pattern_words(up, lead);
  bool upper_joined_to_verb = !up.empty() && up.back() == '_';
  std::vector<PatternWord> lower_words = pattern_words(std::string_view(text).substr(star + 1), lead);
  if (std::string_view(text).substr(star + 1).find('*') != std::string_view::npos) {
    problem = "pattern has more than one '*'";
    return false;
  }
  // After the verb: left to right.
  bool adjacent = lead;
  for (const auto& w : lower_words) {
    std::vector<PatternElement> els;
    if (!word_elements(w.text, dict, els, problem)) return false;
    for (size_t k = 0; k < els.size(); ++k) {
      if (k == 0) els[k].adjacent = adjacent;
      p.after.push_back(els[k]);
    }
    adjacent = w.adjacent_next;
  }
  // Before the verb: nearest first.
  for (size_t i = upper_words.size(); i-- > 0;) {
    bool joined = i + 1 == upper_words.size() ? upper_joined_to_verb || upper_words[i].adjacent_next
                                              : upper_words[i].adjacent_next;
    std::vector<PatternElement> els;
    if (!word_elements(upper_words[i].text, dict, els, problem)) return false;
    // Reverse the units of one word: the last unit is nearest the verb.
    for (size_t k = els.size(); k-- > 0;) {
      PatternElement e = els[k];
      e.adjacent = k + 1 == els.size() ? joined : true;
      p.before.push_back(std::move(e));
    }
  }
  return true;  // "- * [042:043]": the verb alone, as a pattern of length 0
}

namespace {

// Head word of one irregular form item: "+BREAKS_DOWN" -> BREAKS; "WIRE_+TAPPED" -> TAPPED.
std::string form_head(std::string_view item, uint8_t head) {
  std::vector<std::string> parts;
  std::string cur;
  int marked = -1;
  for (char c : item) {
    if (c == '_' || c == ' ') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
      continue;
    }
    if (c == '+') {
      marked = static_cast<int>(parts.size());
      continue;
    }
    cur.push_back(c);
  }
  if (!cur.empty()) parts.push_back(cur);
  if (parts.empty()) return {};
  size_t k = marked >= 0 ? static_cast<size_t>(marked) : std::min<size_t>(head, parts.size() - 1);
  if (k >= parts.size()) k = parts.size() - 1;
  return base::ascii_upper(parts[k]);
}

}  // namespace

std::vector<std::string> verb_forms(const VerbLine& v, const lang::Inflection& inflection) {
  const std::string& stem = v.words[v.head];
  if (!v.has_forms) return inflection.verb_forms(stem);
  std::vector<std::string> forms{stem};
  for (const auto& item : v.irregular) {
    std::string f = form_head(item, v.head);
    if (!f.empty() && std::find(forms.begin(), forms.end(), f) == forms.end()) forms.push_back(f);
  }
  return forms;
}

bool parse_verb_phrase(std::string_view t, VerbLine& v) {
  size_t brace = t.find('{');
  size_t bracket = t.find('[');
  size_t cut = std::min(brace, bracket);
  std::string_view phrase = base::trim(t.substr(0, cut));
  if (brace != std::string_view::npos && (bracket == std::string_view::npos || brace < bracket)) {
    size_t close = t.find('}', brace);
    if (close == std::string_view::npos) return false;
    v.has_forms = true;
    std::string_view inner = t.substr(brace + 1, close - brace - 1);
    size_t p = 0;
    while (p < inner.size()) {
      while (p < inner.size() && (inner[p] == ' ' || inner[p] == '\t')) ++p;
      size_t e = p;
      while (e < inner.size() && inner[e] != ' ' && inner[e] != '\t') ++e;
      if (e > p) v.irregular.emplace_back(inner.substr(p, e - p));
      p = e;
    }
  }
  if (bracket != std::string_view::npos) {
    size_t close = t.find(']', bracket);
    if (close == std::string_view::npos) return false;
    v.code_text = std::string(base::trim(t.substr(bracket + 1, close - bracket - 1)));
    v.has_code = true;
  }
  // Words; '+' marks the verb of a phrase.
  std::string cur;
  int marked = -1;
  std::vector<std::string> raw;
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!cur.empty()) raw.push_back(cur);
      cur.clear();
      continue;
    }
    if (c == '+') {
      marked = static_cast<int>(raw.size());
      continue;
    }
    cur.push_back(c);
  }
  if (!cur.empty()) raw.push_back(cur);
  if (raw.empty()) return false;
  std::string scratch;
  for (size_t i = 0; i < raw.size(); ++i) {
    if (static_cast<int>(i) == marked) v.head = static_cast<uint8_t>(std::min<size_t>(v.words.size(), 255));
    units::for_each_unit(raw[i], scratch, [&](std::string_view u) { v.words.emplace_back(u); });
  }
  if (v.head >= v.words.size()) v.head = 0;
  return !v.words.empty();
}


void read_petrarch_verbs(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report) {
  LineReader lines(text);
  OnceNotes notes(name, report);
  std::string raw;
  int n = 0;
  int block = -1;
  int synset = -1;
  bool synset_plurals = true;
  uint32_t order = 0;
  while (lines.next(raw, n)) {
    std::string_view t = base::trim(raw);
    if (t[0] != '+') synset = -1;
    if (t.substr(0, 3) == "---") {
      VerbBlock b;
      std::string_view inner = t;
      while (!inner.empty() && inner.front() == '-') inner.remove_prefix(1);
      while (!inner.empty() && (inner.back() == '-' || inner.back() == ' ')) inner.remove_suffix(1);
      size_t br = inner.find('[');
      b.name = base::ascii_upper(base::trim(inner.substr(0, br)));
      auto groups = bracket_groups(inner);
      if (!groups.empty() && !parse_event_code(groups[0], b.code)) {
        notes.note(n, "block code [" + groups[0] + "] is not an event code; read as no code");
        b.code = {};
      }
      if (groups.size() > 1) notes.note(n, "extra codes after a block's first code are ignored");
      b.where = at(name, n);
      dict.verb_blocks.push_back(std::move(b));
      block = static_cast<int>(dict.verb_blocks.size() - 1);
      order = 0;
      continue;
    }
    if (t[0] == '-') {
      if (block < 0) {
        report.error(at(name, n), "pattern before any verb block; skipped");
        continue;
      }
      std::string_view body = t.substr(1);
      size_t br = body.rfind('[');
      if (br == std::string_view::npos) {
        report.error(at(name, n), "pattern without a [code]; skipped");
        continue;
      }
      size_t close = body.find(']', br);
      std::string code_text(base::trim(body.substr(br + 1, close == std::string_view::npos ? std::string_view::npos : close - br - 1)));
      VerbPattern p;
      if (!parse_event_code(code_text, p.code)) {
        notes.note(n, "patterns with a code that is not an event code ([" + code_text + "]) are ignored");
        continue;
      }
      std::string problem;
      bool brackets = false;
      if (!parse_pattern_text(body.substr(0, br), dict, p, problem, brackets)) {
        report.error(at(name, n), problem);
        continue;
      }
      if (brackets) notes.note(n, "PETRARCH-2 phrase brackets ( ) and { } in patterns are read as plain word sequences");
      p.text = std::string(base::trim(t));
      p.where = at(name, n);
      p.order = order++;
      dict.verb_blocks[block].patterns.push_back(std::move(p));
      continue;
    }
    if (t[0] == '&') {
      std::string label = base::ascii_upper(base::trim(t.substr(1)));
      size_t sp = label.find_first_of(" \t[");
      if (sp != std::string::npos) label = std::string(base::trim(label.substr(0, sp)));
      synset_plurals = label.empty() || label.back() != '_';
      while (!label.empty() && label.back() == '_') label.pop_back();
      if (label.empty()) {
        report.error(at(name, n), "synset without a name; skipped");
        continue;
      }
      int existing = dict.find_synset(label);
      if (existing >= 0) {
        synset = existing;
      } else {
        dict.synsets.push_back({label, {}});
        synset = static_cast<int>(dict.synsets.size() - 1);
      }
      continue;
    }
    if (t[0] == '+' && synset >= 0) {
      std::string member(base::trim(t.substr(1)));
      if (member.empty()) continue;
      auto& phrases = dict.synsets[synset].phrases;
      if (member[0] == '&') {
        std::string inner = base::ascii_upper(member.substr(1));
        while (!inner.empty() && inner.back() == '_') inner.pop_back();
        int s = dict.find_synset(inner);
        if (s < 0) {
          report.error(at(name, n), "synset &" + inner + " used before it is defined; skipped");
          continue;
        }
        auto copy = dict.synsets[s].phrases;
        phrases.insert(phrases.end(), copy.begin(), copy.end());
        continue;
      }
      bool plural = synset_plurals && member.back() != '_';
      std::vector<std::string> units;
      std::vector<uint8_t> gaps;
      phrase_units(member, false, units, gaps);
      if (units.empty()) continue;
      phrases.push_back(units);
      if (plural) {
        std::vector<std::string> pl = units;
        std::string last = pl.back();
        pl.back() = inflection_of(dict).plural(last);
        if (last.back() == 'S' || last.back() == 'X' || last.back() == 'Z') pl.back() = last + "ES";
        phrases.push_back(std::move(pl));
      }
      continue;
    }
    if (t[0] == '~') {
      // ~ a (a b ATTACK) SAY = a b 015
      std::string s(t.substr(1));
      for (char& c : s) {
        if (c == '(' || c == ')') c = ' ';
      }
      std::vector<std::string> tok;
      size_t p = 0;
      while (p < s.size()) {
        while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
        size_t e = p;
        while (e < s.size() && s[e] != ' ' && s[e] != '\t') ++e;
        if (e > p) tok.emplace_back(s.substr(p, e - p));
        p = e;
      }
      // a  a b INNER  OUTER  =  a b CODE
      if (tok.size() != 9 || tok[5] != "=" || tok[0].size() != 1 || tok[1].size() != 1 || tok[2].size() != 1) {
        report.error(at(name, n), "transformation not of the form '~ a (a b VERB) VERB = a b CODE'; skipped");
        continue;
      }
      Transformation tr;
      tr.inner_source = tok[1][0] == tok[0][0] ? 'a' : tok[1][0];
      tr.inner_target = tok[2][0] == tok[0][0] ? 'a' : tok[2][0];
      tr.inner_verb = base::ascii_upper(tok[3]);
      tr.outer_verb = base::ascii_upper(tok[4]);
      tr.result_source = tok[6][0] == tok[0][0] ? 'a' : tok[6][0];
      tr.result_target = tok[7][0] == tok[0][0] ? 'a' : tok[7][0];
      tr.result_code = tok[8];
      tr.where = at(name, n);
      dict.transformations.push_back(std::move(tr));
      continue;
    }
    // A verb.
    VerbLine v;
    if (!parse_verb_phrase(t, v)) {
      report.error(at(name, n), "cannot read a verb from this line; skipped");
      continue;
    }
    if (block < 0) {
      VerbBlock b;
      b.name = v.words[0];
      b.where = at(name, n);
      dict.verb_blocks.push_back(std::move(b));
      block = static_cast<int>(dict.verb_blocks.size() - 1);
      notes.note(n, "verbs outside a '--- NAME ---' block get a block of their own");
    }
    VerbEntry e;
    e.words = v.words;
    e.head = v.head;
    e.block = static_cast<uint32_t>(block);
    e.code = dict.verb_blocks[block].code;
    if (v.has_code && !parse_event_code(v.code_text, e.code)) {
      notes.note(n, "verb code [" + v.code_text + "] is not an event code; the block's code is used");
      e.code = dict.verb_blocks[block].code;
    }
    e.forms = verb_forms(v, inflection_of(dict));
    e.where = at(name, n);
    dict.verbs.push_back(std::move(e));
  }
}

// ---- Actors ------------------------------------------------------------------------


// "[CODE]", "[CODE <950601]", "[CODE >20130119]", "[CODE 19950601 - 19990815]".
bool parse_code_spec(std::string_view spec, DatedCode& out, std::string& problem) {
  spec = base::trim(spec);
  size_t sp = spec.find_first_of(" \t<>");
  std::string code = base::ascii_upper(base::trim(spec.substr(0, sp)));
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : base::trim(spec.substr(sp));
  if (code.empty()) {
    problem = "empty actor code";
    return false;
  }
  out = {};
  out.code = code;
  if (rest.empty()) return true;
  out.restricted = true;
  if (rest[0] == '<' || rest[0] == '>') {
    Date d = parse_dictionary_date(base::trim(rest.substr(1)));
    if (!d) {
      problem = "date restriction '" + std::string(rest) + "' is not a date";
      return false;
    }
    if (rest[0] == '<') out.to = d;
    else out.from = d;
    return true;
  }
  size_t dash = rest.find('-');
  if (dash == std::string_view::npos) {
    problem = "date restriction '" + std::string(rest) + "' is not <date, >date or date-date";
    return false;
  }
  Date a = parse_dictionary_date(base::trim(rest.substr(0, dash)));
  Date b = parse_dictionary_date(base::trim(rest.substr(dash + 1)));
  if (!a || !b) {
    problem = "date interval '" + std::string(rest) + "' has an invalid date";
    return false;
  }
  if (b < a) {
    problem = "date interval '" + std::string(rest) + "' ends before it starts";
    return false;
  }
  out.from = a;
  out.to = b;
  return true;
}

namespace {

std::string strip_semicolon_comment(std::string_view s) {
  size_t semi = s.find(';');
  return std::string(semi == std::string_view::npos ? s : s.substr(0, semi));
}

}  // namespace

void read_petrarch_actors(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report) {
  LineReader lines(text);
  std::string raw;
  int n = 0;
  int actor = -1;
  const size_t first_actor = dict.actors.size();
  // PETRARCH gives office holders dated codes: those are its people.
  struct MarkPeople {
    Dictionary& dict;
    size_t first;
    ~MarkPeople() {
      for (size_t i = first; i < dict.actors.size(); ++i) {
        const auto& codes = dict.actors[i].codes;
        dict.actors[i].person = std::any_of(codes.begin(), codes.end(), [](const DatedCode& c) { return c.restricted; });
      }
    }
  } mark_people{dict, first_actor};
  auto add_codes = [&](std::string_view s) {
    for (const auto& g : bracket_groups(s)) {
      DatedCode c;
      std::string problem;
      if (!parse_code_spec(g, c, problem)) {
        report.error(at(name, n), problem + "; code skipped");
        continue;
      }
      dict.actors[actor].codes.push_back(std::move(c));
    }
  };
  while (lines.next(raw, n)) {
    if (raw.find("---STOP---") != std::string::npos) break;
    std::string line = strip_semicolon_comment(raw);
    std::string_view t = base::trim(line);
    if (t.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (indented && t[0] == '[') {
      if (actor < 0) {
        report.error(at(name, n), "date restriction before any actor; skipped");
        continue;
      }
      add_codes(t);
      continue;
    }
    if (t[0] == '+') {
      if (actor < 0) {
        report.error(at(name, n), "synonym before any actor; skipped");
        continue;
      }
      size_t br = t.find('[');
      std::string_view phrase = base::trim(t.substr(1, br == std::string_view::npos ? std::string_view::npos : br - 1));
      dict.add_actor_phrase(actor, phrase, true);
      if (br != std::string_view::npos) add_codes(t.substr(br));
      continue;
    }
    size_t br = t.find('[');
    std::string_view phrase = base::trim(t.substr(0, br));
    if (phrase.empty()) {
      report.error(at(name, n), "line has codes but no actor phrase; skipped");
      continue;
    }
    // PETRARCH: a primary phrase that got no code at all shares the codes of the next.
    if (actor < 0 || !dict.actors[actor].codes.empty()) {
      ActorEntry e;
      e.name = std::string(phrase);
      e.where = at(name, n);
      actor = static_cast<int>(dict.add_actor(std::move(e)));
    }
    dict.add_actor_phrase(actor, phrase, true);
    if (br != std::string_view::npos) add_codes(t.substr(br));
  }
}

// ---- Agents ------------------------------------------------------------------------

void read_petrarch_agents(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report) {
  LineReader lines(text);
  std::string raw;
  int n = 0;
  std::map<std::string, std::vector<std::string>> markers;
  while (lines.next(raw, n)) {
    std::string line = strip_semicolon_comment(raw);
    std::string_view t = base::trim(line);
    if (t.empty()) continue;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      size_t close = t.find('!', 1);
      if (close == std::string_view::npos) {
        report.error(at(name, n), "substitution marker without closing '!'; skipped");
        continue;
      }
      std::string marker = base::ascii_upper(t.substr(1, close - 1));
      std::vector<std::string> items;
      std::string_view list = t.substr(t.find('=') + 1);
      size_t p = 0;
      while (p <= list.size()) {
        size_t c = list.find(',', p);
        if (c == std::string_view::npos) c = list.size();
        std::string_view item = base::trim(list.substr(p, c - p));
        if (!item.empty()) items.push_back(base::ascii_upper(item));
        p = c + 1;
      }
      markers[marker] = items;
      continue;
    }
    size_t br = t.find('[');
    if (br == std::string_view::npos) {
      report.error(at(name, n), "agent without a [code]; skipped");
      continue;
    }
    size_t close = t.find_first_of("]}", br);
    std::string code = base::ascii_upper(base::trim(t.substr(br + 1, close == std::string_view::npos ? std::string_view::npos : close - br - 1)));
    code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
    AgentEntry a;
    if (!code.empty() && code.front() == '~') {
      a.code = code.substr(1);
    } else if (!code.empty() && code.back() == '~') {
      a.code = code.substr(0, code.size() - 1);
      a.before_actor = true;
    } else {
      report.error(at(name, n), "agent code [" + code + "] has no '~' (\"~GOV\" or \"NGO~\"); skipped");
      continue;
    }
    if (a.code.empty()) {
      report.error(at(name, n), "empty agent code; skipped");
      continue;
    }
    std::string_view head = base::trim(t.substr(0, br));
    std::string phrase;
    bool has_plural = false;
    std::vector<std::string> plurals;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t bclose = head.find('}', brace);
      if (bclose == std::string_view::npos) {
        report.error(at(name, n), "missing '}'; skipped");
        continue;
      }
      has_plural = true;
      std::string_view inner = base::trim(head.substr(brace + 1, bclose - brace - 1));
      size_t p = 0;
      while (p < inner.size()) {
        size_t e = inner.find(' ', p);
        if (e == std::string_view::npos) e = inner.size();
        if (e > p) plurals.emplace_back(inner.substr(p, e - p));
        p = e + 1;
      }
      phrase = std::string(base::trim(head.substr(0, brace)));
    } else {
      phrase = std::string(head);
    }
    if (phrase.empty()) {
      report.error(at(name, n), "agent code without a phrase; skipped");
      continue;
    }
    a.where = at(name, n);
    uint32_t id = dict.add_agent(a);
    size_t bang = phrase.find('!');
    if (bang != std::string::npos) {
      size_t bang2 = phrase.find('!', bang + 1);
      std::string marker = bang2 == std::string::npos ? "" : base::ascii_upper(phrase.substr(bang + 1, bang2 - bang - 1));
      auto it = markers.find(marker);
      if (bang2 == std::string::npos || it == markers.end()) {
        report.error(at(name, n), "substitution marker !" + marker + "! is not defined; skipped");
        continue;
      }
      for (const auto& sub : it->second) {
        dict.add_agent_phrase(id, phrase.substr(0, bang) + sub + phrase.substr(bang2 + 1), true);
      }
      continue;
    }
    dict.add_agent_phrase(id, phrase, true);
    if (has_plural) {
      for (const auto& p : plurals) dict.add_agent_phrase(id, p, true);
    } else {
      dict.add_agent_phrase(id, inflection_of(dict).plural(phrase), true);
    }
  }
}

// ---- Discards, issues, ontology, prepositions ---------------------------------------

void read_petrarch_discards(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report) {
  LineReader lines(text);
  std::string raw;
  int n = 0;
  while (lines.next(raw, n)) {
    std::string line = raw.substr(0, raw.find('#'));
    std::string_view t = base::trim(line);
    if (t.empty()) continue;
    DiscardEntry d;
    if (t[0] == '+') {
      d.story = true;
      t = base::trim(t.substr(1));
    }
    if (!t.empty() && t.back() == '_') d.exact = true;
    std::vector<uint8_t> gaps;
    phrase_units(t, false, d.words, gaps);
    if (d.words.empty()) {
      report.error(at(name, n), "empty discard phrase; skipped");
      continue;
    }
    d.where = at(name, n);
    dict.discards.push_back(std::move(d));
  }
}

void read_petrarch_issues(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report) {
  LineReader lines(text);
  OnceNotes notes(name, report);
  std::string raw;
  int n = 0;
  while (lines.next(raw, n)) {
    std::string line = raw.substr(0, raw.find('#'));
    std::string_view t = base::trim(line);
    if (t.empty()) continue;
    if (t[0] == '<') {
      notes.note(n, "<ISSUE CATEGORY=...> section tags are read as grouping only");
      continue;
    }
    if (t[0] == '~') {
      notes.note(n, "issue exclusion phrases ('~', '~~') are ignored");
      continue;
    }
    size_t br = t.find('[');
    if (br == std::string_view::npos) {
      report.error(at(name, n), "issue phrase without a [code]; skipped");
      continue;
    }
    size_t close = t.find(']', br);
    std::string code(base::trim(t.substr(br + 1, close == std::string_view::npos ? std::string_view::npos : close - br - 1)));
    std::vector<std::string> forms{base::ascii_upper(base::trim(t.substr(0, br)))};
    // Expand n: (noun + plural), v: (verb forms), + (space and hyphen).
    for (bool changed = true; changed;) {
      changed = false;
      for (size_t k = 0; k < forms.size(); ++k) {
        std::string f = forms[k];
        size_t plus = f.find('+');
        if (plus != std::string::npos) {
          forms[k] = f.substr(0, plus) + " " + f.substr(plus + 1);
          forms.push_back(f.substr(0, plus) + "-" + f.substr(plus + 1));
          changed = true;
          break;
        }
        size_t nn = f.find("N:");
        if (nn != std::string::npos && (nn == 0 || f[nn - 1] == ' ' || f[nn - 1] == '-')) {
          size_t end = f.find(' ', nn);
          std::string word = f.substr(nn + 2, end == std::string::npos ? std::string::npos : end - nn - 2);
          std::string rest = end == std::string::npos ? "" : f.substr(end);
          forms[k] = f.substr(0, nn) + word + rest;
          forms.push_back(f.substr(0, nn) + inflection_of(dict).plural(word) + rest);
          changed = true;
          break;
        }
        size_t vv = f.find("V:");
        if (vv != std::string::npos && (vv == 0 || f[vv - 1] == ' ' || f[vv - 1] == '-')) {
          size_t end = f.find(' ', vv);
          std::string word = f.substr(vv + 2, end == std::string::npos ? std::string::npos : end - vv - 2);
          std::string rest = end == std::string::npos ? "" : f.substr(end);
          auto vf = inflection_of(dict).verb_forms(word);
          forms[k] = f.substr(0, vv) + vf[0] + rest;
          for (size_t q = 1; q < vf.size(); ++q) forms.push_back(f.substr(0, vv) + vf[q] + rest);
          changed = true;
          break;
        }
      }
    }
    for (const auto& f : forms) {
      IssueEntry e;
      std::vector<uint8_t> gaps;
      phrase_units(f, false, e.words, gaps);
      if (e.words.empty()) continue;
      e.code = code;
      e.where = at(name, n);
      dict.issues.push_back(std::move(e));
    }
  }
}

void read_petrarch_ontology(std::string_view text, const std::string& name, LoadReport& report) {
  LineReader lines(text);
  std::string raw;
  int n = 0;
  int entries = 0;
  int first = 0;
  while (lines.next(raw, n)) {
    std::string cut = raw.substr(0, raw.find('#'));
    std::string_view t = base::trim(cut);
    if (t.empty()) continue;
    size_t colon = t.find(':');
    bool ok = colon != std::string_view::npos && colon > 0 &&
              std::all_of(t.begin(), t.begin() + colon, [](char c) { return c >= '0' && c <= '9'; }) &&
              colon + 1 < t.size();
    if (!ok) {
      report.error(at(name, n), "ontology line is not CODE:VALUE; skipped");
      continue;
    }
    if (entries++ == 0) first = n;
  }
  report.note(at(name, first), std::to_string(entries) +
                                   " entries of PETRARCH-2's internal coding ontology read and not used "
                                   "(Dyad codes CAMEO directly)");
}

void read_prepositions(std::string_view text, const std::string& name, LoadReport& report) {
  LineReader lines(text);
  std::string raw;
  int n = 0;
  int words = 0;
  while (lines.next(raw, n)) {
    std::string_view t = base::trim(raw);
    if (t.find(' ') != std::string_view::npos) {
      report.error(at(name, n), "a preposition list has one word per line; skipped");
      continue;
    }
    ++words;
  }
  report.note(name, std::to_string(words) + " prepositions read and not used (Dyad takes prepositions from the parse)");
}

}  // namespace dyad::dict_io
