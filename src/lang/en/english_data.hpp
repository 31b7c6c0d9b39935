// The parts of English (src/lang/en/), one file each; english.cpp assembles them.
#pragma once

#include "lang/language.hpp"

namespace dyad::lang::en {

BoilerplateWords boilerplate_words();
CalendarWords calendar_words();
CoderWords coder_words();
Inflection inflection();
NameWords name_words();

}  // namespace dyad::lang::en
