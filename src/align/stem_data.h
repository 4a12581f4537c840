// Snowball stems computed at build time (scripts/gen_stems.cc -> generated stem_data.cc)
// for the words every process would otherwise stem at start-up: the irregular forms'
// bases (lexicon.h). Each is the stem of the base's bytes as they stand, from the
// libstemmer the library links; tests/align/stem_data_test.cc stems them again at run
// time and compares.
#ifndef CLAIMCHECK_ALIGN_STEM_DATA_H_
#define CLAIMCHECK_ALIGN_STEM_DATA_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimcheck::internal {

namespace lexicon_data {
// The stem of each kIrregular[i].base: kBaseStems[kBaseStemEnds[i - 1], kBaseStemEnds[i])
// (from 0 for i = 0).
extern const char kBaseStems[];
extern const uint32_t kBaseStemEnds[];
}  // namespace lexicon_data

// The stem of lexicon_data::kIrregular[i].base.
inline std::string_view IrregularBaseStemAt(size_t i) {
  const uint32_t begin = i == 0 ? 0 : lexicon_data::kBaseStemEnds[i - 1];
  return std::string_view(lexicon_data::kBaseStems + begin, lexicon_data::kBaseStemEnds[i] - begin);
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_STEM_DATA_H_
