// `claimcheck check`, --help and --version, run as a user would: exit codes, messages
// that name the file, and reports that agree with the input bytes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "claimcheck/version.h"
#include "cli_runner.h"

namespace claimcheck::testing {
namespace {

using nlohmann::json;

const char kSeed000[] = "000_5cb0e136af7c07d2.txt";
const char kSeed003[] = "003_9089a467beb3dbbb.txt";
// Nothing in any seed backs this.
const char kInvented[] = "Penguins in Antarctica elected a new mayor in 1850.\n";

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// Every unit's, evidence's and finding's text is exactly the bytes its offsets name.
void CheckOffsets(const json& report, const std::string& summary,
                  const std::vector<std::string>& sources) {
  for (const json& unit : report["sentences"]) {
    const size_t b = unit["begin"], e = unit["end"];
    REQUIRE(b <= e);
    REQUIRE(e <= summary.size());
    CHECK(unit["text"] == summary.substr(b, e - b));
    for (const json& ev : unit["evidence"]) {
      const size_t s = ev["source"], eb = ev["begin"], ee = ev["end"];
      REQUIRE(s < sources.size());
      REQUIRE(ee <= sources[s].size());
      CHECK(ev["text"] == sources[s].substr(eb, ee - eb));
    }
    for (const json& f : unit["findings"]) {
      const size_t fb = f["begin"], fe = f["end"];
      REQUIRE(fe <= summary.size());
      CHECK(f["text"] == summary.substr(fb, fe - fb));
    }
  }
}

TEST_CASE("The version flag prints the library version", "[cli]") {
  const RunResult r = RunCli({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == std::string("claimcheck ") + CLAIMCHECK_VERSION_STRING + "\n");
}

TEST_CASE("The help flag describes both subcommands and exits 0", "[cli]") {
  const RunResult r = RunCli({"--help"});
  CHECK(r.exit_code == 0);
  CHECK(Contains(r.out, "check"));
  CHECK(Contains(r.out, "batch"));
  const RunResult sub = RunCli({"check", "--help"});
  CHECK(sub.exit_code == 0);
  CHECK(Contains(sub.out, "--summary"));
}

TEST_CASE("Usage errors exit 2 with a message", "[cli]") {
  TempDir dir;
  const std::string source = dir.Write("source.txt", Seed(kSeed000));
  const std::string summary = dir.Write("summary.txt", LineOf(Seed(kSeed000), 3));
  const std::vector<std::vector<std::string>> rows = {
      {},
      {"frobnicate"},
      {"check"},
      {"check", "--summary", summary},
      {"check", "--source", source},
      {"check", "--source", source, "--summary", summary, "--format", "xml"},
      {"check", "--source", source, "--summary", summary, "--threshold", "1.5"},
      {"check", "--source", source, "--summary", summary, "--threshold", "abc"},
      {"check", "--source", source, "--summary", summary, "--max-input-bytes", "0"},
      {"check", "--source", source, "--summary", summary, "--alias", "Wenxin"},
      {"check", "--source", source, "--summary", summary, "--alias", "=Ernie"},
      {"check", "--source", source, "--summary", summary, "--alias", "Wenxin=="},
      {"check", "--source", "-", "--summary", "-"},
      {"check", "--source", source, "--summary", summary, "--bogus"},
      {"batch", "--threads", "0"},
      {"batch", "--threads", "many"},
  };
  for (const auto& args : rows) {
    std::string joined;
    for (const std::string& a : args) joined += a + " ";
    INFO("args: " << joined);
    const RunResult r = RunCli(args);
    CHECK(r.exit_code == 2);
    CHECK(!r.err.empty());
    CHECK(r.out.empty());
  }
}

TEST_CASE("A summary that repeats its source is consistent (exit 0)", "[cli]") {
  TempDir dir;
  const std::string seed = Seed(kSeed000);
  const std::string summary = LineOf(seed, 3) + "\n";
  const std::string source_path = dir.Write("source.txt", seed);
  const std::string summary_path = dir.Write("summary.txt", summary);
  const RunResult r =
      RunCli({"check", "--source", source_path, "--summary", summary_path, "--format", "json"});
  INFO(r.err << r.out);
  CHECK(r.exit_code == 0);
  REQUIRE(!r.out.empty());
  CHECK(r.out.back() == '\n');
  CHECK(r.out.find('\n') == r.out.size() - 1);  // one line
  const json report = json::parse(r.out);
  CHECK(report["consistent"] == true);
  CHECK(report["counts"]["unsupported"] == 0);
  CHECK(report["counts"]["contradicted"] == 0);
  CHECK(report["id"].is_null());
  CheckOffsets(report, summary, {seed});
}

TEST_CASE("An invented claim is flagged (exit 1)", "[cli]") {
  TempDir dir;
  const std::string seed = Seed(kSeed000);
  const std::string summary = LineOf(seed, 3) + "\n" + kInvented;
  const std::string source_path = dir.Write("source.txt", seed);
  const std::string summary_path = dir.Write("summary.txt", summary);
  const RunResult r =
      RunCli({"check", "--source", source_path, "--summary", summary_path, "--format", "json"});
  INFO(r.err << r.out);
  CHECK(r.exit_code == 1);
  const json report = json::parse(r.out);
  CHECK(report["consistent"] == false);
  CHECK(report["counts"]["unsupported"].get<int>() + report["counts"]["contradicted"].get<int>() >=
        1);
  CheckOffsets(report, summary, {seed});
  // The flagged unit is the invented sentence.
  bool found = false;
  for (const json& unit : report["sentences"]) {
    if (Contains(unit["text"].get<std::string>(), "Penguins")) {
      found = true;
      CHECK(unit["verdict"] != "supported");
    }
  }
  CHECK(found);
}

TEST_CASE("Evidence names the source it comes from", "[cli]") {
  TempDir dir;
  const std::string first = Seed(kSeed000);
  const std::string second = Seed(kSeed003);
  const std::string line = LineOf(second, 7);
  const std::string summary = line.substr(0, line.find(". ") + 1) + "\n";  // its 1st sentence
  const RunResult r = RunCli({"check", "--source", dir.Write("a.txt", first), "--source",
                              dir.Write("b.txt", second), "--summary",
                              dir.Write("s.txt", summary), "--format", "json"});
  INFO(r.err << r.out);
  CHECK(r.exit_code == 0);
  const json report = json::parse(r.out);
  CheckOffsets(report, summary, {first, second});
  REQUIRE(report["sentences"].size() >= 1);
  REQUIRE(!report["sentences"][0]["evidence"].empty());
  CHECK(report["sentences"][0]["evidence"][0]["source"] == 1);
}

TEST_CASE("'-' reads the summary or a source from standard input", "[cli]") {
  TempDir dir;
  const std::string seed = Seed(kSeed000);
  const std::string summary = LineOf(seed, 3) + "\n";
  const RunResult a = RunCli(
      {"check", "--source", dir.Write("src.txt", seed), "--summary", "-", "--format", "json"},
      summary);
  CHECK(a.exit_code == 0);
  const RunResult b = RunCli(
      {"check", "--source", "-", "--summary", dir.Write("sum.txt", summary), "--format", "json"},
      seed);
  CHECK(b.exit_code == 0);
  CHECK(a.out == b.out);
}

TEST_CASE("Input errors exit 2 and name the file", "[cli]") {
  TempDir dir;
  const std::string source = dir.Write("source.txt", Seed(kSeed000));
  const std::string missing = dir.path() + "/no-such-file.txt";
  const std::string directory = dir.Mkdir("a-directory");
  // "Good start. " is 12 bytes; the bad byte comes next.
  const std::string bad_utf8 = dir.Write("bad-utf8.txt", "Good start. \xff then more.\n");
  const std::string truncated = dir.Write("truncated.txt", "Baidu\xe2\x80");  // cut U+2019
  const std::string empty = dir.Write("empty.txt", " \n\t\n");

  struct Row {
    std::vector<std::string> args;
    std::vector<std::string> message_has;
  };
  const std::vector<Row> rows = {
      {{"--source", source, "--summary", missing}, {missing, "no such file"}},
      {{"--source", missing, "--summary", source}, {missing}},
      {{"--source", source, "--summary", directory}, {directory, "directory"}},
      {{"--source", directory, "--summary", source}, {directory, "directory"}},
      {{"--source", source, "--summary", bad_utf8}, {bad_utf8, "UTF-8", "byte 12"}},
      {{"--source", bad_utf8, "--summary", source}, {bad_utf8, "byte 12"}},
      {{"--source", source, "--summary", truncated}, {truncated, "byte 5"}},
      {{"--source", source, "--summary", empty}, {empty, "empty"}},
      {{"--source", source, "--summary", source, "--max-input-bytes", "100"},
       {source, "100"}},
  };
  for (const Row& row : rows) {
    std::vector<std::string> args = {"check"};
    args.insert(args.end(), row.args.begin(), row.args.end());
    const RunResult r = RunCli(args);
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    for (const std::string& part : row.message_has) CHECK(Contains(r.err, part));
  }
}

TEST_CASE("Unreadable file exits 2", "[cli]") {
  if (geteuid() == 0) return;  // root reads anything
  TempDir dir;
  const std::string secret = dir.Write("secret.txt", "Some text.\n");
  chmod(secret.c_str(), 0);
  const RunResult r = RunCli({"check", "--source", secret, "--summary", secret});
  CHECK(r.exit_code == 2);
  CHECK(Contains(r.err, secret));
}

TEST_CASE("Text output is plain when piped and lists flagged units first", "[cli]") {
  TempDir dir;
  const std::string seed = Seed(kSeed000);
  const RunResult r =
      RunCli({"check", "--source", dir.Write("src.txt", seed), "--summary",
              dir.Write("sum.txt", LineOf(seed, 3) + "\n" + kInvented)});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find('\x1b') == std::string::npos);
  CHECK(r.out.rfind("claimcheck: NOT CONSISTENT", 0) == 0);
  const size_t penguins = r.out.find("Penguins");
  const size_t supported = r.out.find("✓ supported");
  REQUIRE(penguins != std::string::npos);
  if (supported != std::string::npos) CHECK(penguins < supported);
}

TEST_CASE("HTML output marks every unit and keeps summary markup as text", "[cli]") {
  TempDir dir;
  const std::string seed = Seed(kSeed000);
  const std::string summary =
      LineOf(seed, 3) + "\nPenguins <script>alert(1)</script> elected a mayor.\n";
  const std::string summary_path = dir.Write("sum.txt", summary);
  const std::string source_path = dir.Write("src.txt", seed);
  const RunResult html = RunCli(
      {"check", "--source", source_path, "--summary", summary_path, "--format", "html"});
  const RunResult js = RunCli(
      {"check", "--source", source_path, "--summary", summary_path, "--format", "json"});
  INFO(html.err);
  CHECK(html.exit_code == js.exit_code);  // the format does not change the verdict
  CHECK(html.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.out.find("<script>alert") == std::string::npos);
  CHECK(html.out.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  const json report = json::parse(js.out);
  for (const json& unit : report["sentences"]) {
    const std::string n = std::to_string(unit["index"].get<size_t>());
    CHECK(html.out.find("id=\"u" + n + "\"") != std::string::npos);
    CHECK(html.out.find("id=\"d" + n + "\"") != std::string::npos);
  }
}

TEST_CASE("A write error on stdout is reported, not a crash", "[cli]") {
  TempDir dir;
  const std::string seed = Seed(kSeed000);
  const std::vector<std::string> args = {"check", "--source", dir.Write("src.txt", seed),
                                         "--summary", dir.Write("sum.txt", LineOf(seed, 3)),
                                         "--format", "json"};
  for (Stdout mode : {Stdout::kClosedPipe, Stdout::kDevFull}) {
    const RunResult r = RunCli(args, "", mode);
    INFO("stderr: " << r.err);
    CHECK(r.signal == 0);
    CHECK(r.exit_code == 2);
    CHECK(Contains(r.err, "standard output"));
  }
}

}  // namespace
}  // namespace claimcheck::testing
