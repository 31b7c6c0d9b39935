// Files and directories (see files.hpp).
#include "base/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace dyad::base {

namespace fs = std::filesystem;

Result<std::string> read_file(const std::string& path, uint64_t max_bytes) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return make_error(path + ": a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path + ": cannot open: " + std::strerror(errno));
  std::string out;
  const uint64_t known = fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
  if (!ec && known > max_bytes) {
    return make_error(path + ": " + std::to_string(known) + " bytes, over the limit of " + std::to_string(max_bytes) +
                      " bytes for this kind of file");
  }
  if (known) out.reserve(static_cast<size_t>(known));
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    out.append(buf, static_cast<size_t>(in.gcount()));
    if (out.size() > max_bytes) {
      return make_error(path + ": more than " + std::to_string(max_bytes) + " bytes, over the limit for this kind of file");
    }
  }
  if (in.bad()) return make_error(path + ": read error");
  return out;
}

std::vector<std::string> list_files(const std::string& dir, const std::function<void(const WalkError&)>& on_error) {
  // One directory at a time, so that a subdirectory that cannot be read is reported
  // (and the walk goes on) instead of being skipped in silence.
  std::vector<std::string> files;
  std::vector<fs::path> pending{fs::path(dir)};
  bool root = true;
  while (!pending.empty()) {
    const fs::path here = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(here, ec);
    if (ec) {
      on_error({here.string(), ec.value(), root});
      if (root) return files;
      continue;
    }
    root = false;
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
      if (ec) break;
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') continue;
      std::error_code type_ec;
      if (it->is_directory(type_ec)) {
        pending.push_back(it->path());
      } else if (it->is_regular_file(type_ec)) {
        files.push_back(it->path().string());
      }
    }
    if (ec) on_error({here.string(), ec.value(), false});
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string find_data_dir(const std::string& subdir, const char* env_var, const std::string& marker) {
  if (const char* env = std::getenv(env_var); env && *env) return env;
  std::error_code ec;
  auto usable = [&](const fs::path& p) {
    return marker.empty() ? fs::is_directory(p, ec) : fs::exists(p / marker, ec);
  };
#ifdef DYAD_SOURCE_DIR
  if (usable(fs::path(DYAD_SOURCE_DIR) / subdir)) return (fs::path(DYAD_SOURCE_DIR) / subdir).string();
#endif
  // Installed layout: <prefix>/bin/dyad -> <prefix>/share/dyad/<subdir>.
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    fs::path installed = exe.parent_path().parent_path() / "share" / "dyad" / subdir;
    if (usable(installed)) return installed.string();
  }
#ifdef DYAD_INSTALL_DATADIR
  return (fs::path(DYAD_INSTALL_DATADIR) / subdir).string();
#else
  return subdir;
#endif
}

}  // namespace dyad::base
