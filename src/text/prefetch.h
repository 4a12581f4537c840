// A loop over a list of look-ups in tables too large for the CPU cache, with the memory
// of each look-up asked for a few steps before it is made, in two steps for tables
// where the first load names the address of the second (a slot, then its record).
#ifndef CLAIMCHECK_TEXT_PREFETCH_H_
#define CLAIMCHECK_TEXT_PREFETCH_H_

#include <cstddef>

namespace claimcheck::internal {

// Calls first(k + 8), second(k + 4) and then visit(k), for k = 0 .. n - 1 in order
// (first and second only for indices below n). first and second are hints: the
// look-ups give the same answers without them.
template <typename First, typename Second, typename Visit>
void ForEachPrefetched(size_t n, First first, Second second, Visit visit) {
  constexpr size_t kFirstAhead = 8, kSecondAhead = 4;
  for (size_t k = 0; k < n; ++k) {
    if (k + kFirstAhead < n) first(k + kFirstAhead);
    if (k + kSecondAhead < n) second(k + kSecondAhead);
    visit(k);
  }
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_PREFETCH_H_
