// English lexicon tables generated at build time from WordNet (scripts/gen_lexicon.py):
// irregular inflections, how common each lemma is in running text, names, and places.
#ifndef CLAIMCHECK_ALIGN_LEXICON_H_
#define CLAIMCHECK_ALIGN_LEXICON_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::internal {

struct IrregularForm {
  const char* form;  // "said"
  const char* base;  // "say"
};
struct LemmaCount {
  const char* lemma;  // sorted by lemma (byte order)
  unsigned count;     // sense-tagged occurrences in SemCor
  bool noun_only;     // WordNet knows it only as a noun
};
// A place name and its areas, lexicon_data::kPlaceAreas[first, first + all): WordNet
// synsets, the `own` ones it names (or belongs to: Hungary for "hungarian") first, then
// those containing them.
struct PlaceAreas {
  const char* name;  // sorted by name (byte order)
  uint32_t first;
  uint32_t own;
  uint32_t all;
};

namespace lexicon_data {
extern const IrregularForm kIrregular[];
extern const size_t kIrregularCount;
extern const LemmaCount kLemmaCounts[];
extern const size_t kLemmaCountsSize;
extern const char* const kProperNames[];
extern const size_t kProperNamesSize;
extern const PlaceAreas kPlaces[];
extern const size_t kPlacesSize;
extern const uint32_t kPlaceAreas[];
}  // namespace lexicon_data

// Occurrences of `lemma` (lowercase) in the tagged corpus; 0 when unknown (names, rare words).
unsigned LemmaFrequency(std::string_view lemma);

// The base form of an irregular inflection ("said" -> "say"), or empty.
std::string_view IrregularBase(std::string_view form);

// Regular inflection undone: whether `f` accepts one of the bases `norm` may be an
// inflection of with `suffix` removed, leaving at least `min_rest` letters. The bases are
// tried in this order: the rest as it is ("walked" -> "walk"), with a restored final "e"
// ("increased" -> "increase"), undoubled ("stopped" -> "stop"), and with a final "i" back
// to "y" ("cities" -> "city", "earlier" -> "early"). FindLemma, DegreeBase and the
// antonyms' IsFormOf all read inflections this way.
template <typename F>
bool AnyRegularBase(std::string_view norm, std::string_view suffix, size_t min_rest, F&& f) {
  if (norm.size() < suffix.size() + min_rest ||
      norm.substr(norm.size() - suffix.size()) != suffix) {
    return false;
  }
  const std::string_view rest = norm.substr(0, norm.size() - suffix.size());
  const size_t n = rest.size();
  if (f(rest)) return true;
  std::string base(rest);
  base += 'e';
  if (f(std::string_view(base))) return true;
  if (n > 2 && rest[n - 1] == rest[n - 2] && f(rest.substr(0, n - 1))) return true;
  if (n > 1 && rest[n - 1] == 'i') {
    base.pop_back();
    base.back() = 'y';
    if (f(std::string_view(base))) return true;
  }
  return false;
}

// The lemma entry of a word form: the word itself, its irregular base, or the word with a
// regular inflection stripped ("photographs" -> "photograph"); null when none is known.
const LemmaCount* FindLemma(std::string_view norm);

// How specific a word is, in (0, 1]: 1 for a word the tagged corpus never saw (a name, a
// rare term), falling as it gets more common ("during", "said").
double Specificity(std::string_view norm);

// A word WordNet knows only as a noun: it names a thing, so a claim that brings it in
// adds a checkable specific however common the word is ("cream" for "milk").
bool IsNounOnly(std::string_view norm);

// A word WordNet writes only capitalized ("edinburgh", "hungarian"): a name, even where a
// lower-cased text does not mark it as one.
bool IsProperName(std::string_view norm);

// A word WordNet writes only capitalized that names a place ("glasgow", "ohio") or
// belongs to one ("hungarian"), or the initialism of a place ("uk", "u.s."); null for any
// other word.
const PlaceAreas* FindPlace(std::string_view norm);

// One of two places is the other, lies in it or belongs to it: "cleveland" and "ohio",
// "hungarian" and "europe"; not "glasgow" and "edinburgh".
bool PlacesRelated(const PlaceAreas& a, const PlaceAreas& b);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_LEXICON_H_
