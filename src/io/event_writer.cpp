// Event writers: one event per line in JSON Lines, TSV, GDELT 2.0 event rows (61
// tab-separated columns, blanks where Dyad knows nothing: tone, geography, mentions)
// and Phoenix rows (the Phoenix data set's 26 columns).
//
// Actor codes are split the CAMEO way for the column formats: a 3-letter country
// (or IGO/NGO/... group) first, then 3-letter role blocks: "CHNGOVMIL" -> country CHN,
// types GOV, MIL; "IGOWSTNAT" -> known group IGO, types WST, NAT.
#include <cmath>
#include <cstdio>

#include "base/json.hpp"
#include "cameo/actor_codes.hpp"
#include "dyad/event.hpp"
#include "dyad/output.hpp"

namespace dyad {

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

void tsv_field(std::string& out, std::string_view v) {
  for (char c : v) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

std::string goldstein_text(const Event& e) {
  if (!e.goldstein) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", *e.goldstein);
  return buf;
}

void write_jsonl(std::string& out, const Event& e) {
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
  out += "},\"target\":{";
  json_str(out, "code", e.target.code);
  out += ',';
  json_str(out, "text", e.target.text);
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
  out += ',';
  json_str(out, "text", e.text);
  out += ",\"evidence\":{";
  span_json(out, "source_span", e.source.span);
  out += ',';
  span_json(out, "verb_span", e.verb);
  out += ',';
  span_json(out, "target_span", e.target.span);
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
  out += "}\n";
}

// The columns shared by the TSV and CSV formats, in tsv_header() order.
std::vector<std::string> table_fields(const Event& e) {
  return {e.doc_id, std::to_string(e.sentence), e.date.iso(), e.source.code, e.target.code, e.cameo,
          e.root, std::to_string(e.quad), goldstein_text(e), e.plover, e.source.text,
          e.target.text, e.verb_text, e.negated ? "1" : "0", e.text};
}
// RFC 4180: quote a field holding a comma, quote or line break; double inner quotes.
void write_csv(std::string& out, const Event& e) {
  const auto fields = table_fields(e);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += ',';
    const std::string& f = fields[i];
    if (f.find_first_of(",\"\n\r") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += '\n';
}
void write_tsv(std::string& out, const Event& e) {
  const auto fields = table_fields(e);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) out += '\t';
    tsv_field(out, fields[i]);
  }
  out += '\n';
}

void write_gdelt(std::string& out, const Event& e, uint64_t id) {
  std::string ymd = e.date.compact();
  std::vector<std::string> col;
  col.reserve(61);
  col.push_back(std::to_string(id));
  col.push_back(ymd);
  col.push_back(ymd.size() == 8 ? ymd.substr(0, 6) : "");
  col.push_back(ymd.size() == 8 ? ymd.substr(0, 4) : "");
  if (ymd.size() == 8) {
    int y = std::stoi(ymd.substr(0, 4)), m = std::stoi(ymd.substr(4, 2)), d = std::stoi(ymd.substr(6, 2));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.4f", y + ((m - 1) * 30 + d) / 365.0);
    col.push_back(buf);
  } else {
    col.push_back("");
  }
  for (const EventActor* a : {&e.source, &e.target}) {
    cameo::ActorCodeParts p = cameo::split_actor_code(a->code);
    bool real = !a->code.empty() && a->code != "---" && a->code[0] != '"';
    col.push_back(real ? a->code : "");
    col.push_back(a->text);
    col.push_back(p.country);
    col.push_back(p.group);
    col.push_back("");  // ethnic
    col.push_back("");  // religion 1
    col.push_back("");  // religion 2
    col.push_back(p.type1);
    col.push_back(p.type2);
    col.push_back(p.type3);
  }
  col.push_back(e.sentence == 0 ? "1" : "0");  // IsRootEvent: the lead sentence
  col.push_back(e.cameo);
  col.push_back(e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())));
  col.push_back(e.root);
  col.push_back(e.quad ? std::to_string(e.quad) : "");
  col.push_back(goldstein_text(e));
  col.push_back(std::to_string(e.mentions));  // NumMentions
  col.push_back(std::to_string(e.sources));   // NumSources
  col.push_back(std::to_string(e.articles));  // NumArticles
  col.push_back("");   // AvgTone
  for (int k = 0; k < 24; ++k) col.push_back("");  // Actor1Geo, Actor2Geo, ActionGeo: 8 each
  col.push_back("");                               // DATEADDED
  col.push_back(e.url);
  for (size_t i = 0; i < col.size(); ++i) {
    if (i) out += '\t';
    tsv_field(out, col[i]);
  }
  out += '\n';
}

// Phoenix PentaClass: 0 statements/appeals (01-02), 1 verbal coop (03-04), 2 material
// coop (05-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
std::string penta_class(std::string_view root) {
  if (root.size() != 2) return {};
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r <= 2) return "0";
  if (r <= 4) return "1";
  if (r <= 8) return "2";
  if (r <= 13) return "3";
  return "4";
}

void write_phoenix(std::string& out, const Event& e, uint64_t id) {
  std::string ymd = e.date.compact();
  cameo::ActorCodeParts s = cameo::split_actor_code(e.source.code), t = cameo::split_actor_code(e.target.code);
  std::string issues;
  for (const auto& i : e.issues) issues += (issues.empty() ? "" : ";") + i;
  const std::string fields[] = {
      std::to_string(id), ymd, ymd.size() == 8 ? ymd.substr(0, 4) : "", ymd.size() == 8 ? ymd.substr(4, 2) : "",
      ymd.size() == 8 ? ymd.substr(6, 2) : "", e.source.code, s.country.empty() ? s.group : s.country, s.type1,
      s.type2, e.target.code, t.country.empty() ? t.group : t.country, t.type1, t.type2, e.cameo, e.root,
      penta_class(e.root), goldstein_text(e), issues, "", "", "", "", "", e.doc_id + "_" + std::to_string(e.sentence),
      e.url, ""};
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) out += '\t';
    tsv_field(out, fields[i]);
  }
  out += '\n';
}

}  // namespace

std::optional<EventFormat> parse_event_format(std::string_view name) {
  if (name == "jsonl" || name == "json") return EventFormat::Jsonl;
  if (name == "csv") return EventFormat::Csv;
  if (name == "tsv") return EventFormat::Tsv;
  if (name == "gdelt") return EventFormat::Gdelt;
  if (name == "phoenix") return EventFormat::Phoenix;
  return std::nullopt;
}

std::string csv_header() {
  std::string h = tsv_header();
  for (char& c : h) {
    if (c == '\t') c = ',';
  }
  return h;
}

std::string tsv_header() {
  return "doc_id\tsentence\tdate\tsource\ttarget\tcameo\troot\tquad\tgoldstein\tplover\tsource_text\ttarget_text\tverb\tnegated\ttext";
}

void write_event(std::ostream& os, EventFormat format, const Event& e, uint64_t global_id) {
  std::string out;
  out.reserve(512);
  switch (format) {
    case EventFormat::Jsonl: write_jsonl(out, e); break;
    case EventFormat::Tsv: write_tsv(out, e); break;
    case EventFormat::Csv: write_csv(out, e); break;
    case EventFormat::Gdelt: write_gdelt(out, e, global_id); break;
    case EventFormat::Phoenix: write_phoenix(out, e, global_id); break;
  }
  os << out;
}

}  // namespace dyad
