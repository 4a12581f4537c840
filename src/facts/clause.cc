// Clause bounds and content stems over a token view.
#include "facts/clause.h"

#include "facts/lexicon.h"

namespace claimcheck::internal {
namespace {

// "yet" joins clauses ("small, yet fast") except right after a negation, where it is
// an adverb of time ("not yet good enough").
bool ClauseWord(const TokenView& v, uint32_t k) {
  if (!HasLex(v.word(k), kLexClauseBreak)) return false;
  return !(k > v.begin() && v.norm(k) == "yet" && HasLex(v.word(k - 1), kLexNegation));
}

// Shorter words are fragments ("al", "st"), not predicates.
constexpr size_t kMinPredicateLength = 3;


}  // namespace

bool EndsWithLy(std::string_view s) {
  return s.size() > 4 && s.substr(s.size() - 2) == "ly";
}

namespace {

// A clause boundary stands before token k: punctuation that ends a clause, or a clause word.
bool BoundaryBefore(const TokenView& v, uint32_t k) {
  return (v.GapBefore(k) & kGapClauseEnd) || ClauseWord(v, k);
}

const TokenView::ClauseIndex& IndexOf(const TokenView& v) {
  TokenView::ClauseIndex& index = v.clause_index();
  if (!index.next.empty()) return index;
  const uint32_t n = v.end() - v.begin();
  index.prev.resize(n);
  index.next.resize(n + 1);
  uint32_t last = v.begin();
  for (uint32_t k = v.begin(); k < v.end(); ++k) {
    if (k > v.begin() && BoundaryBefore(v, k)) last = k;
    index.prev[k - v.begin()] = last;
  }
  index.next[n] = v.end();
  for (uint32_t k = v.end(); k-- > v.begin();) {
    const bool boundary = k > v.begin() && index.prev[k - v.begin()] == k;
    index.next[k - v.begin()] = boundary ? k : index.next[k + 1 - v.begin()];
  }
  return index;
}

}  // namespace

Clause ClauseAround(const TokenView& v, uint32_t t) {
  const uint32_t lo = t > v.begin() + kMaxClauseReach ? t - kMaxClauseReach : v.begin();
  const uint32_t hi = t + kMaxClauseReach < v.end() ? t + kMaxClauseReach : v.end();
  if (v.In(t)) {
    // The same as the walk below: out to the nearest boundaries, within the reach.
    const TokenView::ClauseIndex& index = IndexOf(v);
    const uint32_t before = index.prev[t - v.begin()];
    const uint32_t after = index.next[t + 1 - v.begin()];
    return Clause{before > lo ? before : lo, after < hi ? after : hi};
  }
  Clause c{t, t + 1};
  while (c.begin > lo && !(v.GapBefore(c.begin) & kGapClauseEnd) && !ClauseWord(v, c.begin)) {
    --c.begin;
  }
  while (c.end < hi && !(v.GapBefore(c.end) & kGapClauseEnd) && !ClauseWord(v, c.end)) {
    ++c.end;
  }
  return c;
}

bool IsContentWord(std::string_view norm, bool stopword, const WordInfo* w) {
  return norm.size() >= 2 && !stopword &&
         !HasLex(w, kLexAux | kLexClauseBreak | kLexNegation | kLexHedge);
}

void ContextStems(const TokenView& v, uint32_t first, uint32_t last,
                  std::vector<std::string_view>* out, bool across) {
  out->clear();
  const Clause c = across ? Clause{v.begin(), v.end()} : ClauseAround(v, first);
  const Clause c2 = across ? c : ClauseAround(v, last - 1);
  uint32_t lo = first > c.begin + kContextWindow ? first - kContextWindow : c.begin;
  uint32_t hi = last + kContextWindow < c2.end ? last + kContextWindow : c2.end;
  for (uint32_t k = lo; k < hi; ++k) {
    if (k >= first && k < last) continue;
    if (!IsContent(v, k)) continue;
    // At most hi - lo stems: a fresh vector allocates once instead of at every doubling.
    if (out->empty()) out->reserve(hi - lo);
    out->push_back(v.stem(k).empty() ? v.norm(k) : v.stem(k));
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
