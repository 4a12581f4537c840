// Segmentation rules, one table row per rule (inputs quoting the seeds use their exact
// bytes), plus the reviewed seed goldens fixtures/seeds/<seed>.segments.json. Set
// CLAIMCHECK_UPDATE_GOLDEN=1 to rewrite the goldens, then review the diff.
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "../default_analyzer.h"
#include "claimcheck/claimcheck.h"
#include "text/analyzer.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

const char* KindName(UnitKind k) {
  switch (k) {
    case UnitKind::kBody: return "body";
    case UnitKind::kHeading: return "heading";
    case UnitKind::kBullet: return "bullet";
    case UnitKind::kBoilerplate: return "boilerplate";
  }
  return "?";
}

// "kind:text" per unit, joined by " | ".
std::string Units(std::string_view text) {
  std::vector<Segment> segs;
  testing::DefaultAnalyzer().Segment(text, &segs);
  std::string s;
  for (const Segment& g : segs) {
    if (!s.empty()) s += " | ";
    s += KindName(g.kind);
    s += ':';
    s += std::string(text.substr(g.begin, g.end - g.begin));
  }
  return s;
}

TEST_CASE("segmentation rules", "[segmenter]") {
  struct Row {
    const char* rule;
    std::string input;
    std::string expect;
  };
  const Row rows[] = {
      {"sentences split", "Alibaba rose 8% on Thursday. Baidu gained too.",
       "body:Alibaba rose 8% on Thursday. | body:Baidu gained too."},
      {"every line break ends a unit; blank lines are no units",
       "One line without a stop\n\n   \nAnother line, also open-ended, that runs on for a good "
       "many words so it is not a heading at all here",
       "heading:One line without a stop | body:Another line, also open-ended, that runs on "
       "for a good many words so it is not a heading at all here"},
      {"CRLF and CR line ends", "First sentence here.\r\nSecond one here.\rThird one here.",
       "body:First sentence here. | body:Second one here. | body:Third one here."},
      {"ticker in parentheses", "China's Alibaba (9988.HK) rose. Baidu (9888.HK) fell.",
       "body:China's Alibaba (9988.HK) rose. | body:Baidu (9888.HK) fell."},
      {"Reuters ticker", "made by Nvidia (NVDA.O), opens new tab, The Information said.",
       "body:made by Nvidia (NVDA.O), opens new tab, The Information said."},
      {"U.S. before a name", "Increasing U.S. export restrictions bite. The U.S. Commerce "
       "Department said so.",
       "body:Increasing U.S. export restrictions bite. | body:The U.S. Commerce Department "
       "said so."},
      {"U.S. at a sentence end", "Chips are sold in the U.S. The company said so.",
       "body:Chips are sold in the U.S. | body:The company said so."},
      {"Sept 11 dateline", "Sept 11 (Reuters) - China's Alibaba rose.",
       "body:Sept 11 (Reuters) - China's Alibaba rose."},
      {"Sept. 11", "On Sept. 11 the firm said so.", "body:On Sept. 11 the firm said so."},
      {"e.g. and i.e.", "Chips, e.g. Kunlun, i.e. Baidu's, work. Yes they do.",
       "body:Chips, e.g. Kunlun, i.e. Baidu's, work. | body:Yes they do."},
      {"No. 1", "It is the No. 1 vendor. No. It is not.",
       "body:It is the No. 1 vendor. | body:No. | body:It is not."},
      {"titles", "Mr. Huang met Dr. Su and Prof. Li today.",
       "body:Mr. Huang met Dr. Su and Prof. Li today."},
      {"Jan. 5", "Sales began Jan. 5 in Beijing.", "body:Sales began Jan. 5 in Beijing."},
      {"initials", "Analyst J. Smith said so. Then he left.",
       "body:Analyst J. Smith said so. | body:Then he left."},
      {"decimals", "Tesla sits at $1.5 trillion. It rose 2.7 percent.",
       "body:Tesla sits at $1.5 trillion. | body:It rose 2.7 percent."},
      {"glued sentences (003)",
       "downward pressure on Bitcoin prices.In a February 7 post on X, Hayes pointed to it.",
       "body:downward pressure on Bitcoin prices. | body:In a February 7 post on X, Hayes "
       "pointed to it."},
      {"glued after a word with a curly apostrophe (003)",
       "the digital asset\xE2\x80\x99s recent price volatility to expand its treasury "
       "holdings.On February 7, blockchain analysis",
       "body:the digital asset\xE2\x80\x99s recent price volatility to expand its treasury "
       "holdings. | body:On February 7, blockchain analysis"},
      {"headline glued to its lede after a quote or percent sign (003)",
       "Musk says Tesla could hit $100 Trillion, but needs \"enormous work\"Elon Musk said "
       "so.\nGlobal crypto searches near a low as market cap slumps 43%Global interest is "
       "low.\nHe said \xE2\x80\x9Cwork\xE2\x80\x9DThen left. A \"Quote\" Here. 5%Is",
       "body:Musk says Tesla could hit $100 Trillion, but needs \"enormous work\" | "
       "body:Elon Musk said so. | body:Global crypto searches near a low as market cap slumps "
       "43% | body:Global interest is low. | body:He said \xE2\x80\x9Cwork\xE2\x80\x9D | "
       "body:Then left. | body:A \"Quote\" Here. | body:5% | body:Is"},
      {"no glued split in domains or abbreviations",
       "See Amazon.com and www.Example.Com today. Use e.g.Kunlun there.",
       "body:See Amazon.com and www.Example.Com today. | body:Use e.g.Kunlun there."},
      {"no glued split after one letter or capitals",
       "Plan A.Then more. AI.The end.", "body:Plan A.Then more. | body:AI.The end."},
      {"citation digit lines belong to no unit (001)",
       "marking a crucial step towards technological self-reliance\n1\n.Alibaba's AI chip, "
       "known as the Zhenwu perse processing unit, has reportedly achieved a performance "
       "level comparable to Nvidia's H20 chip.",
       "body:marking a crucial step towards technological self-reliance | body:Alibaba's AI "
       "chip, known as the Zhenwu perse processing unit, has reportedly achieved a "
       "performance level comparable to Nvidia's H20 chip."},
      {"[N] source labels alone on a line (001)",
       "2 Sources\n[1]\nAlibaba, Baidu begin using own chips to train AI models, The "
       "Information reports\n[2]\nSecond source title",
       "boilerplate:2 Sources | heading:Alibaba, Baidu begin using own chips to train AI "
       "models, The Information reports | heading:Second source title"},
      {"inline citations stay with their sentence (004)",
       "restricted in China due to U.S. export controls [1]. This move not only helps [1]. "
       "Next one [2] [3]\nAnd more.",
       "body:restricted in China due to U.S. export controls [1]. | body:This move not only "
       "helps [1]. | body:Next one [2] [3] | body:And more."},
      {"citation after the full stop joins the sentence before",
       "Alibaba rose. [1] Baidu fell. [2][3]",
       "body:Alibaba rose. [1] | body:Baidu fell. [2][3]"},
      {"attribution dash (001)",
       "according to three employees who have used Alibaba's Zhenwu chip. - The Information "
       "Relative to NVIDIA's solutions in general, Chinese firms are way behind.",
       "body:according to three employees who have used Alibaba's Zhenwu chip. - The "
       "Information | body:Relative to NVIDIA's solutions in general, Chinese firms are way "
       "behind."},
      {"attribution at the end of a line",
       "Alibaba's chip is now good enough to compete. - The Information",
       "body:Alibaba's chip is now good enough to compete. - The Information"},
      {"dateline dash is no attribution", "Sept 11 (Reuters) - China's Alibaba rose.",
       "body:Sept 11 (Reuters) - China's Alibaba rose."},
      {"bullets (002)",
       "    Key details\n\n  \xE2\x80\xA2 \xE2\x80\xA2 Alibaba and Baidu are using custom AI "
       "chips for model training.\n- Custom chips cut costs.\n* Another point.\n1. First "
       "item here.\n\xE2\x80\x93 En dash item.\n\xC2\xB7 Middle dot item.",
       "heading:Key details | bullet:Alibaba and Baidu are using custom AI chips for model "
       "training. | bullet:Custom chips cut costs. | bullet:Another point. | bullet:First "
       "item here. | bullet:En dash item. | bullet:Middle dot item."},
      {"not bullets", "-5% on the day was the close.\n2025. It was a year.",
       "body:-5% on the day was the close. | body:2025. | body:It was a year."},
      {"headings", "How Alibaba and Baidu Are Building Homegrown AI Chips to Challenge Nvidia\n"
       "References:\nDataFunTalk",
       "heading:How Alibaba and Baidu Are Building Homegrown AI Chips to Challenge Nvidia | "
       "heading:References: | heading:DataFunTalk"},
      {"title-case headline of many words (001)",
       "Alibaba's AI Chip Reportedly Competes With NVIDIA's H20 & Is Already Being Used To "
       "Train AI Models; Competition in China is Growing For Team Green",
       "heading:Alibaba's AI Chip Reportedly Competes With NVIDIA's H20 & Is Already Being "
       "Used To Train AI Models; Competition in China is Growing For Team Green"},
      {"boilerplate widgets (001, 003, 004)",
       "Share\nCopy Link\nplaceholder\ngoTop\nquote\nComments\nNo comments yet\n0 Comments\n"
       "2 Sources\nRelated Stories\nWas this worth your time?",
       "boilerplate:Share | boilerplate:Copy Link | boilerplate:placeholder | "
       "boilerplate:goTop | boilerplate:quote | boilerplate:Comments | boilerplate:No "
       "comments yet | boilerplate:0 Comments | boilerplate:2 Sources | "
       "boilerplate:Related Stories | boilerplate:Was this worth your time?"},
      {"bylines and times (003)",
       "Author\xC2\xA0\xC2\xA0" "Cryptopolitan\n16 hours ago\nSummarized by\nNavi\nSource "
       "Tradingkey\nAn hour ago",
       "boilerplate:Author\xC2\xA0\xC2\xA0" "Cryptopolitan | boilerplate:16 hours ago | "
       "boilerplate:Summarized by | boilerplate:Navi | boilerplate:Source Tradingkey | "
       "boilerplate:An hour ago"},
      {"date stamps (001)", "28 Aug 2025\xE2\x80\xA2Technology\nSep 11, 2025",
       "boilerplate:28 Aug 2025\xE2\x80\xA2Technology | boilerplate:Sep 11, 2025"},
      {"sources, disclaimers, references (000, 003, 004)",
       "Source: https://www.reuters.com/world/china/x-2025-09-11/\nDisclaimer: For "
       "information purposes only. Past performance is not indicative of future results.\n"
       "[1] https://finance.yahoo.com/news/alibaba-tests-ai-chip-china-144131404.html\n"
       "https://example.com/a\nSigned-in readers can open the original source through "
       "BestHub's protected redirect.",
       "boilerplate:Source: https://www.reuters.com/world/china/x-2025-09-11/ | "
       "boilerplate:Disclaimer: For information purposes only. Past performance is not "
       "indicative of future results. | boilerplate:[1] "
       "https://finance.yahoo.com/news/alibaba-tests-ai-chip-china-144131404.html | "
       "boilerplate:https://example.com/a | boilerplate:Signed-in readers can open the "
       "original source through BestHub's protected redirect."},
      {"cruft closing a paragraph (001)",
       "The talks will take time. Reporting by Deborah Sophia in Bengaluru; Editing by Tasim "
       "Zahid",
       "body:The talks will take time. | boilerplate:Reporting by Deborah Sophia in "
       "Bengaluru; Editing by Tasim Zahid"},
      {"sentences mentioning cruft words are text",
       "Readers can share comments on the story, the company said.",
       "body:Readers can share comments on the story, the company said."},
      {"white space and punctuation-only input", " \n\t\r\n \xC2\xA0 \n* * *\n---\n", ""},
      {"empty", "", ""},
      {"NBSP trimmed from spans", "\xC2\xA0\xC2\xA0" "Alibaba rose.\xC2\xA0",
       "body:Alibaba rose."},
      {"question and exclamation", "Is it good? Yes! It is.",
       "body:Is it good? | body:Yes! | body:It is."},
      {"quotes after the stop", "He said \"it works.\" Then he left.",
       "body:He said \"it works.\" | body:Then he left."},
  };
  for (const Row& r : rows) {
    INFO(r.rule);
    CHECK(Units(r.input) == r.expect);
  }
}

