// KeyMap: an open-addressing hash map from nonzero 64-bit keys (string hashes) to
// 32-bit values, for the lexicons inside models (word -> tag-dictionary entry, ...).
//
// Linear probing over one flat array keeps a lookup to one or two cache lines, and the
// array is the serialised form, so a model loads it with a copy. Key 0 marks an
// empty slot; callers map a zero hash to 1 (see nonzero()).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "model/bytes.hpp"
#include "model/weight_table.hpp"

namespace dyad::model {

inline uint64_t nonzero(uint64_t key) { return key == 0 ? 1 : key; }

class KeyMap {
 public:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    uint32_t pad = 0;
  };

  // Builds from parallel arrays; a repeated key keeps its first value.
  void build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& values) {
    const uint64_t n = table_slots_for(keys.size());
    slots_.assign(n, Slot{});
    mask_ = n - 1;
    size_ = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      const uint64_t k = nonzero(keys[i]);
      uint64_t j = k & mask_;
      while (slots_[j].key != 0 && slots_[j].key != k) j = (j + 1) & mask_;
      if (slots_[j].key == k) continue;
      slots_[j].key = k;
      slots_[j].value = values[i];
      ++size_;
    }
  }
  // Returns a pointer to the value, or nullptr.
  const uint32_t* find(uint64_t key) const {
    if (slots_.empty()) return nullptr;
    key = nonzero(key);
    uint64_t j = key & mask_;
    while (true) {
      const Slot& s = slots_[j];
      if (s.key == key) return &s.value;
      if (s.key == 0) return nullptr;
      j = (j + 1) & mask_;
    }
  }
  size_t size() const { return size_; }

  std::string serialize() const {
    ByteWriter w;
    w.put_u64(size_);
    w.put_vec(slots_);
    return w.take();
  }
  Status deserialize(std::string_view bytes, const std::string& what) {
    ByteReader r(bytes);
    size_ = r.get_u64();
    r.get_vec(slots_, 1ull << 28);
    if (!r.ok() || !r.at_end()) return make_error(what + ": truncated key map");
    if (slots_.size() < 2 || (slots_.size() & (slots_.size() - 1)) != 0) {
      return make_error(what + ": key map size is not a power of two");
    }
    size_t used = 0;
    for (const Slot& s : slots_) used += s.key != 0;
    if (used != size_ || used >= slots_.size()) return make_error(what + ": inconsistent key map");
    mask_ = slots_.size() - 1;
    return Status::Ok();
  }

 private:
  std::vector<Slot> slots_;
  uint64_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dyad::model
