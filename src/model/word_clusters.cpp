// WordClusters (see word_clusters.hpp).
#include "model/word_clusters.hpp"

#include "model/bytes.hpp"
#include "model/feature_hash.hpp"

namespace dyad::model {

Status WordClusters::assign(std::vector<std::string> words, std::vector<uint16_t> fine, std::vector<uint8_t> coarse) {
  if (fine.size() != words.size() || coarse.size() != words.size()) return make_error("word clusters: size mismatch");
  for (size_t i = 0; i < words.size(); ++i) {
    if (fine[i] == 0 || fine[i] > kMaxFine) {
      return make_error("word clusters: fine cluster " + std::to_string(fine[i]) + " of '" + words[i] +
                        "' out of range 1.." + std::to_string(kMaxFine));
    }
    if (coarse[i] == 0) return make_error("word clusters: coarse cluster 0 of '" + words[i] + "' out of range");
  }
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  keys.reserve(words.size());
  values.reserve(words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    keys.push_back(model::hash_string(words[i]));
    values.push_back(static_cast<uint32_t>(i));
  }
  model::KeyMap index;
  index.build(keys, values);
  for (size_t i = 0; i < words.size(); ++i) {
    const uint32_t* at = index.find(keys[i]);
    if (!at || *at != i) return make_error("word clusters: '" + words[i] + "' comes twice");
  }
  words_ = std::move(words);
  fine_ = std::move(fine);
  coarse_ = std::move(coarse);
  index_ = std::move(index);
  return Status::Ok();
}

WordClusters::Cluster WordClusters::lookup(std::string_view lower_word) const {
  const uint32_t* i = index_.find(model::hash_string(lower_word));
  if (!i) return {};
  return {fine_[*i], coarse_[*i]};
}

std::string WordClusters::serialize() const {
  model::ByteWriter w;
  w.put_strs(words_);
  w.put_vec(fine_);
  w.put_vec(coarse_);
  return w.take();
}

Status WordClusters::deserialize(std::string_view bytes, const std::string& what) {
  model::ByteReader r(bytes);
  std::vector<std::string> words;
  std::vector<uint16_t> fine;
  std::vector<uint8_t> coarse;
  r.get_strs(words);
  r.get_vec(fine, 1ull << 24);
  r.get_vec(coarse, 1ull << 24);
  if (!r.ok() || !r.at_end()) return make_error(what + ": truncated word clusters");
  Status st = assign(std::move(words), std::move(fine), std::move(coarse));
  if (!st.ok()) return make_error(what + ": " + st.message());
  return Status::Ok();
}

}  // namespace dyad::model
