// Tokenizer rows: input -> tokens as "original/norm" (stem and flags checked apart).
// Inputs quoting the seeds use their exact bytes (U+2019 apostrophes, U+2011 hyphens).
#include "text/tokenizer.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "text/analyzer.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

std::string Render(std::string_view text, const AnalyzedText& a) {
  std::string s;
  for (uint32_t k = 0; k < a.tokens.size(); ++k) {
    const Token& t = a.tokens[k];
    if (!s.empty()) s += ' ';
    s += std::string(text.substr(t.begin, t.end - t.begin));
    s += '/';
    s += a.norm(k);
  }
  return s;
}

AnalyzedText Tok(std::string_view text) {
  Tokenizer t;
  AnalyzedText out;
  t.Tokenize(text, 0, text.size(), &out);
  return out;
}

TEST_CASE("tokens and norms", "[tokenizer]") {
  struct Row {
    const char* input;
    const char* expect;
  };
  const Row rows[] = {
      {"Alibaba and Baidu", "Alibaba/alibaba and/and Baidu/baidu"},
      {"Baidu\xE2\x80\x99s chip", "Baidu\xE2\x80\x99s/baidu's chip/chip"},
      {"don't", "don't/don't"},
      {"'Blackwell-based'", "Blackwell/blackwell based/based"},
      {"1,000 chips", "1,000/1000 chips/chips"},
      {"1,000,000", "1,000,000/1000000"},
      {"1,00", "1/1 00/00"},
      {"1.5 trillion", "1.5/1.5 trillion/trillion"},
      {"(9988.HK)", "9988.HK/9988.hk"},
      {"(NVDA.O), opens", "NVDA.O/nvda.o opens/opens"},
      {"U.S. export", "U.S./us export/export"},
      {"e.g. chips", "e.g./eg chips/chips"},
      {"A. Smith", "A/a Smith/smith"},
      {"U.S.-China", "U.S./us China/china"},
      {"self\xE2\x80\x91" "designed", "self/self designed/designed"},
      {"top\xE2\x80\x91of\xE2\x80\x91the\xE2\x80\x91line H20",
       "top/top of/of the/the line/line H20/h20"},
      {"chips\xE2\x80\x94" "Alibaba", "chips/chips Alibaba/alibaba"},
      {"15%", "15/15 %/%"},
      {"15 %", "15/15 %/%"},
      {"15\xC2\xA0%", "15/15 %/%"},
      {"$53 billion", "$/$ 53/53 billion/billion"},
      {"\xE2\x82\xAC" "2bn", "\xE2\x82\xAC/\xE2\x82\xAC 2/2 bn/bn"},
      {"$1.5tn", "$/$ 1.5/1.5 tn/tn"},
      {"10x", "10/10 x/x"},
      {"H20 P800 A100", "H20/h20 P800/p800 A100/a100"},
      {"3rd 2025", "3rd/3rd 2025/2025"},
      {"report [1]. This", "report/report This/this"},
      {"solutions [2, 5]", "solutions/solutions"},
      {"\xEF\xAC\x81ne", "\xEF\xAC\x81ne/fine"},
      {"\xEF\xBC\x91\xEF\xBC\x92", "\xEF\xBC\x91\xEF\xBC\x92/12"},
      {"\xEF\xBC\x85", "\xEF\xBC\x85/%"},
      {"caf\xC3\xA9", "caf\xC3\xA9/caf\xC3\xA9"},
      {"Cafe\xCC\x81", "Cafe\xCC\x81/caf\xC3\xA9"},
      {"R&D team", "R/r D/d team/team"},
      {"Tom & Jerry", "Tom/tom Jerry/jerry"},
      {"end.", "end/end"},
      {"\xE2\x80\x9C" "downgraded\xE2\x80\x9D", "downgraded/downgraded"},
      {"infor\xC2\xAD" "mation", "infor\xC2\xAD" "mation/information"},
      {"\xE7\x99\xBE\xE5\xBA\xA6 Baidu", "\xE7\x99\xBE/\xE7\x99\xBE \xE5\xBA\xA6/\xE5\xBA\xA6 Baidu/baidu"},
      // Penn Treebank clitics one space after their word join it.
      {"has n't been", "has n't/hasn't been/been"},
      {"ca n't", "ca n't/can't"},
      {"Kilmarnock 's manager", "Kilmarnock 's/kilmarnock's manager/manager"},
      {"we 're no heroes", "we 're/we're no/no heroes/heroes"},
      {"they 'll go", "they 'll/they'll go/go"},
      {"Baidu \xE2\x80\x99s chip", "Baidu \xE2\x80\x99s/baidu's chip/chip"},
      // Not clitics: a quote opening a word, a clitic-like word, two spaces, a number.
      {"the 'secret' plan", "the/the secret/secret plan/plan"},
      {"the 'sake", "the/the sake/sake"},
      {"rock n roll", "rock/rock n/n roll/roll"},
      {"has  n't", "has/has n't/n't"},
      {"1990 's", "1990/1990 s/s"},
      // Figures a tokenized corpus split after their separators are one token.
      {"$ 53, 193, 914 won", "$/$ 53, 193, 914/53193914 won/won"},
      {"about 2. 4 miles", "about/about 2. 4/2.4 miles/miles"},
      {"98. 75 per cent", "98. 75/98.75 per/per cent/cent"},
      // Not split figures: a date's day, a year, more digits, two spaces.
      {"May 5, 300 people", "May/may 5/5 300/300 people/people"},
      {"in 2014. 4 people", "in/in 2014/2014 4/4 people/people"},
      {"on 11. 300 more", "on/on 11/11 300/300 more/more"},
      {"1,  000", "1/1 000/000"},
      {"13, 0000", "13/13 0000/0000"},
      // Abbreviations split after their dots are one token too; initials before a name
      // are not.
      {"U. S. District court", "U. S./us District/district court/court"},
      {"the U. K.", "the/the U. K./uk"},
      {"A. Smith", "A/a Smith/smith"},
      {"", ""},
      {" \t ", ""},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    CHECK(Render(r.input, Tok(r.input)) == r.expect);
  }
}

