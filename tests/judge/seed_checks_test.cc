// The seed checks the checker must pass, through the public API on the seeds' exact
// bytes: which seed claims the Reuters story supports, which it does not, and which it
// contradicts, with the finding that says why.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "../default_checker.h"

namespace claimcheck {
namespace {

using testing::DefaultChecker;

std::string ReadSeed(const std::string& name) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/" + name,
                   std::ios::binary);
  REQUIRE(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lines [first, last] (1-based, inclusive) of `text`, without the final newline.
std::string Lines(const std::string& text, int first, int last) {
  std::istringstream in(text);
  std::string line, out;
  for (int n = 1; std::getline(in, line); ++n) {
    if (n < first || n > last) continue;
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

// The whole sentence of `text` that contains `needle` (from the previous ". " or line
// start to the next ". " or line end), so tests quote exact seed bytes.
std::string SentenceWith(const std::string& text, const std::string& needle) {
  size_t at = text.find(needle);
  REQUIRE(at != std::string::npos);
  size_t begin = text.rfind(". ", at);
  size_t line = text.rfind('\n', at);
  begin = begin == std::string::npos ? 0 : begin + 2;
  if (line != std::string::npos && line + 1 > begin) begin = line + 1;
  size_t end = text.find(". ", at);
  size_t eol = text.find('\n', at);
  end = end == std::string::npos ? text.size() : end + 1;
  if (eol != std::string::npos && eol < end) end = eol;
  return text.substr(begin, end - begin);
}

const std::string& Seed001() {
  static const std::string s = ReadSeed("001_73c9dda10c4b9f60.txt");
  return s;
}
const std::string& Reuters() {
  static const std::string s = Lines(Seed001(), 4, 5);
  return s;
}
const std::string& Wccftech() {
  static const std::string s = Lines(Seed001(), 7, 8);
  return s;
}

Report Check(const std::vector<std::string>& sources, const std::string& summary) {
  std::vector<std::string_view> views(sources.begin(), sources.end());
  auto report = DefaultChecker().Check(views, summary);
  REQUIRE(report.ok());
  return std::move(report).value();
}

// The unit whose text contains `needle`.
const Unit& UnitWith(const Report& report, const std::string& needle) {
  for (const Unit& u : report.sentences) {
    if (u.text.find(needle) != std::string::npos) return u;
  }
  FAIL("no unit contains: " << needle);
  return report.sentences.front();
}

const Finding* FindingOn(const Unit& unit, FindingKind kind, const std::string& text) {
  for (const Finding& f : unit.findings) {
    if (f.kind == kind && f.text.find(text) != std::string::npos) return &f;
  }
  return nullptr;
}

bool Flagged(const Unit& u) {
  return u.verdict == Verdict::kUnsupported || u.verdict == Verdict::kContradicted;
}

TEST_CASE("the Navi summary is mostly supported by Reuters; B40 needs wccftech") {
  const std::string navi = Lines(Seed001(), 12, 1000);
  Report r = Check({Reuters()}, navi);
  CHECK(r.counts.supported > r.counts.unsupported + r.counts.contradicted);
  CHECK(r.counts.skipped >= 4);  // Share, Copy Link, Summarized by, date lines

  const Unit& b40 = UnitWith(r, "B40");
  CHECK(b40.verdict == Verdict::kUnsupported);
  CHECK(FindingOn(b40, FindingKind::kEntityMissing, "B40") != nullptr);

  Report both = Check({Reuters(), Wccftech()}, navi);
  const Unit& b40_both = UnitWith(both, "B40");
  CHECK(b40_both.verdict == Verdict::kSupported);
  REQUIRE_FALSE(b40_both.evidence.empty());
  CHECK(b40_both.evidence.front().source == 1);  // the wccftech piece
  CHECK(both.counts.supported >= r.counts.supported);
}

TEST_CASE("DataFunTalk's extra history is unsupported by Reuters") {
  const std::string dft = ReadSeed("000_5cb0e136af7c07d2.txt");
  Report r = Check({Reuters()}, dft);
  const Unit& acquisition = UnitWith(r, "Zhongtian Microelectronics");
  CHECK(acquisition.verdict == Verdict::kUnsupported);
  CHECK(FindingOn(acquisition, FindingKind::kDateMismatch, "2018") != nullptr);

  const Unit& money = UnitWith(r, "380 billion CNY");
  CHECK(money.verdict == Verdict::kUnsupported);
  const Finding* f = FindingOn(money, FindingKind::kNumberMismatch, "380 billion");
  REQUIRE(f != nullptr);
  CHECK_FALSE(f->has_source);  // no counterpart: unsupported, not contradicted

  const Unit& kunlun = UnitWith(r, "formed a chip R&D team in 2011");
  CHECK(Flagged(kunlun));
  CHECK(FindingOn(kunlun, FindingKind::kDateMismatch, "2011") != nullptr);
}

TEST_CASE("Reuters supports DataFunTalk's small-scale models claim") {
  const std::string dft = ReadSeed("000_5cb0e136af7c07d2.txt");
  const std::string sentence = SentenceWith(dft, "small\xE2\x80\x91scale models");
  const std::string claim = sentence.substr(0, sentence.find(", while")) + ".";
  REQUIRE(claim ==
          "Alibaba started deploying its own chips for small\xE2\x80\x91scale models earlier "
          "this year.");
  Report r = Check({Reuters()}, claim);
  REQUIRE(r.sentences.size() == 1);
  CHECK(r.sentences[0].verdict == Verdict::kSupported);
  REQUIRE_FALSE(r.sentences[0].evidence.empty());
  CHECK(r.sentences[0].evidence[0].text.find("smaller AI models") != std::string::npos);
}

TEST_CASE("each seed checked against itself is fully supported") {
  for (const char* name : {"000_5cb0e136af7c07d2.txt", "001_73c9dda10c4b9f60.txt",
                           "002_655f853d25db7233.txt", "003_9089a467beb3dbbb.txt",
                           "004_39ca693172f99d2b.txt"}) {
    INFO(name);
    const std::string seed = ReadSeed(name);
    Report r = Check({seed}, seed);
    CHECK(r.consistent);
    CHECK(r.counts.unsupported == 0);
    CHECK(r.counts.contradicted == 0);
    CHECK(r.counts.supported > 0);
  }
}

TEST_CASE("004's Qianfan 90% is unsupported by Reuters and supported by 004") {
  const std::string s004 = ReadSeed("004_39ca693172f99d2b.txt");
  const std::string claim = "Baidu\xE2\x80\x99s Qianfan platform, which cuts training costs by 90%.";
  REQUIRE(s004.find("Baidu\xE2\x80\x99s Qianfan platform, which cuts training costs by 90%") !=
          std::string::npos);
  Report r = Check({Reuters()}, claim);
  REQUIRE(r.sentences.size() == 1);
  CHECK(r.sentences[0].verdict == Verdict::kUnsupported);
  CHECK(FindingOn(r.sentences[0], FindingKind::kNumberMismatch, "90%") != nullptr);

  Report own = Check({s004}, claim);
  CHECK(own.sentences[0].verdict == Verdict::kSupported);
}

TEST_CASE("000's top-of-the-line H20 is flagged against Reuters with a comparison finding") {
  const std::string dft = ReadSeed("000_5cb0e136af7c07d2.txt");
  Report r = Check({Reuters()}, dft);
  const Unit& u = UnitWith(r, "top\xE2\x80\x91of\xE2\x80\x91the\xE2\x80\x91line H20");
  CHECK(Flagged(u));
  const Finding* f = FindingOn(u, FindingKind::kComparisonUnsupported, "top");
  REQUIRE(f != nullptr);
  CHECK(f->text == "top\xE2\x80\x91of\xE2\x80\x91the\xE2\x80\x91line");
}

TEST_CASE("000's '15 %' matches Reuters' '15%' and 002's date matches 'Sept 11'") {
  const std::string dft = ReadSeed("000_5cb0e136af7c07d2.txt");
  Report r = Check({Reuters()}, dft);
  const Unit& remit = UnitWith(r, "remit 15 % of its H20 sales");
  CHECK(FindingOn(remit, FindingKind::kNumberMismatch, "15") == nullptr);

  const std::string s002 = ReadSeed("002_655f853d25db7233.txt");
  Report r2 = Check({Reuters()}, s002);
  const Unit& reported = UnitWith(r2, "reported on September 11, 2025");
  for (const Finding& f : reported.findings) {
    CHECK_FALSE((f.kind == FindingKind::kDateMismatch && f.has_source));
  }
}

TEST_CASE("003's surge against a copy that says fell, and one that says 18%") {
  const std::string s003 = ReadSeed("003_9089a467beb3dbbb.txt");
  const std::string claim = SentenceWith(s003, "Alibaba (BABA) surged by 8% on Thursday");
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string copy = s003;
    copy.replace(copy.find(from), from.size(), to);
    return copy;
  };
  Report fell = Check({replace("surged by 8%", "fell by 8%")}, claim);
  REQUIRE(fell.sentences.size() == 1);
  CHECK(fell.sentences[0].verdict == Verdict::kContradicted);
  const Finding* flip = FindingOn(fell.sentences[0], FindingKind::kDirectionFlip, "surged");
  REQUIRE(flip != nullptr);
  CHECK(flip->has_source);
  CHECK(flip->source_text.find("fell") != std::string::npos);

  Report more = Check({replace("surged by 8%", "surged by 18%")}, claim);
  CHECK(more.sentences[0].verdict == Verdict::kContradicted);
  const Finding* num = FindingOn(more.sentences[0], FindingKind::kNumberMismatch, "8%");
  REQUIRE(num != nullptr);
  CHECK(num->has_source);
  CHECK(num->source_text.find("18%") != std::string::npos);

  Report same = Check({s003}, claim);
  CHECK(same.sentences[0].verdict == Verdict::kSupported);
}

TEST_CASE("every span's text is the bytes between its offsets") {
  const std::string dft = ReadSeed("000_5cb0e136af7c07d2.txt");
  Report r = Check({Reuters(), Wccftech()}, dft);
  const std::vector<std::string> sources = {Reuters(), Wccftech()};
  size_t last_end = 0;
  for (const Unit& u : r.sentences) {
    CHECK(u.begin >= last_end);
    last_end = u.end;
    CHECK(dft.substr(u.begin, u.end - u.begin) == u.text);
    for (const Evidence& e : u.evidence) {
      REQUIRE(e.source < sources.size());
      CHECK(sources[e.source].substr(e.begin, e.end - e.begin) == e.text);
    }
    for (const Finding& f : u.findings) {
      CHECK(dft.substr(f.begin, f.end - f.begin) == f.text);
      CHECK(f.begin >= u.begin);
      CHECK(f.end <= u.end);
      if (f.has_source) {
        CHECK(sources[f.source].substr(f.source_begin, f.source_end - f.source_begin) ==
              f.source_text);
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck
