// libFuzzer target for the training-time readers of word clusters: the first byte
// picks the cluster file reader (dyad-train tagger|parser --clusters) or the
// embedding JSON reader (dyad-train clusters --embeddings), the rest is the file.
// Bad input must give a message, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cluster_reader.hpp"
#include "embedding_clusters.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 20) return 0;
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  if (data[0] % 2 == 0) {
    dyad::model::WordClusters c;
    dyad::Status st = dyad::train::parse_word_clusters(text, "fuzz.tsv", c);
    if (!st.ok() && st.message().empty()) std::abort();
    if (st.ok()) (void)c.lookup("minister");
  } else {
    auto e = dyad::train::parse_embeddings(text, "fuzz.json", 64);
    if (!e.ok() && e.message().empty()) std::abort();
    if (e.ok() && e->words.size() >= 2) {
      dyad::train::ClusterOptions opt;
      opt.fine = 2;
      opt.coarse = 1;
      opt.iterations = 3;
      auto c = dyad::train::cluster_embeddings(*e, opt);
      if (!c.ok() && c.message().empty()) std::abort();
    }
  }
  return 0;
}
