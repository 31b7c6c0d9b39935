// DependencyParser: arc-hybrid state, feature templates, greedy decoding, model
// (de)serialisation (see include/dyad/parse.hpp and parser_model.hpp).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "base/strings.hpp"
#include "dyad/parse.hpp"
#include "lemma/lemmatizer.hpp"
#include "model/bytes.hpp"
#include "model/feature_hash.hpp"
#include "model/model_file.hpp"
#include "parse/parser_model.hpp"

namespace dyad {
namespace parse {

using model::feature;
using model::hash_string;


// ---------------------------------------------------------------------------
// State

void ParseState::init(int n) {
  n_ = n;
  b0_ = 0;
  stack_.clear();
  stack_.reserve(n + 1);
  const size_t size = static_cast<size_t>(n) + 1;
  head_.assign(size, -1);
  lc1_.assign(size, -1);
  lc2_.assign(size, -1);
  rc1_.assign(size, -1);
  rc2_.assign(size, -1);
  marker_.assign(size, -1);
  label_.assign(size, 0);
  nl_.assign(size, 0);
  nr_.assign(size, 0);
  lset_.assign(size, 0);
  rset_.assign(size, 0);
}

void ParseState::attach(int h, int d, uint16_t label) {
  head_[d] = h;
  label_[d] = label;
  const uint64_t bit = uint64_t{1} << (label & 63);
  if (d < h) {
    if (lc1_[h] < 0 || d < lc1_[h]) {
      lc2_[h] = lc1_[h];
      lc1_[h] = d;
    } else if (lc2_[h] < 0 || d < lc2_[h]) {
      lc2_[h] = d;
    }
    ++nl_[h];
    lset_[h] |= bit;
  } else {
    if (rc1_[h] < 0 || d > rc1_[h]) {
      rc2_[h] = rc1_[h];
      rc1_[h] = d;
    } else if (rc2_[h] < 0 || d > rc2_[h]) {
      rc2_[h] = d;
    }
    ++nr_[h];
    rset_[h] |= bit;
  }
  if (marker_mask_ & bit) marker_[h] = d;
}

// ---------------------------------------------------------------------------
// Features

namespace {

const uint64_t kNoWord = hash_string("<none>");
constexpr uint64_t kNoTag = 0xfff0;

// Distance buckets: 1 2 3 4 5-6 7-9 10+.
uint64_t distance_bucket(int a, int b) {
  const int d = a > b ? a - b : b - a;
  if (d <= 4) return static_cast<uint64_t>(d);
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}
uint64_t cap(int v, int limit) { return static_cast<uint64_t>(std::min(v, limit)); }

// Transition templates. Numbers are part of the model format.
enum TransitionTemplate : uint32_t {
  // single words
  kS0w = 1, kS0p, kS0wp, kS1w, kS1p, kS1wp, kS2p, kB0w, kB0p, kB0wp, kB1w, kB1p, kB1wp, kB2w, kB2p, kB2wp,
  // pairs s0-b0
  kS0wpB0wp, kS0wpB0w, kS0wB0wp, kS0wpB0p, kS0pB0wp, kS0wB0w, kS0pB0p, kB0pB1p,
  // pairs s1-s0
  kS1wpS0wp, kS1wpS0w, kS1wS0wp, kS1wpS0p, kS1pS0wp, kS1wS0w, kS1pS0p,
  // three
  kB0pB1pB2p, kS0pB0pB1p, kS1pS0pB0p, kS0pS0lpB0p, kS0pS0rpB0p, kS0pB0pB0lp, kS1pS1rpS0p, kS2pS1pS0p,
  kS1pS0pS0lp, kS1pS0pS0rp, kS1wS0pB0p, kS1pS0wB0p, kS1pS0pB0w,
  // distance
  kS0wD, kS0pD, kB0wD, kB0pD, kS0wB0wD, kS0pB0pD, kS1wD1, kS1pD1, kS0wD1, kS1pS0pD1, kS1wS0wD1,
  // valency
  kS0wVr, kS0pVr, kS0wVl, kS0pVl, kB0wVl, kB0pVl, kS1wVr, kS1pVr, kS1pVl,
  // children
  kS0lw, kS0lp, kS0ll, kS0rw, kS0rp, kS0rl, kB0lw, kB0lp, kB0ll, kS1rw, kS1rp, kS1rl, kS1lp, kS1ll,
  // third order
  kS0l2w, kS0l2p, kS0l2l, kS0r2w, kS0r2p, kS0r2l, kB0l2w, kB0l2p, kB0l2l, kS1r2p, kS1r2l,
  kS0pS0lpS0l2p, kS0pS0rpS0r2p, kB0pB0lpB0l2p, kS1pS1rpS1r2p,
  // label sets
  kS0wSr, kS0pSr, kS0wSl, kS0pSl, kB0wSl, kB0pSl, kS1pSr, kS1pSl,
  // stack size / end of buffer
  kStackDepthB0p, kS0pS1pS0ll, kS0pS0llS0rl,
  // case/mark child of s0, surface neighbours
  kS0pS0m, kS0pS0mB0p, kS1pS0pS0m, kS0pPrevNext, kB0pPrev,
  // tagger doubt (runner-up tag and margin), suffixes
  kS0Alt, kB0Alt, kS1Alt, kB1Alt, kS0AltB0p, kS0pB0Alt, kS0Suffix, kB0Suffix, kS1Suffix,
  // word classes (kWordClasses)
  kS0pC, kB0pC, kS1pC, kS0cB0c, kS1cS0c, kS1cS0mS0c, kS1wS0mS0c, kS1cS0mS0w,
  // word clusters (kClusters): F = fine cluster, G = coarse cluster; only kS0pF, kB0pF,
  // kS0FB0F and kS1FS0F are emitted, the others keep their values (and so the hashes)
  kS0pF, kB0pF, kS1pF, kB1pF, kS0FB0F, kS1FS0F, kS0GB0G, kS1GS0G, kS0FB0p, kS0pB0F, kS1FS0mS0F, kS0wB0F,
  kS0FB0w,
};

}  // namespace

size_t role_features(Role role, int i, const WordAttr* w, int n, uint32_t groups, uint64_t* out) {
  auto W = [&](int j) { return j < 0 ? kNoWord : w[j].word; };
  auto P = [&](int j) { return j < 0 ? kNoTag : static_cast<uint64_t>(w[j].tag); };
  auto A = [&](int j) { return j < 0 ? kNoTag : static_cast<uint64_t>(w[j].alt) << 8 | w[j].margin; };
  auto X = [&](int j) { return j < 0 ? kNoWord : w[j].suffix; };
  auto C = [&](int j) { return j < 0 ? uint64_t{0xff} : static_cast<uint64_t>(w[j].cls); };
  auto F = [&](int j) { return j < 0 ? uint64_t{0xffff} : static_cast<uint64_t>(w[j].fine); };
  const uint64_t iw = W(i), ip = P(i);
  size_t k = 0;
  switch (role) {
    case kRoleS0:
      out[k++] = feature(kS0w, iw);
      out[k++] = feature(kS0p, ip);
      out[k++] = feature(kS0wp, feature(0, iw, ip));
      out[k++] = feature(kS0pPrevNext, ip, P(i > 0 ? i - 1 : -1), P(i >= 0 && i + 1 < n ? i + 1 : -1));
      out[k++] = feature(kS0Alt, ip, A(i));
      out[k++] = feature(kS0Suffix, ip, X(i));
      if (groups & kWordClasses) out[k++] = feature(kS0pC, ip, C(i));
      if (groups & kClusters) out[k++] = feature(kS0pF, ip, F(i));
      break;
    case kRoleS1:
      out[k++] = feature(kS1w, iw);
      out[k++] = feature(kS1p, ip);
      out[k++] = feature(kS1wp, feature(0, iw, ip));
      out[k++] = feature(kS1Alt, ip, A(i));
      out[k++] = feature(kS1Suffix, ip, X(i));
      if (groups & kWordClasses) out[k++] = feature(kS1pC, ip, C(i));
      break;
    case kRoleB0: {
      const int b1 = i >= 0 && i + 1 <= n ? i + 1 : -1, b2 = i >= 0 && i + 2 <= n ? i + 2 : -1;
      const uint64_t b1w = W(b1), b1p = P(b1), b2w = W(b2), b2p = P(b2);
      out[k++] = feature(kB0w, iw);
      out[k++] = feature(kB0p, ip);
      out[k++] = feature(kB0wp, feature(0, iw, ip));
      out[k++] = feature(kB1w, b1w);
      out[k++] = feature(kB1p, b1p);
      out[k++] = feature(kB1wp, b1w, b1p);
      out[k++] = feature(kB2w, b2w);
      out[k++] = feature(kB2p, b2p);
      out[k++] = feature(kB2wp, b2w, b2p);
      out[k++] = feature(kB0pB1p, ip, b1p);
      out[k++] = feature(kB0pB1pB2p, ip, b1p, b2p);
      out[k++] = feature(kB0pPrev, ip, P(i > 0 ? i - 1 : -1));
      out[k++] = feature(kB0Alt, ip, A(i));
      out[k++] = feature(kB1Alt, b1p, A(b1));
      out[k++] = feature(kB0Suffix, ip, X(i));
      if (groups & kWordClasses) out[k++] = feature(kB0pC, ip, C(i));
      if (groups & kClusters) out[k++] = feature(kB0pF, ip, F(i));
      break;
    }
  }
  return k;
}

size_t transition_features(const ParseState& st, const WordAttr* w, uint32_t groups, uint64_t* out) {
  size_t k = role_features(kRoleS0, st.s(0), w, st.size(), groups, out);
  k += role_features(kRoleS1, st.s(1), w, st.size(), groups, out + k);
  k += role_features(kRoleB0, st.b(0), w, st.size(), groups, out + k);
  return k + state_features(st, w, groups, out + k);
}

size_t state_features(const ParseState& st, const WordAttr* w, uint32_t groups, uint64_t* out) {
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.b(0), b1 = st.b(1);
  auto W = [&](int i) { return i < 0 ? kNoWord : w[i].word; };
  auto P = [&](int i) { return i < 0 ? kNoTag : static_cast<uint64_t>(w[i].tag); };
  auto L = [&](int i) { return static_cast<uint64_t>(st.label(i)); };
  const uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), s2p = P(s2);
  const uint64_t b0w = W(b0), b0p = P(b0), b1p = P(b1);
  const uint64_t s0wp = feature(0, s0w, s0p), s1wp = feature(0, s1w, s1p), b0wp = feature(0, b0w, b0p);
  const int s0l = st.leftmost(s0), s0r = st.rightmost(s0), b0l = st.leftmost(b0), s1r = st.rightmost(s1);
  const int s1l = st.leftmost(s1);
  const int s0l2 = st.leftmost2(s0), s0r2 = st.rightmost2(s0), b0l2 = st.leftmost2(b0), s1r2 = st.rightmost2(s1);
  const uint64_t d = s0 >= 0 && b0 >= 0 ? distance_bucket(s0, b0) : 0;
  const uint64_t d1 = s1 >= 0 && s0 >= 0 ? distance_bucket(s1, s0) : 0;
  size_t k = 0;
  out[k++] = feature(kS2p, s2p);

