// The version string, compiled from the DYAD_VERSION definition CMake passes from
// project(dyad VERSION ...): one source for every place that prints it.
#include "dyad/version.hpp"

#ifndef DYAD_VERSION
#error "DYAD_VERSION must be defined by the build (CMakeLists.txt)"
#endif

namespace dyad {

const char* version_string() { return DYAD_VERSION; }

}  // namespace dyad
