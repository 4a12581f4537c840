// CheckFacts on claims written from the seeds: for each fact kind a supported, an
// unsupported and a contradicted case, plus the cases the design names.
#include <catch2/catch.hpp>

#include "facts/fact_check.h"
#include "facts_test_util.h"

namespace claimcheck::internal {
namespace {

using testing::AnalyzeDoc;
using testing::Doc;
using testing::SeedLine;
using testing::TokenRange;

const char* KindName(FindingKind k) {
  static const char* const kNames[] = {
      "unsupported_content", "number_mismatch", "date_mismatch", "entity_missing",
      "entity_swap",         "negation_flip",   "direction_flip", "antonym",
      "comparison_unsupported", "certainty_raised"};
  return kNames[static_cast<int>(k)];
}

// One claim sentence against one evidence passage of a source set.
struct Case {
  std::unique_ptr<Doc> claim;
  std::vector<std::unique_ptr<Doc>> sources;
  std::vector<FactFinding> findings;

  const FactFinding* Find(FindingKind kind, std::string_view claim_text) const {
    for (const FactFinding& f : findings) {
      if (f.kind == kind &&
          std::string_view(claim->text).substr(f.begin, f.end - f.begin) == claim_text) {
        return &f;
      }
    }
    return nullptr;
  }
  const FactFinding* Find(FindingKind kind) const {
    for (const FactFinding& f : findings) {
      if (f.kind == kind) return &f;
    }
    return nullptr;
  }
  std::string Dump() const {
    std::string s;
    for (const FactFinding& f : findings) {
      s += std::string("  ") + KindName(f.kind) + (f.contradicts ? " [contradicts] '" : " '") +
           claim->text.substr(f.begin, f.end - f.begin) + "': " + f.detail + "\n";
    }
    return s;
  }
};

// `evidence` is a passage of sources[evidence_source] (exact bytes).
std::unique_ptr<Case> Run(std::string claim, std::vector<std::string> sources,
                          std::string_view evidence, size_t evidence_source = 0) {
  auto c = std::make_unique<Case>();
  c->claim = AnalyzeDoc(std::move(claim));
  SourceFacts index;
  for (std::string& s : sources) {
    c->sources.push_back(AnalyzeDoc(std::move(s)));
    index.AddSource(c->sources.back()->text, c->sources.back()->analyzed,
                    c->sources.back()->mentions);
  }
  const Doc& src = *c->sources[evidence_source];
  auto [eb, ee] = TokenRange(src, evidence);
  REQUIRE(ee > eb);
  std::vector<FactSpan> ev = {MakeFactSpan(src.text, src.analyzed, src.mentions, eb, ee,
                                           static_cast<uint32_t>(evidence_source))};
  FactSpan claim_span =
      MakeFactSpan(c->claim->text, c->claim->analyzed, c->claim->mentions, 0,
                   static_cast<uint32_t>(c->claim->analyzed.tokens.size()), 0);
  CheckFacts(claim_span, ev, index, &c->findings);
  return c;
}

std::string Reuters() { return SeedLine("001", 5); }
std::string SourceText(const Case& c, const FactFinding& f) {
  return c.sources[f.source]->text.substr(f.source_begin, f.source_end - f.source_begin);
}

const char kReutersLead[] =
    "Sept 11 (Reuters) - China's Alibaba (9988.HK), opens new tab and Baidu (9888.HK), opens "
    "new tab have started using internally designed chips to train their AI models";
const char kReutersH20[] =
    "While Nvidia's H20 chip - the most powerful AI processor it is allowed to sell in China - "
    "does not have as much computing power as H100 or Blackwell series, it still outpaced "
    "Chinese alternatives in performance.";
const char kReutersDeal[] =
    "The company has already struck a deal with President Donald Trump for export licenses in "
    "exchange for 15% of China sales of its H20 AI chips.";
const char kTradingKey[] =
    "Following this news, Alibaba (BABA) surged by 8% on Thursday, marking the biggest "
    "two-week gain, while its Hong Kong shares (9988.HK) rose over 5% on Friday.";

TEST_CASE("quantities: supported, unsupported, contradicted", "[facts][fact_check]") {
  SECTION("004's 90% against the Reuters story: no source gives it") {
    auto c = Run("This includes Huawei\u2019s Ascend service, which reduces model training "
                 "times, and Baidu\u2019s Qianfan platform, which cuts training costs by 90% [4].",
                 {Reuters()}, kReutersDeal);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNumberMismatch, "90%");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    CHECK(f->detail == "no quantity 90% in the sources");
  }
  SECTION("a vague amount of a vague amount: \"tens of thousands of\"") {
    const std::string src = "Thousands of people marched through the city on Saturday.";
    auto c = Run("Tens of thousands of people marched through the city on Saturday.", {src},
                 src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNumberMismatch, "Tens of thousands of");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    const std::string about = "About 40,000 people marched through the city on Saturday.";
    auto d = Run("Tens of thousands of people marched through the city on Saturday.", {about},
                 about);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kNumberMismatch) == nullptr);
    // A vague amount ends where the next order begins: hundreds of thousands are fewer
    // than a million, but may be a few more than "nearly 200,000".
    const std::string million =
        "More than a million people have signed a petition calling for the judge to go.";
    auto e = Run("Hundreds of thousands of people have signed a petition.", {million}, million);
    INFO(e->Dump());
    const FactFinding* g = e->Find(FindingKind::kNumberMismatch, "Hundreds of thousands of");
    REQUIRE(g != nullptr);
    CHECK(g->contradicts);
    const std::string nearly = "Nearly 180,000 people have signed a petition.";
    auto h = Run("Hundreds of thousands of people have signed a petition.", {nearly}, nearly);
    INFO(h->Dump());
    CHECK(h->Find(FindingKind::kNumberMismatch) == nullptr);
    // With no figure to conflict with, a vague amount is no invented specific.
    const std::string volume = "Given the volume of images, he was banned for two years.";
    auto k = Run("He downloaded hundreds of images and was banned.", {volume}, volume);
    INFO(k->Dump());
    CHECK(k->Find(FindingKind::kNumberMismatch) == nullptr);
  }
  SECTION("pence: \"5p\", \"5 pence\"") {
    const std::string src = "Average petrol prices rose by 4p to 116.7p per litre.";
    auto c = Run("Average petrol prices rose by 5p per litre.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNumberMismatch, "5p");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "4p");
    auto d = Run("Average petrol prices rose by 4 pence per litre.", {src}, src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kNumberMismatch) == nullptr);
    // A video resolution is no amount of money.
    const std::string video = "The clip was filmed in 720p.";
    auto e = Run("The clip was filmed in 720p.", {video}, video);
    INFO(e->Dump());
    CHECK(e->findings.empty());
  }
  SECTION("two figures for two readings: the claim's reading is not a wrong number") {
    const std::string src =
        "Net of this adjusting item, earnings per share in the quarter were $6.86. In the "
        "third quarter, Capital One earned $3.1 billion or $6.78 per diluted common share.";
    auto c = Run("Capital One reported earnings per share of $6.86 in the quarter and earned "
                 "$3.1 billion.",
                 {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
    // A figure the passage does not have at all is still a conflict in its slot.
    auto d = Run("Capital One reported earnings per share of $6.95 in the quarter and earned "
                 "$3.1 billion.",
                 {src}, src);
    INFO(d->Dump());
    const FactFinding* f = d->Find(FindingKind::kNumberMismatch, "$6.95");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("a counted span back in time is a duration: 30 years ago against 35 years ago") {
    const std::string src =
        "An Australian pleaded guilty to the manslaughter of an American who fell to his death "
        "35 years ago from a Sydney cliff.";
    auto c = Run("An American fell to his death 30 years ago from a Sydney cliff.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNumberMismatch, "30 years");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "35 years");
    auto same = Run("An American fell to his death 35 years ago.", {src}, src);
    INFO(same->Dump());
    CHECK(same->findings.empty());
  }
  SECTION("000's 15 % against Reuters' 15%: supported") {
    auto c = Run("reports claim Nvidia may have agreed to remit 15 % of its H20 sales in China "
                 "to the U.S. government.",
                 {Reuters()}, kReutersDeal);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
  }
  SECTION("another figure in the same slot: contradicted") {
    std::string copy = SeedLine("003", 5);
    std::string changed = copy;
    changed.replace(changed.find("surged by 8%"), 12, "surged by 18%");
    auto c = Run("Alibaba (BABA) surged by 8% on Thursday.", {changed},
                 "Following this news, Alibaba (BABA) surged by 18% on Thursday");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNumberMismatch, "8%");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    REQUIRE(f->has_source);
    CHECK(SourceText(*c, *f) == "18%");
  }
  SECTION("a figure given elsewhere in the sources is fine") {
    auto c = Run("Alibaba shares rose over 5% on Friday.", {SeedLine("003", 5)},
                 "Baidu (9888.HK) also saw an increase of over 8%");
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
    // A share is no count: "a 20% limit up" does not give "more than 20 of them".
    const std::string limit = "Alibaba opened with a surge, hitting a 20% limit up.";
    auto d = Run("Alibaba has trained more than 20 of its models on its own chips.", {limit},
                 limit);
    INFO(d->Dump());
    const FactFinding* f = d->Find(FindingKind::kNumberMismatch, "more than 20");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    // A bare figure is still given by the same figure with a unit: "aged 27".
    auto e = Run("The 27-year-old joined in May.", {"The player, aged 27, joined."},
                 "The player, aged 27, joined.");
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kNumberMismatch) == nullptr);
  }
  SECTION("a bound against the source's bound the same way, and figures deep inside it") {
    // "below $30 billion" against "below $25 billion": two figures for one slot. Neither
    // "$0.13 per share" in the evidence nor the claim's own "$0.13" stands for the bound.
    const std::string debt =
        "As we expect net debt to fall below $25 billion by the end of the first quarter, we "
        "are raising our common dividend to $0.13 per share.";
    auto c = Run("The company is raising its dividend to $0.13 per share and expects net "
                 "debt to fall below $30 billion.",
                 {debt}, debt);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNumberMismatch, "below $30 billion");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "below $25 billion");
    // Away from the evidence, the same bound elsewhere in the sources is compared by its
    // figure too; the same figure is fine.
    const std::string plan = "Revenue grew in May. The plan cut costs by up to 30%.";
    auto d = Run("Costs fell by up to 20%.", {plan}, "Revenue grew in May.");
    INFO(d->Dump());
    const FactFinding* g = d->Find(FindingKind::kNumberMismatch, "up to 20%");
    REQUIRE(g != nullptr);
    CHECK_FALSE(g->contradicts);
    auto e = Run("Costs fell by up to 30%.", {plan}, "Revenue grew in May.");
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kNumberMismatch) == nullptr);
  }
  SECTION("a number the sources read as part of a name, in a lower-cased summary") {
    const std::string road = "No serious injuries were reported on U.S. Highway 36 near Boulder.";
    auto c = Run("no serious injuries were reported on u.s. highway 36 near boulder.", {road},
                 road);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
    // Another number after the same word names nothing the sources name.
    auto d = Run("no serious injuries were reported on u.s. highway 37 near boulder.", {road},
                 road);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kNumberMismatch, "37") != nullptr);
  }
  SECTION("the claim's figure written bare in the slot outweighs another with its unit") {
    // "until he is 91" gives "91 years"; the "61-year-old" beside it is his age now.
    const std::string blair =
        "Tony Blair has said he does not want to retire until he is 91 -- as he unveiled "
        "plans. The defiant 61-year-old former prime minister said he had decades still in him.";
    auto c = Run("Former prime minister said he did not want to retire until he was 91 years old.",
                 {blair}, blair);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
    // Another bare figure is no backing: the 61 years still conflict.
    auto d = Run("Former prime minister said he did not want to retire until he was 81 years old.",
                 {blair}, blair);
    INFO(d->Dump());
    const FactFinding* f = d->Find(FindingKind::kNumberMismatch, "81 years");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
}

