// Antonym pairs from WordNet 3.0 (scripts/gen_antonyms.py -> antonym_data.inc), looked
// up by a token's norm or its Snowball stem: "increase"/"decreased", "easy"/"difficult".
#ifndef CLAIMCHECK_FACTS_ANTONYMS_H_
#define CLAIMCHECK_FACTS_ANTONYMS_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::internal {

// True when word a (norm, stem) and word b (norm, stem) are antonyms. Thread-safe; the
// index is built on first use.
bool AreAntonyms(std::string_view norm_a, std::string_view stem_a, std::string_view norm_b,
                 std::string_view stem_b);

// The antonyms of one word (norm, stem), gathered once to test many other words against
// it: AntonymSet(na, sa).Matches(nb, sb) == AreAntonyms(na, sa, nb, sb), without a table
// look-up per test.
class AntonymSet {
 public:
  AntonymSet(std::string_view norm, std::string_view stem);
  bool empty() const { return partners_.empty(); }
  bool Matches(std::string_view norm, std::string_view stem) const;

 private:
  struct Partner {
    std::string_view lemma;  // views into the static index
    std::string_view stem;
  };
  std::vector<Partner> partners_;
};

// Number of antonym pairs in the table.
size_t AntonymPairCount();

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_ANTONYMS_H_
