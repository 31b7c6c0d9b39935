// Private helpers shared by the readers in src/ingest/ (not part of the public API).
//
// They exist so that every reader finishes a Document the same way (date override,
// NFC, content id, counting) and so that offset maps are composed in one place:
// a reader decodes bytes (map A: decoded -> raw), extracts text (map B: text ->
// decoded), normalises it (map C), and the Document keeps raw_map = A after B after C.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.hpp"
#include "dyad/document.hpp"
#include "dyad/ingest.hpp"

namespace dyad::ingest {

// Follows an offset map (Document::raw_map form; empty = identity).
uint64_t map_offset(const std::vector<OffsetAnchor>& map, uint64_t offset);

// Rewrites `inner` (text -> middle offsets) through `outer` (middle -> raw) into
// text -> raw, exactly; both in Document::raw_map form (maps are monotone). Anchors
// beyond `text_size` (the length of the text) are left out.
std::vector<OffsetAnchor> compose_maps(const std::vector<OffsetAnchor>& inner,
                                       const std::vector<OffsetAnchor>& outer, uint64_t text_size);

// NFC normalisation that keeps `map` (text -> raw) valid: only the stretches that
// change are rewritten, and anchors are added around them.
void normalize_nfc_mapped(std::string& text, std::vector<OffsetAnchor>& map);

// The last steps every reader takes: the --date override, NFC (keeping raw_map),
// the content id, the count in `report`, and the callback.
void emit_document(Document&& doc, const ReadOptions& options, const DocumentCallback& emit,
                   IngestReport& report);

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1" ->
// "ISO-8859-1"), or empty.
std::string_view charset_of_content_type(std::string_view content_type);

// The charset an HTML document declares in its first bytes (<meta charset=...> or
// <meta http-equiv="Content-Type" content="...; charset=...">), or empty.
std::string_view sniff_html_charset(std::string_view html);

// Inflates an HTTP "Content-Encoding: deflate" body (zlib-wrapped, or raw deflate as
// some servers send it); like gunzip, damage yields the bytes so far.
Inflated inflate_deflate(std::string_view compressed, uint64_t max_output);

// Pages whose tags nest deeper than this are not parsed (gumbo slows down with the
// square of the depth); estimated_nesting_depth stops counting past `limit`.
constexpr size_t kMaxHtmlNesting = 3000;
size_t estimated_nesting_depth(std::string_view html, size_t limit);

// Decodes HTML bytes (`charset` from HTTP, else from <meta>, else detection), extracts
// the article and fills `doc` (text, title, date, url, raw_map into `html`). Returns
// an error message when the bytes are not text or hold no article text.
std::optional<std::string> html_to_document(std::string_view html, std::string_view charset,
                                            Document& doc);

}  // namespace dyad::ingest
