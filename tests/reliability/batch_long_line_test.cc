// Lines over `batch --max-line-bytes`: each gets an input_too_large record with its line
// number, its length and the limit; the lines around it are untouched; and the line is
// never held in memory, however long it is.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reliability_util.h"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

// A good pair line of exactly `size` bytes: an ignored "pad" field fills it out.
std::string LineOfSize(const std::string& id_json, size_t size) {
  std::string line = "{\"id\":" + id_json +
                     ",\"source\":\"Nvidia sold chips to Baidu.\","
                     "\"summary\":\"Nvidia sold chips.\",\"pad\":\"\"}";
  REQUIRE(line.size() <= size);
  line.insert(line.size() - 2, size - line.size(), 'p');
  return line;
}

std::string TooLongRecord(const std::string& id_json, size_t line_bytes, size_t limit,
                          size_t line_number) {
  return "{\"id\":" + id_json +
         ",\"error\":{\"code\":\"input_too_large\",\"message\":\"the line has " +
         std::to_string(line_bytes) + " bytes, over the limit --max-line-bytes = " +
         std::to_string(limit) + "\",\"line\":" + std::to_string(line_number) + "}}";
}

TEST_CASE("batch long lines: just under, at and just over --max-line-bytes",
          "[reliability][batch]") {
  const std::string input = LineOfSize("1", 999) + "\n" + LineOfSize("2", 1000) + "\n" +
                            LineOfSize("3", 1001) + "\n" + LineOfSize("4", 1000) + "\n";
  for (const char* threads : {"1", "4"}) {
    const RunResult r =
        RunCli({"batch", "--threads", threads, "--max-line-bytes", "1000"}, input);
    INFO(r.err);
    CHECK(r.exit_code == 3);
    const std::vector<std::string> lines = Lines(r.out);
    REQUIRE(lines.size() == 4);
    CHECK(json::parse(lines[0])["id"] == 1);
    CHECK(json::parse(lines[0]).contains("sentences"));
    CHECK(json::parse(lines[1]).contains("sentences"));
    CHECK(lines[2] == TooLongRecord("3", 1001, 1000, 3));
    CHECK(json::parse(lines[3])["id"] == 4);
    CHECK(json::parse(lines[3]).contains("sentences"));
  }

  // The last line, without its '\n', is measured the same way.
  const RunResult last = RunCli({"batch", "--max-line-bytes", "1000"},
                                LineOfSize("1", 1000) + "\n" + LineOfSize("2", 1001));
  const std::vector<std::string> lines = Lines(last.out);
  REQUIRE(lines.size() == 2);
  CHECK(json::parse(lines[0]).contains("sentences"));
  CHECK(lines[1] == TooLongRecord("2", 1001, 1000, 2));
}

TEST_CASE("batch long lines: the default limit is 4 x --max-input-bytes + 64 KiB",
          "[reliability][batch]") {
  const size_t limit = 4 * 1000 + 65536;
  const std::string input =
      LineOfSize("\"at\"", limit) + "\n" + LineOfSize("\"over\"", limit + 1) + "\n";
  const RunResult r = RunCli({"batch", "--max-input-bytes", "1000"}, input);
  INFO(r.err);
  CHECK(r.exit_code == 3);
  const std::vector<std::string> lines = Lines(r.out);
  REQUIRE(lines.size() == 2);
  CHECK(json::parse(lines[0])["id"] == "at");
  CHECK(json::parse(lines[0]).contains("sentences"));
  CHECK(lines[1] == TooLongRecord("\"over\"", limit + 1, limit, 2));

  CHECK(RunCli({"batch", "--max-line-bytes", "0"}, input).exit_code == 2);
}

