// The antonym index: the generated pair list, keyed by lemma and by Snowball stem (the
// same stemmer the text stage uses, run at build time: antonym_data::kStems), so
// "decreased" finds "increase".
#include "facts/antonyms.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "align/lexicon.h"
#include "align/stem_data.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

#include "facts/antonym_data.inc"

// Whether `norm` is `lemma` or one of its regular or irregular inflections ("decreased" of
// "decrease", "easier" of "easy", "stopped" of "stop").
bool IsFormOf(std::string_view norm, std::string_view lemma) {
  if (norm == lemma || IrregularBase(norm) == lemma) return true;
  static constexpr std::string_view kSuffixes[] = {"s", "es", "ies", "ed", "d", "ied", "ing",
                                                   "er", "est", "ier", "iest", "ly", "ily"};
  for (std::string_view suf : kSuffixes) {
    if (norm.size() <= suf.size() || norm.substr(norm.size() - suf.size()) != suf) continue;
    const std::string_view base = norm.substr(0, norm.size() - suf.size());
    const bool to_y = suf == "ies" || suf == "ied" || suf == "ier" || suf == "iest" || suf == "ily";
    if (to_y) {
      if (lemma.size() == base.size() + 1 && lemma.back() == 'y' &&
          lemma.substr(0, base.size()) == base) {
        return true;
      }
      continue;
    }
    if (base == lemma) return true;
    if (lemma.size() == base.size() + 1 && lemma.back() == 'e' &&
        lemma.substr(0, base.size()) == base) {
      return true;  // "increased" of "increase"
    }
    if (base.size() > 2 && base.back() == base[base.size() - 2] &&
        base.substr(0, base.size() - 1) == lemma) {
      return true;  // "stopped" of "stop"
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

class AntonymIndex {
 public:
  // Every string is a view into the static tables: building the index copies no word.
  // (It is built on first use, which every `claimcheck` process pays before its first
  // check.)
  AntonymIndex() {
    const std::string_view data(kAntonymPairs, sizeof(kAntonymPairs) - 1);
    const std::string_view stems(antonym_data::kStems);
    // Each side of each pair, with its hashes and its keys (lemma, and stem when that
    // differs), in order.
    struct Side {
      std::string_view lemma, stem;
      uint64_t lemma_hash, stem_hash;
      uint32_t lemma_key, stem_key;  // stem_key: kNotFound when the stem is the lemma
    };
    std::vector<Side> sides;
    const size_t lines = static_cast<size_t>(std::count(data.begin(), data.end(), '\n'));
    sides.reserve(2 * lines + 2);
    keys_.Reserve(2 * lines, data.size());
    std::vector<uint32_t>& counts = partner_begin_;  // per key, until the prefix sums
    const auto key = [&](std::string_view s, uint64_t hash) {
      const uint32_t id = keys_.Intern(s, hash);
      if (id == counts.size()) counts.push_back(0);
      ++counts[id];
      return id;
    };
    size_t i = 0, j = 0;  // where the next line starts in data and in stems
    while (i < data.size()) {
      const std::string_view line = NextLine(data, &i);
      const std::string_view stem_line = NextLine(stems, &j);
      const size_t space = line.find(' ');
      if (space == std::string_view::npos) continue;
      const size_t stem_space = stem_line.find(' ');
      const std::string_view words[2][2] = {
          {line.substr(0, space), stem_line.substr(0, stem_space)},
          {line.substr(space + 1), stem_space == std::string_view::npos
                                       ? std::string_view()
                                       : stem_line.substr(stem_space + 1)}};
      for (const auto& [lemma, stem] : words) {
        Side& s = sides.emplace_back();
        s.lemma = lemma;
        s.stem = stem;
        s.lemma_hash = HashBytes(lemma);
        s.stem_hash = stem == lemma ? s.lemma_hash : HashBytes(stem);
        s.lemma_key = key(lemma, s.lemma_hash);
        s.stem_key = stem == lemma ? StringTable::kNotFound : key(stem, s.stem_hash);
      }
    }
    pairs_ = sides.size() / 2;
    keys_.BuildFilter();  // most words of a claim have no antonym
    // Each key's partners side by side: key k's are partners_[partner_begin_[k],
    // partner_begin_[k + 1]), in the order of the pairs.
    uint32_t total = 0;
    for (uint32_t& n : counts) total += std::exchange(n, total);
    counts.push_back(total);
    partners_.resize(total);
    std::vector<uint32_t> next(partner_begin_.begin(), partner_begin_.end() - 1);
    for (size_t k = 0; k < sides.size(); ++k) {
      const Side& self = sides[k];
      const Side& other = sides[k ^ 1];
      const AntonymSet::Partner p{other.lemma, other.stem, other.lemma_hash, other.stem_hash,
                                  self.lemma};
      partners_[next[self.lemma_key]++] = p;
      if (self.stem_key != StringTable::kNotFound) partners_[next[self.stem_key]++] = p;
    }
  }

  bool Antonyms(std::string_view na, std::string_view sa, std::string_view nb,
                std::string_view sb) const {
    return Check(na, na, nb, sb) || (sa != na && Check(sa, na, nb, sb));
  }

  // The entries paired with `key` (the lemmas and stems an antonym of `key` may be
  // written as): *first, and how many.
  size_t PartnersOf(std::string_view key, const AntonymSet::Partner** first) const {
    const uint32_t id = keys_.Find(key);
    if (id == StringTable::kNotFound) return 0;
    *first = partners_.data() + partner_begin_[id];
    return partner_begin_[id + 1] - partner_begin_[id];
  }

  size_t size() const { return pairs_; }

 private:
  // The line of `text` that starts at *at, without its "\n"; *at moves past it.
  static std::string_view NextLine(std::string_view text, size_t* at) {
    if (*at >= text.size()) return {};
    size_t eol = text.find('\n', *at);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(*at, eol - *at);
    *at = eol + 1;
    return line;
  }

  // Word a (its norm na, looked up under `key`: its norm or its stem) against word b.
  bool Check(std::string_view key, std::string_view na, std::string_view nb,
             std::string_view sb) const {
    const AntonymSet::Partner* first = nullptr;
    const size_t n = PartnersOf(key, &first);
    for (const AntonymSet::Partner* p = first; p != first + n; ++p) {
      if (p->self_lemma != na && !StemReaches(na, p->self_lemma)) continue;
      if (p->lemma == nb) return true;
      if ((p->stem == sb || p->lemma == sb) && StemReaches(nb, p->lemma)) return true;
    }
    return false;
  }

  size_t pairs_ = 0;
  StringTable keys_;  // lemmas and stems
  std::vector<AntonymSet::Partner> partners_;
  std::vector<uint32_t> partner_begin_;
};

const AntonymIndex& Index() {
  static const AntonymIndex* const kIndex = new AntonymIndex();
  return *kIndex;
}

}  // namespace

bool AreAntonyms(std::string_view norm_a, std::string_view stem_a, std::string_view norm_b,
                 std::string_view stem_b) {
  if (norm_a.empty() || norm_b.empty()) return false;
  return Index().Antonyms(norm_a, stem_a, norm_b, stem_b);
}

AntonymSet::AntonymSet(std::string_view norm, std::string_view stem) {
  if (norm.empty()) return;
  const AntonymIndex& index = Index();
  norm_ = norm;
  by_norm_.size = index.PartnersOf(norm, &by_norm_.first);
  if (stem != norm) by_stem_.size = index.PartnersOf(stem, &by_stem_.first);
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
      const bool by_lemma = p->lemma_hash == norm_hash && p->lemma == norm;
      const bool by_stem = (p->stem_hash == stem_hash && p->stem == stem) ||
                           (p->lemma_hash == stem_hash && p->lemma == stem);
      if (!by_lemma && !(by_stem && StemReaches(norm, p->lemma))) continue;
      // This set's word reached the pair through its own side's lemma or stem.
      if (p->self_lemma == norm_ || StemReaches(norm_, p->self_lemma)) return true;
    }
  }
  return false;
}

size_t AntonymPairCount() { return Index().size(); }

}  // namespace claimcheck::internal
