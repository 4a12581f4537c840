// Which words of an evidence span also occur in a unit: a light, ICU-free word match used
// only to highlight text in the HTML report (the verdicts come from the judge, not this).
#ifndef CLAIMCHECK_REPORT_WORD_MATCH_H_
#define CLAIMCHECK_REPORT_WORD_MATCH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::internal {

struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;
};

// Byte spans of the words of `text`: runs of ASCII letters and digits and of non-ASCII
// code points other than common punctuation (curly quotes, dashes and U+2011, NBSP, …).
// Spans never cut a code point.
std::vector<ByteSpan> WordSpans(std::string_view text);

// The key two words share when they match: ASCII case folded, a plural "s" dropped.
// Empty for words not worth highlighting (stopwords, single characters).
std::string WordKey(std::string_view word);

// Spans of `evidence`'s words whose key is also the key of a word of `unit`.
std::vector<ByteSpan> MatchedWords(std::string_view unit, std::string_view evidence);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_REPORT_WORD_MATCH_H_
