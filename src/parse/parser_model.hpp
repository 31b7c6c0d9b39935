// ParserModel and the arc-hybrid machinery shared by the run-time DependencyParser
// and the trainer (train/parser_trainer.cpp): the parse state, its transitions, the
// feature templates of the transition classifier and of the arc labeller.
//
// The state keeps, per word, what the features ask for in O(1): head and label, the
// two leftmost and two rightmost children, left/right valency and the label sets of
// left and right children (64-bit masks). Words are 0..n-1; index n is the root,
// which stays at the end of the buffer until the last transition (see
// include/dyad/parse.hpp for the design).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/result.hpp"
#include "model/form_memo.hpp"
#include "model/key_map.hpp"
#include "model/weight_table.hpp"
#include "parse/word_classes.hpp"
#include "model/word_clusters.hpp"

namespace dyad::model {
class ModelFile;
class ModelWriter;
}  // namespace dyad::model

namespace dyad::parse {

inline constexpr uint32_t kParserFormatVersion = 1;
inline constexpr const char* kParserKind = "parser";
inline constexpr const char* kParserFeatureSet =
    "parser-v1: arc-hybrid, root last; transitions: Zhang & Nivre 2011 templates over s0 s1 s2 b0 b1 b2 "
    "(word, joint XPOS|UPOS tag), s0-b0 and s1-s0 distance, valency, children (s0l s0l2 s0r s0r2 s1r s1r2 "
    "b0l b0l2) with labels, label sets; labeller: head/dependent words and tags, direction, distance, "
    "children labels and label sets, neighbour tags, case/mark child word";

enum Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };
inline constexpr int kMoves = 3;

// What a word contributes to features: hashes of its lower-cased form and of the
// form's last three bytes, its joint tag id, and the tagger's runner-up tag and margin
// (Token::alt_tag, Token::tag_margin), so that the parser can learn when not to trust
// a tag.
struct WordAttr {
  uint64_t word = 0;
  uint64_t suffix = 0;
  uint16_t tag = 0;
  uint16_t alt = 0;
  uint8_t margin = 3;
  uint8_t cls = 0;  // WordClasses class of the word's lemma (kWordClasses models), 0 = none
  uint16_t fine = 0;   // WordClusters fine cluster of the word (kClusters models), 0 = none
};

// Optional feature groups, recorded in the model (so a model always runs with the
// features it was trained with).
enum FeatureGroup : uint32_t {
  kLabeledMoves = 1 << 2,   // labelled LEFT_l / RIGHT_l moves in one classifier (no labeller)
  kWordClasses = 1 << 3,    // WordNet word classes of s0, s1, b0 (section "word_classes")
  kClusters = 1 << 4,       // distributional word clusters (fine) of s0, s1, b0 (section "clusters")
};

class ParseState {
 public:
  // A state over n words (the root is index n).
  void init(int n);
  int size() const { return n_; }
  bool terminal() const { return stack_.empty() && b0_ == n_; }
  bool can_shift() const { return b0_ < n_; }
  bool can_left() const { return !stack_.empty() && (b0_ < n_ || stack_.size() == 1); }
  bool can_right() const { return stack_.size() >= 2; }
  bool valid(Move m) const { return m == kShift ? can_shift() : m == kLeft ? can_left() : can_right(); }

  void shift() { stack_.push_back(b0_++); }
  // LEFT: s0 becomes a dependent of b0 (or of the root); pops s0.
  void left(uint16_t label) { attach(b0_, pop(), label); }
  // RIGHT: s0 becomes a dependent of s1; pops s0.
  void right(uint16_t label) {
    const int d = pop();
    attach(stack_.back(), d, label);
  }

  // The k-th stack item from the top (0 = s0), or -1.
  int s(int k) const { return k < static_cast<int>(stack_.size()) ? stack_[stack_.size() - 1 - k] : -1; }
  // The k-th buffer item (0 = b0; n = the root), or -1.
  int b(int k) const { return b0_ + k <= n_ ? b0_ + k : -1; }
  int b0() const { return b0_; }
  const std::vector<int>& stack() const { return stack_; }

