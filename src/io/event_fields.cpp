// Shared event fields (see event_fields.hpp).
#include "io/event_fields.hpp"

#include <cstdio>

namespace dyad::io {

std::string goldstein_text(const Event& e) {
  if (!e.goldstein) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f", *e.goldstein);
  return buf;
}

void append_tsv_field(std::string& out, std::string_view v) {
  for (char c : v) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

std::vector<std::string> event_table_row(const Event& e) {
  return {e.doc_id, std::to_string(e.sentence), e.date.iso(), e.source.code, e.target.code, e.cameo,
          e.root, std::to_string(e.quad), goldstein_text(e), e.plover, e.source.text,
          e.target.text, e.verb_text, e.negated ? "1" : "0", e.text};
}

}  // namespace dyad::io
