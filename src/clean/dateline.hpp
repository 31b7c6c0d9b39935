// Wire datelines: "ANKARA, March 2 (Reuters) - Syrian artillery shelled ..." opens a
// story with the place and date it was filed, not with news. The cleaner cuts the
// dateline off the first paragraph into a paragraph of its own, so the lead
// sentence is tagged and parsed without it and the coder can read the place.
#pragma once

#include <cstddef>
#include <string_view>

#include "lang/language.hpp"

namespace dyad::clean {

// The length in bytes of a dateline opening `paragraph` (with its separator), or 0:
//   ANKARA, March 2 (Reuters) -      a place, a date, an agency, a dash
//   Caracas (AP) --                  a place and an agency
//   CEBU CITY: ...                   a place in capitals and a colon or long dash
// A place of ordinary-case words needs a date or an agency ("Russia: talks" is a
// headline), and a hyphen needs them too ("NATO-member Norway" is a compound).
size_t dateline_length(std::string_view paragraph, const lang::Language& language);

}  // namespace dyad::clean
