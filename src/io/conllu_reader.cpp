// CoNLL-U reader (see include/dyad/conllu.hpp).
//
// One forward pass over the buffer; each line is split into its ten fields by hand
// (no regular expressions, no per-line allocation beyond the strings a word keeps).
// Structural checks happen where the information is complete: the order of ids on
// each word line, the bounds of heads and multiword ranges when the sentence ends.
#include "base/files.hpp"
#include "dyad/conllu.hpp"

#include <array>
#include <fstream>
#include <sstream>

#include "base/strings.hpp"

namespace dyad {

namespace {

using base::trim;

// Parses a decimal number of at most 9 digits (ids and heads); false otherwise.
bool parse_uint(std::string_view s, uint32_t& out) {
  if (s.empty() || s.size() > 9) return false;
  uint32_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint32_t>(c - '0');
  }
  out = v;
  return true;
}

bool misc_has(std::string_view misc, std::string_view item) {
  while (!misc.empty()) {
    size_t bar = misc.find('|');
    std::string_view part = misc.substr(0, bar);
    if (part == item) return true;
    if (bar == std::string_view::npos) break;
    misc.remove_prefix(bar + 1);
  }
  return false;
}

std::string printable(std::string_view s) { return base::printable(s, 40); }

}  // namespace

void ConlluSentence::clear() {
  sent_id.clear();
  text.clear();
  newdoc = false;
  newdoc_id.clear();
  newpar = false;
  comments.clear();
  words.clear();
  multiwords.clear();
  empty_nodes = 0;
  line = 0;
}

bool ConlluSentence::space_after(size_t word_index) const {
  const uint32_t id = static_cast<uint32_t>(word_index + 1);
  for (const auto& mw : multiwords) {
    if (id < mw.first || id > mw.last) continue;
    if (id < mw.last) return false;
    return !misc_has(mw.misc, "SpaceAfter=No");
  }
  return !misc_has(words[word_index].misc, "SpaceAfter=No");
}

std::vector<ConlluToken> ConlluSentence::surface_tokens() const {
  std::vector<ConlluToken> out;
  out.reserve(words.size());
  size_t mw = 0;
  for (size_t i = 0; i < words.size();) {
    const uint32_t id = static_cast<uint32_t>(i + 1);
    ConlluToken t;
    t.first_word = static_cast<uint32_t>(i);
    if (mw < multiwords.size() && multiwords[mw].first == id) {
      // The reader guarantees ranges in order, without overlap, inside the sentence.
      const ConlluMultiword& m = multiwords[mw++];
      t.form = m.form;
      t.word_count = m.last - m.first + 1;
      t.multiword = true;
      t.space_after = !misc_has(m.misc, "SpaceAfter=No");
    } else {
      t.form = words[i].form;
      t.space_after = !misc_has(words[i].misc, "SpaceAfter=No");
    }
    i += t.word_count;
    out.push_back(t);
  }
  return out;
}

ConlluReader::ConlluReader(std::string_view bytes, std::string name) : bytes_(bytes), name_(std::move(name)) {}

Error ConlluReader::error_at(uint32_t line, const std::string& what) const {
  return make_error(name_ + ":" + std::to_string(line) + ": " + what);
}

