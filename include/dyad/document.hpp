// Document: one article as it enters the pipeline.
//
// Every reader (plain text, HTML, JSON Lines, WARC, CoNLL-U) produces Documents. The
// body is held as UTF-8 `text` (decoded, NFC); all later offsets (paragraphs,
// sentences, tokens) are byte offsets into it. `raw_map` leads back from `text` to the bytes of
// the raw input record (the HTML source, the JSON line, the file), so evidence can be
// shown in its original place.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dyad/date.hpp"

namespace dyad {

struct AnalyzedDocument;  // dyad/analysis.hpp

// A half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

// One anchor of the text -> raw offset map: text[text_offset] came from raw[raw_offset].
// Between anchors the mapping is byte-for-byte. Anchors are sorted by text_offset.
struct OffsetAnchor {
  uint32_t text_offset = 0;
  uint64_t raw_offset = 0;
};

struct Document {
  std::string id;       // given by the input, else a stable hash of the text
  std::string url;
  std::string title;
  Date date;            // unknown when not given
  std::string source;   // where it came from: "path", "path:LINE" (JSONL), "path#N" (WARC record)
  std::string format;   // "text", "html", "jsonl", "json", "warc", "conllu"
  std::string text;     // UTF-8 body text; every offset in the pipeline refers to it
  // Fields of the input not understood by Dyad, kept as (name, JSON value text).
  std::vector<std::pair<std::string, std::string>> metadata;
  // text -> raw input offsets; empty means the identity (text is the raw input).
  std::vector<OffsetAnchor> raw_map;
  // Set when `title` was given by the input (HTML <title>, JSON field) rather than
  // guessed by the cleaner from the first line of plain text.
  bool title_given = false;
  // The analysis the input itself gives, for inputs that are already analysed
  // (CoNLL-U): its sentences and tokens, whose spans slice `text`, and the tags,
  // lemmas and dependencies of the file. The Analyzer starts from it instead of
  // cleaning and splitting `text`. Null for every other input. Shared and const, so
  // copying a Document does not copy it.
  std::shared_ptr<const AnalyzedDocument> given_analysis;

  // Maps a byte offset in `text` back to the raw input.
  uint64_t raw_offset(uint32_t text_offset) const;
};

// Who published a document: the host of its URL ("www.example.org"), else the string
// value of the input record's own "outlet", "publisher", "source", "site_name",
// "site", "agency" or "provider" field (first found), else empty -- never the name
// of the file it was read from, which says nothing about the outlet.
std::string document_outlet(const Document& d);

// The input record's fields Dyad does not use, as one JSON object
// ({"topics":["cocoa"],"desk":"Asia"}); empty when there are none.
std::string document_metadata_json(const Document& d);

}  // namespace dyad