  out[k++] = feature(kS0wpB0wp, s0wp, b0wp);
  out[k++] = feature(kS0wpB0w, s0wp, b0w);
  out[k++] = feature(kS0wB0wp, s0w, b0wp);
  out[k++] = feature(kS0wpB0p, s0wp, b0p);
  out[k++] = feature(kS0pB0wp, s0p, b0wp);
  out[k++] = feature(kS0wB0w, s0w, b0w);
  out[k++] = feature(kS0pB0p, s0p, b0p);

  out[k++] = feature(kS1wpS0wp, s1wp, s0wp);
  out[k++] = feature(kS1wpS0w, s1wp, s0w);
  out[k++] = feature(kS1wS0wp, s1w, s0wp);
  out[k++] = feature(kS1wpS0p, s1wp, s0p);
  out[k++] = feature(kS1pS0wp, s1p, s0wp);
  out[k++] = feature(kS1wS0w, s1w, s0w);
  out[k++] = feature(kS1pS0p, s1p, s0p);

  out[k++] = feature(kS0pB0pB1p, s0p, b0p, b1p);
  out[k++] = feature(kS1pS0pB0p, s1p, s0p, b0p);
  out[k++] = feature(kS0pS0lpB0p, s0p, P(s0l), b0p);
  out[k++] = feature(kS0pS0rpB0p, s0p, P(s0r), b0p);
  out[k++] = feature(kS0pB0pB0lp, s0p, b0p, P(b0l));
  out[k++] = feature(kS1pS1rpS0p, s1p, P(s1r), s0p);
  out[k++] = feature(kS2pS1pS0p, s2p, s1p, s0p);
  out[k++] = feature(kS1pS0pS0lp, s1p, s0p, P(s0l));
  out[k++] = feature(kS1pS0pS0rp, s1p, s0p, P(s0r));
  out[k++] = feature(kS1wS0pB0p, s1w, s0p, b0p);
  out[k++] = feature(kS1pS0wB0p, s1p, s0w, b0p);
  out[k++] = feature(kS1pS0pB0w, s1p, s0p, b0w);

