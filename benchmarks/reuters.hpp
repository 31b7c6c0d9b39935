// The Reuters-21578 bodies from ../shared, read once per benchmark program (empty when
// the corpus is absent, so benchmarks can skip with a message). Shared by
// bench_analyze, bench_segment and bench_tag_parse so all time the same documents.
#pragma once

#include <algorithm>
#include <filesystem>
#include <vector>

#include "dyad/ingest.hpp"

namespace dyad_bench {

inline std::vector<dyad::Document>& reuters() {
  static std::vector<dyad::Document> docs = [] {
    std::vector<dyad::Document> out;
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(DYAD_SHARED_DIR) / "data/news/reuters-21578";
    if (!fs::exists(dir)) return out;
    dyad::InputReader reader(dyad::ReadOptions{});
    dyad::IngestReport report;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      (void)reader.read_path(f.string(), [&](dyad::Document&& d) { out.push_back(std::move(d)); }, report);
    }
    return out;
  }();
  return docs;
}

}  // namespace dyad_bench
