// libFuzzer target for model files (models/*.bin): the first byte picks the kind
// (tagger, parser, sentence splitter, or the parser's word-class section, the word
// clusters section or a weight table alone, which sit behind the file checksum
// otherwise), the rest is the file. A corrupt, truncated or mismatched file must give
// a message, never a crash or an allocation bomb; a weight table that loads must then
// answer lookups (loading rearranges its rows).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

#include "dyad/parse.hpp"
#include "dyad/tag.hpp"
#include "dyad/tokenize.hpp"
#include "model/weight_table.hpp"
#include "model/word_clusters.hpp"
#include "parse/word_classes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 20) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 6) {
    case 0: {
      auto m = dyad::Tagger::from_bytes(bytes, "fuzz.bin");
      if (!m.ok() && m.message().empty()) std::abort();
      break;
    }
    case 1: {
      auto m = dyad::DependencyParser::from_bytes(bytes, "fuzz.bin");
      if (!m.ok() && m.message().empty()) std::abort();
      break;
    }
    case 3: {
      dyad::parse::WordClasses wc;
      dyad::Status st = wc.deserialize(bytes, "fuzz.bin");
      if (!st.ok() && st.message().empty()) std::abort();
      if (st.ok()) (void)wc.lookup("minister", "NOUN");
      break;
    }
    case 4: {
      dyad::model::WordClusters wc;
      dyad::Status st = wc.deserialize(bytes, "fuzz.bin");
      if (!st.ok() && st.message().empty()) std::abort();
      if (st.ok()) (void)wc.lookup("minister");
      break;
    }
    case 5: {
      dyad::model::SparseWeightTable t;
      dyad::Status st = t.deserialize(bytes, "fuzz.bin");
      if (!st.ok() && st.message().empty()) std::abort();
      if (st.ok()) {
        // Keys from the input's own bytes (some will be present), twice over.
        uint64_t keys[64];
        size_t n = 0;
        for (size_t at = 0; at + 8 <= bytes.size() && n < 32; at += 8) std::memcpy(&keys[n++], bytes.data() + at, 8);
        for (size_t k = 0, m = n; k < m; ++k) keys[n++] = keys[k];
        std::vector<int32_t> scores(t.dense_width());
        t.add(keys, n, scores.data());
      }
      break;
    }
    default: {
      auto m = dyad::SentenceSplitter::from_bytes(bytes, "fuzz.bin");
      if (!m.ok() && m.message().empty()) std::abort();
      break;
    }
  }
  return 0;
}
