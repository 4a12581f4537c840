// Invariant checks shared by the fuzz targets: spans in bounds and on code-point
// boundaries, texts equal to the bytes they claim, units in order, reports whose counts
// add up. A broken invariant prints what broke and aborts, which libFuzzer and the
// replay main both report as a failure.
#ifndef CLAIMCHECK_FUZZ_FUZZ_UTIL_H_
#define CLAIMCHECK_FUZZ_FUZZ_UTIL_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"
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

inline bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// [begin, end) lies in `text`, is ordered, and both ends fall on code-point boundaries.
inline void CheckSpan(std::string_view text, size_t begin, size_t end, const char* what) {
  FUZZ_CHECK(begin <= end, "%s: begin %zu > end %zu", what, begin, end);
  FUZZ_CHECK(end <= text.size(), "%s: end %zu past the text (%zu bytes)", what, end,
             text.size());
  FUZZ_CHECK(begin == text.size() || !IsContinuation(text[begin]),
             "%s: begin %zu inside a code point", what, begin);
  FUZZ_CHECK(end == text.size() || !IsContinuation(text[end]),
             "%s: end %zu inside a code point", what, end);
}

inline void CheckSpanText(std::string_view text, size_t begin, size_t end,
                          const std::string& span_text, const char* what) {
  CheckSpan(text, begin, end, what);
  FUZZ_CHECK(text.substr(begin, end - begin) == span_text,
             "%s: text differs from the bytes [%zu, %zu)", what, begin, end);
}

inline void CheckScore(double score, const char* what) {
  FUZZ_CHECK(std::isfinite(score) && score >= 0 && score <= 1, "%s: score %g", what, score);
}

// Everything DESIGN.md promises about a report on these inputs; with the checker's
// support threshold, also that verdicts follow it (Options::support_threshold).
inline void CheckReport(const Report& report, const std::vector<std::string_view>& sources,
                        std::string_view summary, double threshold = -1) {
  Counts counts;
  size_t prev_end = 0;
  double min_score = 1;
  for (size_t i = 0; i < report.sentences.size(); ++i) {
    const Unit& u = report.sentences[i];
    FUZZ_CHECK(u.index == i, "unit %zu has index %zu", i, u.index);
    CheckSpanText(summary, u.begin, u.end, u.text, "unit");
    FUZZ_CHECK(u.begin < u.end, "unit %zu is empty", i);
    FUZZ_CHECK(u.begin >= prev_end, "unit %zu [%zu,%zu) overlaps or precedes the one before",
               i, u.begin, u.end);
    prev_end = u.end;
    CheckScore(u.score, "unit");
    FUZZ_CHECK((u.kind == UnitKind::kBoilerplate) == (u.verdict == Verdict::kSkipped),
               "unit %zu: kind %s with verdict %s", i, ToString(u.kind), ToString(u.verdict));
    switch (u.verdict) {
      case Verdict::kSupported: ++counts.supported; break;
      case Verdict::kUnsupported: ++counts.unsupported; break;
      case Verdict::kContradicted: ++counts.contradicted; break;
      case Verdict::kSkipped: ++counts.skipped; break;
    }
    if (u.verdict != Verdict::kSkipped) min_score = std::min(min_score, u.score);
    if (threshold >= 0 && u.verdict == Verdict::kSupported) {
      FUZZ_CHECK(u.score >= threshold, "unit %zu supported with score %g < %g", i, u.score,
                 threshold);
    }
    if (threshold >= 0 && u.verdict == Verdict::kUnsupported) {
      FUZZ_CHECK(u.score < threshold, "unit %zu unsupported with score %g >= %g", i, u.score,
                 threshold);
    }
    FUZZ_CHECK(u.verdict != Verdict::kContradicted || !u.findings.empty(),
               "unit %zu contradicted without a finding", i);
    for (const Evidence& e : u.evidence) {
      FUZZ_CHECK(e.source < sources.size(), "evidence names source %zu of %zu", e.source,
                 sources.size());
      CheckSpanText(sources[e.source], e.begin, e.end, e.text, "evidence");
      CheckScore(e.score, "evidence");
    }
    for (const Finding& f : u.findings) {
      CheckSpanText(summary, f.begin, f.end, f.text, "finding");
      FUZZ_CHECK(f.begin >= u.begin && f.end <= u.end,
                 "finding [%zu,%zu) outside its unit [%zu,%zu)", f.begin, f.end, u.begin, u.end);
      FUZZ_CHECK(!f.detail.empty(), "finding without detail");
      if (f.has_source) {
        FUZZ_CHECK(f.source < sources.size(), "finding names source %zu of %zu", f.source,
                   sources.size());
        CheckSpanText(sources[f.source], f.source_begin, f.source_end, f.source_text,
                      "finding source");
      }
    }
  }
  FUZZ_CHECK(counts.supported == report.counts.supported &&
                 counts.unsupported == report.counts.unsupported &&
                 counts.contradicted == report.counts.contradicted &&
                 counts.skipped == report.counts.skipped,
             "counts do not add up");
  FUZZ_CHECK(report.consistent == (counts.unsupported == 0 && counts.contradicted == 0),
             "consistent flag disagrees with the counts");
  CheckScore(report.score, "report");
  FUZZ_CHECK(report.score == min_score, "report score %g is not the lowest unit score %g",
             report.score, min_score);
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
