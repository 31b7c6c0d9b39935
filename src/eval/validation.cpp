// Validation files: the XML reader (pugixml) and the runner.
//
// The reader keeps the file's own order: <Config> elements between records change
// the options of the records after them, exactly as PETRARCH reads them. Records are
// coded independently (a fresh DocumentState each), so one record's story discard
// cannot leak into the next.
#include <algorithm>
#include <pugixml.hpp>
#include <set>

#include "base/strings.hpp"
#include "dyad/pipeline.hpp"
#include "dyad/validate.hpp"

namespace dyad {

namespace {

// Folds the hard-wrapped <Text> into one line.
std::string fold_text(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool truthy(std::string v) {
  for (char& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return v == "true" || v == "1" || v == "yes";
}

int line_of(std::string_view xml, ptrdiff_t offset) {
  if (offset < 0) return 0;
  return 1 + static_cast<int>(std::count(xml.begin(), xml.begin() + std::min<ptrdiff_t>(offset, xml.size()), '\n'));
}

// The file as PETRARCH's line-oriented readers take it, made XML with its length and
// line breaks kept (so offsets and line numbers stay those of the file):
//   - lines before the first '<' line that start with '#' are blanked (a comment
//     header, which may itself hold "<EventCoding ...>" examples);
//   - a <Sentence ... /> start tag followed, before the next <Sentence, by a
//     </Sentence> loses its '/' (the element was written self-closed, then closed).
std::string tolerant_xml(std::string_view xml) {
  std::string out(xml);
  size_t pos = 0;
  while (pos < out.size()) {
    size_t eol = out.find('\n', pos);
    if (eol == std::string::npos) eol = out.size();
    const size_t first = out.find_first_not_of(" \t\r", pos);
    if (first < eol && out[first] == '<') break;
    if (first < eol && out[first] == '#') {
      for (size_t i = pos; i < eol; ++i) {
        if (out[i] != '\r') out[i] = ' ';
      }
    }
    pos = eol + 1;
  }
  for (size_t at = out.find("<Sentence", 0); at != std::string::npos; at = out.find("<Sentence", at + 1)) {
    const char after = at + 9 < out.size() ? out[at + 9] : '\0';
    if (after != ' ' && after != '>' && after != '/' && after != '\t' && after != '\n' && after != '\r') continue;
    const size_t close = out.find('>', at);
    if (close == std::string::npos) break;
    if (close == 0 || out[close - 1] != '/') continue;
    const size_t next = out.find("<Sentence", close);
    const size_t end = out.find("</Sentence>", close);
    if (end != std::string::npos && (next == std::string::npos || end < next)) out[close - 1] = ' ';
  }
  return out;
}

// "a.txt, b.txt" -> {"a.txt", "b.txt"}.
std::vector<std::string> file_list(std::string_view value) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p <= value.size()) {
    size_t q = value.find(',', p);
    if (q == std::string_view::npos) q = value.size();
    std::string one(base::trim(value.substr(p, q - p)));
    if (!one.empty()) out.push_back(std::move(one));
    p = q + 1;
  }
  return out;
}

}  // namespace

Result<ValidationFile> read_validation_file(std::string_view raw, const std::string& name) {
  const std::string fixed = tolerant_xml(raw);
  const std::string_view xml = fixed;
  pugi::xml_document doc;
  pugi::xml_parse_result ok = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_comments);
  if (!ok) {
    return make_error(name + ":" + std::to_string(line_of(xml, ok.offset)) + ": not well-formed XML: " + ok.description());
  }
  pugi::xml_node root = doc.child("Validation");
  if (!root) return make_error(name + ": no <Validation> root element");
  ValidationFile file;
  if (pugi::xml_node env = root.child("Environment")) {
    for (pugi::xml_node e : env.children()) {
      if (e.type() != pugi::node_element) continue;
      std::string tag = e.name();
      std::string value(base::trim(e.child_value()));
      const char* kind = tag == "Verbfile"      ? "verbs"
                         : tag == "Actorfile"   ? "actors"
                         : tag == "Agentfile"   ? "agents"
                         : tag == "Discardfile" ? "discards"
                         : tag == "Issuefile"   ? "issues"
                                                : nullptr;
      // Every element counts, and each name of a comma-separated list in one.
      if (kind) {
        for (std::string& f : file_list(value)) file.dictionaries.emplace_back(kind, std::move(f));
      } else if (tag == "Config") file.notes.push_back("<Config option=\"" + std::string(e.attribute("option").value()) + "\"> in <Environment> is not used by Dyad");
      else file.notes.push_back("<" + tag + "> in <Environment> is not used by Dyad");
    }
  }
  pugi::xml_node sentences = root.child("Sentences");
  if (!sentences) return make_error(name + ": no <Sentences> element");
  bool require_dyad = true;
  int new_actor_length = 0;
  std::set<std::string> ignored_options;
  for (pugi::xml_node n : sentences.children()) {
    if (n.type() != pugi::node_element) continue;
    std::string tag = n.name();
    if (tag == "Config") {
      std::string option = n.attribute("option").value();
      std::string value = n.attribute("value").value();
      if (option == "require_dyad") require_dyad = truthy(value);
      else if (option == "new_actor_length") new_actor_length = std::atoi(value.c_str());
      else if (ignored_options.insert(option).second) {
        file.notes.push_back("<Config option=\"" + option + "\"> is not used by Dyad (dependency parses make it moot)");
      }
      continue;
    }
    if (tag != "Sentence") continue;
    ValidationRecord r;
    r.id = n.attribute("id").value();
    r.category = n.attribute("category") ? n.attribute("category").value() : n.attribute("source").value();
    r.date = parse_dictionary_date(n.attribute("date").value());
    r.line = line_of(xml, n.offset_debug());
    r.text = fold_text(n.child_value("Text"));
    r.parse = n.child("Parse") ? std::string(n.child_value("Parse")) : std::string();
    r.require_dyad = require_dyad;
    r.new_actor_length = new_actor_length;
    for (pugi::xml_node ec : n.children("EventCoding")) {
      if (ec.attribute("error")) {
        r.expected_error = ec.attribute("error").value();
        continue;
      }
      if (ec.attribute("noevents")) continue;
      ExpectedEvent e{ec.attribute("eventcode").value(), ec.attribute("sourcecode").value(),
                      ec.attribute("targetcode").value()};
      if (!e.code.empty()) r.expected.push_back(std::move(e));
    }
    std::sort(r.expected.begin(), r.expected.end());
    r.expected.erase(std::unique(r.expected.begin(), r.expected.end()), r.expected.end());
    file.records.push_back(std::move(r));
  }
  return file;
}

