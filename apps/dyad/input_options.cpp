#include "input_options.hpp"

#include <unistd.h>

#include "commands.hpp"

namespace dyad::cli {

int read_all_inputs(const InputOptions& opts, const ReadOptions& read, const DocumentCallback& emit) {
  std::vector<std::string> inputs = opts.inputs;
  if (inputs.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "dyad: no input given (name files or directories, or - to read stdin)\n";
      return kUsageError;
    }
    inputs.push_back("-");
  }
  InputReader reader(read);
  IngestReport report;
  bool failed_input = false;
  for (const auto& path : inputs) {
    Status st = reader.read_path(path, emit, report);
    if (!st.ok()) failed_input = true;
  }
  for (const auto& p : report.problems) std::cerr << "dyad: " << p << '\n';
  if (report.problems.size() < report.skipped_records + report.warnings) {
    std::cerr << "dyad: (" << (report.skipped_records + report.warnings - report.problems.size())
              << " more problems not shown)\n";
  }
  if (!opts.quiet || report.skipped_records > 0 || failed_input) std::cerr << "dyad: " << report.summary() << '\n';
  return failed_input || report.skipped_records > 0 ? kDataError : kOk;
}

}  // namespace dyad::cli
