// Writers for the analysis: CoNLL-U, text (a sentence a line) and JSON Lines.
//
// Offsets are printed as Unicode character (code point) offsets into the document
// text, the unit users of Python and most tools expect; internally they are bytes.
// CharCounter turns byte offsets into character offsets in one forward pass, since
// tokens are visited in text order.
#include "base/json.hpp"
#include <charconv>
#include <cstdio>
#include <string>

#include "dyad/output.hpp"

namespace dyad {

namespace {

class CharCounter {
 public:
  explicit CharCounter(std::string_view text) : text_(text) {}
  // Character offset of byte offset `b`; calls must be (mostly) non-decreasing.
  uint64_t at(uint32_t b) {
    if (b < byte_) {
      byte_ = 0;
      chars_ = 0;
    }
    for (; byte_ < b && byte_ < text_.size(); ++byte_) {
      if ((static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80) ++chars_;
    }
    return chars_;
  }

 private:
  std::string_view text_;
  uint32_t byte_ = 0;
  uint64_t chars_ = 0;
};

std::string_view or_blank(const std::string& s) { return s.empty() ? std::string_view("_") : s; }

// CoNLL-U forbids tabs and line breaks in fields; whitespace inside a form is
// impossible (the tokenizer splits on it), but be safe for any future stage.
void append_field(std::string& out, std::string_view s) {
  if (s.find_first_of("\t\n\r") == std::string_view::npos) {
    out.append(s);  // the usual case, a plain copy
    return;
  }
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

// Appends a decimal number without a temporary string (the CoNLL-U writer prints
// several per word).
void append_uint(std::string& out, uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void write_conllu(std::ostream& os, const Document& doc, const AnalyzedDocument& a) {
  std::string_view text = doc.text;
  CharCounter chars(text);
  std::string out;
  out.reserve(4096);
  out += "# newdoc id = ";
  append_field(out, doc.id);
  out += '\n';
  if (!a.title.empty()) {
    out += "# title = ";
    append_field(out, a.title);
    out += '\n';
  }
  if (doc.date) out += "# date = " + doc.date.iso() + '\n';
  uint32_t last_paragraph = UINT32_MAX;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    if (sent.paragraph != last_paragraph) {
      out += "# newpar\n";
      last_paragraph = sent.paragraph;
    }
    out += "# sent_id = ";
    append_field(out, doc.id);
    out += '-' + std::to_string(s) + '\n';
    out += "# text = ";
    append_field(out, sentence_text(text, a, sent));
    out += '\n';
    for (uint32_t i = 0; i < sent.token_count; ++i) {
      const Token& t = a.tokens[sent.first_token + i];
      // A multiword token range for a surface token split into words ("do|n't").
      bool starts_group = (t.flags & kJoinedToNext) && (i == 0 || !(a.tokens[sent.first_token + i - 1].flags & kJoinedToNext));
      if (starts_group) {
        uint32_t j = i;
        while (j + 1 < sent.token_count && (a.tokens[sent.first_token + j].flags & kJoinedToNext)) ++j;
        const Token& last = a.tokens[sent.first_token + j];
        out += std::to_string(i + 1) + '-' + std::to_string(j + 1) + '\t';
        append_field(out, text.substr(t.span.begin, last.span.end - t.span.begin));
        out += "\t_\t_\t_\t_\t_\t_\t_\t";
        out += last.space_after() || j + 1 == sent.token_count ? "_" : "SpaceAfter=No";
        out += '\n';
      }
      bool in_group = (t.flags & kJoinedToNext) || (i > 0 && (a.tokens[sent.first_token + i - 1].flags & kJoinedToNext));
      append_uint(out, i + 1);
      out += '\t';
      append_field(out, t.form(text));
      out += '\t';
      append_field(out, or_blank(t.lemma));
      out += '\t';
      append_field(out, or_blank(t.upos));
      out += '\t';
      append_field(out, or_blank(t.xpos));
      out += "\t_\t";
      if (t.head >= 0) append_uint(out, static_cast<uint64_t>(t.head));
      else out += '_';
      out += '\t';
      append_field(out, or_blank(t.deprel));
      out += "\t_\t";
      if (!in_group && !t.space_after() && i + 1 < sent.token_count) out += "SpaceAfter=No|";
      out += "TokenRange=";
      append_uint(out, chars.at(t.span.begin));
      out += ':';
      append_uint(out, chars.at(t.span.end));
      out += '\n';
    }
    out += '\n';
    if (out.size() > (1u << 16)) {
      os << out;
      out.clear();
    }
  }
  os << out;
}

void write_text(std::ostream& os, const Document& doc, const AnalyzedDocument& a) {
  std::string out;
  for (const Sentence& sent : a.sentences) {
    out += sentence_text(doc.text, a, sent);
    out += '\n';
    if (out.size() > (1u << 16)) {
      os << out;
      out.clear();
    }
  }
  os << out;
}

void write_jsonl(std::ostream& os, const Document& doc, const AnalyzedDocument& a) {
  std::string_view text = doc.text;
  CharCounter chars(text);
  std::string out;
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    const Sentence& sent = a.sentences[s];
    out += "{\"doc_id\":";
    base::append_json_string(out, doc.id);
    out += ",\"sentence\":" + std::to_string(s);
    out += ",\"paragraph\":" + std::to_string(sent.paragraph);
    if (doc.date) {
      out += ",\"date\":";
      base::append_json_string(out, doc.date.iso());
    }
    out += ",\"start\":" + std::to_string(chars.at(sent.span.begin));
    out += ",\"end\":" + std::to_string(chars.at(sent.span.end));
    // chars.at() restarts when asked for an earlier offset; the token loop below
    // starts again at the sentence's beginning.
    out += ",\"text\":";
    base::append_json_string(out, sentence_text(text, a, sent));
    out += ",\"tokens\":[";
    for (uint32_t i = 0; i < sent.token_count; ++i) {
      const Token& t = a.tokens[sent.first_token + i];
      if (i) out += ',';
      out += "{\"id\":" + std::to_string(i + 1) + ",\"form\":";
      base::append_json_string(out, t.form(text));
      out += ",\"start\":" + std::to_string(chars.at(t.span.begin));
      out += ",\"end\":" + std::to_string(chars.at(t.span.end));
      if (!t.lemma.empty()) {
        out += ",\"lemma\":";
        base::append_json_string(out, t.lemma);
      }
      if (!t.upos.empty()) {
        out += ",\"upos\":";
        base::append_json_string(out, t.upos);
      }
      if (!t.xpos.empty()) {
        out += ",\"xpos\":";
        base::append_json_string(out, t.xpos);
      }
      if (t.head >= 0) out += ",\"head\":" + std::to_string(t.head);
      if (!t.deprel.empty()) {
        out += ",\"deprel\":";
        base::append_json_string(out, t.deprel);
      }
      if (!t.space_after()) out += ",\"space_after\":false";
      out += '}';
    }
    out += "]}\n";
    if (out.size() > (1u << 16)) {
      os << out;
      out.clear();
    }
  }
  os << out;
}

}  // namespace

std::string sentence_text(std::string_view text, const AnalyzedDocument& a, const Sentence& sent) {
  std::string out;
  if (sent.token_count == 0) return out;
  out.reserve(sent.span.size());
  for (uint32_t i = 0; i < sent.token_count; ++i) {
    const Token& t = a.tokens[sent.first_token + i];
    out += t.form(text);
    if (t.space_after() && i + 1 < sent.token_count) out += ' ';
  }
  return out;
}

void write_analysis(std::ostream& os, AnalysisFormat format, const Document& doc, const AnalyzedDocument& a) {
  switch (format) {
    case AnalysisFormat::Conllu: write_conllu(os, doc, a); break;
    case AnalysisFormat::Text: write_text(os, doc, a); break;
    case AnalysisFormat::Jsonl: write_jsonl(os, doc, a); break;
  }
}

}  // namespace dyad
