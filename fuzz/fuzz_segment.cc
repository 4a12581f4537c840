// Fuzz target: the text stage. Segment() and Analyze() on (repaired) UTF-8: segments in
// order, non-empty, trimmed, on code-point boundaries; tokens inside their segment, in
// order, non-overlapping; Segment() agrees with Analyze(), Tokenize() of a segment gives
// its tokens again, and a second run gives the same result. On every line of the input
// that Uax29SentenceBreaks accepts, its sentence boundaries are ICU's.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "fuzz_util.h"
#include "text/analyzer.h"
#include "text/uax29_sentences.h"

namespace {

using claimcheck::internal::AnalyzedText;
using claimcheck::internal::Analyzer;
using claimcheck::internal::Segment;
using claimcheck::internal::Token;
using claimcheck::internal::Uax29SentenceBreaks;

using claimcheck::fuzz::SharedAnalyzer;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool SameTokens(const AnalyzedText& a, uint32_t a_first, const AnalyzedText& b,
                uint32_t b_first, uint32_t n) {
  for (uint32_t i = 0; i < n; ++i) {
    const Token& x = a.tokens[a_first + i];
    const Token& y = b.tokens[b_first + i];
    if (x.begin != y.begin || x.end != y.end || x.flags != y.flags ||
        a.norm(a_first + i) != b.norm(b_first + i) || a.stem(a_first + i) != b.stem(b_first + i)) {
      return false;
    }
  }
  return true;
}

// The segmenter's ICU-free sentence boundaries equal ICU's on text[begin, end).
void CheckUax29Line(const Analyzer& analyzer, std::string_view text, size_t begin, size_t end) {
  std::vector<uint32_t> fast, icu;
  if (!Uax29SentenceBreaks(text, begin, end, &fast)) return;
  analyzer.IcuSentenceBreaks(text, begin, end, &icu);
  FUZZ_CHECK(fast == icu, "line [%zu,%zu): %zu boundaries without ICU, %zu with it", begin, end,
             fast.size(), icu.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  const std::string text = fuzz::RepairUtf8(fuzz::AsText(data, size));
  const Analyzer& analyzer = SharedAnalyzer();

  AnalyzedText analyzed;
  analyzer.Analyze(text, &analyzed);
  std::vector<Segment> segments;
  analyzer.Segment(text, &segments);
  FUZZ_CHECK(segments.size() == analyzed.segments.size(),
             "Segment gives %zu units, Analyze %zu", segments.size(), analyzed.segments.size());

  uint32_t prev_end = 0;
  uint32_t next_token = 0;
  AnalyzedText again;
  for (size_t i = 0; i < analyzed.segments.size(); ++i) {
    const Segment& s = analyzed.segments[i];
    fuzz::CheckSpan(text, s.begin, s.end, "segment");
    FUZZ_CHECK(s.begin < s.end, "segment %zu is empty", i);
    FUZZ_CHECK(s.begin >= prev_end, "segment %zu starts at %u before the previous end %u", i,
               s.begin, prev_end);
    FUZZ_CHECK(!IsAsciiSpace(text[s.begin]) && !IsAsciiSpace(text[s.end - 1]),
               "segment %zu [%u,%u) is not trimmed", i, s.begin, s.end);
    prev_end = s.end;
    FUZZ_CHECK(segments[i].begin == s.begin && segments[i].end == s.end &&
                   segments[i].kind == s.kind,
               "Segment and Analyze disagree on unit %zu", i);
    FUZZ_CHECK(s.tok_begin == next_token && s.tok_begin <= s.tok_end &&
                   s.tok_end <= analyzed.tokens.size(),
               "segment %zu has token range [%u,%u), expected to start at %u", i, s.tok_begin,
               s.tok_end, next_token);
    next_token = s.tok_end;
    uint32_t prev_tok_end = s.begin;
    for (uint32_t t = s.tok_begin; t < s.tok_end; ++t) {
      const Token& tok = analyzed.tokens[t];
      fuzz::CheckSpan(text, tok.begin, tok.end, "token");
      FUZZ_CHECK(tok.begin < tok.end, "token %u is empty", t);
      FUZZ_CHECK(tok.begin >= prev_tok_end && tok.end <= s.end,
                 "token %u [%u,%u) out of order or outside its segment [%u,%u)", t, tok.begin,
                 tok.end, s.begin, s.end);
      prev_tok_end = tok.end;
    }
    again.clear();
    analyzer.Tokenize(text, s.begin, s.end, &again);
    const auto n = static_cast<uint32_t>(again.tokens.size());
    FUZZ_CHECK(n == s.tok_end - s.tok_begin && SameTokens(again, 0, analyzed, s.tok_begin, n),
               "Tokenize of segment %zu differs from Analyze", i);
  }
  FUZZ_CHECK(next_token == analyzed.tokens.size(), "tokens outside every segment");

  // Lines split at the ASCII line ends; a line holding another one is declined.
  size_t line = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r' || text[i] == '\v' ||
        text[i] == '\f') {
      CheckUax29Line(analyzer, text, line, i);
      line = i + 1;
    }
  }

  AnalyzedText second;
  analyzer.Analyze(text, &second);
  FUZZ_CHECK(second.segments.size() == analyzed.segments.size() &&
                 second.tokens.size() == analyzed.tokens.size() &&
                 SameTokens(second, 0, analyzed, 0, static_cast<uint32_t>(second.tokens.size())),
             "a second Analyze differs");
  return 0;
}
