// Size limits and work bounds: past Options::max_input_bytes or max_unit_bytes the error
// names the limit and the size (never a silent truncation); a long source sentence is
// windowed, not rejected; and inputs shaped to provoke quadratic work finish in bounded
// time with bounded output.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "reliability_util.h"

namespace claimcheck::testing {
namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CLAIMCHECK_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define CLAIMCHECK_SANITIZED 1
#endif
#endif
#ifdef CLAIMCHECK_SANITIZED
// Under a sanitizer (10x slower and more on allocation-heavy paths) these tests are about
// memory and races on the same shapes of input: a quarter of the claims, a looser bound.
constexpr size_t kClaimDivisor = 4;
constexpr double kMaxSeconds = 60;
#else
constexpr size_t kClaimDivisor = 1;
// Generous: each case takes a second or less in Release on one core; the bound only
// catches a super-linear path (the 1 MB sentence case once took minutes).
constexpr double kMaxSeconds = 20;
#endif

const Checker& CheckerWith(size_t max_input_bytes, size_t max_unit_bytes) {
  Options options;
  options.max_input_bytes = max_input_bytes;
  options.max_unit_bytes = max_unit_bytes;
  static std::vector<std::unique_ptr<Checker>> keep;
  auto created = Checker::Create(options);
  REQUIRE(created.ok());
  keep.push_back(std::make_unique<Checker>(std::move(created.value())));
  return *keep.back();
}

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// Deterministic text: `n` sentences of 8-20 words from a vocabulary of `vocab` made-up
// words, with a number now and then.
std::string Sentences(size_t n, size_t vocab, uint32_t seed) {
  uint32_t x = seed;
  auto next = [&x] {
    x = x * 1664525u + 1013904223u;
    return x >> 8;
  };
  std::string out;
  for (size_t i = 0; i < n; ++i) {
    const size_t words = 8 + next() % 13;
    for (size_t w = 0; w < words; ++w) {
      const uint32_t r = next();
      std::string word = r % 11 == 0 ? std::to_string(r % 1000) : "w" + std::to_string(r % vocab);
      if (w == 0) word = "Z" + word;
      out += word;
      out += w + 1 == words ? ". " : " ";
    }
  }
  return out;
}

struct Timed {
  Result<Report> result;
  double seconds;
};

Timed TimeCheck(const Checker& checker, std::string_view source, std::string_view summary) {
  const auto start = std::chrono::steady_clock::now();
  auto result = checker.Check(source, summary);
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
  return {std::move(result), took.count()};
}

// The report's evidence stays proportional to its units: no unit carries more than
// max_evidence windows of at most three pieces of at most max_unit_bytes (plus the white
// space between them).
void RequireBoundedEvidence(const Report& report, const Options& options) {
  for (const Unit& u : report.sentences) {
    REQUIRE(u.evidence.size() <= options.max_evidence);
    for (const Evidence& e : u.evidence) {
      REQUIRE(e.text.size() <= 3 * options.max_unit_bytes + 1024);
    }
  }
}

TEST_CASE("limits: the documented defaults", "[reliability][limits]") {
  const Options defaults;
  CHECK(defaults.max_input_bytes == size_t{16} << 20);
  CHECK(defaults.max_unit_bytes == size_t{64} << 10);
}

TEST_CASE("limits: max_input_bytes names the input, its size and the limit",
          "[reliability][limits]") {
  const Checker& checker = CheckerWith(1000, 256);
  const std::string fits(1000, 'a');
  const std::string over = "Nvidia sold chips. " + std::string(982, 'b');
  REQUIRE(over.size() == 1001);

  auto at_limit = checker.Check(fits, "Nvidia sold chips.");
  CHECK(at_limit.ok());

  auto summary = checker.Check("Nvidia sold chips.", over);
  REQUIRE_FALSE(summary.ok());
  CHECK(summary.status().code() == StatusCode::kInputTooLarge);
  CHECK_THAT(summary.status().message(), Catch::Contains("summary") &&
                                             Catch::Contains("1001 bytes") &&
                                             Catch::Contains("max_input_bytes = 1000"));

  auto source = checker.Check(std::vector<std::string_view>{"Nvidia sold chips.", over},
                              "Nvidia sold chips.");
  REQUIRE_FALSE(source.ok());
  CHECK(source.status().code() == StatusCode::kInputTooLarge);
  CHECK_THAT(source.status().message(), Catch::Contains("source 1") &&
                                            Catch::Contains("1001 bytes") &&
                                            Catch::Contains("max_input_bytes = 1000"));

  auto prepared = checker.Prepare({over});
  REQUIRE_FALSE(prepared.ok());
  CHECK(prepared.status().code() == StatusCode::kInputTooLarge);
}

TEST_CASE("limits: the default 16 MiB input limit", "[reliability][limits]") {
  const std::string over = std::string((size_t{16} << 20) + 1, 'x');
  auto result = DefaultChecker().Check("Nvidia sold chips.", over);
  REQUIRE_FALSE(result.ok());
  CHECK(result.status().code() == StatusCode::kInputTooLarge);
  CHECK_THAT(result.status().message(), Catch::Contains("16777217 bytes") &&
                                            Catch::Contains("max_input_bytes = 16777216"));
}

TEST_CASE("limits: a summary unit over max_unit_bytes is an error at its offset",
          "[reliability][limits]") {
  const Checker& checker = CheckerWith(size_t{1} << 20, 256);
  const std::string first = "Nvidia sold chips. ";
  const std::string long_unit = "More" + Repeat(" words here", 29) + " end.";  // 328 bytes
  auto result = checker.Check("Nvidia sold chips.", first + long_unit + " Short one.");
  REQUIRE_FALSE(result.ok());
  const Status& st = result.status();
  CHECK(st.code() == StatusCode::kInputTooLarge);
  CHECK(st.offset() == first.size());
  CHECK_THAT(st.message(), Catch::Contains("summary unit 1") &&
                               Catch::Contains(std::to_string(long_unit.size()) + " bytes") &&
                               Catch::Contains("max_unit_bytes = 256"));

  // One byte under the limit passes.
  const std::string fits = Repeat("x", 255);
  CHECK(checker.Check("Nvidia sold chips.", fits).ok());
}

TEST_CASE("limits: a long source sentence is windowed, and all of it still counts",
          "[reliability][limits]") {
  const Checker& checker = CheckerWith(size_t{4} << 20, 256);
  // A 100 kB "sentence" with no stop, the fact at its very end.
  const std::string source =
      Repeat("filler words without any stop ", 3500) + "and Baidu bought 42 Kunlun chips";
  const std::string summary = "Baidu bought 42 Kunlun chips.";
  auto result = checker.Check(source, summary);
  REQUIRE(result.ok());
  RequireValidReport(*result, {source}, summary, checker.options().support_threshold);
  RequireBoundedEvidence(*result, checker.options());
  REQUIRE(result->sentences.size() == 1);
  const Unit& unit = result->sentences[0];
  CHECK(unit.verdict == Verdict::kSupported);
  REQUIRE_FALSE(unit.evidence.empty());
  CHECK_THAT(unit.evidence[0].text, Catch::Contains("Baidu bought 42 Kunlun chips"));
  CHECK(unit.evidence[0].end == source.size());
}

TEST_CASE("limits: a 1 MB source sentence against 200 summary sentences",
          "[reliability][limits][slow]") {
  const std::string source = Repeat("alpha beta Nvidia rose gamma fell 15% delta chips ", 21000);
  std::string summary;
  for (int i = 0; i < 200; ++i) {
    summary += i % 2 ? "Nvidia chips rose 15% in beta. " : "Gamma fell after delta sold alpha. ";
  }
  const Timed t = TimeCheck(DefaultChecker(), source, summary);
  INFO(t.seconds << " s");
  REQUIRE(t.result.ok());
  CHECK(t.seconds < kMaxSeconds);
  RequireValidReport(*t.result, {source}, summary,
                     DefaultChecker().options().support_threshold);
  RequireBoundedEvidence(*t.result, DefaultChecker().options());
}

TEST_CASE("limits: 100,000 periods", "[reliability][limits][slow]") {
  const std::string periods(100000, '.');
  const Timed as_source = TimeCheck(DefaultChecker(), periods, "Nvidia sold chips.");
  INFO(as_source.seconds << " s");
  REQUIRE(as_source.result.ok());
  CHECK(as_source.seconds < kMaxSeconds);
  const std::string dotted = Repeat("a.", 50000);
  const Timed dots = TimeCheck(DefaultChecker(), dotted, "a. b. c.");
  INFO(dots.seconds << " s");
  REQUIRE(dots.result.ok());
  CHECK(dots.seconds < kMaxSeconds);
  const Timed as_summary = TimeCheck(DefaultChecker(), "Nvidia sold chips.", periods);
  CHECK(as_summary.seconds < kMaxSeconds);
  REQUIRE_FALSE(as_summary.result.ok());
  CHECK(as_summary.result.status().code() == StatusCode::kEmptyInput);
}

TEST_CASE("limits: a 1 MB string with no space", "[reliability][limits][slow]") {
  const std::string blob(size_t{1} << 20, 'q');
  const Timed t = TimeCheck(DefaultChecker(), blob, "Nvidia sold chips.");
  INFO(t.seconds << " s");
  REQUIRE(t.result.ok());
  CHECK(t.seconds < kMaxSeconds);
  const Timed mixed = TimeCheck(DefaultChecker(), Repeat("abc/def?g=h&", 90000) + " Nvidia.",
                                "Nvidia sold chips.");
  INFO(mixed.seconds << " s");
  REQUIRE(mixed.result.ok());
  CHECK(mixed.seconds < kMaxSeconds);
}

TEST_CASE("limits: 1,000 summary sentences against 10,000 source sentences",
          "[reliability][limits][slow]") {
  const std::string source = Sentences(10000, 3000, 1);
  const std::string summary = Sentences(1000 / kClaimDivisor, 3000, 2);
  const Timed t = TimeCheck(DefaultChecker(), source, summary);
  INFO(t.seconds << " s");
  REQUIRE(t.result.ok());
  CHECK(t.seconds < kMaxSeconds);
  CHECK(t.result->sentences.size() == 1000 / kClaimDivisor);
  RequireBoundedEvidence(*t.result, DefaultChecker().options());

  // The same with ten words in all: every claim term is in every source sentence, the
  // worst case for alignment.
  const std::string dense_source = Sentences(10000, 10, 3);
  const std::string dense_summary = Sentences(1000 / kClaimDivisor, 10, 4);
  const Timed dense = TimeCheck(DefaultChecker(), dense_source, dense_summary);
  INFO(dense.seconds << " s (ten-word vocabulary)");
  REQUIRE(dense.result.ok());
  CHECK(dense.seconds < kMaxSeconds);
}

TEST_CASE("limits: fact-dense text against fact-dense text", "[reliability][limits][slow]") {
  const char* kWords[] = {"rose", "fell", "Nvidia", "15%", "2020", "not", "more", "most",
                          "may", "Baidu", "chips", "sold", "increase", "decrease",
                          "$5 billion", "March 3", "first", "never", "higher", "best"};
  uint32_t x = 7;
  auto word = [&] {
    x = x * 1664525u + 1013904223u;
    return std::string(kWords[(x >> 8) % 20]);
  };
  std::string source;  // five 60 kB "sentences" of nothing but facts
  for (int s = 0; s < 5; ++s) {
    for (int w = 0; w < 9000; ++w) source += word() + " ";
    source += ". ";
  }
  std::string summary;
  for (size_t s = 0; s < 1000 / kClaimDivisor; ++s) {
    for (int w = 0; w < 12; ++w) summary += word() + " ";
    summary += ". ";
  }
  const Timed t = TimeCheck(DefaultChecker(), source, summary);
  INFO(t.seconds << " s");
  REQUIRE(t.result.ok());
  CHECK(t.seconds < kMaxSeconds);
  RequireBoundedEvidence(*t.result, DefaultChecker().options());
}

}  // namespace
}  // namespace claimcheck::testing
