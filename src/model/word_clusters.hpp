// WordClusters: distributional word clusters. Words that occur in similar contexts in
// a large body of text get the same cluster: "accused", "alleged" and "suspected" in
// one, "minister", "ambassador" and "secretary" in another. The parser uses them as
// word classes for the many words that the treebank has seen rarely or never. Each
// word has a fine cluster and a coarse one (a cluster of fine clusters). They are
// computed at training time (dyad-train clusters, train/embedding_clusters.hpp) and
// kept in the model, so Dyad needs nothing else at run time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "model/key_map.hpp"

namespace dyad::model {

class WordClusters {
 public:
  static constexpr uint32_t kMaxFine = 4096;
  static constexpr uint32_t kMaxCoarse = 255;
  struct Cluster {
    uint16_t fine = 0;   // 1..kMaxFine, 0 = unknown word
    uint8_t coarse = 0;  // 1..kMaxCoarse, 0 = unknown word
  };

  bool empty() const { return words_.empty(); }
  size_t size() const { return words_.size(); }

  // Sets the lower-case words with their fine and coarse clusters. Returns an error
  // when the sizes disagree, a cluster is out of range or a word comes twice.
  Status assign(std::vector<std::string> words, std::vector<uint16_t> fine, std::vector<uint8_t> coarse);
  // The clusters of a lower-case word ({0, 0} when it has none).
  Cluster lookup(std::string_view lower_word) const;

  std::string serialize() const;
  Status deserialize(std::string_view bytes, const std::string& what);

 private:
  std::vector<std::string> words_;  // kept as text: compresses far better than hashes
  std::vector<uint16_t> fine_;
  std::vector<uint8_t> coarse_;
  model::KeyMap index_;  // hash(word) -> position
};

}  // namespace dyad::model
