// Membership in the short fixed word lists of the segmentation rules (titles, months,
// widget labels). The lists hold a few dozen entries each, so a linear scan is enough.
#ifndef CLAIMCHECK_TEXT_WORD_LIST_H_
#define CLAIMCHECK_TEXT_WORD_LIST_H_

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>

namespace claimcheck::internal {

// Whether `word` is one of `list`'s entries (compared byte for byte).
template <size_t N>
[[nodiscard]] bool InList(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_WORD_LIST_H_
