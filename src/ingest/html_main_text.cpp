// The main text of a news page: a readability-style extractor over gumbo's tree.
//
// No site's markup is known in advance, so the decision rests on general evidence:
//  1. Structure that is never article text is dropped by tag (script, nav, aside,
//     footer, forms, buttons, iframes, svg, figure captions, hidden elements) or by
//     the words in its class / id / role / aria-label ("share-bar", "cookieConsent",
//     "related-links", "newsletter", "ad-slot", "byline"...). A wrapper that carries
//     such a word but holds most of the page's sentences (<div class="content
//     has-comments">) is kept: the words must not outvote the text.
//  2. Every paragraph (<p>, <pre>, <td>, text directly in a <div>) of 25+ characters
//     scores 1 + its commas + one point per 100 characters (at most 3); the score
//     goes to its container, half to the container's parent, less further up.
//     Containers gain from <article>, itemprop=articleBody, <main> and positive
//     class words ("article-body", "story"); each score is then scaled by
//     (1 - link density), so link lists lose.
//  3. The best container and those of its siblings that score close to it (an
//     article split by an ad slot) are the article. Their paragraphs (p, h2-h6, li,
//     blockquote, pre, text blocks) are written separated by blank lines; a
//     paragraph that is mostly link text is left out.
// Offsets: an anchor at the start of each text node points to its byte in the
// HTML, and each node's decoded text is aligned with its source (entities, CR LF),
// adding anchors where collapsed whitespace or an entity changed lengths, so
// offsets stay exact.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <optional>
#include <unordered_map>

#include "base/strings.hpp"
#include "html_dom.hpp"
#include "html_extract.hpp"
#include "ingest_support.hpp"

namespace dyad::ingest {

namespace {

// Subtrees that never hold article text.
bool never_text(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_DATALIST: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_MENU: case GUMBO_TAG_LABEL: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_APPLET:
      return true;
    default:
      return false;
  }
}

// Elements that end a paragraph where they start and end.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP: case GUMBO_TAG_PLAINTEXT:
      return true;
    default:
      return false;
  }
}

// Words in class/id/role/aria-label that mark boilerplate. Whole words only:
// "ad" matches "ad-slot" and "adSlot" but not "header" or "load".
constexpr std::array<std::string_view, 63> kBoilerplateWords = {
    "nav",        "navbar",     "navigation", "menu",        "menubar",   "footer",     "masthead",
    "share",      "sharing",    "sharebar",   "social",      "related",   "recommended", "recommendations",
    "comment",    "comments",   "disqus",     "cookie",      "cookies",   "consent",    "gdpr",
    "newsletter", "subscribe",  "subscription", "signup",    "paywall",   "promo",      "promoted",
    "promotion",  "advert",     "advertisement", "advertising", "ad",     "ads",        "adslot",
    "adunit",     "dfp",        "sponsor",    "sponsored",   "outbrain",  "taboola",    "donate",
    "donation",   "sidebar",    "breadcrumb", "breadcrumbs", "byline",    "credit",     "credits",
    "caption",    "tags",       "taglist",    "popup",       "modal",     "overlay",    "toolbar",
    "skip",       "trending",   "hidden",     "invisible",   "banner",    "author",     "meta"};

constexpr std::array<std::string_view, 13> kArticleWords = {
    "article", "articlebody", "body", "content", "entry", "main", "post",
    "story",   "storybody",   "text", "prose",   "blog",  "news"};

// Roles that are never the article.
bool is_boilerplate_role(std::string_view role) {
  for (std::string_view r : {"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "search",
                             "dialog", "alertdialog", "toolbar"})
    if (base::iequals(role, r)) return true;
  return false;
}

// Splits "share-bar socialLinks" into lowercase words: share, bar, social, links.
template <class F>
void for_each_word(std::string_view s, F&& f) {
  std::string word;
  auto flush = [&] {
    if (!word.empty()) f(std::string_view(word));
    word.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool upper = c >= 'A' && c <= 'Z';
    bool alnum = upper || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum) {
      flush();
      continue;
    }
    if (upper && i > 0 && s[i - 1] >= 'a' && s[i - 1] <= 'z') flush();  // camelCase
    word.push_back(upper ? static_cast<char>(c + 32) : c);
  }
  flush();
}

struct NameSignals {
  bool boilerplate = false;
  bool article = false;
};