  // Per word (index 0..n; -1 for "none" is allowed where noted).
  int head(int i) const { return head_[i]; }
  uint16_t label(int i) const { return i < 0 ? 0 : label_[i]; }
  int leftmost(int i) const { return i < 0 ? -1 : lc1_[i]; }
  int leftmost2(int i) const { return i < 0 ? -1 : lc2_[i]; }
  int rightmost(int i) const { return i < 0 ? -1 : rc1_[i]; }
  int rightmost2(int i) const { return i < 0 ? -1 : rc2_[i]; }
  int left_valency(int i) const { return i < 0 ? 0 : nl_[i]; }
  int right_valency(int i) const { return i < 0 ? 0 : nr_[i]; }
  uint64_t left_labels(int i) const { return i < 0 ? 0 : lset_[i]; }
  uint64_t right_labels(int i) const { return i < 0 ? 0 : rset_[i]; }
  // Word of the dependent of `i` with a label in `mask` nearest to it, or -1.
  int marker(int i) const { return i < 0 ? -1 : marker_[i]; }
  void set_marker_labels(uint64_t mask) { marker_mask_ = mask; }

 private:
  int pop() {
    const int x = stack_.back();
    stack_.pop_back();
    return x;
  }
  void attach(int h, int d, uint16_t label);

  int n_ = 0;
  int b0_ = 0;
  uint64_t marker_mask_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_, lc1_, lc2_, rc1_, rc2_, marker_;
  std::vector<uint16_t> label_, nl_, nr_;
  std::vector<uint64_t> lset_, rset_;
};

inline constexpr size_t kMaxTransitionFeatures = 160;
inline constexpr size_t kMaxLabelFeatures = 48;

// Features of the current state for the transition classifier (`groups`: FeatureGroup):
// role_features() of s0, s1 and b0, then state_features().
size_t transition_features(const ParseState& st, const WordAttr* words, uint32_t groups, uint64_t* out);
// The features that depend only on which word fills a role (s0, s1 or b0; -1 for an
// empty one) and on the sentence (n words): its word, tags, suffix and cluster, and for
// b0 also b1 and b2. They are the same every time the word fills that role, so the
// decoder scores them once per word and role (about a fifth of the features).
enum Role : uint8_t { kRoleS0 = 0, kRoleS1 = 1, kRoleB0 = 2 };
inline constexpr int kRoles = 3;
size_t role_features(Role role, int word, const WordAttr* words, int n, uint32_t groups, uint64_t* out);
// The rest: features of the stack and buffer together (pairs, triples, distances),
// of children, valencies and label sets.
size_t state_features(const ParseState& st, const WordAttr* words, uint32_t groups, uint64_t* out);
// Features for labelling the arc head -> dep about to be made in `st`.
size_t label_features(const ParseState& st, const WordAttr* words, uint32_t groups, int head, int dep,
                      uint64_t* out);

// Scores of role_features(), per word and role, filled as the decoder first needs them
// (labelled-move models).
struct RoleScores {
  // Clears the cache for a sentence of n words and score rows of `width` classes.
  void reset(int n, size_t width);
  // The row of word i (-1: none) in role r (its scores once filled()).
  int32_t* row(Role r, int i) { return &scores[(static_cast<size_t>(i + 1) * kRoles + r) * width]; }
  bool filled(Role r, int i) const { return done[static_cast<size_t>(i + 1) * kRoles + r]; }
  void mark(Role r, int i) { done[static_cast<size_t>(i + 1) * kRoles + r] = 1; }

  size_t width = 0;
  std::vector<int32_t> scores;
  std::vector<uint8_t> done;
};

