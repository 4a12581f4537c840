// Membership in the short fixed word lists of the segmentation rules (titles, months,
// widget labels). The lists hold a few dozen entries each, so a linear scan is enough
// where a rule runs once per line; ListedWords puts a filter in front where it runs per
// candidate sentence boundary.
#ifndef CLAIMCHECK_TEXT_WORD_LIST_H_
#define CLAIMCHECK_TEXT_WORD_LIST_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace claimcheck::internal {

// Whether `word` is one of `list`'s entries (compared byte for byte).
template <size_t N>
[[nodiscard]] bool InList(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Month names and their abbreviations, lower case: dates in page lines, and the day of a
// date a tokenized figure must not swallow ("May 5, 300 people").
inline constexpr std::string_view kMonthNames[] = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
    "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
    "nov", "november", "dec", "december"};

// A word list with a filter on (first byte, length): most words asked about (any word
// before a full stop) share neither with an entry and are answered with one load and a
// bit test instead of a comparison with every entry. Built at compile time:
//   constexpr ListedWords kTitleList(kTitles);
template <size_t N>
class ListedWords {
 public:
  constexpr explicit ListedWords(const std::string_view (&words)[N]) : words_(&words) {
    for (std::string_view w : words) {
      if (w.empty() || w.size() >= kMaxFiltered) {
        unfiltered_ = true;
      } else {
        lengths_[static_cast<unsigned char>(w[0])] |= uint32_t{1} << w.size();
      }
    }
  }

  [[nodiscard]] bool Contains(std::string_view word) const {
    if (!word.empty() && word.size() < kMaxFiltered) {
      if (((lengths_[static_cast<unsigned char>(word[0])] >> word.size()) & 1) == 0) {
        return false;
      }
    } else if (!unfiltered_) {
      return false;
    }
    return InList(*words_, word);
  }

 private:
  static constexpr size_t kMaxFiltered = 32;  // lengths a uint32_t mask can hold

  const std::string_view (*words_)[N];
  // Per first byte: bit n set when an entry of n bytes starts with it.
  std::array<uint32_t, 256> lengths_{};
  bool unfiltered_ = false;  // an empty entry or one of kMaxFiltered bytes or more
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_WORD_LIST_H_
