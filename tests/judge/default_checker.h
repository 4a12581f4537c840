// One checker with the default options, built once, for the judge's tests.
#ifndef CLAIMCHECK_TESTS_JUDGE_DEFAULT_CHECKER_H_
#define CLAIMCHECK_TESTS_JUDGE_DEFAULT_CHECKER_H_

#include <catch2/catch.hpp>

#include "claimcheck/claimcheck.h"

namespace claimcheck {

inline const Checker& DefaultChecker() {
  static const Checker checker = [] {
    auto c = Checker::Create();
    REQUIRE(c.ok());
    return std::move(c).value();
  }();
  return checker;
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_JUDGE_DEFAULT_CHECKER_H_
