// WARC files (1.0 and 1.1): HTML pages from response records.
//
// A WARC is a sequence of records, each a "WARC/1.x" line, named header fields, a
// blank line, Content-Length bytes of block and CR LF CR LF. Only records that hold
// a page are documents: "response" records whose HTTP payload is 2xx HTML (and
// "resource" records of type text/html). Request, metadata, warcinfo and revisit
// records, redirects and images are passed over and counted as ignored, without a
// message: they are what crawls are made of, not errors.
// A damaged record is reported as "file#N: ..." (N counts records from 1) and the
// reader resynchronises at the next line that starts with "WARC/", so one bad
// Content-Length loses one record, not the rest of the file.
//   url  <- WARC-Target-URI    id <- WARC-Record-ID    date <- the page, else WARC-Date
#include <algorithm>
#include <cctype>

#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "http_payload.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace {

struct WarcHeader {
  std::string type;            // lowercased WARC-Type
  std::string target_uri;
  std::string record_id;
  std::string date;            // WARC-Date as written
  std::string content_type;    // of the block
  std::optional<uint64_t> content_length;
};

std::string_view strip_angle_brackets(std::string_view s) {
  s = base::trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return s;
}

std::optional<uint64_t> parse_length(std::string_view s) {
  s = base::trim(s);
  if (s.empty() || s.size() > 15) return std::nullopt;
  uint64_t v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

// Header fields of the block `text` (after the "WARC/1.x" line, up to the blank line).
WarcHeader parse_header_fields(std::string_view text) {
  WarcHeader h;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t colon = line.find(':');
    if (colon == std::string_view::npos || line.empty() || line[0] == ' ' || line[0] == '\t') continue;
    std::string_view name = base::trim(line.substr(0, colon));
    std::string_view value = base::trim(line.substr(colon + 1));
    if (base::iequals(name, "WARC-Type")) h.type = base::ascii_lower(value);
    else if (base::iequals(name, "WARC-Target-URI")) h.target_uri = std::string(strip_angle_brackets(value));
    else if (base::iequals(name, "WARC-Record-ID")) h.record_id = std::string(strip_angle_brackets(value));
    else if (base::iequals(name, "WARC-Date")) h.date = std::string(value);
    else if (base::iequals(name, "Content-Type")) h.content_type = std::string(value);
    else if (base::iequals(name, "Content-Length")) h.content_length = parse_length(value);
  }
  return h;
}

// The offset of the next line that starts with "WARC/" after `from`, or npos.
size_t next_record_start(std::string_view bytes, size_t from) {
  size_t hit = bytes.find("\nWARC/", from);
  return hit == std::string_view::npos ? hit : hit + 1;
}

// Header blocks longer than this are taken as damage, not searched to the end.
constexpr size_t kMaxHeaderBytes = 1 << 16;

class WarcReader {
 public:
  WarcReader(std::string_view bytes, const std::string& source, const ReadOptions& options,
             const DocumentCallback& emit, IngestReport& report)
      : bytes_(bytes), source_(source), options_(options), emit_(emit), report_(report) {}

  void run() {
    size_t pos = skip_newlines(0);
    if (pos >= bytes_.size()) {
      report_.skip(source_, "empty input");
      return;
    }
    while (pos < bytes_.size()) {
      ++record_number_;
      std::string where = source_ + "#" + std::to_string(record_number_);
      if (bytes_.substr(pos, 5) != "WARC/") {
        report_.skip(where, "expected a WARC/1.x record header; skipping to the next record");
        pos = resync(pos);
        continue;
      }
      // The header block ends at the first blank line.
      size_t header_end = find_blank_line(pos);
      if (header_end == std::string_view::npos) {
        report_.skip(where, "record header does not end (no blank line)");
        pos = resync(pos);
        continue;
      }
      size_t fields_start = bytes_.find('\n', pos) + 1;
      WarcHeader header = parse_header_fields(bytes_.substr(fields_start, header_end - fields_start));
      size_t block_start = header_end;
      if (!header.content_length) {
        report_.skip(where, "missing or invalid Content-Length");
        pos = resync(pos);
        continue;
      }
      uint64_t length = *header.content_length;
      size_t block_end, next;
      if (length > bytes_.size() - block_start) {
        block_end = next = bytes_.size();
        report_.warn(where, "truncated record: Content-Length is " + std::to_string(length) + " but only " +
                                std::to_string(block_end - block_start) + " bytes remain");
      } else {
        block_end = block_start + static_cast<size_t>(length);
        next = skip_newlines(block_end);
        std::string_view trailer = bytes_.substr(block_end, 4);
        bool proper_end = trailer == "\r\n\r\n" || trailer.substr(0, 2) == "\n\n";
        if (!proper_end && next < bytes_.size() && bytes_.substr(next, 5) != "WARC/") {
          // Content-Length disagrees with the data: the next record header is the
          // better witness of where this block ends.
          report_.warn(where, "record does not end where its Content-Length says; resynchronising");
          next = resync(block_start);
          block_end = next;
          while (block_end > block_start && (bytes_[block_end - 1] == '\n' || bytes_[block_end - 1] == '\r'))
            --block_end;
        }
      }
      read_record(header, bytes_.substr(block_start, block_end - block_start), where);
      pos = next;
    }
  }

