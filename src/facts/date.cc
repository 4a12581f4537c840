// Dates and times: "September 11, 2025", "Sept 11", "11 Sept", "2020", "2024/25",
// "1990s", "Q2", "second quarter", "June quarter", weekdays, "5 pm", "17:30", and
// relative ones ("last month", "earlier this year", "yesterday", "16 hours ago").
#include <algorithm>
#include <cstdio>

#include "facts/lexicon.h"
#include "facts/numeral.h"
#include "facts/recognizers.h"

namespace claimcheck::internal {
namespace {

constexpr int kMonthsPerQuarter = 3;
constexpr int kQuartersPerYear = 4;
constexpr int kHoursPerHalfDay = 12;
constexpr int kMinutesPerHour = 60;
constexpr int kDecadeSpan = 9;  // "1990s" -> 1990..1999
constexpr int kCentury = 100;
constexpr int kMaxDayDigits = 2;

// A day of the month: "11", "11th", "1st".
template <class Int>
bool ReadDay(const TokenView& v, uint32_t k, Int* day) {
  if (!v.In(k) || !v.Has(k, kTokDigit)) return false;
  Numeral n;
  if (!ParseNumeral(v.norm(k), &n) || n.int_digits > kMaxDayDigits || n.precision != 1) {
    return false;
  }
  if (!n.suffix.empty() && n.suffix != "st" && n.suffix != "nd" && n.suffix != "rd" &&
      n.suffix != "th") {
    return false;
  }
  if (n.value < 1 || n.value > kMaxDay) return false;
  // "11 %" or "11 billion" is not a day.
  if (v.In(k + 1)) {
    const WordInfo* w = v.word(k + 1);
    if (HasLex(w, kLexPercent | kLexScale | kLexCurrency | kLexTimeUnit | kLexUnitWord)) {
      return false;
    }
  }
  *day = static_cast<Int>(n.value);
  return true;
}

// A year: "2025", and the span forms "2024/25", "1990s".
template <class Int>
bool ReadYear(const TokenView& v, uint32_t k, Int* year, Int* year_hi, uint32_t* end) {
  if (!v.In(k) || !v.Has(k, kTokDigit)) return false;
  Numeral n;
  if (!ParseNumeral(v.norm(k), &n) || n.int_digits != kYearDigits || n.has_comma ||
      v.HasComma(k) ||
      n.precision != 1 || n.value < kMinYear || n.value > kMaxYear) {
    return false;
  }
  int y = static_cast<int>(n.value);
  if (n.suffix == "s" && y % 10 == 0) {
    *year = y;
    *year_hi = y + kDecadeSpan;
    *end = k + 1;
    return true;
  }
  if (!n.suffix.empty()) return false;
  // "2025 %" or "2025 billion" is an amount; "2025—$56 billion" is a year.
  if (v.In(k + 1) && !(v.GapBefore(k + 1) & (kGapClauseEnd | kGapDash))) {
    const WordInfo* w = v.word(k + 1);
    if (HasLex(w, kLexPercent | kLexScale | kLexCurrency | kLexUnitWord) ||
        v.Is(k + 1, "times")) {
      return false;
    }
  }
  *year = *year_hi = y;
  *end = k + 1;
  // "2024/25" or "2024/2025": a fiscal or season span.
  Numeral next;
  // Only two or four digits can end such a span; a longer run ("2024/2588888...") may not
  // even fit in an int.
  if (v.In(k + 1) && v.GapBefore(k + 1) == kGapSlash && ParseNumeral(v.norm(k + 1), &next) &&
      next.suffix.empty() && next.precision == 1 &&
      (next.int_digits == 2 || next.int_digits == kYearDigits)) {
    int hi = static_cast<int>(next.value);
    if (next.int_digits == 2) hi += y / kCentury * kCentury;
    if (hi == y + 1) {
      *year_hi = hi;
      *end = k + 2;
    }
  }
  return true;
}

// Words after which a capitalized "May" or "March" is the month.
bool MonthContext(const TokenView& v, uint32_t k) {
  if (k <= v.begin()) return false;
  static constexpr std::string_view kBefore[] = {
      "in",   "since", "by",   "until", "from", "early", "late",  "mid",   "last",
      "next", "this",  "of",   "through", "during", "before", "after", "end", "on"};
  for (std::string_view w : kBefore) {
    if (v.norm(k - 1) == w) return true;
  }
  return false;
}

// Token k names a month here (not the verb "march", the modal "may", or "Dec" in code).
// `day_before`: a day number stands right before ("11 Sept").
bool ReadMonth(const TokenView& v, uint32_t k, int* month, bool day_before = false) {
  if (!v.In(k)) return false;
  const WordInfo* w = v.word(k);
  if (!HasLex(w, kLexMonth)) return false;
  int day = 0, year = 0, year_hi = 0;
  uint32_t end = 0;
  bool number_follows = day_before || ReadDay(v, k + 1, &day) ||
                        ReadYear(v, k + 1, &year, &year_hi, &end);
  std::string_view norm = v.norm(k);
  bool full_name = norm.size() > 4 || norm == "june" || norm == "july";
  if (norm == "may" || norm == "march") {
    // Lowercased text ("on may 7") keeps the month when a day follows: the modal and the
    // verb are never followed by a day number.
    if (!v.HasUpper(k) && !(!day_before && ReadDay(v, k + 1, &day))) return false;
    if (!number_follows && !MonthContext(v, k)) return false;
  } else if (!full_name) {
    if (!v.HasUpper(k) || !number_follows) return false;
  } else if (!v.HasUpper(k) && !number_follows) {
    return false;
  }
  *month = w->month;
  return true;
}

std::string TwoDigits(int n) {
  char buf[8];
  std::snprintf(buf, sizeof(buf), "%02d", n);
  return buf;
}

std::string DateKey(const Mention& m) {
  static constexpr std::string_view kWeekdayNames[] = {
      "", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string key;
  if (m.weekday > 0) key = std::string(kWeekdayNames[m.weekday]);
  if (m.year > 0) {
    key += std::to_string(m.year);
    if (m.year_hi != m.year) key += "/" + std::to_string(m.year_hi);
  }
  if (m.quarter > 0) key += (key.empty() ? "q" : " q") + std::to_string(m.quarter);
  if (m.month > 0) {
    key += (m.year > 0 ? "-" : "--") + TwoDigits(m.month);
    if (m.day > 0) key += "-" + TwoDigits(m.day);
  }
  if (m.hour >= 0) {
    key += (key.empty() ? "" : "T") + TwoDigits(m.hour) + ":" + TwoDigits(std::max<int>(m.minute, 0));
  }
  return key;
}

void Emit(const TokenView& v, Mention m, std::vector<Mention>* out) {
  if (m.relative) {
    std::string key = "rel:";
    for (uint32_t k = m.tok_begin; k < m.tok_end; ++k) {
      if (k > m.tok_begin) key += ' ';
      key += v.norm(k);
    }
    m.key = std::move(key);
  } else {
    m.key = DateKey(m);
  }
  out->push_back(std::move(m));
}

// "5 pm", "5pm", "5:30", "17:30 pm", "noon".
uint32_t MatchTime(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  if (v.Is(i, "noon") || v.Is(i, "midnight")) {
    Mention m = MakeMention(v, MentionKind::kDate, i, i + 1);
    m.hour = v.Is(i, "noon") ? kHoursPerHalfDay : 0;
    m.minute = 0;
    Emit(v, std::move(m), out);
    return i + 1;
  }
  Numeral n;
  if (!v.Has(i, kTokDigit) || !ParseNumeral(v.norm(i), &n) || n.precision != 1 ||
      n.int_digits > kMaxDayDigits) {
    return i;
  }
  int hour = static_cast<int>(n.value);
  int minute = -1;
  uint32_t j = i + 1;
  std::string_view meridiem = n.suffix;
  if (!meridiem.empty() && meridiem != "am" && meridiem != "pm") return i;
  Numeral mins;
  if (meridiem.empty() && v.In(j) &&
      v.text().substr(v.tok(j - 1).end, v.tok(j).begin - v.tok(j - 1).end) == ":" &&
      ParseNumeral(v.norm(j), &mins) && mins.int_digits == 2 && mins.precision == 1 &&
      mins.value < kMinutesPerHour) {
    minute = static_cast<int>(mins.value);
    meridiem = mins.suffix;
    ++j;
  }
  if (meridiem.empty() && v.In(j) && HasLex(v.word(j), kLexMeridiem)) {
    meridiem = v.norm(j)[0] == 'a' ? "am" : "pm";
    ++j;
  }
  if (meridiem.empty() && minute < 0) return i;
  if (hour > 2 * kHoursPerHalfDay - 1) return i;
  if (!meridiem.empty()) {
    if (hour < 1 || hour > kHoursPerHalfDay) return i;
    if (meridiem == "pm" && hour != kHoursPerHalfDay) hour += kHoursPerHalfDay;
    if (meridiem == "am" && hour == kHoursPerHalfDay) hour = 0;
  }
  Mention m = MakeMention(v, MentionKind::kDate, i, j);
  m.hour = hour;
  m.minute = minute < 0 ? 0 : minute;
  Emit(v, std::move(m), out);
  return j;
}

uint32_t MatchRelative(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  const WordInfo* w = v.word(i);
  if (HasLex(w, kLexRelDay)) {
    Mention m = MakeMention(v, MentionKind::kDate, i, i + 1);
    m.relative = true;
    Emit(v, std::move(m), out);
    return i + 1;
  }
  // "a year ago", "a few weeks ago". A counted span ("16 hours ago", "35 years ago") is
  // left to the quantity reader: as a duration it is compared with the source's ("35
  // years ago" against "30 years ago"), which a relative date never is.
  uint32_t unit = i + 1;
  if (v.In(i) && (v.Is(i, "a") || v.Is(i, "several") || v.Is(i, "few"))) {
    if (v.Is(unit, "few")) ++unit;
    if (v.In(unit) && HasLex(v.word(unit), kLexTimeUnit) && v.Is(unit + 1, "ago")) {
      Mention m = MakeMention(v, MentionKind::kDate, i, unit + 2);
      m.relative = true;
      Emit(v, std::move(m), out);
      return unit + 2;
    }
  }
  if (!HasLex(w, kLexRelAnchor)) return i;
  // Up to two anchors ("late last month", "earlier this year"), then a period,
  // a weekday or a month.
  uint32_t j = i + 1;
  if (v.In(j) && HasLex(v.word(j), kLexRelAnchor) && !(v.GapBefore(j) & kGapClauseEnd)) {
    ++j;
  }
  if (!v.In(j) || (v.GapBefore(j) & kGapClauseEnd)) return i;
  const WordInfo* p = v.word(j);
  int month = 0;
  bool period = HasLex(p, kLexRelPeriod | kLexWeekday) || ReadMonth(v, j, &month);
  if (!period) return i;
  // "this year's" is fine; "the past year of growth" too; "past weeks" reads the same.
  Mention m = MakeMention(v, MentionKind::kDate, i, j + 1);
  m.relative = true;
  Emit(v, std::move(m), out);
  return j + 1;
}

}  // namespace

uint32_t MatchDate(const TokenView& v, uint32_t i, std::vector<Mention>* out) {
  uint32_t j = MatchRelative(v, i, out);
  if (j > i) return j;
  const WordInfo* w = v.word(i);
  // Quarters: "Q2", "Q2 2025", "second quarter", "fourth-quarter", "June quarter".
  std::string_view norm = v.norm(i);
  int quarter = 0;
  uint32_t after = i + 1;
  if (norm.size() == 2 && norm[0] == 'q' && norm[1] >= '1' && norm[1] <= '4') {
    quarter = norm[1] - '0';
  } else if (v.Is(i + 1, "quarter")) {
    Numeral n;
    if (HasLex(w, kLexOrdinal) && w->value >= 1 && w->value <= kQuartersPerYear) {
      quarter = static_cast<int>(w->value);
    } else if (v.Has(i, kTokDigit) && ParseNumeral(norm, &n) && !n.suffix.empty() &&
               n.value >= 1 && n.value <= kQuartersPerYear && n.suffix != "s") {
      quarter = static_cast<int>(n.value);
    } else if (HasLex(w, kLexMonth) && v.HasUpper(i) && w->month % kMonthsPerQuarter == 0) {
      quarter = w->month / kMonthsPerQuarter;
    }
    if (quarter > 0) after = i + 2;
  }
  if (quarter > 0) {
    Mention m = MakeMention(v, MentionKind::kDate, i, after);
    m.quarter = quarter;
    uint32_t k = v.Is(after, "of") ? after + 1 : after;
    uint32_t end = 0;
    if (ReadYear(v, k, &m.year, &m.year_hi, &end)) {
      m.tok_end = end;
      m.end = v.tok(end - 1).end;
    }
    Emit(v, std::move(m), out);
    return out->back().tok_end;
  }
  if (HasLex(w, kLexWeekday) && (v.HasUpper(i) || v.norm(i).size() > 3)) {
    Mention m = MakeMention(v, MentionKind::kDate, i, i + 1);
    m.weekday = w->weekday;
    Emit(v, std::move(m), out);
    return i + 1;
  }
  // Month first: "September 11, 2025", "Sept 11", "February 2025", "February".
  int month = 0;
  if (ReadMonth(v, i, &month)) {
    Mention m = MakeMention(v, MentionKind::kDate, i, i + 1);
    m.month = month;
    uint32_t k = i + 1;
    uint32_t end = 0;
    if (ReadDay(v, k, &m.day)) {
      ++k;
      uint32_t y = v.Is(k, "of") ? k + 1 : k;
      if (ReadYear(v, y, &m.year, &m.year_hi, &end)) k = end;
    } else if (ReadYear(v, k, &m.year, &m.year_hi, &end)) {
      k = end;
    }
    m.tok_end = k;
    m.end = v.tok(k - 1).end;
    Emit(v, std::move(m), out);
    return k;
  }
  // Day first: "11 Sept", "11th of September 2025".
  int day = 0;
  if (ReadDay(v, i, &day)) {
    uint32_t k = v.Is(i + 1, "of") ? i + 2 : i + 1;
    if (ReadMonth(v, k, &month, /*day_before=*/true)) {
      Mention m = MakeMention(v, MentionKind::kDate, i, k + 1);
      m.day = day;
      m.month = month;
      uint32_t end = 0;
      if (ReadYear(v, k + 1, &m.year, &m.year_hi, &end)) {
        m.tok_end = end;
        m.end = v.tok(end - 1).end;
      }
      Emit(v, std::move(m), out);
      return out->back().tok_end;
    }
  }
  uint32_t end = 0;
  Mention year = MakeMention(v, MentionKind::kDate, i, i + 1);
  if (ReadYear(v, i, &year.year, &year.year_hi, &end)) {
    // Not money or a count that happens to look like a year ("$2025", "2025 votes" are
    // rare; a currency before it was already read as a quantity).
    year.tok_end = end;
    year.end = v.tok(end - 1).end;
    Emit(v, std::move(year), out);
    return end;
  }
  return MatchTime(v, i, out);
}

}  // namespace claimcheck::internal
