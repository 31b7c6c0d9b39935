// The dictionary file readers (PETRARCH formats in petrarch_reader.cpp, Dyad's own in
// dyad_reader.cpp) and small helpers they share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/strings.hpp"
#include "lang/language.hpp"
#include "dyad/dict.hpp"

namespace dyad::dict_io {

void read_petrarch_verbs(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report);
void read_petrarch_actors(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report);
void read_petrarch_agents(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report);
void read_petrarch_discards(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report);
void read_petrarch_issues(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report);
void read_petrarch_ontology(std::string_view text, const std::string& name, LoadReport& report);
void read_prepositions(std::string_view text, const std::string& name, LoadReport& report);
void read_dyad_dictionary(std::string_view text, const std::string& name, Dictionary& dict, LoadReport& report);

// The inflection rules of the dictionary's language (English unless set): regular
// verb forms (ACCUSE -> ACCUSES ACCUSED ACCUSING) and plurals of agent phrases.
const lang::Inflection& inflection_of(const Dictionary& dict);

// Splits a phrase into units with, per unit, whether a gap may precede it: '_' joins,
// ' ' allows a gap when `space_is_gap` (PETRARCH actor and agent phrases).
void phrase_units(std::string_view phrase, bool space_is_gap, std::vector<std::string>& units,
                  std::vector<uint8_t>& gap_before);

// A verb phrase line: "BREAK {BROKE BROKEN}", "WIRE_+TAP [1711]", "+CORDON_OFF {...}".
struct VerbLine {
  std::vector<std::string> words;
  uint8_t head = 0;
  bool has_forms = false;
  std::vector<std::string> irregular;
  std::string code_text;
  bool has_code = false;
};
bool parse_verb_phrase(std::string_view text, VerbLine& out);
// The forms of the verb word: base, then the irregular ones (or the regular ones).
std::vector<std::string> verb_forms(const VerbLine& v, const lang::Inflection& inflection);
// A pattern body without its code: "SAID * TO ATTEND", "+ * FROM $".
bool parse_pattern_text(std::string_view body, const Dictionary& dict, VerbPattern& p, std::string& problem,
                        bool& had_brackets);
// An actor code spec: "CODE", "CODE <950601", "CODE 19950601-19990815".
bool parse_code_spec(std::string_view spec, DatedCode& out, std::string& problem);

}  // namespace dyad::dict_io
