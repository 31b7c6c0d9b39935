// HTML pages: charset, then gumbo, then the article (metadata + main text).
//
// gumbo wants UTF-8, so the page is decoded first, using the charset from HTTP
// (WARC) or the page's own <meta>, else detection. Offsets from gumbo are into the
// decoded buffer; the decoding map leads them back to the page's bytes. Pages nested
// absurdly deep are refused first (see estimated_nesting_depth).
#include <gumbo.h>

#include <cctype>
#include <cstring>
#include <memory>

#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "html_extract.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace ingest {

std::string_view charset_of_content_type(std::string_view content_type) {
  std::string lower = base::ascii_lower(content_type);
  size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  size_t i = at + 7;
  while (i < content_type.size() && (content_type[i] == ' ' || content_type[i] == '\t')) ++i;
  if (i >= content_type.size() || content_type[i] != '=') return {};
  ++i;
  while (i < content_type.size() && (content_type[i] == ' ' || content_type[i] == '"' || content_type[i] == '\''))
    ++i;
  size_t end = i;
  while (end < content_type.size() && content_type[end] != ';' && content_type[end] != '"' &&
         content_type[end] != '\'' && content_type[end] != ' ' && content_type[end] != ',')
    ++end;
  return content_type.substr(i, end - i);
}

// Looks in the first 4 KB, as browsers' prescan does (roughly): <meta charset=x>
// or <meta http-equiv=Content-Type content="text/html; charset=x">.
std::string_view sniff_html_charset(std::string_view html) {
  std::string_view head = html.substr(0, 4096);
  std::string lower = base::ascii_lower(head);
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag = head.substr(pos, end - pos);
    pos = end;
    std::string_view charset = charset_of_content_type(tag);
    if (!charset.empty()) return charset;
  }
  return {};
}

namespace {

bool tag_is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view n : names)
    if (name == n) return true;
  return false;
}

}  // namespace

// gumbo's tree builder checks element scope by walking the stack of open elements,
// so its time grows with the square of the nesting depth: 80,000 nested <div>s
// (400 KB) take over half a minute, and <ul><li> nesting is ten times worse. Real
// pages nest a few dozen levels. This scan estimates the depth (open tags minus end
// tags, leaving out void elements and those closed implicitly, like <p> and <li>)
// so that absurd pages are refused before gumbo sees them. It stops at `limit`.
size_t estimated_nesting_depth(std::string_view html, size_t limit) {
  size_t depth = 0, deepest = 0, pos = 0;
  const size_t n = html.size();
  while (pos < n) {
    const void* found = std::memchr(html.data() + pos, '<', n - pos);
    if (!found) break;
    size_t p = static_cast<size_t>(static_cast<const char*>(found) - html.data()) + 1;
    if (html.substr(p, 3) == "!--") {
      size_t end = html.find("-->", p + 3);
      pos = end == std::string_view::npos ? n : end + 3;
      continue;
    }
    bool closing = p < n && html[p] == '/';
    if (closing) ++p;
    char name_buffer[12];
    size_t len = 0;
    while (p < n && len < sizeof name_buffer && std::isalnum(static_cast<unsigned char>(html[p])))
      name_buffer[len++] = static_cast<char>(std::tolower(static_cast<unsigned char>(html[p++])));
    pos = p;
    if (len == 0 || !std::isalpha(static_cast<unsigned char>(name_buffer[0]))) continue;
    std::string_view name(name_buffer, len);
    // Raw text elements: their content holds no tags.
    if (!closing && tag_is_one_of(name, {"script", "style", "textarea", "title", "xmp"})) {
      std::string close = "</" + std::string(name);
      size_t at = p;
      for (;;) {
        at = html.find("</", at);
        if (at == std::string_view::npos || base::istarts_with(html.substr(at), close)) break;
        at += 2;
      }
      pos = at == std::string_view::npos ? n : at;
      continue;
    }
    if (tag_is_one_of(name, {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                             "source", "track", "wbr", "keygen", "image", "basefont", "bgsound", "frame",
                             "isindex", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead",
                             "tbody", "tfoot", "rb", "rt", "rtc", "rp", "colgroup", "caption", "html", "head",
                             "body"}))
      continue;
    // "<x ... />" is self-closing; look a little ahead for the end of the tag.
    size_t gt = html.substr(p, 512).find('>');
    if (gt != std::string_view::npos && gt > 0 && html[p + gt - 1] == '/') continue;
    if (closing) {
      if (depth > 0) --depth;
    } else if (++depth > deepest) {
      deepest = depth;
      if (deepest > limit) break;
    }
  }
  return deepest;
}

std::optional<std::string> html_to_document(std::string_view html, std::string_view charset, Document& doc) {
  if (charset.empty()) charset = sniff_html_charset(html);
  Result<DecodedText> decoded = charset.empty() ? decode_text(html) : decode_text_as(html, charset);
  if (!decoded.ok()) return decoded.message();
  if (estimated_nesting_depth(decoded->text, kMaxHtmlNesting) > kMaxHtmlNesting)
    return "HTML nested more than " + std::to_string(kMaxHtmlNesting) + " levels deep; not parsed";
  HtmlArticle article = extract_html_article(decoded->text);
  if (base::trim(article.text).empty()) return std::string("no article text found in the HTML");
  doc.raw_map = decoded->raw_map.empty() ? std::move(article.raw_map)
                                         : compose_maps(article.raw_map, decoded->raw_map, article.text.size());
  doc.text = std::move(article.text);
  doc.title = std::move(article.title);
  doc.title_given = !doc.title.empty();
  if (!doc.date) doc.date = article.date;
  if (doc.url.empty()) doc.url = std::move(article.url);
  return std::nullopt;
}

}  // namespace ingest

HtmlArticle extract_html_article(std::string_view html) {
  HtmlArticle article;
  if (ingest::estimated_nesting_depth(html, ingest::kMaxHtmlNesting) > ingest::kMaxHtmlNesting) return article;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not needed; recording them costs memory
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (!output || !output->document) return article;
  ingest::HtmlMetadata meta = ingest::read_html_metadata(output->document);
  ingest::MainText main = ingest::extract_main_text(output->document, html);
  article.title = std::move(meta.title);
  article.date = meta.date;
  article.url = std::move(meta.url);
  article.text = std::move(main.text);
  article.raw_map = std::move(main.anchors);
  return article;
}

void read_html(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report) {
  if (base::trim(bytes).empty()) {
    report.skip(source, "empty input");
    return;
  }
  Document doc;
  doc.source = source;
  doc.format = "html";
  if (std::optional<std::string> problem = ingest::html_to_document(bytes, {}, doc)) {
    report.skip(source, *problem);
    return;
  }
  ingest::emit_document(std::move(doc), options, emit, report);
}

}  // namespace dyad
