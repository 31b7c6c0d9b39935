// DocumentMemory: what the coder remembers of a story from one sentence to the next,
// and the questions it answers.
//
//   "Chinese Foreign Ministry spokesperson Lin Jian said ..."   remember Lin Jian = CHNGOV
//   "Lin added ..."        recall_person({"lin"})   -> CHNGOV
//   "He said ..."          recall_last_person()     -> CHNGOV (the person the latest sentence
//                                                    that named people named highest in its parse)
//   "the alliance"         latest_actor(organisation) -> the latest IGO of earlier sentences
//   "a ministry spokesperson"  context_country()    -> the country the story is about
//
// The memory is kept in DocumentState (it outlives a sentence); what a sentence learns
// is held back in a SentenceMemory until commit(), so a sentence never resolves a name
// against people it introduces later in itself -- except through recall_person,
// which looks at this sentence's people first, as a reader would.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dyad/code.hpp"

namespace dyad::coder {

// What one sentence adds to the memory, until it is committed.
struct SentenceMemory {
  std::vector<DocumentState::KnownPerson> new_people;  // met in this sentence
  int32_t person_ref = -1;  // the person last referred to in this sentence (index into DocumentState::people)
  // The sentence's most prominent person, for "he" in the sentences after it: the one
  // named highest in the parse (the main clause's subject before an object or a
  // relative clause), the first named among equals. `salient_new` says whether
  // `salient` indexes new_people or DocumentState::people; -1: none.
  int32_t salient = -1;
  bool salient_new = false;
  int salient_depth = 0;
  uint32_t salient_token = 0;
  // A person named at (depth, token) becomes the salient one if named higher (or as
  // high and earlier) than the salient one so far.
  void offer_salient(int32_t person, bool is_new, int depth, uint32_t token) {
    if (salient >= 0 && (depth > salient_depth || (depth == salient_depth && token >= salient_token))) return;
    salient = person;
    salient_new = is_new;
    salient_depth = depth;
    salient_token = token;
  }
  void clear() {
    new_people.clear();
    person_ref = -1;
    salient = -1;
  }
};

class DocumentMemory {
 public:
  DocumentMemory(DocumentState& doc, SentenceMemory& sentence) : doc_(doc), sentence_(sentence) {}

  // An actor the memory gives back: its code and the evidence ("document memory: Lin
  // Jian (sentence 2)").
  struct Recalled {
    std::string code;
    std::string evidence;
  };

  // A person of this sentence: `names` are the lower-case name words, `text` the name
  // as written. Named again in the same sentence, the latest code wins.
  // `depth` and `token` place the name in the sentence's parse (see
  // SentenceMemory::salient).
  void remember_person(std::vector<std::string> names, const std::string& code, std::string text, int depth = 0,
                       uint32_t token = 0);
  // The latest person each of whose words is one of `names`' ("Lin" -> "Lin Jian"),
  // this sentence's people first.
  std::optional<Recalled> recall_person(const std::vector<std::string>& names, int depth = 0, uint32_t token = 0);
  // A role met with a country ("Saudi Arabia's Crown Prince": the agent entry of
  // "Crown Prince", SAUGOV).
  void remember_role(int32_t agent_entry, const std::string& code, std::string text);
  // The latest role of an earlier sentence with that agent entry ("the Crown Prince").
  std::optional<Recalled> recall_role(int32_t agent_entry) const;
  // The person an earlier sentence made prominent ("He said"): of the latest sentence
  // that named people, the one named highest in its parse.
  std::optional<Recalled> recall_last_person() const;
  // That person named again by a pronoun at (depth, token) of this sentence: still
  // prominent if named higher than anyone else ("he met Barrak").
  void mention_last_person(int depth, uint32_t token);
  // The latest actor of earlier sentences that is an organisation (IGO) or, with
  // `organisation` false, a country; a country is given as its three-letter code.
  std::optional<Recalled> latest_actor(bool organisation) const;
  // The two countries of the story's latest act between two countries in the last
  // `within` sentences, else the two latest countries named ("the two countries",
  // "both sides"); fewer than two: none. With `domestic`, two sides of one country
  // (an army and a rebel force) count too, given with their agents ("both sides").
  std::vector<Recalled> latest_pair(uint32_t within, bool domestic = false) const;
  // Actors a sentence named outside its events ("NATO leaders met in Vilnius"), so
  // that "the alliance" of the next sentence finds NATO.
  void note_mention(const std::string& code, const std::string& text);
  // The country the story names most often (as event actors; the latest on a tie),
  // other than `except`.
  std::optional<Recalled> main_country_except(const std::string& except) const;
  // The latest country of earlier sentences other than `except` ("" for any).
  std::optional<Recalled> latest_country_except(const std::string& except) const;
  // The country the story is about: of the latest event source, else of the latest
  // actor; "" when none.
  std::string context_country() const;
  // The source of the latest act of an earlier sentence, at most `within` sentences
  // back, whose root is `root` -- any of 18, 19, 20 for one of them ("the raid" after
  // a shelling).
  std::optional<Recalled> latest_act_source(const std::string& root, uint32_t within) const;
  // The same act whole: its source and target (nullptr when none).
  const DocumentState::PastAct* latest_act(const std::string& root, uint32_t within) const;
  // The latest cooperative act (roots 03-06) of the last `within` sentences between
  // `side` (a country) and another country: the story's counterpart of that side.
  const DocumentState::PastAct* latest_dealing_with(const std::string& side, uint32_t within) const;
  // The source of the latest force act (18-20; with `seizure`, 17) of an earlier
  // sentence, at most `within` sentences back, aimed at the country `victim` ("IRN"):
  // whom a vow of revenge is against, who sank the ships a passive reports.
  std::optional<Recalled> latest_attacker_of(const std::string& victim, uint32_t within, bool seizure = false) const;
  // The other side of the latest use of force (18-20) by or on `side` (a country, its
  // first three letters) in the last `within` sentences: the story's war.
  std::optional<Recalled> latest_enemy_of(const std::string& side, uint32_t within) const;
  // Stores the actors of this sentence's events and the people it met.
  void commit(const Event* first, const Event* last);

 private:
  DocumentState& doc_;
  SentenceMemory& sentence_;
};

}  // namespace dyad::coder
