// The rule layer over ICU's sentence boundaries inside one line: which ICU breaks to
// drop (abbreviations, tickers, initials) and which missing ones to add (glued
// sentences such as "prices.In a February").
#ifndef CLAIMCHECK_TEXT_SENTENCE_RULES_H_
#define CLAIMCHECK_TEXT_SENTENCE_RULES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::internal {

// Sentence-final punctuation (ICU's STerm and ATerm: . ! ? and their kin in other scripts).
bool IsSentenceTerminator(char32_t cp);
// Closing punctuation that may follow a terminator: ) ] " ' ’ ” » and ICU's Close class.
bool IsCloser(char32_t cp);

// Whether to keep the ICU boundary `b` (begin < b < end) of the line text[begin, end).
bool KeepIcuBoundary(std::string_view text, size_t begin, size_t b, size_t end);

// One pass over the line text[begin, end). Appends the boundaries ICU misses:
// - "prices.In a" (a word of two or more letters with a lowercase letter, a full stop,
//   then a capitalised word, no space) unless the left word is an abbreviation or the
//   chunk is a URL, e-mail address or domain;
// - scraped headlines glued to their lede after a closing quote or a percent sign
//   ('needs "enormous work"Elon Musk', 'slumps 43%Global interest');
// - "chip. - The Information Relative to ...": a boundary before an attribution dash
//   that follows a sentence end (ICU keeps it with the sentence before).
// Returns whether ICU could find a break strictly inside the line, i.e. whether a
// terminator stands before the line's trailing run of terminators, closers and spaces.
bool ScanLine(std::string_view text, size_t begin, size_t end, std::vector<uint32_t>* out);

// A piece starting at text[b] with "- The Information Relative to ...": an attribution
// dash, a run of capitalised words naming the source, then the next sentence. Returns
// where that next sentence starts (the last capitalised word of a run of two or more
// followed by a lowercase word), `end` when the whole piece is the attribution, or `b`
// when there is none.
size_t AttributionEnd(std::string_view text, size_t b, size_t end);

// True for an abbreviation that never ends a sentence before a capitalised word
// ("Mr", "Dr", "e.g"); `word` is lowercase with inner dots and no final dot.
bool IsTitleAbbreviation(std::string_view word);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_SENTENCE_RULES_H_