 private:
  size_t skip_newlines(size_t pos) const {
    while (pos < bytes_.size() && (bytes_[pos] == '\r' || bytes_[pos] == '\n')) ++pos;
    return pos;
  }
  // Offset just past the blank line ending the header that starts at `pos`.
  size_t find_blank_line(size_t pos) const {
    // Not past the next record's first line: a header without its blank line must
    // not make every later record search to the end of the file.
    size_t limit = std::min(kMaxHeaderBytes, resync(pos + 1) - pos);
    std::string_view window = bytes_.substr(pos, limit);
    size_t crlf = window.find("\r\n\r\n");
    size_t lf = window.find("\n\n");
    if (crlf != std::string_view::npos) crlf += pos;
    if (lf != std::string_view::npos) lf += pos;
    size_t a = crlf == std::string_view::npos ? std::string_view::npos : crlf + 4;
    size_t b = lf == std::string_view::npos ? std::string_view::npos : lf + 2;
    return std::min(a, b);
  }
  size_t resync(size_t pos) const {
    size_t next = next_record_start(bytes_, pos);
    return next == std::string_view::npos ? bytes_.size() : next;
  }

  void read_record(const WarcHeader& header, std::string_view block, const std::string& where) {
    std::string_view html;
    std::string decoded_body;
    std::string charset;
    if (header.type == "response") {
      bool http = base::istarts_with(base::trim(header.content_type), "application/http") ||
                  block.substr(0, 5) == "HTTP/";
      if (!http) return report_.ignore();  // dns:, whois: and other non-HTTP responses
      std::optional<ingest::HttpResponse> response = ingest::parse_http_response(block);
      if (!response) return report_.skip(where, "malformed HTTP response (no status line)");
      if (response->status < 200 || response->status > 299) return report_.ignore();
      if (!response->content_type.empty() && !ingest::is_html_media_type(response->content_type))
        return report_.ignore();
      ingest::HttpBody body = ingest::decode_http_body(*response, options_.max_input_bytes);
      if (body.unsupported) return report_.skip(where, body.problem);
      if (!body.problem.empty()) report_.warn(where, body.problem);
      if (response->content_type.empty() && detect_format("", body.bytes) != InputFormat::Html)
        return report_.ignore();
      charset = std::string(ingest::charset_of_content_type(response->content_type));
      decoded_body = std::move(body.bytes);
      html = decoded_body;
    } else if (header.type == "resource" && ingest::is_html_media_type(header.content_type)) {
      charset = std::string(ingest::charset_of_content_type(header.content_type));
      html = block;
    } else {
      return report_.ignore();
    }
    if (base::trim(html).empty()) return report_.skip(where, "empty HTML payload");

    Document doc;
    doc.source = where;
    doc.format = "warc";
    doc.url = header.target_uri;
    doc.id = header.record_id;
    if (std::optional<std::string> problem = ingest::html_to_document(html, charset, doc))
      return report_.skip(where, *problem);
    if (!doc.date && !header.date.empty())
      if (std::optional<Date> d = parse_date(header.date)) doc.date = *d;
    ingest::emit_document(std::move(doc), options_, emit_, report_);
  }

  std::string_view bytes_;
  const std::string& source_;
  const ReadOptions& options_;
  const DocumentCallback& emit_;
  IngestReport& report_;
  uint64_t record_number_ = 0;
};

}  // namespace

void read_warc(std::string_view bytes, const std::string& source, const ReadOptions& options,
               const DocumentCallback& emit, IngestReport& report) {
  WarcReader(bytes, source, options, emit, report).run();
}

}  // namespace dyad
