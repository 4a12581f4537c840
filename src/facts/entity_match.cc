// Name equivalence: the reviewed alias groups below, a demonym rule, and part matching.
// The groups are deliberately few: each one is a claim that a reader would never tell
// the names apart.
#include "facts/entity_match.h"

#include <algorithm>
#include <iterator>

#include "facts/lexicon.h"
#include "text/word_list.h"

namespace claimcheck::internal {
namespace {

// Parts shorter than this are initials or noise, unless they carry a digit.
constexpr size_t kMinPartLength = 2;
// A shared demonym root shorter than this is too likely to be chance ("asi", "ind").
constexpr size_t kMinDemonymRoot = 4;
// A suffix is stripped only when this much of the word remains.
constexpr size_t kMinDemonymStem = 3;
// Words at least this long may differ by one letter and still be the same name.
constexpr size_t kMinTypoLength = 6;

void SplitWords(std::string_view s, std::vector<std::string_view>* out) {
  out->clear();
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string_view::npos) j = s.size();
    if (j > i) out->push_back(s.substr(i, j - i));
    i = j + 1;
  }
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr std::string_view kDemonymSuffixes[] = {"ese", "ian", "ean", "an", "ish", "i"};
constexpr std::string_view kCountryEndings[] = {"a", "y", "o", "e"};

bool LooksDemonym(std::string_view w) {
  for (std::string_view s : kDemonymSuffixes) {
    if (EndsWith(w, s) && w.size() >= s.size() + kMinDemonymStem) return true;
  }
  return false;
}

// Every root a word may share with its country or demonym: the word itself, then the
// word less each ending it has. In a fixed array: demonyms are asked about for every pair
// of name parts a claim and its sources compare.
struct WordRoots {
  static constexpr size_t kMax =
      1 + std::size(kDemonymSuffixes) + std::size(kCountryEndings);
  std::string_view root[kMax];
  size_t size = 0;
};

void Roots(std::string_view w, WordRoots* out) {
  out->size = 0;
  out->root[out->size++] = w;
  for (std::string_view s : kDemonymSuffixes) {
    if (EndsWith(w, s) && w.size() >= s.size() + kMinDemonymStem) {
      out->root[out->size++] = w.substr(0, w.size() - s.size());
    }
  }
  for (std::string_view s : kCountryEndings) {
    if (EndsWith(w, s) && w.size() >= s.size() + kMinDemonymStem) {
      out->root[out->size++] = w.substr(0, w.size() - s.size());
    }
  }
}

}  // namespace

bool DemonymMatch(std::string_view a, std::string_view b) {
  if (a == b || (!LooksDemonym(a) && !LooksDemonym(b))) return false;
  WordRoots ra, rb;
  Roots(a, &ra);
  Roots(b, &rb);
  for (size_t i = 0; i < ra.size; ++i) {
    const std::string_view x = ra.root[i];
    if (x.size() < kMinDemonymRoot) continue;
    for (size_t j = 0; j < rb.size; ++j) {
      if (x == rb.root[j]) return true;
    }
  }
  return false;
}

namespace {

// One letter inserted, dropped or changed: "Tindal" for "Tindall" is a misspelling,
// not another person. Only for long words, where one letter rarely makes a new name.
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a.size() < kMinTypoLength || b.size() < kMinTypoLength) return false;
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

bool PartsMatch(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (HasDigit(a) || HasDigit(b)) return false;
  return DemonymMatch(a, b) || OneEditApart(a, b);
}

}  // namespace

AliasTable::AliasTable() {
  static const std::vector<std::vector<std::string>> kGroups = {
      {"us", "u.s", "u.s.", "usa", "u.s.a", "united states", "united states of america",
       "america", "american"},
      {"uk", "u.k", "u.k.", "britain", "great britain", "united kingdom", "british", "briton",
       "britons"},
      {"eu", "e.u", "european union"},
      {"un", "u.n", "united nations"},
      {"uae", "united arab emirates", "emirati"},
      {"hong kong", "hk"},
      {"federal reserve", "fed", "the fed"},
      {"ecb", "european central bank"},
      {"imf", "international monetary fund"},
      {"nato", "north atlantic treaty organization"},
      {"sec", "securities and exchange commission"},
      {"nyse", "new york stock exchange"},
      {"netherlands", "holland", "dutch"},
      {"france", "french"},
      {"germany", "german"},
      {"switzerland", "swiss"},
      {"spain", "spanish"},
      {"greece", "greek"},
      {"turkey", "turkish", "turkiye"},
      {"thailand", "thai"},
      {"philippines", "filipino", "philippine"},
      {"england", "english"},
      {"wales", "welsh"},
      {"ireland", "irish"},
      {"scotland", "scottish"},
      {"denmark", "danish"},
      {"sweden", "swedish"},
      {"finland", "finnish"},
      {"poland", "polish"},
      {"norway", "norwegian"},
      {"lebanon", "lebanese"},
      {"asia", "asian"},
      {"saudi arabia", "saudi"},
      {"new zealand", "nz", "kiwi"},
  };
  for (const auto& g : kGroups) AddGroup(g);
}

void AliasTable::AddGroup(const std::vector<std::string>& names) {
  int id = -1;
  for (const std::string& n : names) {
    auto it = group_.find(n);
    if (it != group_.end()) {
      id = it->second;
      break;
    }
  }
  if (id < 0) id = next_group_++;
  for (const std::string& n : names) {
    if (n.empty()) continue;
    group_[n] = id;
    first_words_.Intern(std::string_view(n).substr(0, n.find(' ')));
  }
}