NameSignals name_signals(const GumboNode* n) {
  NameSignals s;
  auto look = [&](std::string_view text) {
    // The whole attribute lowercased too, so "articleBody" and "article-body" agree.
    for_each_word(text, [&](std::string_view w) {
      for (std::string_view b : kBoilerplateWords)
        if (w == b) s.boilerplate = true;
      for (std::string_view a : kArticleWords)
        if (w == a) s.article = true;
    });
  };
  look(attribute(n, "class"));
  look(attribute(n, "id"));
  look(attribute(n, "aria-label"));
  std::string_view role = base::trim(attribute(n, "role"));
  if (is_boilerplate_role(role)) s.boilerplate = true;
  if (base::iequals(role, "main") || base::iequals(role, "article")) s.article = true;
  std::string_view itemprop = attribute(n, "itemprop");
  if (base::iequals(base::trim(itemprop), "articleBody")) s.article = true;
  return s;
}

bool is_hidden(const GumboNode* n) {
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  if (base::iequals(base::trim(attribute(n, "aria-hidden")), "true")) return true;
  std::string style = base::ascii_lower(attribute(n, "style"));
  if (style.empty()) return false;
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

struct Elem {
  const GumboNode* node = nullptr;
  int parent = -1;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool in_link = false;
  bool has_block_child = false;
  NameSignals names;
  bool semantic_article = false;  // <article>, itemprop=articleBody
  // Direct text children.
  uint32_t own_text = 0, own_link = 0, own_commas = 0;
  // The subtree: first without drops (raw_), then without dropped descendants.
  uint32_t raw_sentence_paragraphs = 0;
  bool raw_has_semantic = false;
  uint32_t text = 0, link = 0, commas = 0, periods = 0, sentence_paragraphs = 0;
  bool dropped = false, dead = false;
  bool candidate = false;
  double score = 0;
};

struct TextCounts {
  uint32_t chars = 0, commas = 0, periods = 0;
};

TextCounts count_text(const char* p) {
  TextCounts c;
  for (; *p; ++p) {
    unsigned char ch = static_cast<unsigned char>(*p);
    if (ch <= ' ') continue;
    ++c.chars;
    if (ch == ',') ++c.commas;
    else if (ch == '.' || ch == '!' || ch == '?') ++c.periods;
  }
  return c;
}

class MainTextExtractor {
 public:
  explicit MainTextExtractor(std::string_view html) : html_(html) {}

  MainText run(const GumboNode* document) {
    build(document);
    if (elems_.empty()) return {};
    measure();
    choose_and_score();
    std::vector<int> containers = choose_containers();
    MainText out;
    for (int c : containers) emit_subtree(elems_[c].node, out);
    if (base::trim(out.text).empty() && body_ >= 0) {
      out = MainText{};
      emit_subtree(elems_[body_].node, out);
    }
    return out;
  }

 private:
  // Pre-order: one Elem per element outside never-text subtrees; text counted into
  // its parent element.
  void build(const GumboNode* document) {
    struct Item {
      const GumboNode* node;
      int parent;
      bool in_link;
    };
    std::vector<Item> stack{{document, -1, false}};
    while (!stack.empty()) {
      Item item = stack.back();
      stack.pop_back();
      const GumboNode* n = item.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        if (item.parent < 0) continue;
        TextCounts c = count_text(n->v.text.text);
        Elem& p = elems_[item.parent];
        p.own_text += c.chars;
        p.own_commas += c.commas;
        p.periods += c.periods;
        if (item.in_link) p.own_link += c.chars;
        continue;
      }
      int index = item.parent;
      bool in_link = item.in_link;
      if (is_element(n)) {
        GumboTag tag = n->v.element.tag;
        if (never_text(tag) || is_hidden(n)) continue;
        Elem e;
        e.node = n;
        e.parent = item.parent;
        e.tag = tag;
        e.in_link = in_link = item.in_link || tag == GUMBO_TAG_A;
        e.names = name_signals(n);
        e.semantic_article = tag == GUMBO_TAG_ARTICLE || base::iequals(base::trim(attribute(n, "itemprop")), "articleBody");
        if (item.parent >= 0 && is_block(tag)) elems_[item.parent].has_block_child = true;
        index = static_cast<int>(elems_.size());
        if (tag == GUMBO_TAG_BODY && body_ < 0) body_ = index;
        index_of_[n] = index;
        elems_.push_back(e);
      } else if (n->type != GUMBO_NODE_DOCUMENT) {
        continue;  // comments, whitespace
      }
      const GumboVector* kids = children_of(n);
      for (unsigned i = kids->length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(kids->data[i]), index, in_link});
    }
  }

  static bool is_sentence_paragraph(const Elem& e) { return e.tag == GUMBO_TAG_P && e.text >= 40 && e.periods >= 1; }

  // Subtree sums; children come after parents in pre-order, so a reverse sweep
  // finishes every child before its parent.
  void measure() {
    // Pass 1: without drops, to know where the page's sentences are.
    std::vector<uint32_t> raw_text(elems_.size()), raw_periods(elems_.size());
    for (size_t i = elems_.size(); i-- > 0;) {
      Elem& e = elems_[i];
      raw_text[i] += e.own_text;
      raw_periods[i] += e.periods;
      e.raw_has_semantic = e.raw_has_semantic || e.semantic_article || e.tag == GUMBO_TAG_MAIN;
      if (e.tag == GUMBO_TAG_P && raw_text[i] >= 40 && raw_periods[i] >= 1) ++e.raw_sentence_paragraphs;
      if (e.parent >= 0) {
        Elem& p = elems_[e.parent];
        raw_text[e.parent] += raw_text[i];
        raw_periods[e.parent] += raw_periods[i];
        p.raw_sentence_paragraphs += e.raw_sentence_paragraphs;
        p.raw_has_semantic = p.raw_has_semantic || e.raw_has_semantic;
      }
    }
    uint32_t page_sentences = elems_[0].raw_sentence_paragraphs;

    // Pass 2: decide drops, then sum only what survives.
    for (Elem& e : elems_) {
      e.text = e.own_text;
      e.link = e.own_link;
      e.commas = e.own_commas;
      e.sentence_paragraphs = 0;
    }
    for (size_t i = elems_.size(); i-- > 0;) {
      Elem& e = elems_[i];
      if (is_sentence_paragraph(e)) ++e.sentence_paragraphs;
      bool structural = e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_HTML;
      bool suspicious = e.names.boilerplate || e.tag == GUMBO_TAG_HEADER || e.tag == GUMBO_TAG_FORM;
      if (suspicious && !structural) {
        // Kept only when it plainly wraps the article: an article word or element
        // inside, and most of the page's sentences.
        bool wraps_article = (e.names.article || e.raw_has_semantic) && e.raw_sentence_paragraphs >= 3 &&
                             e.raw_sentence_paragraphs * 2 >= page_sentences;
        e.dropped = !wraps_article;
      }
      if (e.dropped || e.parent < 0) continue;
      Elem& p = elems_[e.parent];
      p.text += e.text;
      p.link += e.link;
      p.commas += e.commas;
      p.periods += e.periods;
      p.sentence_paragraphs += e.sentence_paragraphs;
    }
    for (Elem& e : elems_) e.dead = e.dropped || (e.parent >= 0 && elems_[e.parent].dead);
  }

  double link_density(const Elem& e) const { return e.text ? static_cast<double>(e.link) / e.text : 0.0; }

  double base_score(const Elem& e) const {
    double s = 0;
    switch (e.tag) {
      case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: s += 5; break;
      case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s += 3; break;
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
      case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s -= 3; break;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
      case GUMBO_TAG_H6: case GUMBO_TAG_TH: s -= 5; break;
      case GUMBO_TAG_MAIN: s += 5; break;
      default: break;
    }
    if (e.semantic_article) s += 15;
    if (e.names.article) s += 25;
    if (e.names.boilerplate) s -= 25;
    return s;
  }

  void add_score(int index, double points) {
    Elem& e = elems_[index];
    if (e.tag == GUMBO_TAG_HTML) return;
    if (!e.candidate) {
      e.candidate = true;
      e.score = base_score(e);
    }
    e.score += points;
  }

  // Paragraph scores flow to the containers above them.
  void choose_and_score() {
    for (size_t i = 0; i < elems_.size(); ++i) {
      const Elem& e = elems_[i];
      if (e.dead) continue;
      bool paragraph = e.tag == GUMBO_TAG_P || e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_TD ||
                       ((e.tag == GUMBO_TAG_DIV || e.tag == GUMBO_TAG_SECTION) && !e.has_block_child);
      // Text written straight into a container that also holds blocks counts as a
      // paragraph of that container.
      bool loose_text = !paragraph && e.own_text >= 25 && is_block(e.tag) && e.tag != GUMBO_TAG_BODY;
      if (!paragraph && !loose_text) continue;
      uint32_t length = paragraph ? e.text : e.own_text;
      if (length < 25) continue;
      double points = 1 + (paragraph ? e.commas : e.own_commas) + std::min(length / 100.0, 3.0);
      int ancestor = paragraph ? e.parent : static_cast<int>(i);
      for (int level = 0; ancestor >= 0 && level < 5; ++level, ancestor = elems_[ancestor].parent) {
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        add_score(ancestor, points / divider);
      }
    }
    for (Elem& e : elems_)
      if (e.candidate) e.score *= 1.0 - link_density(e);
  }

  // The best container and the siblings that belong with it, in page order.
  std::vector<int> choose_containers() {
    int top = -1;
    for (size_t i = 0; i < elems_.size(); ++i)
      if (elems_[i].candidate && !elems_[i].dead && (top < 0 || elems_[i].score > elems_[top].score))
        top = static_cast<int>(i);
    if (top < 0) return body_ >= 0 ? std::vector<int>{body_} : std::vector<int>{0};
    const Elem& best = elems_[top];
    if (best.parent < 0 || best.tag == GUMBO_TAG_BODY) return {top};

    double threshold = std::max(10.0, best.score * 0.2);
    std::vector<int> chosen;
    const GumboVector* siblings = children_of(elems_[best.parent].node);
    for (unsigned k = 0; k < siblings->length; ++k) {
      auto it = index_of_.find(static_cast<const GumboNode*>(siblings->data[k]));
      if (it == index_of_.end()) continue;
      int s = it->second;
      const Elem& e = elems_[s];
      if (e.dead) continue;
      bool take = s == top || (e.candidate && e.score >= threshold);
      if (!take && e.tag == GUMBO_TAG_P) {
        double ld = link_density(e);
        take = (e.text >= 80 && ld < 0.25) || (e.text > 0 && e.text < 80 && ld == 0 && e.periods > 0);
      }
      if (take) chosen.push_back(s);
    }
    return chosen;
  }

  // --- Writing paragraphs ------------------------------------------------------

  struct Paragraph {
    std::string text;
    std::vector<OffsetAnchor> anchors;  // offsets within `text`
    uint32_t link_chars = 0, chars = 0;
    bool pending_space = false;
    // The raw offset the next byte would have if it continued the last anchor.
    uint64_t next_raw = UINT64_MAX;

    // Appends one byte. With `raw_known` it came from html[raw] and gets an anchor
    // unless the last anchor already implies that; otherwise it follows the last one.
    void put(char c, uint64_t raw, bool raw_known) {
      if (text.size() >= UINT32_MAX - 4) return;
      if (raw_known && raw != next_raw) anchors.push_back({static_cast<uint32_t>(text.size()), raw});
      text.push_back(c);
      if (raw_known) next_raw = raw + 1;
      else if (next_raw != UINT64_MAX) ++next_raw;
    }
  };

  // Follows a text node's decoded text through its source text, so that each decoded
  // byte knows the source byte it came from: entities ("&ldquo;" -> 3 bytes), CR LF
  // -> LF. If the two ever disagree in a way it does not understand, it stops and
  // the rest of the node follows the last anchor.
  class SourceAligner {
   public:
    SourceAligner(std::string_view decoded, std::string_view source, uint64_t source_offset)
        : decoded_(decoded), source_(source), base_(source_offset) {}

    // The source offset of decoded byte `index` (indices must not decrease).
    std::optional<uint64_t> raw_of(size_t index) {
      while (ok_ && d_ < index) step();
      if (!ok_ || d_ != index || s_ > source_.size()) return std::nullopt;
      return base_ + s_;
    }

   private:
    void step() {
      if (s_ >= source_.size() || d_ >= decoded_.size()) {
        ok_ = false;
        return;
      }
      char sc = source_[s_], dc = decoded_[d_];
      if (sc == '&') {
        // An entity: the source up to ';' (or the end of the name) is one decoded
        // code point.
        size_t e = s_ + 1;
        while (e < source_.size() && e - s_ < 40 && (std::isalnum(static_cast<unsigned char>(source_[e])) || source_[e] == '#'))
          ++e;
        if (e < source_.size() && source_[e] == ';') ++e;
        if (e == s_ + 1) {  // a lone '&'
          if (dc == '&') ++s_, ++d_;
          else ok_ = false;
          return;
        }
        s_ = e;
        d_ += utf8_length(static_cast<unsigned char>(dc));
        return;
      }
      if (sc == '\r') {
        ++s_;
        if (s_ < source_.size() && source_[s_] == '\n') return;  // CR LF -> LF
        if (dc == '\n') ++d_;                                    // lone CR -> LF
        else ok_ = false;
        return;
      }
      if (sc != dc) {
        ok_ = false;
        return;
      }
      ++s_;
      ++d_;
    }
    static size_t utf8_length(unsigned char lead) {
      return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }

    std::string_view decoded_, source_;
    uint64_t base_;
    size_t d_ = 0, s_ = 0;
    bool ok_ = true;
  };

  void append_text_node(const GumboNode* n, bool in_link, Paragraph& p) {
    std::string_view text(n->v.text.text);
    const GumboStringPiece& original = n->v.text.original_text;
    uint64_t raw_start = n->v.text.start_pos.offset;
    std::string_view source;
    if (original.data >= html_.data() && original.data + original.length <= html_.data() + html_.size()) {
      raw_start = static_cast<uint64_t>(original.data - html_.data());
      source = std::string_view(original.data, original.length);
    }
    SourceAligner aligner(text, source, raw_start);
    bool first = true;
    for (size_t i = 0; i < text.size(); ++i) {
      auto c = static_cast<unsigned char>(text[i]);
      bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
        if (!p.text.empty() && p.text.back() != ' ' && p.text.back() != '\n' && !p.pending_space) {
          std::optional<uint64_t> raw = aligner.raw_of(i);
          p.pending_space = true;
          pending_raw_ = raw.value_or(raw_start);
          pending_raw_known_ = raw.has_value();
        }
        if (nbsp) ++i;
        continue;
      }
      if (p.pending_space) {
        p.put(' ', pending_raw_, pending_raw_known_);
        p.pending_space = false;
      }
      // Every node's first byte is anchored (at the node start if alignment failed).
      std::optional<uint64_t> raw = aligner.raw_of(i);
      if (first && !raw) raw = raw_start;
      p.put(static_cast<char>(c), raw.value_or(0), raw.has_value());
      first = false;
      ++p.chars;
      if (in_link) ++p.link_chars;
    }
  }

  void flush(Paragraph& p, MainText& out) {
    while (!p.text.empty() && (p.text.back() == ' ' || p.text.back() == '\n')) p.text.pop_back();
    bool keep = !p.text.empty() && !(p.chars > 0 && p.link_chars * 2 > p.chars);
    if (keep) {
      if (!out.text.empty()) out.text += "\n\n";
      uint64_t base = out.text.size();
      for (const OffsetAnchor& a : p.anchors) {
        if (a.text_offset >= p.text.size()) break;
        uint64_t t = base + a.text_offset;
        if (t > UINT32_MAX) break;
        // Skip anchors the previous one already implies.
        if (!out.anchors.empty()) {
          const OffsetAnchor& last = out.anchors.back();
          if (last.raw_offset + (t - last.text_offset) == a.raw_offset) continue;
        }
        out.anchors.push_back({static_cast<uint32_t>(t), a.raw_offset});
      }
      out.text += p.text;
    }
    p = Paragraph{};
  }

  void emit_subtree(const GumboNode* root, MainText& out) {
    struct Item {
      const GumboNode* node;
      bool closing;
      bool in_link;
    };
    Paragraph p;
    std::vector<Item> stack{{root, false, false}};
    while (!stack.empty()) {
      Item item = stack.back();
      stack.pop_back();
      const GumboNode* n = item.node;
      if (item.closing) {
        flush(p, out);
        continue;
      }
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        append_text_node(n, item.in_link, p);
        continue;
      }
      if (n->type == GUMBO_NODE_WHITESPACE) {
        if (!p.text.empty() && p.text.back() != ' ' && p.text.back() != '\n' && !p.pending_space) {
          p.pending_space = true;
          pending_raw_ = n->v.text.start_pos.offset;
          pending_raw_known_ = true;
        }
        continue;
      }
      if (!is_element(n)) continue;
      auto it = index_of_.find(n);
      if (it == index_of_.end() || elems_[it->second].dead) continue;
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_H1) continue;  // the headline: the title, not the body
      if (tag == GUMBO_TAG_BR) {
        // One <br> breaks the line, two end the paragraph.
        p.pending_space = false;
        if (!p.text.empty() && p.text.back() == '\n') {
          flush(p, out);
        } else if (!p.text.empty()) {
          while (!p.text.empty() && p.text.back() == ' ') p.text.pop_back();
          p.put('\n', n->v.element.start_pos.offset, true);
        }
        continue;
      }
      bool block = is_block(tag);
      if (block) {
        flush(p, out);
        stack.push_back({n, true, item.in_link});
      }
      bool in_link = item.in_link || tag == GUMBO_TAG_A;
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(kids.data[i]), false, in_link});
    }
    flush(p, out);
  }

  std::string_view html_;
  std::vector<Elem> elems_;
  std::unordered_map<const GumboNode*, int> index_of_;
  int body_ = -1;
  uint64_t pending_raw_ = 0;  // where the pending collapsed space came from
  bool pending_raw_known_ = false;
};

}  // namespace

MainText extract_main_text(const GumboNode* document, std::string_view html) {
  return MainTextExtractor(html).run(document);
}

}  // namespace dyad::ingest
