// The grammar of CAMEO actor codes (see actor_codes.hpp). The lists are CAMEO's:
// the non-state heads of the CAMEO actor codebook (Schrodt 2012, ch. 3) and its
// role codes.
#include "cameo/actor_codes.hpp"

#include <array>

namespace dyad::cameo {

namespace {

constexpr std::array<std::string_view, 6> kNonStateHeads = {"IGO", "NGO", "IMG", "MNC", "NGM", "UIS"};
constexpr std::array<std::string_view, 24> kRegionHeads = {"AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "EIN",
                                                          "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR",
                                                          "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"};
constexpr std::array<std::string_view, 24> kRoles = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY",
                                                     "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "AGR",
                                                     "REF", "ELI", "REL", "HLH", "ENV", "SEP", "INS", "MOD"};

bool upper_block(std::string_view b) {
  if (b.size() != 3) return false;
  for (char c : b) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

}  // namespace

bool is_role_code(std::string_view block) {
  for (std::string_view r : kRoles) {
    if (r == block) return true;
  }
  return false;
}

bool is_domestic_role(std::string_view block) {
  static constexpr std::array<std::string_view, 14> kDomestic = {"REB", "OPP", "CVL", "LAB", "JUD", "LEG", "EDU",
                                                                 "MED", "BUS", "CRM", "REF", "AGR", "HLH", "PTY"};
  for (std::string_view r : kDomestic) {
    if (r == block) return true;
  }
  return false;
}

bool is_non_state_role(std::string_view block) {
  return is_domestic_role(block) && block != "LEG" && block != "JUD";
}

bool is_civil_sector_role(std::string_view block) {
  return block == "BUS" || block == "MED" || block == "EDU" || block == "AGR" || block == "HLH";
}

HeadKind head_kind(std::string_view code) {
  if (code.size() < 3) return HeadKind::None;
  const std::string_view head = code.substr(0, 3);
  if (!upper_block(head)) return HeadKind::None;
  for (std::string_view h : kNonStateHeads) {
    if (h == head) return HeadKind::NonState;
  }
  if (is_role_code(head)) return HeadKind::Role;
  return HeadKind::Country;
}

ActorCodeParts split_actor_code(std::string_view code) {
  ActorCodeParts p;
  if (code.size() < 3 || code[0] == '"') return p;
  switch (head_kind(code)) {
    case HeadKind::Country: p.country = std::string(code.substr(0, 3)); break;
    case HeadKind::NonState:
    case HeadKind::Role: p.group = std::string(code.substr(0, 3)); break;
    case HeadKind::None: break;
  }
  std::string* types[] = {&p.type1, &p.type2, &p.type3};
  size_t pos = 3;
  for (int k = 0; k < 3 && pos + 3 <= code.size(); ++k, pos += 3) *types[k] = std::string(code.substr(pos, 3));
  return p;
}

bool is_region(std::string_view code) {
  if (code.size() < 3) return false;
  for (std::string_view h : kRegionHeads) {
    if (code.substr(0, 3) == h) return true;
  }
  return false;
}

}  // namespace dyad::cameo
