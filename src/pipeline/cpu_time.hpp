// CPU time of the calling thread, for per-stage accounting in long runs ("where does
// the time of an ingest go?"). A syscall of well under a microsecond: fine per
// document, too slow per token.
#pragma once

#include <ctime>

namespace dyad {

inline double thread_cpu_seconds() {
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace dyad
