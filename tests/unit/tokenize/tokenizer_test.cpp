// Tokenizer: UD English-EWT conventions with byte offsets, one test per convention.
// Sentences are our own; offsets are asserted where they carry the point (clitics,
// multibyte characters, flags).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/tokenize.hpp"

namespace dyad {
namespace {

std::vector<Token> tokens_of(const Tokenizer& tokenizer, std::string_view text) {
  std::vector<Token> out;
  tokenizer.tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, out);
  return out;
}

// The forms joined by '|': "China|'s|army".
std::string forms(std::string_view text) {
  static const Tokenizer tokenizer;
  std::string joined;
  for (const Token& t : tokens_of(tokenizer, text)) {
    if (!joined.empty()) joined += '|';
    joined += t.form(text);
  }
  return joined;
}

std::vector<std::pair<uint32_t, uint32_t>> spans(std::string_view text) {
  static const Tokenizer tokenizer;
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const Token& t : tokens_of(tokenizer, text)) out.emplace_back(t.span.begin, t.span.end);
  return out;
}

using Spans = std::vector<std::pair<uint32_t, uint32_t>>;

TEST(TokenizerTest, PossessiveCliticIsAMultiwordToken) {
  const std::string text = "China's army";
  const Tokenizer tokenizer;
  auto toks = tokens_of(tokenizer, text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].span, (Span{0, 5}));
  EXPECT_EQ(toks[1].span, (Span{5, 7}));
  EXPECT_EQ(toks[2].span, (Span{8, 12}));
  EXPECT_TRUE(toks[0].flags & kJoinedToNext);
  EXPECT_FALSE(toks[0].flags & kSpaceAfter);
  EXPECT_FALSE(toks[1].flags & kJoinedToNext);
  EXPECT_TRUE(toks[1].flags & kSpaceAfter);
}

TEST(TokenizerTest, NegationAndVerbClitics) {
  EXPECT_EQ(forms("I don't know."), "I|do|n't|know|.");
  EXPECT_EQ(forms("They can't, won't or didn't"), "They|ca|n't|,|wo|n't|or|did|n't");
  EXPECT_EQ(forms("I'm sure you're right and we'll see"), "I|'m|sure|you|'re|right|and|we|'ll|see");
  EXPECT_EQ(forms("she'd say it's theirs, they've said"), "she|'d|say|it|'s|theirs|,|they|'ve|said");
  EXPECT_EQ(forms("DON'T SHOUT"), "DO|N'T|SHOUT");
  EXPECT_EQ(forms("I shouldn't've"), "I|should|n't|'ve");
  EXPECT_EQ(spans("I shouldn't've"), (Spans{{0, 1}, {2, 8}, {8, 11}, {11, 14}}));
}

TEST(TokenizerTest, CurlyAndBacktickApostrophes) {
  EXPECT_EQ(forms("China\u2019s envoy"), "China|\u2019s|envoy");
  EXPECT_EQ(forms("we don\u2019t"), "we|do|n\u2019t");
  EXPECT_EQ(spans("we don\u2019t"), (Spans{{0, 2}, {3, 5}, {5, 10}}));
  EXPECT_EQ(forms("the driver`s seat"), "the|driver|`s|seat");
}

TEST(TokenizerTest, ContractionsWithoutApostrophe) {
  EXPECT_EQ(forms("We cannot stay"), "We|can|not|stay");
  EXPECT_EQ(forms("you gonna call"), "you|gon|na|call");
  EXPECT_EQ(forms("i dont care"), "i|do|nt|care");
  EXPECT_EQ(forms("Im here"), "I|m|here");
  const Tokenizer tokenizer;
  auto toks = tokens_of(tokenizer, "cannot");
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_TRUE(toks[0].flags & kJoinedToNext);
  EXPECT_EQ(toks[1].span, (Span{3, 6}));
  // Words that are also ordinary words stay whole.
  EXPECT_EQ(forms("its roof and your car"), "its|roof|and|your|car");
}

TEST(TokenizerTest, Quotes) {
  EXPECT_EQ(forms("\u201cYes,\u201d she said."), "\u201c|Yes|,|\u201d|she|said|.");
  EXPECT_EQ(forms("He said \"no\" twice"), "He|said|\"|no|\"|twice");
  EXPECT_EQ(forms("a 'fair' vote"), "a|'|fair|'|vote");
  EXPECT_EQ(forms("the voters' choice"), "the|voters|'|choice");  // the possessive as its own word, as in EWT
  EXPECT_EQ(forms("''Stop,'' he said"), "''|Stop|,|''|he|said");
  EXPECT_EQ(forms("\u2018\u2019Fine\u2019\u2019"), "\u2018\u2019|Fine|\u2019\u2019");
}

