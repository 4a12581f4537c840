// Helpers for the reliability tests: a shared Checker, the report invariants DESIGN.md
// promises (checked with Catch so a failure says which) and fixture cases as inputs. The
// CLI is run through ../cli/cli_runner.h.
#ifndef CLAIMCHECK_TESTS_RELIABILITY_RELIABILITY_UTIL_H_
#define CLAIMCHECK_TESTS_RELIABILITY_RELIABILITY_UTIL_H_

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "../cli/cli_runner.h"
#include "../default_checker.h"
#include "claimcheck/claimcheck.h"

namespace claimcheck::testing {

inline bool OnBoundary(std::string_view text, size_t pos) {
  return pos == text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

inline void RequireSpan(std::string_view text, size_t begin, size_t end,
                        const std::string& span_text) {
  REQUIRE(begin <= end);
  REQUIRE(end <= text.size());
  REQUIRE(OnBoundary(text, begin));
  REQUIRE(OnBoundary(text, end));
  REQUIRE(text.substr(begin, end - begin) == span_text);
}

// Spans in bounds, on code-point boundaries, equal to their bytes; units in order and
// disjoint; scores in [0,1]; counts, consistency and the document score agree with the
// units.
inline void RequireValidReport(const Report& report, const std::vector<std::string_view>& sources,
                               std::string_view summary) {
  Counts counts;
  size_t prev_end = 0;
  double min_score = 1;
  for (size_t i = 0; i < report.sentences.size(); ++i) {
    const Unit& u = report.sentences[i];
    INFO("unit " << i << " [" << u.begin << ", " << u.end << ")");
    REQUIRE(u.index == i);
    RequireSpan(summary, u.begin, u.end, u.text);
    REQUIRE(u.begin < u.end);
    REQUIRE(u.begin >= prev_end);
    prev_end = u.end;
    REQUIRE(std::isfinite(u.score));
    REQUIRE(u.score >= 0);
    REQUIRE(u.score <= 1);
    REQUIRE((u.kind == UnitKind::kBoilerplate) == (u.verdict == Verdict::kSkipped));
    switch (u.verdict) {
      case Verdict::kSupported: ++counts.supported; break;
      case Verdict::kUnsupported: ++counts.unsupported; break;
      case Verdict::kContradicted: ++counts.contradicted; break;
      case Verdict::kSkipped: ++counts.skipped; break;
    }
    if (u.verdict != Verdict::kSkipped) min_score = std::min(min_score, u.score);
    for (const Evidence& e : u.evidence) {
      REQUIRE(e.source < sources.size());
      RequireSpan(sources[e.source], e.begin, e.end, e.text);
      REQUIRE(e.score >= 0);
      REQUIRE(e.score <= 1);
    }
    for (const Finding& f : u.findings) {
      RequireSpan(summary, f.begin, f.end, f.text);
      REQUIRE(f.begin >= u.begin);
      REQUIRE(f.end <= u.end);
      if (f.has_source) {
        REQUIRE(f.source < sources.size());
        RequireSpan(sources[f.source], f.source_begin, f.source_end, f.source_text);
      }
    }
  }
  REQUIRE(counts.supported == report.counts.supported);
  REQUIRE(counts.unsupported == report.counts.unsupported);
  REQUIRE(counts.contradicted == report.counts.contradicted);
  REQUIRE(counts.skipped == report.counts.skipped);
  REQUIRE(report.consistent == (counts.unsupported == 0 && counts.contradicted == 0));
  REQUIRE(report.score == min_score);
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
