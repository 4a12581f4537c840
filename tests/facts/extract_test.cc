// ExtractFacts per mention kind, on seed sentences (exact bytes) and made-up lines.
#include <catch2/catch.hpp>

#include "facts/facts.h"
#include "facts_test_util.h"

namespace claimcheck::internal {
namespace {

using testing::Extract;
using testing::SeedLine;

const char* KindName(MentionKind k) {
  static const char* const kNames[] = {"quantity",  "date",       "entity", "negation",
                                       "direction", "comparison", "hedge"};
  return kNames[static_cast<int>(k)];
}

struct Row {
  const char* text;
  MentionKind kind;
  const char* span;  // exact bytes of the mention
  const char* key;   // expected key, or nullptr to skip
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    auto f = Extract(row.text);
    const Mention* m = f->Find(row.kind, row.span);
    INFO(row.text << "  [" << KindName(row.kind) << " '" << row.span << "']");
    if (m == nullptr) {
      for (const Mention& x : f->mentions) {
        UNSCOPED_INFO("  got " << KindName(x.kind) << " '" << f->Span(x) << "' " << x.key);
      }
    }
    REQUIRE(m != nullptr);
    if (row.key != nullptr) CHECK(m->key == row.key);
  }
}

TEST_CASE("quantities: percentages, money, scale, qualifiers, ranges", "[facts][extract]") {
  CheckRows({
      {"Alibaba (BABA) surged by 8% on Thursday", MentionKind::kQuantity, "8%", "8%"},
      {"remit 15 % of its H20 sales", MentionKind::kQuantity, "15 %", "15%"},
      {"rose 5 per cent", MentionKind::kQuantity, "5 per cent", "5%"},
      {"rose 5 percent", MentionKind::kQuantity, "5 percent", "5%"},
      {"up 2 percentage points", MentionKind::kQuantity, "2 percentage points", "2 pp"},
      {"cut by 25 basis points", MentionKind::kQuantity, "25 basis points", "0.25 pp"},
      {"its $53 billion investment", MentionKind::kQuantity, "$53 billion", "5.3e+10 usd"},
      {"an additional 380 billion CNY over", MentionKind::kQuantity, "380 billion CNY",
       "3.8e+11 cny"},
      {"a market value of one trillion yuan", MentionKind::kQuantity, "one trillion yuan",
       "1e+12 cny"},
      {"Tesla sits at $1.5 trillion in market value", MentionKind::kQuantity,
       "$1.5 trillion", "1.5e+12 usd"},
      {"a deal worth €2bn", MentionKind::kQuantity, "€2bn", "2e+09 eur"},
      {"a £3m fine", MentionKind::kQuantity, "£3m", "3e+06 gbp"},
      {"raised US$5 billion", MentionKind::kQuantity, "US$5 billion", "5e+09 usd"},
      {"raised HK$10 billion", MentionKind::kQuantity, "HK$10 billion", "1e+10 hkd"},
      {"spent RMB 380 billion", MentionKind::kQuantity, "RMB 380 billion", "3.8e+11 cny"},
      {"a dividend of 13 cents", MentionKind::kQuantity, "13 cents", "0.13 usd"},
      {"poured more than 100 billion CNY into AI", MentionKind::kQuantity,
       "more than 100 billion CNY", ">=1e+11 cny"},
      {"rose nearly 10% within the day", MentionKind::kQuantity, "nearly 10%", "<~10%"},
      {"rose over 5% on Friday", MentionKind::kQuantity, "over 5%", ">=5%"},
      {"costs fell by up to 30%", MentionKind::kQuantity, "up to 30%", "<=30%"},
      {"at least 40 people", MentionKind::kQuantity, "at least 40", ">=40"},
      {"about 300 workers", MentionKind::kQuantity, "about 300", "~300"},
      {"no more than 5 chips", MentionKind::kQuantity, "no more than 5", "<=5"},
      {"sales rose 10-15% last year", MentionKind::kQuantity, "10-15%", "10-15%"},
      {"between 3 and 5 million units", MentionKind::kQuantity, "between 3 and 5 million",
       "3e+06-5e+06"},
      {"three to five years", MentionKind::kQuantity, "three to five years", "3-5 year"},
      {"1,000 employees", MentionKind::kQuantity, "1,000", "1000"},
      {"twenty-five people", MentionKind::kQuantity, "twenty-five", "25"},
      {"a dozen eggs", MentionKind::kQuantity, "a dozen", "12"},
      {"dozens of engineers", MentionKind::kQuantity, "dozens of", "~24-99"},
  });
}

TEST_CASE("quantities: multipliers, ordinals, durations", "[facts][extract]") {
  CheckRows({
      {"20 times faster", MentionKind::kQuantity, "20 times", "20 times"},
      {"a twofold gain", MentionKind::kQuantity, "twofold", "2 times"},
      {"profit doubled", MentionKind::kQuantity, "doubled", "2 times"},
      {"a 10x speedup", MentionKind::kQuantity, "10x", "10 times"},
      {"the 3rd place", MentionKind::kQuantity, "3rd", "3 ordinal"},
      {"marking the biggest two-week gain", MentionKind::kQuantity, "two-week", "2 week"},
      {"within 24 hours", MentionKind::kQuantity, "24 hours", "24 hour"},
      {"over the next three years", MentionKind::kQuantity, "three years", "3 year"},
      {"a 5nm process", MentionKind::kQuantity, "5nm", "5 nm"},
  });
  // Seed 000 line 7: "several‑fold" (U+2011) and "second‑generation".
  std::string line = SeedLine("000", 7);
  REQUIRE(!line.empty());
  CheckRows({
      {line.c_str(), MentionKind::kQuantity, "several\u2011fold", "~3-9 times"},
      {line.c_str(), MentionKind::kQuantity, "second", "2 ordinal"},
      {line.c_str(), MentionKind::kQuantity, "first", "1 ordinal"},
      {line.c_str(), MentionKind::kDate, "2011", "2011"},
      {line.c_str(), MentionKind::kDate, "2018", "2018"},
  });
}

TEST_CASE("numbers in names and split thousands", "[facts][extract]") {
  auto f = Extract("SARS-CoV-2 and COVID-19 vaccines; more than 13, 000 people");
  CHECK(f->Find(MentionKind::kQuantity, "2") == nullptr);
  CHECK(f->Find(MentionKind::kQuantity, "19") == nullptr);
  // After a lower-case word the lexicon knows, it is a measure's value.
  auto quake = Extract("a magnitude-7.5 earthquake and a category-5 storm hit covid-19 wards");
  CHECK(quake->Find(MentionKind::kQuantity, "7.5") != nullptr);
  CHECK(quake->Find(MentionKind::kQuantity, "5") != nullptr);
  CHECK(quake->Find(MentionKind::kQuantity, "19") == nullptr);
  // A score is one mention, its numbers in order; a range keeps reading as one.
  auto scores = Extract("they beat Bejaia 3-1 after a 1-1 draw and 10-15% growth");
  const Mention* won = scores->Find(MentionKind::kQuantity, "3-1");
  REQUIRE(won != nullptr);
  CHECK(won->key == "3-1 score");
  CHECK(scores->Find(MentionKind::kQuantity, "1-1") != nullptr);
  CHECK(scores->Find(MentionKind::kQuantity, "10-15%") != nullptr);
  const Mention* m = f->Find(MentionKind::kQuantity, "more than 13, 000");
  REQUIRE(m != nullptr);
  CHECK(m->key == ">=13000");
  // Several groups, and a decimal split at its point, as tokenized corpora write them (the
  // tokenizer makes each one token: tests/text/tokenizer_test.cc).
  auto g = Extract("they scooped $ 53, 193, 914 on the draw at 2. 4 miles per second, up 98. 7 "
                   "per cent");
  const Mention* big = g->Find(MentionKind::kQuantity, "$ 53, 193, 914");
  REQUIRE(big != nullptr);
  CHECK(big->quantity.value == 53193914);
  const Mention* speed = g->Find(MentionKind::kQuantity, "2. 4 miles");
  REQUIRE(speed != nullptr);
  CHECK(speed->quantity.value == Catch::Detail::Approx(2.4));
  CHECK(g->Find(MentionKind::kQuantity, "98. 7 per cent") != nullptr);
}

TEST_CASE("years are dates, not quantities", "[facts][extract]") {
  auto f = Extract("released in 2020 and sold 2,020 units for $2020");
  CHECK(f->Find(MentionKind::kDate, "2020") != nullptr);
  CHECK(f->Find(MentionKind::kQuantity, "2020") == nullptr);
  CHECK(f->Find(MentionKind::kQuantity, "2,020") != nullptr);
  CHECK(f->Find(MentionKind::kQuantity, "$2020") != nullptr);
  // Seed 004: "China’s $98 billion AI investment in 2025—$56 billion of it".
  auto g = Extract(SeedLine("004", 6));
  CHECK(g->Find(MentionKind::kDate, "2025") != nullptr);
  CHECK(g->Find(MentionKind::kQuantity, "$56 billion") != nullptr);
  CHECK(g->Find(MentionKind::kQuantity, "$98 billion") != nullptr);
  CHECK(g->Find(MentionKind::kQuantity, "90%") != nullptr);
}

TEST_CASE("dates: absolute, partial, weekday, quarter, time, relative", "[facts][extract]") {
  CheckRows({
      {"This move, reported on September 11, 2025, marks", MentionKind::kDate,
       "September 11, 2025", "2025-09-11"},
      {"Sept 11 (Reuters) - China's Alibaba", MentionKind::kDate, "Sept 11", "--09-11"},
      {"published 11 Sept 2025", MentionKind::kDate, "11 Sept 2025", "2025-09-11"},
      {"In a February 7 post on X", MentionKind::kDate, "February 7", "--02-07"},
      {"and in February announced", MentionKind::kDate, "February", "--02"},
      {"banned since May 2024", MentionKind::kDate, "May 2024", "2024-05"},
      {"jumped 26% in the June quarter", MentionKind::kDate, "June quarter", "q2"},
      {"results for Q2 2025", MentionKind::kDate, "Q2 2025", "2025 q2"},
      {"in the second quarter", MentionKind::kDate, "second quarter", "q2"},
      {"the 2024/25 season", MentionKind::kDate, "2024/25", "2024/2025"},
      {"since the 1990s", MentionKind::kDate, "1990s", "1990/1999"},
      {"surged by 8% on Thursday", MentionKind::kDate, "Thursday", "thursday"},
      {"meet at 5 pm", MentionKind::kDate, "5 pm", "17:00"},
      {"meet at 5pm", MentionKind::kDate, "5pm", "17:00"},
      {"the call at 17:30", MentionKind::kDate, "17:30", "17:30"},
      {"Late last month, CEO Jensen Huang said", MentionKind::kDate, "Late last month",
       "rel:late last month"},
      {"since early this year", MentionKind::kDate, "early this year", "rel:early this year"},
      {"announced yesterday", MentionKind::kDate, "yesterday", "rel:yesterday"},
      {"posted a few weeks ago", MentionKind::kDate, "a few weeks ago", "rel:a few weeks ago"},
      // Lowercased text: "may" before a day number is the month.
      {"their vote on may 7 will", MentionKind::kDate, "may 7", "--05-07"},
      // A counted span back in time reads as a duration, which is compared with the
      // source's; a relative date never is.
      {"posted 16 hours ago", MentionKind::kQuantity, "16 hours", "16 hour"},
      {"next week", MentionKind::kDate, "next week", "rel:next week"},
  });
  auto f = Extract("Late last month");
  REQUIRE(f->Count(MentionKind::kDate) == 1);
  CHECK(f->mentions[0].relative);
}

TEST_CASE("modal may and the verb march are not months", "[facts][extract]") {
  auto f = Extract("Nvidia may have agreed to march on, and in May prices rose");
  CHECK(f->Find(MentionKind::kHedge, "may") != nullptr);
  CHECK(f->Find(MentionKind::kDate, "may") == nullptr);
  CHECK(f->Find(MentionKind::kDate, "march") == nullptr);
  CHECK(f->Find(MentionKind::kDate, "May") != nullptr);
}

TEST_CASE("entities: names, codes, tickers, acronyms", "[facts][extract]") {
  std::string reuters = SeedLine("001", 5);
  REQUIRE(!reuters.empty());
  CheckRows({
      {reuters.c_str(), MentionKind::kEntity, "9988.HK", "9988.hk"},
      {reuters.c_str(), MentionKind::kEntity, "NVDA.O", "nvda.o"},
      {reuters.c_str(), MentionKind::kEntity, "Kunlun P800", "kunlun p800"},
      {reuters.c_str(), MentionKind::kEntity, "President Donald Trump",
       "president donald trump"},
      {reuters.c_str(), MentionKind::kEntity, "CEO Jensen Huang", "ceo jensen huang"},
      {reuters.c_str(), MentionKind::kEntity, "White House", "white house"},
      {reuters.c_str(), MentionKind::kEntity, "H20", "h20"},
      {reuters.c_str(), MentionKind::kEntity, "U.S.", "us"},
      {"Alibaba (BABA) surged", MentionKind::kEntity, "BABA", "baba"},
      {"accelerates the adoption of its open-sourced Qwen 3 model", MentionKind::kEntity,
       "Qwen 3", "qwen 3"},
      {"processors such as Hanguang 800, XuanTie, and Yitian 710", MentionKind::kEntity,
       "Yitian 710", "yitian 710"},
      {"the Bank of America said", MentionKind::kEntity, "Bank of America",
       "bank of america"},
      // A number hyphenated to a name is its model number, as one after a space is.
      {"the F-16 jet", MentionKind::kEntity, "F-16", "f 16"},
      {"sales of the COVID-19 vaccine fell", MentionKind::kEntity, "COVID-19", "covid 19"},
      {"drugs for SARS-CoV-2", MentionKind::kEntity, "CoV-2", "cov 2"},
  });
  // Possessives with U+2019 drop out of the key.
  auto f = Extract(SeedLine("000", 8));
  const Mention* h20 = f->Find(MentionKind::kEntity, "H20");
  REQUIRE(h20 != nullptr);
  const Mention* nv = f->Find(MentionKind::kEntity, "Nvidia\u2019s");
  REQUIRE(nv != nullptr);
  CHECK(nv->key == "nvidia");
}

TEST_CASE("entities: sentence-initial common words are weak, names are not",
          "[facts][extract]") {
  auto f = Extract("However, Nvidia rose. Financially, Baidu gained. Amanda baked cookies.");
  const Mention* however = f->Find(MentionKind::kEntity, "However");
  REQUIRE(however != nullptr);
  CHECK(however->weak);
  const Mention* financially = f->Find(MentionKind::kEntity, "Financially");
  REQUIRE(financially != nullptr);
  CHECK(financially->weak);
  const Mention* amanda = f->Find(MentionKind::kEntity, "Amanda");
  REQUIRE(amanda != nullptr);
  CHECK_FALSE(amanda->weak);
  const Mention* nvidia = f->Find(MentionKind::kEntity, "Nvidia");
  REQUIRE(nvidia != nullptr);
  CHECK_FALSE(nvidia->weak);
  // Sentence adverbs and prepositions the tagged corpus rarely or never saw are no names.
  auto h = Extract("Additionally, Nvidia rose. Amid the rally, Baidu gained.");
  for (const char* opener : {"Additionally", "Amid"}) {
    const Mention* m = h->Find(MentionKind::kEntity, opener);
    INFO(opener);
    CHECK((m == nullptr || m->weak));
  }
  // "The" and a lone letter are no names.
  auto g = Extract("The team met X and spent on research.");
  CHECK(g->Count(MentionKind::kEntity) == 0);
}

TEST_CASE("negation cues", "[facts][extract]") {
  CheckRows({
      {"Alibaba and Baidu did not immediately respond", MentionKind::kNegation, "not", "not"},
      {"Both firms have not completely abandoned Nvidia", MentionKind::kNegation, "not",
       nullptr},
      {"Neither Alibaba nor Baidu has fully abandoned Nvidia", MentionKind::kNegation,
       "Neither", nullptr},
      {"the plans aren't official", MentionKind::kNegation, "aren't", nullptr},
      {"it never shipped", MentionKind::kNegation, "never", nullptr},
      {"without offering a trial", MentionKind::kNegation, "without", nullptr},
      {"the agent fails to mention the price", MentionKind::kNegation, "fails", nullptr},
      {"No comments yet", MentionKind::kNegation, "No", nullptr},
  });
  auto f = Extract("This move not only strengthens Alibaba but also helps");
  CHECK(f->Count(MentionKind::kNegation) == 0);
  auto g = Extract("the team failed the test");
  CHECK(g->Count(MentionKind::kNegation) == 0);
}

TEST_CASE("direction cues", "[facts][extract]") {
  struct DirRow {
    const char* text;
    const char* span;
    int sign;
  };
  const DirRow rows[] = {
      {"Alibaba (BABA) surged by 8%", "surged", 1},
      {"its Hong Kong shares (9988.HK) rose over 5%", "rose", 1},
      {"as market cap slumps 43%", "slumps", -1},
      {"Qianfan platform, which cuts training costs by 90%", "cuts", -1},
      {"revenue jumped 26%", "jumped", 1},
      {"shares were down 3%", "down", -1},
      {"costs declined sharply", "declined", -1},
  };
  for (const DirRow& r : rows) {
    auto f = Extract(r.text);
    const Mention* m = f->Find(MentionKind::kDirection, r.span);
    INFO(r.text);
    REQUIRE(m != nullptr);
    CHECK(m->sign == r.sign);
  }
  // "home‑grown" describes; it does not move.
  auto g = Extract("growing pressure to use home-grown technology");
  CHECK(g->Find(MentionKind::kDirection, "grown") == nullptr);
}

TEST_CASE("comparison cues", "[facts][extract]") {
  struct CmpRow {
    const char* text;
    const char* span;
    int sign;
    bool superlative;
  };
  const CmpRow rows[] = {
      {"Nvidia\u2019s top\u2011of\u2011the\u2011line H20 chip", "top\u2011of\u2011the\u2011line",
       1, true},
      {"H20 chip - the most powerful AI processor", "most powerful", 1, true},
      {"does not have as much computing power as H100", "not have as much computing power as",
       -1, false},
      {"the scaled-down chip designed for the Chinese market", "scaled-down", -1, false},
      {"only slightly outperforms Nvidia's flagship A100", "outperforms", 1, false},
      {"only slightly outperforms Nvidia's flagship A100", "flagship", 1, true},
      {"marking the biggest two-week gain", "biggest", 1, true},
      {"a less advanced version of its next-generation chip", "less advanced", -1, false},
      {"Chinese firms are way behind", "behind", -1, false},
      {"claiming the top spot in China's A-shares market", "top spot", 1, true},
      {"the bank reported record profits", "record", 1, true},
      {"played in a record 133 Tests", "record", 1, true},
  };
  for (const CmpRow& r : rows) {
    auto f = Extract(r.text);
    const Mention* m = f->Find(MentionKind::kComparison, r.span);
    INFO(r.text);
    if (m == nullptr) {
      for (const Mention& x : f->mentions) UNSCOPED_INFO("  got '" << f->Span(x) << "'");
    }
    REQUIRE(m != nullptr);
    CHECK(m->sign == r.sign);
    CHECK(m->superlative == r.superlative);
  }
  // "not as much ... as" is a comparison, not a negation.
  auto f = Extract("does not have as much computing power as H100");
  CHECK(f->Count(MentionKind::kNegation) == 0);
  // "most" as a quantifier does not rank.
  auto g = Extract("most analysts agree");
  CHECK(g->Count(MentionKind::kComparison) == 0);
  // "record" the noun ranks nothing.
  auto h = Extract("clinics get an electronic health record (EHR) platform and broke the record.");
  CHECK(h->Count(MentionKind::kComparison) == 0);
}

TEST_CASE("hedge cues", "[facts][extract]") {
  struct HedgeRow {
    const char* text;
    const char* span;
    int strength;
  };
  const HedgeRow rows[] = {
      {"reports claim Nvidia may have agreed", "may", 3},
      {"reports claim Nvidia may have agreed", "claim", 3},
      {"the company reportedly began internal testing", "reportedly", 3},
      {"Custom chips are expected to reduce operational costs", "expected to", 3},
      {"It is rumored that NVIDIA is pushing", "rumored", 3},
      {"The man believes he stood on the crocodile", "believes", 2},
      // "would" in reported speech is the reported "will"; elsewhere it doubts.
      {"Mr Maduro said the room would be kept intact", "would", 1},
      {"he told reporters that it would take time", "would", 1},
      {"The deal would help both firms", "would", 3},
      {"He said so, but the deal would take years", "would", 3},
      {"the report said", "said", 1},
      {"According to The Information, Alibaba", "According to", 1},
  };
  for (const HedgeRow& r : rows) {
    auto f = Extract(r.text);
    const Mention* m = f->Find(MentionKind::kHedge, r.span);
    INFO(r.text << " / " << r.span);
    REQUIRE(m != nullptr);
    CHECK(m->hedge == r.strength);
  }
  auto f = Extract("the claims were false and it met expectations as expected");
  CHECK(f->Count(MentionKind::kHedge) == 0);
}

TEST_CASE("mention spans are original bytes on code-point boundaries", "[facts][extract]") {
  for (const char* seed : {"000", "001", "003", "004"}) {
    for (int line = 1; line <= 8; ++line) {
      std::string text = SeedLine(seed, line);
      auto f = Extract(text);
      for (const Mention& m : f->mentions) {
        REQUIRE(m.begin < m.end);
        REQUIRE(m.end <= text.size());
        // Neither end may fall on a UTF-8 continuation byte.
        CHECK((static_cast<unsigned char>(text[m.begin]) & 0xC0) != 0x80);
        if (m.end < text.size()) {
          CHECK((static_cast<unsigned char>(text[m.end]) & 0xC0) != 0x80);
        }
        CHECK(m.tok_begin < m.tok_end);
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck::internal
