// The stopword list: articles, pronouns, auxiliaries, prepositions and conjunctions.
// Kept short on purpose: words that carry quantity, direction, time or polarity
// ("more", "after", "up", "not", "only") stay content words.
#include "text/stopwords.h"

#include <array>
#include <cstddef>

namespace claimcheck::internal {
namespace {

// "us" is absent because "U.S." normalizes to it.
constexpr std::string_view kStopwords[] = {
    "a",       "about",   "also",   "am",      "an",      "and",     "any",
    "are",     "as",      "at",     "be",      "been",    "being",   "both",
    "but",     "by",      "can",    "could",   "did",     "do",      "does",
    "doing",   "each",    "for",    "from",    "had",     "has",     "have",
    "having",  "he",      "her",    "here",    "hers",    "herself", "him",
    "himself", "his",     "how",    "i",       "if",      "in",      "into",
    "is",      "it",      "it's",   "its",     "itself",  "just",    "may",
    "me",      "might",   "must",   "my",      "myself",  "of",      "on",
    "or",      "other",   "our",    "ours",    "ourselves", "own",   "shall",
    "she",     "should",  "so",     "some",    "such",    "than",    "that",
    "that's",  "the",     "their",  "theirs",  "them",    "themselves", "then",
    "there",   "there's", "these",  "they",    "this",    "those",   "through",
    "to",      "too",     "very",    "was",     "we",      "were",
    "what",    "when",    "where",  "whether", "which",   "while",   "who",
    "whom",    "whose",   "why",    "will",    "with",    "would",   "you",
    "your",    "yours",   "yourself", "yourselves", "he's", "she's", "i'm",
    "we're",   "they're", "you're", "i've",    "we've",   "they've", "let's",
};

// Open addressing over a power-of-two table, hashed on length and three bytes: one or
// two probes per lookup instead of a binary search's seven string compares.
constexpr size_t kSlots = 512;

inline size_t Hash(std::string_view w) {
  const auto b = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i])); };
  return (w.size() * 131 + b(0) * 31 + b(w.size() - 1) * 7 + b(w.size() / 2)) & (kSlots - 1);
}

struct Table {
  std::array<std::string_view, kSlots> slots{};
  Table() {
    for (std::string_view w : kStopwords) {
      size_t h = Hash(w);
      while (!slots[h].empty()) h = (h + 1) & (kSlots - 1);
      slots[h] = w;
    }
  }
};

}  // namespace

bool IsStopword(std::string_view norm) {
  static const Table table;
  if (norm.empty() || norm.size() > 10) return false;
  for (size_t h = Hash(norm);; h = (h + 1) & (kSlots - 1)) {
    const std::string_view s = table.slots[h];
    if (s.empty()) return false;
    if (s == norm) return true;
  }
}

}  // namespace claimcheck::internal
