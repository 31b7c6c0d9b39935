// Bytes -> UTF-8 text: BOMs, UTF-16, Windows-1252 and declared charsets.
//
// News arrives as UTF-8 most of the time, so that path costs one SIMD validation
// (simdjson::validate_utf8) and no conversion. Anything else that is not valid UTF-8
// is read byte by byte: well-formed UTF-8 sequences are kept, every other byte is
// taken as Windows-1252 (the superset of printable Latin-1 that browsers use for
// "iso-8859-1"). So a cp1252 file converts fully, and a UTF-8 file with a few stray
// cp1252 bytes (a common scraping accident) keeps its good characters instead of
// turning into mojibake. Declared charsets other than these go through iconv.
// Every conversion records where lengths changed (DecodedText::raw_map).
#include <iconv.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <simdjson.h>

#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace {

// Windows-1252 bytes 0x80-0x9F; the five undefined ones map to the C1 controls, as
// the WHATWG encoding standard does.
constexpr std::array<uint16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

uint32_t cp1252_to_code_point(unsigned char byte) {
  if (byte >= 0x80 && byte < 0xA0) return kCp1252High[byte - 0x80];
  return byte;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    char b[2] = {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 2);
  } else if (cp < 0x10000) {
    char b[3] = {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                 static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 3);
  } else {
    char b[4] = {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
                 static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    out.append(b, 4);
  }
}

// Length of the well-formed UTF-8 sequence at p[0..n) (Unicode table 3-7), or 0.
size_t utf8_sequence_length(const unsigned char* p, size_t n) {
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  auto cont = [&](size_t i, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i < n && p[i] >= lo && p[i] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// Binary data: any NUL byte, or more than 5% C0 control characters other than
// whitespace, ESC and the Reuters end-of-story ^C (a few of those are normal).
bool looks_binary(std::string_view bytes) {
  if (std::memchr(bytes.data(), 0, bytes.size()) != nullptr) return true;
  std::string_view sample = bytes.substr(0, 1 << 20);
  size_t controls = 0;
  for (char ch : sample) {
    auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B &&
         c != 0x03) ||
        c == 0x7F)
      ++controls;
  }
  return controls > 8 && controls * 20 > sample.size();
}

// UTF-16 without a BOM: ASCII-range text leaves every other byte zero.
std::optional<bool> utf16_without_bom_is_little_endian(std::string_view bytes) {
  std::string_view sample = bytes.substr(0, 4096);
  size_t pairs = sample.size() / 2;
  if (pairs < 2) return std::nullopt;
  size_t zero_even = 0, zero_odd = 0;
  for (size_t i = 0; i + 1 < sample.size(); i += 2) {
    zero_even += sample[i] == 0;
    zero_odd += sample[i + 1] == 0;
  }
  if (zero_odd * 10 >= pairs * 4 && zero_even * 50 <= pairs) return true;
  if (zero_even * 10 >= pairs * 4 && zero_odd * 50 <= pairs) return false;
  return std::nullopt;
}

// UTF-16 -> UTF-8; unpaired surrogates become U+FFFD. Anchors at each line start
// (every character changes length, so per-character anchors would outweigh the text).
DecodedText decode_utf16(std::string_view bytes, bool little_endian, uint32_t bom) {
  DecodedText out;
  out.encoding = little_endian ? "utf-16le" : "utf-16be";
  out.bom_bytes = bom;
  out.lossless_offsets = false;
  out.text.reserve(bytes.size());
  if (bom) out.raw_map.push_back({0, bom});
  auto unit = [&](size_t i) -> uint32_t {
    auto a = static_cast<unsigned char>(bytes[i]);
    auto b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  size_t i = bom;
  while (i + 1 < bytes.size()) {
    uint32_t cp = unit(i);
    size_t used = 2;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      uint32_t low = i + 3 < bytes.size() ? unit(i + 2) : 0;
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        used = 4;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    append_utf8(out.text, cp);
    i += used;
    if (cp == '\n' && out.text.size() <= UINT32_MAX)
      out.raw_map.push_back({static_cast<uint32_t>(out.text.size()), i});
  }
  return out;
}

// UTF-8 where valid, Windows-1252 for every byte that is not part of a well-formed
// sequence. One anchor after each converted byte.
DecodedText decode_utf8_or_cp1252(std::string_view bytes, uint32_t bom) {
  DecodedText out;
  out.bom_bytes = bom;
  out.lossless_offsets = false;
  out.text.reserve(bytes.size() + bytes.size() / 8);
  if (bom) out.raw_map.push_back({0, bom});
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  size_t i = bom;
  bool saw_utf8 = false;
  while (i < n) {
    size_t run = i;
    while (run < n && p[run] < 0x80) ++run;
    out.text.append(bytes.data() + i, run - i);
    i = run;
    if (i >= n) break;
    size_t len = utf8_sequence_length(p + i, n - i);
    if (len > 1) {
      saw_utf8 = true;
      out.text.append(bytes.data() + i, len);
      i += len;
      continue;
    }
    append_utf8(out.text, cp1252_to_code_point(p[i]));
    ++i;
    if (out.text.size() <= UINT32_MAX) out.raw_map.push_back({static_cast<uint32_t>(out.text.size()), i});
  }
  out.encoding = saw_utf8 ? "utf-8+windows-1252" : "windows-1252";
  return out;
}

// Strictly Windows-1252, for text declared so (no UTF-8 sequences taken).
DecodedText decode_cp1252(std::string_view bytes) {
  DecodedText out;
  out.encoding = "windows-1252";
  out.lossless_offsets = false;
  out.text.reserve(bytes.size() + bytes.size() / 8);
  for (size_t i = 0; i < bytes.size(); ++i) {
    auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out.text.push_back(static_cast<char>(c));
      continue;
    }
    append_utf8(out.text, cp1252_to_code_point(c));
    if (out.text.size() <= UINT32_MAX) out.raw_map.push_back({static_cast<uint32_t>(out.text.size()), i + 1});
  }
  return out;
}

