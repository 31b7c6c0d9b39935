// DepGraph: the coder's view of a parsed sentence, from CoNLL-U or Dyad's analysis.
//
// Normalisation to UD v2 happens here, once, so the coder never sees a v1 label:
//   dobj -> obj, nsubjpass -> nsubj:pass, auxpass -> aux:pass, neg -> advmod (marked
//   as negation), name -> flat, mwe -> fixed, nmod under a predicate -> obl (and
//   nmod:tmod -> obl:tmod), and a "by" phrase of a passive verb -> obl:agent.
// The conversion from the analysis Token is one small function (graph_word_from_token)
// so that a change of the tagger's field types touches one place.
#include <algorithm>
#include <charconv>

#include "base/strings.hpp"
#include "dyad/graph.hpp"
#include "dyad/output.hpp"

namespace dyad {

namespace {

struct RelName {
  const char* name;
  Rel rel;
};
const RelName kRels[] = {
    {"root", Rel::Root},         {"nsubj", Rel::Nsubj},         {"nsubj:pass", Rel::NsubjPass},
    {"csubj", Rel::Csubj},       {"csubj:pass", Rel::CsubjPass}, {"obj", Rel::Obj},
    {"iobj", Rel::Iobj},         {"ccomp", Rel::Ccomp},         {"xcomp", Rel::Xcomp},
    {"obl", Rel::Obl},           {"obl:agent", Rel::OblAgent},  {"obl:tmod", Rel::OblTmod},
    {"obl:npmod", Rel::OblNpmod}, {"advcl", Rel::Advcl},        {"advmod", Rel::Advmod},
    {"aux", Rel::Aux},           {"aux:pass", Rel::AuxPass},    {"cop", Rel::Cop},
    {"mark", Rel::Mark},         {"nmod", Rel::Nmod},           {"nmod:poss", Rel::NmodPoss},
    {"nmod:tmod", Rel::NmodTmod}, {"nmod:npmod", Rel::NmodNpmod},
    // UD 2.14+: a title before a name ("Foreign Minister Wang Yi", "Gen. Pervez
    // Musharraf") belongs to the name's noun phrase, as a compound would.
    {"nmod:desc", Rel::Compound}, {"appos", Rel::Appos},
    {"nummod", Rel::Nummod},     {"acl", Rel::Acl},             {"acl:relcl", Rel::AclRelcl},
    {"amod", Rel::Amod},         {"det", Rel::Det},             {"case", Rel::Case},
    {"conj", Rel::Conj},         {"cc", Rel::Cc},               {"cc:preconj", Rel::Preconj},
    {"fixed", Rel::Fixed},       {"flat", Rel::Flat},           {"compound", Rel::Compound},
    {"compound:prt", Rel::CompoundPrt}, {"list", Rel::List},    {"parataxis", Rel::Parataxis},
    {"punct", Rel::Punct},       {"expl", Rel::Expl},           {"discourse", Rel::Discourse},
    {"vocative", Rel::Vocative}, {"goeswith", Rel::Goeswith},   {"orphan", Rel::Orphan},
    {"reparandum", Rel::Reparandum}, {"dislocated", Rel::Dislocated}, {"clf", Rel::Clf},
};

Rel rel_of(std::string_view deprel) {
  for (const auto& r : kRels) {
    if (deprel == r.name) return r.rel;
  }
  size_t colon = deprel.find(':');
  if (colon != std::string_view::npos) {
    std::string_view base = deprel.substr(0, colon);
    for (const auto& r : kRels) {
      if (base == r.name) return r.rel;
    }
  }
  return Rel::Dep;
}

bool is_predicate(const DepGraph& g, int32_t i) {
  if (i < 0) return true;
  UPos u = g.words[i].upos;
  return u == UPos::Verb || u == UPos::Aux || u == UPos::Adj || u == UPos::Adv;
}

// The one place that knows the analysis Token's field types.
DepWord graph_word_from_token(std::string_view doc_text, const Token& t) {
  DepWord w;
  w.form = std::string(t.form(doc_text));
  w.lemma = t.lemma;
  w.xpos = t.xpos;
  w.upos = parse_upos(t.upos);
  w.head = t.head <= 0 ? -1 : t.head - 1;
  w.deprel = t.head < 0 ? std::string("dep") : base::ascii_lower(t.deprel);
  return w;
}

}  // namespace

UPos parse_upos(std::string_view s) {
  static const std::pair<const char*, UPos> table[] = {
      {"NOUN", UPos::Noun}, {"PROPN", UPos::Propn}, {"PRON", UPos::Pron}, {"VERB", UPos::Verb},
      {"AUX", UPos::Aux},   {"ADJ", UPos::Adj},     {"ADV", UPos::Adv},   {"ADP", UPos::Adp},
      {"DET", UPos::Det},   {"NUM", UPos::Num},     {"PART", UPos::Part}, {"CCONJ", UPos::CConj},
      {"CONJ", UPos::CConj}, {"SCONJ", UPos::SConj}, {"PUNCT", UPos::Punct}, {"INTJ", UPos::Intj},
      {"SYM", UPos::Sym},
  };
  for (const auto& [name, u] : table) {
    if (s == name) return u;
  }
  return UPos::X;
}

const char* upos_name(UPos u) {
  switch (u) {
    case UPos::Noun: return "NOUN";
    case UPos::Propn: return "PROPN";
    case UPos::Pron: return "PRON";
    case UPos::Verb: return "VERB";
    case UPos::Aux: return "AUX";
    case UPos::Adj: return "ADJ";
    case UPos::Adv: return "ADV";
    case UPos::Adp: return "ADP";
    case UPos::Det: return "DET";
    case UPos::Num: return "NUM";
    case UPos::Part: return "PART";
    case UPos::CConj: return "CCONJ";
    case UPos::SConj: return "SCONJ";
    case UPos::Punct: return "PUNCT";
    case UPos::Intj: return "INTJ";
    case UPos::Sym: return "SYM";
    case UPos::X: return "X";
  }
  return "X";
}

void DepGraph::normalize() {
  const int32_t n = static_cast<int32_t>(words.size());
  // Heads out of range (hand-built graphs) become roots.
  for (auto& w : words) {
    if (w.head >= n || w.head < -1) w.head = -1;
  }
  // Simple renames first.
  for (auto& w : words) {
    std::string d = base::ascii_lower(w.deprel);
    if (d == "dobj") d = "obj";
    else if (d == "nsubjpass") d = "nsubj:pass";
    else if (d == "csubjpass") d = "csubj:pass";
    else if (d == "auxpass") d = "aux:pass";
    else if (d == "name") d = "flat";
    else if (d == "mwe") d = "fixed";
    else if (d == "foreign") d = "flat";
    else if (d == "remnant") d = "orphan";
    else if (d == "nmod:agent") d = "obl:agent";
    else if (d == "neg") {
      d = "advmod";
      w.negation = true;
    }
    w.deprel = std::move(d);
    std::string l = base::ascii_lower(w.lemma.empty() ? w.form : w.lemma);
    if (w.deprel == "advmod" && (l == "not" || l == "n't" || l == "never")) w.negation = true;
  }
  // Children index (needed for the structural rewrites below).
  child_start_.assign(words.size() + 1, 0);
  for (const auto& w : words) {
    if (w.head >= 0) ++child_start_[w.head + 1];
  }
  for (size_t i = 0; i < words.size(); ++i) child_start_[i + 1] += child_start_[i];
  child_list_.assign(child_start_.back(), 0);
  std::vector<uint32_t> fill(child_start_.begin(), child_start_.end() - 1);
  for (uint32_t i = 0; i < words.size(); ++i) {
    if (words[i].head >= 0) child_list_[fill[words[i].head]++] = i;
  }
  auto has_child = [&](int32_t h, std::initializer_list<const char*> rels) {
    if (h < 0) return false;
    for (const uint32_t* c = children_begin(h); c != children_end(h); ++c) {
      for (const char* r : rels) {
        if (words[*c].deprel == r) return true;
      }
    }
    return false;
  };
  auto case_word = [&](uint32_t i) -> std::string {
    for (const uint32_t* c = children_begin(i); c != children_end(i); ++c) {
      if (words[*c].deprel == "case") return base::ascii_lower(words[*c].form);
    }
    return {};
  };
  for (uint32_t i = 0; i < words.size(); ++i) {
    auto& w = words[i];
    bool under_predicate = is_predicate(*this, w.head) || has_child(w.head, {"cop"});
    if (under_predicate && (w.deprel == "nmod" || w.deprel == "nmod:tmod" || w.deprel == "nmod:npmod")) {
      w.deprel = w.deprel == "nmod" ? "obl" : w.deprel == "nmod:tmod" ? "obl:tmod" : "obl:npmod";
    }
    if (w.deprel == "obl" && w.head >= 0 && case_word(i) == "by" &&
        (has_child(w.head, {"aux:pass", "nsubj:pass"}) || words[w.head].xpos == "VBN")) {
      bool passive = has_child(w.head, {"aux:pass", "nsubj:pass"}) ||
                     words[w.head].deprel == "acl" || words[w.head].deprel == "advcl";
      if (passive) w.deprel = "obl:agent";
    }
  }
  parsed_ = false;
  for (auto& w : words) {
    w.rel = rel_of(w.deprel);
    if (w.head >= 0 || w.rel == Rel::Root) parsed_ = parsed_ || w.rel != Rel::Dep || w.head >= 0;
  }
  if (words.size() == 1) parsed_ = words[0].rel == Rel::Root;
}

Result<DepGraph> DepGraph::from_conllu(std::string_view lines, const std::string& where) {
  DepGraph g;
  size_t pos = 0;
  int line_no = 0;
  std::vector<int32_t> ids;
  while (pos < lines.size()) {
    size_t nl = lines.find('\n', pos);
    if (nl == std::string_view::npos) nl = lines.size();
    std::string_view line = lines.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    size_t lead = line.find_first_not_of(" \t");
    if (lead == std::string_view::npos) continue;
    line.remove_prefix(lead);
    if (line[0] == '#') continue;
    std::string_view cols[10];
    size_t ncols = 0;
    size_t p = 0;
    while (ncols < 10) {
      size_t tab = line.find('\t', p);
      cols[ncols++] = line.substr(p, tab == std::string_view::npos ? std::string_view::npos : tab - p);
      if (tab == std::string_view::npos) break;
      p = tab + 1;
    }
    std::string at = where + ": line " + std::to_string(line_no);
    if (ncols < 8) return make_error(at + ": a CoNLL-U word line has 10 tab-separated columns, found " + std::to_string(ncols));
    std::string_view id = cols[0];
    if (id.find('-') != std::string_view::npos || id.find('.') != std::string_view::npos) continue;  // ranges, empty nodes
    int32_t idv = 0, headv = 0;
    auto r1 = std::from_chars(id.data(), id.data() + id.size(), idv);
    if (r1.ec != std::errc() || r1.ptr != id.data() + id.size() || idv <= 0) return make_error(at + ": bad word id '" + base::printable(id) + "'");
    if (idv != static_cast<int32_t>(g.words.size()) + 1) return make_error(at + ": word ids must count 1, 2, 3, ...");
    std::string_view hd = cols[6];
    if (hd == "_") {
      headv = -1;
    } else {
      auto r2 = std::from_chars(hd.data(), hd.data() + hd.size(), headv);
      if (r2.ec != std::errc() || r2.ptr != hd.data() + hd.size() || headv < 0) return make_error(at + ": bad head '" + base::printable(hd) + "'");
    }
    DepWord w;
    w.form = std::string(cols[1]);
    w.lemma = cols[2] == "_" && cols[1] != "_" ? std::string() : std::string(cols[2]);
    w.upos = parse_upos(cols[3]);
    w.xpos = cols[4] == "_" ? std::string() : std::string(cols[4]);
    w.head = headv <= 0 ? -1 : headv - 1;
    w.deprel = headv < 0 ? std::string("dep") : std::string(cols[7]);
    ids.push_back(headv);
    g.words.push_back(std::move(w));
  }
  if (g.words.empty()) return make_error(where + ": no words in the parse");
  for (size_t i = 0; i < g.words.size(); ++i) {
    if (ids[i] > static_cast<int32_t>(g.words.size())) {
      return make_error(where + ": word " + std::to_string(i + 1) + " has head " + std::to_string(ids[i]) +
                        " beyond the sentence");
    }
  }
  // A cycle would make every climb loop forever: refuse it.
  for (size_t i = 0; i < g.words.size(); ++i) {
    int32_t h = g.words[i].head;
    size_t steps = 0;
    while (h >= 0 && steps <= g.words.size()) {
      h = g.words[h].head;
      ++steps;
    }
    if (steps > g.words.size()) return make_error(where + ": the heads form a cycle at word " + std::to_string(i + 1));
  }
  for (size_t i = 0; i < g.words.size(); ++i) {
    if (!g.text.empty()) g.text += ' ';
    g.text += g.words[i].form;
  }
  g.normalize();
  return g;
}

DepGraph DepGraph::from_analysis(std::string_view doc_text, const AnalyzedDocument& doc, const Sentence& s) {
  DepGraph g;
  g.words.reserve(s.token_count);
  for (uint32_t k = 0; k < s.token_count; ++k) {
    g.words.push_back(graph_word_from_token(doc_text, doc.tokens[s.first_token + k]));
  }
  // Guard against cycles from a faulty parser: break them at the first repeat.
  for (size_t i = 0; i < g.words.size(); ++i) {
    int32_t h = g.words[i].head;
    size_t steps = 0;
    while (h >= 0 && steps <= g.words.size()) {
      h = h < static_cast<int32_t>(g.words.size()) ? g.words[h].head : -1;
      ++steps;
    }
    if (steps > g.words.size()) g.words[i].head = -1;
  }
  g.text = sentence_text(doc_text, doc, s);
  g.normalize();
  return g;
}

}  // namespace dyad
