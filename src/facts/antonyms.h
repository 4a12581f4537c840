// Antonym pairs from WordNet 3.0 (scripts/gen_antonyms.py -> antonym_data.inc), looked
// up by a token's norm or its Snowball stem: "increase"/"decreased", "easy"/"difficult".
// The index is laid out at build time (scripts/gen_antonym_index.cc): a process neither
// stems the table's words nor builds it.
#ifndef CLAIMCHECK_FACTS_ANTONYMS_H_
#define CLAIMCHECK_FACTS_ANTONYMS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "text/string_table.h"

namespace claimcheck::internal {

struct WordIndex;  // align/lexicon_index.h

// The generated index. Every lemma of the table is a key, and so is every stem that
// differs from its lemma; a key's partners are the other sides of the pairs it is on.
namespace antonym_data {
// A word of the index is its offset in kWords << 8 | its size.
inline constexpr size_t kMaxWordSize = 255;
struct Partner {
  uint64_t lemma_hash;  // HashBytes of the other side's lemma and stem
  uint64_t stem_hash;
  uint32_t lemma;       // the other side's lemma and stem (words)
  uint32_t stem;
  uint32_t self_lemma;  // the lemma of the pair's side filed under the key
};
extern const char kWords[];
extern const uint32_t kKeyWords[];      // key id -> its word
extern const WordIndex kKeys;           // a key's id (the words of kKeyWords)
extern const size_t kKeyCount;
// Key k's partners: kPartners[kPartnerBegin[k], kPartnerBegin[k + 1]), in the table's
// order.
extern const uint32_t kPartnerBegin[];
extern const Partner kPartners[];
extern const size_t kPairCount;

// The bytes of a word of the index.
inline std::string_view WordAt(uint32_t word) {
  return std::string_view(kWords + (word >> 8), word & 0xff);
}
}  // namespace antonym_data

// True when word a (norm, stem) and word b (norm, stem) are antonyms. Thread-safe.
bool AreAntonyms(std::string_view norm_a, std::string_view stem_a, std::string_view norm_b,
                 std::string_view stem_b);

// The antonyms of one word (norm, stem), gathered once to test many other words against
// it: AntonymSet(na, sa).Matches(nb, sb) == AreAntonyms(na, sa, nb, sb), without a table
// look-up per test. The partners are the static index's, which keeps each key's partners
// side by side with their hashes: making a set allocates nothing, and a test compares the
// bytes of a word only when a hash agrees.
class AntonymSet {
 public:
  using Partner = antonym_data::Partner;

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
inline size_t AntonymPairCount() { return antonym_data::kPairCount; }

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_ANTONYMS_H_