TEST(TokenizerTest, BracketsCommasAndMarks) {
  EXPECT_EQ(forms("(see [1], {x})"), "(|see|[|1|]|,|{|x|}|)");
  EXPECT_EQ(forms("Really?! Yes!!!"), "Really|?!|Yes|!!!");
  EXPECT_EQ(forms("red,green"), "red|,|green");
  EXPECT_EQ(forms("done; next: go"), "done|;|next|:|go");
}

TEST(TokenizerTest, EllipsisAndDashes) {
  EXPECT_EQ(forms("Wait... what\u2026 no"), "Wait|...|what|\u2026|no");
  EXPECT_EQ(forms("the war--they said"), "the|war|--|they|said");
  EXPECT_EQ(forms("the war \u2014 they said"), "the|war|\u2014|they|said");
  EXPECT_EQ(forms("the war\u2014they said"), "the|war|\u2014|they|said");
}

TEST(TokenizerTest, HyphenatedCompounds) {
  EXPECT_EQ(forms("a search-engine company"), "a|search|-|engine|company");
  EXPECT_EQ(forms("state-of-the-art"), "state|-|of|-|the|-|art");
  // Kept whole: lexicalised forms and prefixes.
  EXPECT_EQ(forms("send an e-mail"), "send|an|e-mail");
  EXPECT_EQ(forms("anti-war protests"), "anti-war|protests");
  EXPECT_EQ(forms("a non-binding vote"), "a|non-binding|vote");
  // A dotted abbreviation keeps its period before the hyphen.
  EXPECT_EQ(forms("a U.S.-flagged tanker"), "a|U.S.|-|flagged|tanker");
  EXPECT_EQ(forms("U.S.-Soviet talks"), "U.S.|-|Soviet|talks");
  // A sentence's period before a dash is still the sentence's.
  EXPECT_EQ(forms("He left.-- Then"), "He|left|.|--|Then");
}

TEST(TokenizerTest, HyphenRulesComeFromTheLexicon) {
  TokenizerLexicon lexicon;
  lexicon.hyphen_prefixes = {"over"};
  lexicon.hyphen_words = {"follow-up"};
  const Tokenizer tokenizer(lexicon);
  std::string text = "over-priced follow-up anti-war";
  std::string joined;
  for (const Token& t : tokens_of(tokenizer, text)) joined += std::string(t.form(text)) + "|";
  EXPECT_EQ(joined, "over-priced|follow-up|anti|-|war|");
}

TEST(TokenizerTest, UrlsMailHandlesHashtags) {
  EXPECT_EQ(forms("Visit http://example.com/a?b=1&c=2."), "Visit|http://example.com/a?b=1&c=2|.");
  EXPECT_EQ(forms("(www.example.org)"), "(|www.example.org|)");
  EXPECT_EQ(forms("Write to jane.doe@example.org, please"), "Write|to|jane.doe@example.org|,|please");
  EXPECT_EQ(forms("<ops@example.net>"), "<|ops@example.net|>");
  EXPECT_EQ(forms("@dyad_bot posted #peacetalks"), "@dyad_bot|posted|#peacetalks");
  EXPECT_EQ(forms("item #3"), "item|#|3");
}

TEST(TokenizerTest, Numbers) {
  EXPECT_EQ(forms("1,750 bags at 5.93 dlrs"), "1,750|bags|at|5.93|dlrs");
  EXPECT_EQ(forms("at 10:30 on 3/4"), "at|10:30|on|3/4");
  EXPECT_EQ(forms("on 11/28/2000 at 7:30PM"), "on|11/28/2000|at|7:30|PM");
  EXPECT_EQ(forms("fell -3 points"), "fell|-|3|points");
  EXPECT_EQ(forms("costs $5 or $1.50"), "costs|$|5|or|$|1.50");
  EXPECT_EQ(forms("call +44 now"), "call|+44|now");
  EXPECT_EQ(forms("at 5pm on the 2nd"), "at|5|pm|on|the|2nd");
  EXPECT_EQ(forms("the 1990s"), "the|1990s");
  EXPECT_EQ(forms("up 50%"), "up|50|%");
  // Phone numbers stay whole, ranges split.
  EXPECT_EQ(forms("call 713-853-3989 or 345-9945"), "call|713-853-3989|or|345-9945");
  EXPECT_EQ(forms("5-10 years, 1998-2001"), "5|-|10|years|,|1998|-|2001");
}

