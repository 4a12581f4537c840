// The HTML writer: untrusted text stays text, every unit and verdict is on the page, the
// embedded JSON and the pinned script hash are right, and nothing is loaded from outside.
#include "report/html_writer.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "report/utf8_sequence.h"
#include "report/word_match.h"

namespace claimcheck {
namespace {

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string::npos;
       pos = haystack.find(needle, pos + needle.size())) {
    ++n;
  }
  return n;
}

std::string Between(const std::string& text, const std::string& open, const std::string& close) {
  const size_t b = text.find(open);
  if (b == std::string::npos) return {};
  const size_t e = text.find(close, b + open.size());
  return e == std::string::npos ? std::string() : text.substr(b + open.size(), e - b - open.size());
}

bool ValidUtf8(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const size_t len = internal::Utf8SequenceLength(p, end);
    if (len == 0) return false;
    p += len;
  }
  return true;
}

// Summary "Baidu formed its team in 2015.\n\n<script>alert(1)</script> Share" checked
// against a source saying 2011; one unit of each verdict.
struct Sample {
  std::string summary = "Baidu formed its team in 2015.\n\n<script>alert(1)</script>\nShare\n"
                        "Alibaba invests \"big\" & more.";
  Report report;
  Sample() {
    report.consistent = false;
    report.score = 0.2;
    report.counts = {1, 1, 1, 1};
    Unit u0;
    u0.index = 0;
    u0.begin = 0;
    u0.end = 30;
    u0.verdict = Verdict::kContradicted;
    u0.score = 0.2;
    Finding f;
    f.kind = FindingKind::kDateMismatch;
    f.begin = 25;
    f.end = 29;
    f.detail = "the source says 2011 <b>";
    f.has_source = true;
    f.source = 0;
    f.source_begin = 40;  // the second 2011
    f.source_end = 44;
    f.source_text = "2011";
    u0.findings.push_back(f);
    const std::string source = "In 2011 Baidu formed a chip R&D team in 2011.";
    u0.evidence.push_back({0, 0, source.size(), source, 0.7});
    Unit u1;
    u1.index = 1;
    u1.begin = 32;
    u1.end = 57;
    u1.verdict = Verdict::kUnsupported;
    u1.score = 0.1;
    u1.evidence.push_back({0, 0, 27, "<img src=x onerror=alert(2)>", 0.1});
    Unit u2;
    u2.index = 2;
    u2.begin = 58;
    u2.end = 63;
    u2.kind = UnitKind::kBoilerplate;
    u2.verdict = Verdict::kSkipped;
    Unit u3;
    u3.index = 3;
    u3.begin = 64;
    u3.end = summary.size();
    u3.verdict = Verdict::kSupported;
    u3.score = 0.9;
    report.sentences = {u0, u1, u2, u3};
    for (Unit& u : report.sentences) {
      u.text = summary.substr(u.begin, u.end - u.begin);
      for (Finding& g : u.findings) g.text = summary.substr(g.begin, g.end - g.begin);
    }
  }
};

TEST_CASE("HTML: untrusted text is escaped, never markup", "[html]") {
  Sample s;
  internal::HtmlOptions options;
  options.summary = s.summary;
  options.summary_name = "sum<1>.txt";
  options.source_names = {"\"src\".txt"};
  const std::string page = internal::ToHtml(s.report, options);
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("&lt;img src=x onerror=<mark class=\"m\">alert</mark>(2)&gt;") !=
        std::string::npos);
  CHECK(page.find("<b>") == std::string::npos);
  CHECK(page.find("sum&lt;1&gt;.txt") != std::string::npos);
  CHECK(page.find("&quot;src&quot;.txt") != std::string::npos);
  CHECK(page.find("&quot;big&quot; &amp; more") != std::string::npos);
  // Only our two script elements: the JSON data block and the pinned script.
  CHECK(Count(page, "<script") == 2);
  CHECK(Count(page, "</script>") == 2);
}

TEST_CASE("HTML: every unit appears in the summary and as a card, with its verdict",
          "[html]") {
  Sample s;
  internal::HtmlOptions options;
  options.summary = s.summary;
  const std::string page = internal::ToHtml(s.report, options);
  for (const Unit& u : s.report.sentences) {
    const std::string n = std::to_string(u.index);
    INFO("unit " << n);
    CHECK(Count(page, "id=\"u" + n + "\"") == 1);
    CHECK(Count(page, "id=\"d" + n + "\"") == 1);
    CHECK(page.find("href=\"#d" + n + "\"") != std::string::npos);
  }
  // A verdict is told by words and an icon, not by colour alone.
  for (const char* label : {"Contradicted", "Unsupported", "Supported", "Skipped"}) {
    CHECK(page.find(std::string("<span class=\"sr\">") + label + ": </span>") !=
          std::string::npos);
  }
  CHECK(page.find("1 contradicted") != std::string::npos);
  CHECK(page.find("Not consistent") != std::string::npos);
  // The summary keeps its own line breaks between units.
  CHECK(page.find("</a>\n\n<a class=\"unit") != std::string::npos);
}

