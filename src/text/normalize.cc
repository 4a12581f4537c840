// NFKC case folding through utf8proc's decomposer with a fold-table callback, into a
// reused buffer: no allocation per token in steady state and no UTF-16 round trip.
#include "text/normalize.h"

#include <cstring>

#include <utf8proc.h>

namespace claimcheck::internal {
namespace {

constexpr utf8proc_option_t kNfkcCasefold = static_cast<utf8proc_option_t>(
    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
    UTF8PROC_IGNORE);

utf8proc_int32_t FoldCallback(utf8proc_int32_t cp, void* /*data*/) {
  // NFKC_Casefold removes every Default_Ignorable_Code_Point, unassigned ones included;
  // utf8proc's IGNORE only knows assigned ones. Sending the unassigned ranges to the soft
  // hyphen (an assigned ignorable) makes utf8proc drop them too.
  if (cp == 0x2065 || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0xE0000 && cp <= 0xE0FFF)) {
    return 0x00AD;
  }
  return static_cast<utf8proc_int32_t>(FoldCodePoint(static_cast<char32_t>(cp)));
}

}  // namespace

char32_t FoldCodePoint(char32_t cp) {
  if (cp < 0xA0) return cp;
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0xFF07:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return '-';
    case 0x00A0: case 0x202F: case 0x205F: case 0x3000:
      return ' ';
    default:
      if (cp >= 0x2000 && cp <= 0x200A) return ' ';
      return cp;
  }
}

bool IsAscii(std::string_view text) {
  const char* p = text.data();
  size_t n = text.size();
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t block;
    std::memcpy(&block, p + i, 8);
    if (block & 0x8080808080808080ull) return false;
  }
  for (; i < n; ++i) {
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  }
  return true;
}

void TokenNormalizer::Normalize(std::string_view text, std::string* out) {
  if (IsAscii(text)) {
    out->assign(text.data(), text.size());
    for (char& c : *out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
    return;
  }
  const auto* src = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto len = static_cast<utf8proc_ssize_t>(text.size());
  // Compatibility decompositions grow text by at most 18x (U+FDFA); start at 4x and let
  // utf8proc say when it needs more.
  if (buf_.size() < text.size() * 4 + 8) buf_.resize(text.size() * 4 + 8);
  utf8proc_ssize_t n = utf8proc_decompose_custom(
      src, len, buf_.data(), static_cast<utf8proc_ssize_t>(buf_.size()), kNfkcCasefold,
      FoldCallback, nullptr);
  if (n > static_cast<utf8proc_ssize_t>(buf_.size())) {
    buf_.resize(static_cast<size_t>(n));
    n = utf8proc_decompose_custom(src, len, buf_.data(), n, kNfkcCasefold, FoldCallback,
                                  nullptr);
  }
  if (n < 0) {  // only on invalid UTF-8, which callers have ruled out
    out->assign(text.data(), text.size());
    return;
  }
  // Composes in place and writes UTF-8 over the same buffer.
  utf8proc_ssize_t bytes = utf8proc_reencode(buf_.data(), n, kNfkcCasefold);
  if (bytes < 0) {
    out->assign(text.data(), text.size());
    return;
  }
  out->assign(reinterpret_cast<const char*>(buf_.data()), static_cast<size_t>(bytes));
}

}  // namespace claimcheck::internal
