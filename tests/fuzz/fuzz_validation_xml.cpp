// libFuzzer target for validation files: the XML reader, the CoNLL-U reader of the
// <Parse> blocks and the coder on whatever graphs come out, with a small dictionary
// written here. Errors must be values (naming the file or record), never crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "dyad/validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 1 << 16) return 0;
  static dyad::Dictionary* dict = [] {
    auto* d = new dyad::Dictionary();
    dyad::LoadReport r;
    d->load_text(
        "#!dyad-dictionary 1\n"
        "actor VAL = Valdoria\n"
        "actor OST = Ostrava\n"
        "agent ~GOV = government\n"
        "verb 111 = criticize; condemn\n"
        "  pattern 112 = * + OF CORRUPTION\n"
        "verb 042:043 = visit\n",
        "fuzz.dyad", dyad::DictFileKind::Dyad, r);
    d->compile();
    return d;
  }();
  std::string_view xml(reinterpret_cast<const char*>(data), size);
  auto file = dyad::read_validation_file(xml, "fuzz.xml");
  if (!file.ok()) {
    if (file.message().rfind("fuzz.xml", 0) != 0) std::abort();
    return 0;
  }
  dyad::ValidationOptions options;
  options.use_provided_parse = true;
  dyad::ValidationRun run = dyad::run_validation(*file, *dict, options, nullptr);
  if (run.passed + run.failed != static_cast<int>(file->records.size())) std::abort();
  return 0;
}
