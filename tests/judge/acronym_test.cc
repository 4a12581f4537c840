// A definition in a claim, "artificial intelligence (AI)", says one thing twice: only the
// form the sources have counts as content, and the other is no unsupported word.
#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claimcheck.h"
#include "../default_checker.h"

namespace claimcheck {
namespace {

bool Unsupported(const Unit& u, const std::string& text) {
  for (const Finding& f : u.findings) {
    if (f.kind == FindingKind::kUnsupportedContent && f.text == text) return true;
  }
  return false;
}

TEST_CASE("a long form defined by an acronym the sources use is no new word") {
  const char source[] = "SwiftHealthcare is offering clinics its new EHR platform this week.";
  const Unit u = testing::SoleUnit(
      source, "SwiftHealthcare is offering clinics its new electronic health record (EHR) "
              "platform.");
  INFO(u.score);
  CHECK_FALSE(Unsupported(u, "electronic health record"));
  CHECK(u.verdict == Verdict::kSupported);
  // Without the definition the long form is words the source does not have.
  const Unit plain = testing::SoleUnit(
      source, "SwiftHealthcare is offering clinics its new electronic health record platform.");
  CHECK(Unsupported(plain, "electronic health record"));
}

TEST_CASE("an acronym defined by a long form the sources use is no new word") {
  const char source[] =
      "The International Monetary Fund said Greece will make the payment on time.";
  const Unit u = testing::SoleUnit(
      source, "The International Monetary Fund (IMF) said Greece will make the payment.");
  CHECK_FALSE(Unsupported(u, "IMF"));
  // Initials that do not spell the word in parentheses define nothing.
  const Unit other = testing::SoleUnit(
      source, "The International Monetary Fund (IBM) said Greece will make the payment.");
  CHECK(Unsupported(other, "IBM"));
}

}  // namespace
}  // namespace claimcheck
