// Per-token normalization: NFKC case fold plus a fold table for what NFKC keeps apart
// (curly quotes, dashes, odd spaces). ASCII takes a lowercase-in-place fast path.
#ifndef CLAIMCHECK_TEXT_NORMALIZE_H_
#define CLAIMCHECK_TEXT_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::internal {

// The fold applied to each code point before NFKC case folding: U+2018/2019/201A/201B/
// 2032/02BC -> ', U+201C/201D/201E/201F/2033 -> ", U+2010..2015/2212/FE58/FE63 -> -,
// U+00A0/2000..200A/202F/205F/3000 -> space. Other code points map to themselves.
char32_t FoldCodePoint(char32_t cp);

// Reusable scratch for normalization: not thread-safe, one per worker.
class TokenNormalizer {
 public:
  // Writes NFKC_Casefold(fold(text)) to *out (replacing its contents). `text` must be
  // valid UTF-8. Default-ignorable code points (soft hyphen, ZWJ) are removed, as
  // NFKC_Casefold removes them.
  void Normalize(std::string_view text, std::string* out);

 private:
  std::vector<int32_t> buf_;
};

// True when every byte is ASCII (eight bytes at a time).
bool IsAscii(std::string_view text);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_NORMALIZE_H_
