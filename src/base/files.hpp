// Files and directories: whole-file reads, directory walks in a stable order, and the
// data directories (models, dictionaries) a binary finds without being told.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "dyad/result.hpp"

namespace dyad::base {

// The most a data file (a dictionary, a treebank, a validation or gold file) may
// hold: larger ones -- a disk image or /dev/zero given by mistake -- are refused
// before they take the machine's memory.
inline constexpr uint64_t kMaxDataFileBytes = 256ull << 20;

// The bytes of a file, at most `max_bytes` (read in pieces, so a device or a pipe
// that never ends is refused too); an error names the path and the reason.
Result<std::string> read_file(const std::string& path, uint64_t max_bytes = kMaxDataFileBytes);

// The regular files under `dir`, recursively, sorted by path. Names starting with '.'
// are left out, and hidden directories are not entered. A directory that cannot be
// read is passed to `on_error` (at_root when it is `dir` itself: nothing is listed)
// and the walk goes on with the others.
struct WalkError {
  std::string path;
  int error = 0;         // the errno value
  bool at_root = false;  // `dir` itself could not be opened: nothing was listed
};
std::vector<std::string> list_files(const std::string& dir, const std::function<void(const WalkError&)>& on_error);

// Where a data directory of Dyad is: $ENV_VAR when set, else `subdir` in the source
// tree the binary was built from (when it holds `marker`, or is a directory when
// `marker` is empty), else <prefix>/share/dyad/<subdir> next to the executable, else
// the install prefix the build was configured with.
//   find_data_dir("models", "DYAD_MODEL_DIR", "MANIFEST")
std::string find_data_dir(const std::string& subdir, const char* env_var, const std::string& marker);

}  // namespace dyad::base