TEST_CASE("dates: supported, unsupported, contradicted", "[facts][fact_check]") {
  SECTION("a relative date with no date in its evidence: unsupported") {
    const std::string src = "Alibaba shares rose after the report. Baidu shares rose on Thursday.";
    auto c = Run("Alibaba shares rose last week after the report.", {src},
                 "Alibaba shares rose after the report.");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "last week");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    // Any date in the evidence may be the same day seen from another date line.
    auto d = Run("Baidu shares rose last week.", {src}, "Baidu shares rose on Thursday.");
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kDateMismatch) == nullptr);
  }
  SECTION("a relative date the evidence turns the other way: contradicted") {
    const std::string src = "Net income fell in the second quarter compared to last year.";
    auto c = Run("Net income fell in the second quarter compared to next year.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "next year");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "last year");
    // The same way, another period, or "this" (which may be either): no conflict.
    const std::string both = "Sales fell last year and will rise next year.";
    for (const char* claim : {"Sales will rise next year.", "Sales fell last year.",
                              "Sales will rise next month.", "Sales fell this year."}) {
      auto d = Run(claim, {both}, both);
      INFO(claim << "\n" << d->Dump());
      for (const FactFinding& g : d->findings) CHECK_FALSE(g.contradicts);
    }
    auto e = Run("Sales will rise next season.", {src}, src);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kDateMismatch) == nullptr);
  }
  SECTION("002's September 11, 2025 against Reuters' Sept 11 ... Thursday") {
    auto c = Run("In a significant development in the AI landscape, Chinese tech giants Alibaba "
                 "and Baidu have started utilizing their own custom-designed AI chips to train "
                 "artificial intelligence models. This move, reported on September 11, 2025, "
                 "marks a pivotal shift.",
                 {Reuters()}, kReutersLead);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kDateMismatch) == nullptr);
  }
  SECTION("a date alone in its clause takes its slot from the words past the clause edge") {
    // A fronted date ("In April, ...") and a dateline ("Sept 14 (Reuters) - ...").
    const std::string money =
        "Alibaba has poured money into AI, and in February announced an additional 380 "
        "billion CNY over the next three years.";
    auto c = Run("In April, Alibaba announced an additional 380 billion CNY.", {money}, money);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "April");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "February");
    auto d = Run("Sept 14 (Reuters) - China's Alibaba and Baidu have started using their own "
                 "chips.",
                 {Reuters()}, kReutersLead);
    INFO(d->Dump());
    const FactFinding* g = d->Find(FindingKind::kDateMismatch, "Sept 14");
    REQUIRE(g != nullptr);
    CHECK(g->contradicts);
    // The same date in the same place: fine.
    auto e = Run("In February, Alibaba announced an additional 380 billion CNY.", {money}, money);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kDateMismatch) == nullptr);
  }
  SECTION("an evidence date fronted in its own clause fills the slot of the clause after it") {
    const std::string q3 =
        "Net of this item, earnings per share were $6.86. In the third quarter, Capital One "
        "earned $3.1 billion.";
    auto c = Run("Capital One earned $3.1 billion in the second quarter.", {q3}, q3);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "second quarter");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "third quarter");
    auto d = Run("Capital One earned $3.1 billion in the third quarter.", {q3}, q3);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kDateMismatch) == nullptr);
    // A dateline ends at a dash, not a comma: it is when the story was filed, and it
    // fills no slot of the story's events.
    auto e = Run("Baidu began testing the Kunlun P800 on new versions of its Ernie model in June.",
                 {Reuters()}, kReutersLead);
    INFO(e->Dump());
    const FactFinding* g = e->Find(FindingKind::kDateMismatch, "June");
    CHECK((g == nullptr || !g->contradicts));
  }
  SECTION("a time of day after an approximation is a time, not an amount") {
    const std::string src = "He was making a lot of noise at around 9pm on Thursday night.";
    auto c = Run("He was making noise at around 9 pm on Thursday.", {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
    CHECK(c->Find(FindingKind::kDateMismatch) == nullptr);
    auto d = Run("He was making noise at around 11 pm on Thursday.", {src}, src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kNumberMismatch) == nullptr);
    const FactFinding* f = d->Find(FindingKind::kDateMismatch, "11 pm");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("a year no source gives") {
    auto c = Run("Baidu released its first Kunlun chip in 2019.", {SeedLine("000", 7)},
                 "released its first Kunlun chip in 2018");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "2019");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);  // the evidence gives 2018 for the same release
  }
  SECTION("a date with no counterpart anywhere: unsupported") {
    auto c = Run("Alibaba and Baidu started using their own chips in March 2024.", {Reuters()},
                 kReutersLead);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "March 2024");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
  }
  SECTION("another weekday for the same move: contradicted") {
    auto c = Run("Alibaba (BABA) surged by 8% on Friday.", {SeedLine("003", 5)}, kTradingKey);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDateMismatch, "Friday");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "Thursday");
  }
}