  out[k++] = feature(kS0wD, s0w, d);
  out[k++] = feature(kS0pD, s0p, d);
  out[k++] = feature(kB0wD, b0w, d);
  out[k++] = feature(kB0pD, b0p, d);
  out[k++] = feature(kS0wB0wD, s0w, b0w, d);
  out[k++] = feature(kS0pB0pD, s0p, b0p, d);
  out[k++] = feature(kS1wD1, s1w, d1);
  out[k++] = feature(kS1pD1, s1p, d1);
  out[k++] = feature(kS0wD1, s0w, d1);
  out[k++] = feature(kS1pS0pD1, s1p, s0p, d1);
  out[k++] = feature(kS1wS0wD1, s1w, s0w, d1);

  const uint64_t s0vr = cap(st.right_valency(s0), 6), s0vl = cap(st.left_valency(s0), 6);
  const uint64_t b0vl = cap(st.left_valency(b0), 6), s1vr = cap(st.right_valency(s1), 6);
  const uint64_t s1vl = cap(st.left_valency(s1), 6);
  out[k++] = feature(kS0wVr, s0w, s0vr);
  out[k++] = feature(kS0pVr, s0p, s0vr);
  out[k++] = feature(kS0wVl, s0w, s0vl);
  out[k++] = feature(kS0pVl, s0p, s0vl);
  out[k++] = feature(kB0wVl, b0w, b0vl);
  out[k++] = feature(kB0pVl, b0p, b0vl);
  out[k++] = feature(kS1wVr, s1w, s1vr);
  out[k++] = feature(kS1pVr, s1p, s1vr);
  out[k++] = feature(kS1pVl, s1p, s1vl);

  out[k++] = feature(kS0lw, W(s0l));
  out[k++] = feature(kS0lp, P(s0l));
  out[k++] = feature(kS0ll, L(s0l));
  out[k++] = feature(kS0rw, W(s0r));
  out[k++] = feature(kS0rp, P(s0r));
  out[k++] = feature(kS0rl, L(s0r));
  out[k++] = feature(kB0lw, W(b0l));
  out[k++] = feature(kB0lp, P(b0l));
  out[k++] = feature(kB0ll, L(b0l));
  out[k++] = feature(kS1rw, W(s1r));
  out[k++] = feature(kS1rp, P(s1r));
  out[k++] = feature(kS1rl, L(s1r));
  out[k++] = feature(kS1lp, P(s1l));
  out[k++] = feature(kS1ll, L(s1l));