Status ConlluReader::parse_word_line(std::string_view line, ConlluSentence& out) {
  std::array<std::string_view, 10> f;
  size_t n = 0;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (n == 10) return error_at(line_, "more than 10 tab-separated columns");
    f[n++] = line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  if (n != 10) {
    return error_at(line_, "expected 10 tab-separated columns, found " + std::to_string(n) +
                               " in '" + printable(line) + "'");
  }
  for (size_t i = 0; i < 10; ++i) {
    if (f[i].empty()) return error_at(line_, "column " + std::to_string(i + 1) + " is empty (use '_')");
  }
  const std::string_view id = f[0];
  const size_t dash = id.find('-');
  const size_t dot = id.find('.');
  if (dash != std::string_view::npos) {
    ConlluMultiword mw;
    if (!parse_uint(id.substr(0, dash), mw.first) || !parse_uint(id.substr(dash + 1), mw.last) ||
        mw.first == 0 || mw.last < mw.first) {
      return error_at(line_, "bad multiword token range '" + printable(id) + "'");
    }
    if (mw.first != out.words.size() + 1) {
      return error_at(line_, "multiword token " + std::string(id) + " does not start at the next word (" +
                                 std::to_string(out.words.size() + 1) + ")");
    }
    if (!out.multiwords.empty() && out.multiwords.back().last >= mw.first) {
      return error_at(line_, "multiword token " + std::string(id) + " overlaps the previous one");
    }
    mw.form = f[1];
    mw.misc = f[9];
    mw.line = line_;
    out.multiwords.push_back(std::move(mw));
    return Status::Ok();
  }
  if (dot != std::string_view::npos) {
    uint32_t major = 0, minor = 0;
    if (!parse_uint(id.substr(0, dot), major) || !parse_uint(id.substr(dot + 1), minor) || minor == 0) {
      return error_at(line_, "bad empty node id '" + printable(id) + "'");
    }
    ++out.empty_nodes;
    return Status::Ok();
  }
  ConlluWord w;
  if (!parse_uint(id, w.id) || w.id == 0) return error_at(line_, "bad word id '" + printable(id) + "'");
  if (w.id != out.words.size() + 1) {
    return error_at(line_, "word id " + std::to_string(w.id) + " out of order (expected " +
                               std::to_string(out.words.size() + 1) + ")");
  }
  if (f[6] == "_") {
    w.head = -1;
  } else {
    uint32_t head = 0;
    if (!parse_uint(f[6], head)) return error_at(line_, "bad HEAD '" + printable(f[6]) + "'");
    if (head == w.id) return error_at(line_, "word " + std::to_string(w.id) + " is its own head");
    w.head = static_cast<int32_t>(head);
  }
  w.form = f[1];
  w.lemma = f[2];
  w.upos = f[3];
  w.xpos = f[4];
  w.feats = f[5];
  w.deprel = f[7];
  w.deps = f[8];
  w.misc = f[9];
  w.line = line_;
  out.words.push_back(std::move(w));
  return Status::Ok();
}

