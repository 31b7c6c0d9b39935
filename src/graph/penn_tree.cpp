// Penn Treebank trees (the <Parse> of PETRARCH's original validation file) to a UD-style
// dependency graph, so that trees can be coded like CoNLL-U parses.
//
// A head-rule conversion in the manner of Collins and of the Stanford converter, kept
// to what the coder looks at: content words head their phrases (the inner VP over
// auxiliaries, the NP inside a PP, the S inside an SBAR), and each dependent gets the
// UD relation its phrase and position imply -- an NP before the VP of an S is the
// subject, an NP in a VP is the object, a PP is obl (under a verb) or nmod (under a
// noun), a TO-infinitive in a VP is xcomp, an SBAR is ccomp or advcl, a POS marks a
// possessor, and "be" over a VBN makes a passive. Lemmas are the lower-cased forms;
// verb lookup by form does not need more.
#include <cctype>
#include <memory>

#include "dyad/graph.hpp"

namespace dyad {

namespace {

struct Node {
  std::string label;  // phrase label or POS tag
  std::string word;   // leaves only
  std::vector<std::unique_ptr<Node>> kids;
  int32_t token = -1;  // leaves: word index
  int32_t head = -1;   // head word index of the phrase
  bool leaf() const { return kids.empty() && !word.empty(); }
};

std::string base_label(const std::string& l) {
  size_t cut = l.find_first_of("-=");
  return cut == 0 || cut == std::string::npos ? l : l.substr(0, cut);
}

class TreeReader {
 public:
  explicit TreeReader(std::string_view s) : s_(s) {}
  std::unique_ptr<Node> read(std::string& problem) {
    skip();
    if (pos_ >= s_.size() || s_[pos_] != '(') {
      problem = "a Penn tree starts with '('";
      return nullptr;
    }
    auto n = node(problem, 0);
    return n;
  }

 private:
  void skip() {
    while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_]))) ++pos_;
  }
  std::string atom() {
    size_t b = pos_;
    while (pos_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[pos_])) && s_[pos_] != '(' && s_[pos_] != ')') ++pos_;
    return std::string(s_.substr(b, pos_ - b));
  }
  std::unique_ptr<Node> node(std::string& problem, int depth) {
    if (depth > 500) {
      problem = "tree too deep";
      return nullptr;
    }
    ++pos_;  // '('
    auto n = std::make_unique<Node>();
    skip();
    if (pos_ < s_.size() && s_[pos_] != '(' && s_[pos_] != ')') n->label = atom();
    while (true) {
      skip();
      if (pos_ >= s_.size()) {
        problem = "unbalanced brackets: a ')' is missing";
        return nullptr;
      }
      if (s_[pos_] == ')') {
        ++pos_;
        break;
      }
      if (s_[pos_] == '(') {
        auto k = node(problem, depth + 1);
        if (!k) return nullptr;
        n->kids.push_back(std::move(k));
      } else {
        std::string w = atom();
        if (!n->word.empty()) n->word += ' ';
        n->word += w;
      }
    }
    return n;
  }
  std::string_view s_;
  size_t pos_ = 0;
};

UPos upos_of(const std::string& tag, const std::string& word) {
  if (tag.rfind("NNP", 0) == 0) return UPos::Propn;
  if (tag.rfind("NN", 0) == 0) return UPos::Noun;
  if (tag == "PRP" || tag == "PRP$" || tag == "WP" || tag == "WP$" || tag == "EX") return UPos::Pron;
  if (tag == "MD") return UPos::Aux;
  if (tag.rfind("VB", 0) == 0) return UPos::Verb;
  if (tag.rfind("JJ", 0) == 0) return UPos::Adj;
  if (tag.rfind("RB", 0) == 0 || tag == "WRB") return UPos::Adv;
  if (tag == "IN") return UPos::Adp;
  if (tag == "DT" || tag == "WDT" || tag == "PDT") return UPos::Det;
  if (tag == "CD") return UPos::Num;
  if (tag == "CC") return UPos::CConj;
  if (tag == "TO" || tag == "POS" || tag == "RP") return UPos::Part;
  if (tag == "UH") return UPos::Intj;
  if (!word.empty() && !std::isalnum(static_cast<unsigned char>(word[0]))) return UPos::Punct;
  return UPos::X;
}

