// Language: the word lists and small language rules the stages are handed as data.
//
// Each stage that reads words of a particular language (dates, boilerplate removal,
// the event coder, dictionary inflection, the unknown-actor finder) gets them from a
// Language rather than spelling them itself, so a second language is a new folder in
// src/lang/ (filling this record) plus its models and dictionaries -- not edits across
// the stages. Words are lower case unless said otherwise; lists are small and scanned
// linearly (a handful of comparisons per token).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dyad::lang {

using WordList = std::span<const std::string_view>;
// A word with a number: ("yesterday", -1), ("week", 7), ("sept", 9).
using NumberedWord = std::pair<std::string_view, int>;
using NumberedWords = std::span<const NumberedWord>;
// A word with a role code: ("minister", "GOV").
using CodedWord = std::pair<std::string_view, std::string_view>;
using CodedWords = std::span<const CodedWord>;

// `w` (already lower case) is one of `list`.
inline bool in(std::string_view w, WordList list) {
  for (std::string_view x : list) {
    if (x == w) return true;
  }
  return false;
}
// The number of `w` in `list`, or `none`.
inline int number_of(std::string_view w, NumberedWords list, int none = 0) {
  for (const auto& [x, n] : list) {
    if (x == w) return n;
  }
  return none;
}
// The code of `w` in `list`, or nullptr when absent ("" is a word with no code).
inline const std::string_view* code_of(std::string_view w, CodedWords list) {
  for (const auto& cw : list) {
    if (cw.first == w) return &cw.second;
  }
  return nullptr;
}

// Calendar words: publication dates (base/date_text.cpp) and event dates
// (coder/event_dates.cpp).
struct CalendarWords {
  WordList months;                 // 12 full names, January first
  NumberedWords month_short;       // abbreviations -> month: ("jul", 7), ("sept", 9)
  WordList weekdays;               // 7 full names, Monday first
  WordList date_labels;            // before a date in page metadata: "published", "updated"
  WordList ordinal_suffixes;       // "st", "nd", "rd", "th"
  WordList time_zone_words;        // after a date: "utc", "gmt", "am", "pm" ...
  NumberedWords day_words;         // ("today", 0), ("yesterday", -1), ("tomorrow", 1)
  WordList weekday_leads;          // before a weekday and part of the expression: "on", "last" ...
  WordList last_words;             // "last" Monday: the one before
  WordList next_words;             // "next" Monday: the one after
  WordList date_leads;             // "on" July 9: part of the expression
  WordList span_leads;             // "since" July 9: a span, not the event's day
  NumberedWords period_words;      // "last week" / "last month": ("week", 7), ("month", 30)
  WordList past_words;             // "last" / "past" week
  WordList span_determiners;       // "over *the* past week": a span
  WordList ago_words;              // "three days ago"
  NumberedWords count_words;       // ("a", 1), ("one", 1) ... ("ten", 10)
  NumberedWords unit_words;        // ("day", 1), ("days", 1), ("week", 7), ("weeks", 7)
  WordList after_words;            // "a day after X": X is earlier
  WordList before_words;           // "a day before X"
  WordList earlier_words;          // "a day earlier": this clause is earlier
  WordList later_words;            // "a week later"
  WordList future_auxiliaries;     // "will", "shall", "'ll": a weekday ahead
  WordList clause_ends;            // ",", ".", ";": no clause follows "after"

  // 1-12 for a month's full name or abbreviation (a trailing '.' allowed), else 0.
  int month(std::string_view lower) const;
  // 0-6 for a weekday's full name, else -1.
  int weekday(std::string_view lower) const;
  // A weekday's name or a prefix of it of at least 3 letters ("thu", "thurs").
  bool weekday_prefix(std::string_view lower) const;
};

// Boilerplate words (clean/boilerplate.cpp): cue phrases: the generic language of web page
// furniture. Weights: 3 decisive, 2 strong, 1 weak.
enum CueWhere : uint8_t {
  kAnywhere = 0,
  kAtStart = 1,    // the paragraph must begin with it ("Read more", "Support us")
  kWholeLine = 2,  // the paragraph must be just the cue ("Advertisement", "Reuter")
  kShortLine = 3,  // at the start of a paragraph of at most 6 words ("Accept all cookies")
};
enum CueKind : uint8_t {
  kPlain = 0,
  kListHeader = 1,  // introduces a list of links: following headline-like lines go too
  kNoSpread = 2,    // a lone line (sign-off, byline, credit): its neighbours are not suspect
};
struct Cue {
  const char* phrase;
  int8_t weight;
  CueWhere where;
  CueKind kind = kPlain;
};
struct BoilerplateWords {
  std::span<const Cue> cues;
  WordList reader_address;         // "you", "your", "we", "our", "us"
  WordList imperative_openers;     // "subscribe", "donate", "read": calls to action
};

