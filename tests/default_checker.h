// One checker with the default options, built once, for the tests that only need that.
#ifndef CLAIMCHECK_TESTS_DEFAULT_CHECKER_H_
#define CLAIMCHECK_TESTS_DEFAULT_CHECKER_H_

#include <catch2/catch.hpp>

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

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_DEFAULT_CHECKER_H_
