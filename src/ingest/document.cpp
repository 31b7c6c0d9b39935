// Document helpers: mapping text offsets back to the raw input.
#include "dyad/document.hpp"

#include <algorithm>

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

}  // namespace dyad
