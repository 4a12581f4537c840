// Invariant checks shared by the fuzz targets: spans in bounds and on code-point
// boundaries, texts equal to the bytes they claim, units in order, reports whose counts
// add up (the rules themselves are in report_invariants.h). A broken invariant prints
// what broke and aborts, which libFuzzer and the replay main both report as a failure.
#ifndef CLAIMCHECK_FUZZ_FUZZ_UTIL_H_
#define CLAIMCHECK_FUZZ_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "report_invariants.h"
#include "text/analyzer.h"
#include "text/utf8.h"

#define FUZZ_CHECK(cond, ...)                                                    \
  do {                                                                           \
    if (!(cond)) {                                                               \
      std::fprintf(stderr, "%s:%d: invariant failed: %s: ", __FILE__, __LINE__, \
                   #cond);                                                       \
      std::fprintf(stderr, __VA_ARGS__);                                         \
      std::fprintf(stderr, "\n");                                                \
      std::abort();                                                              \
    }                                                                            \
  } while (0)

namespace claimcheck::fuzz {

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return size == 0 ? std::string_view() : std::string_view(reinterpret_cast<const char*>(data), size);
}

// `text` with every byte that starts an invalid UTF-8 sequence replaced by '?', so that a
// mutated input still reaches the stages that require valid text.
inline std::string RepairUtf8(std::string_view text) {
  std::string out(text);
  size_t from = 0;
  internal::Utf8Error bad;
  while (from < out.size() &&
         !internal::ValidateUtf8(std::string_view(out).substr(from), &bad)) {
    out[from + bad.offset] = '?';
    from += bad.offset + 1;
  }
  return out;
}

// Aborts on what report_invariants.h finds wrong with a span, a score or a report.
inline void CheckSpan(std::string_view text, size_t begin, size_t end, const char* what) {
  const std::string violation = SpanViolation(text, begin, end, what);
  FUZZ_CHECK(violation.empty(), "%s", violation.c_str());
}

inline void CheckScore(double score, const char* what) {
  const std::string violation = ScoreViolation(score, what);
  FUZZ_CHECK(violation.empty(), "%s", violation.c_str());
}

// The whole report; with the checker's support threshold, also that verdicts follow it
// (Options::support_threshold).
inline void CheckReport(const Report& report, const std::vector<std::string_view>& sources,
                        std::string_view summary, double threshold = -1) {
  const std::string violation = ReportViolation(report, sources, summary, threshold);
  FUZZ_CHECK(violation.empty(), "%s", violation.c_str());
}

// An error status names its problem; a bad byte offset points into the offending input.
inline void CheckError(const Status& status) {
  FUZZ_CHECK(!status.ok(), "an error result with an ok status");
  FUZZ_CHECK(!status.message().empty(), "error without a message");
  FUZZ_CHECK(status.code() != StatusCode::kInternal, "internal error: %s",
             status.message().c_str());
  if (status.code() == StatusCode::kInvalidUtf8) {
    FUZZ_CHECK(status.offset() != Status::npos, "invalid UTF-8 without an offset: %s",
               status.message().c_str());
  }
}

// One English analyzer for the whole fuzzing process.
inline const internal::Analyzer& SharedAnalyzer() {
  static const internal::Analyzer* const analyzer = [] {
    auto created = internal::Analyzer::Create("en");
    FUZZ_CHECK(created.ok(), "Analyzer::Create: %s", created.status().message().c_str());
    return created.value().release();
  }();
  return *analyzer;
}

}  // namespace claimcheck::fuzz

#endif  // CLAIMCHECK_FUZZ_FUZZ_UTIL_H_
