// Helpers for the ingestion tests: collecting documents, gzip-compressing test
// data with zlib, and the path of tests/data/ingest.
#pragma once

#include <zlib.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/ingest.hpp"

namespace dyad::testing {

// Documents and the report of one reading.
struct Collected {
  std::vector<Document> docs;
  IngestReport report;
  DocumentCallback sink() {
    return [this](Document&& d) { docs.push_back(std::move(d)); };
  }
};

inline std::string gzip_compress(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string test_data_path(const std::string& name) {
  return std::string(DYAD_SOURCE_DIR) + "/tests/data/ingest/" + name;
}

inline std::string read_test_file(const std::string& name) {
  std::ifstream in(test_data_path(name), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

}  // namespace dyad::testing