std::string format_events(const std::vector<ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += ", ";
    out += e.source + " " + e.target + " " + e.code;
  }
  return out;
}

ValidationRun run_validation(const ValidationFile& file, Dictionary& dict, const ValidationOptions& options,
                             const Analyzer* analyzer) {
  ValidationRun run;
  EventCoder coder(dict, options.coder);
  DocumentState state;
  std::vector<Event> events;
  for (const auto& r : file.records) {
    RecordOutcome o;
    o.record = &r;
    CoderOptions co = options.coder;
    co.require_dyad = r.require_dyad;
    co.new_actor_length = r.new_actor_length;
    coder.set_options(co);
    state.reset(r.id, r.date);
    events.clear();
    std::vector<SentenceResult> results;
    std::string problem;
    std::string_view parse = r.parse;
    size_t first = parse.find_first_not_of(" \t\r\n");
    bool conllu = first != std::string_view::npos && parse[first] >= '0' && parse[first] <= '9';
    bool penn = first != std::string_view::npos && parse[first] == '(';
    if (options.use_provided_parse && (conllu || penn)) {
      auto g = conllu ? DepGraph::from_conllu(r.parse, r.id) : DepGraph::from_penn(r.parse, r.id);
      if (!g.ok()) {
        o.status = "bad_input_parse";
        problem = g.message();
      } else {
        g->text = r.text;
        results.push_back(coder.code(*g, state, events));
      }
    } else if (analyzer) {
      Document d;
      d.id = r.id;
      d.text = r.text;
      AnalyzedDocument a;
      analyzer->analyze_clean_text(d, a);
      for (const auto& s : a.sentences) {
        DepGraph g = DepGraph::from_analysis(d.text, a, s);
        results.push_back(coder.code(g, state, events));
      }
    } else {
      o.status = "noparse";
      problem = options.use_provided_parse ? "the record has no parse (CoNLL-U or Penn tree)"
                                           : "no analyzer to parse the text";
    }
    // The record's status: the most severe sentence status.
    for (const auto& sr : results) {
      if (sr.status != SentenceStatus::Coded && (o.status.empty() || o.status == "coded")) {
        o.status = sentence_status_name(sr.status);
      }
    }
    if (o.status.empty()) o.status = "coded";
    for (const auto& e : events) o.got.push_back({e.cameo, e.source.code, e.target.code});
    std::sort(o.got.begin(), o.got.end());
    o.got.erase(std::unique(o.got.begin(), o.got.end()), o.got.end());
    if (!r.expected_error.empty()) {
      o.passed = o.status == r.expected_error;
      if (!o.passed) o.why = "expected status " + r.expected_error + ", got " + o.status;
    } else {
      o.passed = o.got == r.expected && (o.status == "coded" || o.status == "dateline");
      if (!o.passed) {
        if (!problem.empty()) o.why = problem;
        else if (o.status == "noparse") o.why = "the sentence has no dependency parse (no parser model)";
        else if (o.status != "coded") o.why = "sentence not coded: " + o.status;
        else {
          std::vector<ExpectedEvent> missing, extra;
          std::set_difference(r.expected.begin(), r.expected.end(), o.got.begin(), o.got.end(), std::back_inserter(missing));
          std::set_difference(o.got.begin(), o.got.end(), r.expected.begin(), r.expected.end(), std::back_inserter(extra));
          if (!missing.empty()) o.why += "missing " + format_events(missing);
          if (!extra.empty()) o.why += std::string(o.why.empty() ? "" : "; ") + "extra " + format_events(extra);
          std::string notes;
          for (const auto& sr : results) {
            for (const auto& n : sr.notes) notes += (notes.empty() ? "" : "; ") + n;
          }
          if (!notes.empty()) o.why += " [" + notes + "]";
        }
      }
    }
    auto& tally = run.by_category[r.category];
    if (o.passed) {
      ++tally.passed;
      ++run.passed;
    } else {
      ++tally.failed;
      ++run.failed;
    }
    run.outcomes.push_back(std::move(o));
  }
  return run;
}

}  // namespace dyad
