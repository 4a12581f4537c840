// A lower-cased summary ("a robbery at a bank in edinburgh") no longer marks its names by
// their capitals; a word WordNet writes only capitalized still weighs as a name does.
#include <catch2/catch.hpp>

#include "align/lexicon.h"
#include "claimcheck/claimcheck.h"
#include "../default_checker.h"

namespace claimcheck {
namespace {

TEST_CASE("words WordNet writes only capitalized are names; everyday homographs are not") {
  using internal::IsProperName;
  CHECK(IsProperName("edinburgh"));
  CHECK(IsProperName("hungarian"));
  CHECK(IsProperName("olympics"));
  // Written in lower case in some synset: porcelain, a bath, a turkey.
  CHECK_FALSE(IsProperName("china"));
  CHECK_FALSE(IsProperName("bath"));
  CHECK_FALSE(IsProperName("turkey"));
  CHECK_FALSE(IsProperName("robbery"));
  CHECK_FALSE(IsProperName("qwertyville"));  // no word at all
}

TEST_CASE("a novel place named in lower case costs a lower-cased claim as a name does") {
  const char source[] =
      "a security van has been robbed outside a branch of a bank in glasgow city centre. "
      "two security guards were threatened by three armed men.";
  // The same claim with a name WordNet knows and with a word it has never seen: both are
  // novel, both in lower case; only the known name weighs as a name.
  const Unit place = testing::SoleUnit(source, "two security guards were threatened during a "
                                               "robbery at a bank in edinburgh.");
  const Unit other = testing::SoleUnit(source, "two security guards were threatened during a "
                                               "robbery at a bank in qwertyville.");
  INFO(place.score << " " << other.score);
  CHECK(place.score < other.score);
}

}  // namespace
}  // namespace claimcheck
