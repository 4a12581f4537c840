// Compare(): quantities after unit, scale, currency and qualifiers; dates by shared
// fields; names by key, part and alias.
#include <catch2/catch.hpp>

#include "facts/entity_match.h"
#include "facts/facts.h"
#include "facts_test_util.h"

namespace claimcheck::internal {
namespace {

using testing::Extract;

struct Row {
  const char* claim;
  const char* evidence;
  MentionKind kind;
  Agreement expected;
};

const char* AgreementName(Agreement a) {
  switch (a) {
    case Agreement::kMatch: return "match";
    case Agreement::kConflict: return "conflict";
    case Agreement::kUnrelated: return "unrelated";
  }
  return "?";
}

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    auto c = Extract(row.claim);
    auto e = Extract(row.evidence);
    const Mention* cm = nullptr;
    const Mention* em = nullptr;
    for (const Mention& m : c->mentions) {
      if (m.kind == row.kind && cm == nullptr) cm = &m;
    }
    for (const Mention& m : e->mentions) {
      if (m.kind == row.kind && em == nullptr) em = &m;
    }
    INFO("claim '" << row.claim << "' vs evidence '" << row.evidence << "'");
    REQUIRE(cm != nullptr);
    REQUIRE(em != nullptr);
    INFO("keys " << cm->key << " / " << em->key);
    CHECK(AgreementName(Compare(*cm, *em)) == std::string(AgreementName(row.expected)));
  }
}

TEST_CASE("Compare quantities", "[facts][compare]") {
  const auto Q = MentionKind::kQuantity;
  CheckRows({
      {"remit 15 % of its H20 sales", "in exchange for 15% of China sales", Q,
       Agreement::kMatch},
      {"rose 15.4%", "rose 15%", Q, Agreement::kMatch},
      {"rose 16%", "rose 15.4%", Q, Agreement::kConflict},
      // Neighbouring figures written to the same digit only touch at the rounding edge:
      // two figures, not one.
      {"the death 36 years ago", "the death 35 years ago", Q, Agreement::kConflict},
      {"a dividend of $0.12", "a dividend of $0.13", Q, Agreement::kConflict},
      {"a margin of 40.7%", "a margin of 40.6%", Q, Agreement::kConflict},
      {"about 36 years ago", "35 years ago", Q, Agreement::kMatch},
      {"exactly 0 dollars", "0 dollars", Q, Agreement::kMatch},
      // Scores agree only as the same two numbers in order; a draw reads as a range.
      {"beat Bejaia 3-1 on Sunday", "beat Bejaia 4-1 at home on Sunday", Q, Agreement::kConflict},
      {"a 2-0 win", "won 2 - 0", Q, Agreement::kMatch},
      {"a 2-0 win", "a 1-1 draw", Q, Agreement::kUnrelated},
      {"remit 50% of sales", "in exchange for 15% of China sales", Q, Agreement::kConflict},
      {"rose nearly 10%", "rose 9.8%", Q, Agreement::kMatch},
      {"rose 9.8%", "rose nearly 10%", Q, Agreement::kMatch},
      {"rose nearly 10%", "rose 20%", Q, Agreement::kConflict},
      {"more than 100 billion CNY", "120 billion CNY", Q, Agreement::kMatch},
      {"more than 100 billion CNY", "80 billion CNY", Q, Agreement::kConflict},
      {"$1.5 trillion", "1,500 billion dollars", Q, Agreement::kMatch},
      {"US$1.5 trillion", "$1.5 trillion", Q, Agreement::kMatch},
      {"$53 billion", "$56 billion", Q, Agreement::kConflict},
      {"$2 billion", "$2.4 billion", Q, Agreement::kConflict},
      {"€2bn", "2 billion euros", Q, Agreement::kMatch},
      {"380 billion CNY", "RMB 380 billion", Q, Agreement::kMatch},
      {"380 billion yuan", "380 billion", Q, Agreement::kMatch},
      {"$380 billion", "380 billion CNY", Q, Agreement::kConflict},
      {"$53 billion", "380 billion CNY", Q, Agreement::kUnrelated},
      {"90%", "$53 billion", Q, Agreement::kUnrelated},
      {"two weeks", "14 days", Q, Agreement::kMatch},
      {"two weeks", "3 weeks", Q, Agreement::kConflict},
      {"two weeks", "three months", Q, Agreement::kUnrelated},
      {"10-15%", "12%", Q, Agreement::kMatch},
      {"10-15%", "20%", Q, Agreement::kConflict},
      {"about 100 workers", "110 workers", Q, Agreement::kMatch},
      {"about 100 workers", "150 workers", Q, Agreement::kConflict},
      {"up to 30%", "10%", Q, Agreement::kMatch},
      {"up to 30%", "40%", Q, Agreement::kConflict},
      // Two bounds the same way state two figures: a reader compares the figures.
      {"up to 20%", "up to 30%", Q, Agreement::kConflict},
      {"below $26 billion", "below $25 billion", Q, Agreement::kConflict},
      {"at least 20 people", "at least seven people", Q, Agreement::kConflict},
      {"more than 100 people", "more than 100 people", Q, Agreement::kMatch},
      {"up to 30%", "as much as 30%", Q, Agreement::kMatch},
      {"four people", "4 people", Q, Agreement::kMatch},
      {"four people", "three employees", Q, Agreement::kConflict},
      {"20 times", "twenty times", Q, Agreement::kMatch},
      {"the 2nd place", "second place", Q, Agreement::kMatch},
      {"the 2nd place", "third place", Q, Agreement::kConflict},
      {"5 percentage points", "5%", Q, Agreement::kMatch},
      {"5 percentage points", "8%", Q, Agreement::kUnrelated},
      {"one trillion yuan", "1 trillion yuan", Q, Agreement::kMatch},
      {"several-fold", "20 times", Q, Agreement::kConflict},
      {"several-fold", "5 times", Q, Agreement::kMatch},
  });
}

