// Pieces of the report JSON writer that the CLI reuses: appending to a caller-owned
// buffer lets a batch worker write thousands of reports without reallocating.
#ifndef CLAIMCHECK_REPORT_JSON_WRITER_H_
#define CLAIMCHECK_REPORT_JSON_WRITER_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "claimcheck/claimcheck.h"

namespace claimcheck::internal {

// Appends `text` as a JSON string literal, quotes included. Escapes `"`, `\`, control
// characters (\n, \t, ... or \u00XX), `<` as \u003c (so the JSON may sit inside an HTML
// <script>) and U+2028/U+2029 (line breaks to JavaScript). Valid UTF-8 is copied as is;
// a byte that does not start a valid sequence becomes \ufffd, so the output is always
// valid JSON even when a caller's string is not valid UTF-8.
void AppendJsonString(std::string_view text, std::string* out);

// Appends a score as a fixed 4-decimal number in [0,1] ("0.4100"). Out-of-range values
// are clamped; NaN is written as 0, the least consistent score, so that a scoring bug
// flags a unit instead of passing it.
void AppendJsonScore(double score, std::string* out);

// Appends a non-negative integer.
void AppendJsonUnsigned(size_t value, std::string* out);

// Appends `report` as one line of JSON (no trailing newline). The id is `id_json`
// verbatim when non-empty (already JSON, e.g. from a batch line); otherwise report.id as
// a JSON string; null when both are empty.
void AppendReportJson(const Report& report, std::string_view id_json, std::string* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_REPORT_JSON_WRITER_H_
