// Small read-only helpers over gumbo's parse tree, shared by the HTML metadata and
// main-text extractors. Everything walks the tree with an explicit stack: a page
// nested thousands of levels deep must not exhaust the call stack.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace dyad::ingest {

inline bool is_element(const GumboNode* node) {
  return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

inline std::string_view attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

inline const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (is_element(node)) return &node->v.element.children;
  return nullptr;
}

// Appends the text under `node` (entities decoded), whitespace runs collapsed to
// one space; stops after `limit` bytes.
inline void append_collapsed_text(const GumboNode* node, std::string& out, size_t limit = 4096) {
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty() && out.size() < limit) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      for (const char* p = n->v.text.text; *p && out.size() < limit; ++p) {
        char c = *p;
        bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (space) {
          if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
          out.push_back(c);
        }
      }
      continue;
    }
    if (!is_element(n)) continue;
    GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE) continue;
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
}

inline std::string collapsed_text(const GumboNode* node, size_t limit = 4096) {
  std::string s;
  append_collapsed_text(node, s, limit);
  return s;
}

// The raw text of a <script> or <style> element (its text children, concatenated).
inline std::string raw_child_text(const GumboNode* node) {
  std::string s;
  const GumboVector* kids = children_of(node);
  if (!kids) return s;
  for (unsigned i = 0; i < kids->length; ++i) {
    const auto* c = static_cast<const GumboNode*>(kids->data[i]);
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE)
      s += c->v.text.text;
  }
  return s;
}

}  // namespace dyad::ingest
