// The two halves of HTML article extraction (private to src/ingest/): page metadata
// (html_metadata.cpp) and main text (html_main_text.cpp), both over one gumbo tree.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "dyad/document.hpp"

namespace dyad::ingest {

struct HtmlMetadata {
  std::string title;
  Date date;  // unknown when the page gives none
  std::string url;
};

// Title (og:title, twitter:title, JSON-LD headline, <title>, first <h1>), publication
// date (meta tags, JSON-LD incl. @graph, itemprop, Dublin Core, <time datetime>) and
// canonical URL of a parsed page.
HtmlMetadata read_html_metadata(const GumboNode* document);

struct MainText {
  std::string text;                  // paragraphs separated by "\n\n"
  std::vector<OffsetAnchor> anchors; // text -> offsets in the parsed HTML
};

// The article body of a parsed page; `html` is the buffer gumbo parsed.
MainText extract_main_text(const GumboNode* document, std::string_view html);

}  // namespace dyad::ingest
