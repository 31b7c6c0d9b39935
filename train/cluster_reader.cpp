// Cluster file reader (see cluster_reader.hpp).
#include "cluster_reader.hpp"

#include <charconv>
#include <fstream>
#include <sstream>
#include <unordered_set>
#include <vector>

namespace dyad::train {

namespace {

bool parse_number(std::string_view s, uint32_t max, uint32_t& out) {
  if (s.empty()) return false;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && out >= 1 && out <= max;
}

}  // namespace

Status parse_word_clusters(std::string_view text, const std::string& name, model::WordClusters& out) {
  std::vector<std::string> words;
  std::vector<uint16_t> fine;
  std::vector<uint8_t> coarse;
  std::unordered_set<std::string_view> seen;
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const std::string where = name + ":" + std::to_string(line_no) + ": ";
    const size_t t1 = line.find('\t');
    const size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos || line.find('\t', t2 + 1) != std::string_view::npos) {
      return make_error(where + "expected three tab-separated columns: word, fine cluster, coarse cluster");
    }
    const std::string_view word = line.substr(0, t1);
    if (word.empty()) return make_error(where + "empty word");
    uint32_t f = 0, c = 0;
    if (!parse_number(line.substr(t1 + 1, t2 - t1 - 1), model::WordClusters::kMaxFine, f)) {
      return make_error(where + "fine cluster is not a number from 1 to " +
                        std::to_string(model::WordClusters::kMaxFine));
    }
    if (!parse_number(line.substr(t2 + 1), model::WordClusters::kMaxCoarse, c)) {
      return make_error(where + "coarse cluster is not a number from 1 to " +
                        std::to_string(model::WordClusters::kMaxCoarse));
    }
    if (!seen.insert(word).second) return make_error(where + "'" + std::string(word) + "' is listed twice");
    words.emplace_back(word);
    fine.push_back(static_cast<uint16_t>(f));
    coarse.push_back(static_cast<uint8_t>(c));
  }
  if (words.empty()) return make_error(name + ": no clusters");
  Status st = out.assign(std::move(words), std::move(fine), std::move(coarse));
  if (!st.ok()) return make_error(name + ": " + st.message());
  return Status::Ok();
}

Status read_word_clusters(const std::string& path, model::WordClusters& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path + ": cannot open the cluster file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse_word_clusters(buf.str(), path, out);
}

}  // namespace dyad::train
