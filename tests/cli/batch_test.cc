// `claimcheck batch`: one output line per non-blank input line, in input order, with the
// input's id echoed verbatim, error records for bad lines, and byte-identical output
// whatever --threads is.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli_runner.h"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> kSeeds = {
    "000_5cb0e136af7c07d2.txt", "001_73c9dda10c4b9f60.txt", "002_655f853d25db7233.txt",
    "003_9089a467beb3dbbb.txt", "004_39ca693172f99d2b.txt"};

// One pair per line: seed i % 5 as the source; the summary is either the source itself
// or an invented sentence, so the lines do different amounts of work.
std::string PairLine(int i) {
  const std::string source = Seed(kSeeds[i % kSeeds.size()]);
  json pair;
  pair["id"] = i;
  pair["source"] = source;
  pair["summary"] = i % 3 == 2 ? std::string("Penguins in Antarctica elected a mayor.") : source;
  pair["label"] = "ignored";
  return pair.dump(-1, ' ', /*ensure_ascii=*/false) + "\n";
}

json ParseLine(const std::string& line) {
  INFO("line: " << line.substr(0, 300));
  return json::parse(line);
}

TEST_CASE("Batch output is in input order and identical for any thread count", "[batch]") {
  std::string input;
  const int n = 70;
  for (int i = 0; i < n; ++i) input += PairLine(i);
  const RunResult one = RunCli({"batch", "--threads", "1"}, input);
  const RunResult four = RunCli({"batch", "--threads", "4"}, input);
  const RunResult deflt = RunCli({"batch"}, input);
  INFO(one.err);
  CHECK(one.exit_code == 0);
  CHECK(four.exit_code == 0);
  CHECK(one.out == four.out);
  CHECK(one.out == deflt.out);
  const std::vector<std::string> lines = Lines(one.out);
  REQUIRE(lines.size() == static_cast<size_t>(n));
  for (int k = 0; k < n; ++k) {
    const json report = ParseLine(lines[k]);
    CHECK(report["id"] == k);
    CHECK(!report.contains("error"));
    // A summary that repeats its source has nothing unsupported or contradicted.
    if (k % 3 != 2) CHECK(report["consistent"] == true);
    if (k % 3 == 2) CHECK(report["consistent"] == false);
  }
}

TEST_CASE("Batch: each bad line gets an error record, the others their reports", "[batch]") {
  const std::string good = PairLine(0);  // ends in '\n'
  std::vector<std::string> input_lines = {
      good,                                                   // 1
      "not json at all\n",                                    // 2
      "\n",                                                   // 3 blank: no output
      "{\"id\": \"no-summary\", \"source\": \"A text.\"}\n",  // 4
      "{\"id\": 5, \"source\": \"Bad \xff byte.\", \"summary\": \"Bad.\"}\n",  // 5
      "   \t\r\n",                                            // 6 blank: no output
      "{\"id\": [1], \"sources\": \"not a list\", \"summary\": \"x\"}\n",  // 7
      "[\"an\", \"array\"]\n",                                // 8
      "{\"id\": 9, \"source\": \"A text.\", \"summary\": \"   \"}\n",  // 9
      "{\"id\": 10, \"summary\": \"x\"}\n",                   // 10
      "{\"id\": 11, \"source\": \"a\", \"sources\": [\"b\"], \"summary\": \"x\"}\n",  // 11
      "{\"id\": 12, \"sources\": [\"a\", 3], \"summary\": \"x\"}\n",  // 12
      "{\"id\": 13, \"summary\": 42, \"source\": \"a\"}\n",    // 13
      "{\"id\": 14, \"source\": \"a\", \"summary\": \"truncated\n",  // 14
      good,                                                   // 15
  };
  std::string input;
  for (const std::string& l : input_lines) input += l;
  const RunResult r = RunCli({"batch", "--threads", "3"}, input);
  INFO(r.err);
  CHECK(r.exit_code == 3);
  const std::vector<std::string> out = Lines(r.out);
  REQUIRE(out.size() == input_lines.size() - 2);  // every non-blank line, one each

  struct Expect {
    int line;
    json id;
    const char* code;  // nullptr: a report
  };
  const std::vector<Expect> expected = {
      {1, 0, nullptr},
      {2, nullptr, "invalid_json"},
      {4, "no-summary", "missing_field"},
      {5, 5, "invalid_utf8"},
      {7, json::array({1}), "invalid_field"},
      {8, nullptr, "invalid_json"},
      {9, 9, "empty_input"},
      {10, 10, "missing_field"},
      {11, 11, "invalid_field"},
      {12, 12, "invalid_field"},
      {13, 13, "invalid_field"},
      {14, nullptr, "invalid_json"},
      {15, 0, nullptr},
  };
  REQUIRE(out.size() == expected.size());
  for (size_t k = 0; k < expected.size(); ++k) {
    const json record = ParseLine(out[k]);
    INFO("input line " << expected[k].line);
    CHECK(record["id"] == expected[k].id);
    if (expected[k].code == nullptr) {
      CHECK(!record.contains("error"));
      CHECK(record.contains("sentences"));
    } else {
      REQUIRE(record.contains("error"));
      CHECK(record["error"]["code"] == expected[k].code);
      CHECK(record["error"]["line"] == expected[k].line);
      CHECK(!record["error"]["message"].get<std::string>().empty());
    }
  }
  // The invalid byte's offset is its position in the input line.
  const json utf8 = ParseLine(out[3]);
  CHECK(utf8["error"]["offset"] == input_lines[4].find('\xff'));
}

TEST_CASE("Batch echoes ids verbatim: strings, numbers, null, or null when absent",
          "[batch]") {
  const std::string source = "Alibaba and Baidu have begun using custom AI training chips.";
  const std::vector<std::string> ids = {
      "\"plain\"", "\"esc\\u0041ped \\\"q\\\"\"", "42", "-7", "1.50", "1e3", "null"};
  std::string input;
  for (const std::string& id : ids) {
    input += "{\"id\": " + id + " , \"source\": \"" + source + "\", \"summary\": \"" + source +
             "\"}\n";
  }
  input += "{\"summary\": \"" + source + "\", \"source\": \"" + source + "\"}";  // no id, no \n
  const RunResult r = RunCli({"batch", "--threads", "2"}, input);
  INFO(r.err);
  const std::vector<std::string> out = Lines(r.out);
  REQUIRE(out.size() == ids.size() + 1);
  for (size_t k = 0; k < ids.size(); ++k) {
    INFO(out[k].substr(0, 200));
    CHECK(out[k].rfind("{\"id\":" + ids[k] + ",", 0) == 0);
  }
  CHECK(out.back().rfind("{\"id\":null,", 0) == 0);
  CHECK(r.exit_code == 0);
}

TEST_CASE("Batch accepts \"sources\" lists and CRLF line ends", "[batch]") {
  const std::string a = Seed(kSeeds[0]);
  const std::string b = Seed(kSeeds[3]);
  json pair;
  pair["id"] = "two-sources";
  pair["sources"] = {a, b};
  pair["summary"] = b;
  const std::string line = pair.dump(-1, ' ', false);
  const RunResult r = RunCli({"batch", "--threads", "1"}, line + "\r\n" + line + "\r\n");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  const std::vector<std::string> out = Lines(r.out);
  REQUIRE(out.size() == 2);
  const json report = ParseLine(out[0]);
  CHECK(report["id"] == "two-sources");
  CHECK(report["consistent"] == true);
  CHECK(out[0] == out[1]);
}

TEST_CASE("Batch with empty input writes nothing and exits 0", "[batch]") {
  const RunResult r = RunCli({"batch"}, "");
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  const RunResult blank = RunCli({"batch"}, "\n\n  \n");
  CHECK(blank.exit_code == 0);
  CHECK(blank.out.empty());
}

TEST_CASE("Batch reports a closed stdout instead of dying", "[batch]") {
  std::string input;
  for (int i = 0; i < 10; ++i) input += PairLine(i);
  for (Stdout mode : {Stdout::kClosedPipe, Stdout::kDevFull}) {
    const RunResult r = RunCli({"batch", "--threads", "2"}, input, mode);
    INFO(r.err);
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("standard output") != std::string::npos);
  }
}

}  // namespace
}  // namespace claimcheck::testing
