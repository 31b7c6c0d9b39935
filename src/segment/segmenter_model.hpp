// The segmenter model file (models/segmenter.bin): what the trainer writes and
// SentenceSplitter::load reads.
//
// Layout (little-endian):
//   0  8 bytes  magic "DYADSEG\x1A"
//   8  u32      format version (kSegmenterFormatVersion)
//  12  u32      reserved, 0
//  16  u64      body size in bytes
//  24  u64      XXH64 (seed 0) of the body
//  32  body:    metadata (key/value strings: training data, date, feature set, scores)
//               tokenizer lexicon (hyphen prefixes, hyphen words, abbreviations,
//               contractions with split points)
//               classifier: threshold, n, n sorted u64 feature keys, n f32 weights
// Every check on load (size, magic, version, size, checksum, section bounds) fails
// with a message naming the file and the fault, e.g.
//   "models/segmenter.bin: checksum mismatch (file corrupt)".
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "dyad/tokenize.hpp"

namespace dyad::segment {

inline constexpr std::string_view kSegmenterMagic{"DYADSEG\x1A", 8};
inline constexpr uint32_t kSegmenterFormatVersion = 1;
inline constexpr size_t kSegmenterHeaderSize = 32;

struct SegmenterModelData {
  std::map<std::string, std::string> metadata;
  TokenizerLexicon lexicon;
  float threshold = 0.0f;              // a boundary when the score exceeds it
  std::vector<uint64_t> feature_keys;  // sorted, unique
  std::vector<float> feature_weights;  // parallel to feature_keys
};

std::string serialize_segmenter_model(const SegmenterModelData& model);
Result<SegmenterModelData> parse_segmenter_model(std::string_view bytes, const std::string& name);

}  // namespace dyad::segment
