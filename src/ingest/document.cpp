// Document helpers: mapping text offsets back to the raw input; the outlet.
#include "dyad/document.hpp"

#include <algorithm>

#include "base/json.hpp"

namespace dyad {

uint64_t Document::raw_offset(uint32_t text_offset) const {
  if (raw_map.empty()) return text_offset;
  // The last anchor at or before text_offset; bytes after it map one to one.
  auto it = std::upper_bound(raw_map.begin(), raw_map.end(), text_offset,
                             [](uint32_t off, const OffsetAnchor& a) { return off < a.text_offset; });
  if (it == raw_map.begin()) return text_offset;
  --it;
  return it->raw_offset + (text_offset - it->text_offset);
}

std::string document_outlet(const Document& d) {
  if (auto p = d.url.find("://"); p != std::string::npos) {
    const auto b = p + 3;
    const auto e = d.url.find_first_of("/?#:", b);
    std::string host = d.url.substr(b, e == std::string::npos ? std::string::npos : e - b);
    if (!host.empty()) return host;
  }
  for (const char* key : {"outlet", "publisher", "source", "site_name", "site", "agency", "provider"}) {
    for (const auto& [name, raw] : d.metadata) {
      if (name != key || raw.size() < 3 || raw.front() != '"' || raw.back() != '"') continue;
      // A JSON string: its escapes undone for the common cases (\" \\ \/).
      std::string out;
      for (size_t i = 1; i + 1 < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 2 < raw.size()) ++i;
        out += raw[i];
      }
      if (!out.empty()) return out;
    }
  }
  return {};
}

std::string document_metadata_json(const Document& d) {
  if (d.metadata.empty()) return {};
  std::string out = "{";
  for (const auto& [name, raw] : d.metadata) {
    if (out.size() > 1) out += ',';
    base::append_json_string(out, name);
    out += ':';
    out += raw.empty() ? std::string("null") : raw;
  }
  return out + "}";
}

}  // namespace dyad
