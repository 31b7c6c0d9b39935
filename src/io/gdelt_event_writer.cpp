// The "gdelt" event format: GDELT 2.0 event rows, 61 tab-separated columns, blank
// where Dyad knows nothing (tone, geography).
//
// Actor codes are split the CAMEO way (cameo::split_actor_code): a 3-letter country
// or group first, then 3-letter role blocks: "CHNGOVMIL" -> country CHN, types GOV,
// MIL; "IGOWSTNAT" -> known group IGO, types WST, NAT. An actor with a role and no
// country ("---GOV") is written as GDELT writes one: the role as its code and first
// type ("GOV"). GLOBALEVENTID is the event's stable id (dyad::event_id), the same in
// every export; DATEADDED is when the event was coded (YYYYMMDDHHMMSS, UTC).
#include <algorithm>
#include <cstdio>
#include <memory>

#include "base/strings.hpp"
#include "cameo/actor_codes.hpp"
#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

// "2026-12-07T06:50:00Z" -> "20261207065000"; empty when unknown.
std::string date_added(const std::string& iso) {
  std::string out;
  for (char c : iso) {
    if (c >= '0' && c <= '9') out += c;
  }
  return out.size() == 14 ? out : std::string();
}

class GdeltEventWriter final : public EventWriter {
 public:
  explicit GdeltEventWriter(std::ostream& out) : out_(out) {}

  void write(const Event& e) override {
    std::string line;
    line.reserve(512);
    append_row(line, e, event_id(e));
    out_ << line;
  }

 private:
  static void append_row(std::string& out, const Event& e, uint64_t id) {
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
      // "---GOV" -> "GOV": GDELT's code for a role of no known country.
      const std::string code = cameo::is_agent_only(a->code) ? a->code.substr(3) : a->code;
      cameo::ActorCodeParts p = cameo::split_actor_code(code);
      // A role as the head ("GOV", "ELI") is a type in GDELT, not a known group.
      if (cameo::head_kind(code) == cameo::HeadKind::Role) {
        p.type3 = p.type2;
        p.type2 = p.type1;
        p.type1 = p.group;
        p.group.clear();
      }
      bool real = !code.empty() && code[0] != '"';
      col.push_back(real ? code : "");
      // Actor1Name: the dictionary's name, upper case as GDELT has it; the mention's
      // words (upper case) when it holds no dictionary phrase.
      col.push_back(!a->name.empty() ? a->name : base::ascii_upper(a->text));
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
    col.push_back(date_added(e.coded_at));           // DATEADDED
    col.push_back(e.url);
    append_tsv_row(out, col);
  }

  std::ostream& out_;
};

}  // namespace

extern const EventFormat kGdeltEventFormat = {
    "gdelt", "", false,
    [](std::ostream& out, const EventWriterOptions&) -> std::unique_ptr<EventWriter> {
      return std::make_unique<GdeltEventWriter>(out);
    }};

}  // namespace dyad::io