TEST_CASE("spans are trimmed, exact and on code-point boundaries", "[segmenter]") {
  const std::string text =
      "  Baidu\xE2\x80\x99s top\xE2\x80\x91of\xE2\x80\x91the\xE2\x80\x91line chip.\xE2\x80\x83"
      "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D.\n\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB works.";
  std::vector<Segment> segs;
  testing::DefaultAnalyzer().Segment(text, &segs);
  REQUIRE(segs.size() >= 2);
  for (const Segment& s : segs) {
    const std::string_view span = std::string_view(text).substr(s.begin, s.end - s.begin);
    CHECK(ValidateUtf8(span, nullptr));
    CHECK(span.front() != ' ');
    CHECK(span.back() != ' ');
  }
}

TEST_CASE("Analyze assigns each segment its tokens", "[segmenter]") {
  const std::string text = "Alibaba rose 8%. Baidu fell.\nShare";
  AnalyzedText at;
  testing::DefaultAnalyzer().Analyze(text, &at);
  REQUIRE(at.segments.size() == 3);
  CHECK(at.segments[0].tok_begin == 0);
  CHECK(at.segments[0].tok_end == 4);
  CHECK(at.segments[1].tok_begin == 4);
  CHECK(at.segments[1].tok_end == 6);
  CHECK(at.segments[2].kind == UnitKind::kBoilerplate);
  for (const Segment& s : at.segments) {
    for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
      CHECK(at.tokens[i].begin >= s.begin);
      CHECK(at.tokens[i].end <= s.end);
    }
  }
}

