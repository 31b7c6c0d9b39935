// Unicode NFC normalisation with utf8proc, touching only what can change.
//
// Nearly all news text is already NFC, and calling utf8proc_map (which allocates)
// on every string would waste time. So the text is cut into stretches: each maximal
// run of non-ASCII bytes together with the ASCII character before it (a base letter
// that a following combining mark may join: "e" + U+0301 -> "é"). ASCII never
// composes with what follows it, so stretches are independent. A stretch goes to
// utf8proc only if one of its code points could change under NFC: a combining mark,
// a character that composes as the second of a pair, a composition exclusion, a
// precomposed character that does not compose back to itself (U+212B ANGSTROM SIGN
// -> U+00C5) or a Hangul jamo vowel or trailing consonant. Changed stretches are spliced in and the offset map gets anchors
// around them.
#include <utf8proc.h>

#include <cstdlib>

#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "ingest_support.hpp"

namespace dyad {

namespace {

bool may_change_under_nfc(utf8proc_int32_t cp) {
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  if (p->combining_class != 0 || p->comp_exclusion) return true;
  if (p->comb_index != UINT16_MAX && (p->comb_index & 0x8000)) return true;  // second of a pair
  if ((cp >= 0x1161 && cp <= 0x1175) || (cp >= 0x11A8 && cp <= 0x11C2)) return true;
  if (p->decomp_type == 0 && p->decomp_seqindex != UINT16_MAX) {
    // A precomposed character is NFC when its decomposition composes back to it
    // ("é" does; U+212B ANGSTROM SIGN composes to U+00C5 instead).
    utf8proc_int32_t buffer[32];
    int last_boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(cp, buffer, 32, UTF8PROC_DECOMPOSE, &last_boundclass);
    if (n <= 0 || n > 32) return true;
    n = utf8proc_normalize_utf32(buffer, n, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
    return n != 1 || buffer[0] != cp;
  }
  return false;
}

bool stretch_may_change(std::string_view stretch) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(stretch.data());
  utf8proc_ssize_t i = 0, n = static_cast<utf8proc_ssize_t>(stretch.size());
  while (i < n) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, n - i, &cp);
    if (len <= 0) return false;  // not valid UTF-8: leave it alone
    if (cp >= 0x80 && may_change_under_nfc(cp)) return true;
    i += len;
  }
  return false;
}

// The NFC form of `stretch`, or nullopt when it is unchanged or not valid UTF-8.
std::optional<std::string> nfc_of(std::string_view stretch) {
  if (!stretch_may_change(stretch)) return std::nullopt;
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(stretch.data()),
                                    static_cast<utf8proc_ssize_t>(stretch.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0 || out == nullptr) return std::nullopt;
  std::string result(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  std::free(out);
  if (result == stretch) return std::nullopt;
  return result;
}

struct Change {
  size_t begin, end;  // in the old text
  std::string replacement;
};

std::vector<Change> nfc_changes(const std::string& text) {
  std::vector<Change> changes;
  size_t i = 0, n = text.size();
  while (i < n) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t begin = i > 0 ? i - 1 : i;  // with the ASCII base before it
    size_t end = i;
    while (end < n && static_cast<unsigned char>(text[end]) >= 0x80) ++end;
    if (auto nfc = nfc_of(std::string_view(text).substr(begin, end - begin)))
      changes.push_back({begin, end, std::move(*nfc)});
    i = end;
  }
  return changes;
}

std::string apply_changes(const std::string& text, const std::vector<Change>& changes,
                          std::vector<OffsetAnchor>* new_to_old) {
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;
  for (const Change& c : changes) {
    out.append(text, copied, c.begin - copied);
    if (new_to_old && out.size() <= UINT32_MAX) new_to_old->push_back({static_cast<uint32_t>(out.size()), c.begin});
    out.append(c.replacement);
    if (new_to_old && out.size() <= UINT32_MAX) new_to_old->push_back({static_cast<uint32_t>(out.size()), c.end});
    copied = c.end;
  }
  out.append(text, copied, std::string::npos);
  return out;
}

}  // namespace

void normalize_nfc(std::string& text) {
  if (base::is_ascii(text)) return;
  std::vector<Change> changes = nfc_changes(text);
  if (changes.empty()) return;
  text = apply_changes(text, changes, nullptr);
}

namespace ingest {

void normalize_nfc_mapped(std::string& text, std::vector<OffsetAnchor>& map) {
  if (base::is_ascii(text)) return;
  std::vector<Change> changes = nfc_changes(text);
  if (changes.empty()) return;
  std::vector<OffsetAnchor> new_to_old;
  text = apply_changes(text, changes, &new_to_old);
  // An empty map is the identity; {0 -> 0} says the same and lets compose_maps
  // drop the anchors that the identity already implies.
  map = compose_maps(new_to_old, map.empty() ? std::vector<OffsetAnchor>{{0, 0}} : map, text.size());
}

}  // namespace ingest

}  // namespace dyad