  out[k++] = feature(kS0l2w, W(s0l2));
  out[k++] = feature(kS0l2p, P(s0l2));
  out[k++] = feature(kS0l2l, L(s0l2));
  out[k++] = feature(kS0r2w, W(s0r2));
  out[k++] = feature(kS0r2p, P(s0r2));
  out[k++] = feature(kS0r2l, L(s0r2));
  out[k++] = feature(kB0l2w, W(b0l2));
  out[k++] = feature(kB0l2p, P(b0l2));
  out[k++] = feature(kB0l2l, L(b0l2));
  out[k++] = feature(kS1r2p, P(s1r2));
  out[k++] = feature(kS1r2l, L(s1r2));
  out[k++] = feature(kS0pS0lpS0l2p, s0p, P(s0l), P(s0l2));
  out[k++] = feature(kS0pS0rpS0r2p, s0p, P(s0r), P(s0r2));
  out[k++] = feature(kB0pB0lpB0l2p, b0p, P(b0l), P(b0l2));
  out[k++] = feature(kS1pS1rpS1r2p, s1p, P(s1r), P(s1r2));

  const uint64_t s0sr = st.right_labels(s0), s0sl = st.left_labels(s0), b0sl = st.left_labels(b0);
  out[k++] = feature(kS0wSr, s0w, s0sr);
  out[k++] = feature(kS0pSr, s0p, s0sr);
  out[k++] = feature(kS0wSl, s0w, s0sl);
  out[k++] = feature(kS0pSl, s0p, s0sl);
  out[k++] = feature(kB0wSl, b0w, b0sl);
  out[k++] = feature(kB0pSl, b0p, b0sl);
  out[k++] = feature(kS1pSr, s1p, st.right_labels(s1));
  out[k++] = feature(kS1pSl, s1p, st.left_labels(s1));

