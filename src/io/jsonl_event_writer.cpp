// The "jsonl" event format (alias "json"): one JSON object per event and line, with
// the fields of DESIGN.md's stable interface -- doc_id, sentence, date, source and
// target (code, text), cameo, root, quad, goldstein, plover, negated, text -- then
// the evidence (token spans, verb, pattern, dictionary entries, rule), the coder's
// issues when there are any, the url and outlet when known, and the event's stable id
// (the GLOBALEVENTID of the gdelt format, as a string):
//   {"doc_id":"d1","sentence":2,"date":"2024-07-11","source":{"code":"CHNGOV",...},
//    ...,"evidence":{"source_span":[0,3],"verb_span":[3,4],...},"url":"..."}
// Keys are written in a fixed order by appending to a string (no JSON tree): this is
// the output path of every event.
#include <memory>

#include "base/json.hpp"
#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

void json_key(std::string& out, const char* key) {
  out += '"';
  out += key;
  out += "\":";
}

void json_str(std::string& out, const char* key, std::string_view v) {
  json_key(out, key);
  base::append_json_string(out, v);
}

void span_json(std::string& out, const char* key, const WordSpan& s) {
  json_key(out, key);
  out += '[' + std::to_string(s.begin) + ',' + std::to_string(s.end) + ']';
}

class JsonlEventWriter final : public EventWriter {
 public:
  explicit JsonlEventWriter(std::ostream& out) : out_(out) {}

  void write(const Event& e) override {
    std::string line;
    line.reserve(512);
    append_event(line, e);
    out_ << line;
  }

 private:
  static void append_event(std::string& out, const Event& e) {
    out += '{';
    json_str(out, "doc_id", e.doc_id);
    out += ',';
    json_key(out, "sentence");
    out += std::to_string(e.sentence);
    out += ',';
    json_str(out, "date", e.date.iso());
    out += ",\"source\":{";
    json_str(out, "code", e.source.code);
    out += ',';
    json_str(out, "text", e.source.text);
    if (!e.source.name.empty()) {
      out += ',';
      json_str(out, "name", e.source.name);
    }
    out += "},\"target\":{";
    json_str(out, "code", e.target.code);
    out += ',';
    json_str(out, "text", e.target.text);
    if (!e.target.name.empty()) {
      out += ',';
      json_str(out, "name", e.target.name);
    }
    out += "},";
    json_str(out, "cameo", e.cameo);
    out += ',';
    json_str(out, "root", e.root);
    out += ",\"quad\":" + std::to_string(e.quad) + ",\"goldstein\":";
    out += e.goldstein ? goldstein_text(e) : std::string("null");
    out += ',';
    json_str(out, "plover", e.plover);
    out += ",\"negated\":";
    out += e.negated ? "true" : "false";
    if (e.from_title) out += ",\"title\":true";  // only when true: most events are the body's
    out += ",\"confidence\":" + confidence_text(e.confidence);
    out += ',';
    json_str(out, "text", e.text);
    out += ",\"evidence\":{";
    span_json(out, "source_span", e.source.span);
    out += ',';
    span_json(out, "verb_span", e.verb);
    out += ',';
    span_json(out, "target_span", e.target.span);
    // Character offsets into the document's text, when known (not for a title's words).
    for (auto [key, c] : {std::pair{"source_chars", &e.source.chars}, std::pair{"verb_chars", &e.verb_chars},
                          std::pair{"target_chars", &e.target.chars}}) {
      if (!c->known()) continue;
      out += ',';
      json_key(out, key);
      out += '[' + std::to_string(c->begin) + ',' + std::to_string(c->end) + ']';
    }
    out += ',';
    json_str(out, "verb", e.verb_text);
    out += ',';
    json_str(out, "verb_entry", e.verb_entry);
    out += ',';
    json_str(out, "pattern", e.pattern);
    out += ',';
    json_str(out, "source_entry", e.source.entry);
    out += ',';
    json_str(out, "target_entry", e.target.entry);
    out += ',';
    json_str(out, "rule", e.rule);
    out += "}";
    if (!e.issues.empty()) {
      out += ",\"issues\":[";
      for (size_t i = 0; i < e.issues.size(); ++i) {
        if (i) out += ',';
        base::append_json_string(out, e.issues[i]);
      }
      out += ']';
    }
    if (!e.url.empty()) {
      out += ',';
      json_str(out, "url", e.url);
    }
    if (!e.outlet.empty()) {
      out += ',';
      json_str(out, "outlet", e.outlet);
    }
    if (!e.metadata.empty()) {  // the input record's own other fields, as they were
      out += ",\"metadata\":";
      // (A line break can only be whitespace between JSON tokens, never inside a
      // string: a store written before metadata was minified still gives one line.)
      for (char c : e.metadata) out += (c == '\n' || c == '\r') ? ' ' : c;
    }
    // The stable id of GDELT's GLOBALEVENTID and Phoenix's EventID, as a string (a
    // 63-bit number is beyond a JSON reader's exact doubles).
    out += ",\"event_id\":\"" + std::to_string(event_id(e)) + "\"";
    out += "}\n";
  }

  std::ostream& out_;
};

}  // namespace

extern const EventFormat kJsonlEventFormat = {
    "jsonl", "json", true,
    [](std::ostream& out, const EventWriterOptions&) -> std::unique_ptr<EventWriter> {
      return std::make_unique<JsonlEventWriter>(out);
    }};

}  // namespace dyad::io
