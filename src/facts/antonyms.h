// Antonym pairs from WordNet 3.0 (scripts/gen_antonyms.py -> antonym_data.inc), looked
// up by a token's norm or its Snowball stem: "increase"/"decreased", "easy"/"difficult".
#ifndef CLAIMCHECK_FACTS_ANTONYMS_H_
#define CLAIMCHECK_FACTS_ANTONYMS_H_

#include <cstddef>
#include <string_view>

namespace claimcheck::internal {

// True when word a (norm, stem) and word b (norm, stem) are antonyms. Thread-safe; the
// index is built on first use.
bool AreAntonyms(std::string_view norm_a, std::string_view stem_a, std::string_view norm_b,
                 std::string_view stem_b);

// False when neither the norm nor the stem of a word has any antonym in the table, so
// AreAntonyms(norm, stem, x, y) is false for every x, y: lets a caller skip a scan.
bool HasAntonyms(std::string_view norm, std::string_view stem);

// Number of antonym pairs in the table.
size_t AntonymPairCount();

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_ANTONYMS_H_
