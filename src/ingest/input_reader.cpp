// InputReader: paths (files, directories, "-") to bytes to the per-format readers.
//
// Each file is read with one read() into one std::string (its size is known from
// fstat), so a 100 MB input costs one allocation and one copy from the kernel.
// Directories are walked recursively in sorted order, so runs are reproducible;
// hidden files and directories (".git", ".DS_Store") are left out. gzip is undone
// here, before format detection, so every format also works compressed. A problem
// with one input is reported and the walk goes on; only a path that cannot be
// opened at all is also returned as an error, for the caller's exit status.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <new>

#include "base/files.hpp"
#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace {

namespace fs = std::filesystem;

std::string errno_message(int error) {
  switch (error) {
    case ENOENT: return "no such file or directory";
    case EACCES: return "permission denied";
    case EISDIR: return "is a directory";
    case ENOTDIR: return "not a directory";
    default: {
      std::string m = std::strerror(error);
      if (!m.empty()) m[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(m[0])));
      return m;
    }
  }
}

std::string over_limit_message(uint64_t size, uint64_t limit) {
  return "input is " + std::to_string(size) + (size > limit ? "+" : "") + " bytes, over the limit of " +
         std::to_string(limit) + " bytes (--max-input-bytes; split the file or raise the limit)";
}

// Reads everything from `fd` into `out`, at most `limit` bytes; false on a read
// error or when the limit is passed (`over_limit` tells which).
bool read_all(int fd, uint64_t size_hint, uint64_t limit, std::string& out, bool& over_limit, int& error) {
  over_limit = false;
  // One byte more than the known size, so the final read() sees the end without a
  // reallocation.
  size_t capacity = static_cast<size_t>(std::min<uint64_t>(size_hint ? size_hint + 1 : 1 << 16, limit + 1));
  out.resize(capacity);
  size_t filled = 0;
  for (;;) {
    if (filled == out.size()) {
      if (filled > limit) break;
      out.resize(static_cast<size_t>(std::min<uint64_t>(out.size() * 2, limit + 1)));
    }
    ssize_t n = ::read(fd, out.data() + filled, out.size() - filled);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = errno;
      out.resize(filled);
      return false;
    }
    if (n == 0) break;
    filled += static_cast<size_t>(n);
  }
  out.resize(filled);
  if (filled > limit) {
    over_limit = true;
    return false;
  }
  return true;
}

}  // namespace

Status InputReader::read_path(const std::string& path, const DocumentCallback& emit, IngestReport& report) const {
  if (path == "-") {
    ++report.inputs;
    std::string bytes;
    bool over_limit = false;
    int error = 0;
    if (!read_all(STDIN_FILENO, 0, options_.max_input_bytes, bytes, over_limit, error)) {
      report.skip("<stdin>", over_limit ? over_limit_message(bytes.size(), options_.max_input_bytes)
                                        : errno_message(error));
      return {};
    }
    read_bytes(bytes, "<stdin>", emit, report);
    return {};
  }

  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    std::string message = ec && ec.value() != ENOENT ? errno_message(ec.value()) : "no such file or directory";
    report.skip(path, message);
    return make_error(path + ": " + message);
  }

  if (fs::is_directory(status)) {
    std::string root_error;
    std::vector<std::string> files = base::list_files(path, [&](const base::WalkError& e) {
      if (e.at_root) root_error = errno_message(e.error);
      else report.skip(e.path, "directory not read: " + errno_message(e.error));
    });
    if (!root_error.empty()) {
      report.skip(path, root_error);
      return make_error(path + ": " + root_error);
    }
    if (files.empty()) report.warn(path, "directory holds no input files");
    for (const std::string& file : files) {
      // A file that vanished or is unreadable is reported; the walk goes on.
      Status ignored = read_path(file, emit, report);
      (void)ignored;
    }
    return {};
  }

  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    std::string message = errno_message(errno);
    report.skip(path, message);
    return make_error(path + ": " + message);
  }
  ++report.inputs;
  struct stat st {};
  uint64_t size_hint = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<uint64_t>(st.st_size) : 0;
  if (size_hint > options_.max_input_bytes) {
    ::close(fd);
    report.skip(path, over_limit_message(size_hint, options_.max_input_bytes));
    return {};
  }
  std::string bytes;
  bool over_limit = false;
  int error = 0;
  bool ok = read_all(fd, size_hint, options_.max_input_bytes, bytes, over_limit, error);
  ::close(fd);
  if (!ok) {
    report.skip(path, over_limit ? over_limit_message(bytes.size(), options_.max_input_bytes) : errno_message(error));
    return {};
  }
  read_bytes(bytes, path, emit, report);
  return {};
}

void InputReader::read_bytes(std::string_view bytes, const std::string& name, const DocumentCallback& emit_all,
                             IngestReport& report) const {
  // A document larger than the budget is refused, said and counted; the others go on.
  const uint64_t max_doc = options_.max_document_bytes;
  const DocumentCallback emit = [&](Document&& d) {
    if (max_doc && d.text.size() > max_doc) {
      return report.skip(d.source.empty() ? name : d.source,
                         "document text is " + std::to_string(d.text.size()) + " bytes, over the limit of " +
                             std::to_string(max_doc) + " bytes (--max-document-bytes)");
    }
    emit_all(std::move(d));
  };
  try {
    if (bytes.empty()) return report.skip(name, "empty input");
    if (bytes.size() > options_.max_input_bytes)
      return report.skip(name, over_limit_message(bytes.size(), options_.max_input_bytes));
    Inflated inflated;
    if (is_gzip(bytes)) {
      inflated = gunzip(bytes, options_.max_input_bytes);
      if (!inflated.complete && inflated.bytes.empty()) return report.skip(name, inflated.problem);
      // Past the budget: refused whole (a bomb's first gigabytes are no document).
      if (!inflated.complete && inflated.bytes.size() >= options_.max_input_bytes) {
        return report.skip(name, inflated.problem + " (--max-input-bytes)");
      }
      // Truncated or corrupt: what could be read is used, but input was lost, so it
      // counts as a skip (exit 1); trailing padding is only a warning.
      if (!inflated.complete) report.skip(name, inflated.problem + "; what came before it is kept");
      else if (!inflated.problem.empty()) report.warn(name, inflated.problem);
      bytes = inflated.bytes;
      if (bytes.empty()) return report.skip(name, "empty input");
    }
    InputFormat format = options_.format == InputFormat::Auto ? detect_format(name, bytes) : options_.format;
    switch (format) {
      case InputFormat::Auto:
      case InputFormat::Text: return read_text(bytes, name, options_, emit, report);
      case InputFormat::Html: return read_html(bytes, name, options_, emit, report);
      case InputFormat::Jsonl: return read_jsonl(bytes, name, options_, emit, report);
      case InputFormat::Json: return read_json(bytes, name, options_, emit, report);
      case InputFormat::Warc: return read_warc(bytes, name, options_, emit, report);
      case InputFormat::Conllu: return read_conllu_documents(bytes, name, options_, emit, report);
    }
  } catch (const std::bad_alloc&) {
    report.skip(name, "out of memory");
  } catch (const std::exception& e) {
    report.skip(name, std::string("internal error: ") + e.what());
  }
}

}  // namespace dyad
