// The event coder: from a dependency graph per sentence (DepGraph, graph.hpp) to
// CAMEO events.
//
// EventCoder codes one sentence at a time. Per sentence it (1) drops discarded text,
// (2) matches actor and agent phrases (longest match over match units), (3) groups
// them into mentions along the graph -- possessives, compounds, "X of Y" agents,
// appositions, coordination -- (4) finds dictionary verbs and their best pattern,
// (5) takes source and target from the graph (subject, object, passive "by", xcomp
// and ccomp chains, coordinated verbs, relative clauses) unless the pattern places
// them, (6) links reporting verbs to what they report, and (7) writes one event per
// source/target pair. The per-document DocumentState carries what outlives a sentence
// (story discards, the actors seen so far) and the scratch memory, so coding a
// sentence allocates next to nothing. src/coder/README.md maps these passes to files.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/dict.hpp"
#include "dyad/event.hpp"
#include "dyad/graph.hpp"
#include "dyad/result.hpp"

namespace dyad {

namespace lang {
struct Language;
}

enum class NegationPolicy { Code, Flag, Drop };

struct CoderOptions {
  // Drop events whose source or target has no code at all ("---").
  bool require_dyad = true;
  // Code noun phrases of at most this many words that are not in the dictionary as
  // quoted actors ("\"THE MINISTRY OF MAGIC\""); 0 = off.
  int new_actor_length = 0;
  NegationPolicy negation = NegationPolicy::Flag;
  // A passive without "by": PETRARCH keeps the subject as source; Dyad makes it the
  // target (with no source, so no event unless require_dyad is off).
  bool passive_subject_is_source = false;
  // An adverbial clause without a subject takes the main clause's ("X attacked Y,
  // killing Z" -> X killed Z).
  bool advcl_inherits_subject = true;
  // "'...,' Lin said": the quoted clause is what Lin said (its events take Lin as
  // source when they have none, or a first-person one).
  bool link_parataxis_speech = true;
  // Verbs not found by form are looked up by lemma when the form is a regular
  // inflection of it.
  bool lemma_fallback = true;
  // Document memory: actors of earlier sentences resolve names ("Lin said"), "he"/"she",
  // "the alliance", "the country", and give agents without a country ("a Foreign
  // Ministry spokesperson") the country the story is about. Off for validation
  // records, which are independent sentences.
  bool document_memory = true;
  // No statement (CAMEO 01) between a country and a part of it ("CHNGOV" -> "CHN"): a
  // spokesperson talking about their own country is not an interaction.
  bool drop_self_events = true;
  // "failed to condemn X", with no code for "fail": the condemnation is negated. (A
  // refusal verb with a code -- CAMEO 12 -- codes the refusal instead.)
  bool refusal_negates = true;
  // Patterns and targets do not reach into relative clauses of the verb's noun
  // phrases (PETRARCH's linear patterns do).
  bool scope_skips_relative_clauses = true;
  // A reporting verb whose pattern codes more than a statement ("said * THAT + MUST":
  // a demand) keeps its event and silences the clause it reports.
  bool speech_pattern_wins = true;
  // A protest (CAMEO 14) with no target is aimed at the country where it happens
  // ("demonstrated in Kirkuk" -> IRQ), and may be domestic (IRQ -> IRQ).
  bool protest_targets_place = true;
  // "former" turns the agent codes of a mention into ELI (TABARI's FORMER rule).
  bool former_is_elite = true;
  // A sentence starting with a dateline ("CEBU CITY: --") is not coded.
  bool skip_dateline_sentences = false;
  // A wire dateline opening the story ("ANKARA, March 2 (Wire) -", "CARACAS (AP) -",
  // "CEBU CITY:") is place and date, never an actor: its words are left out of coding
  // and its country becomes the place of the story.
  bool strip_datelines = true;
  // --- Real-news behaviour (off in petrarch(): validation records are made up) ---
  // A bare statement (010) needs an addressee -- "told X", "said to X" -- not an
  // actor found anywhere in what was said ("Iraq said its forces ..." is no event of
  // Iraq towards its forces).
  bool statements_need_addressee = true;
  // Coordinated sources with no target ("X and Y met") make an event in both
  // directions only for reciprocal acts (meet, talk, negotiate, clash, sign); "X and
  // Y denied ..." is not X denying Y.
  bool reciprocal_compounds_only = true;
  // A reciprocal act with a target ("X met Y", "X held talks with Y") is coded in
  // both directions, as careful coders do.
  bool reciprocal_both_directions = true;
  // Agent-only sides ("---MIL") take a country from the sentence ("its forces": the
  // actor "its" refers to) or from the story (the latest country that is not the
  // other side's).
  bool resolve_agent_countries = true;
  // Modality: an act under "might/may/could" is not an event; under "will" (or
  // "would" in reported speech: "said it would") a material act becomes the intent
  // or threat CAMEO codes for it (meet -> 036, give aid -> 033, attack -> 138).
  bool modality = true;
  // What a verb of accusation or rejection says of its target ("accused Y of
  // shelling Z", "denied that ...") is a claim, not an event.
  bool claims_are_not_events = true;
  // A person's lone surname counts only around their dated terms.
  bool dated_surnames = true;
  // Event nouns of the dictionary ("noun 190 = attack") are coded when their phrase
  // names both sides: "the U.S. attack on an Iranian platform", "talks with Japan"
  // (the clause's subject as source), "talks between X and Y".
  bool event_nouns = true;
  // A comment on an act ("Turkey condemned the Iraqi raid", "backed the United States'
  // attack on X") is aimed at the act's author -- named in its phrase, else the source
  // of the story's latest act of that kind ("condemned the raid") -- never at the
  // act's own target; with no author known, it is not coded.
  bool comments_target_authors = true;
  // A threat of force with no target ("Iran vowed revenge") is aimed at whoever last
  // used force against the threatener's country, in this sentence or the six before.
  bool retaliation_targets_attacker = true;
  // A two-sided act named with no side ("the talks", "Discussions are under way") is
  // the story's latest act of that kind, between the same sides.
  bool recall_mutual_acts = true;
  // A passive act of force or seizure with no agent ("two Iranian boats were sunk") is
  // by whoever last used force on (or seized from) that country in the story.
  bool passive_acts_by_story_attacker = true;
  // Political relevance: an event between two sides of business, media, education,
  // farming or health ("Ford hired analysts"), or between such a side and its own
  // country named as a whole ("the U.S. will help American companies": USA, USABUS),
  // is not political event data.
  bool political_only = true;
  // Rewire clause-moving parse mistakes of news before coding: "X attacked Y, Z
  // said" parsed with "attacked" as a modifier and X, Y and Z as subjects of "said".
  bool repair_parses = true;
  // An event needs a country or organisation on both sides: agent-only sides left
  // after resolution drop the event (dyad code --allow-null-actors keeps them).
  bool require_countries = true;
  // The language of the coder's function words (src/lang/); nullptr: English.
  const lang::Language* language = nullptr;
  // PETRARCH-compatible settings for validation files.
  static CoderOptions petrarch();
};

// Why a sentence produced no events, when it was not coded at all.
enum class SentenceStatus { Coded, NoParse, SentenceDiscard, StoryDiscard, Dateline };
const char* sentence_status_name(SentenceStatus s);

// How much to trust a coded event (0-1), from the evidence it carries: how its sides
// were found and where their countries came from (src/coder/confidence.cpp). The
// coder fills Event::confidence with it.
double event_confidence(const Event& e);

namespace coder {
class CoderScratch;  // per-document working memory (src/coder/sentence_coder.hpp)
}

// What outlives one sentence of a document. Reset between documents.
struct DocumentState {
  DocumentState();
  ~DocumentState();
  DocumentState(DocumentState&&) noexcept;
  DocumentState& operator=(DocumentState&&) noexcept;
  void reset(std::string doc_id = {}, Date date = {});