TEST(TokenizerTest, AbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(forms("U.S. troops"), "U.S.|troops");
  EXPECT_EQ(forms("Gen. Smith met Dr. Jones on Jan. 5"), "Gen.|Smith|met|Dr.|Jones|on|Jan.|5");
  EXPECT_EQ(forms("tools, e.g. hammers"), "tools|,|e.g.|hammers");
  EXPECT_EQ(forms("at 3 p.m. today"), "at|3|p.m.|today");
  EXPECT_EQ(forms("J. R. Hartley wrote"), "J.|R.|Hartley|wrote");
  EXPECT_EQ(forms("Acme Inc., a maker"), "Acme|Inc.|,|a|maker");
  // An ordinary word gives its period to the sentence.
  EXPECT_EQ(forms("They left. Then"), "They|left|.|Then");
  // At the end of the paragraph EWT writes the sentence's own period.
  EXPECT_EQ(forms("He lives in the U.S."), "He|lives|in|the|U.S|.");
  EXPECT_EQ(spans("in the U.S."), (Spans{{0, 2}, {3, 6}, {7, 10}, {10, 11}}));
}

TEST(TokenizerTest, Emoticons) {
  EXPECT_EQ(forms("Great :) see you :-( ok ;)"), "Great|:)|see|you|:-(|ok|;)");
  EXPECT_EQ(forms("thanks:)"), "thanks|:)");
  EXPECT_EQ(forms("<3"), "<3");
}

TEST(TokenizerTest, NonAsciiLettersStayInWords) {
  const std::string text = "Z\u00fcrich's caf\u00e9 \u5317\u4eac";
  EXPECT_EQ(forms(text), "Z\u00fcrich|'s|caf\u00e9|\u5317\u4eac");
  EXPECT_EQ(spans(text), (Spans{{0, 7}, {7, 9}, {10, 15}, {16, 22}}));
}

TEST(TokenizerTest, SpaceAndNewlineFlags) {
  const std::string text = "a b\nc  d";
  const Tokenizer tokenizer;
  auto toks = tokens_of(tokenizer, text);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].flags, kSpaceAfter);
  EXPECT_EQ(toks[1].flags, kSpaceAfter | kNewlineAfter);
  EXPECT_EQ(toks[2].flags, kSpaceAfter);
  EXPECT_EQ(toks[3].flags, 0);
  // A non-breaking space separates tokens too.
  EXPECT_EQ(forms("10\u00a0km"), "10|km");
}

TEST(TokenizerTest, RangeIsRespectedAndOffsetsAreAbsolute) {
  const std::string text = "Skip this. Take \"that\".\n\nNot this";
  const Tokenizer tokenizer;
  std::vector<Token> out;
  tokenizer.tokenize(text, Span{11, 23}, out);
  ASSERT_EQ(out.size(), 5u);
  EXPECT_EQ(out[0].form(text), "Take");
  EXPECT_EQ(out[0].span, (Span{11, 15}));
  EXPECT_EQ(out[4].form(text), ".");
  // The paragraph break after the range counts as whitespace with a line break.
  EXPECT_EQ(out[4].flags, kSpaceAfter | kNewlineAfter);
}

TEST(TokenizerTest, EveryByteOutsideWhitespaceIsCovered) {
  const std::string text = "\u00abOK\u00bb, (said) \"she\" -- U.S.-based e-mail... :-) #x @y 3/4 \xff\xfe z";
  const Tokenizer tokenizer;
  auto toks = tokens_of(tokenizer, text);
  uint32_t covered = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    ASSERT_LT(toks[i].span.begin, toks[i].span.end);
    if (i) {
      ASSERT_GE(toks[i].span.begin, toks[i - 1].span.end);
    }
    covered += toks[i].span.size();
  }
  uint32_t spaces = 0;
  for (char c : text) spaces += c == ' ';
  EXPECT_EQ(covered + spaces, text.size());
}

}  // namespace
}  // namespace dyad