TEST_CASE("15% and 15 % give the same token stream", "[tokenizer]") {
  auto a = Tok("15%");
  auto b = Tok("15 %");
  REQUIRE(a.tokens.size() == b.tokens.size());
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    CHECK(a.norm(i) == b.norm(i));
    CHECK(a.tokens[i].flags == b.tokens[i].flags);
  }
}

TEST_CASE("token flags", "[tokenizer]") {
  struct Row {
    const char* input;
    uint16_t has;
    uint16_t lacks;
  };
  const Row rows[] = {
      {"Nvidia", kTokAlpha | kTokCapitalized, kTokAllCaps | kTokDigit | kTokNumber},
      {"NVIDIA", kTokAlpha | kTokCapitalized | kTokAllCaps, kTokNumber},
      {"AI", kTokAllCaps, 0},
      {"A", kTokCapitalized, kTokAllCaps},
      {"15", kTokDigit | kTokNumber, kTokAlpha},
      {"1,000", kTokNumber, kTokAlpha},
      {"1.5", kTokNumber, 0},
      {"H20", kTokAlpha | kTokDigit | kTokCapitalized, kTokNumber},
      {"9988.HK", kTokAlpha | kTokDigit, kTokNumber},
      {"%", kTokSymbol, kTokAlpha | kTokNumber},
      {"$", kTokSymbol, 0},
      {"the", kTokStopword, kTokCapitalized},
      {"The", kTokStopword | kTokCapitalized, 0},
      {"not", 0, kTokStopword},
      {"no", 0, kTokStopword},
      {"never", 0, kTokStopword},
      {"nor", 0, kTokStopword},
      {"without", 0, kTokStopword},
      {"more", 0, kTokStopword},
      {"U.S.", kTokAllCaps, kTokStopword},
      {"iPhone", kTokAsciiUpper, kTokCapitalized},
      {"nvidia", kTokAlpha, kTokAsciiUpper},
      {"\xC3\x89" "clair", kTokCapitalized, kTokAsciiUpper},  // a capital, not an ASCII one
      {"caf\xC3\xA9" "Bar", kTokAsciiUpper, kTokCapitalized},
  };
  for (const Row& r : rows) {
    INFO(r.input);
    auto t = Tok(r.input).tokens;
    REQUIRE(t.size() == 1);
    CHECK((t[0].flags & r.has) == r.has);
    CHECK((t[0].flags & r.lacks) == 0);
  }
}

TEST_CASE("hyphen parts are flagged, em dashes are not", "[tokenizer]") {
  auto t = Tok("long\xE2\x80\x91term chips\xE2\x80\x94" "Alibaba 10-15 alone").tokens;
  REQUIRE(t.size() == 7);
  CHECK((t[0].flags & kTokHyphenPart));
  CHECK((t[1].flags & kTokHyphenPart));
  CHECK_FALSE((t[2].flags & kTokHyphenPart));
  CHECK_FALSE((t[3].flags & kTokHyphenPart));
  CHECK((t[4].flags & kTokHyphenPart));
  CHECK((t[5].flags & kTokHyphenPart));
  CHECK_FALSE((t[6].flags & kTokHyphenPart));
}

TEST_CASE("stems are Snowball English; numbers and symbols keep their norm", "[tokenizer]") {
  auto t = Tok("Baidu\xE2\x80\x99s chips training accelerating 1,000 % H20");
  REQUIRE(t.tokens.size() == 7);
  CHECK(t.stem(0) == "baidu");
  CHECK(t.stem(1) == "chip");
  CHECK(t.stem(2) == "train");
  CHECK(t.stem(3) == "acceler");
  CHECK(t.stem(4) == "1000");
  CHECK(t.stem(5) == "%");
  CHECK(t.stem(6) == "h20");
}

TEST_CASE("token spans are the original bytes on code-point boundaries", "[tokenizer]") {
  const std::string text =
      "China\xE2\x80\x99s $2.7\xC2\xA0" "billion \xE2\x80\x9C" "critical point\xE2\x80\x9D "
      "\xF0\x9F\x9A\x80 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D caf\xC3\xA9";
  Tokenizer tz;
  AnalyzedText a;
  tz.Tokenize(text, 0, text.size(), &a);
  REQUIRE_FALSE(a.tokens.empty());
  for (uint32_t i = 0; i < a.tokens.size(); ++i) {
    const Token& k = a.tokens[i];
    REQUIRE(k.begin < k.end);
    REQUIRE(k.end <= text.size());
    CHECK(ValidateUtf8(std::string_view(text).substr(k.begin, k.end - k.begin), nullptr));
    CHECK(!a.norm(i).empty());
  }
}

TEST_CASE("Tokenize works on a sub-range with offsets relative to the text", "[tokenizer]") {
  const std::string text = "skip this: Alibaba rose";
  Tokenizer tz;
  AnalyzedText a;
  tz.Tokenize(text, 11, text.size(), &a);
  const std::vector<Token>& t = a.tokens;
  REQUIRE(t.size() == 2);
  CHECK(t[0].begin == 11);
  CHECK(text.substr(t[1].begin, t[1].end - t[1].begin) == "rose");
}

}  // namespace
}  // namespace claimcheck::internal
