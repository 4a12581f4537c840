// Word bigrams and trigrams of the sources, hashed, to ask how much of a claim's word
// sequence the sources contain verbatim (after stemming). Extractive summaries that fuse
// unrelated fragments keep their words but lose their sequences.
#ifndef CLAIMCHECK_ALIGN_NGRAMS_H_
#define CLAIMCHECK_ALIGN_NGRAMS_H_

#include <cstdint>
#include <vector>

#include "text/string_table.h"
#include "text/analyzer.h"

namespace claimcheck::internal {

struct NgramCounts {
  int bigrams = 0, bigrams_found = 0;
  int trigrams = 0, trigrams_found = 0;
};

class NgramSet {
 public:
  // Adds the n-grams of tokens[tok_begin, tok_end) (one sentence: n-grams do not cross it).
  // With `kept` (by word id of `analyzed`), only those whose every word is kept: words
  // whose stems the one claim text to be counted has, since its n-grams hold no other.
  void Add(const AnalyzedText& analyzed, uint32_t tok_begin, uint32_t tok_end,
           const std::vector<uint8_t>* kept = nullptr);
  // Counts the claim's n-grams and how many the set holds; with `trigram_found`, also
  // which of its trigrams (the one starting at tok_begin + i is element i) it holds.
  NgramCounts Count(const AnalyzedText& analyzed, uint32_t tok_begin, uint32_t tok_end,
                    std::vector<uint8_t>* trigram_found = nullptr) const;
  // Empty, keeping the memory for the next sources.
  void clear() { grams_.clear(); }
  // Room for `n` n-grams without growing.
  void Reserve(size_t n) { grams_.Reserve(n); }

 private:
  U64Set grams_;  // flat: one slot per n-gram, no node allocations
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_NGRAMS_H_
