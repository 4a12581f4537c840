// Compare(): whether two mentions say the same thing. Quantities become intervals
// (rounding of the last written digit, plus the qualifier: "nearly 10%" is
// [8.5, 10], "more than 100" is [100, inf)) and agree when the intervals share more than
// an end point; dates agree when every field both give agrees; names agree by key, part
// or alias.
#include <algorithm>
#include <cmath>
#include <limits>

#include "facts/entity_match.h"
#include "facts/facts.h"

namespace claimcheck::internal {
namespace {

// A rounded figure stands for at most this share of its value either side:
// "2 billion" covers 1.8..2.2 billion, not 1.5..2.5.
constexpr double kMaxRoundingShare = 0.1;
// "about 100" covers 85..115; "nearly 100" covers 85..100.
constexpr double kAboutShare = 0.15;
// Floating-point slack when comparing interval ends.
constexpr double kEpsilonShare = 1e-9;

struct Interval {
  double lo, hi;
};

Interval ToInterval(const Quantity& q) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double lo = std::min(q.value, q.value_hi);
  double hi = std::max(q.value, q.value_hi);
  double half = std::min(q.precision / 2, kMaxRoundingShare * std::fabs(lo));
  double half_hi = std::min(q.precision / 2, kMaxRoundingShare * std::fabs(hi));
  switch (q.approx) {
    case Approx::kExact:
      return {lo - half, hi + half_hi};
    case Approx::kAbout:
      return {lo * (1 - kAboutShare) - half, hi * (1 + kAboutShare) + half_hi};
    case Approx::kNearly:
      return {lo * (1 - kAboutShare) - half, hi + half_hi};
    case Approx::kAtLeast:
      return {lo, kInf};
    case Approx::kAtMost:
      return {-kInf, hi};
  }
  return {lo, hi};
}

// Two intervals agree when they share more than an end point: "36" ([35.5, 36.5]) and
// "35" ([34.5, 35.5]) only touch, and are two figures. A point (an exact zero, an open
// bound's end) agrees with an interval it touches.
bool Overlap(const Interval& a, const Interval& b) {
  double slack = kEpsilonShare * std::max({std::fabs(a.lo), std::fabs(a.hi), std::fabs(b.lo),
                                           std::fabs(b.hi), 1.0});
  if (std::isinf(slack)) slack = kEpsilonShare;
  const double shared = std::min(a.hi, b.hi) - std::max(a.lo, b.lo);
  // Both ends infinite ("1e309 times" against itself): inf - inf says nothing.
  if (std::isnan(shared)) return a.lo <= b.hi && b.lo <= a.hi;
  if (shared > slack) return true;
  const bool point = a.hi - a.lo <= slack || b.hi - b.lo <= slack;
  return point && shared >= -slack;
}

bool IsMoney(std::string_view unit) {
  return unit.size() >= 3 && unit != "times" && unit != "ordinal" && unit != "pp" &&
         (unit == "usd" || unit == "cny" || unit == "eur" || unit == "gbp" || unit == "jpy" ||
          unit == "hkd" || unit == "inr" || unit == "krw" || unit == "chf" || unit == "aud" ||
          unit == "cad" || unit == "sgd" || unit == "twd" || unit == "rub" ||
          unit == "cny|jpy");
}

bool SameCurrency(std::string_view a, std::string_view b) {
  if (a == b) return true;
  // "¥" is written for both yuan and yen.
  if (a == "cny|jpy") return b == "cny" || b == "jpy";
  if (b == "cny|jpy") return a == "cny" || a == "jpy";
  return false;
}

// Seconds in one time unit, for "two weeks" = "14 days".
double UnitSeconds(std::string_view unit) {
  constexpr double kMinute = 60, kHour = 3600, kDay = 86400;
  constexpr double kWeek = 7 * kDay, kYear = 365.25 * kDay;
  constexpr double kMonth = kYear / 12, kQuarter = kYear / 4;
  constexpr double kDecade = 10 * kYear, kCenturySpan = 100 * kYear;
  if (unit == "second") return 1;
  if (unit == "minute") return kMinute;
  if (unit == "hour") return kHour;
  if (unit == "day") return kDay;
  if (unit == "week") return kWeek;
  if (unit == "month") return kMonth;
  if (unit == "quarter") return kQuarter;
  if (unit == "year") return kYear;
  if (unit == "decade") return kDecade;
  if (unit == "century") return kCenturySpan;
  return 0;
}

Quantity Scaled(const Quantity& q, double factor) {
  Quantity s = q;
  s.value *= factor;
  s.value_hi *= factor;
  s.precision *= factor;
  return s;
}

Agreement CompareQuantities(const Quantity& a, const Quantity& b) {
  // A score ("3-1") agrees only with the same two numbers in the same order.
  if (a.unit == "score" || b.unit == "score") {
    if (a.unit != b.unit) return Agreement::kUnrelated;
    return a.value == b.value && a.value_hi == b.value_hi ? Agreement::kMatch
                                                          : Agreement::kConflict;
  }
  bool match = Overlap(ToInterval(a), ToInterval(b));
  // Two bounds the same way ("below $25 billion", "below $26 billion") state two
  // figures: a reader compares the figures, not the ranges they open.
  if (a.approx == b.approx && IsOpenBound(a)) {
    Quantity fa = a, fb = b;
    fa.approx = fb.approx = Approx::kExact;
    match = Overlap(ToInterval(fa), ToInterval(fb));
  }
  if (a.unit == b.unit) return match ? Agreement::kMatch : Agreement::kConflict;
  // "15%" vs "15 percentage points": close enough to agree, not to conflict.
  bool percents = (a.unit == "%" || a.unit == "pp") && (b.unit == "%" || b.unit == "pp");
  if (percents) return match ? Agreement::kMatch : Agreement::kUnrelated;
  if (IsMoney(a.unit) && IsMoney(b.unit)) {
    if (SameCurrency(a.unit, b.unit)) return match ? Agreement::kMatch : Agreement::kConflict;
    // The same figure in another currency is a swapped unit; other figures are just
    // other amounts (no exchange rates here).
    return match ? Agreement::kConflict : Agreement::kUnrelated;
  }
  // "380 billion" vs "380 billion CNY": a bare scaled figure can stand for an amount.
  if ((a.unit.empty() && IsMoney(b.unit)) || (b.unit.empty() && IsMoney(a.unit))) {
    return match ? Agreement::kMatch : Agreement::kUnrelated;
  }
  double sa = UnitSeconds(a.unit), sb = UnitSeconds(b.unit);
  if (sa > 0 && sb > 0) {
    bool same_span = Overlap(ToInterval(Scaled(a, sa)), ToInterval(Scaled(b, sb)));
    return same_span ? Agreement::kMatch : Agreement::kUnrelated;
  }
  return Agreement::kUnrelated;
}

// Each field both dates give must agree; at least one must be shared.
Agreement CompareDates(const Mention& a, const Mention& b) {
  if (a.relative || b.relative) {
    return a.relative && b.relative && a.key == b.key ? Agreement::kMatch
                                                      : Agreement::kUnrelated;
  }
  int shared = 0;
  bool conflict = false;
  auto field = [&](int x, int y, int unknown) {
    if (x == unknown || y == unknown) return;
    ++shared;
    conflict |= x != y;
  };
  if (a.year > 0 && b.year > 0) {
    ++shared;
    conflict |= a.year_hi < b.year || b.year_hi < a.year;
  }
  field(a.month, b.month, 0);
  field(a.day, b.day, 0);
  field(a.quarter, b.quarter, 0);
  field(a.weekday, b.weekday, 0);
  field(a.hour, b.hour, -1);
  if (a.hour >= 0 && b.hour >= 0) field(a.minute, b.minute, -1);
  // A month and a quarter: "June" lies in Q2.
  constexpr int kMonthsPerQuarter = 3;
  if (a.quarter > 0 && b.month > 0 && b.quarter == 0) {
    ++shared;
    conflict |= (b.month - 1) / kMonthsPerQuarter + 1 != a.quarter;
  }
  if (b.quarter > 0 && a.month > 0 && a.quarter == 0) {
    ++shared;
    conflict |= (a.month - 1) / kMonthsPerQuarter + 1 != b.quarter;
  }
  if (shared == 0) return Agreement::kUnrelated;
  return conflict ? Agreement::kConflict : Agreement::kMatch;
}

}  // namespace

