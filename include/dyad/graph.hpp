// DepGraph: one sentence as the event coder reads it -- words with form, lemma, UPOS,
// XPOS, head and relation.
//
// Built from CoNLL-U lines (the <Parse> blocks of validation files, a .conllu input),
// from Penn Treebank trees (PETRARCH's validation files) or from Dyad's own analysis.
// UD v1 relations (dobj, nsubjpass, nmod under a verb, name, ...) are rewritten to
// UD v2 at construction, so one coder handles both. Implemented in src/graph/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.hpp"
#include "dyad/result.hpp"

namespace dyad {

enum class UPos : uint8_t { X, Noun, Propn, Pron, Verb, Aux, Adj, Adv, Adp, Det, Num, Part, CConj, SConj, Punct, Intj, Sym };

// UD v2 relations the coder distinguishes (subtypes it does not use fold to the base).
enum class Rel : uint8_t {
  Dep, Root, Nsubj, NsubjPass, Csubj, CsubjPass, Obj, Iobj, Ccomp, Xcomp, Obl, OblAgent, OblTmod,
  OblNpmod, Advcl, Advmod, Aux, AuxPass, Cop, Mark, Nmod, NmodPoss, NmodTmod, NmodNpmod, Appos,
  Nummod, Acl, AclRelcl, Amod, Det, Case, Conj, Cc, Preconj, Fixed, Flat, Compound, CompoundPrt,
  List, Parataxis, Punct, Expl, Discourse, Vocative, Goeswith, Orphan, Reparandum, Dislocated, Clf
};

struct DepWord {
  std::string form;
  std::string lemma;
  std::string xpos;
  std::string deprel;  // UD v2, as normalised ("obl:agent", "nsubj:pass")
  UPos upos = UPos::X;
  Rel rel = Rel::Dep;
  int32_t head = -1;   // 0-based index of the head; -1 for the root
  bool negation = false;  // "not", "n't", "never" (UD v1 neg)
};

class DepGraph {
 public:
  std::vector<DepWord> words;
  std::string text;  // the sentence text, for output

  // From the 10-column CoNLL-U lines of one sentence (comments, multiword ranges and
  // empty nodes are skipped). Errors name `where` and the line.
  static Result<DepGraph> from_conllu(std::string_view lines, const std::string& where);
  // From a Penn Treebank tree ("(ROOT (S (NP (NNP Arnor)) (VP ...)))"), converted with
  // head rules to UD relations. Unbalanced brackets are an error naming `where`.
  static Result<DepGraph> from_penn(std::string_view tree, const std::string& where);
  // From one sentence of Dyad's analysis. Words without a head (no parser yet) keep
  // head -1 and relation dep; has_parse() is then false.
  static DepGraph from_analysis(std::string_view doc_text, const AnalyzedDocument& doc, const Sentence& s);

  // Rewrites UD v1 labels to UD v2, fills upos/rel and the children index. Called by
  // the constructors; call again after editing `words` by hand.
  void normalize();
  bool has_parse() const { return parsed_; }
  size_t size() const { return words.size(); }
  // Children of word i, in word order.
  const uint32_t* children_begin(uint32_t i) const { return child_list_.data() + child_start_[i]; }
  const uint32_t* children_end(uint32_t i) const { return child_list_.data() + child_start_[i + 1]; }

 private:
  std::vector<uint32_t> child_start_;
  std::vector<uint32_t> child_list_;
  bool parsed_ = false;
};

UPos parse_upos(std::string_view s);
const char* upos_name(UPos u);

}  // namespace dyad
