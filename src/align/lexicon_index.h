// Hash indexes over the generated lexicon's word arrays (lexicon.h), laid out at build time
// by scripts/gen_lexicon_index.cc: a process finds words in them at once, where building
// the same tables at first use was a large part of every process's start-up.
#ifndef CLAIMCHECK_ALIGN_LEXICON_INDEX_H_
#define CLAIMCHECK_ALIGN_LEXICON_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/string_table.h"

namespace claimcheck::internal {

// Linear probing over a power of two of slots, at most half full (as StringTable), with a
// bit filter of ~8 bits a word (two set per word) that answers most look-ups of words the
// array does not hold without the cache miss of a slot.
struct WordIndex {
  const uint64_t* filter;
  uint64_t filter_mask;  // filter bits - 1
  // Two words a slot: the low 32 bits of the word's HashBytes, then its entry: 0 for an
  // empty slot, else 1 + the word's index in its array | its size << kWordSizeShift.
  const uint32_t* slots;
  uint32_t slot_mask;  // slots - 1
};
inline constexpr unsigned kWordSizeShift = 24;  // an array of fewer than 2^24 words
inline constexpr uint32_t kWordIndexMask = (uint32_t{1} << kWordSizeShift) - 1;
inline constexpr size_t kMaxIndexedWordSize = 255;

// The two filter bits of a word whose HashBytes is `hash` (the high half: the low half
// places slots).
inline uint64_t WordFilterBit1(uint64_t hash, uint64_t mask) { return (hash >> 32) & mask; }
inline uint64_t WordFilterBit2(uint64_t hash, uint64_t mask) {
  return (hash >> 48 ^ hash >> 20) & mask;
}

namespace lexicon_data {
// Each indexes the first of equal words.
extern const WordIndex kLemmaIndex;      // kLemmaCounts[i].lemma
extern const WordIndex kIrregularIndex;  // kIrregular[i].form
extern const WordIndex kProperIndex;     // kProperNames[i]
}  // namespace lexicon_data

// The index in its array of the word `s`, whose HashBytes is `hash`; `word(i)` is the
// array's word i (at least its size in bytes long). -1 when the array does not hold `s`.
template <typename Word>
inline int32_t FindWord(const WordIndex& index, std::string_view s, uint64_t hash, Word word) {
  const uint64_t* filter = index.filter;
  const uint64_t a = WordFilterBit1(hash, index.filter_mask);
  const uint64_t b = WordFilterBit2(hash, index.filter_mask);
  if (((filter[a >> 6] >> (a & 63)) & (filter[b >> 6] >> (b & 63)) & 1) == 0) return -1;
  const auto h = static_cast<uint32_t>(hash);
  for (uint32_t i = h & index.slot_mask;; i = (i + 1) & index.slot_mask) {
    const uint32_t entry = index.slots[2 * i + 1];
    if (entry == 0) return -1;
    if (index.slots[2 * i] == h && (entry >> kWordSizeShift) == s.size()) {
      const auto k = static_cast<int32_t>((entry & kWordIndexMask) - 1);
      if (SameBytes(word(k), s.data(), s.size())) return k;
    }
  }
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_LEXICON_INDEX_H_
