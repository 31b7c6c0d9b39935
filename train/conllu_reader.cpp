// CoNLL-U parsing: one pass over the lines, a sentence ends at a blank line. Strict
// about what training depends on (ten columns, well-formed ids and ranges), lenient
// about the rest (unknown comments are kept verbatim).
#include "conllu_reader.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace dyad::train {

namespace {

bool parse_uint(std::string_view s, uint32_t& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

bool misc_has_space_after_no(std::string_view misc) {
  size_t pos = 0;
  while (pos <= misc.size()) {
    size_t bar = misc.find('|', pos);
    std::string_view item = misc.substr(pos, bar == std::string_view::npos ? std::string_view::npos : bar - pos);
    if (item == "SpaceAfter=No") return true;
    if (bar == std::string_view::npos) break;
    pos = bar + 1;
  }
  return false;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  return s;
}

}  // namespace

Result<std::vector<ConlluSentence>> parse_conllu(std::string_view content, const std::string& name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool in_sentence = false;
  uint32_t mwt_end = 0;  // last word id covered by the open multiword token
  uint32_t expected_id = 1;
  std::string document_id;
  size_t pos = 0;
  uint32_t line_no = 0;
  auto fail = [&](const std::string& what) { return make_error(name + ":" + std::to_string(line_no) + ": " + what); };
  auto finish = [&]() {
    if (in_sentence) {
      cur.document_id = document_id;
      out.push_back(std::move(cur));
    }
    cur = ConlluSentence{};
    in_sentence = false;
    mwt_end = 0;
    expected_id = 1;
  };
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = trim(content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos));
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (line.empty()) {
      if (in_sentence && cur.words.empty()) return fail("sentence without words");
      finish();
      continue;
    }
    if (!in_sentence) {
      in_sentence = true;
      cur.line = line_no;
    }
    if (line[0] == '#') {
      std::string_view c = line.substr(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      cur.comments.emplace_back(c);
      if (c.rfind("text = ", 0) == 0) {
        cur.text = std::string(c.substr(7));
      } else if (c == "text =") {
        cur.text.clear();
      } else if (c.rfind("sent_id = ", 0) == 0) {
        cur.sent_id = std::string(c.substr(10));
      } else if (c.rfind("newdoc", 0) == 0) {
        cur.new_document = true;
        cur.new_paragraph = true;
        size_t eq = c.find("id = ");
        document_id = eq == std::string_view::npos ? std::string() : std::string(c.substr(eq + 5));
      } else if (c.rfind("newpar", 0) == 0) {
        cur.new_paragraph = true;
      }
      continue;
    }
    std::string_view cols[10];
    size_t n = 0;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      if (n < 10) cols[n] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
      ++n;
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    if (n != 10) return fail("expected 10 tab-separated columns, found " + std::to_string(n));
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    size_t dash = id.find('-');
    if (dash != std::string_view::npos) {
      uint32_t a = 0, b = 0;
      if (!parse_uint(id.substr(0, dash), a) || !parse_uint(id.substr(dash + 1), b) || b < a) {
        return fail("bad multiword token range '" + std::string(id) + "'");
      }
      if (a != expected_id) return fail("multiword token range '" + std::string(id) + "' does not start at word " + std::to_string(expected_id));
      ConlluToken t;
      t.form = std::string(cols[1]);
      t.first_word = static_cast<uint32_t>(cur.words.size());
      t.word_count = b - a + 1;
      t.multiword = true;
      t.space_after = !misc_has_space_after_no(cols[9]);
      cur.tokens.push_back(std::move(t));
      mwt_end = b;
      continue;
    }
    uint32_t wid = 0;
    if (!parse_uint(id, wid)) return fail("bad word id '" + std::string(id) + "'");
    if (wid != expected_id) return fail("word id " + std::to_string(wid) + " where " + std::to_string(expected_id) + " was expected");
    ++expected_id;
    ConlluWord w;
    w.id = std::string(cols[0]);
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    w.feats = std::string(cols[5]);
    w.head = std::string(cols[6]);
    w.deprel = std::string(cols[7]);
    w.deps = std::string(cols[8]);
    w.misc = std::string(cols[9]);
    if (wid > mwt_end) {
      ConlluToken t;
      t.form = w.form;
      t.first_word = static_cast<uint32_t>(cur.words.size());
      t.space_after = !misc_has_space_after_no(w.misc);
      cur.tokens.push_back(std::move(t));
    }
    cur.words.push_back(std::move(w));
  }
  if (in_sentence && !cur.words.empty()) finish();
  return out;
}

Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(path + ": cannot open CoNLL-U file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_conllu(ss.str(), path);
}

}  // namespace dyad::train