  out[k++] = feature(kStackDepthB0p, cap(static_cast<int>(st.stack().size()), 4), b0p);
  out[k++] = feature(kS0pS1pS0ll, s0p, s1p, L(s0l));
  out[k++] = feature(kS0pS0llS0rl, s0p, L(s0l), L(s0r));
  const int s0m = st.marker(s0);
  out[k++] = feature(kS0pS0m, s0p, W(s0m));
  out[k++] = feature(kS0pS0mB0p, s0p, W(s0m), b0p);
  out[k++] = feature(kS1pS0pS0m, s1p, s0p, W(s0m));
  auto A = [&](int i) { return i < 0 ? kNoTag : static_cast<uint64_t>(w[i].alt) << 8 | w[i].margin; };
  out[k++] = feature(kS0AltB0p, s0p, A(s0), b0p);
  out[k++] = feature(kS0pB0Alt, s0p, b0p, A(b0));
  if (groups & kWordClasses) {
    // Word classes: alone with the tag, in the s0-b0 and s1-s0 pairs, and for the
    // attachment of a phrase with a case/mark word (s0) to s1: class-marker-class.
    auto C = [&](int i) { return i < 0 ? uint64_t{0xff} : static_cast<uint64_t>(w[i].cls); };
    const uint64_t s0c = C(s0), b0c = C(b0), s1c = C(s1), s0mw = W(s0m);
    out[k++] = feature(kS0cB0c, s0p << 8 | s0c, b0p << 8 | b0c);
    out[k++] = feature(kS1cS0c, s1p << 8 | s1c, s0p << 8 | s0c);
    out[k++] = feature(kS1cS0mS0c, s1p << 8 | s1c, s0mw, s0c);
    out[k++] = feature(kS1wS0mS0c, s1w, s0mw, s0c);
    out[k++] = feature(kS1cS0mS0w, s1p << 8 | s1c, s0mw, s0w);
  }
  if (groups & kClusters) {
    // Clusters stand in for the words where words matter most: s0 and b0 with their
    // tags, and the fine-cluster pairs s0-b0 and s1-s0. Four templates: the nine more
    // tried in the fourth round (s1, b1, coarse pairs, cluster-word pairs, s1-s0 through
    // s0's case/mark word) gave no better dev score and made the whole of
    // `dyad analyze` about 10% slower (docs/parser-experiments.md). The unused enum values stay, so the hashes of these four do
    // not change.
    auto F = [&](int i) { return i < 0 ? uint64_t{0xffff} : static_cast<uint64_t>(w[i].fine); };
    const uint64_t s0f = F(s0), b0f = F(b0), s1f = F(s1);
    out[k++] = feature(kS0FB0F, s0f, b0f);
    out[k++] = feature(kS1FS0F, s1f, s0f);
  }
  return k;
}

namespace {

enum LabelTemplate : uint32_t {
  kBias = 1, kDw, kDp, kHw, kHp, kDpHp, kDwHp, kDpHw, kDwHw, kDpHpDir, kDpHpDist, kDll, kDrl, kDsl, kDsr,
  kDpDsl, kDpDsr, kHsl, kHsr, kHpHsl, kHpHsr, kDprev, kDnext, kHprev, kHnext, kDpMarker, kHpDpMarker,
  kDpDlp, kDpDrp, kHpDir, kDwDir, kDpHpHsl, kDpHpHsr, kHpHlp,
};

}  // namespace

size_t label_features(const ParseState& st, const WordAttr* w, uint32_t groups, int h, int d, uint64_t* out) {
  const int n = st.size();
  auto W = [&](int i) { return i < 0 ? kNoWord : w[i].word; };
  auto P = [&](int i) { return i < 0 || i > n ? kNoTag : static_cast<uint64_t>(w[i].tag); };
  const uint64_t dw = W(d), dp = P(d), hw = W(h), hp = P(h);
  const uint64_t dir = d < h ? 1 : 2;
  const uint64_t dist = distance_bucket(h, d);
  const int dl = st.leftmost(d), dr = st.rightmost(d), m = st.marker(d);
  const uint64_t dsl = st.left_labels(d), dsr = st.right_labels(d);
  const uint64_t hsl = st.left_labels(h), hsr = st.right_labels(h);
  size_t k = 0;
  out[k++] = feature(kBias, 0);
  out[k++] = feature(kDw, dw);
  out[k++] = feature(kDp, dp);
  out[k++] = feature(kHw, hw);
  out[k++] = feature(kHp, hp);
  out[k++] = feature(kDpHp, dp, hp);
  out[k++] = feature(kDwHp, dw, hp);
  out[k++] = feature(kDpHw, dp, hw);
  out[k++] = feature(kDwHw, dw, hw);
  out[k++] = feature(kDpHpDir, dp, hp, dir);
  out[k++] = feature(kDpHpDist, dp, hp, dist * 4 + dir);
  out[k++] = feature(kDll, st.label(dl));
  out[k++] = feature(kDrl, st.label(dr));
  out[k++] = feature(kDsl, dsl);
  out[k++] = feature(kDsr, dsr);
  out[k++] = feature(kDpDsl, dp, dsl);
  out[k++] = feature(kDpDsr, dp, dsr);
  out[k++] = feature(kHsl, hsl);
  out[k++] = feature(kHsr, hsr);
  out[k++] = feature(kHpHsl, hp, hsl);
  out[k++] = feature(kHpHsr, hp, hsr);
  out[k++] = feature(kDprev, dp, P(d - 1));
  out[k++] = feature(kDnext, dp, P(d + 1 < n ? d + 1 : -1));
  out[k++] = feature(kHprev, hp, P(h < n ? h - 1 : -1));
  out[k++] = feature(kHnext, hp, P(h + 1 < n ? h + 1 : -1));
  out[k++] = feature(kDpMarker, dp, W(m));
  out[k++] = feature(kHpDpMarker, hp, dp, W(m));
  out[k++] = feature(kDpDlp, dp, P(dl));
  out[k++] = feature(kDpDrp, dp, P(dr));
  out[k++] = feature(kHpDir, hp, dir);
  out[k++] = feature(kDwDir, dw, dir);
  out[k++] = feature(kDpHpHsl, dp, hp, hsl);
  out[k++] = feature(kDpHpHsr, dp, hp, hsr);
  out[k++] = feature(kHpHlp, hp, P(st.leftmost(h)));
  return k;
}

// ---------------------------------------------------------------------------
// Model


WordAttr root_attr(const ParserModel& m) {
  WordAttr a;
  a.word = hash_string("<root>");
  a.suffix = a.word;
  a.tag = m.root_tag();
  a.alt = m.no_tag();
  return a;
}

void ParserModel::form_attributes(std::string_view form, std::string& scratch, WordAttr& a) const {
  base::ascii_lower_into(form, scratch);
  a.word = hash_string(scratch);
  a.suffix = hash_string(std::string_view(scratch).substr(scratch.size() > 3 ? scratch.size() - 3 : 0));
  if (feature_groups & kClusters) {
    a.fine = clusters.lookup(scratch).fine;  // the parser's templates use the fine cluster only
  }
}

void ParserModel::tag_attributes(std::string_view xpos, std::string_view upos, std::string_view lemma,
                                 std::string_view alt_tag, uint8_t margin, std::string& scratch, WordAttr& a) const {
  if (feature_groups & kWordClasses) {
    base::ascii_lower_into(lemma, scratch);
    a.cls = word_classes.lookup(scratch, upos);
  }
  a.tag = tag_id(xpos, upos);
  a.alt = no_tag();
  a.margin = 3;
  if (!alt_tag.empty() && margin < 3) {
    if (const uint32_t* v = tag_index.find(hash_string(alt_tag))) {
      a.alt = static_cast<uint16_t>(*v);
      a.margin = margin;
    }
  }
}

WordAttr ParserModel::attributes(std::string_view form, std::string_view xpos, std::string_view upos,
                                 std::string_view lemma, std::string_view alt_tag, uint8_t margin,
                                 std::string& scratch) const {
  WordAttr a;
  form_attributes(form, scratch, a);
  tag_attributes(xpos, upos, lemma, alt_tag, margin, scratch, a);
  return a;
}

uint16_t ParserModel::tag_id(std::string_view xpos, std::string_view upos) const {
  // Hash "XPOS|UPOS" without building the string.
  char buf[64];
  if (xpos.size() + upos.size() + 1 > sizeof buf) return unknown_tag();
  std::copy(xpos.begin(), xpos.end(), buf);
  buf[xpos.size()] = '|';
  std::copy(upos.begin(), upos.end(), buf + xpos.size() + 1);
  const uint32_t* v = tag_index.find(hash_string(std::string_view(buf, xpos.size() + upos.size() + 1)));
  return v ? static_cast<uint16_t>(*v) : unknown_tag();
}

void ParserModel::index() {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> values;
  for (size_t i = 0; i < tags.size(); ++i) {
    keys.push_back(hash_string(tags[i]));
    values.push_back(static_cast<uint32_t>(i));
  }
  tag_index.build(keys, values);
  marker_labels = 0;
  root_label = 0;
  for (size_t i = 1; i < labels.size(); ++i) {
    if (labels[i] == "case" || labels[i] == "mark") marker_labels |= uint64_t{1} << (i & 63);
    if (labels[i] == "root") root_label = static_cast<uint16_t>(i);
  }
}

uint16_t ParserModel::predict_label(const ParseState& st, const WordAttr* words, int head, int dep) const {
  if (head == st.size()) return root_label;
  uint64_t feats[kMaxLabelFeatures];
  const size_t nf = label_features(st, words, feature_groups, head, dep, feats);
  int32_t scores[256] = {};
  const int classes = static_cast<int>(labels.size());
  labeller.add(feats, nf, scores);
  int best = -1;
  for (int c = 1; c < classes; ++c) {
    if (c == root_label) continue;
    if (best < 0 || scores[c] > scores[best]) best = c;
  }
  return static_cast<uint16_t>(best < 0 ? 0 : best);
}

// Beam search for models trained with a beam: the k best move sequences by the sum of
// their move scores, in lockstep (every sequence has 2n moves; forced moves add 0).
void ParserModel::decode_beam(const WordAttr* words, int n, ParseState& st, int k) const {
  struct Item {
    ParseState state;
    int64_t score = 0;
  };
  struct Cand {
    int item;
    int cls;
    int64_t score;
  };
  std::vector<Item> beam(1), next;
  beam[0].state.init(n);
  beam[0].state.set_marker_labels(marker_labels);
  uint64_t feats[kMaxTransitionFeatures];
  const int labels_n = static_cast<int>(labels.size());
  const size_t width = labeled_moves.dense_width();
  int32_t scores[256];
  std::vector<Cand> cands;
  while (!beam[0].state.terminal()) {
    cands.clear();
    for (int b = 0; b < static_cast<int>(beam.size()); ++b) {
      const ParseState& x = beam[b].state;
      if (const int f = forced_labeled(x); f >= 0) {
        cands.push_back({b, f, beam[b].score});
        continue;
      }
      const size_t nf = transition_features(x, words, feature_groups, feats);
      std::fill(scores, scores + width, 0);
      labeled_moves.add(feats, nf, scores);
      if (x.can_shift()) cands.push_back({b, 0, beam[b].score + scores[0]});
      if (x.can_left()) {
        if (x.b0() == x.size()) {
          const int c = 2 * root_label - 1;
          cands.push_back({b, c, beam[b].score + scores[c]});
        } else {
          for (int l = 1; l < labels_n; ++l) {
            if (l != root_label) cands.push_back({b, 2 * l - 1, beam[b].score + scores[2 * l - 1]});
          }
        }
      }
      if (x.can_right()) {
        for (int l = 1; l < labels_n; ++l) {
          if (l != root_label) cands.push_back({b, 2 * l, beam[b].score + scores[2 * l]});
        }
      }
    }
    const size_t keep = std::min<size_t>(static_cast<size_t>(k), cands.size());
    std::partial_sort(cands.begin(), cands.begin() + keep, cands.end(),
                      [](const Cand& a, const Cand& b) { return a.score != b.score ? a.score > b.score : a.cls < b.cls; });
    next.resize(keep);
    for (size_t i = 0; i < keep; ++i) {
      next[i].state = beam[cands[i].item].state;
      next[i].score = cands[i].score;
      apply_labeled(next[i].state, cands[i].cls);
    }
    beam.swap(next);
  }
  st = beam[0].state;
}

namespace {

// out[j] = a[j] + b[j] + c[j] for j < width (a multiple of 16), four lanes at a time
// (GCC's -O2 leaves the plain loop scalar).
void add_rows(const int32_t* a, const int32_t* b, const int32_t* c, size_t width, int32_t* out) {
  using V = int32_t __attribute__((vector_size(16)));
  for (size_t j = 0; j < width; j += 4) {
    V x, y, z;
    std::memcpy(&x, a + j, sizeof x);
    std::memcpy(&y, b + j, sizeof y);
    std::memcpy(&z, c + j, sizeof z);
    x += y + z;
    std::memcpy(out + j, &x, sizeof x);
  }
}

}  // namespace

void RoleScores::reset(int n, size_t w) {
  width = w;
  const size_t rows = (static_cast<size_t>(n) + 2) * kRoles;
  if (scores.size() < rows * width) scores.resize(rows * width);
  done.assign(rows, 0);
}

void ParserModel::decode(const WordAttr* words, int n, ParseState& st, RoleScores& cache) const {
  st.init(n);
  st.set_marker_labels(marker_labels);
  uint64_t feats[kMaxTransitionFeatures];
  if (labeled()) {
    const int labels_n = static_cast<int>(labels.size());
    const size_t width = labeled_moves.dense_width();
    cache.reset(n, width);
    // The scores of a word's role features, computed the first time it fills the role.
    auto role_row = [&](Role r, int i) -> const int32_t* {
      int32_t* row = cache.row(r, i);
      if (!cache.filled(r, i)) {
        std::fill(row, row + width, 0);
        labeled_moves.add(feats, role_features(r, i, words, n, feature_groups, feats), row);
        cache.mark(r, i);
      }
      return row;
    };
    int32_t scores[256];
    while (!st.terminal()) {
      // Forced moves (about one state in nine): an empty stack can only SHIFT, and the
      // last word left on the stack can only go LEFT to the root. No scoring needed.
      if (const int f = forced_labeled(st); f >= 0) {
        apply_labeled(st, f);
        continue;
      }
      const int32_t* a = role_row(kRoleS0, st.s(0));
      const int32_t* b = role_row(kRoleS1, st.s(1));
      const int32_t* c = role_row(kRoleB0, st.b(0));
      add_rows(a, b, c, width, scores);
      const size_t nf = state_features(st, words, feature_groups, feats);
      labeled_moves.add(feats, nf, scores);
      // Classes: 0 SHIFT, 2l-1 LEFT-l, 2l RIGHT-l. With the root last in the buffer,
      // LEFT takes the root label exactly when b0 is the root.
      int best = st.can_shift() ? 0 : -1;
      if (st.can_left()) {
        if (st.b0() == st.size()) {
          const int c = 2 * root_label - 1;
          if (best < 0 || scores[c] > scores[best]) best = c;
        } else {
          for (int l = 1; l < labels_n; ++l) {
            const int c = 2 * l - 1;
            if (l != root_label && (best < 0 || scores[c] > scores[best])) best = c;
          }
        }
      }
      if (st.can_right()) {
        for (int l = 1; l < labels_n; ++l) {
          const int c = 2 * l;
          if (l != root_label && (best < 0 || scores[c] > scores[best])) best = c;
        }
      }
      apply_labeled(st, best);
    }
    return;
  }
  while (!st.terminal()) {
    const size_t nf = transition_features(st, words, feature_groups, feats);
    int32_t scores[kMoves] = {0, 0, 0};
    transitions.add(feats, nf, scores);
    int best = -1;
    for (int m = 0; m < kMoves; ++m) {
      if (st.valid(static_cast<Move>(m)) && (best < 0 || scores[m] > scores[best])) best = m;
    }
    switch (best) {
      case kShift: st.shift(); break;
      case kLeft: {
        const int d = st.s(0), h = st.b(0);
        st.left(predict_label(st, words, h, d));
        break;
      }
      default: {
        const int d = st.s(0), h = st.s(1);
        st.right(predict_label(st, words, h, d));
        break;
      }
    }
  }
}

void ParserModel::save(model::ModelWriter& out) const {
  model::ByteWriter w;
  w.put_u32(feature_groups);
  w.put_strs(tags);
  w.put_strs(labels);
  out.add_section("tags+labels", w.take());
  if (feature_groups & kWordClasses) out.add_section("word_classes", word_classes.serialize());
  if (feature_groups & kClusters) out.add_section("clusters", clusters.serialize());

  if (labeled()) {
    out.add_section("labeled_moves", labeled_moves.serialize());
  } else {
    out.add_section("transitions", transitions.serialize());
    out.add_section("labeller", labeller.serialize());
  }
}

Status ParserModel::load(const model::ModelFile& file) {
  metadata = file.metadata();
  beam = 1;
  if (auto it = metadata.find("beam"); it != metadata.end()) {
    beam = std::atoi(it->second.c_str());
    if (beam < 1 || beam > kMaxBeam || std::to_string(beam) != it->second) {
      return make_error(file.name() + ": metadata 'beam' is '" + it->second + "', not a width from 1 to " +
                        std::to_string(kMaxBeam));
    }
  }
  auto tl = file.section("tags+labels");
  if (!tl.ok()) return tl.error();
  model::ByteReader r(*tl);
  feature_groups = r.get_u32();
  r.get_strs(tags);
  r.get_strs(labels);
  if (!r.ok() || !r.at_end() || tags.empty() || tags.size() > 4000 || labels.size() < 2 || labels.size() > 64) {
    return file.malformed("tags+labels", "bad tag or label list");
  }
  if (feature_groups & ~static_cast<uint32_t>(kLabeledMoves | kWordClasses | kClusters)) {
    return file.malformed("tags+labels", "unknown feature groups (a model from a newer Dyad?)");
  }
  if (feature_groups & kLabeledMoves) {
    auto lm = file.section("labeled_moves");
    if (!lm.ok()) return lm.error();
    Status st = labeled_moves.deserialize(*lm, file.name() + ": section 'labeled_moves'");
    if (!st.ok()) return st;
    if (labeled_moves.classes() != 2 * static_cast<int>(labels.size()) - 1) {
      return file.malformed("labeled_moves", "class count does not match the label list");
    }
  } else {
    auto t = file.section("transitions");
    if (!t.ok()) return t.error();
    Status st = transitions.deserialize(*t, file.name() + ": section 'transitions'");
    if (!st.ok()) return st;
    auto l = file.section("labeller");
    if (!l.ok()) return l.error();
    st = labeller.deserialize(*l, file.name() + ": section 'labeller'");
    if (!st.ok()) return st;
    if (labeller.classes() != static_cast<int>(labels.size())) {
      return file.malformed("labeller", "class count differs from the label list");
    }
  }
  if (feature_groups & kWordClasses) {
    auto wc = file.section("word_classes");
    if (!wc.ok()) return wc.error();
    Status st = word_classes.deserialize(*wc, file.name() + ": section 'word_classes'");
    if (!st.ok()) return st;
  }
  if (feature_groups & kClusters) {
    auto cl = file.section("clusters");
    if (!cl.ok()) return cl.error();
    Status st = clusters.deserialize(*cl, file.name() + ": section 'clusters'");
    if (!st.ok()) return st;
  }
  index();
  if (root_label == 0) return file.malformed("tags+labels", "no 'root' label");
  return Status::Ok();
}

}  // namespace parse

