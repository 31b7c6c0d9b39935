// WordClasses (see word_classes.hpp).
#include "parse/word_classes.hpp"

#include "model/bytes.hpp"
#include "model/feature_hash.hpp"

namespace dyad::parse {

Status WordClasses::assign(std::vector<std::string> lemmas, std::vector<uint8_t> classes) {
  if (classes.size() != lemmas.size() * kPosCount) return make_error("word classes: size mismatch");
  for (uint8_t c : classes) {
    if (c > kMaxClass) return make_error("word classes: class " + std::to_string(c) + " out of range");
  }
  lemmas_ = std::move(lemmas);
  classes_ = std::move(classes);
  index();
  return Status::Ok();
}

void WordClasses::index() {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  keys.reserve(lemmas_.size());
  values.reserve(lemmas_.size());
  for (size_t i = 0; i < lemmas_.size(); ++i) {
    keys.push_back(model::hash_string(lemmas_[i]));
    values.push_back(static_cast<uint32_t>(i));
  }
  index_.build(keys, values);
}

uint8_t WordClasses::lookup(std::string_view lower_lemma, std::string_view upos) const {
  Pos pos;
  if (upos == "NOUN" || upos == "PROPN") pos = kNoun;
  else if (upos == "VERB") pos = kVerb;
  else if (upos == "ADJ") pos = kAdj;
  else return 0;
  const uint32_t* i = index_.find(model::hash_string(lower_lemma));
  return i ? classes_[static_cast<size_t>(*i) * kPosCount + pos] : 0;
}

std::string WordClasses::serialize() const {
  model::ByteWriter w;
  w.put_strs(lemmas_);
  w.put_vec(classes_);
  return w.take();
}

Status WordClasses::deserialize(std::string_view bytes, const std::string& what) {
  model::ByteReader r(bytes);
  std::vector<std::string> lemmas;
  std::vector<uint8_t> classes;
  r.get_strs(lemmas);
  r.get_vec(classes, 1ull << 26);
  if (!r.ok() || !r.at_end()) return make_error(what + ": truncated word classes");
  Status st = assign(std::move(lemmas), std::move(classes));
  if (!st.ok()) return make_error(what + ": " + st.message());
  return Status::Ok();
}

}  // namespace dyad::parse
