// Quantities: [qualifier] [currency] number [range] [scale] [unit], read left to right
// over tokens ("more than 100 billion CNY", "$1.5 trillion", "10-15%", "two-week",
// "20 times"), plus ordinals ("second-generation") and multiplier verbs ("doubled").
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "align/lexicon.h"
#include "facts/lexicon.h"
#include "facts/numeral.h"
#include "facts/recognizers.h"

namespace claimcheck::internal {
namespace {

// Token k is a lower-case word of three or more letters that the lexicon knows
// ("magnitude", "category", "level"), not a name or a code ("COVID", "F", "cov").
bool MeasureWord(const TokenView& v, uint32_t k) {
  const std::string_view w = v.norm(k);
  return w.size() >= 3 && !v.HasUpper(k) && !v.Has(k, kTokDigit) && FindLemma(w) != nullptr;
}

constexpr double kCentsPerUnit = 100;
constexpr double kBasisPointsPerPoint = 100;
constexpr int kGroupDigits = 3;

struct NumberRead {
  double value = 0;
  double value_hi = 0;
  double precision = 1;
  double scale = 1;
  std::string_view unit;  // from a glued suffix: "%" ("5pc"), "times" ("10x"), "nm"
  bool ordinal = false;
  bool words = false;     // written in words ("twenty-five")
  bool vague = false;     // "several", "dozens": a range, not a value
  Numeral numeral;        // digits only
  uint32_t end = 0;
};

// One side of a score: a whole number of one or two digits, nothing glued to it.
bool IsScorePart(const NumberRead& r) {
  return !r.words && r.scale == 1 && r.unit.empty() && r.numeral.precision == 1 &&
         r.numeral.suffix.empty() && !r.numeral.has_comma && r.numeral.int_digits <= 2;
}

bool IsScaleSuffix(std::string_view s) {
  const WordInfo* w = LookupWord(s);
  return HasLex(w, kLexScale) && s.size() <= 3;
}

// Digits, possibly with a glued suffix: "15", "1.5", "2bn", "3rd", "10x", "5nm", "5pc".
bool ReadDigits(const TokenView& v, uint32_t i, NumberRead* r) {
  Numeral n;
  if (!ParseNumeral(v.norm(i), &n)) return false;
  n.has_comma |= v.HasComma(i);
  r->numeral = n;
  r->value = r->value_hi = n.value;
  r->precision = n.precision;
  r->end = i + 1;
  std::string_view s = n.suffix;
  if (s.empty()) return true;
  if (IsScaleSuffix(s)) {
    r->scale = LookupWord(s)->scale;
    return true;
  }
  if (s == "st" || s == "nd" || s == "rd" || s == "th") {
    r->ordinal = true;
    return true;
  }
  if (s == "x") {
    r->unit = "times";
    return true;
  }
  if (s == "pc" || s == "pct") {
    r->unit = "%";
    return true;
  }
  // Pence: "5p", "99p" (not "720p", a video resolution).
  if (s == "p" && n.value < kCentsPerUnit) {
    r->unit = "gbp";
    r->scale = 1 / kCentsPerUnit;
    return true;
  }
  const WordInfo* w = LookupWord(s);
  if (HasLex(w, kLexUnitWord)) {
    r->unit = w->unit;
    return true;
  }
  return false;  // "1990s", "5pm", "9988hk": not a quantity here
}

bool IsUnitCardinal(double value) { return value >= 1 && value <= 9; }
// The smallest vague range that scales another: "thousands" in "hundreds of thousands".
constexpr double kMinRangeScale = 1e3;

bool IsTens(double value) {
  constexpr double kTen = 10;
  return value >= 20 && value <= 90 && static_cast<int>(value) % static_cast<int>(kTen) == 0;
}

// Number words: "two", "twenty-five", "three hundred and fifty", "a dozen", "a million",
// and vague ones before "of", a scale or "fold": "dozens of", "several-fold".
bool ReadWords(const TokenView& v, uint32_t i, NumberRead* r) {
  const WordInfo* w = v.word(i);
  r->words = true;
  r->precision = 1;
  if ((v.norm(i) == "a" || v.norm(i) == "an") && v.In(i + 1)) {
    const WordInfo* next = v.word(i + 1);
    if (v.norm(i + 1) == "dozen") {
      r->value = r->value_hi = 12;
      r->end = i + 2;
      return true;
    }
    if (v.norm(i + 1) == "hundred" || (HasLex(next, kLexScale) && v.norm(i + 1).size() > 3)) {
      r->value = r->value_hi = 1;
      r->end = i + 1;  // the scale word is read by the caller
      if (v.norm(i + 1) == "hundred") {
        r->value = r->value_hi = 100;
        r->end = i + 2;
      }
      return true;
    }
    return false;
  }
  if (HasLex(w, kLexApproxRange) && v.In(i + 1)) {
    const WordInfo* next = v.word(i + 1);
    if (v.norm(i + 1) == "of" || HasLex(next, kLexScale) || v.norm(i + 1) == "fold" ||
        (v.norm(i + 1) == "times" && v.norm(i) == "several")) {
      r->value = w->value;
      r->value_hi = w->value_hi;
      r->vague = true;
      r->end = v.norm(i + 1) == "of" ? i + 2 : i + 1;
      // "hundreds of thousands (of)", "tens of millions": the second range scales the
      // first by its order of magnitude (thousands: 1e3).
      const WordInfo* times = v.In(r->end) ? v.word(r->end) : nullptr;
      if (r->end == i + 2 && HasLex(times, kLexApproxRange) && times->value >= kMinRangeScale) {
        const double scale = std::pow(10.0, std::floor(std::log10(times->value)));
        r->value *= scale;
        r->value_hi *= scale;
        r->end += v.In(r->end + 1) && v.norm(r->end + 1) == "of" ? 2 : 1;
      }
      return true;
    }
    return false;
  }
  if (!HasLex(w, kLexCardinal) || v.norm(i) == "dozen") return false;
  double value = w->value;
  uint32_t j = i + 1;
  if (IsTens(value) && v.In(j)) {
    const WordInfo* unit = v.word(j);
    if (HasLex(unit, kLexCardinal) && IsUnitCardinal(unit->value)) {
      value += unit->value;
      ++j;
    }
  }
  if (v.Is(j, "hundred") && value < 100) {
    value *= 100;
    ++j;
    uint32_t k = v.Is(j, "and") ? j + 1 : j;
    if (v.In(k)) {
      const WordInfo* rest = v.word(k);
      if (HasLex(rest, kLexCardinal) && rest->value < 100) {
        value += rest->value;
        j = k + 1;
      }
    }
  }
  r->value = r->value_hi = value;
  r->end = j;
  return true;
}

bool ReadNumber(const TokenView& v, uint32_t i, NumberRead* r) {
  if (!v.In(i)) return false;
  if (v.Has(i, kTokDigit)) return ReadDigits(v, i, r);
  return ReadWords(v, i, r);
}

// Qualifiers before a number; returns the index after them (i when there is none).
uint32_t ReadApprox(const TokenView& v, uint32_t i, Approx* approx) {
  auto at = [&](uint32_t k, std::string_view w) { return v.In(k) && v.norm(k) == w; };
  struct Phrase {
    std::string_view first, second;
    Approx approx;
  };
  static constexpr Phrase kTwoWord[] = {
      {"more", "than", Approx::kAtLeast},   {"greater", "than", Approx::kAtLeast},
      {"higher", "than", Approx::kAtLeast}, {"at", "least", Approx::kAtLeast},
      {"upwards", "of", Approx::kAtLeast},  {"just", "over", Approx::kAtLeast},
      {"well", "over", Approx::kAtLeast},   {"just", "above", Approx::kAtLeast},
      {"less", "than", Approx::kAtMost},    {"fewer", "than", Approx::kAtMost},
      {"lower", "than", Approx::kAtMost},   {"at", "most", Approx::kAtMost},
      {"up", "to", Approx::kAtMost},        {"close", "to", Approx::kNearly},
      {"just", "under", Approx::kNearly},   {"just", "below", Approx::kNearly},
      {"an", "estimated", Approx::kAbout},
  };
  // The first word, read once for the comparisons below (empty outside the view: no
  // word compared with it is).
  const std::string_view first = v.In(i) ? v.norm(i) : std::string_view();
  if (first == "no" || first == "not") {
    if (at(i + 2, "than")) {
      if (at(i + 1, "more")) {
        *approx = Approx::kAtMost;
        return i + 3;
      }
      if (at(i + 1, "less") || at(i + 1, "fewer")) {
        *approx = Approx::kAtLeast;
        return i + 3;
      }
    }
    return i;
  }
  if (first == "as" && (at(i + 1, "many") || at(i + 1, "much") || at(i + 1, "high")) &&
      at(i + 2, "as")) {
    *approx = Approx::kAtMost;
    return i + 3;
  }
  if (first == "in" && at(i + 1, "excess") && at(i + 2, "of")) {
    *approx = Approx::kAtLeast;
    return i + 3;
  }
  for (const Phrase& p : kTwoWord) {
    if (first == p.first && at(i + 1, p.second)) {
      *approx = p.approx;
      return i + 2;
    }
  }
  const WordInfo* w = v.word(i);
  if (HasLex(w, kLexApprox)) {
    *approx = w->approx;
    return i + 1;
  }
  return i;
}

// A currency before the number: "$", "US$" (as "us" glued to "$"), "RMB", "HK$".
uint32_t ReadCurrencyPrefix(const TokenView& v, uint32_t i, std::string_view* unit) {
  if (!v.In(i)) return i;
  struct Compound {
    std::string_view prefix, unit;
  };
  static constexpr Compound kDollarPrefixes[] = {
      {"us", "usd"}, {"hk", "hkd"}, {"a", "aud"}, {"au", "aud"},
      {"c", "cad"},  {"s", "sgd"},  {"nt", "twd"},
  };
  if (v.In(i + 1) && v.norm(i + 1) == "$" && v.Glued(i + 1)) {
    for (const Compound& c : kDollarPrefixes) {
      if (v.norm(i) == c.prefix && v.HasUpper(i)) {
        *unit = c.unit;
        return i + 2;
      }
    }
  }
  const WordInfo* w = v.word(i);
  if (!HasLex(w, kLexCurrency)) return i;
  // A symbol, or a currency code in capitals ("RMB 380 billion"), never a word
  // like "dollars" that only follows numbers.
  if (v.Has(i, kTokSymbol) || v.norm(i).find('$') != std::string_view::npos ||
      (v.Has(i, kTokAllCaps) && v.norm(i).size() == 3)) {
    *unit = w->unit;
    return i + 1;
  }
  return i;
}

// A year-shaped numeral: the date recognizer owns those.
bool YearShaped(const NumberRead& r) {
  const Numeral& n = r.numeral;
  return !r.words && n.int_digits == kYearDigits && !n.has_comma && n.suffix.empty() &&
         n.precision == 1 && n.value >= kMinYear && n.value <= kMaxYear;
}

std::string QuantityKey(const Quantity& q) {
  std::string key;
  switch (q.approx) {
    case Approx::kAbout: key = "~"; break;
    case Approx::kAtLeast: key = ">="; break;
    case Approx::kAtMost: key = "<="; break;
    case Approx::kNearly: key = q.vague ? "~" : "<~"; break;  // "dozens": "~24-99"
    case Approx::kExact: break;
  }
  key += FormatNumber(q.value);
  if (q.value_hi != q.value) key += "-" + FormatNumber(q.value_hi);
  if (!q.unit.empty()) {
    if (q.unit != "%") key += ' ';
    key += q.unit;
  }
  return key;
}

// Ordinals as words ("third", "second-generation") and multiplier verbs ("doubled").
uint32_t MatchWordOnly(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  const WordInfo* w = v.word(i);
  if (HasLex(w, kLexOrdinal)) {
    Mention m = MakeMention(v, MentionKind::kQuantity, i, i + 1);
    m.quantity.value = m.quantity.value_hi = w->value;
    m.quantity.unit = "ordinal";
    m.key = FormatNumber(w->value) + " ordinal";
    out->push_back(std::move(m));
    return i + 1;
  }
  std::string_view norm = v.norm(i);
  bool verb_form = norm.size() > 2 && (norm.substr(norm.size() - 2) == "ed" ||
                                       norm.substr(norm.size() - 3) == "ing");
  if (HasLex(w, kLexMultiplier) && w->value > 0 && (verb_form || norm.find("fold") != norm.npos)) {
    Mention m = MakeMention(v, MentionKind::kQuantity, i, i + 1);
    m.quantity.value = m.quantity.value_hi = w->value;
    m.quantity.unit = "times";
    m.key = QuantityKey(m.quantity);
    out->push_back(std::move(m));
    if (HasLex(w, kLexDirection)) {
      Mention d = MakeMention(v, MentionKind::kDirection, i, i + 1);
      d.sign = w->sign;
      d.key = std::string(norm);
      out->push_back(std::move(d));
    }
    return i + 1;
  }
  return i;
}

}  // namespace

std::string FormatNumber(double value) {
  // printf's "%.6g", without printf: a whole number under a million prints as its
  // digits; the rest goes through to_chars, which C++17 defines as printf with the same
  // format and precision in the "C" locale.
  char buf[32];
  constexpr double kSixDigits = 1e6;
  if (value > -kSixDigits && value < kSixDigits && value == std::trunc(value) &&
      !(value == 0 && std::signbit(value))) {
    const auto r = std::to_chars(buf, buf + sizeof(buf), static_cast<long long>(value));
    return std::string(buf, r.ptr);
  }
  constexpr int kPrecision = 6;
  const auto r =
      std::to_chars(buf, buf + sizeof(buf), value, std::chars_format::general, kPrecision);
  return std::string(buf, r.ptr);
}

uint32_t MatchQuantity(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  auto at = [&](uint32_t k, std::string_view word) { return v.In(k) && v.norm(k) == word; };
  // The number in a name ("SARS-CoV-2", "COVID-19", "F-16") is no amount; after a
  // lower-case word the lexicon knows it is a measure's value ("a magnitude-7.5
  // earthquake", "a category-5 storm").
  if (v.Has(i, kTokDigit) && v.Hyphenated(i) && v.Has(i - 1, kTokAlpha) &&
      !MeasureWord(v, i - 1)) {
    return i;
  }
  Quantity q;
  uint32_t j = ReadApprox(v, i, &q.approx);
  bool between = false;
  if (j == i && at(i, "between")) {
    between = true;
    j = i + 1;
  }
  std::string_view currency;
  j = ReadCurrencyPrefix(v, j, &currency);
  NumberRead r;
  if (!ReadNumber(v, j, &r)) {
    if (j == i) return MatchWordOnly(v, i, out);
    return i;
  }
  j = r.end;
  // "around 9 pm" is a time of day, which MatchTime reads from the number on.
  if (!r.words && ((v.In(j) && HasLex(v.word(j), kLexMeridiem)) ||
                   r.numeral.suffix == "am" || r.numeral.suffix == "pm")) {
    return i;
  }
  // A range: "10-15%", "3 to 5 years", "between 3 and 5".
  NumberRead hi;
  bool ranged = false;
  bool score = false;
  if (!r.vague && !r.ordinal && v.In(j)) {
    bool dash = (v.GapBefore(j) & kGapDash) != 0 && !r.words && v.Has(j, kTokDigit);
    bool to = at(j, "to") && !between;
    bool and_ = at(j, "and") && between;
    uint32_t k = dash ? j : (to || and_) ? j + 1 : j;
    if (k != j || dash) {
      uint32_t after_currency = k;
      std::string_view unused;
      if (!currency.empty()) after_currency = ReadCurrencyPrefix(v, k, &unused);
      if (ReadNumber(v, after_currency, &hi) && !hi.vague && !hi.ordinal) {
        if (hi.value >= r.value) {
          ranged = true;
          j = hi.end;
        } else if (dash && IsScorePart(r) && IsScorePart(hi) && currency.empty()) {
          // A score or a tally: "beat Bejaia 3-1", "a 2-0 win", "a 10-3 vote". The second
          // number is smaller, so it is no range.
          score = true;
          j = hi.end;
        }
      }
    }
  }
  if (score) {
    q.value = r.value;
    q.value_hi = hi.value;
    q.unit = "score";
    Mention m = MakeMention(v, MentionKind::kQuantity, i, j);
    m.key = QuantityKey(q);
    m.quantity = std::move(q);
    out->push_back(std::move(m));
    return j;
  }
  if (between && !ranged) return i;
  double scale = ranged ? hi.scale : r.scale;
  if (ranged && r.scale != 1) scale = r.scale;
  // Separate scale word: "100 billion", "€2 bn". One-letter scales only glued or after
  // a currency ("5 m" is more often metres than millions).
  if (v.In(j) && scale == 1) {
    const WordInfo* w = v.word(j);
    if (HasLex(w, kLexScale) && (v.norm(j).size() > 1 || v.Glued(j) || !currency.empty())) {
      scale = w->scale;
      ++j;
    }
  }
  std::string_view unit = ranged && !hi.unit.empty() ? hi.unit : r.unit;
  bool basis_points = false;
  if (unit.empty() && v.In(j)) {
    const WordInfo* w = v.word(j);
    if (at(j, "percentage") && (at(j + 1, "point") || at(j + 1, "points"))) {
      unit = "pp";
      j += 2;
    } else if (at(j, "per") && at(j + 1, "cent")) {
      unit = "%";
      j += 2;
    } else if (at(j, "basis") && (at(j + 1, "point") || at(j + 1, "points"))) {
      unit = "pp";
      basis_points = true;
      j += 2;
    } else if (at(j, "bps") || at(j, "bp")) {
      unit = "pp";
      basis_points = true;
      ++j;
    } else if (HasLex(w, kLexPercent) && (v.norm(j) != "pc" || v.Glued(j)) &&
               v.norm(j) != "percentage") {
      unit = "%";
      ++j;
    } else if (HasLex(w, kLexCurrency) && currency.empty() &&
               (!v.Has(j, kTokSymbol) || v.Glued(j))) {
      currency = w->unit;
      if (at(j, "cent") || at(j, "cents") || at(j, "pence") || at(j, "penny")) {
        scale /= kCentsPerUnit;
      }
      ++j;
    } else if (at(j, "times") || at(j, "fold") || (at(j, "x") && v.Glued(j))) {
      unit = "times";
      ++j;
    } else if (HasLex(w, kLexTimeUnit) && !r.ordinal) {
      unit = w->unit;
      ++j;
    } else if (HasLex(w, kLexUnitWord)) {
      unit = w->unit;
      ++j;
    }
  }
  if (r.ordinal && unit.empty()) unit = "ordinal";
  if (!currency.empty()) unit = currency;
  if (unit.empty() && currency.empty() && scale == 1 && q.approx == Approx::kExact &&
      !ranged && YearShaped(r)) {
    return i;  // a year: the date recognizer's
  }
  // A lone "one" is a pronoun or an article far more often than a count.
  if (r.words && r.value == 1 && unit.empty() && scale == 1 && !ranged) {
    return i;
  }
  q.value = r.value * scale;
  q.value_hi = (ranged ? hi.value_hi : r.value_hi) * scale;
  q.precision = (ranged ? std::min(r.precision, hi.precision) : r.precision) * scale;
  if (basis_points) {
    q.value /= kBasisPointsPerPoint;
    q.value_hi /= kBasisPointsPerPoint;
    q.precision /= kBasisPointsPerPoint;
  }
  // A vague amount ends where the next order begins ("hundreds" are fewer than a
  // thousand, "hundreds of thousands" fewer than a million) but starts loosely ("dozens"
  // for 20): widened downwards only, as "nearly" is.
  if (r.vague) {
    q.vague = true;
    q.approx = Approx::kNearly;
  }
  q.unit = unit;  // a literal or the lexicon's: static
  Mention m = MakeMention(v, MentionKind::kQuantity, i, j);
  m.key = QuantityKey(q);
  m.quantity = std::move(q);
  out->push_back(std::move(m));
  return j;
}

}  // namespace claimcheck::internal