// Any other charset iconv knows. Input is fed one character at a time (one byte,
// then more while iconv says the sequence is incomplete), so every character's source
// bytes are known and the map is exact; undecodable bytes become U+FFFD. Slower than
// one big call, but only rare charsets take this path. nullopt when iconv does not
// know the label.
std::optional<DecodedText> decode_with_iconv(std::string_view bytes, const std::string& label) {
  iconv_t cd = iconv_open("UTF-8", label.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  DecodedText out;
  out.encoding = label;
  out.lossless_offsets = false;
  out.text.reserve(bytes.size() * 2);
  std::array<char, 64> buffer;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t produced_before = out.text.size();
    size_t consumed = 0;
    for (size_t want = 1; want <= 8 && pos + want <= bytes.size(); ++want) {
      char* in = const_cast<char*>(bytes.data() + pos);
      size_t in_left = want;
      char* o = buffer.data();
      size_t o_left = buffer.size();
      size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
      consumed = want - in_left;
      out.text.append(buffer.data(), buffer.size() - o_left);
      if (consumed > 0 || rc != static_cast<size_t>(-1)) break;
      if (errno != EINVAL) break;  // EILSEQ: not a character
    }
    if (consumed == 0) {
      out.text.append("\xEF\xBF\xBD");
      consumed = 1;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);  // back to the initial state
    }
    pos += consumed;
    if (out.text.size() - produced_before != consumed && out.text.size() <= UINT32_MAX)
      out.raw_map.push_back({static_cast<uint32_t>(out.text.size()), pos});
  }
  iconv_close(cd);
  return out;
}

bool has_utf8_bom(std::string_view b) {
  return b.size() >= 3 && static_cast<unsigned char>(b[0]) == 0xEF &&
         static_cast<unsigned char>(b[1]) == 0xBB && static_cast<unsigned char>(b[2]) == 0xBF;
}
bool has_utf16le_bom(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE;
}
bool has_utf16be_bom(std::string_view b) {
  return b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFE && static_cast<unsigned char>(b[1]) == 0xFF;
}

Error binary_error() { return make_error("binary data"); }

// Text decoded from UTF-16 can still be binary (a UTF-16 guess on binary data).
Result<DecodedText> check_decoded(DecodedText decoded) {
  if (looks_binary(decoded.text)) return binary_error();
  return decoded;
}

}  // namespace

Result<DecodedText> decode_text(std::string_view bytes) {
  if (has_utf16le_bom(bytes)) return check_decoded(decode_utf16(bytes, true, 2));
  if (has_utf16be_bom(bytes)) return check_decoded(decode_utf16(bytes, false, 2));
  uint32_t bom = has_utf8_bom(bytes) ? 3 : 0;
  std::string_view body = bytes.substr(bom);
  if (!bom && std::memchr(bytes.data(), 0, bytes.size()) != nullptr) {
    if (auto le = utf16_without_bom_is_little_endian(bytes)) return check_decoded(decode_utf16(bytes, *le, 0));
  }
  if (looks_binary(body)) return binary_error();
  if (simdjson::validate_utf8(body.data(), body.size())) {
    DecodedText out;
    out.text.assign(body);
    out.encoding = "utf-8";
    out.bom_bytes = bom;
    out.lossless_offsets = true;
    if (bom) out.raw_map.push_back({0, bom});
    return out;
  }
  return decode_utf8_or_cp1252(bytes, bom);
}

Result<DecodedText> decode_text_as(std::string_view bytes, std::string_view charset) {
  // A byte order mark outranks a declared label (as in browsers).
  if (has_utf8_bom(bytes) || has_utf16le_bom(bytes) || has_utf16be_bom(bytes)) return decode_text(bytes);
  std::string label = base::ascii_lower(base::trim(charset));
  while (!label.empty() && (label.front() == '"' || label.front() == '\'')) label.erase(0, 1);
  while (!label.empty() && (label.back() == '"' || label.back() == '\'')) label.pop_back();
  if (label.empty() || label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8")
    return decode_text(bytes);
  if (label == "utf-16le" || label == "utf-16" || label == "unicode" || label == "utf-16be") {
    // A page that says UTF-16 in a <meta> but has no NUL byte and validates as UTF-8
    // was mislabelled (browsers ignore such labels the same way).
    if (std::memchr(bytes.data(), 0, bytes.size()) == nullptr &&
        simdjson::validate_utf8(bytes.data(), bytes.size()))
      return decode_text(bytes);
    return check_decoded(decode_utf16(bytes, label != "utf-16be", 0));
  }
  if (looks_binary(bytes)) return binary_error();
  static constexpr std::array<std::string_view, 12> kLatin1Labels = {
      "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
      "windows-1252", "cp1252", "x-cp1252", "cp819"};
  for (std::string_view l : kLatin1Labels) {
    if (label != l) continue;
    // Pages labelled Latin-1 that are really UTF-8 are common; multi-byte sequences
    // that all validate are far likelier to be UTF-8 than cp1252 letter pairs.
    if (!base::is_ascii(bytes) && simdjson::validate_utf8(bytes.data(), bytes.size())) return decode_text(bytes);
    return decode_cp1252(bytes);
  }
  if (auto converted = decode_with_iconv(bytes, label)) return check_decoded(std::move(*converted));
  return decode_text(bytes);
}

}  // namespace dyad