// The event coder's function words and tag classes (src/coder/).
struct CoderWords {
  WordList speech_lemmas;          // reporting verbs: "say", "tell", "announce" ...
  WordList first_person;           // "i", "we", "you": a speaker may stand in for them
  WordList third_person;           // "he", "she", "it", "they": the subject above
  WordList personal;               // "he", "she": the person last named
  WordList object_personal;        // "him", "her": the person last named
  WordList refusal_lemmas;         // "refuse", "fail": what follows is not done
  WordList organisation_nouns;     // "the alliance": the latest organisation
  WordList country_nouns;          // "the country": the latest country
  WordList definite_determiners;   // "the", "this", "these", "that", "those"
  WordList former_words;           // "former": the agent codes turn into ELI
  WordList place_prepositions;     // "in": where a protest happens
  WordList relative_pronouns;      // "who", "which", "that"
  WordList infinitive_markers;     // "to"
  WordList possessive_markers;     // "'s", "'", "’s", "’"
  WordList pattern_negations;      // in a dictionary pattern (upper case): "NOT", "N'T"
  WordList addressee_prepositions; // "said *to* X": X is spoken to
  WordList reciprocal_words;       // lemmas of two-sided acts: "meet", "talk", "clash"
  WordList speaker_possessives;    // "our", "my": the speaker's
  WordList other_possessives;      // "its", "their": an actor named before
  WordList person_possessives;     // "his", "her": the person last named
  WordList plural_possessives;     // "their": every member of a coordinated antecedent
  WordList agent_prepositions;     // "attacks *by* Iran": the doer of an event noun
  WordList target_prepositions;    // "attack *on* X", "visit *to* X", "aid *to* X"
  WordList partner_prepositions;   // "talks *with* X": the other side of a two-sided act
  WordList between_prepositions;   // "talks *between* X and Y"
  WordList protest_verbs;          // "Japan *protested* the drills": a state's protest is a complaint
  WordList act_prepositions;       // "agreed *to* a ceasefire": the act agreed on
  WordList response_nouns;         // "in *retaliation* for an Iranian attack": the attack is a fact
  WordList purpose_prepositions;   // "is in Canberra *for* talks"
  WordList here_words;             // "the minister, *here* for talks with ..."
  WordList location_prepositions;  // "Singh is *in* Canberra to discuss ..."
  WordList praise_nouns;           // "described Japan as a close *ally*": praise (051)
  WordList praise_adjectives;      // "said China's role was *constructive*"
  WordList as_prepositions;        // "described X *as* ..."
  WordList decision_nouns;         // "Germany's *decision* to send tanks", "an *attempt* to kill": the act
  WordList beneficiary_prepositions;  // "aid *for* Ukraine": who receives it
  WordList promised_responses;     // "vowed a tough *response*": a threat
  WordList coming_heads;           // "*ahead* of her visit": an act still to come
  WordList comment_words;          // "declined to *comment* on the proposal": no event at all
  WordList prospect_nouns;         // "the *chances* of a clash": an act that may or may not come
  WordList cause_markers;          // "protested *after* X did Y", "*because* X did Y": the act answered
  WordList accusation_nouns;       // "rejected the *charges*": what a denial answers (lemmas)
  WordList hint_nouns;             // "*signs* of accord", "*hopes* of a truce": the same, for the act right under them
  WordList question_markers;       // "asked *whether* X would ...": a question's content ("if" only as a complement)
  WordList water_words;            // "the *Sea* of Japan", "the South China *Sea*": a place, not the country
  WordList aimed_nouns;            // "an Israeli *strike* on a school": force only when aimed ...
  WordList aimed_prepositions;     // ... "*on*" something (not a workers' strike)
  WordList period_nouns;           // "the *week* ended March 14": a period's end, no act
  WordList question_verbs;         // "*asked* whether ...": a question, no appeal
  WordList answered_nouns;         // "would respond to the *needs* of farmers": an answer, no threat
  WordList stance_participles;     // "Israel is *opposed* to French mediation": a stance, its holder the source
  WordList travel_verbs;           // "was to *leave* for Ottawa for talks": a visit announced (lemmas)
  WordList aiming_verbs;           // "the raids are *aimed* at X": whom an act is aimed at (lemmas)
  WordList idea_nouns;             // "attacked the *rise* in lending rates", "the budget *plan*": what words attack (lemmas)
  WordList stance_nouns;           // "her *opposition* to the levy": a stance, not the opposition party
  WordList territory_nouns;        // "captured Iraq's Faw *peninsula*": ground taken (lemmas)
  WordList last_resort_nouns;      // "no *choice* but to retaliate", "our only *option* is to": announced
  WordList countering_verbs;       // "*repelled* an Eritrean offensive": force that answers force (lemmas)
  WordList stance_adjectives;      // "Berlin was *critical* of Beijing's policy": a verb entry read on an adjective
  WordList until_markers;          // "would not approve ... *until* X cracked down": a condition under a refusal or promise
  WordList accord_nouns;           // "the pact they *struck*": an accord reached, not force
  WordList crowd_words;            // "*Thousands* rallied in Tbilisi": a crowd, the place's people
  WordList protester_words;        // "*protesters* stormed the embassy": force by them is a riot (145)
  WordList margin_nouns;           // "met on the *sidelines* of the summit": where, not with whom
  WordList harm_verbs;             // "said the sale *harmed* relations": criticism of its author
  WordList question_words;         // "asked *how* Turkey would react": a question
  WordList response_verbs;         // "Mexico will *retaliate* if ...": a response promised under a condition
  WordList measure_nouns;          // "if Washington imposes *tariffs*": a condition of trade measures
  WordList time_prepositions;      // "fired missiles *after* U.S. drills": when, not at whom
  WordList of_prepositions;        // "the meeting *of* the Congress": whose the act is
  WordList gerund_tags;            // "VBG": "a statement *deploring* X"
  WordList border_words;           // "near the Ugandan *border*": no place of one country
  WordList experiencer_verbs;      // "Japan was *angered* by the move": the one who feels acts
  WordList statement_nouns;        // "issued a *statement* deploring X": the issuer deplores
  WordList backer_participles;     // "Iran-*backed* militias": Iran is not the militias' country
  WordList mission_words;          // "outside the French *embassy* in Niamey": another country's soil
  WordList agreement_verbs;        // "*agreed* to a truce": an intent both sides share
  WordList topic_verbs;            // "*discussed* Ukraine aid": the object is a topic, not a side
  WordList partner_verbs;          // "*spoke* with Putin": two-sided when it has a partner
  WordList purpose_verbs;          // "*summoned* the envoy to protest": the summoner protests
  WordList mandative_verbs;        // "*demanded* that Poland withdraw": what is demanded has not happened
  WordList blocking_verbs;         // "*vetoed* a resolution condemning X": the condemnation never came
  WordList journey_prepositions;   // "arrived *from* Oslo *on* a U.S. military jet": not the host
  WordList blame_nouns;            // "said the move was a *mistake*": criticism (111)
  WordList charge_nouns;           // "said the sale was a *violation* of law": a charge (112)
  WordList charge_adjectives;      // "said X was *responsible* for the blast": a charge (112)
  WordList bearing_verbs;          // "said X *bore* responsibility": a charge
  WordList blame_adjectives;       // "called the expulsion *unacceptable*": criticism
  WordList doing_verbs;            // "*undertook* an act of aggression": the noun's act is the subject's
  WordList attack_destroy_verbs;   // "warships *destroyed* a platform": by armed forces, an attack
  WordList property_nouns;         // "destroyed the *homes* of ...": property, not a military target
  WordList saying_verbs;           // "*said* X ...": the object is what is said, not whom to
  WordList exchange_verbs;         // "*traded* accusations", "*exchanged* fire": two-sided whatever the code
  WordList reciprocal_pronouns;    // "accused *each other*": the subjects act on one another
  WordList side_nouns;             // "both *sides*", "the two *governments*": the story's two countries
  WordList pair_words;             // "*both*", "*two*"
  WordList about_prepositions;     // "a complaint with the WTO *over* U.S. controls": whom it is about
  WordList topic_prepositions;     // "summoned the envoy *over* comments about rights": what an act is about
  WordList instance_nouns;         // "an *act* of aggression", "a *case* of interference"
  WordList naming_verbs;           // "*called* / *described* X as Y": a judgement of X
  WordList partitive_nouns;        // "a *group* of rebels": the people of the "of" phrase act
  WordList deferral_verbs;         // "*postponed* sending troops", "*allowed* Ukraine to strike": not asserted
  WordList reduction_verbs;        // "voted to *halve* aid to X": less of the act (CAMEO 16), not more
  WordList authoring_verbs;        // "*issued*/*adopted* a statement": its subject is the author
  WordList announcing_verbs;       // "*announced* talks": the act is the announcer's own
  WordList deciding_verbs;         // "*approved* an arms sale to Taiwan": the act decided is the decider's
  WordList future_act_adjectives;  // "the *planned* talks": an act still to come
  WordList new_act_adjectives;     // "the *next* talks", "*fresh* fighting": not the act told before
  WordList negative_determiners;   // "*no* talks", "*any* accord": no act that happened
  WordList future_auxiliaries;     // "will", "would": an act still to come
  WordList will_auxiliaries;       // "will", "shall", "'ll": announced, so an intent or a threat
  WordList would_auxiliaries;      // "would": an intent when reported ("said it would"), else conditional
  WordList hedge_auxiliaries;      // "might", "may", "could": not an event
  WordList hedge_adverbs;          // "would *probably*": a guess, not an announcement
  WordList readiness_adjectives;   // "was *ready* to impose": announced, like "will"
  WordList forecast_predicates;    // "is *expected* to meet": a forecast, not an event
  WordList condition_markers;      // "*if* ..., X would": a condition
  WordList claim_markers;          // "accused X *of* V-ing", "blamed X *for* V-ing"
  WordList averting_markers;       // "warned China *against* aiding Russia": the aid is not given
  WordList dateline_separators;    // "ANKARA, March 2 (Wire) *-*": where a dateline ends
  // Tag classes of the tagger's fine-grained tag set (XPOS).
  WordList finite_verb_tags;       // "VBD", "VBZ", "VBP"
  std::string_view participle_tag; // "VBN"
  std::string_view verb_tag_prefix;  // "VB"
  WordList relative_pronoun_tags;  // "WP", "WDT"
};

