// HTTP responses as stored in WARC response records (private to src/ingest/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dyad::ingest {

struct HttpResponse {
  int status = 0;
  std::string content_type;       // header values, as sent
  std::string transfer_encoding;
  std::string content_encoding;
  std::string_view body;          // the bytes after the header block
};

// Parses the status line and headers of `block` ("HTTP/1.1 200 OK\r\n...\r\n\r\n").
// nullopt when it does not start with a status line.
std::optional<HttpResponse> parse_http_response(std::string_view block);

// The payload after undoing Transfer-Encoding: chunked and Content-Encoding: gzip /
// deflate. `problem` tells what went wrong (the bytes so far are still given);
// `unsupported` is set for encodings we cannot undo (br, zstd...).
struct HttpBody {
  std::string bytes;
  std::string problem;
  bool unsupported = false;
};
HttpBody decode_http_body(const HttpResponse& response, uint64_t max_bytes);

// True for media types that hold an HTML page.
bool is_html_media_type(std::string_view content_type);

}  // namespace dyad::ingest