struct ParserModel {
  uint32_t feature_groups = 0;      // FeatureGroup bits
  std::vector<std::string> tags;    // joint "XPOS|UPOS" names; id tags.size() = unknown
  std::vector<std::string> labels;  // labels[0] = "" (none); then dependency relations
  uint16_t root_label = 0;
  uint64_t marker_labels = 0;       // label-set bits of case/mark children
  model::KeyMap tag_index;          // hash("XPOS|UPOS") -> id
  model::DenseWeightTable transitions;       // unlabelled moves
  model::SparseWeightTable labeller;         // arc labels (with unlabelled moves)
  model::SparseWeightTable labeled_moves;    // SHIFT, LEFT_l, RIGHT_l (kLabeledMoves)
  WordClasses word_classes;                  // kWordClasses
  model::WordClusters clusters;              // kClusters
  // Decoding beam: 1 = greedy; more for models trained with a beam (labelled moves
  // only). Saved as metadata "beam".
  int beam = 1;
  static constexpr int kMaxBeam = 64;

  bool labeled() const { return feature_groups & kLabeledMoves; }
  // Labelled move classes: 0 = SHIFT, 2l-1 = LEFT with label l, 2l = RIGHT with label l.
  int move_classes() const { return 2 * static_cast<int>(labels.size()) - 1; }
  // Makes labelled move class c on the state.
  static void apply_labeled(ParseState& st, int c) {
    if (c == 0) st.shift();
    else if (c & 1) st.left(static_cast<uint16_t>((c + 1) / 2));
    else st.right(static_cast<uint16_t>(c / 2));
  }
  // The only valid labelled class of a state that has no choice (an empty stack can only
  // SHIFT; the last word on the stack can only go LEFT to the root), or -1. Such moves
  // are not scored.
  int forced_labeled(const ParseState& st) const {
    if (!st.can_left() && !st.can_right()) return 0;
    if (!st.can_shift() && !st.can_right()) return 2 * root_label - 1;
    return -1;
  }
  bool valid_labeled(const ParseState& st, int c) const {
    if (c == 0) return st.can_shift();
    const int l = (c + 1) / 2;
    if (c & 1) return st.can_left() && ((st.b0() == st.size()) == (l == root_label));
    return st.can_right() && l != root_label;
  }
  std::map<std::string, std::string> metadata;

  uint16_t unknown_tag() const { return static_cast<uint16_t>(tags.size()); }
  uint16_t root_tag() const { return static_cast<uint16_t>(tags.size() + 1); }
  uint16_t no_tag() const { return static_cast<uint16_t>(tags.size() + 2); }
  uint16_t tag_id(std::string_view xpos, std::string_view upos) const;
  // Fills tag_index from tags, and marker_labels/root_label from labels.
  void index();
  // The attributes that depend on the form alone (word, suffix, cluster)...
  void form_attributes(std::string_view form, std::string& scratch, WordAttr& a) const;
  // ... and the others (tag, runner-up tag and margin, word class).
  void tag_attributes(std::string_view xpos, std::string_view upos, std::string_view lemma, std::string_view alt_tag,
                      uint8_t margin, std::string& scratch, WordAttr& a) const;
  // The feature attributes of a word: both of the above.
  WordAttr attributes(std::string_view form, std::string_view xpos, std::string_view upos, std::string_view lemma,
                      std::string_view alt_tag, uint8_t margin, std::string& scratch) const;

  // Greedy parse of words[0..n-1] (words[n] must be the root's attributes); writes
  // heads (n = root) and labels into the state. `cache` is per-thread scratch.
  void decode(const WordAttr* words, int n, ParseState& st, RoleScores& cache) const;
  // The same with a beam of k (models trained with a beam: `beam`).
  void decode_beam(const WordAttr* words, int n, ParseState& st, int k) const;
  // The best label for head -> dep (never the root label unless head is the root).
  uint16_t predict_label(const ParseState& st, const WordAttr* words, int head, int dep) const;

  void save(model::ModelWriter& out) const;
  Status load(const model::ModelFile& file);
};

// The attributes of the root token.
WordAttr root_attr(const ParserModel& m);

// Per-thread scratch of the parser.
struct ParseScratch {
  std::vector<WordAttr> words;
  ParseState state;
  RoleScores role_scores;
  std::string lower;
  model::FormMemo<WordAttr> form_attributes;  // form -> ParserModel::form_attributes()
};

}  // namespace dyad::parse