bool is_aux_word(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const char* const words[] = {"be", "is", "are", "am", "was", "were", "been", "being", "'s", "'re", "'m",
                                      "have", "has", "had", "having", "'ve", "'d", "do", "does", "did",
                                      "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to",
                                      "wo", "ca", "sha", "ought", "need", "dare", "'ll"};
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

bool is_be(std::string w) {
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w == "be" || w == "is" || w == "are" || w == "am" || w == "was" || w == "were" || w == "been" || w == "being";
}

class Converter {
 public:
  explicit Converter(DepGraph& g) : g_(g) {}

  void leaves(Node* n) {
    if (n->leaf()) {
      DepWord w;
      w.form = n->word;
      if (w.form == "-LRB-") w.form = "(";
      if (w.form == "-RRB-") w.form = ")";
      w.lemma = w.form;
      for (char& c : w.lemma) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      w.xpos = n->label;
      w.upos = upos_of(n->label, w.form);
      w.deprel = "dep";
      n->token = static_cast<int32_t>(g_.words.size());
      n->head = n->token;
      g_.words.push_back(std::move(w));
      return;
    }
    for (auto& k : n->kids) leaves(k.get());
  }

  // Finds heads bottom-up and attaches the other children to them.
  void convert(Node* n) {
    if (n->leaf()) return;
    for (auto& k : n->kids) convert(k.get());
    if (n->kids.empty()) return;
    std::string L = base_label(n->label);
    if ((L == "NP" || L == "NX" || L == "NML") && flat_coordination(n)) return;
    size_t h = head_child(n, L);
    n->head = n->kids[h]->head;
    if (n->head < 0) {  // an empty head constituent: take any word below
      for (auto& k : n->kids) {
        if (k->head >= 0) {
          n->head = k->head;
          h = static_cast<size_t>(&k - n->kids.data());
          break;
        }
      }
      if (n->head < 0) return;
    }
    bool coordination = false;
    for (auto& k : n->kids) coordination |= k->label == "CC" || k->label == "CONJP";
    for (size_t i = 0; i < n->kids.size(); ++i) {
      if (i == h) continue;
      Node* k = n->kids[i].get();
      if (k->head < 0) continue;
      attach(k, n, L, i, h, coordination);
    }
    // A passive: "be" over a VBN head.
    if (L == "VP" && n->head >= 0 && g_.words[n->head].xpos == "VBN") {
      for (auto& k : n->kids) {
        if (k->leaf() && is_be(k->word) && g_.words[k->token].head == n->head) g_.words[k->token].deprel = "aux:pass";
      }
    }
  }

 private:
  // "(NP (NNP Fornost) (CC and) (DT the) (JJ evil) (NNP Gondor))": split at the
  // conjunctions and commas, head each part by its last noun, make the first part's
  // head the phrase head and the others its conjuncts.
  bool flat_coordination(Node* n) {
    bool has_cc = false;
    for (auto& k : n->kids) {
      if (!k->leaf()) return false;
      has_cc |= k->label == "CC";
    }
    if (!has_cc) return false;
    std::vector<std::vector<Node*>> parts(1);
    std::vector<Node*> separators;
    for (auto& k : n->kids) {
      if (k->label == "CC" || k->label == ",") {
        separators.push_back(k.get());
        if (!parts.back().empty()) parts.emplace_back();
        continue;
      }
      parts.back().push_back(k.get());
    }
    if (parts.back().empty()) parts.pop_back();
    if (parts.size() < 2) return false;
    std::vector<int32_t> heads;
    for (auto& part : parts) {
      int32_t h = -1;
      for (auto it = part.rbegin(); it != part.rend() && h < 0; ++it) {
        if ((*it)->label.rfind("NN", 0) == 0 || (*it)->label == "PRP" || (*it)->label == "CD") h = (*it)->token;
      }
      if (h < 0) h = part.back()->token;
      for (Node* k : part) {
        if (k->token == h) continue;
        const char* rel = k->label == "DT" ? "det" : k->label.rfind("JJ", 0) == 0 ? "amod"
                        : k->label == "POS" ? "case" : k->label == "PRP$" ? "nmod:poss" : k->label == "CD" ? "nummod"
                                                                                           : "compound";
        set(k->token, h, rel);
      }
      heads.push_back(h);
    }
    for (size_t i = 1; i < heads.size(); ++i) set(heads[i], heads[0], "conj");
    for (Node* sep : separators) set(sep->token, heads[0], sep->label == "CC" ? "cc" : "punct");
    n->head = heads[0];
    return true;
  }

  size_t head_child(Node* n, const std::string& L) {
    auto find = [&](auto pred, bool from_right) -> int {
      int sz = static_cast<int>(n->kids.size());
      for (int j = 0; j < sz; ++j) {
        int i = from_right ? sz - 1 - j : j;
        if (pred(n->kids[i].get())) return i;
      }
      return -1;
    };
    auto lab = [](Node* k) { return base_label(k->label); };
    int i = -1;
    if (L == "S" || L == "SINV" || L == "SQ" || L == "ROOT") {
      i = find([&](Node* k) { return lab(k) == "VP"; }, false);
      if (i < 0) i = find([&](Node* k) { return lab(k) == "S"; }, false);
    } else if (L == "VP") {
      // The content verb: an inner VP over auxiliaries, else the first verb.
      int inner = find([&](Node* k) { return lab(k) == "VP"; }, false);
      int verb = find([&](Node* k) { return k->leaf() && (k->label.rfind("VB", 0) == 0 || k->label == "MD" || k->label == "TO"); }, false);
      if (inner >= 0 && (verb < 0 || inner > verb) && (verb < 0 || is_aux_word(n->kids[verb]->word))) i = inner;
      else i = verb;
      if (i < 0) i = inner;
    } else if (L == "PP") {
      i = find([&](Node* k) { return lab(k) == "NP" || lab(k) == "S" || lab(k) == "SBAR" || lab(k) == "ADJP"; }, false);
    } else if (L == "SBAR") {
      i = find([&](Node* k) { return lab(k) == "S" || lab(k) == "SQ" || lab(k) == "SINV"; }, false);
    } else if (L == "NP" || L == "NX" || L == "WHNP" || L == "NML") {
      i = find([&](Node* k) { return lab(k) == "NP"; }, false);
      bool cc = find([&](Node* k) { return k->label == "CC"; }, false) >= 0;
      if (cc && i < 0) i = find([&](Node* k) { return k->label.rfind("NN", 0) == 0; }, false);
      if (i < 0) i = find([&](Node* k) { return k->leaf() && (k->label.rfind("NN", 0) == 0 || k->label == "PRP" || k->label == "CD"); }, true);
      if (i < 0) i = find([&](Node* k) { return k->leaf() && k->label != "DT" && k->label != "POS" && upos_of(k->label, k->word) != UPos::Punct; }, true);
    } else if (L == "ADJP" || L == "WHADJP") {
      i = find([&](Node* k) { return k->leaf() && k->label.rfind("JJ", 0) == 0; }, true);
    } else if (L == "ADVP" || L == "WHADVP") {
      i = find([&](Node* k) { return k->leaf() && k->label.rfind("RB", 0) == 0; }, true);
    } else if (L == "QP") {
      i = find([&](Node* k) { return k->leaf() && k->label == "CD"; }, true);
    } else if (L == "PRT") {
      i = 0;
    }
    if (i < 0) i = find([&](Node* k) { return k->head >= 0 && !(k->leaf() && upos_of(k->label, k->word) == UPos::Punct); }, false);
    return i < 0 ? 0 : static_cast<size_t>(i);
  }

  void set(int32_t dep, int32_t head, const char* rel) {
    if (dep == head || dep < 0 || head < 0) return;
    g_.words[dep].head = head;
    g_.words[dep].deprel = rel;
  }

  void attach(Node* k, Node* n, const std::string& L, size_t i, size_t h, bool coordination) {
    std::string K = base_label(k->label);
    int32_t dep = k->head, head = n->head;
    UPos hu = g_.words[head].upos;
    bool verbal_head = hu == UPos::Verb || hu == UPos::Aux || hu == UPos::Adj;
    if (k->leaf() && upos_of(k->label, k->word) == UPos::Punct) return set(dep, head, "punct");
    if (k->label == "CC" || K == "CONJP") return set(dep, head, "cc");
    if (coordination && (K == base_label(n->kids[h]->label)) && i > h) return set(dep, head, "conj");
    if (L == "PP" || (L == "SBAR" && i < h)) {
      if (k->label == "IN" || k->label == "TO") return set(dep, head, L == "PP" ? "case" : "mark");
      if (L == "SBAR") return set(dep, head, "mark");
    }
    if (L == "S" || L == "SINV" || L == "SQ") {
      if (K == "NP" && i < h) return set(dep, head, "nsubj");
      if (K == "PP") return set(dep, head, "obl");
      if (K == "ADVP" || k->label.rfind("RB", 0) == 0) return set(dep, head, "advmod");
      if (K == "SBAR") return set(dep, head, "advcl");
      if (K == "S") return set(dep, head, i < h ? "advcl" : "parataxis");
      return set(dep, head, "dep");
    }
    if (L == "VP") {
      if (i < h && k->leaf() && (k->label == "MD" || k->label.rfind("VB", 0) == 0)) {
        g_.words[dep].upos = UPos::Aux;
        return set(dep, head, is_be(k->word) && g_.words[head].upos != UPos::Verb ? "cop" : "aux");
      }
      if (k->label == "TO") return set(dep, head, "mark");
      if (k->label.rfind("RB", 0) == 0 || K == "ADVP") {
        std::string w = g_.words[dep].lemma;
        if (w == "not" || w == "n't" || w == "never") g_.words[dep].negation = true;
        return set(dep, head, "advmod");
      }
      if (K == "NP") return set(dep, head, "obj");
      if (K == "PP") return set(dep, head, "obl");
      if (K == "PRT") return set(dep, head, "compound:prt");
      if (K == "S") {
        bool to = false;
        for (int32_t t = 0; t < static_cast<int32_t>(g_.words.size()); ++t) {
          if (g_.words[t].head == dep && g_.words[t].xpos == "TO") to = true;
        }
        return set(dep, head, to ? "xcomp" : "ccomp");
      }
      if (K == "SBAR") {
        std::string first = first_word(k);
        bool adverbial = first == "after" || first == "before" || first == "while" || first == "because" ||
                         first == "when" || first == "if" || first == "although" || first == "since" || first == "as";
        return set(dep, head, adverbial ? "advcl" : "ccomp");
      }
      if (K == "ADJP") return set(dep, head, "xcomp");
      return set(dep, head, "dep");
    }
    if (L == "NP" || L == "NX" || L == "WHNP" || L == "NML") {
      if (k->label == "DT" || k->label == "PDT" || k->label == "WDT") return set(dep, head, "det");
      if (k->label == "PRP$") return set(dep, head, "nmod:poss");
      if (k->label == "POS") return set(dep, head, "case");
      if (k->label == "CD" || K == "QP") return set(dep, head, "nummod");
      if (k->label.rfind("JJ", 0) == 0 || K == "ADJP" || k->label == "VBN" || k->label == "VBG") return set(dep, head, "amod");
      if (K == "NP" && i < h) {
        // A possessor ends in POS.
        bool poss = !k->kids.empty() && k->kids.back()->label == "POS";
        return set(dep, head, poss ? "nmod:poss" : "compound");
      }
      if (K == "NP" && i > h) return set(dep, head, "appos");
      if (k->leaf() && (k->label.rfind("NN", 0) == 0)) {
        return set(dep, head, i < h ? "compound" : "flat");
      }
      if (K == "PP") return set(dep, head, "nmod");
      if (K == "SBAR") return set(dep, head, "acl:relcl");
      if (K == "VP" || K == "S") return set(dep, head, "acl");
      return set(dep, head, "dep");
    }
    if (K == "PP") return set(dep, head, verbal_head ? "obl" : "nmod");
    if (k->label.rfind("RB", 0) == 0 || K == "ADVP") return set(dep, head, "advmod");
    set(dep, head, "dep");
  }

  std::string first_word(Node* n) {
    while (!n->leaf() && !n->kids.empty()) n = n->kids.front().get();
    std::string w = n->word;
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
  }

  DepGraph& g_;
};

}  // namespace

