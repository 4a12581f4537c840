// Alignment over a hand-built index: the best sentence, fused windows, ties, overlap.
#include "align/source_index.h"

#include <catch2/catch.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::internal {
namespace {

// Term keys are views: the words they name are kept here for the test's run.
std::string_view Keep(const std::string& word) {
  static std::set<std::string> kept;
  return *kept.insert(word).first;
}

std::vector<Term> Terms(const std::string& words) {
  std::vector<Term> out;
  std::istringstream in(words);
  std::string w;
  while (in >> w) {
    Term t;
    t.key = Keep(w);
    t.content = true;
    out.push_back(t);
  }
  return out;
}

// Sentences of one or more docs: {doc, "words"}; with `keys`, AddSentence's.
SourceIndex Build(const std::vector<std::pair<uint32_t, std::string>>& sentences,
                  const U64Set* keys = nullptr) {
  SourceIndex index;
  uint32_t seg = 0, last_doc = 0;
  for (const auto& [doc, words] : sentences) {
    if (doc != last_doc) seg = 0;
    last_doc = doc;
    index.AddSentence(doc, seg++, Terms(words), keys);
  }
  index.Finish();
  return index;
}

std::vector<ClaimTerm> Claim(const SourceIndex& index, const std::string& words) {
  std::vector<ClaimTerm> out;
  for (const Term& t : Terms(words)) {
    uint32_t id = index.Find(t.key);
    out.push_back({id, id == kNoTerm ? index.UnknownIdf() : index.Idf(id)});
  }
  return out;
}

std::vector<Window> Align(const SourceIndex& index, const std::string& claim, size_t k = 3) {
  SourceIndex::Scratch scratch;
  std::vector<Window> out;
  index.Align(Claim(index, claim), k, &scratch, &out);
  return out;
}

TEST_CASE("an index of the claim's terms alone weighs and aligns them as the whole one") {
  const std::vector<std::pair<uint32_t, std::string>> sentences = {
      {0, "alibaba zhenwu chip inference"}, {0, "weather rain chip umbrella"},
      {0, "market stocks bonds"},           {1, "baidu kunlun p800 training chip"},
      {1, "football goal match alibaba"}};
  const std::string claim = "alibaba chip kunlun qianfan";
  U64Set keys;
  for (const Term& t : Terms(claim)) keys.Insert(HashBytes(t.key));
  const SourceIndex all = Build(sentences), kept = Build(sentences, &keys);
  CHECK(kept.num_sentences() == all.num_sentences());
  CHECK(kept.UnknownIdf() == all.UnknownIdf());
  CHECK(kept.Find("weather") == kNoTerm);
  const std::vector<ClaimTerm> a = Claim(all, claim), k = Claim(kept, claim);
  REQUIRE(a.size() == k.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK((a[i].id == kNoTerm) == (k[i].id == kNoTerm));
    CHECK(a[i].weight == k[i].weight);
  }
  const std::vector<Window> wa = Align(all, claim), wk = Align(kept, claim);
  REQUIRE(wa.size() == wk.size());
  for (size_t i = 0; i < wa.size(); ++i) {
    CHECK(wa[i].first == wk[i].first);
    CHECK(wa[i].last == wk[i].last);
    CHECK(wa[i].score == wk[i].score);
    CHECK(wa[i].matched == wk[i].matched);
  }
}

TEST_CASE("the sentence holding the claim's rare terms wins") {
  SourceIndex index = Build({{0, "alibaba baidu chip train model"},
                             {0, "nvidia export license china sale"},
                             {0, "alibaba cloud revenue june quarter"}});
  auto w = Align(index, "nvidia china sale license");
  REQUIRE_FALSE(w.empty());
  CHECK(w[0].first == 1);
  CHECK(w[0].last == 1);
  CHECK(w[0].score == Approx(1.0));
}

TEST_CASE("a claim fusing two adjacent sentences aligns to a window of both") {
  SourceIndex index = Build({{0, "alibaba chip zhenwu compete h20"},
                             {0, "baidu kunlun p800 ernie train"},
                             {0, "weather sunny today"}});
  auto w = Align(index, "zhenwu h20 kunlun p800");
  REQUIRE_FALSE(w.empty());
  CHECK(w[0].first == 0);
  CHECK(w[0].last == 1);
  CHECK(w[0].score == Approx(1.0));
}

TEST_CASE("windows never cross from one source into the next") {
  SourceIndex index = Build({{0, "zhenwu h20"}, {1, "kunlun p800"}});
  auto w = Align(index, "zhenwu h20 kunlun p800");
  REQUIRE(w.size() == 2);
  for (const Window& x : w) {
    CHECK(index.sentence(x.first).doc == index.sentence(x.last).doc);
  }
}

TEST_CASE("unknown terms lower the score but do not stop alignment") {
  SourceIndex index = Build({{0, "alibaba chip"}, {0, "baidu chip"}});
  auto w = Align(index, "alibaba qianfan");
  REQUIRE(w.size() == 1);
  CHECK(w[0].first == 0);
  CHECK(w[0].score < 0.5);
  CHECK(w[0].score > 0.0);
}

TEST_CASE("ties go to the earlier sentence and kept windows do not overlap") {
  SourceIndex index = Build({{0, "chip sale"}, {0, "other"}, {0, "chip sale"}});
  auto w = Align(index, "chip sale", 3);
  REQUIRE(w.size() == 2);
  CHECK(w[0].first == 0);
  CHECK(w[1].first == 2);
}

TEST_CASE("the complement is the window that adds most to the best, apart from it") {
  // The claim fuses the first and the last sentence; the middle ones are filler.
  SourceIndex index = Build({{0, "alibaba zhenwu chip inference"},
                             {0, "weather rain umbrella"},
                             {0, "market stocks bonds"},
                             {0, "football goal match"},
                             {0, "baidu kunlun p800 training"}});
  SourceIndex::Scratch scratch;
  std::vector<Window> out;
  index.Align(Claim(index, "alibaba zhenwu chip baidu kunlun"), 3, &scratch, &out);
  REQUIRE(!out.empty());
  const Window& best = out.front();
  const Window& other = scratch.complement;
  REQUIRE(other.matched != 0);
  CHECK((other.last < best.first || best.last < other.first));
  // Together they cover every term of the claim.
  CHECK((best.matched | other.matched) == 0x1F);
  // A claim one window covers whole has no complement.
  index.Align(Claim(index, "alibaba zhenwu chip"), 3, &scratch, &out);
  CHECK(scratch.complement.matched == 0);
  // Nor does an early return leave the last one behind.
  index.Align(Claim(index, "alibaba zhenwu chip baidu kunlun"), 3, &scratch, &out);
  index.Align(Claim(index, "alibaba"), 0, &scratch, &out);
  CHECK(scratch.complement.matched == 0);
}

TEST_CASE("no shared term gives no window") {
  SourceIndex index = Build({{0, "alibaba chip"}});
  CHECK(Align(index, "weather sunny").empty());
  SourceIndex empty;
  empty.Finish();
  CHECK(Align(empty, "alibaba").empty());
}

TEST_CASE("rare terms weigh more than common ones") {
  SourceIndex index = Build({{0, "chip common"}, {0, "chip common"}, {0, "chip rare"}});
  uint32_t common = index.Find("common"), rare = index.Find("rare");
  REQUIRE(common != kNoTerm);
  REQUIRE(rare != kNoTerm);
  CHECK(index.Idf(rare) > index.Idf(common));
  CHECK(index.UnknownIdf() > index.Idf(rare));
}

}  // namespace
}  // namespace claimcheck::internal