  std::string doc_id;
  Date date;
  bool story_discarded = false;
  // The country of the wire dateline ("CARACAS, May 1 (Wire) -" -> VEN): where the
  // story was filed, for sides that name no country of their own. Empty when none.
  std::string dateline_country;
  // Actors mentioned so far, in order (for document-level resolution: "the alliance",
  // "Lin said" -> the spokesperson introduced earlier).
  struct SeenActor {
    std::string code;
    std::string text;
    uint32_t sentence = 0;
    bool source = false;   // seen as the source of an event
    bool mention = false;  // named in a sentence, not in one of its events
  };
  std::vector<SeenActor> actors_seen;
  // People named with a role or a dictionary code ("spokesperson Lin Jian" -> CHNGOV),
  // so that "Lin said" and "He said" resolve later on.
  struct KnownPerson {
    std::vector<std::string> names;  // lower-case name words: {"lin", "jian"}
    std::string code;
    std::string text;                // as first written: "Lin Jian"
    uint32_t sentence = 0;
  };
  std::vector<KnownPerson> people;
  int32_t last_person = -1;          // index into people: what "he"/"she" refers to
  // Roles met with a country ("Saudi Arabia's Crown Prince" -> SAUGOV, "Nicaraguan
  // rebels" -> NICREB), so that "the Crown Prince" and "the rebels" resolve later on.
  struct KnownRole {
    int32_t agent_entry = -1;  // the dictionary phrase of the role words ("crown prince")
    std::string code;
    std::string text;
    uint32_t sentence = 0;
  };
  std::vector<KnownRole> roles;
  // The acts coded so far (not negated), so that "Turkey condemned the raid" can find
  // who raided.
  struct PastAct {
    std::string source, target, root;
    std::string text;  // the source's words
    uint32_t sentence = 0;
    std::string code;  // the full CAMEO code
  };
  std::vector<PastAct> acts;
  // The last date a sentence stated ("on Thursday" -> 20240711) and that sentence's
  // index: "a day after ..." in the next sentences counts from it.
  Date stated_date;
  uint32_t stated_sentence = 0;
  uint32_t sentence_index = 0;
  std::unique_ptr<coder::CoderScratch> scratch;
};

struct SentenceResult {
  SentenceStatus status = SentenceStatus::Coded;
  std::vector<std::string> notes;  // why verbs did not code (for --verbose)
};

class EventCoder {
 public:
  // `dict` must outlive the coder; it is compiled here if it was not.
  EventCoder(Dictionary& dict, CoderOptions options);
  const CoderOptions& options() const { return options_; }
  void set_options(const CoderOptions& o) { options_ = o; }

  // Codes one sentence; appends its events to `out` (doc_id, sentence, date and text
  // filled from `doc` and `graph`). The document date may be unknown.
  SentenceResult code(const DepGraph& graph, DocumentState& doc, std::vector<Event>& out) const;

 private:
  const Dictionary* dict_;
  CoderOptions options_;
};

}  // namespace dyad
