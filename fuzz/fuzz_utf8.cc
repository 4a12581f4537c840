// Fuzz target: the UTF-8 validator against a byte-at-a-time reference decoder (same
// verdict, same first bad byte), and the code-point helpers on valid text (decode and
// re-encode give the input back; stepping back lands on the previous boundary).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "text/utf8.h"

namespace {

// RFC 3629: the offset of the first byte of the first ill-formed sequence, or npos.
size_t ReferenceFirstBad(const uint8_t* p, size_t n) {
  size_t i = 0;
  while (i < n) {
    const uint8_t c = p[i];
    size_t len = 0;
    uint32_t cp = 0;
    uint32_t min = 0;
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4, cp = c & 0x07, min = 0x10000;
    } else {
      return i;  // continuation byte, C0/C1, F5..FF
    }
    if (n - i < len) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return static_cast<size_t>(-1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  const std::string_view text = fuzz::AsText(data, size);
  internal::Utf8Error err;
  const bool valid = internal::ValidateUtf8(text, &err);
  const size_t expected = ReferenceFirstBad(data, size);
  FUZZ_CHECK(valid == (expected == static_cast<size_t>(-1)),
             "validator says %d, reference says first bad byte %zu", valid, expected);
  if (!valid) {
    FUZZ_CHECK(err.offset == expected, "validator names byte %zu, reference %zu", err.offset,
               expected);
    FUZZ_CHECK(err.what != nullptr && err.what[0] != '\0', "no description of the error");
    // The prefix before the bad byte is valid on its own.
    internal::Utf8Error prefix_err;
    FUZZ_CHECK(internal::ValidateUtf8(text.substr(0, err.offset), &prefix_err),
               "the prefix before byte %zu is not valid", err.offset);
    return 0;
  }
  std::string round_trip;
  std::vector<size_t> starts;
  for (size_t pos = 0; pos < text.size();) {
    int len = 0;
    const char32_t cp = internal::DecodeUtf8At(text, pos, &len);
    FUZZ_CHECK(len >= 1 && len <= 4 && pos + static_cast<size_t>(len) <= text.size(),
               "bad length %d at %zu", len, pos);
    starts.push_back(pos);
    internal::AppendUtf8(cp, &round_trip);
    pos += static_cast<size_t>(len);
  }
  FUZZ_CHECK(round_trip == text, "decode + encode does not give the input back");
  for (size_t i = 1; i < starts.size(); ++i) {
    FUZZ_CHECK(internal::PrevCodePointStart(text, starts[i]) == starts[i - 1],
               "stepping back from %zu does not reach %zu", starts[i], starts[i - 1]);
  }
  if (!starts.empty()) {
    FUZZ_CHECK(internal::PrevCodePointStart(text, text.size()) == starts.back(),
               "stepping back from the end does not reach the last code point");
  }
  return 0;
}
