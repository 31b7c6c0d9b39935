// Dyad's version, from the one definition in CMakeLists.txt (project(dyad VERSION ...)).
// `dyad --version`, the coding version stamped on stored events and the Python
// module all read it here.
#pragma once

namespace dyad {

// "0.1.0".
const char* version_string();

}  // namespace dyad
