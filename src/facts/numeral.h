// Numerals as the tokenizer leaves them ("15", "1000", "1.5", "2bn", "3rd", "1990s"):
// value, the place value of the last digit, and whatever letters follow the digits.
#ifndef CLAIMCHECK_FACTS_NUMERAL_H_
#define CLAIMCHECK_FACTS_NUMERAL_H_

#include <string_view>

namespace claimcheck::internal {

struct Numeral {
  double value = 0;
  double precision = 1;    // 1 for "15", 0.1 for "1.5"
  int int_digits = 0;      // digits before the decimal point ("2025" -> 4)
  bool has_comma = false;  // "1,000" (a thousands separator: never a year)
  std::string_view suffix; // letters after the digits: "bn", "rd", "s", "" for none
};

// Parses a leading decimal numeral (digits, optional thousands commas, optional
// fraction) and the letters after it. False when `s` does not start with a digit or
// has anything but letters after the numeral.
[[nodiscard]] bool ParseNumeral(std::string_view s, Numeral* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_NUMERAL_H_
