// One English analyzer, built once, for the tests that call the text stage directly.
#ifndef CLAIMCHECK_TESTS_DEFAULT_ANALYZER_H_
#define CLAIMCHECK_TESTS_DEFAULT_ANALYZER_H_

#include <memory>

#include <catch2/catch.hpp>

#include "text/analyzer.h"

namespace claimcheck::testing {

inline const internal::Analyzer& DefaultAnalyzer() {
  static const std::unique_ptr<internal::Analyzer> analyzer = [] {
    auto created = internal::Analyzer::Create("en");
    if (!created.ok()) FAIL("Analyzer::Create: " << created.status().ToString());
    return std::move(created.value());
  }();
  return *analyzer;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_DEFAULT_ANALYZER_H_
