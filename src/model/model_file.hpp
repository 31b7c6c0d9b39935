// The model-file container shared by every trained Dyad model (tagger, parser, ...).
//
// A model file is self-describing and self-checking, so a wrong or damaged file
// fails at load time with a message instead of producing silent garbage:
//
//   "DYADMODL"            8-byte magic
//   u32 container version (kContainerVersion)
//   u64 total file size   (a truncated copy is named as such)
//   str kind              "tagger", "parser", ...
//   u32 model version     the format version of that kind
//   u32 n, n x (str key, str value)             metadata: data, date, scores, features
//   u32 n, n x (str name, u8 flags, u64 raw size, u64 stored size, bytes)   sections
//   u64 XXH64 of every byte before it
//
// Sections flagged kCompressed are zlib streams (weights quantised to int16 still
// compress by a third); they are inflated once at load. Strings are u32 length +
// bytes; numbers little-endian.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dyad/result.hpp"

namespace dyad::model {

inline constexpr char kMagic[8] = {'D', 'Y', 'A', 'D', 'M', 'O', 'D', 'L'};
inline constexpr uint32_t kContainerVersion = 1;

class ModelWriter {
 public:
  ModelWriter(std::string kind, uint32_t model_version);
  void set_meta(const std::string& key, std::string value);
  void add_section(std::string name, std::string bytes, bool compress = true);
  // The file's bytes.
  std::string serialize() const;
  // Writes atomically (temporary file + rename), so a reader never sees half a model.
  Status write_file(const std::string& path) const;

 private:
  struct Section {
    std::string name;
    std::string bytes;
    bool compress;
  };
  std::string kind_;
  uint32_t version_;
  std::vector<std::pair<std::string, std::string>> meta_;
  std::vector<Section> sections_;
};

class ModelFile {
 public:
  // Checks magic, size, checksum, kind and version; `name` (usually the path)
  // starts every error message. Versions from `oldest_version` (0: expected_version
  // only) up to expected_version are accepted.
  static Result<ModelFile> parse(std::string_view bytes, const std::string& name,
                                 std::string_view expected_kind, uint32_t expected_version,
                                 uint32_t oldest_version = 0);
  static Result<ModelFile> load(const std::string& path, std::string_view expected_kind,
                                uint32_t expected_version, uint32_t oldest_version = 0);

  const std::string& name() const { return name_; }
  const std::string& kind() const { return kind_; }
  uint32_t version() const { return version_; }
  const std::map<std::string, std::string>& metadata() const { return meta_; }
  // A section's (inflated) bytes, or an error naming the file and the section.
  Result<std::string_view> section(const std::string& section_name) const;
  // "<file>: section '<name>' is malformed (<what>)"
  Error malformed(const std::string& section_name, const std::string& what) const;

 private:
  std::string name_;
  std::string kind_;
  uint32_t version_ = 0;
  std::map<std::string, std::string> meta_;
  std::map<std::string, std::string> sections_;
};

}  // namespace dyad::model
