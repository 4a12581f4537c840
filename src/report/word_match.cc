// Word spans and keys for highlighting. Deliberately simpler than the text stage (no ICU,
// no stemmer): a highlight only has to look right to a reader, and the report writers
// stay free of the analysis pipeline.
#include "report/word_match.h"

#include <algorithm>
#include <unordered_set>

#include "report/utf8_sequence.h"

namespace claimcheck::internal {
namespace {

// Decodes the code point of a well-formed sequence of length `len` at p.
char32_t Decode(const unsigned char* p, size_t len) {
  switch (len) {
    case 1:
      return p[0];
    case 2:
      return (char32_t{p[0] & 0x1Fu} << 6) | (p[1] & 0x3Fu);
    case 3:
      return (char32_t{p[0] & 0x0Fu} << 12) | (char32_t{p[1] & 0x3Fu} << 6) | (p[2] & 0x3Fu);
    default:
      return (char32_t{p[0] & 0x07u} << 18) | (char32_t{p[1] & 0x3Fu} << 12) |
             (char32_t{p[2] & 0x3Fu} << 6) | (p[3] & 0x3Fu);
  }
}

bool IsWordCodePoint(char32_t c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  if (c < 0xC0) return false;                       // Latin-1 punctuation, NBSP, « »
  if (c == 0xD7 || c == 0xF7) return false;         // × ÷
  if (c >= 0x2000 && c <= 0x206F) return false;     // general punctuation: dashes, quotes, …
  if (c >= 0x3000 && c <= 0x303F) return false;     // CJK punctuation
  if (c >= 0xFF00 && c <= 0xFF0F) return false;     // fullwidth punctuation
  return true;
}

const std::unordered_set<std::string_view>& Stopwords() {
  static const auto* words = new std::unordered_set<std::string_view>{
      "a",     "an",    "and",   "are",  "as",    "at",   "be",    "been",  "but",  "by",
      "for",   "from",  "had",   "has",  "have",  "he",   "her",   "his",   "if",   "in",
      "into",  "is",    "it",    "its",  "of",    "on",   "or",    "our",   "she",  "so",
      "than",  "that",  "the",   "their", "them", "then", "there", "these", "they", "this",
      "those", "to",    "was",   "we",   "were",  "which", "while", "who",  "will", "with",
      "would", "you",   "your",  "also", "after", "about", "over",  "said", "says", "not"};
  return *words;
}

}  // namespace

std::vector<ByteSpan> WordSpans(std::string_view text) {
  std::vector<ByteSpan> spans;
  const auto* base = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = base + text.size();
  const unsigned char* p = base;
  bool in_word = false;
  size_t word_begin = 0;
  while (p < end) {
    size_t len = Utf8SequenceLength(p, end);
    const bool word = len != 0 && IsWordCodePoint(Decode(p, len));
    if (len == 0) len = 1;
    const size_t at = static_cast<size_t>(p - base);
    if (word && !in_word) word_begin = at;
    if (!word && in_word) spans.push_back({word_begin, at});
    in_word = word;
    p += len;
  }
  if (in_word) spans.push_back({word_begin, text.size()});
  return spans;
}

std::string WordKey(std::string_view word) {
  std::string key(word);
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  if (key.size() < 2 || Stopwords().count(key) != 0) return {};
  if (key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's') key.pop_back();
  return key;
}

std::vector<ByteSpan> MatchedWords(std::string_view unit, std::string_view evidence) {
  std::unordered_set<std::string> keys;
  for (const ByteSpan& s : WordSpans(unit)) {
    std::string key = WordKey(unit.substr(s.begin, s.end - s.begin));
    if (!key.empty()) keys.insert(std::move(key));
  }
  std::vector<ByteSpan> matched;
  for (const ByteSpan& s : WordSpans(evidence)) {
    if (keys.count(WordKey(evidence.substr(s.begin, s.end - s.begin))) != 0) {
      matched.push_back(s);
    }
  }
  return matched;
}

}  // namespace claimcheck::internal
