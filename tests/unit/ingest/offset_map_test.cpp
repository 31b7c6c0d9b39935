// Offset maps: composition and NFC normalisation that keeps offsets valid.
#include <gtest/gtest.h>

#include "dyad/document.hpp"
#include "ingest/ingest_support.hpp"

namespace dyad {

TEST(IngestOffsets, ComposeIsExact) {
  // text -> middle: text 5 came from middle 8; middle -> raw: middle 6 came from raw 9.
  std::vector<OffsetAnchor> inner = {{5, 8}}, outer = {{6, 9}};
  std::vector<OffsetAnchor> composed = ingest::compose_maps(inner, outer, 12);
  for (uint64_t t = 0; t < 12; ++t)
    EXPECT_EQ(ingest::map_offset(composed, t), ingest::map_offset(outer, ingest::map_offset(inner, t))) << t;
  EXPECT_TRUE(ingest::compose_maps({}, {}, 10).empty());
  EXPECT_EQ(ingest::compose_maps(inner, {}, 10).size(), 1u);
  // Anchors of `outer` past the end of the text are not carried over.
  std::vector<OffsetAnchor> long_outer = {{6, 9}, {90, 200}};
  for (const OffsetAnchor& a : ingest::compose_maps(inner, long_outer, 12)) EXPECT_LE(a.text_offset, 12u);
}

TEST(IngestOffsets, NfcKeepsTheMap) {
  // raw: "xxAnge" + U+0300 + "le done" with the text starting at raw offset 2.
  std::string text = "Ange\xCC\x80le done";
  std::vector<OffsetAnchor> map = {{0, 2}};
  ingest::normalize_nfc_mapped(text, map);
  EXPECT_EQ(text, "Ang\xC3\xA8le done");
  Document d;
  d.text = text;
  d.raw_map = map;
  EXPECT_EQ(d.raw_offset(0), 2u);
  EXPECT_EQ(d.raw_offset(static_cast<uint32_t>(text.find("le done"))), 2u + 6u);
  EXPECT_EQ(d.raw_offset(static_cast<uint32_t>(text.find("done"))), 2u + 9u);
}

}  // namespace dyad
