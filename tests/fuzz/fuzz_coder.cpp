// libFuzzer target for the event coder on dependency graphs from outside (CoNLL-U
// given to `dyad code` and `dyad ingest`, parsed or not by Dyad): any sentence the
// CoNLL-U reader accepts, however its heads and relations are drawn, must be coded
// without a crash, a hang or a cycle from the parse repairs, with real-news and with
// PETRARCH settings. Words are drawn from a small dictionary so that actors, agents,
// verbs, event nouns and patterns all fire.
//   cmake --preset fuzz && cmake --build --preset fuzz
//   ./build/fuzz/fuzz/fuzz_coder -max_total_time=300 CORPUS_DIR
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "coder/parse_repair.hpp"
#include "dyad/code.hpp"
#include "dyad/dict.hpp"
#include "dyad/graph.hpp"

namespace {

dyad::Dictionary& dictionary() {
  static dyad::Dictionary dict = [] {
    dyad::Dictionary d;
    dyad::LoadReport report;
    d.load_text(
        "#!dyad-dictionary 1\n"
        "actor VLD = Valdoria; Valdorian\n"
        "actor OST = Ostrava; Ostravan\n"
        "person = Ana Carnel; Carnel\n"
        "  code VLDGOV 2020-01-01..\n"
        "agent ~GOV = minister; government\n"
        "agent ~MIL = troops; gunships\n"
        "agent ~REB = rebels\n"
        "agent ~MED = reporters\n"
        "verb 190 = attack\n"
        "verb 010 = say {said}; tell {told}\n"
        "verb 112 = accuse\n"
        "verb 040 = meet {met}\n"
        "  pattern 036 = WILL *\n"
        "verb 020 = urge\n"
        "noun 190 = attack\n"
        "noun 040 mutual = talks\n"
        "noun 030 = offer\n"
        "verb 030 = vow {vowed}\n"
        "  pattern 138 = * RETALIATION\n"
        "verb 111 = condemn {condemned}\n"
        "verb 190 = strike {struck}\n"
        "  pattern 057 = * DEAL\n"
        "noun 163 = tariffs\n"
        "verb 042 = visit; stop in {stopped}\n"
        "noun 042 = visit\n"
        "verb 170 = punish {punished}\n"
        "verb 173 = detain {detained}\n"
        "verb 051 = welcome {welcoming}\n"
        "verb 141 = protest {protested}\n"
        "verb 190 = repel {repelled}\n"
        "verb 040 = summon {summoned}\n"
        "  pattern 114 = * + OVER\n"
        "verb --- = continue {continued}\n"
        "  pattern 040 = * TALKS\n"
        "verb 111 = critical\n"
        "noun 112 = charges\n",
        "fuzz.dyad", dyad::DictFileKind::Dyad, report);
    d.compile();
    return d;
  }();
  return dict;
}

const char* const kForms[] = {"Valdoria", "Ostrava", "Valdorian", "minister", "troops", "rebels", "reporters",
                              "Carnel", "Ana", "attacked", "said", "told", "accused", "met", "urged", "will",
                              "would", "might", "if", "ready", "expected", "to", "the", "'s", "its", "talks",
                              "offer", "attack", "and", "not", ",", "with", "on", "in", "of", "by", ".",
                              // (words of the sixth real-news round's rules: meetings' partners,
                              // reduced relatives, questions, crowds, seas, periods, accords)
                              "meeting", "after", "ahead", "whether", "strike", "Sea", "deal", "struck",
                              "protesters", "thousands", "asked", "retaliation", "vowed", "week", "ended",
                              "condemned", "tariffs", "yesterday",
                              // (the seventh round's: stops, visits, punishments, "their" crews,
                              // participles before possessors, shared perfects, causes)
                              "welcoming", "had", "detained", "their", "crews", "stopped", "visit", "hours",
                              "because", "protested", "punished", "signs", "he", "Aufi", "-", "yet",
                              // (the eighth round's: countering, ground, stances, summons, denials,
                              // last resorts, light verbs, stops, "its", "which")
                              "repelled", "offensive", "as", "they", "heights", "critical", "was", "summoned",
                              "over", "charges", "rejected", "no", "choice", "but", "continued", "stop",
                              "attacking", "which", "two", "aimed", "at", "opposition", "Luis", "Lima"};
const char* const kTags[] = {"PROPN", "NOUN", "VERB", "AUX", "ADJ", "ADP", "DET", "PRON", "PART", "CCONJ", "SCONJ", "PUNCT"};
const char* const kXpos[] = {"NNP", "NN", "NNS", "VBD", "VBN", "VBZ", "MD", "JJ", "IN", "DT", "PRP", "POS", "TO", "CC", ",",
                             "VB", "VBG", "NNPS", "PRP$"};
const char* const kRels[] = {"nsubj", "obj", "iobj", "obl", "nmod", "nmod:poss", "amod", "acl", "acl:relcl", "ccomp",
                             "xcomp", "advcl", "conj", "cc", "case", "mark", "aux", "aux:pass", "nsubj:pass", "cop",
                             "det", "compound", "flat", "appos", "punct", "parataxis", "advmod", "root",
                             "obl:unmarked", "nmod:unmarked", "csubj"};

template <size_t N>
const char* pick(const char* const (&list)[N], uint8_t b) {
  return list[b % N];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Five bytes per word: form, UPOS, XPOS, head, relation; at most 40 words.
  const size_t n = std::min<size_t>(size / 5, 40);
  if (n == 0) return 0;
  std::string conllu;
  for (size_t i = 0; i < n; ++i) {
    const uint8_t* w = data + 5 * i;
    const size_t head = w[3] % (n + 1);  // 0 = root; cycles and several roots allowed
    conllu += std::to_string(i + 1) + "\t" + pick(kForms, w[0]) + "\t" + pick(kForms, w[0]) + "\t" + pick(kTags, w[1]) +
              "\t" + pick(kXpos, w[2]) + "\t_\t" + std::to_string(head) + "\t" + pick(kRels, w[4]) + "\t_\t_\n";
  }
  auto g = dyad::DepGraph::from_conllu(conllu, "fuzz");
  if (!g.ok()) return 0;  // rejected as a value: fine
  // The repairs must end and leave a forest (every word reaches a root).
  dyad::DepGraph repaired = *g;
  if (dyad::coder::needs_repair(repaired)) dyad::coder::repair_parse(repaired);
  for (size_t i = 0; i < repaired.size(); ++i) {
    int32_t x = static_cast<int32_t>(i);
    size_t steps = 0;
    while (x >= 0 && steps++ <= repaired.size()) x = repaired.words[x].head;
    if (x >= 0) {
      // A cycle: only acceptable when the input already had one through this word.
      int32_t y = static_cast<int32_t>(i);
      size_t s2 = 0;
      while (y >= 0 && s2++ <= g->size()) y = g->words[y].head;
      if (y < 0) std::abort();
    }
  }
  for (const dyad::CoderOptions& o : {dyad::CoderOptions{}, dyad::CoderOptions::petrarch()}) {
    dyad::EventCoder coder(dictionary(), o);
    dyad::DocumentState state;
    state.reset("fuzz", dyad::Date::from_number(20240711));
    std::vector<dyad::Event> events;
    coder.code(*g, state, events);
    coder.code(*g, state, events);  // a second sentence, with the first in memory
  }
  return 0;
}
