// Little-endian byte serialisation for model files: ByteWriter appends numbers,
// strings and arrays of plain values; ByteReader reads them back with bounds checks.
//
// Model sections are parsed with ByteReader even though the file checksum already
// vouches for the bytes: a hand-crafted file with a valid checksum must still fail
// with a message, never read out of bounds. A failed read latches `ok() == false`
// and returns zeros, so a decoder can read a whole record and check once.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace dyad::model {

class ByteWriter {
 public:
  template <class T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    const char* p = reinterpret_cast<const char*>(&v);
    out_.append(p, sizeof(T));
  }
  void put_u8(uint8_t v) { put(v); }
  void put_u32(uint32_t v) { put(v); }
  void put_u64(uint64_t v) { put(v); }
  void put_str(std::string_view s) {
    put_u32(static_cast<uint32_t>(s.size()));
    out_.append(s.data(), s.size());
  }
  template <class T, class A>
  void put_vec(const std::vector<T, A>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    put_u64(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void put_strs(const std::vector<std::string>& v) {
    put_u32(static_cast<uint32_t>(v.size()));
    for (const auto& s : v) put_str(s);
  }
  std::string& bytes() { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T v{};
    if (!ok_ || bytes_.size() - pos_ < sizeof(T)) {
      ok_ = false;
      return v;
    }
    std::memcpy(&v, bytes_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  uint8_t get_u8() { return get<uint8_t>(); }
  uint32_t get_u32() { return get<uint32_t>(); }
  uint64_t get_u64() { return get<uint64_t>(); }
  std::string_view get_str() {
    uint32_t n = get_u32();
    if (!ok_ || bytes_.size() - pos_ < n) {
      ok_ = false;
      return {};
    }
    std::string_view s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // The next `n` raw bytes.
  std::string_view get_bytes(uint64_t n) {
    if (!ok_ || bytes_.size() - pos_ < n) {
      ok_ = false;
      return {};
    }
    std::string_view s = bytes_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  // Reads an array written by put_vec; refuses more than `max_elements`.
  template <class T, class A>
  bool get_vec(std::vector<T, A>& v, uint64_t max_elements = UINT64_MAX / 2) {
    static_assert(std::is_trivially_copyable_v<T>);
    uint64_t n = get_u64();
    if (!ok_ || n > max_elements || n > (bytes_.size() - pos_) / sizeof(T)) {
      ok_ = false;
      v.clear();
      return false;
    }
    v.resize(n);
    if (n) std::memcpy(v.data(), bytes_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return true;
  }
  bool get_strs(std::vector<std::string>& v) {
    uint32_t n = get_u32();
    v.clear();
    if (!ok_ || n > bytes_.size() - pos_) {  // every string takes >= 4 bytes
      ok_ = false;
      return false;
    }
    v.reserve(n);
    for (uint32_t i = 0; i < n && ok_; ++i) v.emplace_back(get_str());
    return ok_;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == bytes_.size(); }
  size_t position() const { return pos_; }

 private:
  std::string_view bytes_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace dyad::model
