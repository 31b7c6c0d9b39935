// The "gdelt" event format: GDELT 2.0 event rows, 61 tab-separated columns, blank
// where Dyad knows nothing (tone, geography, DATEADDED).
//
// Actor codes are split the CAMEO way (cameo::split_actor_code): a 3-letter country
// or group first, then 3-letter role blocks: "CHNGOVMIL" -> country CHN, types GOV,
// MIL; "IGOWSTNAT" -> known group IGO, types WST, NAT. GLOBALEVENTID counts the rows
// this writer has written, from 1: ids are unique within one run's output, as GDELT
// consumers expect of a file, not across runs.
#include <algorithm>
#include <cstdio>
#include <memory>

#include "cameo/actor_codes.hpp"
#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

class GdeltEventWriter final : public EventWriter {
 public:
  explicit GdeltEventWriter(std::ostream& out) : out_(out) {}

  void write(const Event& e) override {
    std::string line;
    line.reserve(512);
    append_row(line, e, next_id_++);
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
    append_tsv_row(out, col);
  }

  std::ostream& out_;
  uint64_t next_id_ = 1;
};

}  // namespace

extern const EventFormat kGdeltEventFormat = {
    "gdelt", "", false,
    [](std::ostream& out, const EventWriterOptions&) -> std::unique_ptr<EventWriter> {
      return std::make_unique<GdeltEventWriter>(out);
    }};

}  // namespace dyad::io
