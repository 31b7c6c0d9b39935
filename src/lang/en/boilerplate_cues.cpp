// English boilerplate cue phrases: the generic language of web page furniture --
// appeals for money or subscriptions, cookie and consent notices, sharing widgets,
// link lists, bylines, credits, sign-offs -- and never the wording of one particular
// site. Each cue is a lower-case word sequence with a weight (evidence that a
// paragraph is page furniture rather than news) and where it must stand:
// 3 = decisive on its own, 2 = strong, 1 = weak (needs other evidence: shortness,
// neighbours). Used by clean/boilerplate.cpp through Language::boilerplate_cues.
#include "lang/en/english_data.hpp"

namespace dyad::lang::en {

// Phrases that news text also uses in passing ("would make a contribution to margins",
// "the right to subscribe to shares") are weak (1) or tied to the start of a line,
// where they are calls to action rather than reporting.
// clang-format off
const Cue kBoilerplateCues[] = {
  // Appeals for money, membership, subscriptions.
  {"support us", 3, kAtStart}, {"support our", 2, kAtStart}, {"support truly", 3, kAtStart},
  {"support independent", 3, kAtStart}, {"independent journalism", 2, kAnywhere},
  {"journalism without", 2, kAnywhere}, {"donate", 1, kAnywhere}, {"donate now", 3, kAtStart},
  {"donate today", 3, kAtStart}, {"donation", 1, kAnywhere}, {"make a contribution", 2, kAtStart},
  {"every contribution", 2, kAnywhere}, {"contribute today", 3, kAnywhere}, {"contribute now", 3, kAnywhere},
  {"our mission", 2, kAtStart}, {"our journalism", 3, kAnywhere}, {"our reporting", 2, kAnywhere},
  {"our newsroom", 2, kAnywhere}, {"reader-funded", 3, kAnywhere}, {"readers like you", 3, kAnywhere},
  {"become a member", 3, kAtStart}, {"become a subscriber", 3, kAtStart}, {"subscribe", 1, kAnywhere},
  {"subscribe", 2, kAtStart}, {"subscribe now", 3, kAtStart}, {"subscribe today", 3, kAtStart},
  {"subscription", 1, kAnywhere}, {"subscribers only", 3, kAnywhere}, {"already a subscriber", 3, kAnywhere},
  {"paywall", 1, kAnywhere}, {"unlimited access", 2, kAnywhere}, {"free trial", 1, kAnywhere},
  {"cancel anytime", 3, kAnywhere},
  // Newsletters and accounts.
  {"newsletter", 1, kAnywhere}, {"newsletters", 1, kAnywhere}, {"sign up", 2, kAtStart},
  {"sign up for", 1, kAnywhere}, {"sign in", 3, kShortLine}, {"log in", 3, kShortLine},
  {"register", 2, kShortLine}, {"create an account", 3, kAtStart}, {"enter your email", 3, kAnywhere},
  {"email address", 1, kAnywhere}, {"your inbox", 3, kAnywhere}, {"delivered to your", 2, kAnywhere},
  {"thank you for signing", 3, kAnywhere}, {"we'll send you", 3, kAnywhere}, {"unsubscribe", 2, kAnywhere},
  // Cookies, consent, privacy, legal.
  {"cookies", 1, kAnywhere}, {"cookie policy", 3, kAnywhere}, {"cookie settings", 3, kAnywhere},
  {"we use cookies", 3, kAtStart}, {"this site uses cookies", 3, kAtStart}, {"this website uses cookies", 3, kAtStart},
  {"accept", 3, kWholeLine}, {"accept all", 3, kShortLine}, {"reject all", 3, kShortLine},
  {"accept cookies", 3, kShortLine}, {"manage preferences", 3, kShortLine}, {"manage settings", 3, kShortLine},
  {"manage cookies", 3, kShortLine}, {"privacy policy", 2, kAnywhere}, {"privacy notice", 2, kAnywhere},
  {"terms of use", 2, kAnywhere}, {"terms of service", 2, kAnywhere}, {"terms and conditions", 1, kAnywhere},
  {"all rights reserved", 3, kAnywhere, kNoSpread}, {"copyright", 3, kShortLine, kNoSpread},
  {"©", 3, kAtStart, kNoSpread}, {"©", 1, kAnywhere}, {"by continuing", 2, kAtStart},
  {"you agree", 2, kAnywhere}, {"your consent", 2, kAnywhere}, {"your browser", 2, kAnywhere},
  {"enable javascript", 3, kAnywhere}, {"ad blocker", 3, kAnywhere}, {"adblock", 3, kAnywhere},
  // Sharing and social widgets.
  {"share this", 3, kAtStart}, {"share on", 3, kShortLine}, {"share", 2, kWholeLine},
  {"share article", 3, kShortLine}, {"share this article", 3, kAtStart}, {"copy link", 3, kShortLine},
  {"link copied", 3, kShortLine}, {"follow us", 3, kAtStart}, {"like us on", 3, kAtStart},
  {"tweet", 2, kWholeLine}, {"facebook", 1, kWholeLine}, {"twitter", 1, kWholeLine},
  {"whatsapp", 1, kWholeLine}, {"linkedin", 1, kWholeLine}, {"email", 1, kWholeLine},
  {"print", 1, kWholeLine}, {"comments", 1, kWholeLine}, {"view comments", 3, kShortLine},
  {"leave a comment", 3, kAtStart}, {"join the conversation", 3, kAtStart},
  // Navigation, link lists, page furniture.
  {"read more", 3, kShortLine, kListHeader}, {"read more:", 3, kAtStart}, {"read next", 3, kShortLine, kListHeader},
  {"related", 3, kWholeLine, kListHeader}, {"related:", 3, kAtStart}, {"related articles", 3, kShortLine, kListHeader},
  // Topic and tag lists under the story, correction and clarification notices.
  {"topics", 3, kWholeLine, kListHeader}, {"topics :", 3, kAtStart, kListHeader}, {"tags", 3, kWholeLine, kListHeader},
  {"tags :", 3, kAtStart, kListHeader}, {"filed under", 3, kAtStart, kListHeader}, {"more on", 2, kShortLine, kListHeader},
  {"correction :", 3, kAtStart, kNoSpread}, {"corrections :", 3, kAtStart, kNoSpread},
  {"clarification :", 3, kAtStart, kNoSpread}, {"editor's note :", 3, kAtStart, kNoSpread},
  {"an earlier version of this", 3, kAtStart, kNoSpread}, {"a previous version of this", 3, kAtStart, kNoSpread},
  {"this article has been corrected", 3, kAtStart, kNoSpread}, {"this story has been corrected", 3, kAtStart, kNoSpread},
  {"this article has been updated", 3, kAtStart, kNoSpread}, {"this story has been updated", 3, kAtStart, kNoSpread},
  {"this article was amended", 3, kAtStart, kNoSpread}, {"this article was corrected", 3, kAtStart, kNoSpread},
  {"related stories", 3, kShortLine, kListHeader}, {"related coverage", 3, kShortLine, kListHeader},
  {"related content", 3, kShortLine, kListHeader}, {"more from", 2, kShortLine, kListHeader},
  {"more stories", 3, kShortLine, kListHeader}, {"more on this story", 3, kShortLine, kListHeader},
  {"recommended", 3, kShortLine, kListHeader}, {"most popular", 3, kShortLine, kListHeader},
  {"most read", 3, kShortLine, kListHeader}, {"trending", 3, kShortLine, kListHeader},
  {"top stories", 2, kShortLine, kListHeader}, {"you may also like", 3, kAtStart, kListHeader},
  {"you might also like", 3, kAtStart, kListHeader}, {"also read", 3, kAtStart}, {"see also", 2, kAtStart},
  {"click here", 3, kAnywhere}, {"find out more", 3, kAtStart}, {"learn more", 3, kShortLine},
  {"close", 2, kWholeLine}, {"dismiss", 2, kWholeLine}, {"skip to content", 3, kAnywhere},
  {"skip to main", 3, kAnywhere}, {"menu", 2, kWholeLine}, {"search", 1, kWholeLine}, {"home", 1, kWholeLine},
  {"advertisement", 3, kWholeLine, kNoSpread}, {"sponsored", 2, kShortLine}, {"sponsored content", 3, kShortLine},
  {"download the app", 3, kAnywhere}, {"get the app", 3, kAtStart}, {"listen to this article", 3, kAtStart},
  {"min read", 2, kShortLine, kNoSpread}, {"back to top", 3, kShortLine}, {"next article", 3, kShortLine},
  {"previous article", 3, kShortLine}, {"watch:", 2, kAtStart}, {"video:", 2, kAtStart},
  {"loading", 1, kWholeLine},
  // Bylines, page timestamps, credits, sign-offs: lone lines that do not spread.
  {"updated", 2, kShortLine, kNoSpread}, {"published", 2, kShortLine, kNoSpread},
  {"last updated", 3, kAtStart, kNoSpread}, {"photo:", 3, kAtStart, kNoSpread},
  {"photo by", 3, kAtStart, kNoSpread}, {"photograph:", 3, kAtStart, kNoSpread},
  {"image:", 3, kAtStart, kNoSpread}, {"image source", 3, kAtStart, kNoSpread},
  {"getty images", 2, kAnywhere, kNoSpread}, {"ap photo", 2, kAnywhere, kNoSpread},
  {"file photo", 2, kAtStart, kNoSpread}, {"credit:", 3, kAtStart, kNoSpread},
  {"reporting by", 3, kAtStart, kNoSpread}, {"editing by", 3, kAnywhere, kNoSpread},
  {"writing by", 3, kAtStart, kNoSpread}, {"additional reporting", 3, kAtStart, kNoSpread},
  {"contributed to this report", 3, kAnywhere, kNoSpread},
  {"reuter", 3, kWholeLine, kNoSpread}, {"reuters", 3, kWholeLine, kNoSpread},
  {"afp", 3, kWholeLine, kNoSpread}, {"ap", 3, kWholeLine, kNoSpread},
};
// clang-format on

// Words that address the reader or speak for the publisher ("Support us", "your inbox").
const std::string_view kReaderAddressWords[] = {"you", "your", "we", "our", "us"};

// Verbs that open calls to action ("Subscribe now", "Find out more", "Support us").
const std::string_view kImperativeOpeners[] = {
    "support", "subscribe", "donate", "join", "sign", "find", "read", "click", "share", "follow",
    "get", "download", "listen", "watch", "discover", "explore", "become", "give", "help", "register",
    "login", "continue", "accept", "manage", "enter", "start", "try", "learn", "see", "view", "contact"};

BoilerplateWords boilerplate_words() { return {kBoilerplateCues, kReaderAddressWords, kImperativeOpeners}; }

}  // namespace dyad::lang::en
