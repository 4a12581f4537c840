// The antonym index: the generated pair list, keyed by lemma and by Snowball stem (the
// same stemmer the text stage uses), so "decreased" finds "increase".
#include "facts/antonyms.h"

#include <libstemmer.h>

#include <string>
#include <unordered_map>
#include <vector>

#include "align/lexicon.h"
#include "text/string_table.h"

namespace claimcheck::internal {
namespace {

#include "facts/antonym_data.inc"

struct Entry {
  std::string lemma;
  std::string stem;
};

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
  AntonymIndex() {
    sb_stemmer* stemmer = sb_stemmer_new("english", "UTF_8");
    // A third of the 13,500 words recur in other pairs: each is stemmed once. (Building
    // the index is most of a process's start-up, which every `claimcheck` run pays.)
    std::unordered_map<std::string, std::string> stems;
    std::string_view data(kAntonymPairs, sizeof(kAntonymPairs) - 1);
    size_t i = 0;
    while (i < data.size()) {
      size_t eol = data.find('\n', i);
      if (eol == std::string_view::npos) eol = data.size();
      std::string_view line = data.substr(i, eol - i);
      i = eol + 1;
      size_t space = line.find(' ');
      if (space == std::string_view::npos) continue;
      uint32_t id = static_cast<uint32_t>(pairs_.size());
      Entry a{std::string(line.substr(0, space)), {}};
      Entry b{std::string(line.substr(space + 1)), {}};
      a.stem = Stem(stemmer, a.lemma, &stems);
      b.stem = Stem(stemmer, b.lemma, &stems);
      pairs_.push_back({a, b});
      for (int side = 0; side < 2; ++side) {
        const Entry& e = side == 0 ? a : b;
        Refs(e.lemma).push_back(id * 2 + side);
        if (e.stem != e.lemma) Refs(e.stem).push_back(id * 2 + side);
      }
    }
    if (stemmer != nullptr) sb_stemmer_delete(stemmer);
    keys_.BuildFilter();  // most words of a claim have no antonym
    // Each key's partners side by side, once pairs_ no longer moves.
    partner_begin_.reserve(refs_.size() + 1);
    for (const std::vector<uint32_t>& refs : refs_) {
      partner_begin_.push_back(static_cast<uint32_t>(partners_.size()));
      for (uint32_t ref : refs) {
        const auto& pair = pairs_[ref / 2];
        const Entry& self = (ref % 2 == 0) ? pair.first : pair.second;
        const Entry& other = (ref % 2 == 0) ? pair.second : pair.first;
        partners_.push_back({other.lemma, other.stem, HashBytes(other.lemma),
                             HashBytes(other.stem), self.lemma});
      }
    }
    partner_begin_.push_back(static_cast<uint32_t>(partners_.size()));
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

  size_t size() const { return pairs_.size(); }

 private:
  static std::string Stem(sb_stemmer* stemmer, const std::string& word,
                          std::unordered_map<std::string, std::string>* memo) {
    if (stemmer == nullptr) return word;
    auto [it, added] = memo->try_emplace(word);
    if (!added) return it->second;
    const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
    it->second = s == nullptr ? word
                              : std::string(reinterpret_cast<const char*>(s),
                                            static_cast<size_t>(sb_stemmer_length(stemmer)));
    return it->second;
  }

  std::vector<uint32_t>& Refs(std::string_view key) {
    const uint32_t id = keys_.Intern(key);
    if (id == refs_.size()) refs_.emplace_back();
    return refs_[id];
  }

  // Word a (its norm na, looked up under `key`: its norm or its stem) against word b.
  bool Check(std::string_view key, std::string_view na, std::string_view nb,
             std::string_view sb) const {
    const uint32_t id = keys_.Find(key);
    if (id == StringTable::kNotFound) return false;
    for (uint32_t ref : refs_[id]) {
      const auto& pair = pairs_[ref / 2];
      const Entry& self = (ref % 2 == 0) ? pair.first : pair.second;
      const Entry& other = (ref % 2 == 0) ? pair.second : pair.first;
      if (self.lemma != na && !StemReaches(na, self.lemma)) continue;
      if (other.lemma == nb) return true;
      if ((other.stem == sb || other.lemma == sb) && StemReaches(nb, other.lemma)) return true;
    }
    return false;
  }

  std::vector<std::pair<Entry, Entry>> pairs_;
  StringTable keys_;                        // lemmas and stems
  std::vector<std::vector<uint32_t>> refs_;  // key id -> pair id * 2 + side
  // The same as partners: key id k's are partners_[partner_begin_[k], partner_begin_[k+1]).
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