// ---------------------------------------------------------------------------
// ParseScores

namespace {
std::string_view universal(std::string_view deprel) { return deprel.substr(0, deprel.find(':')); }
}  // namespace

void ParseScores::add(std::string_view upos_p, std::string_view xpos_p, std::string_view lemma_p, int head_p,
                      std::string_view deprel_p, std::string_view upos_g, std::string_view xpos_g,
                      std::string_view lemma_g, int head_g, std::string_view deprel_g) {
  ++words;
  upos += upos_p == upos_g;
  xpos += xpos_p == xpos_g;
  lemma += lemma_p == lemma_g;
  const bool head_ok = head_p == head_g, label_ok = head_ok && universal(deprel_p) == universal(deprel_g);
  if (head_ok) {
    ++uas;
    las += label_ok;
    las_full += deprel_p == deprel_g;
  }
  const std::string_view rel = universal(deprel_g);
  auto it = by_relation.find(rel);
  if (it == by_relation.end()) it = by_relation.emplace(std::string(rel), Counts{}).first;
  for (Counts* c : {&it->second, xpos_p == xpos_g ? nullptr : &wrong_xpos}) {
    if (!c) continue;
    ++c->words;
    c->uas += head_ok;
    c->las += label_ok;
  }
}

std::string ParseScores::relation_table() const {
  std::vector<std::pair<std::string, Counts>> rows(by_relation.begin(), by_relation.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.words > b.second.words; });
  const size_t head_errors = words - uas;
  auto pct = [](size_t n, size_t d) { return d ? 100.0 * static_cast<double>(n) / static_cast<double>(d) : 0.0; };
  std::string out = "relation       words   share     UAS     LAS  head errors\n";
  char buf[160];
  auto line = [&](const std::string& name, const Counts& c) {
    std::snprintf(buf, sizeof buf, "%-12s %7zu %6.2f%% %7.2f %7.2f %6.2f%%\n", name.c_str(), c.words, pct(c.words, words),
                  pct(c.uas, c.words), pct(c.las, c.words), pct(c.words - c.uas, head_errors));
    out += buf;
  };
  for (const auto& [name, c] : rows) line(name.empty() ? "_" : name, c);
  line("(wrong XPOS)", wrong_xpos);
  return out;
}

