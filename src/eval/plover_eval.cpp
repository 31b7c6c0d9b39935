// PLOVER gold-standard scoring (see include/dyad/plover_eval.hpp for what is
// measured). The CAMEO -> PLOVER 0.5 table below follows the root categories, which
// is how the gold file was built (its sentences are the CAMEO manual's examples,
// recoded to PLOVER 0.5), with the few places where PLOVER 0.5 cuts a root in two:
//   08 yield: easing restrictions and accepting demands (080-083, incl. curfew and
//      emergency rule, 0813/0814) are CONCEDE; returning and releasing, allowing
//      international involvement and military de-escalation (084-087) and stepping
//      down (0831) are RETREAT;
//   18 assault: abduction and human shields (181, 184) are COERCE, the rest ASSAULT;
//   20 mass violence is FIGHT (0.5 has no separate type; ethnic cleansing is FIGHT
//      in the gold file);
//   02 appeals are DEMAND: 0.5 has no REQUEST, and an appeal is a request;
//   01 statements have no type.
#include "base/files.hpp"
#include "dyad/plover_eval.hpp"

#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <set>
#include <tuple>

namespace dyad {

namespace {

std::string json_str(simdjson::dom::element e) {
  std::string_view s;
  if (!e.get_string().get(s)) return std::string(s);
  return {};
}

// Gold actors: a list of {"actorText", "code"} objects, "" or absent.
std::vector<std::string> gold_actors(simdjson::dom::object rec, const char* field) {
  std::vector<std::string> out;
  simdjson::dom::array arr;
  if (rec[field].get_array().get(arr)) return out;
  for (simdjson::dom::element a : arr) {
    simdjson::dom::element code;
    if (a["code"].get(code)) continue;
    std::string c = country_level(json_str(code));
    if (!c.empty() && std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

double pct(uint32_t a, uint32_t b) { return b == 0 ? 0.0 : 100.0 * a / b; }

}  // namespace

Result<std::vector<PloverRecord>> read_plover_gold(const std::string& path) {
  auto bytes = base::read_file(path);
  if (!bytes.ok()) return make_error(bytes.message() + " (PLOVER gold file)");
  return parse_plover_gold(*bytes, path);
}

Result<std::vector<PloverRecord>> parse_plover_gold(std::string_view json, const std::string& path) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (auto err = parser.parse(json.data(), json.size()).get(root)) {
    return make_error(path + ": cannot read PLOVER gold file: " + simdjson::error_message(err));
  }
  simdjson::dom::array arr;
  if (root.get_array().get(arr)) return make_error(path + ": expected a JSON array of records");
  std::vector<PloverRecord> out;
  size_t index = 0;
  for (simdjson::dom::element e : arr) {
    ++index;
    simdjson::dom::object rec;
    if (e.get_object().get(rec)) return make_error(path + ": record " + std::to_string(index) + " is not an object");
    PloverRecord r;
    simdjson::dom::element f;
    if (!rec["id"].get(f)) r.id = json_str(f);
    if (!rec["event"].get(f)) r.type = json_str(f);
    if (!rec["text"].get(f)) r.text = json_str(f);
    if (!rec["date"].get(f)) r.date = parse_date(json_str(f)).value_or(Date());
    if (r.type.empty() || r.type == "DOCUMENT" || r.text.empty()) continue;
    if (r.id.empty()) r.id = "record-" + std::to_string(index);
    r.sources = gold_actors(rec, "source");
    r.targets = gold_actors(rec, "target");
    out.push_back(std::move(r));
  }
  return out;
}

std::string_view plover05_type(std::string_view c) {
  if (c.size() < 2) return {};
  std::string_view root = c.substr(0, 2);
  if (root == "01") return {};
  if (root == "02") return "DEMAND";
  if (root == "03") return "AGREE";
  if (root == "04") return "CONSULT";
  if (root == "05") return "SUPPORT";
  if (root == "06") return "COOPERATE";
  if (root == "07") return "AID";
  if (root == "08") {
    if (c.substr(0, 4) == "0831") return "RETREAT";
    if (c.size() >= 3 && c[2] >= '4' && c[2] <= '7') return "RETREAT";
    return "CONCEDE";
  }
  if (root == "09") return "INVESTIGATE";
  if (root == "10") return "DEMAND";
  if (root == "11") return "DISAPPROVE";
  if (root == "12") return "REJECT";
  if (root == "13") return "THREATEN";
  if (root == "14") return "PROTEST";
  if (root == "15") return "MOBILIZE";
  if (root == "16") return "SANCTION";
  if (root == "17") return "COERCE";
  if (root == "18") {
    std::string_view three = c.substr(0, 3);
    if (three == "181" || three == "184") return "COERCE";
    return "ASSAULT";
  }
  if (root == "19" || root == "20") return "FIGHT";
  return {};
}

std::string country_level(std::string_view code) {
  if (code.size() < 3 || code[0] == '-' || code[0] == '"') return {};
  std::string c(code.substr(0, 3));
  for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  // Older CAMEO spellings found in gold files.
  if (c == "JAP") return "JPN";
  if (c == "ITL") return "ITA";
  if (c == "VTN") return "VNM";
  if (c == "ROM") return "ROU";
  if (c == "ZAR") return "COD";
  return c;
}

void PloverTypeScores::add(const PloverTypeScores& o) {
  records += o.records;
  type_found += o.type_found;
  source_ok += o.source_ok;
  with_target += o.with_target;
  target_ok += o.target_ok;
  gold_triples += o.gold_triples;
  gold_triples_found += o.gold_triples_found;
  pred_triples += o.pred_triples;
  pred_triples_ok += o.pred_triples_ok;
  pred_incomplete += o.pred_incomplete;
}

PloverRecordResult PloverScorer::add(const PloverRecord& gold, const std::vector<Event>& events) {
  PloverRecordResult res;
  PloverTypeScores& g = by_type_[gold.type];
  ++g.records;

  struct Triple {
    std::string src, type, tgt;
    bool operator<(const Triple& o) const {
      return std::tie(src, type, tgt) < std::tie(o.src, o.type, o.tgt);
    }
  };
  std::set<Triple> predicted;
  for (const Event& e : events) {
    std::string_view type = plover05_type(e.cameo);
    if (type.empty()) continue;
    std::string src = country_level(e.source.code), tgt = country_level(e.target.code);
    if (type == gold.type) {
      res.type_found = true;
      if (!src.empty() && contains(gold.sources, src)) res.source_ok = true;
      if (!tgt.empty() && contains(gold.targets, tgt)) res.target_ok = true;
    }
    // A side without a country ("---GOV": an agent nobody's) makes no country-level
    // claim: such events are counted apart, not as triples.
    if (src.empty() || tgt.empty()) {
      ++by_type_[std::string(type)].pred_incomplete;
      res.incomplete.push_back((src.empty() ? "---" : src) + " " + std::string(type) + " " + (tgt.empty() ? "---" : tgt));
      continue;
    }
    predicted.insert({src, std::string(type), tgt});
  }
  if (res.type_found) {
    ++g.type_found;
    if (res.source_ok) ++g.source_ok;
    if (!gold.targets.empty()) {
      ++g.with_target;
      if (res.target_ok) ++g.target_ok;
    }
  }

  // Gold triples: sources x targets, or (source, type, any) without a gold target.
  auto matches = [&](const Triple& p, const std::string& s, const std::string* t) {
    return p.type == gold.type && p.src == s && (t == nullptr || p.tgt == *t);
  };
  std::vector<std::pair<std::string, const std::string*>> gold_triples;
  for (const auto& s : gold.sources) {
    if (gold.targets.empty()) {
      gold_triples.emplace_back(s, nullptr);
    } else {
      for (const auto& t : gold.targets) gold_triples.emplace_back(s, &t);
    }
  }
  g.gold_triples += static_cast<uint32_t>(gold_triples.size());
  for (const auto& gt : gold_triples) {
    // (not a structured binding: clang 14 cannot capture those in a lambda)
    if (std::any_of(predicted.begin(), predicted.end(), [&](const Triple& p) { return matches(p, gt.first, gt.second); })) {
      ++g.gold_triples_found;
    }
  }
  for (const Triple& p : predicted) {
    PloverTypeScores& pt = by_type_[p.type];
    ++pt.pred_triples;
    std::string text = p.src + " " + p.type + " " + p.tgt;
    bool ok = std::any_of(gold_triples.begin(), gold_triples.end(),
                          [&](const auto& gt) { return matches(p, gt.first, gt.second); });
    if (ok) {
      ++pt.pred_triples_ok;
      res.matched.push_back(text);
    }
    res.predicted.push_back(std::move(text));
  }
  return res;
}

PloverTypeScores PloverScorer::total() const {
  PloverTypeScores t;
  for (const auto& [type, s] : by_type_) t.add(s);
  return t;
}

void PloverScorer::write_report(std::ostream& out) const {
  char line[640];
  std::snprintf(line, sizeof line, "%-12s %7s %14s %14s %14s %14s %14s\n", "type", "records", "type recall",
                "source acc", "target acc", "triple prec", "triple recall");
  out << line;
  auto row = [&](const std::string& name, const PloverTypeScores& s) {
    char a[32], b[32], c[32], d[32], e[32];
    std::snprintf(a, sizeof a, "%3u %5.1f%%", s.type_found, pct(s.type_found, s.records));
    std::snprintf(b, sizeof b, "%3u %5.1f%%", s.source_ok, pct(s.source_ok, s.type_found));
    std::snprintf(c, sizeof c, "%3u %5.1f%%", s.target_ok, pct(s.target_ok, s.with_target));
    std::snprintf(d, sizeof d, "%3u %5.1f%%", s.pred_triples_ok, pct(s.pred_triples_ok, s.pred_triples));
    std::snprintf(e, sizeof e, "%3u %5.1f%%", s.gold_triples_found, pct(s.gold_triples_found, s.gold_triples));
    std::snprintf(line, sizeof line, "%-12s %7u %14s %14s %14s %14s %14s\n", name.c_str(), s.records, a, b, c, d, e);
    out << line;
  };
  for (const auto& [type, s] : by_type_) row(type, s);
  PloverTypeScores t = total();
  row("all", t);
  std::snprintf(line, sizeof line,
                "type recall %.1f%% (%u/%u); source accuracy %.1f%% (%u/%u records with the type coded); "
                "target accuracy %.1f%% (%u/%u); triple precision %.1f%% (%u/%u), recall %.1f%% (%u/%u); "
                "%u events with a side of no country are not triples (precision counting them as wrong: "
                "%.1f%%)\n",
                pct(t.type_found, t.records), t.type_found, t.records, pct(t.source_ok, t.type_found), t.source_ok,
                t.type_found, pct(t.target_ok, t.with_target), t.target_ok, t.with_target,
                pct(t.pred_triples_ok, t.pred_triples), t.pred_triples_ok, t.pred_triples,
                pct(t.gold_triples_found, t.gold_triples), t.gold_triples_found, t.gold_triples, t.pred_incomplete,
                pct(t.pred_triples_ok, t.pred_triples + t.pred_incomplete));
  out << line;
}

}  // namespace dyad
