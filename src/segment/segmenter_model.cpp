// Reading and writing the segmenter model file; the layout is described in
// segmenter_model.hpp. A hand-rolled length-prefixed format rather than a
// serialisation library: it is a handful of string lists and two arrays, and the
// reader has to check every length against the bytes actually present.
#include "segment/segmenter_model.hpp"

#include <xxhash.h>

#include <cstring>

namespace dyad::segment {

namespace {

class Writer {
 public:
  void u32(uint32_t v) { raw(&v, 4); }
  void u64(uint64_t v) { raw(&v, 8); }
  void f32(float v) { raw(&v, 4); }
  void str(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    out.append(s);
  }
  void raw(const void* p, size_t n) { out.append(static_cast<const char*>(p), n); }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}
  bool u32(uint32_t& v) { return raw(&v, 4); }
  bool u64(uint64_t& v) { return raw(&v, 8); }
  bool f32(float& v) { return raw(&v, 4); }
  bool str(std::string& s) {
    uint32_t n;
    if (!u32(n) || n > bytes_.size() - pos_) return false;
    s.assign(bytes_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool raw(void* p, size_t n) {
    if (n > bytes_.size() - pos_) return false;
    std::memcpy(p, bytes_.data() + pos_, n);
    pos_ += n;
    return true;
  }
  // A count of items each at least `min_item_bytes` long, checked against what is left.
  bool count(uint32_t& n, size_t min_item_bytes) {
    return u32(n) && static_cast<uint64_t>(n) * min_item_bytes <= bytes_.size() - pos_;
  }
  bool at_end() const { return pos_ == bytes_.size(); }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
};

void write_list(Writer& w, const std::vector<std::string>& list) {
  w.u32(static_cast<uint32_t>(list.size()));
  for (const auto& s : list) w.str(s);
}
bool read_list(Reader& r, std::vector<std::string>& list) {
  uint32_t n;
  if (!r.count(n, 4)) return false;
  list.resize(n);
  for (auto& s : list) {
    if (!r.str(s)) return false;
  }
  return true;
}

}  // namespace

std::string serialize_segmenter_model(const SegmenterModelData& model) {
  Writer body;
  body.u32(static_cast<uint32_t>(model.metadata.size()));
  for (const auto& [k, v] : model.metadata) {
    body.str(k);
    body.str(v);
  }
  write_list(body, model.lexicon.hyphen_prefixes);
  write_list(body, model.lexicon.hyphen_words);
  write_list(body, model.lexicon.abbreviations);
  body.u32(static_cast<uint32_t>(model.lexicon.contractions.size()));
  for (const auto& [word, splits] : model.lexicon.contractions) {
    body.str(word);
    body.str(std::string_view(reinterpret_cast<const char*>(splits.data()), splits.size()));
  }
  body.f32(model.threshold);
  body.u32(static_cast<uint32_t>(model.feature_keys.size()));
  body.raw(model.feature_keys.data(), model.feature_keys.size() * sizeof(uint64_t));
  body.raw(model.feature_weights.data(), model.feature_weights.size() * sizeof(float));

  Writer file;
  file.raw(kSegmenterMagic.data(), kSegmenterMagic.size());
  file.u32(kSegmenterFormatVersion);
  file.u32(0);
  file.u64(body.out.size());
  file.u64(XXH64(body.out.data(), body.out.size(), 0));
  file.out += body.out;
  return std::move(file.out);
}

Result<SegmenterModelData> parse_segmenter_model(std::string_view bytes, const std::string& name) {
  auto fail = [&](const std::string& what) { return make_error(name + ": " + what); };
  if (bytes.size() < kSegmenterMagic.size() ||
      bytes.substr(0, kSegmenterMagic.size()) != kSegmenterMagic) {
    if (bytes.size() < kSegmenterMagic.size() && kSegmenterMagic.substr(0, bytes.size()) == bytes) {
      return fail("truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the header");
    }
    return fail("bad magic: not a Dyad segmenter model");
  }
  if (bytes.size() < kSegmenterHeaderSize) {
    return fail("truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                std::to_string(kSegmenterHeaderSize) + "-byte header");
  }
  Reader header(bytes.substr(kSegmenterMagic.size(), kSegmenterHeaderSize - kSegmenterMagic.size()));
  uint32_t version = 0, reserved = 0;
  uint64_t body_size = 0, checksum = 0;
  (void)header.u32(version);
  (void)header.u32(reserved);
  (void)header.u64(body_size);
  (void)header.u64(checksum);
  if (version != kSegmenterFormatVersion) {
    return fail("format version " + std::to_string(version) + ", this build of Dyad reads version " +
                std::to_string(kSegmenterFormatVersion) + " (retrain with dyad-train segmenter)");
  }
  const std::string_view body = bytes.substr(kSegmenterHeaderSize);
  if (body.size() < body_size) {
    return fail("truncated: header announces " + std::to_string(body_size) + " body bytes, file has " +
                std::to_string(body.size()));
  }
  if (body.size() > body_size) {
    return fail("trailing garbage: " + std::to_string(body.size() - body_size) + " bytes after the body");
  }
  if (XXH64(body.data(), body.size(), 0) != checksum) return fail("checksum mismatch (file corrupt)");

  SegmenterModelData m;
  Reader r(body);
  uint32_t n = 0;
  if (!r.count(n, 8)) return fail("malformed metadata section");
  for (uint32_t i = 0; i < n; ++i) {
    std::string k, v;
    if (!r.str(k) || !r.str(v)) return fail("malformed metadata section");
    m.metadata[k] = v;
  }
  if (!read_list(r, m.lexicon.hyphen_prefixes) || !read_list(r, m.lexicon.hyphen_words) ||
      !read_list(r, m.lexicon.abbreviations)) {
    return fail("malformed lexicon section");
  }
  if (!r.count(n, 8)) return fail("malformed contraction list");
  m.lexicon.contractions.resize(n);
  for (auto& [word, splits] : m.lexicon.contractions) {
    std::string s;
    if (!r.str(word) || !r.str(s)) return fail("malformed contraction list");
    splits.assign(s.begin(), s.end());
  }
  if (!r.f32(m.threshold) || !r.count(n, 12)) return fail("malformed classifier section");
  m.feature_keys.resize(n);
  m.feature_weights.resize(n);
  if (!r.raw(m.feature_keys.data(), n * sizeof(uint64_t)) || !r.raw(m.feature_weights.data(), n * sizeof(float))) {
    return fail("malformed classifier section");
  }
  if (!r.at_end()) return fail("malformed: unread bytes after the classifier section");
  for (size_t i = 1; i < m.feature_keys.size(); ++i) {
    if (m.feature_keys[i] <= m.feature_keys[i - 1]) return fail("malformed: feature keys not sorted");
  }
  return m;
}

}  // namespace dyad::segment
