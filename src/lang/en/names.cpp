// English name heuristics of the unknown-actor finder (`dyad actors --unknown`):
// which capitalised words join, open, close or are never part of a name, and the
// role a title, office or organisation word suggests.
#include "lang/en/english_data.hpp"

namespace dyad::lang::en {

namespace {

// Words that join parts of one name: "Bank of England", "Abd al Aziz", "Procter &
// Gamble", "Ludwig van Beethoven". Only between two proper nouns.
const std::string_view kParticles[] = {"of",  "de",  "du",  "des", "la", "le", "el",  "al",  "bin", "ibn", "bint",
                                       "van", "von", "der", "den", "da", "di", "dos", "do",  "y",   "&",   "for"};
// Proper nouns that are not actors: weekdays, months, and the like.
const std::string_view kNotNames[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march",  "april",   "may",       "june",     "july",   "august",   "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"};
// Titles before a name, with the role they suggest ("" = none).
const CodedWord kTitles[] = {
    {"mr", ""},      {"mrs", ""},     {"ms", ""},          {"miss", ""},        {"dr", ""},          {"sir", ""},
    {"prof", ""},    {"dame", ""},    {"lord", ""},        {"gen", "MIL"},      {"lt", "MIL"},       {"col", "MIL"},
    {"maj", "MIL"},  {"capt", "MIL"}, {"adm", "MIL"},      {"brig", "MIL"},     {"sgt", "MIL"},      {"cmdr", "MIL"},
    {"sen", "LEG"},  {"rep", "LEG"},  {"gov", "GOV"},      {"pres", "GOV"},     {"king", "GOV"},     {"queen", "GOV"},
    {"rev", "REL"},  {"pope", "REL"}, {"cardinal", "REL"}, {"bishop", "REL"},   {"ayatollah", "REL"},
    {"imam", "REL"}, {"sheikh", ""},  {"prince", ""},      {"princess", ""}};
// Office words that are never part of a name, wherever they stand in a run of proper
// nouns ("Treasury Secretary James Baker"), with the role they suggest.
const CodedWord kOffices[] = {
    {"secretary", "GOV"}, {"chancellor", "GOV"},  {"governor", "GOV"},    {"commissioner", "GOV"},
    {"envoy", "GOV"},     {"minister", "GOV"},    {"premier", "GOV"},     {"president", "GOV"},
    {"spokesman", "GOV"}, {"spokeswoman", "GOV"}, {"congressman", "LEG"}, {"senator", "LEG"},
    {"chairman", ""},     {"chairwoman", ""},     {"chief", ""},          {"director", ""},
    {"deputy", ""},       {"vice", ""},           {"staff", ""}};
// Portfolio words that belong to the office after them ("Finance Minister",
// "Treasury Secretary"), not to a name.
const std::string_view kPortfolios[] = {
    "finance", "treasury", "foreign", "defence", "defense",  "trade",       "agriculture", "interior", "commerce",
    "energy",  "labor",    "labour",  "state",   "economy",  "economic",    "industry",    "justice",  "health",
    "education", "oil",    "petroleum", "transport", "information", "home", "prime",     "budget",   "planning",
    "mines",   "exchequer"};
// Words that are only ever part of a name ("West" of "West German").
const std::string_view kNameParts[] = {"north",   "south", "east",    "west",  "northern", "southern", "eastern",
                                       "western", "central", "new",   "greater", "upper", "lower"};
// The last word of a name that says what kind of organisation it is.
const CodedWord kSuffixes[] = {
    {"corp", "BUS"},   {"corporation", "BUS"}, {"inc", "BUS"},         {"co", "BUS"},         {"cos", "BUS"},
    {"ltd", "BUS"},    {"plc", "BUS"},         {"llc", "BUS"},         {"ag", "BUS"},         {"nv", "BUS"},
    {"group", "BUS"},  {"holdings", "BUS"},    {"industries", "BUS"},  {"airlines", "BUS"},   {"airways", "BUS"},
    {"bank", "BUS"},   {"motors", "BUS"},      {"university", "EDU"},  {"college", "EDU"},    {"institute", "EDU"},
    {"times", "MED"},  {"post", "MED"},        {"journal", "MED"},     {"herald", "MED"},     {"tribune", "MED"},
    {"gazette", "MED"}, {"radio", "MED"},      {"tv", "MED"},          {"party", "PTY"},      {"church", "REL"},
    {"army", "MIL"},   {"police", "COP"},      {"department", "GOV"},  {"ministry", "GOV"},   {"court", "JUD"}};
// The last word of an organisation's name that gives no role: "Securities and
// Exchange Commission", "Moody's Investors Service".
const std::string_view kOrganisationWords[] = {
    "commission", "board",    "council",    "committee",   "agency",     "authority", "fund",     "organisation",
    "organization", "association", "federation", "service", "services", "exchange",  "reserve",  "office",
    "foundation", "trust",    "partners",   "brothers",    "securities", "institute", "union",    "administration"};

// Markers of a results table: "Shr 1.20 dlrs vs 1.05 dlrs".
const std::string_view kVersus[] = {"vs", "vs."};
// Inside a name where the parse puts them there: "Securities and Exchange
// Commission", "Moody's Investors Service".
const std::string_view kNameConjunctions[] = {"and"};
const std::string_view kNamePossessives[] = {"'s", "\xE2\x80\x99s"};
// A possessor ("China 's foreign minister") belongs to the noun phrase it owns.
const std::string_view kNounPhrasePossessives[] = {"'s", "'", "\xE2\x80\x99s"};

}  // namespace

NameWords name_words() {
  NameWords n;
  n.name_particles = kParticles;
  n.not_names = kNotNames;
  n.titles = kTitles;
  n.offices = kOffices;
  n.portfolios = kPortfolios;
  n.name_parts = kNameParts;
  n.organisation_suffixes = kSuffixes;
  n.organisation_words = kOrganisationWords;
  n.versus = kVersus;
  n.name_conjunctions = kNameConjunctions;
  n.name_possessives = kNamePossessives;
  n.noun_phrase_possessives = kNounPhrasePossessives;
  return n;
}

}  // namespace dyad::lang::en