Agreement Compare(const Mention& claim, const Mention& evidence) {
  if (claim.kind != evidence.kind) return Agreement::kUnrelated;
  switch (claim.kind) {
    case MentionKind::kQuantity:
      return CompareQuantities(claim.quantity, evidence.quantity);
    case MentionKind::kDate:
      return CompareDates(claim, evidence);
    case MentionKind::kEntity:
      return EntitiesMatch(claim.key, evidence.key, nullptr) ? Agreement::kMatch
                                                             : Agreement::kUnrelated;
    case MentionKind::kNegation:
      return Agreement::kMatch;
    case MentionKind::kDirection:
    case MentionKind::kComparison:
      if (claim.sign == 0 || evidence.sign == 0) return Agreement::kUnrelated;
      return claim.sign == evidence.sign ? Agreement::kMatch : Agreement::kConflict;
    case MentionKind::kHedge:
      return claim.hedge == evidence.hedge ? Agreement::kMatch : Agreement::kUnrelated;
  }
  return Agreement::kUnrelated;
}

bool IsOpenBound(const Quantity& q) {
  return q.approx == Approx::kAtLeast || q.approx == Approx::kAtMost;
}

Mention TightBound(const Mention& m) {
  constexpr double kBoundReach = 1.25;
  Mention tight = m;
  Quantity& q = tight.quantity;
  if (q.approx == Approx::kAtLeast) {
    q.approx = Approx::kExact;
    q.value_hi = std::max(q.value, q.value_hi) * kBoundReach;
  } else if (q.approx == Approx::kAtMost) {
    q.approx = Approx::kExact;
    q.value = std::min(q.value, q.value_hi) / kBoundReach;
  }
  return tight;
}

}  // namespace claimcheck::internal
