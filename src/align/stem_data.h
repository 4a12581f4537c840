// Snowball stems computed at build time (scripts/gen_stems.cc -> generated stem_data.cc)
// for the words every process would otherwise stem at start-up: the irregular forms'
// bases (lexicon.h), the framing words (framing_words.inc) and the built-in groups'
// spellings (builtin_groups.inc). Each is the stem of the word's bytes as they stand, from
// the libstemmer the library links;
// tests/align/stem_data_test.cc stems them again at run time and compares.
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

namespace term_data {
// The stem of each kFramingWords[i] (framing_words.inc), laid out likewise.
extern const char kFramingStems[];
extern const uint32_t kFramingStemEnds[];
// The stem of each kBuiltinGroups[i] (builtin_groups.inc; empty for a row's nullptr).
extern const char kGroupStems[];
extern const uint32_t kGroupStemEnds[];
}  // namespace term_data

// Stem i of `stems`, whose stems end at `ends`.
inline std::string_view StemAt(const char* stems, const uint32_t* ends, size_t i) {
  const uint32_t begin = i == 0 ? 0 : ends[i - 1];
  return std::string_view(stems + begin, ends[i] - begin);
}

// The stem of lexicon_data::kIrregular[i].base.
inline std::string_view IrregularBaseStemAt(size_t i) {
  return StemAt(lexicon_data::kBaseStems, lexicon_data::kBaseStemEnds, i);
}

// The stem of kFramingWords[i].
inline std::string_view FramingStemAt(size_t i) {
  return StemAt(term_data::kFramingStems, term_data::kFramingStemEnds, i);
}

// The stem of kBuiltinGroups[i].
inline std::string_view GroupStemAt(size_t i) {
  return StemAt(term_data::kGroupStems, term_data::kGroupStemEnds, i);
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_STEM_DATA_H_