TEST_CASE("names: supported, unsupported, contradicted", "[facts][fact_check]") {
  SECTION("a part of a source name is given") {
    auto c = Run("Jensen Huang said talks with the White House will take time.", {Reuters()},
                 "Late last month, CEO Jensen Huang said discussions with the White House");
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kEntityMissing) == nullptr);
    CHECK(c->Find(FindingKind::kEntitySwap) == nullptr);
  }
  SECTION("a name no source gives") {
    auto c = Run("Baidu\u2019s Qianfan platform cuts training costs.", {Reuters()},
                 kReutersDeal);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntityMissing, "Qianfan");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
  }
  SECTION("another name in the same role: contradicted") {
    auto c = Run("The company has already struck a deal with President Joe Biden for export "
                 "licenses.",
                 {Reuters()}, kReutersDeal);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntitySwap, "President Joe Biden");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "President Donald Trump");
  }
  SECTION("a new name with the evidence name's words either side: contradicted") {
    const std::string src = "Alibaba and Baidu have started using internally designed chips, "
                            "partly replacing those made by Nvidia (NVDA.O), the report said.";
    auto c = Run("They partly replace those made by AMD.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntitySwap, "AMD");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "Nvidia");
    // The same words across a clause end tie nothing: "SMIC, The Information said".
    const std::string h20 = "It competes with Nvidia's H20, The Information said.";
    auto d = Run("The chip is manufactured by SMIC, The Information said.", {h20}, h20);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kEntitySwap) == nullptr);
    CHECK(d->Find(FindingKind::kEntityMissing, "SMIC") != nullptr);
    // Placeholders of tokenized corpora name nothing.
    auto e = Run("it was made by UNK UNK UNK .", {src}, src);
    INFO(e->Dump());
    CHECK(e->findings.empty());
  }
  SECTION("a code whose hyphenated number differs: contradicted") {
    const std::string src = "Sales of the F-16 jet fell. Sales of the COVID-19 vaccine fell.";
    auto c = Run("Sales of the F-15 jet fell.", {src + " It rose 15%."}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntitySwap, "F-15");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "F-16");
    auto d = Run("Sales of the COVID-19 vaccine fell.", {src}, src);
    INFO(d->Dump());
    CHECK(d->findings.empty());
  }
  SECTION("a ticker stands for the company the source attaches it to") {
    auto c = Run("9988.HK rose over 5% on Friday.", {SeedLine("003", 5)}, kTradingKey);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kEntityMissing) == nullptr);
    CHECK(c->Find(FindingKind::kEntitySwap) == nullptr);
  }
  SECTION("an outlet credited at the start of a unit is not a claim") {
    const std::string src = "Alibaba and Baidu have started using their own chips.";
    auto c = Run("TradingKey - Reports have emerged that Alibaba and Baidu have started using "
                 "their own chips.",
                 {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kEntityMissing) == nullptr);
    // Elsewhere in the unit the same name is checked.
    auto d = Run("Reports from TradingKey say Alibaba and Baidu have started using their own "
                 "chips.",
                 {src}, src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kEntityMissing, "TradingKey") != nullptr);
  }
  SECTION("a lower-cased text: another given name for the source's surname") {
    const std::string src = "republic of ireland assistant manager roy keane says everton "
                            "players must toughen up.";
    auto c = Run("everton captain michael keane says the players must toughen up.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntitySwap, "michael keane");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(f->detail.find("roy keane") != std::string::npos);
    // The same surname with the source's given name, a short form of it, or a first name
    // the source leaves out is no swap.
    for (const char* claim : {"roy keane says everton players must toughen up.",
                              "Roy keane says everton players must toughen up.",
                              "roy keane has n't said everton players must toughen up."}) {
      auto d = Run(claim, {src}, src);
      INFO(claim << "\n" << d->Dump());
      CHECK(d->Find(FindingKind::kEntitySwap) == nullptr);
    }
    const std::string mr = "mr keane says everton players must toughen up.";
    auto e = Run("roy keane says everton players must toughen up.", {mr}, mr);
    INFO(e->Dump());
    CHECK(e->findings.empty());
    const std::string full = "alexander tsilikin was found dead at his home.";
    auto g = Run("alex tsilikin was found dead at his home.", {full}, full);
    INFO(g->Dump());
    CHECK(g->findings.empty());
    // A person the sources never name at all, no part of the name a source word.
    auto n = Run("everton captain sebastian vettel says the players must toughen up.", {src},
                 src);
    INFO(n->Dump());
    const FactFinding* missing = n->Find(FindingKind::kEntityMissing, "sebastian vettel");
    REQUIRE(missing != nullptr);
    CHECK_FALSE(missing->contradicts);
    // A word English has after the given name is no surname: "billy has n't been seen".
    const std::string seen = "since then billy hasn't been seen.";
    auto h = Run("since then billy has n't been seen .", {seen}, seen);
    INFO(h->Dump());
    CHECK(h->findings.empty());
  }
  SECTION("a lower-cased text: a place the sources do not name, where they name another") {
    const std::string src = "a man robbed a security guard outside a supermarket in glasgow.";
    auto c = Run("a man robbed a security guard outside a supermarket in birmingham.", {src},
                 src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntityMissing, "birmingham");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    CHECK(f->detail.find("glasgow") != std::string::npos);
    // A place adjective, and a place opening the sentence, count too.
    const std::string gp = "hamilton was mystified by his lack of pace in the russian grand prix.";
    auto a = Run("hamilton failed to win the hungarian grand prix.", {gp}, gp);
    INFO(a->Dump());
    CHECK(a->Find(FindingKind::kEntityMissing, "hungarian") != nullptr);
    auto b = Run("Birmingham police say a man robbed a security guard.", {src}, src);
    INFO(b->Dump());
    CHECK(b->Find(FindingKind::kEntityMissing, "Birmingham") != nullptr);
    // Not when the sources name the place, a place it lies in or one lying in it, or a
    // place it belongs to ("uk" for "scotland's"); nor when they name no place at all,
    // since a summary may name the one its source implies; nor for a competitor that is
    // also a given name.
    const std::vector<std::pair<const char*, const char*>> fine = {
        {"a man robbed a security guard at a glasgow supermarket.", "glasgow"},
        {"a man robbed a security guard outside a supermarket in scotland.", "scotland"},
        {"the toddler fell into the pit at a zoo in ohio.", "cleveland"},
        {"the toddler fell into the pit at a zoo in cleveland.", "ohio"},
        {"irn bru is one of scotland's best-known brands.", "uk"},
        {"a man robbed a security guard outside a supermarket in birmingham.", "the city"},
        {"a man robbed a security guard outside a supermarket in birmingham.", "victoria"}};
    for (const auto& [claim, place] : fine) {
      const std::string s = std::string("the story is about ") + place + ".";
      auto d = Run(claim, {s}, s);
      INFO(claim << " / " << s << "\n" << d->Dump());
      CHECK(d->Find(FindingKind::kEntityMissing) == nullptr);
    }
  }
  SECTION("a role swap between two names the evidence both has") {
    const std::string src =
        "Alibaba has been using its own chips for smaller AI models since early this year, "
        "while Baidu is experimenting with training new versions of its Ernie AI model using "
        "its Kunlun P800 chip.";
    auto c = Run("Alibaba is experimenting with training new versions of its Ernie AI model.",
                 {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntitySwap, "Alibaba");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "Baidu");
    // Names listed together share the role: "Alibaba, Baidu begin" is no swap for
    // "Alibaba began" (an irregular form, compared by its base).
    const std::string head = "Alibaba, Baidu begin using own chips to train AI models";
    auto l = Run("Alibaba began using its own chips for training AI models.", {head}, head);
    INFO(l->Dump());
    CHECK(l->Find(FindingKind::kEntitySwap) == nullptr);
    // A role through the same stop words and owner: "compete with Nvidia's H20".
    const std::string h20 = "Alibaba's chip is now good enough to compete with Nvidia's H20, "
                            "The Information said. Nvidia's H20 does not have as much "
                            "computing power as H100.";
    auto w = Run("Alibaba's chip is good enough to compete with Nvidia's H100.", {h20}, h20);
    INFO(w->Dump());
    const FactFinding* fw = w->Find(FindingKind::kEntitySwap, "H100");
    REQUIRE(fw != nullptr);
    CHECK(SourceText(*w, *fw) == "H20");
    // Another owner is another thing: "Alibaba's Zhenwu chip" is not "Nvidia's H20 chip".
    auto o = Run("Alibaba's Zhenwu chip is not yet in mass production.", {h20}, h20);
    INFO(o->Dump());
    CHECK(o->Find(FindingKind::kEntitySwap) == nullptr);
    // Other words between the anchor and the name tie nothing: "playing in France".
    const std::string club = "This season he has been playing for Stade Francais.";
    auto p = Run("This season he has been playing in France.", {club}, club);
    INFO(p->Dump());
    CHECK(p->Find(FindingKind::kEntitySwap) == nullptr);
    // Auxiliaries and a negation between the name and its verb keep the role.
    auto n = Run("Nvidia did not respond to requests for comment.", {Reuters()},
                 "Alibaba and Baidu did not immediately respond to Reuters requests for comment.");
    INFO(n->Dump());
    CHECK(n->Find(FindingKind::kEntitySwap, "Nvidia") != nullptr);
    // The evidence gives the claim's name the role in other words: no swap.
    const std::string pests =
        "Newcastle is officially the most pest-infested place in the country. Southwark is "
        "the most expensive place to deal with pests.";
    auto d = Run("Newcastle is the most pest-infested place in the country.", {pests}, pests);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kEntitySwap) == nullptr);
    // "The Briton" describes the evidence's Hamilton; it is no other name.
    const std::string race = "Hamilton was four-hundredths of a second ahead of Rosberg.";
    auto e = Run("The Briton was four-hundredths of a second quicker than Rosberg.", {race},
                 race);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kEntitySwap) == nullptr);
  }
  SECTION("a name that matches the evidence by one part and adds a part no source has") {
    const std::string src =
        "Activists in London dumped gallons of yellow and blue paint in front of the Russian "
        "embassy.";
    auto c = Run("Activists dumped paint in front of the London Mexican embassy.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kEntityMissing, "London Mexican");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    CHECK(f->detail == "no Mexican in the sources for London Mexican");
    // A name the evidence lacks, given in part only by the sources' given name alone:
    // "Dylan" is still no part of any name the sources have.
    const std::string show =
        "Bob Ross is having some paintings featured in a museum exhibition. It opens in May. "
        "We love Bob.";
    auto g = Run("Bob Dylan is having some paintings featured in an exhibition opening in May.",
                 {show}, "It opens in May.");
    INFO(g->Dump());
    const FactFinding* h = g->Find(FindingKind::kEntityMissing, "Bob Dylan");
    REQUIRE(h != nullptr);
    CHECK(h->detail == "no Dylan in the sources for Bob Dylan");
    // A describing word capitalised in a name is not a new name.
    const std::string chips = "Chinese tech giants are adopting domestic chips.";
    auto d = Run("Chinese Big Tech giants are adopting domestic chips.", {chips}, chips);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kEntityMissing) == nullptr);
  }
}

