// Bad input, one row each: whatever a pipeline feeds the library or the CLI, the answer is
// a valid report or an error that names the problem (and the byte, for bad UTF-8), never
// a crash or a silent truncation.
#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "reliability_util.h"

namespace claimcheck::testing {
namespace {

using nlohmann::json;
using namespace std::string_literals;

const std::string kSentence = "Nvidia sold 15 chips to Baidu in 2020.";
constexpr size_t kNone = Status::npos;

std::string Repeat(std::string_view s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A file of fixtures/unicode.
std::string Unicode(const std::string& name) {
  return ReadFileBytes(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/unicode/" + name);
}

struct Row {
  std::string name;
  std::vector<std::string> sources;
  std::string summary;
  // An error: its code, the byte offset it must name (kNone: no offset) and words its
  // message must contain. kOk: a report, checked by `check` when given.
  StatusCode code = StatusCode::kOk;
  size_t offset = kNone;
  std::vector<std::string> message_has;
  std::function<void(const Report&)> check;
};

Row Ok(std::string name, std::string source, std::string summary,
       std::function<void(const Report&)> check = nullptr) {
  Row r;
  r.name = std::move(name);
  r.sources = {std::move(source)};
  r.summary = std::move(summary);
  r.check = std::move(check);
  return r;
}

Row Error(std::string name, std::vector<std::string> sources, std::string summary,
          StatusCode code, size_t offset, std::vector<std::string> message_has) {
  Row r;
  r.name = std::move(name);
  r.sources = std::move(sources);
  r.summary = std::move(summary);
  r.code = code;
  r.offset = offset;
  r.message_has = std::move(message_has);
  return r;
}

// The summary is its own source: nothing in it may be contradicted.
void NoneContradicted(const Report& r) { CHECK(r.counts.contradicted == 0); }

std::vector<Row> Rows() {
  std::vector<Row> rows;
  // Invalid UTF-8 of every kind (fixtures/unicode/invalid.tsv), in the summary and in the
  // second of two sources: the error names the input and the first bad byte.
  const struct {
    const char* file;
    size_t offset;
    const char* what;
  } kBad[] = {
      {"bad_continuation.bin", 8, "unexpected continuation byte"},
      {"bad_lead_c0.bin", 2, "invalid lead byte"},
      {"bad_lead_f5.bin", 10, "invalid lead byte"},
      {"bad_overlong.bin", 1, "overlong encoding"},
      {"bad_overlong4.bin", 0, "overlong encoding"},
      {"bad_surrogate.bin", 5, "surrogate code point"},
      {"bad_above_max.bin", 3, "code point above U+10FFFF"},
      {"bad_truncated_end.bin", 5, "truncated sequence"},
      {"bad_truncated_mid.bin", 3, "truncated sequence"},
      {"bad_latin1.bin", 3, "truncated sequence"},
  };
  for (const auto& bad : kBad) {
    const std::string bytes = Unicode(bad.file);
    rows.push_back(Error(std::string("summary ") + bad.file, {kSentence}, bytes,
                         StatusCode::kInvalidUtf8, bad.offset,
                         {"summary", bad.what, "byte " + std::to_string(bad.offset)}));
    rows.push_back(Error(std::string("source 1 ") + bad.file, {kSentence, bytes}, kSentence,
                         StatusCode::kInvalidUtf8, bad.offset,
                         {"source 1", bad.what, "byte " + std::to_string(bad.offset)}));
  }
  // A bad byte deep inside a long valid text is still found and named.
  rows.push_back(Error("bad byte after 100 kB", {kSentence},
                       Repeat("Valid text here. ", 6000) + "\xff tail.", StatusCode::kInvalidUtf8,
                       102000, {"byte 102000"}));

  // NUL bytes are valid UTF-8: they stay in the report, byte for byte.
  rows.push_back(Ok("NUL bytes", std::string("Nvidia sold\0 15 chips.\0", 23),
                    std::string("Nvidia sold\0 15 chips.", 22), [](const Report& r) {
                      REQUIRE(r.sentences.size() == 1);
                      CHECK(r.sentences[0].text.find('\0') != std::string::npos);
                      NoneContradicted(r);
                    }));

  // Empty and blank inputs.
  rows.push_back(Error("empty summary", {kSentence}, "", StatusCode::kEmptyInput, kNone,
                       {"summary", "empty"}));
  rows.push_back(Error("empty source", {""}, kSentence, StatusCode::kEmptyInput, kNone,
                       {"source", "empty"}));
  rows.push_back(Error("empty second source", {kSentence, ""}, kSentence,
                       StatusCode::kEmptyInput, kNone, {"source 1", "empty"}));
  rows.push_back(Error("ASCII white space summary", {kSentence}, " \t\r\n\f\v \n",
                       StatusCode::kEmptyInput, kNone, {"summary", "empty"}));
  const std::string unicode_spaces =
      "\xc2\xa0\xe2\x80\x83\xe3\x80\x80\xe2\x80\xa8\xe2\x80\x8b\xef\xbb\xbf\xe2\x80\xaf \n";
  rows.push_back(Error("Unicode white space summary", {kSentence}, unicode_spaces,
                       StatusCode::kEmptyInput, kNone, {"summary", "empty"}));
  rows.push_back(Error("Unicode white space source", {unicode_spaces}, kSentence,
                       StatusCode::kEmptyInput, kNone, {"source", "empty"}));

  // Shapes of text.
  rows.push_back(Ok("summary with no sentence ending", kSentence,
                    "Nvidia sold 15 chips to Baidu in 2020", [](const Report& r) {
                      REQUIRE(r.sentences.size() == 1);
                      CHECK(r.sentences[0].end == 37);
                    }));
  rows.push_back(Ok("100,000 periods as the source", std::string(100000, '.'), kSentence));
  rows.push_back(Error("100,000 periods as the summary", {kSentence}, std::string(100000, '.'),
                       StatusCode::kEmptyInput, kNone, {"summary", "no text"}));
  rows.push_back(Ok("100,000 one-letter sentences", Repeat("A. ", 100000), "A. B. C."));
  rows.push_back(Ok("1 MB sentence in the source", Repeat("chips sold by Nvidia rose ", 40000),
                    kSentence, [](const Report& r) {
                      for (const Unit& u : r.sentences) {
                        for (const Evidence& e : u.evidence) {
                          // Windows of at most max_unit_bytes, never the whole megabyte.
                          CHECK(e.end - e.begin <= 3 * DefaultChecker().options().max_unit_bytes);
                        }
                      }
                    }));
  const std::string long_sentence = Repeat("chips sold by Nvidia rose ", 40000) + "again.";
  rows.push_back(Error("1 MB sentence in the summary", {kSentence}, long_sentence,
                       StatusCode::kInputTooLarge, 0,
                       {"summary unit 0", std::to_string(long_sentence.size()) + " bytes",
                        "max_unit_bytes = 65536"}));
  rows.push_back(Ok("1 MB with no space as the source", std::string(1 << 20, 'x'), kSentence));
  rows.push_back(Error("1 MB with no space as the summary", {kSentence},
                       std::string(1 << 20, 'x'), StatusCode::kInputTooLarge, 0,
                       {"1048576 bytes", "max_unit_bytes"}));
  const std::string cjk = Unicode("cjk.txt");
  rows.push_back(Ok("CJK with no spaces", Repeat(cjk, 2000), cjk, NoneContradicted));
  rows.push_back(Ok("CJK source, English summary", Repeat("英伟达向百度出售了十五块芯片。", 1000),
                    kSentence));
  const std::string url =
      "See https://example.com/news/2025/09/11/alibaba-baidu-chips?utm_source=x&utm_medium=y "
      "and www.reuters.com/technology/";
  rows.push_back(Ok("URLs", url + " " + kSentence, url, NoneContradicted));
  rows.push_back(Ok("a 50 kB URL", kSentence, "https://example.com/" + Repeat("a/b?c=d&e=f", 4500)));
  const std::string rtl = Unicode("rtl.txt");
  rows.push_back(Ok("right-to-left", rtl, rtl, NoneContradicted));
  const std::string mixed =
      "Nvidia (\xd7\xa0\xd7\x95\xd7\x95\xd7\x99\xd7\x93\xd7\x99\xd7\x94) sold 15 chips to "
      "\xd8\xa8\xd8\xa7\xd9\x8a\xd8\xaf\xd9\x88 and \xe7\x99\xbe\xe5\xba\xa6 in 2020 "
      "\xe2\x80\x8f\xe2\x80\xae reversed\xe2\x80\xac.";
  rows.push_back(Ok("mixed scripts and bidi controls", mixed, mixed, NoneContradicted));
  const std::string combining = Unicode("combining_marks.txt");
  rows.push_back(Ok("combining sequences", combining, combining, NoneContradicted));
  rows.push_back(Ok("20,000 combining marks on one letter", kSentence,
                    "Nvidia sold e" + Repeat("\xcc\x81", 20000) + " chips."));
  rows.push_back(Ok("emoji ZWJ sequences", Unicode("emoji_zwj.txt"), Unicode("emoji_zwj.txt")));

  // Numbers past double's range or precision: finite scores, no crash, and the same
  // number on both sides is not a contradiction.
  const std::string digits500(500, '9');
  const std::string huge = "Revenue rose 10^308 and 1e309 times to " + digits500 +
                           " dollars, or 999,999,999,999,999,999,999%, against 1e-400 and -0.";
  rows.push_back(Ok("huge numbers against themselves", huge, huge, NoneContradicted));
  rows.push_back(Ok("huge numbers against small ones", "Revenue rose 5% to 12 dollars.", huge));
  rows.push_back(Ok("500 digits in a source", "Revenue was " + digits500 + " dollars.",
                    "Revenue was 12 dollars."));
  // A year span whose second part does not fit in an int (found by fuzz_facts: undefined
  // behaviour that UBSan reports in scripts/sanitize.sh).
  const std::string span = "Sales rose since 2024/" + std::string(90, '8') + " and 2024/25.";
  rows.push_back(Ok("year span with a 90-digit end", span, span, NoneContradicted));

  // Punctuation runs.
  rows.push_back(Ok("repeated punctuation in the source",
                    "Wow" + std::string(100000, '!') + Repeat("?!", 50000) +
                        std::string(50000, '(') + std::string(50000, '-') + " " + kSentence,
                    kSentence));
  rows.push_back(Ok("repeated punctuation in the summary", kSentence,
                    "Nvidia sold 15 chips" + std::string(10000, '!') + Repeat("?!", 5000) +
                        std::string(5000, ')') + Repeat("...", 3000)));
  rows.push_back(Ok("punctuation between every letter", kSentence, Repeat("a.b,c;d:", 5000)));

  // Page cruft only.
  rows.push_back(Error("only citation markers", {kSentence}, "[1][2]", StatusCode::kEmptyInput,
                       kNone, {"summary", "no text"}));
  rows.push_back(Error("only citation lines", {kSentence}, "[1]\n[2]\n3\n", StatusCode::kEmptyInput,
                       kNone, {"summary", "no text"}));
  rows.push_back(Ok("citation markers as the source", "[1][2]", kSentence));
  rows.push_back(Ok("only boilerplate lines", kSentence, "Share\nCopy Link", [](const Report& r) {
    CHECK(r.counts.skipped == r.sentences.size());
    CHECK(r.consistent);
    CHECK(r.score == 1);
  }));
  rows.push_back(Ok("boilerplate as the source", "Share\nCopy Link", kSentence));
  return rows;
}

TEST_CASE("bad input: every row gives a valid report or the error it names",
          "[reliability][bad_input]") {
  const Checker& checker = DefaultChecker();
  for (const Row& row : Rows()) {
    SECTION(row.name) {
      std::vector<std::string_view> sources(row.sources.begin(), row.sources.end());
      auto result = checker.Check(sources, row.summary);
      if (row.code == StatusCode::kOk) {
        INFO(result.status().ToString());
        REQUIRE(result.ok());
        RequireValidReport(*result, sources, row.summary,
                           checker.options().support_threshold);
        if (row.check) row.check(*result);
      } else {
        REQUIRE_FALSE(result.ok());
        const Status& st = result.status();
        INFO(st.ToString());
        CHECK(st.code() == row.code);
        CHECK(st.offset() == row.offset);
        for (const std::string& word : row.message_has) {
          CHECK_THAT(st.message(), Catch::Contains(word));
        }
      }
    }
  }
}

// ---- The CLI ----------------------------------------------------------------------

std::string PairLine(const json& id, const std::string& source, const std::string& summary) {
  json pair;
  pair["id"] = id;
  pair["source"] = source;
  pair["summary"] = summary;
  return pair.dump() + "\n";
}

std::string Chomp(std::string s) {
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

TEST_CASE("bad input: malformed batch lines get error records with their line numbers",
          "[reliability][bad_input][cli]") {
  const struct {
    std::string line;  // without '\n'
    const char* code;  // expected error code, or "" for a report
    bool id_null;      // the error record's id is null
  } kLines[] = {
      {PairLine(1, kSentence, kSentence).substr(0, 10), "invalid_json", true},
      {Chomp(PairLine("two", kSentence, kSentence)), "", false},
      {"{\"id\": 3, \"source\": \"a\", \"summary\": }", "invalid_json", true},
      {"[1, 2, 3]", "invalid_json", true},
      {"\"just a string\"", "invalid_json", true},
      {"{\"id\": 6, \"summary\": \"Nvidia sold chips.\"}", "missing_field", false},
      {"{\"id\": 7, \"source\": \"x\"}", "missing_field", false},
      {"{\"id\": 8, \"source\": 5, \"summary\": \"Nvidia.\"}", "invalid_field", false},
      {"{\"id\": 9, \"sources\": [], \"summary\": \"Nvidia.\"}", "invalid_field", false},
      {"{\"id\": 10, \"source\": \"Nvidia \xff sold.\", \"summary\": \"Nvidia.\"}", "invalid_utf8",
       false},
      {"{\"id\": 11, \"source\": \"Nvidia sold.\", \"summary\": \"   \"}", "empty_input", false},
      {"{\"id\": 12, \"source\": \"a\", \"source\": \"b\", \"summary\": \"c\"", "invalid_json",
       true},
      {"{\"id\": 13, \"source\": \"a\0b\", \"summary\": \"c\"}"s, "invalid_json", true},
      {Chomp(PairLine(14, kSentence, kSentence)), "", false},  // the last, with no newline
  };
  std::string input;
  for (const auto& l : kLines) input += l.line + "\n";
  input.pop_back();
  const RunResult one = RunCli({"batch", "--threads", "1"}, input);
  const RunResult four = RunCli({"batch", "--threads", "4"}, input);
  INFO(one.err);
  CHECK(one.exit_code == 3);
  CHECK(four.exit_code == 3);
  CHECK(one.out == four.out);
  const std::vector<std::string> out = Lines(one.out);
  REQUIRE(out.size() == std::size(kLines));
  for (size_t i = 0; i < out.size(); ++i) {
    INFO("line " << i + 1 << ": " << out[i]);
    const json record = json::parse(out[i]);
    if (std::string(kLines[i].code).empty()) {
      CHECK_FALSE(record.contains("error"));
      CHECK(record.contains("sentences"));
    } else {
      REQUIRE(record.contains("error"));
      CHECK(record["error"]["code"] == kLines[i].code);
      CHECK(record["error"]["line"] == i + 1);
      CHECK(record["error"]["message"].get<std::string>().size() > 0);
      CHECK(record["id"].is_null() == kLines[i].id_null);
    }
  }
  // The invalid UTF-8 line names the bad byte: the offset of 0xff in the line.
  const json utf8 = json::parse(out[9]);
  CHECK(utf8["id"] == 10);
  CHECK(utf8["error"]["offset"] == kLines[9].line.find('\xff'));
}

TEST_CASE("bad input: binary junk on standard input", "[reliability][bad_input][cli]") {
  std::string junk;
  uint32_t x = 12345;
  for (int i = 0; i < 20000; ++i) {
    x = x * 1103515245u + 12345u;
    junk.push_back(static_cast<char>(x >> 24));
  }
  size_t lines = 0;  // non-blank lines, as batch counts them
  for (const std::string& l : Lines(junk)) {
    lines += l.find_first_not_of(" \t\r") != std::string::npos;
  }
  const RunResult batch = RunCli({"batch", "--threads", "2"}, junk);
  CHECK(batch.signal == 0);
  CHECK(batch.exit_code == 3);
  const std::vector<std::string> out = Lines(batch.out);
  CHECK(out.size() == lines);
  for (const std::string& line : out) {
    const json record = json::parse(line);
    CHECK(record.contains("error"));
  }
  TempDir dir;
  const std::string source = dir.Write("source.txt", kSentence);
  const RunResult check = RunCli({"check", "--source", source, "--summary", "-"}, junk);
  CHECK(check.signal == 0);
  CHECK(check.exit_code == 2);
  CHECK_THAT(check.err, Catch::Contains("standard input") && Catch::Contains("byte"));
  const RunResult as_source = RunCli({"check", "--source", "-", "--summary", source}, junk);
  CHECK(as_source.exit_code == 2);
  CHECK_THAT(as_source.err, Catch::Contains("invalid UTF-8"));
}

TEST_CASE("bad input: missing files, directories and closed standard output",
          "[reliability][bad_input][cli]") {
  TempDir dir;
  const std::string source = dir.Write("source.txt", kSentence);
  const std::string summary = dir.Write("summary.txt", kSentence);
  const std::string missing = dir.path() + "/no-such-file.txt";
  const std::string subdir = dir.Mkdir("a-directory");

  const RunResult no_source = RunCli({"check", "--source", missing, "--summary", summary});
  CHECK(no_source.exit_code == 2);
  CHECK_THAT(no_source.err, Catch::Contains("no-such-file.txt"));
  const RunResult no_summary = RunCli({"check", "--source", source, "--summary", missing});
  CHECK(no_summary.exit_code == 2);
  CHECK_THAT(no_summary.err, Catch::Contains("no-such-file.txt"));
  const RunResult dir_source = RunCli({"check", "--source", subdir, "--summary", summary});
  CHECK(dir_source.exit_code == 2);
  CHECK_THAT(dir_source.err, Catch::Contains("a-directory"));
  const RunResult dir_summary = RunCli({"check", "--source", source, "--summary", subdir});
  CHECK(dir_summary.exit_code == 2);
  CHECK_THAT(dir_summary.err, Catch::Contains("a-directory"));

  for (const char* format : {"text", "json", "html"}) {
    INFO(format);
    const RunResult closed =
        RunCli({"check", "--source", source, "--summary", summary, "--format", format}, "",
               Stdout::kClosedFd);
    CHECK(closed.signal == 0);
    CHECK(closed.exit_code == 2);
    CHECK_THAT(closed.err, Catch::Contains("standard output"));
    const RunResult broken = RunCli({"check", "--source", source, "--summary", summary,
                                     "--format", format},
                                    "", Stdout::kClosedPipe);
    CHECK(broken.signal == 0);
    CHECK(broken.exit_code == 2);
  }
  const std::string pairs = PairLine(1, kSentence, kSentence) + PairLine(2, kSentence, kSentence);
  const RunResult batch_closed = RunCli({"batch"}, pairs, Stdout::kClosedFd);
  CHECK(batch_closed.signal == 0);
  CHECK(batch_closed.exit_code == 2);
  CHECK_THAT(batch_closed.err, Catch::Contains("standard output"));
  const RunResult batch_full = RunCli({"batch"}, pairs, Stdout::kDevFull);
  CHECK(batch_full.signal == 0);
  CHECK(batch_full.exit_code == 2);
}

TEST_CASE("bad input: an endless or oversized input file is refused, not read to the end",
          "[reliability][bad_input][cli]") {
  TempDir dir;
  const std::string summary = dir.Write("summary.txt", kSentence);
  // /dev/zero never ends: reading stops past --max-input-bytes.
  const RunResult zero = RunCli({"check", "--source", "/dev/zero", "--summary", summary});
  CHECK(zero.signal == 0);
  CHECK(zero.exit_code == 2);
  CHECK_THAT(zero.err, Catch::Contains("/dev/zero") && Catch::Contains("--max-input-bytes"));
  const RunResult zero_summary =
      RunCli({"check", "--source", summary, "--summary", "/dev/zero", "--max-input-bytes", "4096"});
  CHECK(zero_summary.exit_code == 2);
  CHECK_THAT(zero_summary.err, Catch::Contains("/dev/zero") && Catch::Contains("4096"));
  // A regular file over the limit is named with its size without being read.
  const std::string big = dir.Write("big.txt", std::string(5000, 'a'));
  const RunResult file =
      RunCli({"check", "--source", big, "--summary", summary, "--max-input-bytes", "1000"});
  CHECK(file.exit_code == 2);
  CHECK_THAT(file.err, Catch::Contains("big.txt") && Catch::Contains("5000 bytes") &&
                           Catch::Contains("1000"));
  // Standard input over the limit.
  const RunResult piped = RunCli(
      {"check", "--source", summary, "--summary", "-", "--max-input-bytes", "1000"},
      std::string(200000, 'b'));
  CHECK(piped.exit_code == 2);
  CHECK_THAT(piped.err, Catch::Contains("standard input") && Catch::Contains("1000"));
}

}  // namespace
}  // namespace claimcheck::testing
