// The JSON writer: string escaping, score formatting, the schema's keys and their order,
// the id rules, and that an independent parser reads every output back.
#include "report/json_writer.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace claimcheck {
namespace {

using nlohmann::ordered_json;

std::string Escape(std::string_view text) {
  std::string out;
  internal::AppendJsonString(text, &out);
  return out;
}

std::string Score(double score) {
  std::string out;
  internal::AppendJsonScore(score, &out);
  return out;
}

// Appends the UTF-8 encoding of `cp`. Written out here rather than taken from
// text/utf8.h on purpose, so the random round-trip below checks the writer against an
// independent encoder (a duplicates report lists this pair; it is meant).
void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// A report with every kind of object in it; text taken from seed 000's wording.
Report SampleReport() {
  Report report;
  report.id = "pair-1";
  report.consistent = false;
  report.score = 0.22;
  report.counts = {1, 0, 1, 1};
  Unit supported;
  supported.index = 0;
  supported.begin = 0;
  supported.end = 21;
  supported.text = "Baidu’s Kunlun P800.";
  supported.score = 0.9;
  supported.evidence.push_back({0, 10, 31, "Baidu’s Kunlun P800", 0.75});
  Unit contradicted;
  contradicted.index = 1;
  contradicted.begin = 22;
  contradicted.end = 60;
  contradicted.kind = UnitKind::kHeading;
  contradicted.text = "Baidu formed its team in 2015 <script>";
  contradicted.verdict = Verdict::kContradicted;
  contradicted.score = 0.22;
  Finding with_source;
  with_source.kind = FindingKind::kDateMismatch;
  with_source.begin = 47;
  with_source.end = 51;
  with_source.text = "2015";
  with_source.detail = "the source gives 2011";
  with_source.has_source = true;
  with_source.source = 1;
  with_source.source_begin = 100;
  with_source.source_end = 104;
  with_source.source_text = "2011";
  Finding without_source;
  without_source.kind = FindingKind::kUnsupportedContent;
  without_source.begin = 22;
  without_source.end = 27;
  without_source.text = "Baidu";
  without_source.detail = "\"quoted\" detail\n";
  contradicted.findings = {with_source, without_source};
  Unit skipped;
  skipped.index = 2;
  skipped.begin = 61;
  skipped.end = 66;
  skipped.kind = UnitKind::kBoilerplate;
  skipped.text = "Share";
  skipped.verdict = Verdict::kSkipped;
  report.sentences = {supported, contradicted, skipped};
  return report;
}

std::vector<std::string> Keys(const ordered_json& object) {
  std::vector<std::string> keys;
  for (auto it = object.begin(); it != object.end(); ++it) keys.push_back(it.key());
  return keys;
}

TEST_CASE("AppendJsonString escapes what JSON and HTML embedding need", "[json]") {
  struct Row {
    std::string input;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"", "\"\""},
      {"plain text", "\"plain text\""},
      {"say \"hi\"", "\"say \\\"hi\\\"\""},
      {"back\\slash", "\"back\\\\slash\""},
      {"a\nb\tc\rd", "\"a\\nb\\tc\\rd\""},
      {"\b\f", "\"\\b\\f\""},
      {std::string("nul\0x", 5), "\"nul\\u0000x\""},
      {"\x01\x1f", "\"\\u0001\\u001f\""},
      {"\x7f", "\"\x7f\""},  // DEL needs no escape in JSON
      {"</script>", "\"\\u003c/script>\""},
      {"Baidu’s top‑of‑the‑line", "\"Baidu’s top‑of‑the‑line\""},  // U+2019, U+2011 kept
      {"é 中文 😀", "\"é 中文 😀\""},
      {"line\xE2\x80\xA8sep\xE2\x80\xA9", "\"line\\u2028sep\\u2029\""},
      {"bad\xff", "\"bad\\ufffd\""},
      {"\xc0\xaf", "\"\\ufffd\\ufffd\""},              // overlong '/'
      {"\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\""},    // UTF-16 surrogate
      {"\xf4\x90\x80\x80", "\"\\ufffd\\ufffd\\ufffd\\ufffd\""},  // past U+10FFFF
      {"cut\xe2\x80", "\"cut\\ufffd\\ufffd\""},        // truncated at the end
      {"\x80x", "\"\\ufffdx\""},                        // stray continuation byte
  };
  for (const Row& row : rows) {
    INFO("input: " << row.input);
    CHECK(Escape(row.input) == row.expected);
  }
}