TEST_CASE("negation: supported, unsupported, contradicted", "[facts][fact_check]") {
  SECTION("negated on both sides") {
    auto c = Run("Alibaba and Baidu did not respond to requests for comment.", {Reuters()},
                 "Alibaba and Baidu did not immediately respond to Reuters requests for comment.");
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNegationFlip) == nullptr);
    // "Risk-free" denies its first word as "no risk" does.
    const std::string trial =
        "We invite you to try our 30-Day Risk-Free Trial of the Premium Plan, and no cost to "
        "you.";
    auto d = Run("They offer a 30-day trial with no risk.", {trial}, trial);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kNegationFlip) == nullptr);
  }
  SECTION("an irregular form shares its base's topic words") {
    // "pled" and "pleaded" are one verb: the claim's negation of "guilty" is about the
    // same plea as the source's.
    const std::string src = "An Australian pleaded guilty on Thursday to the manslaughter of "
                            "an American, Scott Johnson. He did not appeal.";
    auto c = Run("An Australian has pled not guilty to manslaughter.", {src},
                 "An Australian pleaded guilty on Thursday to the manslaughter of an American");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip, "not guilty");
    REQUIRE(f != nullptr);
    CHECK(SourceText(*c, *f) == "guilty");
    // Degrees of adjectives keep their own stems: "biggest" is not "big".
    CHECK(IrregularBaseStem("pled") == "plead");
    CHECK(IrregularBaseStem("fell") == "fall");
    CHECK(IrregularBaseStem("biggest").empty());
    CHECK(IrregularBaseStem("worse").empty());
    CHECK(IrregularBaseStem("was").empty());
  }
  SECTION("the evidence negates, the claim affirms") {
    auto c = Run("Alibaba and Baidu have fully abandoned Nvidia.", {Reuters()},
                 "Neither Alibaba nor Baidu has fully abandoned Nvidia, the report said");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip);
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("the claim negates, the evidence affirms") {
    auto c = Run("Alibaba's chip is not good enough to compete with Nvidia's H20.", {Reuters()},
                 "However, Alibaba's AI chip, the Zhenwu perse processing unit, is now good "
                 "enough to compete with Nvidia's H20");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip);
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("\"not yet\": the adverb does not end the negation's clause") {
    auto c = Run("Alibaba's chip is not yet good enough to compete with Nvidia's H20.",
                 {Reuters()},
                 "However, Alibaba's AI chip, the Zhenwu perse processing unit, is now good "
                 "enough to compete with Nvidia's H20");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip);
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("\"as much ... as\" against the evidence's \"not ... as much ... as\"") {
    auto c = Run("Nvidia's H20 chip has as much computing power as H100 or Blackwell series.",
                 {Reuters()}, kReutersH20);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip, "as much computing power as");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "not have as much computing power as");
    // Negated in the claim too: no finding.
    auto d = Run("Nvidia's H20 chip does not have as much computing power as H100.", {Reuters()},
                 kReutersH20);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kNegationFlip) == nullptr);
    // Something else said to have as much: not the evidence's comparison.
    auto e = Run("Alibaba's Zhenwu unit has as much computing power as its rivals.", {Reuters()},
                 kReutersH20);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kNegationFlip) == nullptr);
  }
  SECTION("a negation word no source uses: unsupported") {
    const std::string src = "The guide explains prepositions of movement and gives examples.";
    auto c = Run("The guide does not give examples of prepositions.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip, "not");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    // A form of "not" is given where "not" is ("doesn't", "cannot", "neither ... nor").
    const std::string with_not = "Alibaba has not abandoned Nvidia, and Baidu has not either.";
    auto d = Run("Neither Alibaba nor Baidu has abandoned Nvidia, and they don't plan to.",
                 {with_not}, with_not);
    INFO(d->Dump());
    for (const FactFinding& g : d->findings) {
      CHECK(g.detail.rfind("no source says", 0) != 0);
    }
    // A verb that denies is paraphrase: "lacks" in a claim is no new denial.
    auto e = Run("The guide lacks examples of opposite meanings.", {src}, src);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kNegationFlip) == nullptr);
    // "No. 1" abbreviates "number": no denial at all.
    const std::string seed = "Djokovic is the top seed at the tournament.";
    auto g = Run("Djokovic is the No. 1 seed at the tournament.", {seed}, seed);
    INFO(g->Dump());
    CHECK(g->Find(FindingKind::kNegationFlip) == nullptr);
  }
  SECTION("a negated claim with words no source has: unsupported, not contradicted") {
    auto c = Run("Tencent has not started using its own chips to train AI models.", {Reuters()},
                 "Alibaba (9988.HK), opens new tab and Baidu (9888.HK), opens new tab have "
                 "started using internally designed chips to train their AI models");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kNegationFlip);
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
  }
  SECTION("a negation about something the evidence does not mention: no finding") {
    auto c = Run("Baidu has not released pricing.", {Reuters()}, kReutersDeal);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kNegationFlip) == nullptr);
  }
}

