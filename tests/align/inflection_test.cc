// Regular inflections undone one way for every reader of them: the lexicon's lemmas
// (FindLemma), the degrees of adjectives (DegreeBase) and the antonyms' forms (through
// AreAntonyms).
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "align/lexicon.h"
#include "facts/antonyms.h"
#include "facts/lexicon.h"

namespace claimcheck::internal {
namespace {

std::vector<std::string> BasesOf(std::string_view norm, std::string_view suffix,
                                 size_t min_rest) {
  std::vector<std::string> bases;
  AnyRegularBase(norm, suffix, min_rest, [&](std::string_view b) {
    bases.emplace_back(b);
    return false;  // see them all
  });
  return bases;
}

TEST_CASE("the bases a regular inflection may stand for, in order", "[align][lexicon]") {
  CHECK(BasesOf("walked", "ed", 1) == std::vector<std::string>{"walk", "walke"});
  CHECK(BasesOf("stopped", "ed", 1) == std::vector<std::string>{"stopp", "stoppe", "stop"});
  CHECK(BasesOf("cities", "es", 1) == std::vector<std::string>{"citi", "citie", "city"});
  CHECK(BasesOf("happily", "ly", 1) == std::vector<std::string>{"happi", "happie", "happy"});
  // Not the suffix, or too little left: nothing.
  CHECK(BasesOf("walked", "ing", 1).empty());
  CHECK(BasesOf("bed", "ed", 2).empty());
  // The first base accepted ends the search.
  std::vector<std::string> tried;
  CHECK(AnyRegularBase("stopped", "ed", 1, [&](std::string_view b) {
    tried.emplace_back(b);
    return b == "stoppe";
  }));
  CHECK(tried == std::vector<std::string>{"stopp", "stoppe"});
}

std::string LemmaOf(std::string_view norm) {
  const LemmaCount* e = FindLemma(norm);
  return e == nullptr ? "" : e->lemma;
}

TEST_CASE("a word form's lemma through each regular inflection", "[align][lexicon]") {
  CHECK(LemmaOf("photographs") == "photograph");
  CHECK(LemmaOf("boxes") == "box");
  CHECK(LemmaOf("cities") == "city");
  CHECK(LemmaOf("arrived") == "arrive");
  CHECK(LemmaOf("stopped") == "stop");
  // A final "i" goes back to "y" before any suffix: a known word, not an unknown name.
  CHECK(LemmaOf("studied") == "study");
  CHECK(LemmaOf("healthily") == "healthy");
  CHECK(LemmaOf("twickenham").empty());
}

TEST_CASE("degrees and antonym forms read inflections the same way", "[align][lexicon]") {
  CHECK(DegreeBase("lower") == "low");
  CHECK(DegreeBase("larger") == "large");
  CHECK(DegreeBase("bigger") == "big");
  CHECK(DegreeBase("mightiest") == "mighty");
  // "decreased" is a form of "decrease", whose antonym is "increase".
  CHECK(AreAntonyms("decreased", "decreas", "increase", "increas"));
}

}  // namespace
}  // namespace claimcheck::internal