TEST_CASE("AppendJsonString round-trips valid UTF-8 through a JSON parser", "[json]") {
  std::mt19937 rng(12345);
  std::uniform_int_distribution<int> pick(0, 5);
  for (int trial = 0; trial < 500; ++trial) {
    std::string text;
    const int length = trial % 40;
    for (int i = 0; i < length; ++i) {
      char32_t cp = 0;
      switch (pick(rng)) {
        case 0: cp = std::uniform_int_distribution<int>(0, 0x7F)(rng); break;
        case 1: cp = std::uniform_int_distribution<int>(0x80, 0x7FF)(rng); break;
        case 2: cp = std::uniform_int_distribution<int>(0x800, 0xD7FF)(rng); break;
        case 3: cp = std::uniform_int_distribution<int>(0xE000, 0xFFFF)(rng); break;
        case 4: cp = std::uniform_int_distribution<int>(0x10000, 0x10FFFF)(rng); break;
        default: cp = U"\"\\<\n\u2028"[std::uniform_int_distribution<int>(0, 4)(rng)]; break;
      }
      AppendUtf8(cp, &text);
    }
    const std::string escaped = Escape(text);
    INFO("escaped: " << escaped);
    REQUIRE(escaped.find('<') == std::string::npos);
    CHECK(nlohmann::json::parse(escaped).get<std::string>() == text);
  }
}

TEST_CASE("AppendJsonString always yields valid JSON, even from arbitrary bytes", "[json]") {
  std::mt19937 rng(777);
  for (int trial = 0; trial < 500; ++trial) {
    std::string bytes(trial % 64, '\0');
    for (char& c : bytes) c = static_cast<char>(rng() & 0xFF);
    const std::string escaped = Escape(bytes);
    CHECK_NOTHROW(nlohmann::json::parse(escaped));
  }
}

TEST_CASE("Scores have four fixed decimals and stay in [0,1]", "[json]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  struct Row {
    double score;
    const char* expected;
  };
  const std::vector<Row> rows = {
      {0, "0.0000"},   {1, "1.0000"},      {0.41, "0.4100"},   {0.5, "0.5000"},
      {0.22, "0.2200"}, {0.123449, "0.1234"}, {0.98766, "0.9877"}, {0.99996, "1.0000"},
      {1e-9, "0.0000"}, {-0.5, "0.0000"},   {1.7, "1.0000"},    {nan, "0.0000"},
      {inf, "1.0000"},  {-inf, "0.0000"},   {-0.0, "0.0000"},
  };
  for (const Row& row : rows) {
    INFO("score: " << row.score);
    CHECK(Score(row.score) == row.expected);
  }
}

TEST_CASE("ToJson writes DESIGN.md's schema, keys in order", "[json]") {
  const Report report = SampleReport();
  const std::string json = ToJson(report);
  REQUIRE(json.find('\n') == std::string::npos);  // one line
  const ordered_json doc = ordered_json::parse(json);

  CHECK(Keys(doc) == std::vector<std::string>{"id", "consistent", "score", "counts", "sentences"});
  CHECK(Keys(doc["counts"]) ==
        std::vector<std::string>{"supported", "unsupported", "contradicted", "skipped"});
  CHECK(doc["id"] == "pair-1");
  CHECK(doc["consistent"] == false);
  CHECK(doc["score"].get<double>() == Approx(0.22));
  CHECK(doc["counts"]["supported"] == 1);
  CHECK(doc["counts"]["contradicted"] == 1);
  CHECK(doc["counts"]["skipped"] == 1);

  const ordered_json& units = doc["sentences"];
  REQUIRE(units.size() == report.sentences.size());
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& unit = report.sentences[i];
    CHECK(Keys(units[i]) == std::vector<std::string>{"index", "begin", "end", "kind", "text",
                                                     "verdict", "score", "evidence", "findings"});
    CHECK(units[i]["index"] == unit.index);
    CHECK(units[i]["begin"] == unit.begin);
    CHECK(units[i]["end"] == unit.end);
    CHECK(units[i]["kind"] == ToString(unit.kind));
    CHECK(units[i]["text"] == unit.text);
    CHECK(units[i]["verdict"] == ToString(unit.verdict));
    REQUIRE(units[i]["evidence"].size() == unit.evidence.size());
    for (size_t k = 0; k < unit.evidence.size(); ++k) {
      const ordered_json& e = units[i]["evidence"][k];
      CHECK(Keys(e) == std::vector<std::string>{"source", "begin", "end", "text", "score"});
      CHECK(e["text"] == unit.evidence[k].text);
      CHECK(e["source"] == unit.evidence[k].source);
    }
    REQUIRE(units[i]["findings"].size() == unit.findings.size());
    for (size_t k = 0; k < unit.findings.size(); ++k) {
      const Finding& f = unit.findings[k];
      const ordered_json& j = units[i]["findings"][k];
      std::vector<std::string> expected = {"kind", "begin", "end", "text", "detail"};
      if (f.has_source) {
        for (const char* key : {"source", "source_begin", "source_end", "source_text"}) {
          expected.push_back(key);
        }
      }
      CHECK(Keys(j) == expected);  // source keys only when the finding has a source span
      CHECK(j["kind"] == ToString(f.kind));
      CHECK(j["text"] == f.text);
      CHECK(j["detail"] == f.detail);
      if (f.has_source) {
        CHECK(j["source"] == f.source);
        CHECK(j["source_begin"] == f.source_begin);
        CHECK(j["source_end"] == f.source_end);
        CHECK(j["source_text"] == f.source_text);
      }
    }
  }
  // Untrusted text never carries a raw '<' (the page embeds this JSON in a <script>).
  CHECK(json.find('<') == std::string::npos);
  CHECK(json.find("\\u003cscript>") != std::string::npos);
}