TEST_CASE("direction: supported, unsupported, contradicted", "[facts][fact_check]") {
  std::string copy = SeedLine("003", 5);
  SECTION("003's surged against a copy saying fell: contradicted") {
    std::string fell = copy;
    fell.replace(fell.find("surged by 8%"), 12, "fell by 8%");
    auto c = Run("Alibaba (BABA) surged by 8% on Thursday.", {fell},
                 "Following this news, Alibaba (BABA) fell by 8% on Thursday");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDirectionFlip, "surged");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "fell");
    CHECK(c->Find(FindingKind::kNumberMismatch) == nullptr);
  }
  SECTION("the same move: supported") {
    auto c = Run("Alibaba (BABA) surged by 8% on Thursday.", {copy}, kTradingKey);
    INFO(c->Dump());
    CHECK(c->findings.empty());
  }
  SECTION("phrasal moves: scale back against ramp up") {
    const std::string src =
        "Increasing U.S. export restrictions on supply of advanced AI chips to China have led "
        "Chinese companies to ramp up their own arsenal of AI chips.";
    auto c = Run("U.S. export restrictions have led Chinese companies to scale back their own "
                 "arsenal of AI chips.",
                 {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDirectionFlip, "scale back");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "ramp up");
  }
  SECTION("pressure and restrictions move: easing against growing") {
    const std::string src =
        "The shift comes amid growing pressure from Beijing on companies to use home-grown "
        "technology.";
    auto c = Run("Beijing is easing its pressure on companies.", {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDirectionFlip, "easing");
    REQUIRE(f != nullptr);
    CHECK(SourceText(*c, *f) == "growing");
  }
  SECTION("opposite moves of different things: no flip") {
    // The subjects agree, what moves does not (efforts / reliance).
    const std::string src =
        "Beijing pressures Chinese tech companies to reduce reliance on Nvidia's H20 chip.";
    auto c = Run("Local tech companies have intensified their efforts in developing AI chips.",
                 {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kDirectionFlip) == nullptr);
    // A shared place is not a shared mover either.
    auto d = Run("Demand for Nvidia's H20 in China has grown.", {Reuters()},
                 "The shift to home-grown chips in China would further dent Nvidia's China "
                 "business");
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kDirectionFlip) == nullptr);
  }
  SECTION("a move the evidence does not speak of: no direction finding") {
    auto c = Run("Nvidia's China revenue declined.", {Reuters()}, kReutersDeal);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kDirectionFlip) == nullptr);
  }
  SECTION("a move the evidence states as two figures") {
    const std::string call =
        "And net income on a non-GAAP basis in the second quarter was $94.8 million or $0.91 "
        "per diluted share, that compares to $106.6 million or $1.04 per diluted share in Q2 "
        "of last year.";
    auto c = Run("The company had an increase in net income in Q2 compared to last year.",
                 {call}, call);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kDirectionFlip, "increase");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(f->detail ==
          "the source gives $94.8 million against $106.6 million, a fall, not increase");
    auto d = Run("The company had a decrease in net income in Q2 compared to last year.",
                 {call}, call);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kDirectionFlip) == nullptr);
    // A move of something else than the figures' subject is not judged by them.
    auto e = Run("The company had an increase in customers in Q2.", {call}, call);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kDirectionFlip) == nullptr);
    // The figures before the link come from its own sentence.
    const std::string two = "Net income was $5 million. Net income was $1 million in Q2, "
                            "compared with $2 million a year earlier.";
    auto g = Run("Net income saw a decrease in Q2.", {two}, two);
    INFO(g->Dump());
    CHECK(g->Find(FindingKind::kDirectionFlip) == nullptr);
  }
}