Result<DepGraph> DepGraph::from_penn(std::string_view tree, const std::string& where) {
  std::string problem;
  TreeReader reader(tree);
  auto root = reader.read(problem);
  if (!root) return make_error(where + ": bad Penn tree: " + problem);
  DepGraph g;
  Converter conv(g);
  conv.leaves(root.get());
  if (g.words.empty()) return make_error(where + ": the Penn tree has no words");
  conv.convert(root.get());
  for (auto& w : g.words) {
    if (w.head == static_cast<int32_t>(&w - g.words.data())) w.head = -1;
  }
  int32_t root_word = root->head;
  if (root_word >= 0) {
    g.words[root_word].head = -1;
    g.words[root_word].deprel = "root";
  }
  // Words left unattached (odd trees) hang from the root.
  for (size_t i = 0; i < g.words.size(); ++i) {
    if (g.words[i].head < 0 && static_cast<int32_t>(i) != root_word && root_word >= 0) {
      g.words[i].head = root_word;
      if (g.words[i].deprel == "root") g.words[i].deprel = "dep";
    }
  }
  // Subjects of passives.
  for (size_t i = 0; i < g.words.size(); ++i) {
    if (g.words[i].deprel != "aux:pass") continue;
    int32_t v = g.words[i].head;
    for (auto& w : g.words) {
      if (w.head == v && w.deprel == "nsubj") w.deprel = "nsubj:pass";
    }
  }
  for (const auto& w : g.words) g.text += (g.text.empty() ? "" : " ") + w.form;
  g.normalize();
  return g;
}

}  // namespace dyad