Result<bool> ConlluReader::next(ConlluSentence& out) {
  out.clear();
  while (pos_ < bytes_.size()) {
    size_t eol = bytes_.find('\n', pos_);
    if (eol == std::string_view::npos) eol = bytes_.size();
    std::string_view line = bytes_.substr(pos_, eol - pos_);
    pos_ = eol + 1;
    ++line_;
    while (!line.empty() && line.back() == '\r') line.remove_suffix(1);  // CRLF (and stray CRs: never content)
    if (line_ == 1 && line.size() >= 3 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (trim(line).empty()) {
      if (!out.words.empty()) break;
      if (!out.multiwords.empty() || out.empty_nodes) {
        return error_at(line_ - 1, "sentence has no words (only multiword or empty-node lines)");
      }
      continue;  // blank lines between sentences (or comments without words yet)
    }
    if (out.line == 0) out.line = line_;
    if (line.front() == '#') {
      if (!out.words.empty() || !out.multiwords.empty()) {
        return error_at(line_, "comment line inside a sentence (a blank line must end the sentence first)");
      }
      std::string_view body = trim(line.substr(1));
      out.comments.emplace_back(body);
      size_t eq = body.find('=');
      std::string_view key = trim(body.substr(0, eq));
      std::string_view value = eq == std::string_view::npos ? std::string_view() : trim(body.substr(eq + 1));
      if (key == "sent_id") out.sent_id = value;
      else if (key == "text") out.text = value;
      else if (key == "newdoc" || key == "newdoc id") {
        out.newdoc = true;
        out.newdoc_id = value;
      } else if (key == "newpar" || key == "newpar id") {
        out.newpar = true;
      }
      continue;
    }
    Status st = parse_word_line(line, out);
    if (!st.ok()) return make_error(st.message());
  }
  if (out.words.empty()) {
    if (!out.multiwords.empty() || out.empty_nodes) {
      return error_at(line_, "sentence has no words (only multiword or empty-node lines)");
    }
    return false;  // end of input (possibly after trailing comments)
  }
  const uint32_t n = static_cast<uint32_t>(out.words.size());
  for (const auto& w : out.words) {
    if (w.head > static_cast<int32_t>(n)) {
      return error_at(w.line, "HEAD " + std::to_string(w.head) + " is outside the sentence (" +
                                  std::to_string(n) + " words)");
    }
  }
  for (const auto& mw : out.multiwords) {
    if (mw.last > n) {
      return error_at(mw.line, "multiword token " + std::to_string(mw.first) + "-" + std::to_string(mw.last) +
                                   " ends after the last word (" + std::to_string(n) + ")");
    }
  }
  return true;
}

Result<std::vector<ConlluSentence>> read_conllu(std::string_view bytes, const std::string& name) {
  std::vector<ConlluSentence> out;
  ConlluReader reader(bytes, name);
  ConlluSentence s;
  while (true) {
    auto more = reader.next(s);
    if (!more.ok()) return more.error();
    if (!*more) break;
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<ConlluSentence>> read_conllu_file(const std::string& path) {
  auto bytes = base::read_file(path);
  if (!bytes.ok()) return make_error(bytes.message() + " (CoNLL-U file)");
  return read_conllu(*bytes, path);
}

void append_conllu(std::string& out, const ConlluSentence& s) {
  for (const auto& c : s.comments) {
    out += "# ";
    out += c;
    out += '\n';
  }
  size_t mw = 0;
  for (const auto& w : s.words) {
    if (mw < s.multiwords.size() && s.multiwords[mw].first == w.id) {
      const auto& m = s.multiwords[mw++];
      out += std::to_string(m.first) + '-' + std::to_string(m.last) + '\t' + m.form + "\t_\t_\t_\t_\t_\t_\t_\t" + m.misc + '\n';
    }
    out += std::to_string(w.id);
    for (const std::string* f : {&w.form, &w.lemma, &w.upos, &w.xpos, &w.feats}) {
      out += '\t';
      out += *f;
    }
    out += '\t';
    out += w.head < 0 ? std::string("_") : std::to_string(w.head);
    for (const std::string* f : {&w.deprel, &w.deps, &w.misc}) {
      out += '\t';
      out += *f;
    }
    out += '\n';
  }
  out += '\n';
}

void conllu_to_analysis(const std::vector<ConlluSentence>& sentences, size_t first, size_t count,
                        bool keep_annotation, Document& doc, AnalyzedDocument& out) {
  out.clear();
  doc.text.clear();
  doc.format = "conllu";
  std::string& text = doc.text;
  uint32_t paragraph_begin = 0;
  bool paragraph_open = false;
  auto close_paragraph = [&] {
    if (paragraph_open) out.paragraphs.push_back(Span{paragraph_begin, static_cast<uint32_t>(text.size())});
    paragraph_open = false;
  };
  for (size_t si = first; si < first + count && si < sentences.size(); ++si) {
    const ConlluSentence& s = sentences[si];
    if (s.newpar || s.newdoc) close_paragraph();
    if (!text.empty()) {
      text += paragraph_open ? "\n" : "\n\n";
      if (!out.tokens.empty()) out.tokens.back().flags |= kSpaceAfter | kNewlineAfter;
    }
    if (!paragraph_open) {
      paragraph_begin = static_cast<uint32_t>(text.size());
      paragraph_open = true;
    }
    Sentence sent;
    sent.first_token = static_cast<uint32_t>(out.tokens.size());
    sent.token_count = static_cast<uint32_t>(s.words.size());
    sent.paragraph = static_cast<uint32_t>(out.paragraphs.size());
    size_t mw_index = 0;
    for (size_t i = 0; i < s.words.size(); ++i) {
      const uint32_t id = static_cast<uint32_t>(i + 1);
      while (mw_index < s.multiwords.size() && s.multiwords[mw_index].last < id) ++mw_index;
      const ConlluMultiword* mw =
          mw_index < s.multiwords.size() && s.multiwords[mw_index].first <= id ? &s.multiwords[mw_index] : nullptr;
      const ConlluWord& w = s.words[i];
      Token t;
      t.span.begin = static_cast<uint32_t>(text.size());
      text += w.form;
      t.span.end = static_cast<uint32_t>(text.size());
      if (mw && id < mw->last) t.flags |= kJoinedToNext;
      const bool last_word = i + 1 == s.words.size();
      if (!last_word && s.space_after(i)) {
        text += ' ';
        t.flags |= kSpaceAfter;
      }
      if (keep_annotation) {
        if (w.lemma != "_" || w.form == "_") t.lemma = w.lemma;
        if (w.upos != "_") t.upos = w.upos;
        if (w.xpos != "_") t.xpos = w.xpos;
        t.head = w.head;
        if (w.deprel != "_") t.deprel = w.deprel;
      }
      out.tokens.push_back(std::move(t));
    }
    sent.span = {out.tokens[sent.first_token].span.begin, out.tokens.back().span.end};
    out.sentences.push_back(sent);
  }
  close_paragraph();
}

}  // namespace dyad