TEST_CASE("comparison: supported, unsupported, contradicted", "[facts][fact_check]") {
  SECTION("000's top-of-the-line H20 against Reuters") {
    auto c = Run(SeedLine("000", 8), {Reuters()}, kReutersH20);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kComparisonUnsupported,
                                   "top\u2011of\u2011the\u2011line");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("the same superlative: supported") {
    auto c = Run("Nvidia's H20 chip is the most powerful AI processor it may sell in China.",
                 {Reuters()}, kReutersH20);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kComparisonUnsupported) == nullptr);
  }
  SECTION("a comparative between two names no source compares: unsupported") {
    auto c = Run("Alibaba's Zhenwu chip is faster than Baidu's Kunlun P800.", {Reuters()},
                 kReutersH20);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kComparisonUnsupported, "faster");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    // One name only: a comparative is paraphrase more often than invention.
    auto d = Run("Alibaba now uses smaller models than before.", {Reuters()}, kReutersH20);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kComparisonUnsupported) == nullptr);
    // A description is not a name: "the Briton" is the evidence's Hamilton.
    const std::string race = "Hamilton was four-hundredths of a second ahead of Rosberg.";
    auto e = Run("The Briton was four-hundredths of a second quicker than Rosberg.", {race},
                 race);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kComparisonUnsupported) == nullptr);
  }
  SECTION("a comparison with the name the evidence compares with decides") {
    // Reuters ranks the H20 first among what Nvidia may sell in China, and below the H100:
    // against the H100, only the second counts.
    auto c = Run("Nvidia's H20 has more computing power than the H100 or Blackwell series.",
                 {Reuters()}, kReutersH20);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kComparisonUnsupported, "more computing");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    CHECK(SourceText(*c, *f) == "not have as much computing power as");
    auto d = Run("The H100 and Blackwell series have more computing power than Nvidia's H20.",
                 {Reuters()}, kReutersH20);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kComparisonUnsupported) == nullptr);
  }
  SECTION("a superlative over a wider field than the evidence's") {
    auto c = Run("Nvidia's H20 chip is the most powerful AI processor in the world.",
                 {Reuters()}, kReutersH20);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kComparisonUnsupported, "most powerful");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
  }
  SECTION("the two sides of a comparison swapped") {
    auto c = Run("Chinese alternatives outpaced Nvidia's H20 in performance.", {Reuters()},
                 kReutersH20);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kComparisonUnsupported, "outpaced");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);
    auto d = Run("Nvidia's H20 still outpaced Chinese alternatives in performance.",
                 {Reuters()}, kReutersH20);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kComparisonUnsupported) == nullptr);
    // A passive puts the sides the other way round by itself.
    auto e = Run("Chinese alternatives were outpaced by Nvidia's H20 in performance.",
                 {Reuters()}, kReutersH20);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kComparisonUnsupported) == nullptr);
    // Without the evidence's other side (a name or a pronoun before it), no swap: "Greater
    // Manchester" opens a sentence.
    const std::string fire = "It has until 7 August to appeal.Greater Manchester Fire and "
                             "Rescue Service visited the premises.";
    auto g = Run("the plant destroyed by fire in greater manchester lost its permit.", {fire},
                 fire);
    INFO(g->Dump());
    CHECK(g->Find(FindingKind::kComparisonUnsupported) == nullptr);
  }
  SECTION("a superlative no source makes: unsupported") {
    auto c = Run("Alibaba is the largest AI chip designer in China.", {Reuters()}, kReutersLead);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kComparisonUnsupported, "largest");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
    // The source has "most" and "advanced", never "most advanced": Reuters' "the most
    // powerful AI processor" and "less advanced version" do not give it.
    auto d = Run("Baidu's Kunlun P800 is the most advanced AI chip made in China.", {Reuters()},
                 kReutersLead);
    INFO(d->Dump());
    REQUIRE(d->Find(FindingKind::kComparisonUnsupported, "most advanced") != nullptr);
    // A source that ranks something "most advanced" gives the words as a superlative.
    const std::string src = "Kunlun is the most advanced chip Baidu has designed.";
    auto e = Run("Baidu's Kunlun P800 is the most advanced AI chip made in China.",
                 {Reuters(), src}, kReutersLead);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kComparisonUnsupported) == nullptr);
  }
}

