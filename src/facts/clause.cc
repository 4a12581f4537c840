// Clause bounds and content stems over a token view.
#include "facts/clause.h"

#include "facts/lexicon.h"

namespace claimcheck::internal {
namespace {

bool ClauseWord(const TokenView& v, uint32_t k) {
  return HasLex(v.word(k), kLexClauseBreak);
}

// Shorter words are fragments ("al", "st"), not predicates.
constexpr size_t kMinPredicateLength = 3;

bool EndsWithLy(std::string_view s) {
  return s.size() > 4 && s.substr(s.size() - 2) == "ly";
}

}  // namespace

Clause ClauseAround(const TokenView& v, uint32_t t) {
  Clause c{t, t + 1};
  while (c.begin > v.begin() && !(v.GapBefore(c.begin) & kGapClauseEnd) &&
         !ClauseWord(v, c.begin)) {
    --c.begin;
  }
  while (c.end < v.end() && !(v.GapBefore(c.end) & kGapClauseEnd) && !ClauseWord(v, c.end)) {
    ++c.end;
  }
  return c;
}

bool IsContent(const TokenView& v, uint32_t k) {
  if (!v.In(k) || !v.Has(k, kTokAlpha) || v.Has(k, kTokStopword) || v.norm(k).size() < 2) {
    return false;
  }
  const WordInfo* w = v.word(k);
  return !HasLex(w, kLexAux | kLexClauseBreak | kLexNegation | kLexHedge);
}

void ContextStems(const TokenView& v, uint32_t first, uint32_t last,
                  std::vector<std::string_view>* out) {
  out->clear();
  Clause c = ClauseAround(v, first);
  Clause c2 = ClauseAround(v, last - 1);
  uint32_t lo = first > c.begin + kContextWindow ? first - kContextWindow : c.begin;
  uint32_t hi = last + kContextWindow < c2.end ? last + kContextWindow : c2.end;
  for (uint32_t k = lo; k < hi; ++k) {
    if (k >= first && k < last) continue;
    if (IsContent(v, k)) out->push_back(v.stem(k).empty() ? v.norm(k) : v.stem(k));
  }
}

bool ShareStem(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  for (std::string_view x : a) {
    for (std::string_view y : b) {
      if (x == y) return true;
    }
  }
  return false;
}

int SharedStems(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  int n = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    bool repeat = false;
    for (size_t j = 0; j < i && !repeat; ++j) repeat = a[j] == a[i];
    if (repeat) continue;
    for (std::string_view y : b) {
      if (a[i] == y) {
        ++n;
        break;
      }
    }
  }
  return n;
}

uint32_t PredicateAfter(const TokenView& v, uint32_t t) {
  Clause c = ClauseAround(v, t);
  for (uint32_t k = t + 1; k < c.end; ++k) {
    if (!IsContent(v, k)) continue;
    if (EndsWithLy(v.norm(k))) continue;
    if (v.Has(k, kTokCapitalized | kTokAllCaps)) continue;
    if (v.norm(k).size() < kMinPredicateLength) continue;
    return k;
  }
  return v.end();
}

}  // namespace claimcheck::internal
