// libFuzzer target for model files (models/*.bin): the first byte picks the kind
// (tagger, parser, sentence splitter, or the parser's word-class section or the word
// clusters section alone, which sit behind the file checksum otherwise), the rest is
// the file. A corrupt, truncated or
// mismatched file must give a message, never a crash or an allocation bomb.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/parse.hpp"
#include "dyad/tag.hpp"
#include "dyad/tokenize.hpp"
#include "model/word_clusters.hpp"
#include "parse/word_classes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 20) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  switch (data[0] % 5) {
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
    default: {
      auto m = dyad::SentenceSplitter::from_bytes(bytes, "fuzz.bin");
      if (!m.ok() && m.message().empty()) std::abort();
      break;
    }
  }
  return 0;
}
