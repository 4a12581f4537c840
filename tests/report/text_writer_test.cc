// The terminal writer: flagged units first, colour only on request, and untrusted text
// that cannot drive the terminal.
#include "report/text_writer.h"

#include <catch2/catch.hpp>

#include <string>

namespace claimcheck {
namespace {

Unit MakeUnit(size_t index, Verdict verdict, std::string text) {
  Unit unit;
  unit.index = index;
  unit.begin = index * 100;
  unit.end = unit.begin + text.size();
  unit.text = std::move(text);
  unit.verdict = verdict;
  unit.kind = verdict == Verdict::kSkipped ? UnitKind::kBoilerplate : UnitKind::kBody;
  unit.score = verdict == Verdict::kSupported ? 0.9 : 0.2;
  return unit;
}

Report MixedReport() {
  Report report;
  report.consistent = false;
  report.score = 0.2;
  report.counts = {1, 1, 1, 1};
  report.sentences.push_back(MakeUnit(0, Verdict::kSupported, "Supported unit."));
  report.sentences.push_back(MakeUnit(1, Verdict::kUnsupported, "Unsupported unit."));
  report.sentences.push_back(MakeUnit(2, Verdict::kSkipped, "Share"));
  Unit contradicted = MakeUnit(3, Verdict::kContradicted, "Baidu formed its team in 2015.");
  Finding finding;
  finding.kind = FindingKind::kDateMismatch;
  finding.text = "2015";
  finding.detail = "the source gives 2011";
  finding.has_source = true;
  finding.source = 1;
  finding.source_text = "2011";
  contradicted.findings.push_back(finding);
  contradicted.evidence.push_back({1, 5, 40, "Baidu formed its chip R&D team in 2011", 0.7});
  report.sentences.push_back(contradicted);
  return report;
}

TEST_CASE("Text report lists contradicted, unsupported, supported, then skipped units",
          "[text]") {
  const std::string text = internal::ToText(MixedReport());
  const size_t contradicted = text.find("CONTRADICTED");
  const size_t unsupported = text.find("UNSUPPORTED");
  const size_t supported = text.find("supported  #0");
  const size_t skipped = text.find("skipped  #2");
  REQUIRE(contradicted != std::string::npos);
  REQUIRE(unsupported != std::string::npos);
  REQUIRE(supported != std::string::npos);
  REQUIRE(skipped != std::string::npos);
  CHECK(contradicted < unsupported);
  CHECK(unsupported < supported);
  CHECK(supported < skipped);
  // The header carries the counts and the document score.
  CHECK(text.rfind("claimcheck: NOT CONSISTENT", 0) == 0);
  CHECK(text.find("1 contradicted, 1 unsupported, 1 supported, 1 skipped") != std::string::npos);
  CHECK(text.find("score 0.20") != std::string::npos);
}

TEST_CASE("Text report shows findings, their source span and the evidence", "[text]") {
  internal::TextOptions options;
  options.source_names = {"a.txt", "b.txt"};
  const std::string text = internal::ToText(MixedReport(), options);
  CHECK(text.find("date_mismatch: \"2015\" — the source gives 2011") != std::string::npos);
  CHECK(text.find("b.txt: \"2011\"") != std::string::npos);
  CHECK(text.find("evidence (b.txt, bytes 5–40") != std::string::npos);
  CHECK(text.find("\"Baidu formed its chip R&D team in 2011\"") != std::string::npos);
  // Without names, sources are numbered from 1 as a reader counts them.
  CHECK(internal::ToText(MixedReport()).find("source 2: \"2011\"") != std::string::npos);
}

TEST_CASE("Colour codes appear only when asked for", "[text]") {
  internal::TextOptions plain;
  CHECK(internal::ToText(MixedReport(), plain).find('\x1b') == std::string::npos);
  internal::TextOptions color;
  color.color = true;
  const std::string colored = internal::ToText(MixedReport(), color);
  CHECK(colored.find("\x1b[") != std::string::npos);
  CHECK(colored.find("\x1b[0m") != std::string::npos);
}

TEST_CASE("Untrusted text cannot send control sequences to the terminal", "[text]") {
  Report report;
  report.counts.unsupported = 1;
  report.consistent = false;
  report.sentences.push_back(MakeUnit(
      0, Verdict::kUnsupported,
      "red \x1b[31malert\x07 bell\nnext line \xc2\x9b csi \xe2\x80\xae rtl \xff end"));
  const std::string text = internal::ToText(report);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x07') == std::string::npos);
  CHECK(text.find("\xc2\x9b") == std::string::npos);      // C1 CSI
  CHECK(text.find("\xe2\x80\xae") == std::string::npos);  // right-to-left override
  CHECK(text.find('\xff') == std::string::npos);
  CHECK(text.find("bell next line") != std::string::npos);  // line break became a space
}

TEST_CASE("Long evidence is cut on a code point boundary", "[text]") {
  Report report;
  Unit unit = MakeUnit(0, Verdict::kSupported, "Short.");
  std::string long_text;
  for (int i = 0; i < 400; ++i) long_text += "é";  // 2 bytes each
  long_text += "z";                                // odd length: a byte cut would split é
  unit.evidence.push_back({0, 0, long_text.size(), long_text, 0.5});
  report.sentences.push_back(unit);
  report.counts.supported = 1;
  internal::TextOptions options;
  options.max_evidence_bytes = 101;
  const std::string text = internal::ToText(report, options);
  CHECK(text.find("…") != std::string::npos);
  CHECK(text.find('z') == std::string::npos);
  // Every é survived whole: no lone lead or continuation byte.
  const size_t quote = text.find("\"é");
  REQUIRE(quote != std::string::npos);
  const size_t close = text.find("…", quote);
  const std::string cut = text.substr(quote + 1, close - quote - 1);
  CHECK(cut.size() % 2 == 0);
  CHECK(cut.size() >= 100);
}

TEST_CASE("A consistent report says so", "[text]") {
  Report report;
  report.sentences.push_back(MakeUnit(0, Verdict::kSupported, "Fine."));
  report.counts.supported = 1;
  const std::string text = internal::ToText(report);
  CHECK(text.rfind("claimcheck: consistent", 0) == 0);
  CHECK(text.find("✓ supported") != std::string::npos);
}

}  // namespace
}  // namespace claimcheck
