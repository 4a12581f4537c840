// Determinism: the same input gives byte-identical JSON on every run, from every Checker,
// through every entry point and from the CLI, whatever the thread count.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reliability_util.h"

namespace claimcheck::testing {
namespace {

TEST_CASE("determinism: repeated checks and fresh Checkers give identical JSON",
          "[reliability][determinism]") {
  auto second = Checker::Create();
  REQUIRE(second.ok());
  for (const Case& c : FixtureCases()) {
    INFO(c.name);
    auto a = DefaultChecker().Check(c.SourceViews(), c.summary);
    auto b = DefaultChecker().Check(c.SourceViews(), c.summary);
    auto fresh = second->Check(c.SourceViews(), c.summary);
    auto prepared = DefaultChecker().Prepare(c.SourceViews());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(fresh.ok());
    REQUIRE(prepared.ok());
    auto via_prepared = DefaultChecker().Check(*prepared, c.summary);
    REQUIRE(via_prepared.ok());
    RequireValidReport(*a, c.SourceViews(), c.summary,
                       DefaultChecker().options().support_threshold);
    const std::string json = ToJson(*a);
    CHECK(ToJson(*b) == json);
    CHECK(ToJson(*fresh) == json);
    CHECK(ToJson(*via_prepared) == json);
  }
}

TEST_CASE("determinism: the CLI gives the same bytes on every run and in every format",
          "[reliability][determinism][cli]") {
  const std::vector<Case> cases = FixtureCases();
  TempDir dir;
  for (size_t k = 0; k < cases.size(); k += 4) {
    const Case& c = cases[k];
    INFO(c.name);
    std::vector<std::string> args = {"check"};
    for (size_t s = 0; s < c.sources.size(); ++s) {
      args.push_back("--source");
      args.push_back(dir.Write(c.name + "-source-" + std::to_string(s), c.sources[s]));
    }
    args.push_back("--summary");
    args.push_back(dir.Write(c.name + "-summary", c.summary));
    for (const char* format : {"json", "text", "html"}) {
      INFO(format);
      std::vector<std::string> with_format = args;
      with_format.push_back("--format");
      with_format.push_back(format);
      const RunResult first = RunCli(with_format);
      const RunResult again = RunCli(with_format);
      CHECK((first.exit_code == 0 || first.exit_code == 1));
      CHECK(first.out == again.out);
      CHECK(first.exit_code == again.exit_code);
      if (std::string(format) == "json") {
        auto report = DefaultChecker().Check(c.SourceViews(), c.summary);
        REQUIRE(report.ok());
        CHECK(first.out == ToJson(*report) + "\n");
      }
    }
  }
}

TEST_CASE("determinism: batch output does not depend on the thread count",
          "[reliability][determinism][cli]") {
  std::string input;
  int i = 0;
  for (const Case& c : FixtureCases()) {
    nlohmann::json pair;
    pair["id"] = i++;
    pair["sources"] = c.sources;
    pair["summary"] = c.summary;
    input += pair.dump() + "\n";
  }
  const RunResult one = RunCli({"batch", "--threads", "1"}, input);
  INFO(one.err);
  REQUIRE(one.exit_code == 0);
  for (const char* threads : {"2", "3", "8"}) {
    const RunResult many = RunCli({"batch", "--threads", threads}, input);
    CHECK(many.out == one.out);
  }
  // Each batch line is the library's JSON for the pair, with the id.
  const std::vector<std::string> lines = Lines(one.out);
  const std::vector<Case> cases = FixtureCases();
  REQUIRE(lines.size() == cases.size());
  for (size_t k = 0; k < cases.size(); ++k) {
    auto report = DefaultChecker().Check(cases[k].SourceViews(), cases[k].summary);
    REQUIRE(report.ok());
    CHECK(lines[k] == ToJson(*report, std::to_string(k)));
  }
}

}  // namespace
}  // namespace claimcheck::testing
