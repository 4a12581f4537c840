// One checker with the default options, built once, for the tests that only need that.
#ifndef CLAIMCHECK_TESTS_DEFAULT_CHECKER_H_
#define CLAIMCHECK_TESTS_DEFAULT_CHECKER_H_

#include <catch2/catch.hpp>
#include <string>

#include "claimcheck/claimcheck.h"

namespace claimcheck::testing {

inline const Checker& DefaultChecker() {
  static const Checker* const checker = [] {
    auto created = Checker::Create();
    if (!created.ok()) FAIL("Checker::Create: " << created.status().ToString());
    return new Checker(std::move(created.value()));
  }();
  return *checker;
}

// The one unit of a one-sentence claim checked against `source` with the default options.
inline Unit SoleUnit(const char* source, const std::string& claim) {
  auto r = DefaultChecker().Check(source, claim);
  REQUIRE(r.ok());
  REQUIRE(r->sentences.size() == 1);
  return r->sentences[0];
}

// The unit's first finding of `kind`, or null.
inline const Finding* FindingOf(const Unit& u, FindingKind kind) {
  for (const Finding& f : u.findings) {
    if (f.kind == kind) return &f;
  }
  return nullptr;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_DEFAULT_CHECKER_H_
