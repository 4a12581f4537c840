// What DESIGN.md promises of every Report, as one rule set that names the first broken
// promise: the fuzz targets abort with it (fuzz_util.h), the reliability tests fail a
// Catch check with it (tests/reliability/reliability_util.h). No Catch, no abort here.
#ifndef CLAIMCHECK_FUZZ_REPORT_INVARIANTS_H_
#define CLAIMCHECK_FUZZ_REPORT_INVARIANTS_H_

#include <algorithm>
#include <cmath>
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"

namespace claimcheck::fuzz {

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
inline std::string Printf(const char* format, ...) {
  char buf[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buf, sizeof buf, format, args);
  va_end(args);
  return buf;
}

inline bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Each *Violation function returns what is wrong, or an empty string when nothing is.

// [begin, end) lies in `text`, is ordered, and both ends fall on code-point boundaries.
[[nodiscard]] inline std::string SpanViolation(std::string_view text, size_t begin, size_t end,
                                               const char* what) {
  if (begin > end) return Printf("%s: begin %zu > end %zu", what, begin, end);
  if (end > text.size()) {
    return Printf("%s: end %zu past the text (%zu bytes)", what, end, text.size());
  }
  if (begin != text.size() && IsContinuation(text[begin])) {
    return Printf("%s: begin %zu inside a code point", what, begin);
  }
  if (end != text.size() && IsContinuation(text[end])) {
    return Printf("%s: end %zu inside a code point", what, end);
  }
  return {};
}

// As SpanViolation, and `span_text` is exactly the bytes [begin, end) of `text`.
[[nodiscard]] inline std::string SpanTextViolation(std::string_view text, size_t begin,
                                                   size_t end, const std::string& span_text,
                                                   const char* what) {
  std::string violation = SpanViolation(text, begin, end, what);
  if (violation.empty() && text.substr(begin, end - begin) != span_text) {
    violation = Printf("%s: text differs from the bytes [%zu, %zu)", what, begin, end);
  }
  return violation;
}

[[nodiscard]] inline std::string ScoreViolation(double score, const char* what) {
  if (std::isfinite(score) && score >= 0 && score <= 1) return {};
  return Printf("%s: score %g", what, score);
}

// Unit `i` of a report on `sources` and `summary`, the one before it ending at `prev_end`.
// A `threshold` >= 0 is the checker's support threshold, which verdicts must follow.
[[nodiscard]] inline std::string UnitViolation(const Unit& u, size_t i, size_t prev_end,
                                               const std::vector<std::string_view>& sources,
                                               std::string_view summary, double threshold) {
  if (u.index != i) return Printf("index %zu", u.index);
  std::string v = SpanTextViolation(summary, u.begin, u.end, u.text, "unit");
  if (!v.empty()) return v;
  if (u.begin >= u.end) return "empty";
  if (u.begin < prev_end) return "overlaps or precedes the one before";
  v = ScoreViolation(u.score, "unit");
  if (!v.empty()) return v;
  if ((u.kind == UnitKind::kBoilerplate) != (u.verdict == Verdict::kSkipped)) {
    return Printf("kind %s with verdict %s", ToString(u.kind), ToString(u.verdict));
  }
  if (threshold >= 0 && u.verdict == Verdict::kSupported && u.score < threshold) {
    return Printf("supported with score %g < %g", u.score, threshold);
  }
  if (threshold >= 0 && u.verdict == Verdict::kUnsupported && u.score >= threshold) {
    return Printf("unsupported with score %g >= %g", u.score, threshold);
  }
  if (u.verdict == Verdict::kContradicted && u.findings.empty()) {
    return "contradicted without a finding";
  }
  for (const Evidence& e : u.evidence) {
    if (e.source >= sources.size()) {
      return Printf("evidence names source %zu of %zu", e.source, sources.size());
    }
    v = SpanTextViolation(sources[e.source], e.begin, e.end, e.text, "evidence");
    if (v.empty()) v = ScoreViolation(e.score, "evidence");
    if (!v.empty()) return v;
  }
  for (const Finding& f : u.findings) {
    v = SpanTextViolation(summary, f.begin, f.end, f.text, "finding");
    if (!v.empty()) return v;
    if (f.begin < u.begin || f.end > u.end) {
      return Printf("finding [%zu,%zu) outside its unit", f.begin, f.end);
    }
    if (f.detail.empty()) return "finding without detail";
    if (!f.has_source) continue;
    if (f.source >= sources.size()) {
      return Printf("finding names source %zu of %zu", f.source, sources.size());
    }
    v = SpanTextViolation(sources[f.source], f.source_begin, f.source_end, f.source_text,
                          "finding source");
    if (!v.empty()) return v;
  }
  return {};
}

// Every span in bounds, on code-point boundaries and equal to its bytes; units in order
// and disjoint; scores in [0,1]; verdicts that follow the kind, the findings and (when
// `threshold` >= 0) the support threshold; counts, consistency and the report score that
// agree with the units.
[[nodiscard]] inline std::string ReportViolation(const Report& report,
                                                 const std::vector<std::string_view>& sources,
                                                 std::string_view summary,
                                                 double threshold = -1) {
  Counts counts;
  size_t prev_end = 0;
  double min_score = 1;
  for (size_t i = 0; i < report.sentences.size(); ++i) {
    const Unit& u = report.sentences[i];
    const std::string v = UnitViolation(u, i, prev_end, sources, summary, threshold);
    if (!v.empty()) return Printf("unit %zu [%zu,%zu): ", i, u.begin, u.end) + v;
    prev_end = u.end;
    switch (u.verdict) {
      case Verdict::kSupported: ++counts.supported; break;
      case Verdict::kUnsupported: ++counts.unsupported; break;
      case Verdict::kContradicted: ++counts.contradicted; break;
      case Verdict::kSkipped: ++counts.skipped; break;
    }
    if (u.verdict != Verdict::kSkipped) min_score = std::min(min_score, u.score);
  }
  if (counts.supported != report.counts.supported ||
      counts.unsupported != report.counts.unsupported ||
      counts.contradicted != report.counts.contradicted ||
      counts.skipped != report.counts.skipped) {
    return "counts do not add up";
  }
  if (report.consistent != (counts.unsupported == 0 && counts.contradicted == 0)) {
    return "consistent flag disagrees with the counts";
  }
  std::string v = ScoreViolation(report.score, "report");
  if (v.empty() && report.score != min_score) {
    v = Printf("report score %g is not the lowest unit score %g", report.score, min_score);
  }
  return v;
}

}  // namespace claimcheck::fuzz

#endif  // CLAIMCHECK_FUZZ_REPORT_INVARIANTS_H_
