// The grammar of CAMEO actor codes.
//
// A code is a sequence of three-letter blocks. The first block says whose actor it
// is; the following blocks are roles (types):
//   "CHN"        China                        head CHN, a country
//   "CHNGOVMIL"  China, government, military  roles GOV, MIL
//   "IGOWSTNAT"  NATO                         head IGO, a non-state group; WST, NAT
//   "---GOV"     a government of no known country (Dyad's agent-only actor)
//   "ELIGOV"     an elite with no country (a bare role as head)
// A '/' separates several actors named at once ("FRO/BIL"); a quoted code
// ("\"NEW ACTOR\"") is a new actor, outside the grammar.
#pragma once

#include <string>
#include <string_view>

namespace dyad::cameo {

enum class HeadKind {
  None,      // empty, "---" or not a code
  Country,   // three letters that are not one of the kinds below (ISO 3166 or CAMEO's USR, DDR ...)
  NonState,  // IGO, NGO, IMG, MNC, NGM, UIS: organisations and groups of no one country
  Role,      // a role code as the head: "ELI", "REL", "GOV" with no country
};

// The kind of the code's first block.
HeadKind head_kind(std::string_view code);
// "CHNGOV" -> true; "IGOWSTNAT", "---GOV", "ELI" -> false.
inline bool is_country_code(std::string_view code) { return head_kind(code) == HeadKind::Country; }
// "---GOV", "---" -> true: no country or group is known.
inline bool is_agent_only(std::string_view code) { return code.rfind("---", 0) == 0; }
// True for the three-letter role codes (GOV, MIL, REB, ELI ...).
bool is_role_code(std::string_view block);
// Roles that act inside their own country: rebels, opposition, civilians, labour,
// the courts and legislature, media, business, criminals, refugees ("REB", "CVL").
// A side with such a role and no country most likely shares the other side's.
bool is_domestic_role(std::string_view block);
// A domestic role outside the state: rebels, opposition, civilians, labour, business,
// media, criminals, refugees ... (is_domestic_role without the legislature and the
// judiciary).
bool is_non_state_role(std::string_view block);
// CAMEO's region codes as a code's head ("LAM" Latin America, "MEA" the Middle East,
// "WST" the West): a region, which is no state.
bool is_region(std::string_view code);
// Business, media, education, agriculture, health: sectors whose dealings among
// themselves are not political events ("BUS", "MED", "EDU", "AGR", "HLH").
bool is_civil_sector_role(std::string_view block);

// A code split into its head and up to three roles, the way GDELT and Phoenix
// columns hold it: country or group head, then types.
struct ActorCodeParts {
  std::string country;  // "CHN" (a Country head)
  std::string group;    // "IGO", "ELI" (a NonState or Role head)
  std::string type1, type2, type3;
};
ActorCodeParts split_actor_code(std::string_view code);

}  // namespace dyad::cameo
