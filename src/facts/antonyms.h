// Antonym pairs from WordNet 3.0 (scripts/gen_antonyms.py -> antonym_data.inc), looked
// up by a token's norm or its Snowball stem: "increase"/"decreased", "easy"/"difficult".
#ifndef CLAIMCHECK_FACTS_ANTONYMS_H_
#define CLAIMCHECK_FACTS_ANTONYMS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/string_table.h"

namespace claimcheck::internal {

// True when word a (norm, stem) and word b (norm, stem) are antonyms. Thread-safe; the
// index is built on first use.
bool AreAntonyms(std::string_view norm_a, std::string_view stem_a, std::string_view norm_b,
                 std::string_view stem_b);

// The antonyms of one word (norm, stem), gathered once to test many other words against
// it: AntonymSet(na, sa).Matches(nb, sb) == AreAntonyms(na, sa, nb, sb), without a table
// look-up per test. The partners are views into the index, which keeps each key's
// partners side by side with their hashes: making a set allocates nothing, and a test
// compares the bytes of a word only when a hash agrees.
class AntonymSet {
 public:
  struct Partner {
    std::string_view lemma;  // views into the static index
    std::string_view stem;
    uint64_t lemma_hash = 0;  // HashBytes of each
    uint64_t stem_hash = 0;
    std::string_view self_lemma;  // the lemma of the pair's other side, filed under the key
  };

  AntonymSet(std::string_view norm, std::string_view stem);
  bool empty() const { return by_norm_.size == 0 && by_stem_.size == 0; }
  bool Matches(std::string_view norm, std::string_view stem) const {
    return Matches(norm, HashBytes(norm), stem, HashBytes(stem));
  }
  // The same with HashBytes(norm) and HashBytes(stem) already known.
  bool Matches(std::string_view norm, uint64_t norm_hash, std::string_view stem,
               uint64_t stem_hash) const;
  // False when Matches with these hashes is false, told by a bit per partner hash: a
  // caller testing many words skips most of them without reading the partners.
  bool MayMatch(uint64_t norm_hash, uint64_t stem_hash) const {
    return HasBit(norm_hash) || HasBit(stem_hash);
  }

 private:
  struct Span {
    const Partner* first = nullptr;
    size_t size = 0;
  };
  static constexpr size_t kFilterWords = 4;  // 256 bits
  static size_t Bit(uint64_t hash) { return (hash >> 8) % (64 * kFilterWords); }
  bool HasBit(uint64_t hash) const {
    return (filter_[Bit(hash) / 64] >> (Bit(hash) % 64) & 1) != 0;
  }
  void AddBits(const Span& span);
  std::string_view norm_;  // the word's norm (the caller's bytes, alive while the set is)
  Span by_norm_;  // the partners of the word's norm
  Span by_stem_;  // and of its stem, when that differs
  uint64_t filter_[kFilterWords] = {};  // MayMatch: the partners' lemma and stem hashes
};

// Number of antonym pairs in the table.
size_t AntonymPairCount();

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_ANTONYMS_H_
