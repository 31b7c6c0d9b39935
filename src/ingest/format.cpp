// Input formats: their names, and the guess of an input's format from its name and
// first bytes.
//
// Content that cannot be mistaken ("WARC/1.x" at the start) wins over the file name;
// a known extension wins over weaker content cues, so a ".txt" file that happens to
// start with '<' stays text. JSON and JSON Lines are told apart by content even when
// the extension says otherwise, because producers name both ".json":
//   {"a":1}\n{"a":2}   -> jsonl   (the first line is a whole object)
//   [ {...}, {...} ]    -> json
//   {\n "a": 1\n}       -> json    (a pretty-printed single object)
#include <array>
#include <cctype>
#include <cstring>

#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace {

std::string_view extension_of(std::string_view name) {
  size_t slash = name.find_last_of("/\\");
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  if (base::istarts_with(base, ".")) base.remove_prefix(1);  // ".bashrc" has no extension
  size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return {};
  return base.substr(dot + 1);
}

std::optional<InputFormat> format_from_extension(std::string_view name) {
  std::string ext = base::ascii_lower(extension_of(name));
  if (ext == "txt" || ext == "text") return InputFormat::Text;
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return InputFormat::Html;
  if (ext == "jsonl" || ext == "ndjson" || ext == "jsonlines") return InputFormat::Jsonl;
  if (ext == "json") return InputFormat::Json;
  if (ext == "warc" || ext == "arc") return InputFormat::Warc;
  if (ext == "conllu" || ext == "conll") return InputFormat::Conllu;
  return std::nullopt;
}

// The start of the content past a UTF-8 BOM and leading whitespace.
std::string_view content_head(std::string_view bytes) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
    bytes.remove_prefix(3);
  size_t i = 0;
  while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'))
    ++i;
  return bytes.substr(i);
}

bool looks_like_html(std::string_view head) {
  if (head.empty() || head[0] != '<') return false;
  static constexpr std::array<std::string_view, 7> kStarts = {"<!doctype html", "<html", "<head", "<body",
                                                             "<meta",          "<title", "<article"};
  for (std::string_view s : kStarts)
    if (base::istarts_with(head, s)) return true;
  // A comment, an XML prolog or a fragment: look for an HTML tag in the first 2 KB.
  std::string window = base::ascii_lower(head.substr(0, 2048));
  for (const char* tag : {"<html", "<body", "<head", "<div", "<p>", "<p ", "<article", "<title"})
    if (window.find(tag) != std::string::npos) return true;
  return false;
}

// "{...}\n{" or a single complete line -> JSON Lines; "[" -> JSON; else JSON.
InputFormat json_kind(std::string_view head) {
  if (head[0] == '[') return InputFormat::Json;
  size_t eol = head.find('\n');
  std::string_view first_line = base::trim(head.substr(0, eol));
  if (first_line.size() >= 2 && first_line.back() == '}') return InputFormat::Jsonl;
  return InputFormat::Json;
}

bool looks_like_conllu(std::string_view head) {
  // Comment lines ("# sent_id = 1", "# text = ...") then token lines of ten
  // tab-separated columns starting with an index.
  size_t pos = 0;
  for (int line = 0; line < 20 && pos < head.size(); ++line) {
    size_t eol = head.find('\n', pos);
    std::string_view l = head.substr(pos, eol == std::string_view::npos ? head.size() - pos : eol - pos);
    pos = eol == std::string_view::npos ? head.size() : eol + 1;
    if (l.empty() || l[0] == '#') continue;
    size_t tabs = 0;
    for (char c : l) tabs += c == '\t';
    return tabs == 9 && std::isdigit(static_cast<unsigned char>(l[0]));
  }
  return false;
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view name) {
  std::string lower = base::ascii_lower(name);
  if (lower == "auto") return InputFormat::Auto;
  if (lower == "text" || lower == "txt") return InputFormat::Text;
  if (lower == "html" || lower == "htm") return InputFormat::Html;
  if (lower == "jsonl" || lower == "ndjson") return InputFormat::Jsonl;
  if (lower == "json") return InputFormat::Json;
  if (lower == "warc") return InputFormat::Warc;
  if (lower == "conllu") return InputFormat::Conllu;
  return std::nullopt;
}

const char* input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::Auto: return "auto";
    case InputFormat::Text: return "text";
    case InputFormat::Html: return "html";
    case InputFormat::Jsonl: return "jsonl";
    case InputFormat::Json: return "json";
    case InputFormat::Warc: return "warc";
    case InputFormat::Conllu: return "conllu";
  }
  return "auto";
}

InputFormat detect_format(std::string_view name, std::string_view bytes) {
  std::string_view head = content_head(bytes);
  if (head.substr(0, 5) == "WARC/") return InputFormat::Warc;

  // A compressed name ("x.jsonl.gz") says what is inside.
  std::string_view stem = name;
  for (std::string_view gz : {".gz", ".gzip"})
    if (stem.size() > gz.size() && base::iequals(stem.substr(stem.size() - gz.size()), gz))
      stem.remove_suffix(gz.size());
  std::optional<InputFormat> by_name = format_from_extension(stem);

  bool json_start = !head.empty() && (head[0] == '{' || head[0] == '[');
  if (by_name == InputFormat::Json || by_name == InputFormat::Jsonl)
    return json_start ? json_kind(head) : *by_name;
  if (by_name) return *by_name;

  if (json_start) return json_kind(head);
  if (looks_like_html(head)) return InputFormat::Html;
  if (looks_like_conllu(head)) return InputFormat::Conllu;
  return InputFormat::Text;
}

}  // namespace dyad
