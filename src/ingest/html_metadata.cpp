// Page metadata of a news page: title, publication date, canonical URL.
//
// Publishers state these in several vocabularies at once, and each vocabulary is
// missing on some sites, so every source is collected in one walk over the tree and
// the most specific one wins:
//   date:  article:published_time > JSON-LD datePublished (Article types first, also
//          inside "@graph") > itemprop=datePublished > Dublin Core / pubdate meta
//          names > <time pubdate|datetime> (inside <article> first) > modified dates
//   title: og:title > twitter:title > JSON-LD headline > <h1> when <title> holds it
//          ("Headline | Site") > <title> > first <h1>
//   url:   <link rel=canonical> > og:url > twitter:url > JSON-LD url
// Every date candidate goes through parse_date; the first that parses wins.
#include <simdjson.h>

#include <array>
#include <optional>

#include "base/strings.hpp"
#include "dyad/ingest.hpp"
#include "html_dom.hpp"
#include "html_extract.hpp"
#include "ingest_support.hpp"

namespace dyad::ingest {

namespace {

struct JsonLdFacts {
  std::string headline, date_published, date_created, date_modified, url;
  int rank = 99;  // lower is better: 0 = an Article type
};

bool is_article_type(std::string_view type) {
  return type.find("Article") != std::string_view::npos || type == "BlogPosting" || type == "Report" ||
         type == "LiveBlogPosting";
}

std::string json_string(simdjson::dom::element e) {
  std::string_view s;
  if (!e.get_string().get(s)) return std::string(s);
  return {};
}

// Walks JSON-LD (objects, arrays, "@graph") for the facts of the best-ranked object.
void collect_json_ld(simdjson::dom::element e, JsonLdFacts& best, int depth) {
  if (depth > 16) return;
  simdjson::dom::array arr;
  if (!e.get_array().get(arr)) {
    for (simdjson::dom::element child : arr) collect_json_ld(child, best, depth + 1);
    return;
  }
  simdjson::dom::object obj;
  if (e.get_object().get(obj)) return;
  int rank = 2;
  simdjson::dom::element type;
  if (!obj["@type"].get(type)) {
    simdjson::dom::array types;
    if (!type.get_array().get(types)) {
      for (simdjson::dom::element t : types)
        if (is_article_type(json_string(t))) rank = 0;
    } else if (is_article_type(json_string(type))) {
      rank = 0;
    } else if (json_string(type) == "WebPage") {
      rank = 1;
    }
  }
  JsonLdFacts facts;
  facts.rank = rank;
  for (auto [key, value] : obj) {
    if (key == "headline" || (key == "name" && rank == 0)) {
      if (facts.headline.empty()) facts.headline = json_string(value);
    } else if (key == "datePublished") {
      facts.date_published = json_string(value);
    } else if (key == "dateCreated") {
      facts.date_created = json_string(value);
    } else if (key == "dateModified") {
      facts.date_modified = json_string(value);
    } else if (key == "url") {
      facts.url = json_string(value);
    } else if (key == "@graph" || key == "mainEntity" || key == "itemListElement") {
      collect_json_ld(value, best, depth + 1);
    }
  }
  bool has_date = !facts.date_published.empty() || !facts.date_created.empty();
  bool best_has_date = !best.date_published.empty() || !best.date_created.empty();
  if (!has_date && facts.headline.empty()) return;
  // A better type wins; among equal types, the first object that has a date.
  if (rank < best.rank || (rank == best.rank && has_date && !best_has_date)) best = std::move(facts);
}

std::optional<Date> first_date(std::initializer_list<std::string_view> candidates) {
  for (std::string_view c : candidates)
    if (!c.empty())
      if (auto d = parse_date(c)) return d;
  return std::nullopt;
}

// Meta names that carry a publication date, most specific first.
constexpr std::array<std::string_view, 20> kDateMetaNames = {
    "article:published_time", "og:article:published_time", "og:published_time", "published_time",
    "datepublished",          "pubdate",                    "publishdate",       "publish-date",
    "publish_date",           "parsely-pub-date",           "sailthru.date",     "dc.date.issued",
    "dcterms.issued",         "dc.date",                    "dcterms.date",      "dcterms.created",
    "dc.date.created",        "citation_publication_date",  "date",              "article.published"};

}  // namespace

HtmlMetadata read_html_metadata(const GumboNode* document) {
  HtmlMetadata result;
  std::vector<std::pair<std::string, std::string>> metas;  // (lowercased key, content)
  std::string title_tag, first_h1, canonical;
  std::vector<std::string> time_pubdate, time_in_article, time_anywhere, itemprop_dates;
  std::vector<std::string> json_ld_scripts;

  struct Item {
    const GumboNode* node;
    int article_depth;  // > 0 inside <article> or <main>
  };
  std::vector<Item> stack{{document, 0}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* n = item.node;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      for (unsigned i = n->v.document.children.length; i-- > 0;)
        stack.push_back({static_cast<const GumboNode*>(n->v.document.children.data[i]), 0});
      continue;
    }
    if (!is_element(n)) continue;
    GumboTag tag = n->v.element.tag;
    int in_article = item.article_depth + (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ? 1 : 0);
    switch (tag) {
      case GUMBO_TAG_META: {
        std::string_view content = attribute(n, "content");
        if (content.empty()) break;
        for (const char* key_attr : {"property", "name", "itemprop"}) {
          std::string_view key = attribute(n, key_attr);
          if (!key.empty()) metas.emplace_back(base::ascii_lower(base::trim(key)), std::string(base::trim(content)));
        }
        break;
      }
      case GUMBO_TAG_TITLE:
        if (title_tag.empty()) title_tag = collapsed_text(n);
        break;
      case GUMBO_TAG_H1:
        if (first_h1.empty()) first_h1 = collapsed_text(n);
        break;
      case GUMBO_TAG_LINK:
        if (canonical.empty() && base::iequals(base::trim(attribute(n, "rel")), "canonical"))
          canonical = std::string(base::trim(attribute(n, "href")));
        break;
      case GUMBO_TAG_SCRIPT:
        if (base::iequals(base::trim(attribute(n, "type")), "application/ld+json")) json_ld_scripts.push_back(raw_child_text(n));
        continue;  // no elements inside scripts
      case GUMBO_TAG_TIME: {
        std::string_view dt = attribute(n, "datetime");
        std::string value = dt.empty() ? collapsed_text(n, 200) : std::string(dt);
        const GumboAttribute* pubdate = gumbo_get_attribute(&n->v.element.attributes, "pubdate");
        if (pubdate) time_pubdate.push_back(value);
        else if (!dt.empty() && in_article) time_in_article.push_back(value);
        else if (!dt.empty()) time_anywhere.push_back(value);
        break;
      }
      default:
        break;
    }
    // itemprop=datePublished on any element (<span itemprop=datePublished>, <time>...).
    if (tag != GUMBO_TAG_META && base::iequals(base::trim(attribute(n, "itemprop")), "datePublished")) {
      std::string_view v = attribute(n, "datetime");
      if (v.empty()) v = attribute(n, "content");
      itemprop_dates.push_back(v.empty() ? collapsed_text(n, 200) : std::string(v));
    }
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), in_article});
  }

  auto meta = [&](std::string_view key) -> std::string_view {
    for (const auto& [k, v] : metas)
      if (k == key) return v;
    return {};
  };

  JsonLdFacts json_ld;
  if (!json_ld_scripts.empty()) {
    simdjson::dom::parser parser;
    for (std::string& script : json_ld_scripts) {
      // Some sites wrap the JSON in comments or CDATA markers.
      std::string_view body = base::trim(script);
      for (std::string_view wrap : {"<!--", "<![CDATA["})
        if (body.substr(0, wrap.size()) == wrap) body = base::trim(body.substr(wrap.size()));
      for (std::string_view wrap : {"-->", "]]>", ";"})
        if (body.size() >= wrap.size() && body.substr(body.size() - wrap.size()) == wrap)
          body = base::trim(body.substr(0, body.size() - wrap.size()));
      simdjson::dom::element root;
      if (!parser.parse(body.data(), body.size(), true).get(root)) collect_json_ld(root, json_ld, 0);
    }
  }

  // Date.
  std::optional<Date> date = first_date({meta("article:published_time"), meta("og:article:published_time"),
                                                json_ld.date_published, json_ld.date_created});
  for (const std::string& d : itemprop_dates)
    if (!date) date = first_date({d});
  for (std::string_view name : kDateMetaNames)
    if (!date) date = first_date({meta(name)});
  for (const auto* times : {&time_pubdate, &time_in_article, &time_anywhere})
    for (const std::string& t : *times)
      if (!date) date = first_date({t});
  if (!date)
    date = first_date({meta("article:modified_time"), json_ld.date_modified, meta("datemodified"),
                       meta("og:updated_time")});
  if (date) result.date = *date;

  // Title.
  std::string_view title = meta("og:title");
  if (title.empty()) title = meta("twitter:title");
  if (title.empty()) title = json_ld.headline;
  if (title.empty() && !title_tag.empty() && !first_h1.empty() && title_tag.find(first_h1) != std::string::npos)
    title = first_h1;  // "<title>Headline | Site</title>" with <h1>Headline</h1>
  if (title.empty()) title = title_tag;
  if (title.empty()) title = first_h1;
  result.title = std::string(base::trim(title));

  // URL.
  std::string_view url = canonical;
  if (url.empty()) url = meta("og:url");
  if (url.empty()) url = meta("twitter:url");
  if (url.empty()) url = json_ld.url;
  result.url = std::string(base::trim(url));
  return result;
}

}  // namespace dyad::ingest