std::string ParseScores::summary() const {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "UPOS %.2f  XPOS %.2f  LEMMA %.2f  UAS %.2f  LAS %.2f  (LAS with subtypes %.2f; %zu words)",
                percent(upos), percent(xpos), percent(lemma), percent(uas), percent(las), percent(las_full), words);
  return buf;
}

// ---------------------------------------------------------------------------
// DependencyParser

ParseWorkspace::ParseWorkspace() : scratch_(std::make_unique<parse::ParseScratch>()) {}
ParseWorkspace::~ParseWorkspace() = default;
ParseWorkspace::ParseWorkspace(ParseWorkspace&&) noexcept = default;
ParseWorkspace& ParseWorkspace::operator=(ParseWorkspace&&) noexcept = default;

DependencyParser::DependencyParser(std::unique_ptr<parse::ParserModel> model) : model_(std::move(model)) {}
DependencyParser::~DependencyParser() = default;

Result<std::unique_ptr<DependencyParser>> DependencyParser::from_bytes(std::string_view bytes,
                                                                       const std::string& name) {
  auto file = model::ModelFile::parse(bytes, name, parse::kParserKind, parse::kParserFormatVersion);
  if (!file.ok()) return file.error();
  auto m = std::make_unique<parse::ParserModel>();
  Status st = m->load(*file);
  if (!st.ok()) return make_error(st.message());
  return std::make_unique<DependencyParser>(std::move(m));
}

