// Normalization: the fold table row by row, and NFKC_Casefold conformance against ICU's
// own nfkc_cf over every code point (utf8proc serves the fast path, ICU is the reference).
#include "text/normalize.h"

#include <string>

#include <catch2/catch.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "text/analyzer.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

std::string Icu(const std::string& s) {
  UErrorCode st = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(st);
  REQUIRE(U_SUCCESS(st));
  icu::UnicodeString r = n->normalize(icu::UnicodeString::fromUTF8(s), st);
  std::string out;
  r.toUTF8String(out);
  return out;
}

TEST_CASE("fold table maps what NFKC keeps apart", "[normalize]") {
  struct Row {
    const char* name;
    std::string in;
    std::string out;
  };
  const Row rows[] = {
      {"U+2019 apostrophe", "Baidu\xE2\x80\x99s", "baidu's"},
      {"U+2018 quote", "\xE2\x80\x98x", "'x"},
      {"U+201C/U+201D quotes", "\xE2\x80\x9CPingtouge\xE2\x80\x9D", "\"pingtouge\""},
      {"U+2010 hyphen", "a\xE2\x80\x90" "b", "a-b"},
      {"U+2011 non-breaking hyphen", "self\xE2\x80\x91" "designed", "self-designed"},
      {"U+2012 figure dash", "1\xE2\x80\x92" "2", "1-2"},
      {"U+2013 en dash", "10\xE2\x80\x93" "15", "10-15"},
      {"U+2014 em dash", "a\xE2\x80\x94" "b", "a-b"},
      {"U+2212 minus", "\xE2\x88\x92" "5", "-5"},
      {"NBSP", "15\xC2\xA0%", "15 %"},
      {"thin space U+2009", "15\xE2\x80\x89%", "15 %"},
      {"narrow NBSP U+202F", "a\xE2\x80\xAF" "b", "a b"},
      {"full-width digits", "\xEF\xBC\x91\xEF\xBC\x92", "12"},
      {"full-width letters", "\xEF\xBC\xA1\xEF\xBC\xA9", "ai"},
      {"ligature fi", "\xEF\xAC\x81ne", "fine"},
      {"circled one", "\xE2\x91\xA0", "1"},
      {"sharp s folds to ss", "Stra\xC3\x9F" "e", "strasse"},
      {"composed e acute", "e\xCC\x81", "\xC3\xA9"},
      {"soft hyphen removed", "infor\xC2\xAD" "mation", "information"},
      {"ASCII fast path", "NVIDIA H20", "nvidia h20"},
      {"Greek final sigma folds", "\xCE\xA3", "\xCF\x83"},
  };
  TokenNormalizer n;
  for (const Row& r : rows) {
    INFO(r.name);
    std::string out;
    n.Normalize(r.in, &out);
    CHECK(out == r.out);
  }
}

TEST_CASE("FoldCodePoint leaves ordinary code points alone", "[normalize]") {
  CHECK(FoldCodePoint('a') == 'a');
  CHECK(FoldCodePoint(0xE9) == 0xE9);
  CHECK(FoldCodePoint(0x2019) == '\'');
  CHECK(FoldCodePoint(0x2011) == '-');
  CHECK(FoldCodePoint(0x00A0) == ' ');
}

TEST_CASE("normalization equals ICU nfkc_cf on every code point the fold table keeps",
          "[normalize][conformance]") {
  TokenNormalizer n;
  size_t checked = 0, differ = 0;
  std::string first;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (FoldCodePoint(c) != c) continue;
    std::string s;
    AppendUtf8(c, &s);
    std::string mine;
    n.Normalize(s, &mine);
    ++checked;
    if (mine != Icu(s)) {
      if (differ++ == 0) first = std::to_string(static_cast<uint32_t>(c));
    }
  }
  INFO("first differing code point: " << first);
  CHECK(differ == 0);
  CHECK(checked > 1000000);
}

TEST_CASE("normalization equals ICU nfkc_cf on sequences", "[normalize][conformance]") {
  const std::string samples[] = {
      "A\xCC\x8A",                           // A + ring above -> å
      "\xE1\x84\x80\xE1\x85\xA1",            // Hangul jamo -> syllable
      "\xEF\xBD\xB6\xEF\xBE\x9E",            // half-width katakana + voiced mark
      "\xC7\x85",                            // Dž titlecase digraph
      "\xE2\x84\xAB",                        // Angstrom sign
      "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB",  // woman + ZWJ + laptop
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D",    // Hebrew
      "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7",  // Arabic
      "\xE1\xBE\x88",                        // Greek with prosgegrammeni
  };
  TokenNormalizer n;
  for (const std::string& s : samples) {
    std::string mine;
    n.Normalize(s, &mine);
    CHECK(mine == Icu(s));
  }
}

TEST_CASE("Analyzer::Normalize applies the same fold", "[normalize]") {
  auto a = Analyzer::Create("en");
  REQUIRE(a.ok());
  CHECK((*a)->Normalize("Baidu\xE2\x80\x99s") == "baidu's");
  CHECK((*a)->Normalize("Wenxin") == "wenxin");
  CHECK((*a)->Normalize("top\xE2\x80\x91of\xE2\x80\x91the\xE2\x80\x91line") ==
        "top-of-the-line");
}

TEST_CASE("IsAscii", "[normalize]") {
  CHECK(IsAscii(""));
  CHECK(IsAscii("0123456789abcdefghij"));
  CHECK_FALSE(IsAscii("0123456789abcdef\xC3\xA9"));
  CHECK_FALSE(IsAscii("\xC3\xA9"));
}

}  // namespace
}  // namespace claimcheck::internal