TEST_CASE("HTML: matched words and conflicting spans are highlighted", "[html]") {
  Sample s;
  const std::string page = internal::ToHtml(s.report);
  CHECK(page.find("<mark class=\"m\">Baidu</mark>") != std::string::npos);
  CHECK(page.find("<mark class=\"m\">formed</mark>") != std::string::npos);
  CHECK(page.find("<mark class=\"m\">team</mark>") != std::string::npos);
  // The finding's source span (the second 2011, bytes 40-44) is the conflict; the first
  // 2011 is just text.
  CHECK(page.find("<mark class=\"x\" title=\"the source says 2011 &lt;b&gt;\">2011</mark>.") !=
        std::string::npos);
  CHECK(page.find("In 2011 <mark") != std::string::npos);
  // The finding's own span in the unit, and its detail in words.
  CHECK(page.find("<mark class=\"x\" title=\"the source says 2011 &lt;b&gt;\">2015</mark>") !=
        std::string::npos);
  CHECK(page.find("Date differs") != std::string::npos);
}

TEST_CASE("HTML: embedded report JSON escapes '<' and parses back", "[html]") {
  Sample s;
  const std::string page = internal::ToHtml(s.report);
  const std::string json =
      Between(page, "<script type=\"application/json\" id=\"claimcheck-report\">", "</script>");
  REQUIRE(!json.empty());
  CHECK(json.find('<') == std::string::npos);
  CHECK(json == ToJson(s.report));
  const auto doc = nlohmann::json::parse(json);
  CHECK(doc["sentences"][1]["text"] == "<script>alert(1)</script>");
}

TEST_CASE("HTML: self-contained, with the script's hash pinned in the CSP", "[html]") {
  Sample s;
  const std::string page = internal::ToHtml(s.report);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<html lang=\"en\">") != std::string::npos);
  CHECK(page.find("name=\"viewport\"") != std::string::npos);
  CHECK(page.find("default-src 'none'") != std::string::npos);
  CHECK(page.find("src=\"") == std::string::npos);  // no attribute loads anything
  CHECK(page.find("src='") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("url(") == std::string::npos);
  CHECK(ValidUtf8(page));

  const std::string script = Between(page, "</script>\n<script>", "</script>");
  const std::string pinned = Between(page, "script-src 'sha256-", "'");
  REQUIRE(!script.empty());
  REQUIRE(!pinned.empty());
  if (access("/usr/bin/python3", X_OK) != 0) {
    WARN("no /usr/bin/python3: the CSP hash is not recomputed");
    return;
  }
  char path[] = "/tmp/claimcheck-html-script-XXXXXX";
  const int fd = mkstemp(path);
  REQUIRE(fd >= 0);
  REQUIRE(write(fd, script.data(), script.size()) == static_cast<ssize_t>(script.size()));
  close(fd);
  const std::string command =
      std::string("/usr/bin/python3 -c \"import sys,hashlib,base64;"
                  "print(base64.b64encode(hashlib.sha256(open(sys.argv[1],'rb').read())"
                  ".digest()).decode(),end='')\" ") + path;
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char buf[128] = {};
  const size_t n = fread(buf, 1, sizeof(buf) - 1, pipe);
  pclose(pipe);
  unlink(path);
  CHECK(std::string(buf, n) == pinned);
}

TEST_CASE("HTML: bad bytes and controls in text become U+FFFD", "[html]") {
  Report report;
  Unit u;
  u.text = "ok \xff bad \x01 ctl \xc2\x85 nel \xe2\x80";
  u.end = u.text.size();
  u.verdict = Verdict::kUnsupported;
  report.sentences.push_back(u);
  const std::string page = internal::ToHtml(report);
  CHECK(ValidUtf8(page));
  CHECK(page.find('\x01') == std::string::npos);
  CHECK(page.find("ok \xEF\xBF\xBD bad \xEF\xBF\xBD ctl") != std::string::npos);
}

TEST_CASE("HTML: a report whose offsets do not fit the summary still lists every unit",
          "[html]") {
  Sample s;
  internal::HtmlOptions options;
  options.summary = "short";  // offsets run past it: units are joined instead
  const std::string page = internal::ToHtml(s.report, options);
  for (const Unit& u : s.report.sentences) {
    CHECK(page.find("id=\"u" + std::to_string(u.index) + "\"") != std::string::npos);
  }
}

TEST_CASE("Word spans split on punctuation and never cut a code point", "[html]") {
  const std::string text = "Baidu’s top‑of‑the‑line chips, 100 billion CNY (9988.HK) «中文»";
  std::vector<std::string> words;
  for (const internal::ByteSpan& s : internal::WordSpans(text)) {
    words.push_back(text.substr(s.begin, s.end - s.begin));
  }
  CHECK(words == std::vector<std::string>{"Baidu", "s", "top", "of", "the", "line", "chips",
                                          "100", "billion", "CNY", "9988", "HK", "中文"});
  CHECK(internal::WordKey("Chips") == "chip");
  CHECK(internal::WordKey("the").empty());
  CHECK(internal::WordKey("s").empty());
  CHECK(internal::WordKey("class") == "class");

  const std::string unit = "Alibaba's chips train models";
  const std::string evidence = "The chip trains the Alibaba model";
  std::vector<std::string> matched;
  for (const internal::ByteSpan& s : internal::MatchedWords(unit, evidence)) {
    matched.push_back(evidence.substr(s.begin, s.end - s.begin));
  }
  CHECK(matched == std::vector<std::string>{"chip", "trains", "Alibaba", "model"});
}

}  // namespace
}  // namespace claimcheck
