// Uax29SentenceBreaks against ICU's sentence BreakIterator: the same boundaries on every
// line it accepts, on a table of tricky lines, on every string of up to six code points
// drawn one per Sentence_Break class, and on every line of the seeds, the fixture cases
// and (when present) the dev pairs' sources and summaries.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../default_analyzer.h"
#include "../../bench/dev_data.h"
#include "text/analyzer.h"
#include "text/uax29_sentences.h"

namespace claimcheck::internal {
namespace {

std::vector<uint32_t> IcuBreaks(std::string_view line) {
  std::vector<uint32_t> out;
  testing::DefaultAnalyzer().IcuSentenceBreaks(line, 0, line.size(), &out);
  return out;
}

// Whether the fast path accepts `line`; when it does, its boundaries must be ICU's.
bool AcceptsLikeIcu(std::string_view line) {
  std::vector<uint32_t> fast = {7};  // what was there before stays
  if (!Uax29SentenceBreaks(line, 0, line.size(), &fast)) {
    CHECK(fast == std::vector<uint32_t>{7});
    return false;
  }
  fast.erase(fast.begin());
  const std::vector<uint32_t> icu = IcuBreaks(line);
  if (fast != icu) {  // asserted only here: a million passing CHECKs would be slow
    INFO("line: " << line);
    CHECK(fast == icu);
  }
  return true;
}

TEST_CASE("UAX #29 sentence boundaries on tricky lines", "[uax29]") {
  struct Row {
    const char* line;
    std::vector<uint32_t> breaks;
  };
  const Row rows[] = {
      {"Chips are sold in the U.S. The company said so.", {27}},
      {"U.S. officials met on Monday.", {}},
      {"Mr. Smith arrived. Mrs. Jones left.", {4, 19, 24}},  // the rule layer drops 4, 24
      {"It rose 3.5% to $1.2 billion. Shares fell.", {30}},
      {"Wait... what? Really?! Yes.", {14, 23}},
      {"He said \"Stop.\" Then he left.", {16}},
      {"He said 'stop.' then he left.", {}},
      {"(It was late.) She slept.", {15}},
      {"Use fruit, e.g. apples. Or i.e. Pears.", {24, 32}},
      {"J. R. R. Tolkien wrote it. A. B. Smith did not.", {3, 6, 9, 27, 30, 33}},
      {"See https://www.example.com/a.b?c=d. Then go to example.org.", {32, 37}},
      {"prices.In a February note", {}},
      {"etc. and so on. 5 people came. 5 More came.", {31}},
      {"No. 1 seed. Vol. 2 is out.", {12}},
      {"Why? he asked. Why? He asked.", {5, 15, 20}},
      {"It ended.- Next, it began.", {}},
      {"Hello.\tWorld.", {7}},
      {"The end.)  [1] Next one.", {11}},
      {"Version 2.0.1 shipped.Then 3.", {}},
      {"Il a dit \u00ab Non. \u00bb Puis il est parti.", {17}},
      {"\u2018Quoted.\u2019 Next. \u00c9lan. \u00e9lan.", {14, 20}},
      {"\u4e2d\u6587\u3002\u4e2d\u6587\u3002", {9}},
      {"Prices rose 5%.\u00a0Analysts expected it.", {17}},
  };
  for (const Row& row : rows) {
    INFO("line: " << row.line);
    std::vector<uint32_t> fast;
    REQUIRE(Uax29SentenceBreaks(row.line, 0, std::string_view(row.line).size(), &fast));
    CHECK(fast == row.breaks);
    CHECK(IcuBreaks(row.line) == row.breaks);
  }
}

TEST_CASE("UAX #29 sentence boundaries decline what rule SB5 hides", "[uax29]") {
  // Soft hyphen (Format), combining acute (Extend), zero-width joiner (Extend).
  for (const char* line : {"Soft\u00adhyphen. Next.", "Cafe\u0301. Next.", "A\u200d. B."}) {
    std::vector<uint32_t> out;
    CHECK_FALSE(Uax29SentenceBreaks(line, 0, std::string_view(line).size(), &out));
    CHECK(out.empty());
  }
}

TEST_CASE("UAX #29 sentence boundaries on every short string of classes", "[uax29]") {
  // One code point per class the rules tell apart: Other, ATerm, STerm, Close, Sp,
  // Lower, Upper, OLetter, Numeric, SContinue.
  const std::string_view reps[] = {"_", ".", "?", ")", " ", "a", "A", "\u05d4", "1", ","};
  constexpr size_t kReps = sizeof(reps) / sizeof(reps[0]);
  constexpr size_t kMaxLength = 6;
  size_t accepted = 0, strings = 0;
  for (size_t length = 1; length <= kMaxLength; ++length) {
    std::vector<size_t> digits(length, 0);
    for (;;) {
      std::string line;
      for (const size_t d : digits) line += reps[d];
      ++strings;
      accepted += AcceptsLikeIcu(line);
      size_t k = 0;
      while (k < length && ++digits[k] == kReps) digits[k++] = 0;
      if (k == length) break;
    }
  }
  CHECK(accepted == strings);
}

// Every line of `text`, split where the segmenter splits (the non-ASCII line
// separators the fast path declines by itself), trimmed or not, through AcceptsLikeIcu.
void CheckLines(std::string_view text, size_t* lines, size_t* accepted) {
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\n' && text[i] != '\r' && text[i] != '\v' &&
        text[i] != '\f') {
      continue;
    }
    if (i > start) {
      ++*lines;
      *accepted += AcceptsLikeIcu(text.substr(start, i - start));
    }
    start = i + 1;
  }
}

TEST_CASE("UAX #29 sentence boundaries on the seeds and the fixture cases", "[uax29]") {
  size_t lines = 0, accepted = 0;
  for (const std::string& text : bench::ReadSeedTexts()) CheckLines(text, &lines, &accepted);
  for (const bench::Pair& p : bench::CasePairs()) {
    for (const std::string& s : p.sources) CheckLines(s, &lines, &accepted);
    CheckLines(p.summary, &lines, &accepted);
  }
  REQUIRE(lines > 0);
  CHECK(accepted * 100 >= lines * 95);
}

TEST_CASE("UAX #29 sentence boundaries on the dev pairs", "[uax29]") {
  if (bench::DevPairs().empty()) {
    WARN("no dev data in " << bench::DevDataDir() << ": skipped");
    return;
  }
  size_t lines = 0, accepted = 0;
  for (const bench::Pair& p : bench::DevPairs()) {
    for (const std::string& s : p.sources) CheckLines(s, &lines, &accepted);
    CheckLines(p.summary, &lines, &accepted);
  }
  // Nearly every line of news and dialogue text takes the fast path.
  CHECK(accepted * 100 >= lines * 98);
}

}  // namespace
}  // namespace claimcheck::internal
