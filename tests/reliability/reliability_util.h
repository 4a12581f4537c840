// Helpers for the reliability tests: a shared Checker, the report invariants DESIGN.md
// promises (checked with Catch so a failure says which) and fixture cases as inputs. The
// CLI is run through ../cli/cli_runner.h.
#ifndef CLAIMCHECK_TESTS_RELIABILITY_RELIABILITY_UTIL_H_
#define CLAIMCHECK_TESTS_RELIABILITY_RELIABILITY_UTIL_H_

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "../../fuzz/report_invariants.h"
#include "../cli/cli_runner.h"
#include "../default_checker.h"
#include "claimcheck/claimcheck.h"

namespace claimcheck::testing {

// Fails with the first report invariant that `report` breaks (../../fuzz/report_invariants.h,
// the rules the fuzz targets check); a `threshold` >= 0 is the checker's support threshold.
inline void RequireValidReport(const Report& report, const std::vector<std::string_view>& sources,
                               std::string_view summary, double threshold = -1) {
  const std::string violation = fuzz::ReportViolation(report, sources, summary, threshold);
  INFO(violation);
  REQUIRE(violation.empty());
}

// One fixture case: fixtures/cases/<name>/sources/* in order and summary.txt.
struct Case {
  std::string name;
  std::vector<std::string> sources;
  std::string summary;
  std::vector<std::string_view> SourceViews() const {
    return std::vector<std::string_view>(sources.begin(), sources.end());
  }
};

inline std::vector<Case> FixtureCases() {
  namespace fs = std::filesystem;
  std::vector<Case> cases;
  const fs::path root = fs::path(CLAIMCHECK_SOURCE_DIR) / "fixtures" / "cases";
  std::vector<fs::path> dirs;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_directory()) dirs.push_back(entry.path());
  }
  std::sort(dirs.begin(), dirs.end());
  for (const fs::path& dir : dirs) {
    Case c;
    c.name = dir.filename().string();
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir / "sources")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) c.sources.push_back(ReadFileBytes(f.string()));
    c.summary = ReadFileBytes((dir / "summary.txt").string());
    cases.push_back(std::move(c));
  }
  return cases;
}

}  // namespace claimcheck::testing

#endif  // CLAIMCHECK_TESTS_RELIABILITY_RELIABILITY_UTIL_H_
