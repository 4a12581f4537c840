// Concurrency: one Checker (and one PreparedSources) shared by 8 threads gives every
// thread exactly the single-threaded JSON; `claimcheck batch --threads 4` writes exactly
// what --threads 1 writes. scripts/sanitize.sh runs these under ThreadSanitizer.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "reliability_util.h"

namespace claimcheck::testing {
namespace {

constexpr int kThreads = 8;
constexpr int kRounds = 2;

TEST_CASE("threads: 8 threads on one shared Checker match a single-threaded run",
          "[reliability][threads]") {
  const Checker& checker = DefaultChecker();
  const std::vector<Case> cases = FixtureCases();
  REQUIRE(cases.size() >= 5);
  std::vector<std::string> expected;
  std::vector<PreparedSources> prepared;
  for (const Case& c : cases) {
    auto report = checker.Check(c.SourceViews(), c.summary);
    REQUIRE(report.ok());
    expected.push_back(ToJson(*report));
    auto p = checker.Prepare(c.SourceViews());
    REQUIRE(p.ok());
    prepared.push_back(std::move(p.value()));
  }

  // Each thread walks the cases from its own starting point, alternating plain checks
  // and checks against the shared PreparedSources, and records any difference.
  std::vector<std::vector<std::string>> mismatches(kThreads);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      ready.fetch_add(1);
      while (ready.load() < kThreads) std::this_thread::yield();  // start together
      for (int round = 0; round < kRounds; ++round) {
        for (size_t k = 0; k < cases.size(); ++k) {
          const size_t i = (k + static_cast<size_t>(t) * 3) % cases.size();
          const bool use_prepared = (k + static_cast<size_t>(t + round)) % 2 == 0;
          auto report = use_prepared ? checker.Check(prepared[i], cases[i].summary)
                                     : checker.Check(cases[i].SourceViews(), cases[i].summary);
          const std::string json = report.ok() ? ToJson(*report) : report.status().ToString();
          if (json != expected[i]) {
            mismatches[t].push_back(cases[i].name + (use_prepared ? " (prepared)" : ""));
          }
        }
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < kThreads; ++t) {
    INFO("thread " << t);
    CHECK(mismatches[t].empty());
    for (const std::string& m : mismatches[t]) UNSCOPED_INFO("differs: " << m);
  }
}

TEST_CASE("threads: Checkers created concurrently behave the same",
          "[reliability][threads]") {
  const std::vector<Case> cases = FixtureCases();
  const Case& c = cases.front();
  auto reference = DefaultChecker().Check(c.SourceViews(), c.summary);
  REQUIRE(reference.ok());
  const std::string expected = ToJson(*reference);
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      auto checker = Checker::Create();
      if (!checker.ok()) return;
      auto report = checker->Check(c.SourceViews(), c.summary);
      if (report.ok()) got[t] = ToJson(*report);
    });
  }
  for (std::thread& th : threads) th.join();
  for (const std::string& g : got) CHECK(g == expected);
}

TEST_CASE("threads: a check after other checks on its thread matches one on a new thread",
          "[reliability][threads]") {
  // Each thread keeps its checks' buffers for the next check (emptied, not freed): what
  // a check leaves behind, including one that failed, one of another Checker and one
  // too long to keep, must not show in the next.
  const Checker& checker = DefaultChecker();
  Options options;
  options.aliases = {{"Alibaba", "BABA"}, {"Nvidia", "NVDA"}};
  auto other = Checker::Create(options);
  REQUIRE(other.ok());
  const std::vector<Case> cases = FixtureCases();
  std::string long_source;
  while (long_source.size() <= (size_t{64} << 10)) long_source += cases[0].sources[0] + "\n\n";
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    std::string fresh;
    std::thread([&] {
      auto report = checker.Check(c.SourceViews(), c.summary);
      fresh = report.ok() ? ToJson(*report) : report.status().ToString();
    }).join();
    const Case& before = cases[(i + 1) % cases.size()];
    (void)other->Check(before.SourceViews(), before.summary);
    (void)checker.Check({before.sources[0], "\xff"}, before.summary);  // fails at source 1
    if (i % 4 == 0) (void)checker.Check(long_source, before.summary);
    auto report = checker.Check(c.SourceViews(), c.summary);
    INFO(c.name);
    CHECK((report.ok() ? ToJson(*report) : report.status().ToString()) == fresh);
  }
  // What one check's sources give (names, figures, superlatives, words) gives nothing to
  // the next check's claim.
  const std::string given = "Kunlun is the most advanced chip Baidu has designed, built by "
                            "Roy Keane for $5bn in 2019 after 235,000 tests.";
  const std::string bare = "Baidu designs chips.";
  const std::string claim = "Baidu's Kunlun is the most advanced chip, built by michael keane "
                            "for $5bn in 2019 after 235,000 tests.";
  std::string fresh;
  std::thread([&] { fresh = ToJson(*checker.Check(bare, claim)); }).join();
  std::string after;
  std::thread([&] {
    (void)checker.Check(given, claim);
    after = ToJson(*checker.Check(bare, claim));
  }).join();
  CHECK(after == fresh);
}

TEST_CASE("threads: batch --threads 4 writes what --threads 1 writes",
          "[reliability][threads][cli]") {
  const std::vector<Case> cases = FixtureCases();
  std::string input;
  const int n = 300;
  for (int i = 0; i < n; ++i) {
    const Case& c = cases[static_cast<size_t>(i) % cases.size()];
    nlohmann::json pair;
    pair["id"] = "line-" + std::to_string(i);
    pair["sources"] = c.sources;
    // Every fifth line pairs a case's sources with another case's summary; every
    // 37th is broken.
    pair["summary"] = i % 5 == 4 ? cases[static_cast<size_t>(i + 1) % cases.size()].summary
                                 : c.summary;
    std::string line = pair.dump();
    if (i % 37 == 36) line = line.substr(0, line.size() / 2);
    input += line + "\n";
  }
  const RunResult one = RunCli({"batch", "--threads", "1"}, input);
  const RunResult four = RunCli({"batch", "--threads", "4"}, input);
  INFO(one.err << four.err);
  CHECK(one.exit_code == 3);
  CHECK(four.exit_code == 3);
  CHECK(Lines(one.out).size() == static_cast<size_t>(n));
  CHECK(one.out == four.out);
}

}  // namespace
}  // namespace claimcheck::testing
