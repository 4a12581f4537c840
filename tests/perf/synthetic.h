// Deterministic news-like text of any length for the scaling tests: sentences of words
// drawn from the seed articles' vocabulary with their Zipf-like frequencies (so posting
// lists grow as in real text), names, figures and dates mixed in; and summaries that
// copy, shorten and alter source sentences, as real summaries do. A fixed seed gives the
// same text on every run and machine.
#ifndef CLAIMCHECK_TESTS_PERF_SYNTHETIC_H_
#define CLAIMCHECK_TESTS_PERF_SYNTHETIC_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "../../bench/dev_data.h"

namespace claimcheck::perf {

// xorshift64*: the same sequence everywhere (std:: distributions are not specified
// bit for bit across standard libraries).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9e3779b97f4a7c15ull + 1) {}
  uint64_t Next() {
    s_ ^= s_ >> 12;
    s_ ^= s_ << 25;
    s_ ^= s_ >> 27;
    return s_ * 0x2545f4914f6cdd1dull;
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }

 private:
  uint64_t s_;
};

// Every word of the seed articles, one entry per occurrence: drawing uniformly from it
// draws words with their frequency in news text.
inline const std::vector<std::string>& SeedWords() {
  static const std::vector<std::string> words = [] {
    std::vector<std::string> out;
    for (const std::string& text : bench::ReadSeedTexts()) {
      std::string w;
      for (char c : text) {
        const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
        if (word) {
          w += c;
        } else if (!w.empty()) {
          if (w.size() > 1) out.push_back(w);
          w.clear();
        }
      }
    }
    if (out.empty()) out = {"the", "company", "said", "chips", "market", "rose"};
    return out;
  }();
  return words;
}

inline std::string Sentence(Rng* rng) {
  static const char* const kMonths[] = {"January", "March", "June", "September", "December"};
  const std::vector<std::string>& words = SeedWords();
  std::string s;
  const size_t n = 10 + rng->Below(20);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) s += ' ';
    switch (rng->Below(24)) {
      case 0:
        s += std::to_string(1 + rng->Below(999)) + (rng->Below(2) ? "%" : " billion");
        break;
      case 1:
        s += kMonths[rng->Below(5)] + std::string(" ") + std::to_string(1 + rng->Below(28)) +
             ", " + std::to_string(1990 + rng->Below(36));
        break;
      case 2:  // a made-up name: new names keep appearing as the text grows
        s += "Zorb" + std::to_string(rng->Below(5000));
        break;
      default: {
        std::string w = words[rng->Below(words.size())];
        if (i == 0 && !w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
        s += w;
      }
    }
  }
  return s + ".";
}

// `sentences` sentences in paragraphs of five.
inline std::string Source(size_t sentences, uint64_t seed) {
  Rng rng(seed);
  std::string out;
  for (size_t i = 0; i < sentences; ++i) {
    out += Sentence(&rng);
    out += (i % 5 == 4) ? "\n\n" : " ";
  }
  return out;
}

// `sentences` summary sentences about `source`: most copy a source sentence (some cut
// short, some with a figure changed), the rest are new.
inline std::string Summary(const std::string& source, size_t sentences, uint64_t seed) {
  Rng rng(seed);
  std::vector<std::string> pool;
  size_t start = 0;
  for (size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '.' && (i + 1 == source.size() || source[i + 1] == ' ' || source[i + 1] == '\n')) {
      size_t b = start;
      while (b < i && (source[b] == ' ' || source[b] == '\n')) ++b;
      if (i > b) pool.push_back(source.substr(b, i + 1 - b));
      start = i + 1;
    }
  }
  std::string out;
  for (size_t i = 0; i < sentences; ++i) {
    std::string s;
    const size_t kind = rng.Below(10);
    if (pool.empty() || kind < 2) {
      s = Sentence(&rng);
    } else {
      s = pool[rng.Below(pool.size())];
      if (kind < 5) {  // cut short
        const size_t cut = s.find(' ', s.size() / 2);
        if (cut != std::string::npos) s = s.substr(0, cut) + ".";
      } else if (kind < 7) {  // a figure changed
        for (char& c : s) {
          if (c >= '1' && c <= '8') {
            ++c;
            break;
          }
        }
      }
    }
    out += s;
    out += ' ';
  }
  return out;
}

}  // namespace claimcheck::perf

#endif  // CLAIMCHECK_TESTS_PERF_SYNTHETIC_H_
