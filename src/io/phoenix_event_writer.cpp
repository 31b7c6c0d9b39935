// The "phoenix" event format: rows of the Phoenix data set's 26 tab-separated
// columns (event id, date and its parts, source and target code with country and
// two roles, CAMEO code and root, PentaClass, Goldstein, issues, blank location
// columns, "<doc_id>_<sentence>", url).
//
// The event id is the event's stable id (dyad::event_id), the same in every export;
// NewsSources is the document's outlet (its URL's host or the record's source field).
#include <iterator>
#include <memory>

#include "cameo/actor_codes.hpp"
#include "io/event_fields.hpp"
#include "io/event_format.hpp"

namespace dyad::io {

namespace {

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

class PhoenixEventWriter final : public EventWriter {
 public:
  explicit PhoenixEventWriter(std::ostream& out) : out_(out) {}

  void write(const Event& e) override {
    std::string line;
    line.reserve(512);
    append_row(line, e, event_id(e));
    out_ << line;
  }

 private:
  static void append_row(std::string& out, const Event& e, uint64_t id) {
    std::string ymd = e.date.compact();
    cameo::ActorCodeParts s = cameo::split_actor_code(e.source.code), t = cameo::split_actor_code(e.target.code);
    std::string issues;
    for (const auto& i : e.issues) issues += (issues.empty() ? "" : ";") + i;
    const std::string fields[] = {
        std::to_string(id), ymd, ymd.size() == 8 ? ymd.substr(0, 4) : "", ymd.size() == 8 ? ymd.substr(4, 2) : "",
        ymd.size() == 8 ? ymd.substr(6, 2) : "", e.source.code, s.country.empty() ? s.group : s.country, s.type1,
        s.type2, e.target.code, t.country.empty() ? t.group : t.country, t.type1, t.type2, e.cameo, e.root,
        penta_class(e.root), goldstein_text(e), issues, "", "", "", "", "", e.doc_id + "_" + std::to_string(e.sentence),
        e.url, e.outlet};
    append_tsv_row(out, fields);
  }

  std::ostream& out_;
};

}  // namespace

extern const EventFormat kPhoenixEventFormat = {
    "phoenix", "", false,
    [](std::ostream& out, const EventWriterOptions&) -> std::unique_ptr<EventWriter> {
      return std::make_unique<PhoenixEventWriter>(out);
    }};

}  // namespace dyad::io
