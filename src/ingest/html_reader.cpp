// HTML pages: charset, then gumbo, then the article (metadata + main text).
//
// gumbo wants UTF-8, so the page is decoded first, using the charset from HTTP
// (WARC) or the page's own <meta>, else detection. Offsets from gumbo are into the
// decoded buffer; the decoding map leads them back to the page's bytes.
#include <gumbo.h>

#include <memory>

#include "dyad/ingest.hpp"
#include "html_extract.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace ingest {

std::string_view charset_of_content_type(std::string_view content_type) {
  std::string lower = ascii_lower(content_type);
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
  std::string lower = ascii_lower(head);
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

std::optional<std::string> html_to_document(std::string_view html, std::string_view charset, Document& doc) {
  if (charset.empty()) charset = sniff_html_charset(html);
  Result<DecodedText> decoded = charset.empty() ? decode_text(html) : decode_text_as(html, charset);
  if (!decoded.ok()) return decoded.message();
  HtmlArticle article = extract_html_article(decoded->text);
  if (trim_space(article.text).empty()) return std::string("no article text found in the HTML");
  doc.raw_map = decoded->raw_map.empty() ? std::move(article.raw_map)
                                         : compose_maps(article.raw_map, decoded->raw_map, article.text.size());
  doc.text = std::move(article.text);
  doc.title = std::move(article.title);
  doc.title_given = !doc.title.empty();
  if (doc.date.empty()) doc.date = std::move(article.date);
  if (doc.url.empty()) doc.url = std::move(article.url);
  return std::nullopt;
}

}  // namespace ingest

HtmlArticle extract_html_article(std::string_view html) {
  HtmlArticle article;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not needed; recording them costs memory
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  if (!output || !output->document) return article;
  ingest::HtmlMetadata meta = ingest::read_html_metadata(output->document);
  ingest::MainText main = ingest::extract_main_text(output->document, html);
  article.title = std::move(meta.title);
  article.date = std::move(meta.date);
  article.url = std::move(meta.url);
  article.text = std::move(main.text);
  article.raw_map = std::move(main.anchors);
  return article;
}

void read_html(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report) {
  if (ingest::trim_space(bytes).empty()) {
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
