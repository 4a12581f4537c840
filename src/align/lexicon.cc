// Look-ups in the generated lexicon tables.
#include "align/lexicon.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "align/lexicon_index.h"
#include "claimcheck/calibrated.h"
#include "text/string_table.h"

namespace claimcheck::internal {

namespace {

// The generated arrays are looked up through hash indexes laid out at build time
// (lexicon_index.h): a word is looked up several times per claim term, and a binary search
// over 11,000 strings costs a cache miss per step.
const LemmaCount* LookUp(std::string_view lemma) {
  const int32_t i = FindWord(lexicon_data::kLemmaIndex, lemma, HashBytes(lemma),
                             [](int32_t k) { return lexicon_data::kLemmaCounts[k].lemma; });
  return i < 0 ? nullptr : &lexicon_data::kLemmaCounts[i];
}

}  // namespace

unsigned LemmaFrequency(std::string_view lemma) {
  const LemmaCount* e = LookUp(lemma);
  return e == nullptr ? 0 : e->count;
}

std::string_view IrregularBase(std::string_view form) {
  const int32_t i = FindWord(lexicon_data::kIrregularIndex, form, HashBytes(form),
                             [](int32_t k) { return lexicon_data::kIrregular[k].form; });
  return i < 0 ? std::string_view() : lexicon_data::kIrregular[i].base;
}

const LemmaCount* FindLemma(std::string_view norm) {
  if (const LemmaCount* e = LookUp(norm)) return e;
  std::string_view base = IrregularBase(norm);
  if (!base.empty()) {
    if (const LemmaCount* e = LookUp(base)) return e;
  }
  // Regular inflections ("-ies" is "-es" with its "i" back to "y").
  static constexpr std::string_view kSuffixes[] = {"es", "s", "ed", "ing", "ly", "d"};
  const LemmaCount* found = nullptr;
  for (std::string_view suf : kSuffixes) {
    if (AnyRegularBase(norm, suf, 3, [&](std::string_view base) {
          found = LookUp(base);
          return found != nullptr;
        })) {
      return found;
    }
  }
  return nullptr;
}

double Specificity(std::string_view norm) {
  const LemmaCount* e = FindLemma(norm);
  const double freq = e == nullptr ? 0.0 : static_cast<double>(e->count);
  return 1.0 / (1.0 + std::log1p(freq) / calibrated::kCommonWordScale);
}

bool IsNounOnly(std::string_view norm) {
  const LemmaCount* e = FindLemma(norm);
  return e != nullptr && e->noun_only;
}

bool IsProperName(std::string_view norm) {
  return FindWord(lexicon_data::kProperIndex, norm, HashBytes(norm),
                  [](int32_t k) { return lexicon_data::kProperNames[k]; }) >= 0;
}

const PlaceAreas* FindPlace(std::string_view norm) {
  // Asked only of a claim's place the sources lack and of the sources' places then: a
  // binary search, and no table to build.
  const PlaceAreas* end = lexicon_data::kPlaces + lexicon_data::kPlacesSize;
  const PlaceAreas* it = std::lower_bound(
      lexicon_data::kPlaces, end, norm,
      [](const PlaceAreas& p, std::string_view n) { return std::string_view(p.name) < n; });
  return it != end && std::string_view(it->name) == norm ? it : nullptr;
}

bool PlacesRelated(const PlaceAreas& a, const PlaceAreas& b) {
  // a's own areas among all of b's, or the reverse.
  auto within = [](const PlaceAreas& x, const PlaceAreas& y) {
    const uint32_t* areas = lexicon_data::kPlaceAreas;
    const uint32_t* y_end = areas + y.first + y.all;
    for (uint32_t i = x.first; i < x.first + x.own; ++i) {
      if (std::find(areas + y.first, y_end, areas[i]) != y_end) return true;
    }
    return false;
  };
  return within(a, b) || within(b, a);
}

}  // namespace claimcheck::internal
