// Ingestion: from files, directories and stdin to Documents.
//
// InputReader walks the inputs (directories recursively, "-" for stdin), undoes gzip,
// detects each input's format from its content and name (or takes --input-format) and
// hands every Document it finds to a callback. A bad file or record is reported in
// IngestReport with its place ("file:line" for JSON Lines, "file#record" for WARC),
// skipped, and reading goes on: one broken record never stops a run.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.hpp"
#include "dyad/document.hpp"
#include "dyad/result.hpp"

namespace dyad {

enum class InputFormat { Auto, Text, Html, Jsonl, Json, Warc, Conllu };

// "auto", "text"|"txt", "html", "jsonl", "json", "warc", "conllu" -> format.
std::optional<InputFormat> parse_input_format(std::string_view name);
const char* input_format_name(InputFormat format);

// Guesses the format of a (decompressed) input from its name and first bytes.
InputFormat detect_format(std::string_view name, std::string_view bytes);

// --- Bytes -------------------------------------------------------------------

// True when `bytes` starts with the gzip magic.
bool is_gzip(std::string_view bytes);

// Inflates a gzip stream (several concatenated members allowed). A truncated or
// corrupt stream yields the bytes inflated so far with `complete == false` and a
// message in `problem`.
struct Inflated {
  std::string bytes;
  bool complete = true;
  std::string problem;
};
Inflated gunzip(std::string_view compressed, uint64_t max_output);

// Decodes text to UTF-8: strips a UTF-8 BOM, keeps valid UTF-8 as it is, converts
// UTF-16 with a BOM, and converts other text as Windows-1252 (a superset of the
// printable Latin-1). Binary data (NUL bytes, many control characters) is an error.
struct DecodedText {
  std::string text;
  std::string encoding;  // "utf-8", "windows-1252", "utf-16le", ...
  uint32_t bom_bytes = 0;
  bool lossless_offsets = true;  // text offsets equal raw offsets (+ bom_bytes)
  // text -> input offsets, in Document::raw_map form: empty for the identity, else
  // anchors where decoding changed lengths (after a BOM, after each converted
  // character; at line starts for UTF-16 and other multi-byte charsets).
  std::vector<OffsetAnchor> raw_map;
};
Result<DecodedText> decode_text(std::string_view bytes);

// Decodes bytes declared to be in `charset` (an HTTP/HTML charset label); unknown
// labels fall back to decode_text's detection.
Result<DecodedText> decode_text_as(std::string_view bytes, std::string_view charset);

// Normalises UTF-8 text to NFC in place (a no-op for ASCII and NFC text).
void normalize_nfc(std::string& text);

// --- Dates -------------------------------------------------------------------

// The date a file name ends in ("reports/china-nato-2024-07-11.txt" -> 2024-07-11),
// or unknown -- plain-text documents take it when no --date is given. (Other date
// forms: parse_date, include/dyad/date.hpp.)
Date date_from_file_name(std::string_view path);

// --- Documents ---------------------------------------------------------------

struct ReadOptions {
  InputFormat format = InputFormat::Auto;  // Auto: detect per input
  Date date;                               // when known: sets/overrides every document's date
  // Memory budget. An input file (or stdin) larger than max_input_bytes, raw or once
  // inflated, is refused with a message; so is a document whose text is larger than
  // max_document_bytes (analysis takes about 12 bytes of memory per byte of text).
  // With the defaults no single input takes Dyad past about 1 GB.
  uint64_t max_input_bytes = 256ull << 20;
  uint64_t max_document_bytes = 16ull << 20;
};

// What happened while reading: counts, and the first problems in detail.
struct IngestReport {
  uint64_t inputs = 0;            // files (or stdin) opened
  uint64_t documents = 0;         // documents handed to the callback
  uint64_t skipped_records = 0;   // records or files skipped as bad
  uint64_t warnings = 0;          // problems that did not skip anything
  // Records passed over on purpose and without a message: WARC request, metadata and
  // warcinfo records, responses that are not HTML or not 2xx. Not an error.
  uint64_t ignored_records = 0;
  // Of `documents`, records with a headline and no text, coded from the headline.
  uint64_t headline_only = 0;
  std::vector<std::string> problems;  // "where: what" for the first kMaxProblems
  static constexpr size_t kMaxProblems = 50;

  void skip(const std::string& where, const std::string& what);
  void warn(const std::string& where, const std::string& what);
  void ignore() { ++ignored_records; }
  // One line: "read 12 documents from 3 inputs; skipped 2 bad records, 1 warning"
  // (plus "; N of them headline-only" and "; ignored N records with no text or
  // title" when there were some). Ignored records do not make a run fail; skipped
  // (bad) records do.
  std::string summary() const;
};

using DocumentCallback = std::function<void(Document&&)>;

// Per-format readers: parse `bytes` (decompressed) from `source` (a name used in
// messages and Document::source). Each bad record is reported and skipped.
// Document::raw_map leads to offsets in: the file (text, json), the JSON line (jsonl),
// the HTML source (html), the record's HTTP payload after transfer decoding (warc);
// a CoNLL-U document's text is rebuilt from its words and has no raw map.
void read_text(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report);
void read_html(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report);
void read_jsonl(std::string_view bytes, const std::string& source, const ReadOptions& options,
                const DocumentCallback& emit, IngestReport& report);
// A JSON array of document objects, or one object.
void read_json(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report);
void read_warc(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report);
// CoNLL-U: one Document per `# newdoc` (the whole file when there is none), id from
// `# newdoc id`, text rebuilt from the word forms, and the file's sentences, tokens,
// tags and dependencies in Document::given_analysis. A file that does not parse is
// skipped whole, its error naming the line.
void read_conllu_documents(std::string_view bytes, const std::string& source, const ReadOptions& options,
                           const DocumentCallback& emit, IngestReport& report);

// The HTML extractor used by read_html and read_warc: main article text (paragraphs
// separated by blank lines, with offsets back into `html`), title, publication date
// (article:published_time, JSON-LD datePublished, og:/twitter:/Dublin Core fields,
// <time datetime>), canonical URL. A page nested absurdly deep (thousands of open
// elements) yields an empty article rather than a slow parse.
struct HtmlArticle {
  std::string title;
  Date date;
  std::string url;
  std::string text;
  std::vector<OffsetAnchor> raw_map;  // text -> html offsets
};
HtmlArticle extract_html_article(std::string_view html);

// Fills doc.id from the text when empty: a stable hash of the content ("d" + 16 hex).
void assign_content_id(Document& doc);

// Walks paths ("-" = stdin; directories recursively, in sorted order), reads each.
class InputReader {
 public:
  explicit InputReader(ReadOptions options) : options_(std::move(options)) {}
  // Reads one path; problems go to `report`. Returns an error only for a path that
  // cannot be opened at all (missing file, permission), after reporting it.
  Status read_path(const std::string& path, const DocumentCallback& emit, IngestReport& report) const;
  // Reads bytes already in memory as if from a file named `name`.
  void read_bytes(std::string_view bytes, const std::string& name, const DocumentCallback& emit,
                  IngestReport& report) const;

 private:
  ReadOptions options_;
};

}  // namespace dyad
