// The cue-phrase lexicon of the boilerplate classifier.
//
// Each cue is a lower-case word sequence with a weight (evidence that a paragraph is
// page furniture rather than news) and where it must stand. The phrases are the
// generic language of web pages -- appeals for money or subscriptions, cookie and
// consent notices, sharing widgets, link lists, bylines, credits, sign-offs -- and
// never the wording of one particular site. Weights: 3 = decisive on its own,
// 2 = strong, 1 = weak (needs other evidence: shortness, neighbours).
#pragma once

#include <cstdint>

namespace dyad::boilerplate {

enum CueWhere : uint8_t {
  kAnywhere = 0,
  kAtStart = 1,   // the paragraph must begin with it ("Read more", "Support us")
  kWholeLine = 2, // the paragraph must be just the cue ("Advertisement", "Reuter")
};

enum CueKind : uint8_t {
  kPlain = 0,
  kListHeader = 1,  // introduces a list of links: following headline-like lines go too
};

struct Cue {
  const char* phrase;
  int8_t weight;
  CueWhere where;
  CueKind kind = kPlain;
};

// clang-format off
inline constexpr Cue kCues[] = {
  // Appeals for money, membership, subscriptions.
  {"support us", 3, kAnywhere}, {"support our", 2, kAnywhere}, {"support truly", 3, kAtStart},
  {"support independent", 3, kAnywhere}, {"independent journalism", 2, kAnywhere},
  {"journalism without", 2, kAnywhere}, {"donate", 2, kAnywhere}, {"donation", 2, kAnywhere},
  {"make a contribution", 3, kAnywhere}, {"every contribution", 3, kAnywhere},
  {"contribute today", 3, kAnywhere}, {"our mission", 2, kAnywhere}, {"our journalism", 3, kAnywhere},
  {"our reporting", 2, kAnywhere}, {"our newsroom", 2, kAnywhere}, {"reader-funded", 3, kAnywhere},
  {"readers like you", 3, kAnywhere}, {"become a member", 3, kAnywhere}, {"become a subscriber", 3, kAnywhere},
  {"subscribe", 2, kAnywhere}, {"subscribe now", 3, kAnywhere}, {"subscription", 2, kAnywhere},
  {"subscribers only", 3, kAnywhere}, {"already a subscriber", 3, kAnywhere}, {"paywall", 2, kAnywhere},
  {"unlimited access", 3, kAnywhere}, {"free trial", 2, kAnywhere}, {"per month", 1, kAnywhere},
  {"a month", 1, kAnywhere}, {"cancel anytime", 3, kAnywhere},
  // Newsletters and accounts.
  {"newsletter", 2, kAnywhere}, {"sign up", 2, kAtStart}, {"sign up for", 2, kAnywhere},
  {"sign in", 2, kAtStart}, {"log in", 2, kAtStart}, {"register", 1, kAtStart},
  {"create an account", 3, kAnywhere}, {"enter your email", 3, kAnywhere}, {"email address", 2, kAnywhere},
  {"your inbox", 3, kAnywhere}, {"delivered to your", 2, kAnywhere}, {"thank you for signing", 3, kAnywhere},
  {"we'll send you", 3, kAnywhere}, {"unsubscribe", 3, kAnywhere},
  // Cookies, consent, privacy, legal.
  {"cookies", 2, kAnywhere}, {"cookie policy", 3, kAnywhere}, {"cookie settings", 3, kAnywhere},
  {"we use cookies", 3, kAnywhere}, {"accept all", 3, kAnywhere}, {"reject all", 3, kAnywhere},
  {"manage preferences", 3, kAnywhere}, {"manage settings", 3, kAnywhere}, {"privacy policy", 3, kAnywhere},
  {"privacy notice", 3, kAnywhere}, {"terms of use", 3, kAnywhere}, {"terms of service", 3, kAnywhere},
  {"terms and conditions", 2, kAnywhere}, {"all rights reserved", 3, kAnywhere}, {"copyright", 2, kAtStart},
  {"©", 2, kAnywhere}, {"by continuing", 2, kAnywhere}, {"you agree", 2, kAnywhere},
  {"your consent", 2, kAnywhere}, {"your browser", 2, kAnywhere}, {"enable javascript", 3, kAnywhere},
  {"ad blocker", 3, kAnywhere}, {"adblock", 3, kAnywhere},
  // Sharing and social widgets.
  {"share this", 3, kAnywhere}, {"share on", 2, kAtStart}, {"share", 2, kWholeLine},
  {"share article", 3, kAnywhere}, {"copy link", 3, kAnywhere}, {"link copied", 3, kAnywhere},
  {"follow us", 3, kAnywhere}, {"like us on", 3, kAnywhere}, {"tweet", 1, kWholeLine},
  {"facebook", 1, kWholeLine}, {"twitter", 1, kWholeLine}, {"whatsapp", 1, kWholeLine},
  {"linkedin", 1, kWholeLine}, {"email", 1, kWholeLine}, {"print", 1, kWholeLine},
  {"comments", 1, kWholeLine}, {"view comments", 3, kAnywhere}, {"leave a comment", 3, kAnywhere},
  {"join the conversation", 3, kAnywhere},
  // Navigation, link lists, page furniture.
  {"read more", 2, kAtStart, kListHeader}, {"read more:", 3, kAtStart}, {"read next", 3, kAtStart, kListHeader},
  {"related", 2, kAtStart, kListHeader}, {"related articles", 3, kAnywhere, kListHeader},
  {"related stories", 3, kAnywhere, kListHeader}, {"related coverage", 3, kAnywhere, kListHeader},
  {"more from", 2, kAtStart, kListHeader}, {"more stories", 3, kAtStart, kListHeader},
  {"recommended", 2, kAtStart, kListHeader}, {"most popular", 3, kAtStart, kListHeader},
  {"most read", 3, kAtStart, kListHeader}, {"trending", 2, kAtStart, kListHeader},
  {"you may also like", 3, kAnywhere, kListHeader}, {"you might also like", 3, kAnywhere, kListHeader},
  {"also read", 3, kAtStart}, {"see also", 2, kAtStart}, {"click here", 3, kAnywhere},
  {"find out more", 3, kAnywhere}, {"learn more", 2, kAtStart}, {"close", 1, kWholeLine},
  {"skip to content", 3, kAnywhere}, {"skip to main", 3, kAnywhere}, {"menu", 2, kWholeLine},
  {"search", 1, kWholeLine}, {"home", 1, kWholeLine}, {"advertisement", 3, kWholeLine},
  {"sponsored", 2, kAtStart}, {"sponsored content", 3, kAnywhere}, {"download the app", 3, kAnywhere},
  {"get the app", 3, kAnywhere}, {"listen to this article", 3, kAnywhere}, {"min read", 2, kAnywhere},
  {"back to top", 3, kAnywhere}, {"next article", 3, kAnywhere}, {"previous article", 3, kAnywhere},
  {"watch:", 2, kAtStart}, {"video:", 2, kAtStart}, {"loading", 1, kWholeLine},
  // Bylines, datelines of the page (not of the story), credits, sign-offs.
  {"by", 1, kAtStart}, {"updated", 2, kAtStart}, {"published", 2, kAtStart}, {"last updated", 3, kAtStart},
  {"posted", 1, kAtStart}, {"photo:", 3, kAtStart}, {"photo by", 3, kAnywhere}, {"photograph:", 3, kAtStart},
  {"image:", 3, kAtStart}, {"image source", 3, kAnywhere}, {"getty images", 2, kAnywhere},
  {"ap photo", 2, kAnywhere}, {"file photo", 2, kAnywhere}, {"credit:", 3, kAtStart},
  {"reporting by", 3, kAtStart}, {"editing by", 3, kAnywhere}, {"writing by", 3, kAtStart},
  {"additional reporting", 3, kAtStart}, {"contributed to this report", 3, kAnywhere},
  {"reuter", 3, kWholeLine}, {"reuters", 2, kWholeLine}, {"afp", 2, kWholeLine}, {"ap", 2, kWholeLine},
};
// clang-format on

// Words that address the reader or speak for the publisher ("Support us", "your inbox").
inline constexpr const char* kReaderAddressWords[] = {"you", "your", "we", "our", "us"};

// Verbs that open calls to action ("Subscribe now", "Find out more", "Support us").
inline constexpr const char* kImperativeOpeners[] = {
    "support", "subscribe", "donate", "join", "sign", "find", "read", "click", "share", "follow",
    "get", "download", "listen", "watch", "discover", "explore", "become", "give", "help", "register",
    "login", "continue", "accept", "manage", "enter", "start", "try", "learn", "see", "view", "contact"};

}  // namespace dyad::boilerplate
