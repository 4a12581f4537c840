// A count of the checker's inner-loop work on the calling thread (tokens scanned,
// postings visited, windows scored, source facts compared), so that tests can check
// that cost grows linearly with the input without timing anything: wall and CPU time
// are too noisy on a shared machine to assert. Functions add once per call, not once
// per step, so the count costs nothing measurable.
#ifndef CLAIMCHECK_FACTS_WORK_COUNT_H_
#define CLAIMCHECK_FACTS_WORK_COUNT_H_

#include <cstdint>

namespace claimcheck::internal {

inline thread_local uint64_t t_work_count = 0;

inline void CountWork(uint64_t steps) { t_work_count += steps; }
// Steps counted on this thread since it started.
inline uint64_t WorkCount() { return t_work_count; }

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_WORK_COUNT_H_