TEST_CASE("batch long lines: among good lines nothing else changes, 1 or 4 threads",
          "[reliability][batch]") {
  const std::vector<Case> cases = FixtureCases();
  const int n = 60;
  std::vector<std::string> good;  // the good lines, by input index (empty for long ones)
  size_t limit = 0;
  for (int i = 0; i < n; ++i) {
    json pair;
    pair["id"] = i;
    pair["sources"] = cases[static_cast<size_t>(i) % cases.size()].sources;
    pair["summary"] = cases[static_cast<size_t>(i) % cases.size()].summary;
    good.push_back(i % 7 == 3 ? std::string() : pair.dump());
    limit = std::max(limit, good.back().size());
  }
  // Over-long lines just over the limit, at several times it, and past several read
  // blocks; one of only spaces is blank (no output) however long.
  std::string input;
  std::string good_only;
  std::vector<int> ids;  // the id of each output line, -1 for an error record
  for (int i = 0; i < n; ++i) {
    if (!good[i].empty()) {
      input += good[i] + "\n";
      good_only += good[i] + "\n";
      ids.push_back(i);
      continue;
    }
    const size_t sizes[] = {limit + 1, 3 * limit, size_t{5} << 20};
    if (i == 17) {
      input += std::string(limit + 10, ' ') + "\n";
    } else {
      input += LineOfSize(std::to_string(i), std::max(sizes[(i / 7) % 3], size_t{200})) + "\n";
      ids.push_back(-1);
    }
  }

  const RunResult reference = RunCli({"batch", "--threads", "1"}, good_only);
  const std::vector<std::string> reports = Lines(reference.out);
  const std::string flag = std::to_string(limit);
  const RunResult one = RunCli({"batch", "--threads", "1", "--max-line-bytes", flag}, input);
  const RunResult four = RunCli({"batch", "--threads", "4", "--max-line-bytes", flag}, input);
  INFO(one.err << four.err);
  CHECK(one.exit_code == 3);
  CHECK(four.exit_code == 3);
  CHECK(four.out == one.out);
  const std::vector<std::string> lines = Lines(one.out);
  REQUIRE(lines.size() == ids.size());
  size_t next_report = 0;
  size_t line_number = 0;  // 1-based input line of output line k
  for (size_t k = 0; k < lines.size(); ++k) {
    ++line_number;
    if (line_number == 18) ++line_number;  // the blank one
    INFO("output line " << k + 1 << ": " << lines[k].substr(0, 200));
    if (ids[k] >= 0) {
      REQUIRE(next_report < reports.size());
      CHECK(lines[k] == reports[next_report++]);  // byte for byte as without long lines
    } else {
      const json record = json::parse(lines[k]);
      CHECK(record["id"] == static_cast<int>(line_number) - 1);
      CHECK(record["error"]["code"] == "input_too_large");
      CHECK(record["error"]["line"] == line_number);
    }
  }
  CHECK(next_report == reports.size());
}

TEST_CASE("batch long lines: the id is echoed when it is the first key, else null",
          "[reliability][batch]") {
  struct Row {
    std::string head;  // the line starts so and is padded past the limit
    std::string id;    // expected id JSON
  };
  const std::vector<Row> rows = {
      {"{\"id\": \"a-1\", \"source\": \"", "\"a-1\""},
      {"{\"id\":12.50,\"source\":\"", "12.50"},
      {"  {  \"id\" : \"\\u00e9\\\"q\" , \"x\": \"", "\"\\u00e9\\\"q\""},
      {"{\"id\": 7}", "7"},
      {"{\"id\": null, \"x\": \"", "null"},
      {"{\"source\": \"x\", \"id\": 3, \"y\": \"", "null"},
      {"{\"id\": \"bad \\x escape\", \"x\": \"", "null"},
      {"{\"id\": \"\xff\", \"x\": \"", "null"},
      {"{\"id\": 1e999, \"x\": \"", "null"},
      {"{\"id\": [1, 2], \"x\": \"", "null"},
      {"{\"id\": \"" + std::string(1500, 'i') + "\", \"x\": \"", "null"},  // past the head
      {"{\"id\": 5", "null"},  // the value may go on past the head
      {"not json", "null"},
  };
  const size_t limit = 1000;
  std::string input;
  std::string expected;
  for (size_t i = 0; i < rows.size(); ++i) {
    const size_t pad = limit + 1 - std::min(limit, rows[i].head.size());
    const std::string line = rows[i].head + std::string(pad, ' ');
    input += line + "\n";
    expected += TooLongRecord(rows[i].id, line.size(), limit, i + 1) + "\n";
  }
  const RunResult r = RunCli({"batch", "--max-line-bytes", std::to_string(limit)}, input);
  CHECK(r.exit_code == 3);
  CHECK(r.out == expected);
}

TEST_CASE("batch long lines: a 128 MiB line is read past, not kept", "[reliability][batch]") {
  TempDir dir;
  const std::string small =
      "{\"id\": 0, \"source\": \"Nvidia sold chips.\", \"summary\": \"Nvidia sold chips.\"}\n";
  const std::string small_path = dir.Write("small", small + small);
  const std::string big_path = dir.Reserve("big");
  const std::string head = "{\"id\": \"big\", \"source\": \"";
  const std::string tail = "\", \"summary\": \"x\"}";
  const size_t block = size_t{1} << 20;
  const size_t blocks = 128;
  {
    std::ofstream out(big_path, std::ios::binary);
    out << small << head;
    const std::string text(block, 'a');
    for (size_t i = 0; i < blocks; ++i) out << text;
    out << tail << "\n" << small;
  }
  const size_t line_bytes = head.size() + blocks * block + tail.size();
  const std::vector<std::string> args = {"batch", "--threads", "2", "--max-line-bytes", "4096"};
  const RunResult base = RunCliOnFile(args, small_path);
  const RunResult big = RunCliOnFile(args, big_path);
  INFO(big.err);
  CHECK(big.exit_code == 3);
  const std::vector<std::string> lines = Lines(big.out);
  REQUIRE(lines.size() == 3);
  CHECK(lines[1] == TooLongRecord("\"big\"", line_bytes, 4096, 2));
  CHECK(lines[2] == Lines(base.out)[1]);
  // Its own peak memory stays within a few read blocks of a run without the long line.
  INFO("peak KiB: " << base.max_rss_kb << " without, " << big.max_rss_kb << " with it");
  CHECK(big.max_rss_kb < base.max_rss_kb + 32 * 1024);
}

}  // namespace
}  // namespace claimcheck::testing
