// Names: runs of capitalized words ("Jensen Huang", "Bank of America"), product codes
// ("Kunlun P800", "Qwen 3", "A100"), acronyms ("AI", "U.S."), and tickers ("9988.HK").
// The key is the run's norms joined by spaces, without a possessive or leading "the".
#include <algorithm>
#include <iterator>

#include "align/lexicon.h"
#include "facts/clause.h"
#include "facts/lexicon.h"
#include "facts/numeral.h"
#include "facts/recognizers.h"
#include "text/stopwords.h"
#include "text/word_list.h"

namespace claimcheck::internal {
namespace {

// Longest ticker parts: "NVDA" and "HK", "SS", "O".
constexpr size_t kMaxTickerSymbol = 6;
constexpr size_t kMaxExchangeSuffix = 3;
constexpr int kMaxModelNumberDigits = 4;
constexpr size_t kMinKeyLength = 2;
// Words after a given name read as its surname: "mary ann evans".
constexpr uint32_t kMaxSurnameWords = 2;
// Sentence-initial words at least this specific (align/lexicon.h: 1 for words the
// tagged corpus never saw, ~0.78 for "Mary", ~0.43 for "However") are taken as names.
constexpr double kNameSpecificity = 0.75;

bool IsCode(const TokenView& v, uint32_t k) {
  return v.Has(k, kTokAlpha) && v.Has(k, kTokDigit) && v.HasUpper(k);
}

bool IsAllCaps(const TokenView& v, uint32_t k) { return v.Has(k, kTokAllCaps); }

// A token that can be part of a name.
bool NameToken(const TokenView& v, uint32_t k) {
  if (!v.In(k) || v.IsPunct(k) || v.Has(k, kTokSymbol)) return false;
  if (!v.Has(k, kTokAlpha) || !v.HasUpper(k)) return false;
  if (v.Has(k, kTokStopword) && !IsAllCaps(v, k)) return false;
  return v.norm(k) != "i";
}

bool Connector(std::string_view norm) {
  static constexpr std::string_view kConnectors[] = {"of", "de", "la", "van", "von", "der",
                                                     "del", "da", "di", "du", "le", "&"};
  for (std::string_view c : kConnectors) {
    if (norm == c) return true;
  }
  return false;
}

bool SpaceOnly(const TokenView& v, uint32_t k) { return v.GapBefore(k) == kGapSpace; }

// "Qwen 3", "Yitian 710", "Hanguang 800", "F-16", "COVID-19", "SARS-CoV-2": a small
// number right after a name, or hyphenated to it, not a year and not the start of a
// quantity ("Alibaba 8%").
bool ModelNumber(const TokenView& v, uint32_t k) {
  if (!v.In(k) || !v.Has(k, kTokNumber) || !(SpaceOnly(v, k) || v.Hyphenated(k))) return false;
  Numeral n;
  if (!ParseNumeral(v.norm(k), &n) || !n.suffix.empty() || n.precision != 1 ||
      n.has_comma || v.HasComma(k) || n.int_digits > kMaxModelNumberDigits) {
    return false;
  }
  if (n.int_digits == kYearDigits && n.value >= kMinYear && n.value <= kMaxYear) return false;
  // "Bejaia 3-1": a number joined by a dash to the next is a score or a range.
  if (v.In(k + 1) && (v.GapBefore(k + 1) & kGapDash) && v.Has(k + 1, kTokDigit)) return false;
  if (v.In(k + 1) && !(v.GapBefore(k + 1) & kGapClauseEnd)) {
    const WordInfo* w = v.word(k + 1);
    if (HasLex(w, kLexPercent | kLexScale | kLexCurrency | kLexTimeUnit | kLexUnitWord |
                      kLexMonth | kLexMultiplier) ||
        v.Has(k + 1, kTokSymbol)) {
      return false;
    }
  }
  return true;
}

std::string KeyOf(const TokenView& v, uint32_t first, uint32_t last) {
  std::string key;
  for (uint32_t k = first; k < last; ++k) {
    std::string_view norm = v.norm(k);
    if (k == first && norm == "the" && last > first + 1) continue;
    if (Possessive(norm)) norm.remove_suffix(2);
    if (norm == "'s" || norm == "s") continue;
    if (!key.empty()) key += ' ';
    key += norm;
  }
  return key;
}

// A person named in a lower-cased text ("everton captain michael keane says", "Helen
// williams"): a given name, lower-case or opening the sentence, and up to two words after
// it that English does not have (a surname). Returns i when there is none.
uint32_t MatchLowerCaseName(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  if (!HasLex(v.word(i), kLexGivenName) || !v.Has(i, kTokAlpha) ||
      (v.HasUpper(i) && !v.SentenceStart(i))) {
    return i;
  }
  uint32_t j = i + 1;
  while (j <= i + kMaxSurnameWords && !Possessive(v.norm(j - 1)) && v.In(j) && SpaceOnly(v, j) &&
         v.Has(j, kTokAlpha) && !v.HasUpper(j) && IsContent(v, j) &&
         !ContractedNegation(v.norm(j)) &&
         (HasLex(v.word(j), kLexGivenName) || FindLemma(v.norm(j)) == nullptr)) {
    ++j;
  }
  // A capitalized given name alone at a sentence start is MatchEntity's.
  if (v.HasUpper(i) && j == i + 1) return i;
  Mention m = MakeMention(v, MentionKind::kEntity, i, j);
  m.key = KeyOf(v, i, j);
  m.lower_case = true;
  out->push_back(std::move(m));
  return j;
}

}  // namespace

uint32_t MatchTicker(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  std::string_view norm = v.norm(i);
  size_t dot = norm.find('.');
  if (dot != std::string_view::npos && dot > 0 && dot + 1 < norm.size() &&
      norm.size() - dot - 1 <= kMaxExchangeSuffix && v.HasUpper(i) && v.Has(i, kTokAlpha)) {
    Mention m = MakeMention(v, MentionKind::kEntity, i, i + 1);
    m.key = std::string(norm);
    out->push_back(std::move(m));
    return i + 1;
  }
  if (!v.In(i + 1) || norm.size() > kMaxTickerSymbol) return i;
  bool left = v.Has(i, kTokNumber) || IsAllCaps(v, i);
  std::string_view between =
      v.text().substr(v.tok(i).end, v.tok(i + 1).begin - v.tok(i).end);
  if (!left || between != "." || v.norm(i + 1).size() > kMaxExchangeSuffix ||
      !v.HasUpper(i + 1) || v.Has(i + 1, kTokDigit)) {
    return i;
  }
  // "U.S." split by a tokenizer would look the same: a ticker needs a letter suffix
  // after digits or a symbol longer than one letter.
  if (!v.Has(i, kTokNumber) && norm.size() < 2) return i;
  Mention m = MakeMention(v, MentionKind::kEntity, i, i + 2);
  m.key = std::string(norm) + "." + std::string(v.norm(i + 1));
  out->push_back(std::move(m));
  return i + 2;
}

uint32_t MatchEntity(const TokenView& v, uint32_t i, bool title_case,
                     std::vector<Mention>* out) {
  if (const uint32_t j = MatchLowerCaseName(v, i, out); j > i) return j;
  if (!NameToken(v, i)) return i;
  uint32_t j = i + 1;
  bool strong = IsAllCaps(v, i) || IsCode(v, i);
  if (!Possessive(v.norm(i))) {
    while (v.In(j)) {
      if (NameToken(v, j) && SpaceOnly(v, j) && (!title_case || IsCode(v, j))) {
        strong |= IsAllCaps(v, j) || IsCode(v, j);
        ++j;
        if (Possessive(v.norm(j - 1))) break;
        continue;
      }
      if (!title_case && Connector(v.norm(j)) && SpaceOnly(v, j) && NameToken(v, j + 1) &&
          SpaceOnly(v, j + 1)) {
        j += 2;
        if (Possessive(v.norm(j - 1))) break;
        continue;
      }
      break;
    }
    if (!Possessive(v.norm(j - 1)) && ModelNumber(v, j)) {
      ++j;
      strong = true;
    }
  }
  Mention m = MakeMention(v, MentionKind::kEntity, i, j);
  m.key = KeyOf(v, i, j);
  // A lone letter ("R" of "R&D", an initial) names nothing checkable.
  if (m.key.size() < kMinKeyLength) return j;
  // A lone capital in a title says nothing about being a name; at a sentence start it
  // says nothing only when the word is a common English one ("However", "Analysts"),
  // not for "Nvidia" or "Amanda".
  if (!strong && j == i + 1) {
    const TextLexicon* lexicon = v.lexicon();
    m.weak = title_case ||
             (v.SentenceStart(i) &&
              (lexicon != nullptr && !lexicon->traits.empty()
                   ? (lexicon->traits[v.tok(i).word] & kTraitCommonName) != 0
                   : CommonAsName(m.key)));
  }
  out->push_back(std::move(m));
  return j;
}

bool CommonAsName(std::string_view norm) {
  // The key KeyOf gives the word alone.
  if (Possessive(norm)) norm.remove_suffix(2);
  if (Specificity(norm) < kNameSpecificity || IsStopword(norm)) return true;
  // Sentence adverbs and prepositions that open a sentence: rare in the tagged corpus
  // ("Additionally") or not in it at all ("Amid"), yet no names.
  static constexpr std::string_view kOpeners[] = {
      "amid",  "amidst", "among",  "amongst", "despite", "via",    "upon",   "toward",
      "towards", "throughout", "unlike", "beyond", "besides", "whilst", "albeit", "versus"};
  if (InList(kOpeners, norm)) return true;
  return norm.size() > 4 && norm.substr(norm.size() - 2) == "ly" && FindLemma(norm) != nullptr;
}

}  // namespace claimcheck::internal
