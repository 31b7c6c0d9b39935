// Offset maps (text -> raw input), in the Document::raw_map form: sorted anchors,
// byte-for-byte between them, the identity before the first one.
//
// Readers work in stages (decode bytes, extract text, normalise), each with its own
// map; compose_maps joins two stages exactly by placing an anchor wherever either
// map changes its slope, then drops anchors that the previous one already implies.
//   inner {0->0, 5->8}  (text 5 came from middle 8)
//   outer {6->9}        (middle 6 came from raw 9)
//   result {5->11}      (text 0..4 -> raw 0..4 is implied; text 5 -> middle 8 -> raw 11)
#include <algorithm>

#include "ingest_support.hpp"

namespace dyad::ingest {

uint64_t map_offset(const std::vector<OffsetAnchor>& map, uint64_t offset) {
  if (map.empty()) return offset;
  auto it = std::upper_bound(map.begin(), map.end(), offset,
                             [](uint64_t off, const OffsetAnchor& a) { return off < a.text_offset; });
  if (it == map.begin()) return offset;
  --it;
  return it->raw_offset + (offset - it->text_offset);
}

std::vector<OffsetAnchor> compose_maps(const std::vector<OffsetAnchor>& inner,
                                       const std::vector<OffsetAnchor>& outer, uint64_t text_size) {
  if (outer.empty()) {
    std::vector<OffsetAnchor> result;
    for (const OffsetAnchor& a : inner)
      if (a.text_offset <= text_size) result.push_back(a);
    return result;
  }
  std::vector<OffsetAnchor> in;
  in.reserve(inner.size() + 1);
  if (inner.empty() || inner.front().text_offset != 0) in.push_back({0, 0});
  in.insert(in.end(), inner.begin(), inner.end());

  // Text offsets where the composed map may change slope.
  std::vector<uint64_t> points;
  points.reserve(in.size() + outer.size());
  for (const OffsetAnchor& a : in)
    if (a.text_offset <= text_size) points.push_back(a.text_offset);
  for (const OffsetAnchor& o : outer) {
    // The stretch of `in` whose middle range holds o.text_offset (maps are monotone).
    auto it = std::upper_bound(in.begin(), in.end(), o.text_offset,
                               [](uint64_t m, const OffsetAnchor& a) { return m < a.raw_offset; });
    if (it == in.begin()) continue;
    auto next = it;
    --it;
    uint64_t t = it->text_offset + (o.text_offset - it->raw_offset);
    if (next != in.end() && t >= next->text_offset) continue;  // falls in a gap of `in`
    if (t > text_size || t > UINT32_MAX) continue;
    points.push_back(t);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());

  std::vector<OffsetAnchor> result;
  OffsetAnchor implied{0, 0};  // what the previous anchor implies (identity at first)
  for (uint64_t t : points) {
    uint64_t raw = map_offset(outer, map_offset(in, t));
    uint64_t predicted = implied.raw_offset + (t - implied.text_offset);
    if (raw != predicted) {
      implied = {static_cast<uint32_t>(t), raw};
      result.push_back(implied);
    }
  }
  return result;
}

}  // namespace dyad::ingest
