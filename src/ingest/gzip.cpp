// gzip decompression with zlib, member after member.
//
// A .warc.gz is many gzip members back to back (one per record), and `gzip -c a b`
// makes the same shape, so after each member ends we start the next one if more
// gzip data follows. Damage never throws away what was already inflated: a
// truncated or corrupt stream returns the bytes so far with complete = false, so the
// caller can report the problem and still read the records that survived.
// Output grows inside one std::string that zlib writes into directly (no chunk copies).
// HTTP's "deflate" (zlib or raw deflate) uses the same loop with one member.
#include <zlib.h>

#include <algorithm>
#include <string>

#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

namespace {

// Inflates `compressed` with zlib's `window_bits` (16+15 gzip, 15 zlib, -15 raw);
// with `multi_member`, gzip members that follow one another are all inflated.
Inflated inflate_all(std::string_view compressed, uint64_t max_output, int window_bits, bool multi_member) {
  Inflated result;
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) {
    result.complete = false;
    result.problem = "cannot initialise zlib";
    return result;
  }
  std::string& out = result.bytes;
  // A first guess at the size; text usually compresses 3-5x.
  uint64_t guess = std::min<uint64_t>(std::max<uint64_t>(compressed.size() * 4, 4096), max_output);
  out.resize(guess);
  size_t produced = 0;

  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  // zlib counts in uInt; feed at most 1 GB at a time.
  constexpr size_t kMaxFeed = size_t{1} << 30;
  size_t remaining_in = compressed.size();
  zs.avail_in = static_cast<uInt>(std::min(remaining_in, kMaxFeed));
  remaining_in -= zs.avail_in;

  for (;;) {
    if (produced == out.size()) {
      if (out.size() >= max_output) {
        result.complete = false;
        result.problem = "decompressed data exceeds the limit of " + std::to_string(max_output) + " bytes";
        break;
      }
      out.resize(static_cast<size_t>(std::min<uint64_t>(std::max<size_t>(out.size() * 2, 4096), max_output)));
    }
    size_t room = std::min(out.size() - produced, kMaxFeed);
    zs.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
    zs.avail_out = static_cast<uInt>(room);
    int rc = inflate(&zs, Z_NO_FLUSH);
    produced += room - zs.avail_out;
    if (zs.avail_in == 0 && remaining_in > 0) {
      zs.avail_in = static_cast<uInt>(std::min(remaining_in, kMaxFeed));
      remaining_in -= zs.avail_in;
    }
    if (rc == Z_STREAM_END) {
      size_t used = compressed.size() - remaining_in - zs.avail_in;
      std::string_view rest = compressed.substr(used);
      if (rest.empty() || !multi_member) break;
      if (!is_gzip(rest)) {
        // Padding after the last member (tape blocks, zero fill) is common; say so
        // but keep the result complete.
        if (rest.find_first_not_of('\0') != std::string_view::npos)
          result.problem = "ignored " + std::to_string(rest.size()) + " bytes of trailing non-gzip data";
        break;
      }
      inflateReset(&zs);
      continue;
    }
    if (rc == Z_OK) continue;
    if (rc == Z_BUF_ERROR && zs.avail_out > 0) {
      // No progress possible with output room left: the input ran out mid-member.
      result.complete = false;
      result.problem = "truncated gzip data (" + std::to_string(produced) + " bytes recovered)";
      break;
    }
    if (rc == Z_BUF_ERROR) continue;  // output full; grow and go on
    result.complete = false;
    result.problem = std::string("corrupt gzip data at byte ") +
                     std::to_string(compressed.size() - remaining_in - zs.avail_in) + ": " +
                     (zs.msg ? zs.msg : "inflate failed") + " (" + std::to_string(produced) +
                     " bytes recovered)";
    break;
  }
  inflateEnd(&zs);
  out.resize(produced);
  return result;
}

}  // namespace

Inflated gunzip(std::string_view compressed, uint64_t max_output) {
  return inflate_all(compressed, max_output, 16 + MAX_WBITS, true);
}

namespace ingest {

Inflated inflate_deflate(std::string_view compressed, uint64_t max_output) {
  Inflated zlib_wrapped = inflate_all(compressed, max_output, MAX_WBITS, false);
  if (zlib_wrapped.complete || !zlib_wrapped.bytes.empty()) return zlib_wrapped;
  return inflate_all(compressed, max_output, -MAX_WBITS, false);
}

}  // namespace ingest

}  // namespace dyad
