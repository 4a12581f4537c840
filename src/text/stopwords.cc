// The stopword list: articles, pronouns, auxiliaries, prepositions and conjunctions.
// Kept short on purpose: words that carry quantity, direction, time or polarity
// ("more", "after", "up", "not", "only") stay content words.
#include "text/stopwords.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace claimcheck::internal {
namespace {

// Sorted once at first use; lookup is a binary search. "us" is absent because "U.S."
// normalizes to it.
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

struct Sorted {
  std::array<std::string_view, std::size(kStopwords)> words;
  Sorted() {
    std::copy(std::begin(kStopwords), std::end(kStopwords), words.begin());
    std::sort(words.begin(), words.end());
  }
};

}  // namespace

bool IsStopword(std::string_view norm) {
  static const Sorted sorted;
  if (norm.empty() || norm.size() > 10) return false;
  return std::binary_search(sorted.words.begin(), sorted.words.end(), norm);
}

}  // namespace claimcheck::internal
