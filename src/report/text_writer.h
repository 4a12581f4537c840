// The report for a person at a terminal: flagged units first, each with its findings
// and best evidence, then the rest. Untrusted text is made safe to print (no control
// characters or bidi overrides reach the terminal).
#ifndef CLAIMCHECK_REPORT_TEXT_WRITER_H_
#define CLAIMCHECK_REPORT_TEXT_WRITER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "claimcheck/claimcheck.h"

namespace claimcheck::internal {

struct TextOptions {
  // ANSI colours and bold. The caller decides (tty and NO_COLOR); the writer never looks
  // at the environment. Default off.
  bool color = false;
  // Evidence longer than this many bytes is cut at a code point boundary and ends in "…".
  // Default 320; 0 means never cut.
  size_t max_evidence_bytes = 320;
  // Names for the sources, in order (e.g. the file names); "source N" (1-based) when
  // a name is missing.
  std::vector<std::string> source_names;
};

std::string ToText(const Report& report, const TextOptions& options = {});

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_REPORT_TEXT_WRITER_H_
