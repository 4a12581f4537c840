// SkipWordBytes against a byte-at-a-time scan: every byte value at every position of a
// run of word bytes, with every end, so both the sixteen-byte steps and the tail are hit.
#include <catch2/catch.hpp>

#include <string>

#include "text/byte_scan.h"

namespace claimcheck::internal {
namespace {

size_t SkipOneByOne(const unsigned char* s, size_t i, size_t end) {
  while (i < end && IsWordOrSpaceByte(s[i])) ++i;
  return i;
}

TEST_CASE("IsWordOrSpaceByte holds for ASCII letters, digits and the space only", "[text]") {
  for (int c = 0; c < 256; ++c) {
    const bool want = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == ' ';
    INFO(c);
    CHECK(IsWordOrSpaceByte(static_cast<unsigned char>(c)) == want);
  }
}

TEST_CASE("SkipWordBytes stops where a byte-at-a-time scan stops", "[text]") {
  const std::string words = "The Quick brown fox 42 jumps OVER the lazy dog 7 times ";
  for (int c = 0; c < 256; ++c) {
    for (size_t at = 0; at < words.size(); ++at) {
      std::string text = words;
      text[at] = static_cast<char>(c);
      const auto* s = reinterpret_cast<const unsigned char*>(text.data());
      for (size_t begin : {size_t{0}, size_t{1}, size_t{5}}) {
        for (size_t end = begin; end <= text.size(); ++end) {
          if (SkipWordBytes(s, begin, end) != SkipOneByOne(s, begin, end)) {
            FAIL("byte " << c << " at " << at << ", scan [" << begin << ", " << end << ")");
          }
        }
      }
    }
  }
  SUCCEED();
}

}  // namespace
}  // namespace claimcheck::internal
