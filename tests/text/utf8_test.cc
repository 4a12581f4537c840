// ValidateUtf8: one row per kind of ill-formed sequence, with the offset it must name.
#include "text/utf8.h"

#include <string>

#include <catch2/catch.hpp>

namespace claimcheck::internal {
namespace {

struct Row {
  const char* name;
  std::string bytes;
  bool ok;
  size_t offset;     // when !ok
  std::string what;  // when !ok
};

TEST_CASE("ValidateUtf8 names the first bad sequence", "[utf8]") {
  const std::string pad = "0123456789abcdef";  // pushes errors past the 8-byte fast path
  const Row rows[] = {
      {"empty", "", true, 0, ""},
      {"ascii", "Alibaba (9988.HK) rose 8%.", true, 0, ""},
      {"two-byte", "caf\xC3\xA9", true, 0, ""},
      {"three-byte U+2019", "Baidu\xE2\x80\x99s", true, 0, ""},
      {"four-byte emoji", "\xF0\x9F\x9A\x80", true, 0, ""},
      {"max code point U+10FFFF", "\xF4\x8F\xBF\xBF", true, 0, ""},
      {"U+FFFF noncharacter is well-formed", "\xEF\xBF\xBF", true, 0, ""},
      {"stray continuation", "ab\x80" "cd", false, 2, "unexpected continuation byte"},
      {"stray continuation after ascii block", pad + "\xBF", false, 16,
       "unexpected continuation byte"},
      {"lead C0 (overlong /)", "x\xC0\xAF", false, 1, "invalid lead byte"},
      {"lead C1", "\xC1\x81", false, 0, "invalid lead byte"},
      {"lead F5", "ok\xF5\x80\x80\x80", false, 2, "invalid lead byte"},
      {"lead FF", "\xFF", false, 0, "invalid lead byte"},
      {"overlong three-byte", "ab\xE0\x80\xAF", false, 2, "overlong encoding"},
      {"overlong four-byte", pad + "\xF0\x80\x80\xAF", false, 16, "overlong encoding"},
      {"surrogate U+D800", "a\xED\xA0\x80", false, 1, "surrogate code point"},
      {"surrogate U+DFFF", "\xED\xBF\xBF", false, 0, "surrogate code point"},
      {"above U+10FFFF", "abc\xF4\x90\x80\x80", false, 3, "code point above U+10FFFF"},
      {"truncated two-byte at end", "abc\xC3", false, 3, "truncated sequence"},
      {"truncated three-byte at end", "abc\xE2\x80", false, 3, "truncated sequence"},
      {"truncated four-byte at end", pad + "\xF0\x9F\x9A", false, 16, "truncated sequence"},
      {"truncated by ascii", "a\xE2\x80z", false, 1, "truncated sequence"},
      {"truncated by new lead", "a\xC3\xC3\xA9", false, 1, "truncated sequence"},
      {"error after valid multibyte", "\xE2\x80\x99\xE2\x80\x99\x80", false, 6,
       "unexpected continuation byte"},
  };
  for (const Row& r : rows) {
    INFO(r.name);
    Utf8Error err;
    const bool ok = ValidateUtf8(r.bytes, &err);
    CHECK(ok == r.ok);
    if (!r.ok && !ok) {
      CHECK(err.offset == r.offset);
      CHECK(std::string(err.what) == r.what);
    }
  }
}

TEST_CASE("ValidateUtf8 accepts a null error pointer", "[utf8]") {
  CHECK_FALSE(ValidateUtf8("\xFF", nullptr));
  CHECK(ValidateUtf8("fine", nullptr));
}

TEST_CASE("ValidateUtf8 agrees with a byte-at-a-time decoder on every 2-byte input",
          "[utf8]") {
  // Exhaustive over two bytes, then every lead with every second byte before 2 ASCII.
  for (int a = 0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      std::string s{static_cast<char>(a), static_cast<char>(b)};
      const bool expect =
          (a < 0x80 && b < 0x80) || (a >= 0xC2 && a <= 0xDF && (b & 0xC0) == 0x80);
      INFO(a << " " << b);
      CHECK(ValidateUtf8(s, nullptr) == expect);
    }
  }
}

TEST_CASE("DecodeUtf8At and AppendUtf8 round-trip", "[utf8]") {
  for (char32_t cp : {char32_t{0x41}, char32_t{0xE9}, char32_t{0x2019}, char32_t{0x1F680},
                      char32_t{0x10FFFF}}) {
    std::string s;
    AppendUtf8(cp, &s);
    int len = 0;
    CHECK(DecodeUtf8At(s, 0, &len) == cp);
    CHECK(static_cast<size_t>(len) == s.size());
    CHECK(ValidateUtf8(s, nullptr));
    CHECK(PrevCodePointStart(s, s.size()) == 0);
  }
}

}  // namespace
}  // namespace claimcheck::internal
