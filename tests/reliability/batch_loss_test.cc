// No loss in batch: N non-blank input lines give exactly N output lines, in input order,
// each with its line's id (or, for a line that is not JSON, null and its line number),
// whatever fails and whatever --threads is.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reliability_util.h"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

// Line i (0-based) of the input: mostly good pairs, with every kind of bad line mixed in.
std::string InputLine(int i, const std::vector<Case>& cases) {
  const Case& c = cases[static_cast<size_t>(i) % cases.size()];
  json pair;
  pair["id"] = i;
  pair["sources"] = c.sources;
  pair["summary"] = c.summary;
  const std::string good = pair.dump();
  switch (i % 16) {
    case 3: return good.substr(0, good.size() - 1);                  // truncated JSON
    case 5: return "{\"id\": " + std::to_string(i) + ", \"summary\": \"x\"}";  // no source
    case 7: return "{\"id\": " + std::to_string(i) + ", \"source\": \"Nvidia \xc3\x28 sold.\", "
                   "\"summary\": \"Nvidia sold.\"}";                 // invalid UTF-8
    case 9: return "{\"id\": " + std::to_string(i) + ", \"source\": \"Nvidia sold.\", "
                   "\"summary\": \"\"}";                             // empty summary
    case 11: return "not json at all " + std::to_string(i);
    case 13: return "{\"id\": " + std::to_string(i) + ", \"source\": \"Nvidia sold.\", "
                    "\"summary\": \"" + std::string(70000, 'z') + "\"}";  // unit too large
    case 15: return good + "\r";                                     // CRLF line ending
    default: return good;
  }
}

void RequireNoLoss(const std::string& out, int n) {
  const std::vector<std::string> lines = Lines(out);
  REQUIRE(lines.size() == static_cast<size_t>(n));
  for (int k = 0; k < n; ++k) {
    INFO("output line " << k + 1 << ": " << lines[k].substr(0, 200));
    const json record = json::parse(lines[k]);
    if (record["id"].is_null()) {
      REQUIRE(record.contains("error"));
    } else {
      CHECK(record["id"] == k);
    }
    if (record.contains("error")) {
      CHECK(record["error"]["line"] == k + 1);
    } else {
      CHECK(record.contains("sentences"));
    }
    const bool bad = k % 16 == 3 || k % 16 == 5 || k % 16 == 7 || k % 16 == 9 ||
                     k % 16 == 11 || k % 16 == 13;
    CHECK(record.contains("error") == bad);
  }
}

TEST_CASE("batch loss: N lines in, N lines out, in order, with bad lines mixed in",
          "[reliability][batch]") {
  const std::vector<Case> cases = FixtureCases();
  const int n = 160;
  std::string input;
  for (int i = 0; i < n; ++i) input += InputLine(i, cases) + "\n";
  const RunResult one = RunCli({"batch", "--threads", "1"}, input);
  const RunResult four = RunCli({"batch", "--threads", "4"}, input);
  INFO(one.err << four.err);
  CHECK(one.exit_code == 3);
  CHECK(four.exit_code == 3);
  RequireNoLoss(one.out, n);
  CHECK(four.out == one.out);

  // Without the final newline the last line still counts.
  input.pop_back();
  const RunResult no_newline = RunCli({"batch", "--threads", "4"}, input);
  CHECK(no_newline.out == one.out);
}

TEST_CASE("batch loss: blank lines give no output but keep the line numbers",
          "[reliability][batch]") {
  const std::string input =
      "\n  \n{\"id\": \"a\", \"source\": \"Nvidia sold chips.\", \"summary\": \"Nvidia sold chips.\"}\n"
      "\t\r\nnot json\n\n";
  const RunResult r = RunCli({"batch"}, input);
  const std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(json::parse(lines[0])["id"] == "a");
  CHECK(json::parse(lines[1])["error"]["line"] == 5);
}

TEST_CASE("batch loss: a line of several megabytes among small ones", "[reliability][batch]") {
  json big;
  big["id"] = 1;
  std::string source;
  while (source.size() < (size_t{3} << 20)) source += "Nvidia sold chips to Baidu in 2020. ";
  big["source"] = source;
  big["summary"] = "Nvidia sold chips to Baidu in 2020.";
  const std::string small0 = "{\"id\": 0, \"source\": \"a b c.\", \"summary\": \"a b c.\"}";
  const std::string small2 = "{\"id\": 2, \"source\": \"a b c.\", \"summary\": \"a b c.\"}";
  const std::string input = small0 + "\n" + big.dump() + "\n" + small2 + "\n";
  for (const char* threads : {"1", "3"}) {
    const RunResult r = RunCli({"batch", "--threads", threads}, input);
    INFO(r.err);
    CHECK(r.exit_code == 0);
    const std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == 3);
    for (int k = 0; k < 3; ++k) CHECK(json::parse(lines[k])["id"] == k);
  }
}

}  // namespace
}  // namespace claimcheck::testing
