// Tagger: feature extraction, greedy decoding, model (de)serialisation and the public
// Tagger class (see include/dyad/tag.hpp and tagger_model.hpp).
#include <algorithm>
#include <climits>

#include "base/strings.hpp"
#include "dyad/tag.hpp"
#include "model/bytes.hpp"
#include "model/feature_hash.hpp"
#include "model/model_file.hpp"
#include "tag/tagger_model.hpp"

namespace dyad {
namespace tag {

using model::feature;
using model::hash_string;

namespace {

// Feature templates. The numbers are part of the model format: renumbering one
// requires retraining (and a new kTaggerFormatVersion).
enum Template : uint32_t {
  kBias = 1, kWord, kForm, kSuffix1, kSuffix2, kSuffix3, kSuffix4, kPrefix1, kPrefix2, kPrefix3,
  kShape, kPrevWord, kNextWord, kPrev2Word, kNext2Word, kPrevTag, kPrevTwoTags, kPrevTagWord,
  kPrevWordWord, kWordNextWord, kAmb, kNextAmb, kNext2Amb, kPrevTagAmb, kAmbNextAmb, kWordNet,
  kWordNetShape, kPrevSuffix3, kNextSuffix3, kPrevTagSuffix3, kFirstShape, kPrev2Tag, kNextWordNet,
  kNextShape, kNextWordNext2Word, kPrevWordNextWord, kAmbWordNet, kAmbLower, kSuffix5, kLength,
  // refine_features
  kFirstNextTag, kFirstNext2Tag, kFirstNextTagWord, kPrevTagFirstNextTag, kFirstNextTags, kFirstSelfNext,
  kFirstSelfWord, kFirstPrevSelfNext,
  // word clusters (models with clusters)
  kFine, kCoarse, kNextFine, kPrevFine, kFineShape, kPrevTagFine, kFineNextFine, kCoarseSuffix2,
};

const uint64_t kStartWord = hash_string("<s>");
const uint64_t kEndWord = hash_string("</s>");
constexpr uint64_t kStartTag = 0xfffe;
constexpr uint32_t kBoundaryAmb = 0xfffff;

// "Obama" -> "Xxx", "1,750" -> "dd,dd", "e-mail" -> "x-x": letters and digits mapped
// to classes, runs longer than two cut to two.
uint64_t shape_hash(std::string_view form) {
  char buf[32];
  size_t n = 0;
  char last = 0;
  int run = 0;
  for (size_t i = 0; i < form.size() && n < sizeof buf; ++i) {
    const unsigned char c = static_cast<unsigned char>(form[i]);
    char s;
    if (c >= 'A' && c <= 'Z') s = 'X';
    else if (c >= 'a' && c <= 'z') s = 'x';
    else if (c >= '0' && c <= '9') s = 'd';
    else if (c >= 0x80) s = 'u';
    else s = static_cast<char>(c);
    if (s == last) {
      if (++run > 2) continue;
    } else {
      run = 1;
      last = s;
    }
    buf[n++] = s;
  }
  return hash_string(std::string_view(buf, n));
}

}  // namespace

uint64_t lexicon_form_key(uint64_t form_hash) { return model::mix64(form_hash ^ 0x5bd1e9955bd1e995ull); }
uint64_t lexicon_lower_key(uint64_t lower_hash) { return model::mix64(lower_hash ^ 0x27bb2ee687b0b0fdull); }

void hash_word(std::string_view form, std::string& lower, WordInfo& out) {
  base::ascii_lower_into(form, lower);
  out.form = hash_string(form);
  out.lower = hash_string(lower);
  out.shape = shape_hash(form);
  const std::string_view lw = lower;
  for (size_t k = 0; k < 3; ++k) out.prefix[k] = hash_string(lw.substr(0, k + 1));
  for (size_t k = 0; k < 4; ++k) out.suffix[k] = hash_string(lw.substr(lw.size() > k + 1 ? lw.size() - k - 1 : 0));
  out.suffix5 = hash_string(lw.substr(lw.size() > 5 ? lw.size() - 5 : 0));
  out.length = static_cast<uint32_t>(lw.size());
}

size_t tag_features(const WordInfo* w, size_t n, size_t i, const uint16_t* tags, bool clusters, uint64_t* out) {
  const WordInfo& cur = w[i];
  const uint64_t p1 = i >= 1 ? w[i - 1].lower : kStartWord;
  const uint64_t p2 = i >= 2 ? w[i - 2].lower : kStartWord;
  const uint64_t n1 = i + 1 < n ? w[i + 1].lower : kEndWord;
  const uint64_t n2 = i + 2 < n ? w[i + 2].lower : kEndWord;
  const uint64_t t1 = i >= 1 ? tags[i - 1] : kStartTag;
  const uint64_t t2 = i >= 2 ? tags[i - 2] : kStartTag;
  const uint64_t amb1 = i + 1 < n ? w[i + 1].amb : kBoundaryAmb;
  const uint64_t amb2 = i + 2 < n ? w[i + 2].amb : kBoundaryAmb;
  const uint64_t ps3 = i >= 1 ? w[i - 1].suffix[2] : kStartWord;
  const uint64_t ns3 = i + 1 < n ? w[i + 1].suffix[2] : kEndWord;
  const uint64_t nwn = i + 1 < n ? w[i + 1].wn : 0xffff;
  const uint64_t nshape = i + 1 < n ? w[i + 1].shape : kEndWord;
  size_t k = 0;
  out[k++] = feature(kBias, 0);
  out[k++] = feature(kWord, cur.lower);
  out[k++] = feature(kForm, cur.form);
  out[k++] = feature(kSuffix1, cur.suffix[0]);
  out[k++] = feature(kSuffix2, cur.suffix[1]);
  out[k++] = feature(kSuffix3, cur.suffix[2]);
  out[k++] = feature(kSuffix4, cur.suffix[3]);
  out[k++] = feature(kPrefix1, cur.prefix[0]);
  out[k++] = feature(kPrefix2, cur.prefix[1]);
  out[k++] = feature(kPrefix3, cur.prefix[2]);
  out[k++] = feature(kShape, cur.shape);
  out[k++] = feature(kPrevWord, p1);
  out[k++] = feature(kNextWord, n1);
  out[k++] = feature(kPrev2Word, p2);
  out[k++] = feature(kNext2Word, n2);
  out[k++] = feature(kPrevTag, t1);
  out[k++] = feature(kPrevTwoTags, t1, t2);
  out[k++] = feature(kPrevTagWord, t1, cur.lower);
  out[k++] = feature(kPrevWordWord, p1, cur.lower);
  out[k++] = feature(kWordNextWord, cur.lower, n1);
  out[k++] = feature(kAmb, cur.amb);
  out[k++] = feature(kNextAmb, amb1);
  out[k++] = feature(kNext2Amb, amb2);
  out[k++] = feature(kPrevTagAmb, t1, cur.amb);
  out[k++] = feature(kAmbNextAmb, cur.amb, amb1);
  out[k++] = feature(kWordNet, cur.wn);
  out[k++] = feature(kWordNetShape, cur.wn, cur.shape);
  out[k++] = feature(kPrevSuffix3, ps3);
  out[k++] = feature(kNextSuffix3, ns3);
  out[k++] = feature(kPrevTagSuffix3, t1, cur.suffix[2]);
  out[k++] = feature(kFirstShape, i == 0 ? 1 : 0, cur.shape);
  out[k++] = feature(kPrev2Tag, t2);
  out[k++] = feature(kNextWordNet, nwn);
  out[k++] = feature(kNextShape, nshape);
  out[k++] = feature(kNextWordNext2Word, n1, n2);
  out[k++] = feature(kPrevWordNextWord, p1, n1);
  out[k++] = feature(kAmbWordNet, cur.amb, cur.wn);
  out[k++] = feature(kAmbLower, cur.amb_lower, cur.shape);
  out[k++] = feature(kSuffix5, cur.suffix5);
  out[k++] = feature(kLength, std::min<uint64_t>(cur.length, 12));
  if (clusters) {
    // What a large body of text says about the word and its neighbours: words the
    // treebank never saw still have a cluster.
    const uint64_t next = i + 1 < n ? w[i + 1].fine : 0xffff;
    const uint64_t prev = i >= 1 ? w[i - 1].fine : 0xffff;
    out[k++] = feature(kFine, cur.fine);
    out[k++] = feature(kCoarse, cur.coarse);
    out[k++] = feature(kNextFine, next);
    out[k++] = feature(kPrevFine, prev);
    out[k++] = feature(kFineShape, cur.fine, cur.shape);
    out[k++] = feature(kPrevTagFine, t1, cur.fine);
    out[k++] = feature(kFineNextFine, cur.fine, next);
    out[k++] = feature(kCoarseSuffix2, cur.coarse, cur.suffix[1]);
  }
  return k;
}

size_t refine_features(const WordInfo* w, size_t n, size_t i, const uint16_t* tags, bool clusters,
                       const uint16_t* first, uint64_t* out) {
  size_t k = tag_features(w, n, i, tags, clusters, out);
  const uint64_t f0 = first[i];
  const uint64_t f1 = i + 1 < n ? first[i + 1] : kStartTag + 1;
  const uint64_t f2 = i + 2 < n ? first[i + 2] : kStartTag + 1;
  const uint64_t t1 = i >= 1 ? tags[i - 1] : kStartTag;
  out[k++] = feature(kFirstNextTag, f1);
  out[k++] = feature(kFirstNext2Tag, f2);
  out[k++] = feature(kFirstNextTagWord, f1, w[i].lower);
  out[k++] = feature(kPrevTagFirstNextTag, t1, f1);
  out[k++] = feature(kFirstNextTags, f1, f2);
  out[k++] = feature(kFirstSelfNext, f0, f1);
  out[k++] = feature(kFirstSelfWord, f0, w[i].lower);
  out[k++] = feature(kFirstPrevSelfNext, t1, f0, f1);
  return k;
}

void TaggerModel::prepare(std::string_view form, std::string& lower, WordInfo& out) const {
  hash_word(form, lower, out);
  out.amb = 0;
  out.amb_lower = 0;
  out.fixed = 0;
  if (const uint32_t* lv = lexicon.find(lexicon_lower_key(out.lower))) out.amb_lower = *lv & ((1u << kAmbBits) - 1);
  if (const uint32_t* v = lexicon.find(lexicon_form_key(out.form))) {
    out.amb = *v & ((1u << kAmbBits) - 1);
    out.fixed = static_cast<uint16_t>(*v >> kAmbBits);
  } else {
    out.amb = out.amb_lower;
  }
  out.wn = lemmatizer.wordnet().signature(lower);
  if (has_clusters()) {
    const model::WordClusters::Cluster c = clusters.lookup(lower);
    out.fine = c.fine;
    out.coarse = c.coarse;
  }
}

uint8_t TaggerModel::margin_bucket(int32_t difference, float scale) {
  const float units = static_cast<float>(difference) / scale;
  return units < 0.5f ? 0 : units < 2.0f ? 1 : units < 5.0f ? 2 : 3;
}

void TaggerModel::decode_pass(const model::SparseWeightTable& table, const WordInfo* words, size_t n,
                              const uint16_t* first, uint16_t* tags, uint16_t* alt, uint8_t* margin) const {
  uint64_t feats[kMaxTagFeatures];
  const int classes = static_cast<int>(xpos.size());
  int32_t scores[256];
  for (size_t i = 0; i < n; ++i) {
    if (words[i].fixed) {
      tags[i] = static_cast<uint16_t>(words[i].fixed - 1);
      if (alt) {
        alt[i] = kNoTag;
        margin[i] = 3;
      }
      continue;
    }
    const size_t nf = first ? refine_features(words, n, i, tags, has_clusters(), first, feats)
                            : tag_features(words, n, i, tags, has_clusters(), feats);
    std::fill(scores, scores + table.dense_width(), 0);
    table.add(feats, nf, scores);
    int best = 0, second = -1;
    for (int c = 1; c < classes; ++c) {
      if (scores[c] > scores[best]) {
        second = best;
        best = c;
      } else if (second < 0 || scores[c] > scores[second]) {
        second = c;
      }
    }
    tags[i] = static_cast<uint16_t>(best);
    if (alt) {
      alt[i] = second < 0 ? kNoTag : static_cast<uint16_t>(second);
      margin[i] = second < 0 ? 3 : margin_bucket(scores[best] - scores[second], table.scale());
      if (margin[i] == 3) alt[i] = kNoTag;
    }
  }
}

void TaggerModel::decode(const WordInfo* words, size_t n, uint16_t* tags, std::vector<uint16_t>& first, uint16_t* alt,
                         uint8_t* margin) const {
  if (!two_pass()) return decode_pass(weights, words, n, nullptr, tags, alt, margin);
  first.resize(n);
  decode_pass(weights, words, n, nullptr, first.data(), nullptr, nullptr);
  decode_pass(refine, words, n, first.data(), tags, alt, margin);
}

void TaggerModel::save(model::ModelWriter& out) const {
  model::ByteWriter w;
  w.put_strs(xpos);
  w.put_strs(upos);
  out.add_section("tags", w.take());
  out.add_section("lexicon", lexicon.serialize());
  if (has_clusters()) out.add_section("clusters", clusters.serialize());
  out.add_section("weights", weights.serialize());
  if (two_pass()) out.add_section("refine", refine.serialize());
  lemmatizer.save(out);
}

Status TaggerModel::load(const model::ModelFile& file) {
  metadata = file.metadata();
  auto tags = file.section("tags");
  if (!tags.ok()) return tags.error();
  model::ByteReader r(*tags);
  r.get_strs(xpos);
  r.get_strs(upos);
  if (!r.ok() || !r.at_end() || xpos.size() != upos.size() || xpos.empty() || xpos.size() > 1024) {
    return file.malformed("tags", "inconsistent tag lists");
  }
  auto lex = file.section("lexicon");
  if (!lex.ok()) return lex.error();
  Status st = lexicon.deserialize(*lex, file.name() + ": section 'lexicon'");
  if (!st.ok()) return st;
  if (auto c = file.section("clusters"); c.ok()) {
    st = clusters.deserialize(*c, file.name() + ": section 'clusters'");
    if (!st.ok()) return st;
  } else {
    clusters = model::WordClusters();
  }
  auto w = file.section("weights");
  if (!w.ok()) return w.error();
  st = weights.deserialize(*w, file.name() + ": section 'weights'");
  if (!st.ok()) return st;
  if (weights.classes() != static_cast<int>(xpos.size())) {
    return file.malformed("weights", "class count differs from the tag list");
  }
  if (auto r2 = file.section("refine"); r2.ok()) {
    st = refine.deserialize(*r2, file.name() + ": section 'refine'");
    if (!st.ok()) return st;
    if (refine.classes() != static_cast<int>(xpos.size())) {
      return file.malformed("refine", "class count differs from the tag list");
    }
  } else {
    refine = model::SparseWeightTable();
  }
  return lemmatizer.load(file);
}

}  // namespace tag

// ---------------------------------------------------------------------------
// Tagger

TagWorkspace::TagWorkspace() : scratch_(std::make_unique<tag::TagScratch>()) {}
TagWorkspace::~TagWorkspace() = default;
TagWorkspace::TagWorkspace(TagWorkspace&&) noexcept = default;
TagWorkspace& TagWorkspace::operator=(TagWorkspace&&) noexcept = default;

Tagger::Tagger(std::unique_ptr<tag::TaggerModel> model) : model_(std::move(model)) {}
Tagger::~Tagger() = default;

Result<std::unique_ptr<Tagger>> Tagger::from_bytes(std::string_view bytes, const std::string& name) {
  auto file = model::ModelFile::parse(bytes, name, tag::kTaggerKind, tag::kTaggerFormatVersion,
                                      tag::kTaggerOldestFormatVersion);
  if (!file.ok()) return file.error();
  auto m = std::make_unique<tag::TaggerModel>();
  Status st = m->load(*file);
  if (!st.ok()) return make_error(st.message());
  return std::make_unique<Tagger>(std::move(m));
}

Result<std::unique_ptr<Tagger>> Tagger::load(const std::string& path) {
  auto file = model::ModelFile::load(path, tag::kTaggerKind, tag::kTaggerFormatVersion,
                                     tag::kTaggerOldestFormatVersion);
  if (!file.ok()) return file.error();
  auto m = std::make_unique<tag::TaggerModel>();
  Status st = m->load(*file);
  if (!st.ok()) return make_error(st.message());
  return std::make_unique<Tagger>(std::move(m));
}

void Tagger::predict(std::span<const std::string_view> forms, std::vector<uint16_t>& tags, TagWorkspace& ws,
                     std::vector<uint16_t>* alt, std::vector<uint8_t>* margin) const {
  tag::TagScratch& s = *ws.scratch_;
  s.words.resize(forms.size());
  for (size_t i = 0; i < forms.size(); ++i) {
    s.word_info.get(model::FormMemo<tag::WordInfo>::key(forms[i], 0), forms[i], 0, s.words[i],
                    [&](tag::WordInfo& info) { model_->prepare(forms[i], s.lower, info); });
  }
  tags.resize(forms.size());
  if (alt) {
    alt->resize(forms.size());
    margin->resize(forms.size());
  }
  model_->decode(s.words.data(), forms.size(), tags.data(), s.first, alt ? alt->data() : nullptr,
                 margin ? margin->data() : nullptr);
}

void Tagger::tag(std::string_view text, std::span<Token> words, TagWorkspace& ws) const {
  tag::TagScratch& s = *ws.scratch_;
  s.forms.clear();
  for (const Token& t : words) s.forms.push_back(t.form(text));
  predict(s.forms, s.tags, ws, &s.alt, &s.margin);
  for (size_t i = 0; i < words.size(); ++i) {
    Token& t = words[i];
    const uint16_t c = s.tags[i];
    t.xpos = model_->xpos[c];
    t.upos = model_->upos[c];
    // WordInfo::form is the form's hash_string(): the memo key needs no second hash.
    const uint32_t context = 2u * c + (i == 0 ? 1u : 0u);
    s.lemmas.get(model::FormMemo<std::string>::key(s.words[i].form, context), s.forms[i], context, t.lemma,
                 [&](std::string& lemma) { model_->lemmatizer.lemmatize_into(s.forms[i], t.xpos, i == 0, lemma); });
    t.tag_margin = s.margin[i];
    t.alt_tag.clear();
    if (s.alt[i] != tag::kNoTag) {
      t.alt_tag = model_->xpos[s.alt[i]];
      t.alt_tag += '|';
      t.alt_tag += model_->upos[s.alt[i]];
    }
  }
}

size_t Tagger::tag_count() const { return model_->xpos.size(); }
std::string_view Tagger::xpos(uint16_t t) const {
  return t < model_->xpos.size() ? std::string_view(model_->xpos[t]) : std::string_view("_");
}
std::string_view Tagger::upos(uint16_t t) const {
  return t < model_->upos.size() ? std::string_view(model_->upos[t]) : std::string_view("_");
}
const lemma::Lemmatizer& Tagger::lemmatizer() const { return model_->lemmatizer; }
const std::map<std::string, std::string>& Tagger::metadata() const { return model_->metadata; }

}  // namespace dyad
