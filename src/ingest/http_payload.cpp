// HTTP responses inside WARC records: status line, headers, and the body's
// transfer and content encodings.
//
// Crawlers disagree on what they store: some keep the body exactly as sent
// (chunked, gzipped), others store it decoded but keep the headers that say
// otherwise. So each encoding is undone only when the bytes bear it out: a body
// is de-chunked only if it starts with a hex chunk size line, and gunzipped only if
// it starts with the gzip magic. Damage is reported, never fatal.
#include "http_payload.hpp"
#include "base/strings.hpp"

#include <algorithm>
#include <cctype>

#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad::ingest {

namespace {

// The next line of `text` from `pos` (without CR LF / LF); advances `pos`.
std::optional<std::string_view> next_line(std::string_view text, size_t& pos) {
  if (pos >= text.size()) return std::nullopt;
  size_t nl = text.find('\n', pos);
  size_t end = nl == std::string_view::npos ? text.size() : nl;
  std::string_view line = text.substr(pos, end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  pos = nl == std::string_view::npos ? text.size() : nl + 1;
  return line;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A chunk-size line ("1a3f" or "1a3f;name=value"); nullopt if it is not one.
std::optional<uint64_t> chunk_size(std::string_view line) {
  line = base::trim(line);
  size_t semicolon = line.find(';');
  if (semicolon != std::string_view::npos) line = base::trim(line.substr(0, semicolon));
  if (line.empty() || line.size() > 15) return std::nullopt;
  uint64_t size = 0;
  for (char c : line) {
    int v = hex_value(c);
    if (v < 0) return std::nullopt;
    size = size * 16 + static_cast<uint64_t>(v);
  }
  return size;
}

// De-chunks `body`; nullopt when it does not start like chunked data.
std::optional<std::string> dechunk(std::string_view body, std::string& problem) {
  std::string out;
  size_t pos = 0;
  bool first = true;
  for (;;) {
    size_t line_start = pos;
    std::optional<std::string_view> line = next_line(body, pos);
    if (!line) {
      problem = "chunked body ends without its final chunk";
      break;
    }
    std::optional<uint64_t> size = chunk_size(*line);
    if (!size) {
      if (first) return std::nullopt;
      problem = "malformed chunk size at byte " + std::to_string(line_start);
      break;
    }
    first = false;
    if (*size == 0) break;  // trailers, if any, are not needed
    if (*size > body.size() - pos) {
      out.append(body.substr(pos));
      problem = "chunked body is truncated";
      break;
    }
    out.append(body.substr(pos, *size));
    pos += *size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return out;
}

}  // namespace

std::optional<HttpResponse> parse_http_response(std::string_view block) {
  size_t pos = 0;
  std::optional<std::string_view> status_line = next_line(block, pos);
  if (!status_line || status_line->substr(0, 5) != "HTTP/") return std::nullopt;
  HttpResponse response;
  size_t space = status_line->find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view code = base::trim(status_line->substr(space + 1, 4));
  if (code.size() != 3 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
      !std::isdigit(static_cast<unsigned char>(code[1])) || !std::isdigit(static_cast<unsigned char>(code[2])))
    return std::nullopt;
  response.status = (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
  for (;;) {
    std::optional<std::string_view> line = next_line(block, pos);
    if (!line || line->empty()) break;  // a blank line ends the headers
    size_t colon = line->find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view name = base::trim(line->substr(0, colon));
    std::string_view value = base::trim(line->substr(colon + 1));
    if (base::iequals(name, "Content-Type")) response.content_type = std::string(value);
    else if (base::iequals(name, "Transfer-Encoding")) response.transfer_encoding = base::ascii_lower(value);
    else if (base::iequals(name, "Content-Encoding")) response.content_encoding = base::ascii_lower(value);
  }
  response.body = block.substr(std::min(pos, block.size()));
  return response;
}

HttpBody decode_http_body(const HttpResponse& response, uint64_t max_bytes) {
  HttpBody result;
  std::string_view body = response.body;
  std::string dechunked;
  if (response.transfer_encoding.find("chunked") != std::string::npos) {
    std::string problem;
    if (std::optional<std::string> d = dechunk(body, problem)) {
      dechunked = std::move(*d);
      body = dechunked;
      result.problem = problem;
    }
  }
  const std::string& coding = response.content_encoding;
  if (coding.empty() || coding == "identity" || coding == "none") {
    result.bytes.assign(body);
    return result;
  }
  if (coding == "gzip" || coding == "x-gzip") {
    if (!is_gzip(body)) {  // stored decoded; the header was kept as sent
      result.bytes.assign(body);
      return result;
    }
    Inflated inflated = gunzip(body, max_bytes);
    if (!inflated.complete && result.problem.empty()) result.problem = inflated.problem;
    result.bytes = std::move(inflated.bytes);
    return result;
  }
  if (coding == "deflate") {
    Inflated inflated = inflate_deflate(body, max_bytes);
    if (inflated.bytes.empty() && !inflated.complete) {  // probably stored decoded
      result.bytes.assign(body);
      return result;
    }
    if (!inflated.complete && result.problem.empty()) result.problem = inflated.problem;
    result.bytes = std::move(inflated.bytes);
    return result;
  }
  result.unsupported = true;
  result.problem = "unsupported Content-Encoding '" + base::printable(coding) + "'";
  return result;
}

bool is_html_media_type(std::string_view content_type) {
  std::string type = base::ascii_lower(base::trim(content_type.substr(0, content_type.find(';'))));
  return type == "text/html" || type == "application/xhtml+xml" || type == "application/xhtml" ||
         type == "text/xhtml";
}

}  // namespace dyad::ingest