TEST_CASE("certainty: the source hedges, the claim does not", "[facts][fact_check]") {
  std::string line9 = SeedLine("000", 9);
  SECTION("hedge dropped") {
    auto c = Run("Nvidia has agreed to remit 15% of its H20 sales in China to the U.S. "
                 "government.",
                 {line9}, "reports claim Nvidia may have agreed to remit 15 %");
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kCertaintyRaised, "agreed");
    REQUIRE(f != nullptr);
    CHECK_FALSE(f->contradicts);
  }
  SECTION("naming who says it does not hedge: \"according to\", \"said\"") {
    const std::string src = "More than a quarter of rail passengers may be paying more for "
                            "their journey than they need to, a study found.";
    auto c = Run("More than a quarter of rail passengers are paying more for their journey "
                 "than they need to, according to new research.",
                 {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kCertaintyRaised, "paying");
    REQUIRE(f != nullptr);
    CHECK(SourceText(*c, *f) == "may be paying");
    auto d = Run("A study said that rail passengers are paying more than they need to.", {src},
                 src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kCertaintyRaised, "paying") != nullptr);
    // Reported speech: the source's "would" is the speaker's "will", not doubt.
    const std::string said = "Mr Maduro said the room would be kept intact.";
    auto g = Run("Mr Maduro has said the room will be kept intact.", {said}, said);
    INFO(g->Dump());
    CHECK(g->Find(FindingKind::kCertaintyRaised) == nullptr);
    // A claim that keeps the doubt raises nothing, however it attributes it.
    auto e = Run("Rail passengers may be paying more than they need to, according to new "
                 "research.",
                 {src}, src);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kCertaintyRaised) == nullptr);
  }
  SECTION("a hedging adjective dropped") {
    const std::string src = "A teaching watchdog is working on possible disciplinary cases "
                            "against former staff members.";
    auto c = Run("A teaching watchdog is working on disciplinary cases against former staff "
                 "members.",
                 {src}, src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kCertaintyRaised, "disciplinary");
    REQUIRE(f != nullptr);
    CHECK(SourceText(*c, *f) == "possible disciplinary");
    auto d = Run("The watchdog is working on possible disciplinary cases.", {src}, src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kCertaintyRaised) == nullptr);
  }
  SECTION("a claim that hedges in another tense or as an accusation raises nothing") {
    const std::string src =
        "The midfielder appears to have his eyes closed as he strikes the ball. The banker's "
        "wife was arrested for allegedly plotting to topple the government.";
    auto c = Run("The midfielder appeared to have his eyes closed as he struck the ball.", {src},
                 src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kCertaintyRaised) == nullptr);
    auto d = Run("The banker's wife was accused of plotting to topple the government.", {src},
                 src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kCertaintyRaised) == nullptr);
    // Stated flatly, both are raised.
    auto e = Run("The midfielder had his eyes closed as he struck the ball.", {src}, src);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kCertaintyRaised) != nullptr);
    auto g = Run("The banker's wife plotted to topple the government.", {src}, src);
    INFO(g->Dump());
    CHECK(g->Find(FindingKind::kCertaintyRaised) != nullptr);
  }
  SECTION("hearsay in the passive: \"is said to\"") {
    const std::string src =
        "In particular, Alibaba's Zhenwu chip is said to feature performance similar to "
        "NVIDIA's H20 AI chip.";
    auto c = Run("Alibaba's Zhenwu chip features performance similar to NVIDIA's H20.", {src},
                 src);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kCertaintyRaised, "features");
    REQUIRE(f != nullptr);
    CHECK(SourceText(*c, *f) == "said to feature");
  }
  SECTION("a hedge covers the predicate after the first one") {
    const std::string src =
        "It is rumored that NVIDIA is pushing towards introducing a 'Blackwell-based' solution "
        "for the domestic markets, called the B40 AI chip.";
    auto c = Run("NVIDIA is introducing a 'Blackwell-based' solution for the domestic markets.",
                 {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kCertaintyRaised, "introducing") != nullptr);
  }
  SECTION("the claim calls confirmed what the source doubts") {
    const std::string rumor =
        "It is rumored that NVIDIA is pushing towards introducing a 'Blackwell-based' "
        "solution for the domestic markets, called the B40 AI chip.";
    auto c = Run("NVIDIA has officially confirmed a 'Blackwell-based' solution for the "
                 "domestic markets.",
                 {rumor}, rumor);
    INFO(c->Dump());
    const FactFinding* f = c->Find(FindingKind::kCertaintyRaised, "officially");
    REQUIRE(f != nullptr);
    CHECK(f->contradicts);  // it states the opposite of the source's "rumored"
    const std::string unsure =
        "While the specific details about these chips aren't certain, a report claims that "
        "both firms use them.";
    auto d = Run("The specific details about these chips are confirmed.", {unsure}, unsure);
    INFO(d->Dump());
    const FactFinding* g = d->Find(FindingKind::kCertaintyRaised, "confirmed");
    REQUIRE(g != nullptr);
    CHECK(SourceText(*d, *g) == "aren't certain");
    // A claim that hedges one thing may still call another confirmed.
    auto h = Run("The specific details about these chips are confirmed, a report claims.",
                 {unsure}, unsure);
    INFO(h->Dump());
    CHECK(h->Find(FindingKind::kCertaintyRaised, "confirmed") != nullptr);
    // "official" the noun and "certain" before a noun call nothing certain.
    const std::string could = "Drones could be used to smuggle drugs into a prison.";
    auto n = Run("Drones could be used to smuggle drugs into a prison, a prison official said.",
                 {could}, could);
    INFO(n->Dump());
    CHECK(n->Find(FindingKind::kCertaintyRaised) == nullptr);
    auto m = Run("Certain drones could be used to smuggle drugs into a prison.", {could}, could);
    INFO(m->Dump());
    CHECK(m->Find(FindingKind::kCertaintyRaised) == nullptr);
    // A source that confirms it too: nothing.
    const std::string sure = "NVIDIA officially confirmed the B40 chip for China.";
    auto e = Run("NVIDIA has officially confirmed the B40 chip.", {sure}, sure);
    INFO(e->Dump());
    CHECK(e->Find(FindingKind::kCertaintyRaised) == nullptr);
  }
  SECTION("attribution is not doubt: \"said\" alone raises nothing") {
    const std::string src = "Nvidia said it delivered the chips.";
    auto c = Run("Nvidia delivered the chips.", {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kCertaintyRaised) == nullptr);
  }
  SECTION("hedge kept") {
    auto c = Run("Nvidia may have agreed to remit 15% of its H20 sales in China.", {line9},
                 "reports claim Nvidia may have agreed to remit 15 %");
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kCertaintyRaised) == nullptr);
  }
  SECTION("a claim that attributes a belief does not state it as fact") {
    const std::string src = "The man reportedly believes he stood on the crocodile.";
    auto c = Run("The man believes he stood on the crocodile.", {src}, src);
    INFO(c->Dump());
    CHECK(c->Find(FindingKind::kCertaintyRaised) == nullptr);
    auto d = Run("The man stood on the crocodile.", {src}, src);
    INFO(d->Dump());
    CHECK(d->Find(FindingKind::kCertaintyRaised) != nullptr);
  }
}

