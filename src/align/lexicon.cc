// Look-ups in the generated lexicon tables.
#include "align/lexicon.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "claimcheck/calibrated.h"

namespace claimcheck::internal {

unsigned LemmaFrequency(std::string_view lemma) {
  const LemmaCount* first = lexicon_data::kLemmaCounts;
  const LemmaCount* last = first + lexicon_data::kLemmaCountsSize;
  const LemmaCount* it = std::lower_bound(first, last, lemma, [](const LemmaCount& a,
                                                                  std::string_view b) {
    return std::string_view(a.lemma) < b;
  });
  return it != last && std::string_view(it->lemma) == lemma ? it->count : 0;
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

double Specificity(std::string_view norm) {
  unsigned freq = LemmaFrequency(norm);
  if (freq == 0) {
    std::string_view base = IrregularBase(norm);
    if (!base.empty()) freq = LemmaFrequency(base);
  }
  // Regular inflections: strip a suffix, with and without a restored final "e".
  static constexpr std::string_view kSuffixes[] = {"ies", "es", "s", "ed", "ing", "ly", "d"};
  for (std::string_view suf : kSuffixes) {
    if (freq != 0) break;
    if (norm.size() <= suf.size() + 2 || norm.substr(norm.size() - suf.size()) != suf) continue;
    std::string stem(norm.substr(0, norm.size() - suf.size()));
    if (suf == "ies") stem += 'y';
    freq = LemmaFrequency(stem);
    if (freq == 0) freq = LemmaFrequency(stem + "e");
    // A doubled final consonant: "stopped" -> "stop".
    if (freq == 0 && stem.size() > 2 && stem.back() == stem[stem.size() - 2]) {
      freq = LemmaFrequency(stem.substr(0, stem.size() - 1));
    }
  }
  return 1.0 / (1.0 + std::log1p(static_cast<double>(freq)) / calibrated::kCommonWordScale);
}

}  // namespace claimcheck::internal