TEST_CASE("pathological inputs stay linear and come out whole", "[segmenter]") {
  SECTION("100,000 periods") {
    const std::string text(100000, '.');
    std::vector<Segment> segs;
    testing::DefaultAnalyzer().Segment(text, &segs);
    CHECK(segs.empty());  // punctuation only: no unit
  }
  SECTION("100,000 periods between words") {
    std::string text;
    for (int i = 0; i < 100000; ++i) text += "a.";
    AnalyzedText at;
    testing::DefaultAnalyzer().Analyze(text, &at);
    REQUIRE_FALSE(at.segments.empty());
    CHECK(at.segments.front().begin == 0);
    CHECK(at.segments.back().end == text.size());
  }
  SECTION("a 200 KiB sentence with no end") {
    std::string text;
    while (text.size() < 200 * 1024) text += "word and more words ";
    AnalyzedText at;
    testing::DefaultAnalyzer().Analyze(text, &at);
    REQUIRE(at.segments.size() == 1);
    CHECK(at.segments[0].end - at.segments[0].begin > 64 * 1024);
  }
  SECTION("many short sentences") {
    std::string text;
    for (int i = 0; i < 20000; ++i) text += "Prices rose. ";
    std::vector<Segment> segs;
    testing::DefaultAnalyzer().Segment(text, &segs);
    CHECK(segs.size() == 20000);
  }
}