TEST_CASE("ToJson's id: verbatim id_json, else the report's id, else null", "[json]") {
  struct Row {
    std::string report_id;
    std::string id_json;
    std::string expected_prefix;
  };
  const std::vector<Row> rows = {
      {"", "", "{\"id\":null,"},
      {"abc", "", "{\"id\":\"abc\","},
      {"a\"b<", "", "{\"id\":\"a\\\"b\\u003c\","},
      {"ignored", "42", "{\"id\":42,"},
      {"", "1.50", "{\"id\":1.50,"},
      {"", "\"x\\u0041\"", "{\"id\":\"x\\u0041\","},
      {"", "null", "{\"id\":null,"},
  };
  for (const Row& row : rows) {
    Report report;
    report.id = row.report_id;
    const std::string json = ToJson(report, row.id_json);
    INFO(json);
    CHECK(json.rfind(row.expected_prefix, 0) == 0);
    CHECK_NOTHROW(nlohmann::json::parse(json));
  }
}

TEST_CASE("ToJson is deterministic and AppendReportJson appends the same bytes", "[json]") {
  const Report report = SampleReport();
  const std::string a = ToJson(report);
  CHECK(ToJson(report) == a);
  std::string buffer = "prefix:";
  internal::AppendReportJson(report, {}, &buffer);
  CHECK(buffer == "prefix:" + a);
}

TEST_CASE("An empty report is still a complete object", "[json]") {
  Report report;
  const nlohmann::json doc = nlohmann::json::parse(ToJson(report));
  CHECK(doc["id"].is_null());
  CHECK(doc["consistent"] == true);
  CHECK(doc["score"] == 1.0);
  CHECK(doc["sentences"].empty());
}

TEST_CASE("Enum names match the JSON contract", "[json]") {
  CHECK(std::string(ToString(UnitKind::kBody)) == "body");
  CHECK(std::string(ToString(UnitKind::kHeading)) == "heading");
  CHECK(std::string(ToString(UnitKind::kBullet)) == "bullet");
  CHECK(std::string(ToString(UnitKind::kBoilerplate)) == "boilerplate");
  CHECK(std::string(ToString(Verdict::kSupported)) == "supported");
  CHECK(std::string(ToString(Verdict::kUnsupported)) == "unsupported");
  CHECK(std::string(ToString(Verdict::kContradicted)) == "contradicted");
  CHECK(std::string(ToString(Verdict::kSkipped)) == "skipped");
  CHECK(std::string(ToString(FindingKind::kNumberMismatch)) == "number_mismatch");
  CHECK(std::string(ToString(FindingKind::kCertaintyRaised)) == "certainty_raised");
  CHECK(std::string(ToString(FindingKind::kSplice)) == "splice");
  CHECK(std::string(ToString(FindingKind::kRepetition)) == "repetition");
  CHECK(std::string(ToString(FindingKind::kWeakSupport)) == "weak_support");
  CHECK(std::string(StatusCodeName(StatusCode::kInvalidUtf8)) == "invalid_utf8");
  CHECK(Status(StatusCode::kInvalidUtf8, "summary is not valid UTF-8", 12).ToString() ==
        "invalid_utf8: summary is not valid UTF-8 (byte 12)");
  CHECK(Status(StatusCode::kEmptyInput, "summary is empty").ToString() ==
        "empty_input: summary is empty");
  CHECK(Status().ToString() == "ok");
}

}  // namespace
}  // namespace claimcheck