Result<std::unique_ptr<DependencyParser>> DependencyParser::load(const std::string& path) {
  auto file = model::ModelFile::load(path, parse::kParserKind, parse::kParserFormatVersion);
  if (!file.ok()) return file.error();
  auto m = std::make_unique<parse::ParserModel>();
  Status st = m->load(*file);
  if (!st.ok()) return make_error(st.message());
  return std::make_unique<DependencyParser>(std::move(m));
}

void DependencyParser::parse(std::string_view text, std::span<Token> words, ParseWorkspace& ws) const {
  parse::ParseScratch& s = *ws.scratch_;
  const int n = static_cast<int>(words.size());
  s.words.resize(words.size() + 1);
  for (int i = 0; i < n; ++i) {
    const Token& t = words[i];
    const std::string_view form = t.form(text);
    parse::WordAttr& a = s.words[i];
    s.form_attributes.get(model::FormMemo<parse::WordAttr>::key(form, 0), form, 0, a, [&](parse::WordAttr& attr) {
      attr = parse::WordAttr{};
      model_->form_attributes(form, s.lower, attr);
    });
    model_->tag_attributes(t.xpos, t.upos, t.lemma, t.alt_tag, t.tag_margin, s.lower, a);
  }
  s.words[n] = parse::root_attr(*model_);
  if (model_->beam > 1) model_->decode_beam(s.words.data(), n, s.state, model_->beam);
  else model_->decode(s.words.data(), n, s.state, s.role_scores);
  for (int i = 0; i < n; ++i) {
    const int h = s.state.head(i);
    words[i].head = h == n ? 0 : h + 1;
    words[i].deprel = model_->labels[s.state.label(i)];
  }
}

bool DependencyParser::knows_tag(std::string_view xpos, std::string_view upos) const {
  return model_->tag_id(xpos, upos) != model_->unknown_tag();
}

const std::map<std::string, std::string>& DependencyParser::metadata() const { return model_->metadata; }

}  // namespace dyad
