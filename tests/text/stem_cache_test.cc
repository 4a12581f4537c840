// StemCache: what a hit returns is what the miss that recorded the word returned, across
// the memo's growth.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/stem_cache.h"

namespace claimcheck::internal {
namespace {

struct Copy {
  std::string stem;
  uint64_t stem_hash;
  bool stem_is_norm;
  bool stopword;
};

Copy CopyOf(const StemCache::Entry& e) {
  return {std::string(e.stem), e.stem_hash, e.stem_is_norm, e.stopword};
}

TEST_CASE("StemCache hits give what the miss gave, stem hash and flags included", "[text]") {
  StemCache memo;
  REQUIRE(memo.ok());
  std::vector<std::string> words = {"the", "running", "news", "cats", "was", "happily", "a"};
  // Enough others that the memo rehashes between a word's miss and its hits.
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i) + "ing");
  std::vector<Copy> first;
  for (const std::string& w : words) first.push_back(CopyOf(memo.Lookup(w)));
  for (size_t k = 0; k < words.size(); ++k) {
    const Copy again = CopyOf(memo.Lookup(words[k]));
    REQUIRE(again.stem == first[k].stem);
    REQUIRE(again.stem_hash == HashBytes(again.stem));
    REQUIRE(again.stem_hash == first[k].stem_hash);
    REQUIRE(again.stem_is_norm == (again.stem == words[k]));
    REQUIRE(again.stem_is_norm == first[k].stem_is_norm);
    REQUIRE(again.stopword == first[k].stopword);
  }
  CHECK(first[0].stopword);
  CHECK(first[0].stem_is_norm);
  CHECK(first[1].stem == "run");
  CHECK(!first[1].stem_is_norm);
  CHECK(first[2].stem == "news");
}

}  // namespace
}  // namespace claimcheck::internal
