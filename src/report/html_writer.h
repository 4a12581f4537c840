// The report as one self-contained HTML page for an editor: the summary with each unit
// marked by verdict (colour, icon and words), and per unit its findings and evidence with
// matched words and conflicting spans highlighted. No external files, no network; every
// piece of input text is escaped, and the embedded report JSON escapes '<'.
#ifndef CLAIMCHECK_REPORT_HTML_WRITER_H_
#define CLAIMCHECK_REPORT_HTML_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"

namespace claimcheck::internal {

struct HtmlOptions {
  // The checked summary's bytes. When given (and the report's offsets fit it), the page
  // keeps the summary's own line breaks and the text between units; otherwise units are
  // joined with spaces. Default empty.
  std::string_view summary;
  // Shown under the page title, e.g. the summary's file name. Default empty.
  std::string summary_name;
  // Names for the sources, in order; "source N" (1-based) when missing.
  std::vector<std::string> source_names;
};

std::string ToHtml(const Report& report, const HtmlOptions& options = {});

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_REPORT_HTML_WRITER_H_
