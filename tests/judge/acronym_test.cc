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
  // At the very end of the summary, with a stop word that gives a letter ("and") and one
  // that does not ("the").
  const char space[] = "The National Aeronautics and Space Administration of the US launched it.";
  CHECK_FALSE(Unsupported(
      testing::SoleUnit(space, "It was launched by the National Aeronautics and Space "
                               "Administration (NASA)"),
      "NASA"));
  const char trade[] = "The Department of the Treasury raised tariffs on Chinese chips.";
  CHECK_FALSE(Unsupported(
      testing::SoleUnit(trade, "Tariffs were raised by the Department of the Treasury (DOT)"),
      "DOT"));
  // Initials that do not spell the word in parentheses define nothing.
  const Unit other = testing::SoleUnit(
      source, "The International Monetary Fund (IBM) said Greece will make the payment.");
  CHECK(Unsupported(other, "IBM"));
}

TEST_CASE("a run of stop words before a parenthesis is searched within a few words") {
  // Every "the" could give a "t" or be passed over: the search looks only three words per
  // letter back, so this is quick rather than exponential.
  std::string claim;
  for (int i = 0; i < 2000; ++i) claim += "the ";
  claim += "(TTTTTT) chips.";
  const Unit u = testing::SoleUnit("Alibaba makes chips.", claim);
  CHECK(u.verdict != Verdict::kSkipped);
}

}  // namespace
}  // namespace claimcheck
