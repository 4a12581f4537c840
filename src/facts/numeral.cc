// Numeral parsing without locale or allocation: news numbers are short, so an exact
// digit-by-digit accumulation in double is enough.
#include "facts/numeral.h"

namespace claimcheck::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

bool ParseNumeral(std::string_view s, Numeral* out) {
  if (s.empty() || !IsDigit(s[0])) return false;
  constexpr double kBase = 10;
  Numeral n;
  size_t i = 0;
  double value = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (IsDigit(c)) {
      value = value * kBase + (c - '0');
      ++n.int_digits;
    } else if (c == ',' && i + 1 < s.size() && IsDigit(s[i + 1])) {
      n.has_comma = true;  // a thousands separator the tokenizer kept
    } else {
      break;
    }
  }
  if (i + 1 < s.size() && s[i] == '.' && IsDigit(s[i + 1])) {
    double place = 1;
    for (++i; i < s.size() && IsDigit(s[i]); ++i) {
      place /= kBase;
      value += place * (s[i] - '0');
    }
    n.precision = place;
  }
  size_t suffix_begin = i;
  for (; i < s.size(); ++i) {
    if (!IsLetter(s[i])) return false;
  }
  n.value = value;
  n.suffix = s.substr(suffix_begin);
  *out = n;
  return true;
}

}  // namespace claimcheck::internal
