// What a whole line of a news page is: a citation mark, a bullet, page cruft
// (boilerplate), a heading, or running text. Lines arrive trimmed of white space.
#ifndef CLAIMCHECK_TEXT_LINE_RULES_H_
#define CLAIMCHECK_TEXT_LINE_RULES_H_

#include <cstddef>
#include <string_view>

namespace claimcheck::internal {

// "1", "12", "[1]", "[1][2]", "[2, 5]": a footnote or source label alone on its line.
bool IsCitationOnlyLine(std::string_view line);

// Length of the leading bullet markers and the space after them ("• • ", "- ", "* ",
// "– ", "· ", "1. ", "2) "), or 0 when the line is not a bullet.
size_t BulletPrefixLength(std::string_view line);

// Page cruft: share/comment widgets, bylines, "N hours ago", "Source: URL",
// "Disclaimer: ...", reference-list lines "[1] https://...", date stamps
// ("28 Aug 2025•Technology"). `after_byline` says the previous line was a byline label
// ("Summarized by", "Written by"), so a short name on this line is cruft too.
bool IsBoilerplateLine(std::string_view line, bool after_byline);

// The part of IsBoilerplateLine that applies to a sentence inside a longer line: it
// opens with a cruft label ("Reporting by", "Source:", "Disclaimer:", "Copyright").
bool HasCruftPrefix(std::string_view text);

// "Summarized by", "Written by", "Reported by", "By": a label whose value is the next line.
bool IsBylineLabel(std::string_view line);

// A title-like line: no final sentence punctuation and few words, or mostly
// capitalised words (title case), or the first line of the text.
bool LooksLikeHeading(std::string_view line, bool first_line);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_LINE_RULES_H_