int AliasTable::GroupOf(std::string_view key) const {
  auto it = group_.find(std::string(key));
  return it == group_.end() ? -1 : it->second;
}

std::string AliasTable::Canonical(std::string_view key) const {
  std::string out;
  CanonicalScratch scratch;
  Canonical(key, &out, &scratch);
  return out;
}

void AliasTable::Canonical(std::string_view key, std::string* out_string,
                           CanonicalScratch* scratch) const {
  std::vector<std::string_view>& words = scratch->words;
  std::string& phrase = scratch->phrase;
  std::string& out = *out_string;
  out.clear();
  SplitWords(key, &words);
  for (size_t i = 0; i < words.size();) {
    size_t taken = 0;
    int id = -1;
    // A phrase can only be a name of the table if its first word is one's first word: most
    // words are none, and are passed without building a phrase.
    const size_t longest = first_words_.Contains(words[i])
                               ? std::min(words.size() - i, static_cast<size_t>(kMaxAliasWords))
                               : 0;
    for (size_t n = longest; n >= 1 && id < 0; --n) {
      phrase.assign(words[i]);
      for (size_t k = 1; k < n; ++k) {
        phrase += ' ';
        phrase += words[i + k];
      }
      auto it = group_.find(phrase);
      if (it != group_.end()) {
        id = it->second;
        taken = n;
      }
    }
    if (!out.empty()) out += ' ';
    if (id >= 0) {
      out += '#';
      out += std::to_string(id);
      i += taken;
    } else {
      out += words[i];
      ++i;
    }
  }
}

const AliasTable& AliasTable::Default() {
  static const AliasTable* const kTable = new AliasTable();
  return *kTable;
}

std::string DemonymRoot(std::string_view word) {
  WordRoots roots;
  Roots(word, &roots);
  std::string_view best = roots.size > 1 ? roots.root[1] : std::string_view();
  return best.size() >= kMinDemonymRoot ? std::string(best) : std::string();
}

bool HasDigit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void SignificantParts(std::string_view key, std::vector<std::string_view>* parts) {
  parts->clear();
  // The key's words, split on single spaces as SplitWords does, without a list of them.
  for (size_t i = 0; i < key.size();) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    const std::string_view w = key.substr(i, j - i);
    i = j + 1;
    if (w.empty()) continue;
    if (w.size() < kMinPartLength && !HasDigit(w)) continue;
    if (w[0] != '#' && HasLex(LookupWord(w), kLexTitle)) continue;
    // A word and its space take two bytes or more: a fresh vector allocates once instead
    // of at every doubling.
    if (parts->empty()) parts->reserve((key.size() + 1) / 2);
    parts->push_back(w);
  }
}

bool EntitiesMatch(std::string_view a, std::string_view b, const AliasTable* aliases) {
  return a == b || ClaimName(a, aliases).Matches(b);
}

namespace {

// Roles that stand between an organisation and a person in one run of capitals ("Nvidia
// CEO Jensen Huang", "Bank of England Governor Mark Carney").
bool PersonTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "ceo",      "cfo",     "cto",        "coo",      "president",    "chairman",
      "chairwoman", "founder", "co-founder", "director", "minister",     "secretary",
      "senator",  "governor", "mayor",     "judge",    "spokesman",    "spokeswoman",
      "spokesperson", "officer", "executive"};
  return InList(kTitles, w);
}

}  // namespace

ClaimName::ClaimName(std::string_view key, const AliasTable* aliases)
    : key_(key), table_(aliases != nullptr ? aliases : &AliasTable::Default()) {
  table_->Canonical(key_, &canonical_, &scratch_);
  SignificantParts(canonical_, &parts_);
  // "Nvidia CEO Daniel Roth" names a person: the organisation before the role matching a
  // source name ("Nvidia") does not make the person given. Only the parts after the last
  // role count, when there are parts on both sides of it.
  const std::string_view name(canonical_);
  size_t title = std::string_view::npos, title_end = 0;
  for (size_t i = 0; i < name.size();) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (PersonTitle(name.substr(i, j - i))) {
      title = i;
      title_end = j;
    }
    i = j + 1;
  }
  if (title == std::string_view::npos) return;
  std::vector<std::string_view> head, person;
  SignificantParts(name.substr(0, title), &head);
  SignificantParts(name.substr(title_end), &person);
  if (!head.empty() && !person.empty()) parts_ = std::move(person);
}

bool ClaimName::Matches(std::string_view b) const {
  if (key_ == b) return true;
  std::string& cb = other_canonical_;
  table_->Canonical(b, &cb, &scratch_);
  if (canonical_ == cb) return true;
  std::vector<std::string_view>& pb = other_parts_;
  SignificantParts(cb, &pb);
  // A model code in the claim must stand in the source name too: "Kunlun P900" is not
  // "Kunlun P800".
  for (std::string_view p : parts_) {
    if (HasDigit(p) && std::find(pb.begin(), pb.end(), p) == pb.end()) return false;
  }
  // Two people who share only a given name: "Bob Hope" is not "Bob Ross". When both
  // names open with the same given name, the claim's last part must be one of the source
  // name's others ("Jensen Huang" and "Jensen H. Huang").
  if (parts_.size() >= 2 && pb.size() >= 2 && PartsMatch(parts_.front(), pb.front()) &&
      HasLex(LookupWord(parts_.front()), kLexGivenName)) {
    for (size_t k = 1; k < pb.size(); ++k) {
      if (PartsMatch(parts_.back(), pb[k])) return true;
    }
    return false;
  }
  for (std::string_view p : parts_) {
    for (std::string_view q : pb) {
      if (PartsMatch(p, q)) return true;
    }
  }
  return false;
}

}  // namespace claimcheck::internal
