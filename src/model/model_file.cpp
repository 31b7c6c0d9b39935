// Model-file container: writing, and loading with every check named in the error
// (see model_file.hpp for the layout and why each part is there).
#include "model/model_file.hpp"

#include <xxhash.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "model/bytes.hpp"

namespace dyad::model {

namespace {

constexpr uint8_t kCompressed = 1;
// Sections larger than this are refused before inflating (a corrupt size field
// must not make us allocate terabytes).
constexpr uint64_t kMaxSectionBytes = 1ull << 31;

}  // namespace

ModelWriter::ModelWriter(std::string kind, uint32_t model_version)
    : kind_(std::move(kind)), version_(model_version) {}

void ModelWriter::set_meta(const std::string& key, std::string value) {
  for (auto& kv : meta_) {
    if (kv.first == key) {
      kv.second = std::move(value);
      return;
    }
  }
  meta_.emplace_back(key, std::move(value));
}

void ModelWriter::add_section(std::string name, std::string bytes, bool compress) {
  sections_.push_back({std::move(name), std::move(bytes), compress});
}

std::string ModelWriter::serialize() const {
  ByteWriter w;
  w.bytes().append(kMagic, sizeof kMagic);
  w.put_u32(kContainerVersion);
  w.put_u64(0);  // total size, patched below
  w.put_str(kind_);
  w.put_u32(version_);
  w.put_u32(static_cast<uint32_t>(meta_.size()));
  for (const auto& [k, v] : meta_) {
    w.put_str(k);
    w.put_str(v);
  }
  w.put_u32(static_cast<uint32_t>(sections_.size()));
  for (const auto& s : sections_) {
    w.put_str(s.name);
    std::string stored;
    uint8_t flags = 0;
    if (s.compress && !s.bytes.empty()) {
      uLongf bound = compressBound(s.bytes.size());
      stored.resize(bound);
      if (compress2(reinterpret_cast<Bytef*>(stored.data()), &bound,
                    reinterpret_cast<const Bytef*>(s.bytes.data()), s.bytes.size(), 9) == Z_OK &&
          bound < s.bytes.size()) {
        stored.resize(bound);
        flags |= kCompressed;
      } else {
        stored = s.bytes;
      }
    } else {
      stored = s.bytes;
    }
    w.put_u8(flags);
    w.put_u64(s.bytes.size());
    w.put_u64(stored.size());
    w.bytes().append(stored);
  }
  std::string out = w.take();
  const uint64_t total = out.size() + sizeof(uint64_t);
  std::memcpy(out.data() + sizeof kMagic + sizeof(uint32_t), &total, sizeof total);
  const uint64_t checksum = XXH64(out.data(), out.size(), 0);
  out.append(reinterpret_cast<const char*>(&checksum), sizeof checksum);
  return out;
}

Status ModelWriter::write_file(const std::string& path) const {
  const std::string bytes = serialize();
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return make_error(tmp + ": cannot open for writing");
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) return make_error(tmp + ": write failed");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return make_error(path + ": cannot rename from " + tmp + ": " + ec.message());
  return Status::Ok();
}

Result<ModelFile> ModelFile::parse(std::string_view bytes, const std::string& name,
                                   std::string_view expected_kind, uint32_t expected_version,
                                   uint32_t oldest_version) {
  constexpr size_t kHeader = sizeof kMagic + sizeof(uint32_t) + sizeof(uint64_t);
  if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
    return make_error(name + ": not a Dyad model file (bad magic; expected \"DYADMODL\")");
  }
  if (bytes.size() < kHeader + sizeof(uint64_t)) return make_error(name + ": truncated model file");
  ByteReader head(bytes.substr(sizeof kMagic));
  const uint32_t container = head.get_u32();
  const uint64_t total = head.get_u64();
  if (container != kContainerVersion) {
    return make_error(name + ": model container format " + std::to_string(container) +
                      ", this build of Dyad reads format " + std::to_string(kContainerVersion));
  }
  if (total != bytes.size()) {
    return make_error(name + ": model file is " + std::to_string(bytes.size()) + " bytes, its header says " +
                      std::to_string(total) + (bytes.size() < total ? " (truncated)" : " (trailing bytes)"));
  }
  uint64_t stored_checksum = 0;
  std::memcpy(&stored_checksum, bytes.data() + bytes.size() - sizeof stored_checksum, sizeof stored_checksum);
  const std::string_view body = bytes.substr(0, bytes.size() - sizeof stored_checksum);
  if (XXH64(body.data(), body.size(), 0) != stored_checksum) {
    return make_error(name + ": checksum mismatch, the model file is corrupt");
  }
  ModelFile m;
  m.name_ = name;
  ByteReader r(body.substr(kHeader));
  m.kind_ = std::string(r.get_str());
  m.version_ = r.get_u32();
  if (!r.ok()) return make_error(name + ": malformed model header");
  if (m.kind_ != expected_kind) {
    return make_error(name + ": is a '" + m.kind_ + "' model, expected a '" + std::string(expected_kind) + "' model");
  }
  if (m.version_ > expected_version || m.version_ < (oldest_version ? oldest_version : expected_version)) {
    return make_error(name + ": " + m.kind_ + " model format version " + std::to_string(m.version_) +
                      ", this build of Dyad reads version " + std::to_string(expected_version) +
                      " (retrain the model with this version of dyad-train)");
  }
  const uint32_t n_meta = r.get_u32();
  for (uint32_t i = 0; i < n_meta && r.ok(); ++i) {
    std::string k(r.get_str());
    std::string v(r.get_str());
    m.meta_[std::move(k)] = std::move(v);
  }
  const uint32_t n_sections = r.get_u32();
  for (uint32_t i = 0; i < n_sections && r.ok(); ++i) {
    std::string sname(r.get_str());
    const uint8_t flags = r.get_u8();
    const uint64_t raw_size = r.get_u64();
    const uint64_t stored_size = r.get_u64();
    const std::string_view stored = r.get_bytes(stored_size);
    if (!r.ok() || raw_size > kMaxSectionBytes) {
      return make_error(name + ": malformed section table (section '" + sname + "')");
    }
    std::string raw;
    if (flags & kCompressed) {
      raw.resize(raw_size);
      uLongf out_len = raw_size;
      if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &out_len, reinterpret_cast<const Bytef*>(stored.data()),
                     stored.size()) != Z_OK ||
          out_len != raw_size) {
        return make_error(name + ": section '" + sname + "' does not inflate");
      }
    } else {
      if (raw_size != stored_size) return make_error(name + ": section '" + sname + "' has inconsistent sizes");
      raw.assign(stored);
    }
    m.sections_[std::move(sname)] = std::move(raw);
  }
  if (!r.ok()) return make_error(name + ": malformed metadata or section table");
  if (!r.at_end()) return make_error(name + ": unexpected bytes after the last section");
  return m;
}

Result<ModelFile> ModelFile::load(const std::string& path, std::string_view expected_kind,
                                  uint32_t expected_version, uint32_t oldest_version) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return make_error(path + ": cannot open model file: " + std::strerror(errno));
  std::string bytes;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
  const bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) return make_error(path + ": read error");
  return parse(bytes, path, expected_kind, expected_version, oldest_version);
}

Result<std::string_view> ModelFile::section(const std::string& section_name) const {
  auto it = sections_.find(section_name);
  if (it == sections_.end()) return make_error(name_ + ": missing section '" + section_name + "'");
  return std::string_view(it->second);
}

Error ModelFile::malformed(const std::string& section_name, const std::string& what) const {
  return make_error(name_ + ": section '" + section_name + "' is malformed (" + what + ")");
}

}  // namespace dyad::model