TEST_CASE("Analyzer is safe to share across threads", "[segmenter][threads]") {
  std::ifstream f(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/001_73c9dda10c4b9f60.txt",
                  std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  const std::string text = ss.str();
  REQUIRE_FALSE(text.empty());
  AnalyzedText expect;
  testing::DefaultAnalyzer().Analyze(text, &expect);
  std::vector<int> mismatches(4, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      AnalyzedText got;
      for (int i = 0; i < 25; ++i) {
        testing::DefaultAnalyzer().Analyze(text, &got);
        if (got.segments.size() != expect.segments.size() ||
            got.tokens.size() != expect.tokens.size()) {
          ++mismatches[t];
          continue;
        }
        for (size_t k = 0; k < got.tokens.size(); ++k) {
          const auto i = static_cast<uint32_t>(k);
          if (got.stem(i) != expect.stem(i)) ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) CHECK(m == 0);
}

// ---- seed goldens ----

std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void AppendJsonString(std::string_view s, std::string* out) {
  out->push_back('"');
  for (char c : s) {
    switch (c) {
      case '"': *out += "\\\""; break;
      case '\\': *out += "\\\\"; break;
      case '\n': *out += "\\n"; break;
      case '\r': *out += "\\r"; break;
      case '\t': *out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          *out += buf;
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('"');
}

// One unit per line so a difference reads as one line of a diff.
std::vector<std::string> GoldenLines(std::string_view text) {
  std::vector<Segment> segs;
  testing::DefaultAnalyzer().Segment(text, &segs);
  std::vector<std::string> lines;
  for (const Segment& s : segs) {
    std::string l = "{\"begin\": " + std::to_string(s.begin) + ", \"end\": " +
                    std::to_string(s.end) + ", \"kind\": \"" + KindName(s.kind) +
                    "\", \"text\": ";
    AppendJsonString(text.substr(s.begin, s.end - s.begin), &l);
    l += "}";
    lines.push_back(std::move(l));
  }
  return lines;
}

std::string JoinGolden(const std::vector<std::string>& lines) {
  std::string out = "[\n";
  for (size_t i = 0; i < lines.size(); ++i) {
    out += lines[i];
    out += i + 1 < lines.size() ? ",\n" : "\n";
  }
  out += "]\n";
  return out;
}

TEST_CASE("seed segmentations match their reviewed goldens", "[segmenter][golden]") {
  const char* seeds[] = {"000_5cb0e136af7c07d2", "001_73c9dda10c4b9f60",
                         "002_655f853d25db7233", "003_9089a467beb3dbbb",
                         "004_39ca693172f99d2b"};
  const char* update = std::getenv("CLAIMCHECK_UPDATE_GOLDEN");
  const bool rewrite = update != nullptr && std::string(update) == "1";
  for (const char* seed : seeds) {
    INFO(seed);
    const std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/";
    const std::string text = ReadFile(dir + seed + ".txt");
    REQUIRE_FALSE(text.empty());
    const std::vector<std::string> got = GoldenLines(text);
    const std::string golden_path = dir + seed + ".segments.json";
    if (rewrite) {
      std::ofstream(golden_path, std::ios::binary) << JoinGolden(got);
      continue;
    }
    const std::string want = ReadFile(golden_path);
    REQUIRE_FALSE(want.empty());
    if (want == JoinGolden(got)) continue;
    // Name the first differing unit.
    std::vector<std::string> want_lines;
    std::stringstream ws(want);
    for (std::string l; std::getline(ws, l);) {
      if (l == "[" || l == "]") continue;
      if (!l.empty() && l.back() == ',') l.pop_back();
      want_lines.push_back(l);
    }
    size_t i = 0;
    while (i < want_lines.size() && i < got.size() && want_lines[i] == got[i]) ++i;
    INFO("first differing unit #" << i);
    INFO("golden: " << (i < want_lines.size() ? want_lines[i] : "(none)"));
    INFO("actual: " << (i < got.size() ? got[i] : "(none)"));
    FAIL("segmentation differs from " << golden_path);
  }
}

}  // namespace
}  // namespace claimcheck::internal