TEST_CASE("Compare dates", "[facts][compare]") {
  const auto D = MentionKind::kDate;
  CheckRows({
      {"reported on September 11, 2025", "Sept 11 (Reuters) - China's Alibaba", D,
       Agreement::kMatch},
      {"on Sept 12", "Sept 11 (Reuters)", D, Agreement::kConflict},
      {"in 2025", "on September 11, 2025", D, Agreement::kMatch},
      {"in 2024", "on September 11, 2025", D, Agreement::kConflict},
      {"in 2020", "Sept 11", D, Agreement::kUnrelated},
      {"on Thursday", "September 11, 2025", D, Agreement::kUnrelated},
      {"on Thursday", "on Friday", D, Agreement::kConflict},
      {"on Thursday", "on Thursday", D, Agreement::kMatch},
      {"last month", "in August 2025", D, Agreement::kUnrelated},
      {"last month", "in 2020", D, Agreement::kUnrelated},
      {"last month", "last month", D, Agreement::kMatch},
      {"in Q2", "in the June quarter", D, Agreement::kMatch},
      {"in Q3", "in the June quarter", D, Agreement::kConflict},
      {"in May 2024", "in Q2 2024", D, Agreement::kMatch},
      {"at 5 pm", "at 17:00", D, Agreement::kMatch},
      {"at 5 pm", "at 6 pm", D, Agreement::kConflict},
      {"in 1995", "in the 1990s", D, Agreement::kMatch},
      {"in 2025", "the 2024/25 season", D, Agreement::kMatch},
      {"in February", "February 7", D, Agreement::kMatch},
      {"in March", "February 7", D, Agreement::kConflict},
  });
}