// Inflection of dictionary words (dict/ readers, the coder's lemma fallback). Upper
// case in and out, as dictionary words are stored.
struct Inflection {
  // "ATTACK" -> ATTACK, ATTACKS, ATTACKED, ATTACKING (and the forms PETRARCH misses).
  std::vector<std::string> (*verb_forms)(std::string_view base);
  // "AMBASSADOR" -> "AMBASSADORS".
  std::string (*plural)(std::string_view phrase);
  // "LABELLED" is a regular inflection of "LABEL".
  bool (*is_regular_inflection)(std::string_view form, std::string_view lemma);
};

// Name heuristics of the unknown-actor finder (src/corpus/). It compares particles
// and the joining words (versus ... noun_phrase_possessives) as written ("Of" is not a
// particle), the rest lower-cased (see NameLexicon there).
struct NameWords {
  WordList name_particles;         // "of", "de", "al", "van": inside one name
  WordList not_names;              // capitalised but never actors: weekdays, months
  CodedWords titles;               // before a name, with the role: ("gen", "MIL"), ("mr", "")
  CodedWords offices;              // ("minister", "GOV"), ("chairman", "")
  WordList portfolios;             // "finance" Minister: part of the office
  WordList name_parts;             // "north", "new": only ever part of a name
  CodedWords organisation_suffixes;  // ("corp", "BUS"), ("university", "EDU")
  WordList organisation_words;     // "commission", "board": an organisation, no role
  WordList versus;                 // "vs": a results table ("Shr 1.20 dlrs vs 1.05 dlrs")
  WordList name_conjunctions;      // "and" inside a name: "Securities and Exchange Commission"
  WordList name_possessives;       // "'s" inside a name: "Moody's Investors Service"
  WordList noun_phrase_possessives;  // "'s", "'": the possessor is in its owner's noun phrase
};

struct Language {
  std::string_view code;  // "en"
  CalendarWords calendar;
  BoilerplateWords boilerplate;
  CoderWords coder;
  Inflection inflection;
  NameWords names;
};

// English (src/lang/en/).
const Language& english();

}  // namespace dyad::lang
