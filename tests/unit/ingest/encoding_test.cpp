// decode_text / decode_text_as / normalize_nfc: BOMs, UTF-16, Windows-1252, binary.
#include <gtest/gtest.h>

#include "dyad/document.hpp"
#include "dyad/ingest.hpp"

namespace dyad {

namespace {
uint64_t raw_offset(const DecodedText& d, uint32_t text_offset) {
  Document doc;
  doc.raw_map = d.raw_map;
  return doc.raw_offset(text_offset);
}
}  // namespace

TEST(IngestEncoding, KeepsValidUtf8AsIs) {
  auto d = decode_text("Caf\xC3\xA9 talks in Z\xC3\xBCrich");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Caf\xC3\xA9 talks in Z\xC3\xBCrich");
  EXPECT_EQ(d->encoding, "utf-8");
  EXPECT_TRUE(d->lossless_offsets);
  EXPECT_TRUE(d->raw_map.empty());
}

TEST(IngestEncoding, StripsUtf8Bom) {
  auto d = decode_text("\xEF\xBB\xBFHello");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Hello");
  EXPECT_EQ(d->bom_bytes, 3u);
  EXPECT_EQ(raw_offset(*d, 0), 3u);
  EXPECT_EQ(raw_offset(*d, 4), 7u);
}

TEST(IngestEncoding, ConvertsWindows1252SmartQuotes) {
  // "He said \x93no\x94 \x96 twice\x85" in cp1252, with an e-acute (0xE9).
  auto d = decode_text("He said \x93no\x94 \x96 caf\xE9\x85");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "windows-1252");
  EXPECT_EQ(d->text, "He said \xE2\x80\x9Cno\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9\xE2\x80\xA6");
  EXPECT_FALSE(d->lossless_offsets);
  // "no" starts at text offset 11 (after a 3-byte quote) and raw offset 9.
  EXPECT_EQ(d->text.substr(11, 2), "no");
  EXPECT_EQ(raw_offset(*d, 11), 9u);
}

TEST(IngestEncoding, MixedUtf8WithStrayCp1252Byte) {
  auto d = decode_text("na\xC3\xAFve \x93quoted\x94");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "na\xC3\xAFve \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(d->encoding, "utf-8+windows-1252");
}

TEST(IngestEncoding, Utf16WithBom) {
  std::string le("\xFF\xFE" "A\0b\0\xE9\0\n\0z\0", 12);
  auto d = decode_text(le);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "utf-16le");
  EXPECT_EQ(d->text, "Ab\xC3\xA9\nz");
  EXPECT_EQ(raw_offset(*d, 5), 10u);  // "z" after the line break

  std::string be("\xFE\xFF\0A\xD8\x3D\xDE\x00", 8);  // A + U+1F600 (surrogate pair)
  auto e = decode_text(be);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->encoding, "utf-16be");
  EXPECT_EQ(e->text, "A\xF0\x9F\x98\x80");
}

TEST(IngestEncoding, Utf16WithoutBomIsRecognised) {
  std::string le("P\0e\0a\0c\0e\0 \0t\0a\0l\0k\0s\0", 22);
  auto d = decode_text(le);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Peace talks");
}

TEST(IngestEncoding, BinaryIsAnError) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20);
  auto d = decode_text(png);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.message(), "binary data");
  std::string controls(200, '\x01');
  EXPECT_FALSE(decode_text(controls).ok());
  // A few control characters (Reuters ends stories with ^C) are fine.
  EXPECT_TRUE(decode_text("Story text.\n\x03").ok());
}

TEST(IngestEncoding, DeclaredCharsets) {
  auto latin = decode_text_as("Bogot\xE1", "ISO-8859-1");
  ASSERT_TRUE(latin.ok());
  EXPECT_EQ(latin->text, "Bogot\xC3\xA1");
  // A page labelled Latin-1 that is really UTF-8 stays UTF-8.
  auto mislabelled = decode_text_as("Bogot\xC3\xA1", "iso-8859-1");
  ASSERT_TRUE(mislabelled.ok());
  EXPECT_EQ(mislabelled->text, "Bogot\xC3\xA1");
  // Other charsets through iconv: KOI8-R "\xCD\xC9\xD2" is "мир".
  auto koi = decode_text_as("\xCD\xC9\xD2", "koi8-r");
  ASSERT_TRUE(koi.ok());
  EXPECT_EQ(koi->text, "\xD0\xBC\xD0\xB8\xD1\x80");
  auto koi_offsets = decode_text_as("a \xCD\xC9\xD2 b", "koi8-r");
  ASSERT_TRUE(koi_offsets.ok());
  EXPECT_EQ(raw_offset(*koi_offsets, 9), 6u);  // " b" after three 2-byte letters
  // Unknown labels fall back to detection.
  auto unknown = decode_text_as("plain", "x-no-such-charset");
  ASSERT_TRUE(unknown.ok());
  EXPECT_EQ(unknown->text, "plain");
  // A <meta> that says UTF-16 over ASCII bytes is wrong; browsers read UTF-8.
  auto utf16_label = decode_text_as("<p>Hi</p>", "utf-16");
  ASSERT_TRUE(utf16_label.ok());
  EXPECT_EQ(utf16_label->text, "<p>Hi</p>");
}

TEST(IngestEncoding, NormalizesToNfc) {
  std::string s = "Cafe\xCC\x81 and Ange\xCC\x80le";  // e + combining accents
  normalize_nfc(s);
  EXPECT_EQ(s, "Caf\xC3\xA9 and Ang\xC3\xA8le");
  std::string ascii = "No change at all.";
  normalize_nfc(ascii);
  EXPECT_EQ(ascii, "No change at all.");
  std::string angstrom = "5 \xE2\x84\xAB";  // U+212B ANGSTROM SIGN -> U+00C5
  normalize_nfc(angstrom);
  EXPECT_EQ(angstrom, "5 \xC3\x85");
  std::string already = "Z\xC3\xBCrich, \xE5\x8C\x97\xE4\xBA\xAC";
  normalize_nfc(already);
  EXPECT_EQ(already, "Z\xC3\xBCrich, \xE5\x8C\x97\xE4\xBA\xAC");
}

}  // namespace dyad