TEST_CASE("Compare entities and cues", "[facts][compare]") {
  const auto E = MentionKind::kEntity;
  CheckRows({
      {"Nvidia rose", "NVIDIA fell", E, Agreement::kMatch},
      {"as Jensen Huang said", "as Huang said", E, Agreement::kMatch},
      {"as Huang said", "as CEO Jensen Huang said", E, Agreement::kMatch},
      {"the Kunlun P800 chip", "the P800 Kunlun chip", E, Agreement::kMatch},
      {"the Kunlun P900 chip", "the Kunlun P800 chip", E, Agreement::kUnrelated},
      {"with Alibaba", "with Baidu", E, Agreement::kUnrelated},
      {"by the U.S. government", "by the United States", E, Agreement::kMatch},
      {"in America", "in the US", E, Agreement::kMatch},
      {"with President Biden", "with President Donald Trump", E, Agreement::kUnrelated},
  });
  const auto R = MentionKind::kDirection;
  CheckRows({
      {"shares surged by 8%", "shares rose 8%", R, Agreement::kMatch},
      {"shares surged by 8%", "shares fell by 8%", R, Agreement::kConflict},
  });
}

TEST_CASE("entity aliases, demonyms and significant parts", "[facts][compare]") {
  // A person named after an organisation and a role is that person: the organisation
  // matching is not enough.
  CHECK(EntitiesMatch("nvidia ceo jensen huang", "ceo jensen huang", nullptr));
  CHECK(EntitiesMatch("nvidia ceo jensen huang", "huang", nullptr));
  CHECK_FALSE(EntitiesMatch("nvidia ceo daniel roth", "ceo jensen huang", nullptr));
  CHECK_FALSE(EntitiesMatch("nvidia ceo daniel roth", "nvidia", nullptr));
  // Two people who share only a given name are two people; the same surname after it,
  // or the given name alone, may be the same person.
  CHECK_FALSE(EntitiesMatch("bob hope", "bob ross", nullptr));
  CHECK_FALSE(EntitiesMatch("david jones", "david smith", nullptr));
  CHECK(EntitiesMatch("david smith", "david j smith", nullptr));
  CHECK(EntitiesMatch("bob ross", "bob", nullptr));
  CHECK(EntitiesMatch("bob ross", "ross", nullptr));
  // A role alone after the organisation still names the organisation.
  CHECK(EntitiesMatch("nvidia ceo", "nvidia", nullptr));
  CHECK(EntitiesMatch("chinese", "china", nullptr));
  CHECK(EntitiesMatch("china", "chinese", nullptr));
  CHECK(EntitiesMatch("indian", "india", nullptr));
  CHECK(EntitiesMatch("american", "america", nullptr));
  CHECK(EntitiesMatch("japanese", "japan", nullptr));
  CHECK(EntitiesMatch("uk", "britain", nullptr));
  CHECK(EntitiesMatch("british", "united kingdom", nullptr));
  CHECK(EntitiesMatch("us government", "united states government", nullptr));
  CHECK(EntitiesMatch("chinese government", "china", nullptr));
  CHECK_FALSE(EntitiesMatch("austrian", "australia", nullptr));
  CHECK_FALSE(EntitiesMatch("president biden", "president donald trump", nullptr));
  CHECK_FALSE(EntitiesMatch("alibaba", "baidu", nullptr));
  // One letter off in a long name is a misspelling; in a short one it is another name.
  CHECK(EntitiesMatch("tindal", "mike tindall", nullptr));
  CHECK_FALSE(EntitiesMatch("h100", "h200", nullptr));
  CHECK_FALSE(EntitiesMatch("baidu", "baidi", nullptr));
  // User aliases: a newsroom's "Wenxin" = "Ernie".
  AliasTable table;
  CHECK_FALSE(EntitiesMatch("wenxin", "ernie", &table));
  table.AddGroup({"wenxin", "ernie"});
  CHECK(EntitiesMatch("wenxin", "ernie ai", &table));
}

TEST_CASE("a claim name prepared once matches as EntitiesMatch does", "[facts][compare]") {
  const char* const claims[] = {"us government", "kunlun p900", "tindal", "chinese", "baidu"};
  const char* const sources[] = {"united states government", "kunlun p800", "kunlun",
                                 "mike tindall", "china", "baidi", "baidu", "us", ""};
  for (const char* a : claims) {
    const ClaimName name(a, nullptr);
    for (const char* b : sources) {
      INFO(a << " / " << b);
      CHECK(name.Matches(b) == EntitiesMatch(a, b, nullptr));
    }
  }
}

}  // namespace
}  // namespace claimcheck::internal
