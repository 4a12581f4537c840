// Look-ups in the generated lexicon tables.
#include "align/lexicon.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "claimcheck/calibrated.h"

namespace claimcheck::internal {

namespace {

const LemmaCount* LookUp(std::string_view lemma) {
  const LemmaCount* first = lexicon_data::kLemmaCounts;
  const LemmaCount* last = first + lexicon_data::kLemmaCountsSize;
  const LemmaCount* it = std::lower_bound(first, last, lemma, [](const LemmaCount& a,
                                                                  std::string_view b) {
    return std::string_view(a.lemma) < b;
  });
  return it != last && std::string_view(it->lemma) == lemma ? it : nullptr;
}

}  // namespace

unsigned LemmaFrequency(std::string_view lemma) {
  const LemmaCount* e = LookUp(lemma);
  return e == nullptr ? 0 : e->count;
}

std::string_view IrregularBase(std::string_view form) {
  const IrregularForm* first = lexicon_data::kIrregular;
  const IrregularForm* last = first + lexicon_data::kIrregularCount;
  const IrregularForm* it = std::lower_bound(
      first, last, form,
      [](const IrregularForm& a, std::string_view b) { return std::string_view(a.form) < b; });
  return it != last && std::string_view(it->form) == form ? std::string_view(it->base)
                                                           : std::string_view();
}

const LemmaCount* FindLemma(std::string_view norm) {
  if (const LemmaCount* e = LookUp(norm)) return e;
  std::string_view base = IrregularBase(norm);
  if (!base.empty()) {
    if (const LemmaCount* e = LookUp(base)) return e;
  }
  // Regular inflections: strip a suffix, with and without a restored final "e".
  static constexpr std::string_view kSuffixes[] = {"ies", "es", "s", "ed", "ing", "ly", "d"};
  for (std::string_view suf : kSuffixes) {
    if (norm.size() <= suf.size() + 2 || norm.substr(norm.size() - suf.size()) != suf) continue;
    std::string stem(norm.substr(0, norm.size() - suf.size()));
    if (suf == "ies") stem += 'y';
    if (const LemmaCount* e = LookUp(stem)) return e;
    if (const LemmaCount* e = LookUp(stem + "e")) return e;
    // A doubled final consonant: "stopped" -> "stop".
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      if (const LemmaCount* e = LookUp(std::string_view(stem).substr(0, stem.size() - 1))) {
        return e;
      }
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

}  // namespace claimcheck::internal