TEST_CASE("a faithful seed summary sentence raises nothing", "[facts][fact_check]") {
  auto c = Run("Alibaba and Baidu have begun using their own chips to train AI models, "
               "partially replacing Nvidia's processors.",
               {Reuters()}, kReutersLead);
  INFO(c->Dump());
  CHECK(c->findings.empty());
}

// The first source's words are asked of its own word table, a later source's of one
// shared table: both give the same answers, whichever source comes first.
TEST_CASE("source words: norms and stems given by any source", "[facts][fact_check]") {
  struct Row {
    const char* word;
    bool norm;
    bool stem;
  };
  const Row rows[] = {
      {"archaeologists", true, false},  // a norm whose stem differs
      {"archaeologist", false, true},   // that stem
      {"running", true, false},
      {"run", false, true},
      {"h20", true, true},       // a code is its own stem
      {"glasgow", true, true},   // a word that is its own stem
      {"scotland", true, true},  // the base of "scotland's", and its stem
      {"scotland's", true, false},
      {"runners", true, false},  // the second source's words
      {"runner", false, true},
      {"studied", true, false},
      {"studi", false, true},  // a stem of both sources
      {"missing", false, false},
      {"", false, false},
  };
  const std::vector<std::string> texts = {
      "Scotland's archaeologists were running studies in H20 labs.",
      "The runners studied Glasgow."};
  for (const bool reversed : {false, true}) {
    std::vector<std::unique_ptr<Doc>> docs;
    SourceFacts index;
    for (size_t i = 0; i < texts.size(); ++i) {
      docs.push_back(AnalyzeDoc(texts[reversed ? texts.size() - 1 - i : i]));
      index.AddSource(docs.back()->text, docs.back()->analyzed, docs.back()->mentions);
    }
    for (const Row& r : rows) {
      INFO("word '" << r.word << "', reversed " << reversed);
      CHECK(index.NormGiven(r.word) == r.norm);
      CHECK(index.StemGiven(r.word) == r.stem);
    }
  }
}

TEST_CASE("sources added deferred: the same facts, extracted when first needed",
          "[facts][fact_check]") {
  const std::vector<std::string> texts = {
      "Alibaba (9988.HK) said revenue rose 15% to $5 billion on September 11, 2025. It is "
      "the most advanced chip, Jensen Huang said.",
      "Kunlun P800 chips shipped in 2024. Michael Keane and Tom Keane met in Beijing."};
  std::vector<std::unique_ptr<Doc>> docs;
  SourceFacts eager, deferred;
  for (const std::string& t : texts) {
    docs.push_back(AnalyzeDoc(t));
    eager.AddSource(docs.back()->text, docs.back()->analyzed, docs.back()->mentions);
    deferred.AddSourceDeferred(docs.back()->text, docs.back()->analyzed, nullptr);
  }
  // Words need no mention.
  CHECK(deferred.NormGiven("chips"));
  CHECK(deferred.StemGiven("chip"));
  CHECK_FALSE(deferred.NormGiven("wafer"));
  CHECK(deferred.EntityGiven("jensen huang"));
  CHECK(deferred.extracted_mentions(0) == nullptr);
  CHECK(deferred.TickerOwner("9988.hk") == eager.TickerOwner("9988.hk"));
  CHECK_FALSE(deferred.TickerOwner("9988.hk").empty());
  for (size_t i = 0; i < docs.size(); ++i) {
    const std::vector<Mention>* m = deferred.extracted_mentions(i);
    REQUIRE(m != nullptr);
    REQUIRE(m->size() == docs[i]->mentions.size());
    for (size_t k = 0; k < m->size(); ++k) CHECK((*m)[k].key == docs[i]->mentions[k].key);
    for (const Mention& x : docs[i]->mentions) {
      if (x.kind == MentionKind::kQuantity) CHECK(deferred.QuantityGiven(x));
      if (x.kind == MentionKind::kDate && !x.relative) CHECK(deferred.DateGiven(x));
      if (x.kind == MentionKind::kEntity) CHECK(deferred.EntityGiven(x.key));
      if (x.kind == MentionKind::kComparison && x.superlative) {
        CHECK(deferred.SuperlativeGiven(x.key));
      }
    }
  }
  CHECK(deferred.OtherGivenName("michael keane") == eager.OtherGivenName("michael keane"));
  CHECK(deferred.EntityGiven("kunlun p900") == eager.EntityGiven("kunlun p900"));
  // Reset forgets the extracted mentions; a source added eagerly keeps none.
  deferred.Reset(nullptr);
  deferred.AddSource(docs[1]->text, docs[1]->analyzed, docs[1]->mentions);
  CHECK(deferred.extracted_mentions(0) == nullptr);
  CHECK(deferred.extracted_mentions(1) == nullptr);
  CHECK_FALSE(deferred.TickerOwner("9988.hk").empty() == eager.TickerOwner("9988.hk").empty());
}

}  // namespace
}  // namespace claimcheck::internal
