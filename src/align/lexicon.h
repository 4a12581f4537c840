// English lexicon tables generated at build time from WordNet (scripts/gen_lexicon.py):
// irregular inflections and how common each lemma is in running text.
#ifndef CLAIMCHECK_ALIGN_LEXICON_H_
#define CLAIMCHECK_ALIGN_LEXICON_H_

#include <cstddef>
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

namespace lexicon_data {
extern const IrregularForm kIrregular[];
extern const size_t kIrregularCount;
extern const LemmaCount kLemmaCounts[];
extern const size_t kLemmaCountsSize;
extern const char* const kProperNames[];
extern const size_t kProperNamesSize;
}  // namespace lexicon_data

// Occurrences of `lemma` (lowercase) in the tagged corpus; 0 when unknown (names, rare words).
unsigned LemmaFrequency(std::string_view lemma);

// The base form of an irregular inflection ("said" -> "say"), or empty.
std::string_view IrregularBase(std::string_view form);

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

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_ALIGN_LEXICON_H_
