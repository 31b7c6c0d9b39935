// read_word_classes (see word_class_reader.hpp). WordNet's index lines are
// "lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offset [offset...]",
// offsets in frequency order; a data line starts "offset lex_filenum ss_type ...".
#include "word_class_reader.hpp"

#include <charconv>
#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace dyad::train {

namespace {

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path + ": cannot open (is the wordnet-base package installed?)");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool parse_uint(std::string_view s, uint64_t& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

Status read_word_classes(const std::string& dir, parse::WordClasses& out) {
  struct Part {
    const char* name;
    parse::WordClasses::Pos pos;
  };
  const Part parts[] = {{"noun", parse::WordClasses::kNoun},
                        {"verb", parse::WordClasses::kVerb},
                        {"adj", parse::WordClasses::kAdj}};
  std::map<std::string, std::vector<uint8_t>> classes;
  for (const Part& part : parts) {
    const std::string index_path = dir + "/index." + part.name, data_path = dir + "/data." + part.name;
    auto index = slurp(index_path);
    if (!index.ok()) return index.error();
    auto data = slurp(data_path);
    if (!data.ok()) return data.error();
    std::istringstream lines(*index);
    std::string line;
    size_t line_no = 0;
    while (std::getline(lines, line)) {
      ++line_no;
      if (line.empty() || line[0] == ' ') continue;  // the licence header
      std::vector<std::string_view> f;
      std::string_view rest(line);
      while (!rest.empty()) {
        const size_t sp = rest.find(' ');
        if (sp != 0) f.push_back(rest.substr(0, sp));
        if (sp == std::string_view::npos) break;
        rest.remove_prefix(sp + 1);
      }
      auto bad = [&](const std::string& why) {
        return make_error(index_path + ":" + std::to_string(line_no) + ": " + why);
      };
      uint64_t synsets = 0, pointers = 0;
      if (f.size() < 4 || !parse_uint(f[2], synsets) || !parse_uint(f[3], pointers)) return bad("malformed entry");
      const size_t first_offset = 4 + pointers + 2;
      uint64_t offset = 0;
      if (synsets == 0 || f.size() <= first_offset || !parse_uint(f[first_offset], offset)) {
        return bad("malformed synset list");
      }
      const std::string_view lemma = f[0];
      if (lemma.find('_') != std::string_view::npos) continue;  // multi-word lemmas: not single tokens
      // The data line at `offset`: "offset lex_filenum ...".
      if (offset + 12 > data->size()) return bad("synset offset past the end of " + data_path);
      std::string_view d(*data);
      d.remove_prefix(offset);
      const size_t sp1 = d.find(' ');
      const size_t sp2 = sp1 == std::string_view::npos ? sp1 : d.find(' ', sp1 + 1);
      uint64_t at = 0, lexfile = 0;
      if (sp2 == std::string_view::npos || !parse_uint(d.substr(0, sp1), at) || at != offset ||
          !parse_uint(d.substr(sp1 + 1, sp2 - sp1 - 1), lexfile) || lexfile + 1 > parse::WordClasses::kMaxClass) {
        return bad("synset " + std::string(f[first_offset]) + " not found in " + data_path);
      }
      auto& c = classes[std::string(lemma)];
      c.resize(parse::WordClasses::kPosCount, 0);
      c[part.pos] = static_cast<uint8_t>(lexfile + 1);
    }
  }
  std::vector<std::string> lemmas;
  std::vector<uint8_t> packed;
  lemmas.reserve(classes.size());
  for (auto& [lemma, c] : classes) {
    lemmas.push_back(lemma);
    packed.insert(packed.end(), c.begin(), c.end());
  }
  return out.assign(std::move(lemmas), std::move(packed));
}

}  // namespace dyad::train
