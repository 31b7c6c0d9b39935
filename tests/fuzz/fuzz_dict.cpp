// libFuzzer target for the dictionary readers (PETRARCH verbs, actors, agents,
// discards, issues, ontology; Dyad's format). The first byte picks the reader; the
// rest is the file. Reading must never crash or hang, must report problems as values,
// and the result must compile and code a small sentence.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "dyad/code.hpp"
#include "dyad/dict.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 16) return 0;
  static const dyad::DictFileKind kinds[] = {dyad::DictFileKind::Verbs,    dyad::DictFileKind::Actors,
                                             dyad::DictFileKind::Agents,   dyad::DictFileKind::Discards,
                                             dyad::DictFileKind::Issues,   dyad::DictFileKind::Ontology,
                                             dyad::DictFileKind::Dyad,     dyad::DictFileKind::Prepositions};
  dyad::DictFileKind kind = kinds[data[0] % 8];
  std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
  dyad::Dictionary dict;
  dyad::LoadReport report;
  dict.load_text(text, "fuzz.txt", kind, report);
  for (const auto& e : report.errors) {
    if (e.rfind("fuzz.txt", 0) != 0) std::abort();  // every problem names the file
  }
  dict.compile();
  auto g = dyad::DepGraph::from_conllu(
      "1\tValdoria\tValdoria\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
      "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\t_\t_\t4\tdet\t_\t_\n"
      "4\tOstrava\tOstrava\tPROPN\t_\t_\t2\tobj\t_\t_\n",
      "fuzz");
  if (!g.ok()) std::abort();
  dyad::EventCoder coder(dict, dyad::CoderOptions{});
  dyad::DocumentState state;
  state.reset("fuzz", dyad::Date::from_number(20240711));
  std::vector<dyad::Event> events;
  coder.code(*g, state, events);
  return 0;
}
