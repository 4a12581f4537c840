// StringTable and U64Set against the standard containers on the same operations.
#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>
#include <unordered_map>

#include "text/string_table.h"
#include "text/word_table.h"

namespace claimcheck::internal {
namespace {

TEST_CASE("StringTable interns with dense ids and finds without copies", "[facts]") {
  StringTable t;
  CHECK(t.empty());
  CHECK(t.Find("x") == StringTable::kNotFound);
  CHECK(t.Intern("apple") == 0);
  CHECK(t.Intern("") == 1);
  CHECK(t.Intern("apple") == 0);
  CHECK(t.Find("") == 1);
  CHECK(t.Get(0) == "apple");
  CHECK(t.Get(1).empty());
  CHECK(!t.Contains("appl"));
  CHECK(!t.Contains("apples"));
  CHECK(t.size() == 2);
}

TEST_CASE("CopyBytes copies every length and nothing past it", "[facts]") {
  std::string from;
  for (int i = 0; i < 40; ++i) from.push_back(static_cast<char>('a' + i % 26));
  for (size_t n = 0; n <= from.size(); ++n) {
    std::string to(from.size() + 8, '#');
    CopyBytes(from.data(), n, to.data());
    CHECK(to.substr(0, n) == from.substr(0, n));
    CHECK(to.substr(n) == std::string(to.size() - n, '#'));
  }
}

TEST_CASE("The case-bit helpers read ASCII letters as their lowercase", "[facts]") {
  std::mt19937 rng(5);
  for (size_t n = 0; n <= 40; ++n) {
    for (int round = 0; round < 20; ++round) {
      std::string word(n, 'a'), lower(n, 'a');
      for (size_t i = 0; i < n; ++i) {
        const char c = static_cast<char>('a' + rng() % 26);
        lower[i] = c;
        word[i] = rng() % 3 == 0 ? static_cast<char>(c - 'a' + 'A') : c;
      }
      REQUIRE(HashBytesWithBits(word.data(), n, kCaseBits) == HashBytes(lower));
      REQUIRE(SameBytesWithBits(lower.data(), word.data(), n, kCaseBits));
      if (n > 0) {
        std::string other = lower;
        other[rng() % n] = '#';
        REQUIRE(!SameBytesWithBits(other.data(), word.data(), n, kCaseBits));
      }
      std::string to(n + 8, '#');
      CopyBytesWithBits(word.data(), n, to.data(), kCaseBits);
      REQUIRE(to.substr(0, n) == lower);
      REQUIRE(to.substr(n) == std::string(8, '#'));
    }
  }
}

TEST_CASE("WordTable::InternLetters finds the words Intern adds, and the reverse",
          "[facts]") {
  WordTable t;
  bool added = false;
  const std::string key = std::string("news") + static_cast<char>(StemKind::kSnowball);
  const uint32_t id = t.Intern(key, &added);
  CHECK(added);
  CHECK(t.InternLetters("NeWs", 4, StemKind::kSnowball, &added) == id);
  CHECK(!added);
  // Another kind is another word.
  const uint32_t none = t.InternLetters("News", 4, StemKind::kNone, &added);
  CHECK(added);
  CHECK(none != id);
  CHECK(t.norm(none) == "news");
  CHECK(t.norm_hash(none) == HashBytes("news"));
  const uint32_t fresh = t.InternLetters("HeadLines", 9, StemKind::kSnowball, &added);
  CHECK(added);
  CHECK(t.norm(fresh) == "headlines");
  const std::string fresh_key =
      std::string("headlines") + static_cast<char>(StemKind::kSnowball);
  CHECK(t.Intern(fresh_key, &added) == fresh);
  CHECK(!added);
  CHECK(t.Find("headlines", StemKind::kSnowball) == fresh);
}

TEST_CASE("ByteBuffer appends across its growth and keeps its memory when cleared",
          "[facts]") {
  ByteBuffer b;
  std::string expected;
  for (int i = 0; i < 200; ++i) {
    const std::string piece(static_cast<size_t>(i % 23), static_cast<char>('a' + i % 26));
    b.append(piece.data(), piece.size());
    expected += piece;
    REQUIRE(b.size() == expected.size());
  }
  CHECK(std::string(b.data(), b.size()) == expected);
  const char* memory = b.data();
  b.clear();
  CHECK(b.size() == 0);
  b.append("xyz", 3);
  CHECK(b.data() == memory);
  CHECK(std::string(b.data(), b.size()) == "xyz");
}

TEST_CASE("StringTable matches an unordered_map over many keys and lengths", "[facts]") {
  std::mt19937 rng(7);
  std::unordered_map<std::string, uint32_t> ref;
  StringTable t;
  t.Reserve(10, 40);
  for (int n = 0; n < 20000; ++n) {
    std::string s(rng() % 20, 'a');
    for (char& c : s) c = static_cast<char>('a' + rng() % 4);  // many near-duplicates
    auto [it, inserted] = ref.try_emplace(s, static_cast<uint32_t>(ref.size()));
    REQUIRE(t.Intern(s) == it->second);
  }
  REQUIRE(t.size() == ref.size());
  for (const auto& [s, id] : ref) {
    REQUIRE(t.Find(s) == id);
    REQUIRE(t.Get(id) == s);
  }
  CHECK(t.Find("zzzz") == StringTable::kNotFound);
}

TEST_CASE("StringTable with a filter finds what it holds, added later or not", "[facts]") {
  std::mt19937 rng(3);
  auto word = [&rng] {
    std::string s(1 + rng() % 12, 'a');
    for (char& c : s) c = static_cast<char>('a' + rng() % 6);
    return s;
  };
  std::unordered_map<std::string, uint32_t> ref;
  StringTable t;
  auto add = [&](const std::string& s) {
    auto [it, inserted] = ref.try_emplace(s, static_cast<uint32_t>(ref.size()));
    REQUIRE(t.Intern(s) == it->second);
  };
  for (int n = 0; n < 3000; ++n) add(word());
  t.BuildFilter();
  for (int n = 0; n < 500; ++n) add(word());  // after the filter was built
  size_t absent = 0;
  for (int n = 0; n < 20000; ++n) {
    const std::string s = word();
    const auto it = ref.find(s);
    REQUIRE(t.Find(s) == (it == ref.end() ? StringTable::kNotFound : it->second));
    absent += it == ref.end();
  }
  CHECK(absent > 0);
  t.clear();
  CHECK(t.Find(ref.begin()->first) == StringTable::kNotFound);
  CHECK(t.Intern("x") == 0);
  CHECK(t.Find("x") == 0);
}

TEST_CASE("U64Set matches std::set, zero included", "[facts]") {
  std::mt19937_64 rng(11);
  std::set<uint64_t> ref;
  U64Set s;
  CHECK(!s.Contains(0));
  s.Insert(0);
  ref.insert(0);
  s.Reserve(100);
  for (int n = 0; n < 5000; ++n) {
    const uint64_t k = rng() % 3000;  // repeats
    s.Insert(k);
    ref.insert(k);
  }
  CHECK(s.size() == ref.size());
  for (uint64_t k = 0; k < 3500; ++k) REQUIRE(s.Contains(k) == (ref.count(k) != 0));
}

}  // namespace
}  // namespace claimcheck::internal
