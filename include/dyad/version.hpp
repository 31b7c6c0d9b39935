// Dyad's version, from the one definition in CMakeLists.txt (project(dyad VERSION ...)).
// `dyad --version` and the coding version stamped on stored events both read it
// here.
#pragma once

namespace dyad {

// "0.1.0".
const char* version_string();

}  // namespace dyad
