// Antonym look-ups in the generated index (antonym_data): keyed by lemma and by Snowball
// stem (the same stemmer the text stage uses, run at build time), so "decreased" finds
// "increase".
#include "facts/antonyms.h"

#include "align/lexicon.h"
#include "align/lexicon_index.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

// Whether `norm` is `lemma` or one of its regular or irregular inflections ("decreased" of
// "decrease", "easier" of "easy", "stopped" of "stop").
bool IsFormOf(std::string_view norm, std::string_view lemma) {
  if (norm == lemma || IrregularBase(norm) == lemma) return true;
  // "-ies", "-ied", "-ier", "-iest" and "-ily" are the suffixes below after an "i" that
  // AnyRegularBase turns back into "y".
  static constexpr std::string_view kSuffixes[] = {"s", "es", "ed", "d", "ing", "er", "est",
                                                   "ly"};
  for (std::string_view suf : kSuffixes) {
    if (AnyRegularBase(norm, suf, 1, [&](std::string_view base) { return base == lemma; })) {
      return true;
    }
  }
  return false;
}

// A Snowball stem joins words a reader keeps apart ("parts" and "parted", whose antonym
// is "simple"): a word the lexicon knows reaches an antonym pair through the stem only
// when it is a form of that pair's lemma; an unknown word keeps the stem's reach.
bool StemReaches(std::string_view norm, std::string_view lemma) {
  return IsFormOf(norm, lemma) || FindLemma(norm) == nullptr;
}

// The partners of `key` (the lemmas and stems an antonym of `key` may be written as):
// *first, and how many.
size_t PartnersOf(std::string_view key, const AntonymSet::Partner** first) {
  const int32_t id = FindWord(antonym_data::kKeys, key, HashBytes(key), [](int32_t k) {
    return antonym_data::kWords + (antonym_data::kKeyWords[k] >> 8);
  });
  if (id < 0) return 0;
  *first = antonym_data::kPartners + antonym_data::kPartnerBegin[id];
  return antonym_data::kPartnerBegin[id + 1] - antonym_data::kPartnerBegin[id];
}

// Word a (its norm na, looked up under `key`: its norm or its stem) against word b.
bool Check(std::string_view key, std::string_view na, std::string_view nb,
           std::string_view sb) {
  const AntonymSet::Partner* first = nullptr;
  const size_t n = PartnersOf(key, &first);
  for (const AntonymSet::Partner* p = first; p != first + n; ++p) {
    const std::string_view self_lemma = antonym_data::WordAt(p->self_lemma);
    if (self_lemma != na && !StemReaches(na, self_lemma)) continue;
    const std::string_view lemma = antonym_data::WordAt(p->lemma);
    if (lemma == nb) return true;
    if ((antonym_data::WordAt(p->stem) == sb || lemma == sb) && StemReaches(nb, lemma)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool AreAntonyms(std::string_view norm_a, std::string_view stem_a, std::string_view norm_b,
                 std::string_view stem_b) {
  if (norm_a.empty() || norm_b.empty()) return false;
  return Check(norm_a, norm_a, norm_b, stem_b) ||
         (stem_a != norm_a && Check(stem_a, norm_a, norm_b, stem_b));
}

AntonymSet::AntonymSet(std::string_view norm, std::string_view stem) {
  if (norm.empty()) return;
  norm_ = norm;
  by_norm_.size = PartnersOf(norm, &by_norm_.first);
  if (stem != norm) by_stem_.size = PartnersOf(stem, &by_stem_.first);
  AddBits(by_norm_);
  AddBits(by_stem_);
}

void AntonymSet::AddBits(const Span& span) {
  // Matches needs the norm's hash to be a partner's lemma hash, or the stem's to be its
  // stem or lemma hash.
  for (const Partner* p = span.first; p != span.first + span.size; ++p) {
    for (uint64_t h : {p->lemma_hash, p->stem_hash}) {
      filter_[Bit(h) / 64] |= uint64_t{1} << (Bit(h) % 64);
    }
  }
}

bool AntonymSet::Matches(std::string_view norm, uint64_t norm_hash, std::string_view stem,
                         uint64_t stem_hash) const {
  if (norm.empty()) return false;
  for (const Span& span : {by_norm_, by_stem_}) {
    for (const Partner* p = span.first; p != span.first + span.size; ++p) {
      const std::string_view lemma = antonym_data::WordAt(p->lemma);
      const bool by_lemma = p->lemma_hash == norm_hash && lemma == norm;
      const bool by_stem = (p->stem_hash == stem_hash && antonym_data::WordAt(p->stem) == stem) ||
                           (p->lemma_hash == stem_hash && lemma == stem);
      if (!by_lemma && !(by_stem && StemReaches(norm, lemma))) continue;
      // This set's word reached the pair through its own side's lemma or stem.
      const std::string_view self_lemma = antonym_data::WordAt(p->self_lemma);
      if (self_lemma == norm_ || StemReaches(norm_, self_lemma)) return true;
    }
  }
  return false;
}

}  // namespace claimcheck::internal
