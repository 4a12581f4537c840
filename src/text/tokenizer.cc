// The tokenizer: one left-to-right pass over the bytes. ASCII bytes are classified by
// table lookup with no decoding; other code points are decoded once and classified
// through utf8proc. No ICU word break iterator: it would cost half the time budget.
#include "text/tokenizer.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "text/byte_scan.h"
#include "text/char_class.h"
#include "text/prefetch.h"
#include "text/stopwords.h"
#include "text/string_table.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace claimcheck::internal {
namespace {

struct Cp {
  char32_t cp = 0;
  int len = 0;
  CharClass cls = CharClass::kOther;
};

inline Cp At(std::string_view text, size_t pos, size_t end) {
  Cp c;
  if (pos >= end) return c;
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    c.cp = b;
    c.len = 1;
    c.cls = ClassifyAscii(b);
    return c;
  }
  c.cp = DecodeUtf8At(text, pos, &c.len);
  if (pos + c.len > end) c.len = static_cast<int>(end - pos);
  c.cls = ClassifyCodePoint(c.cp);
  return c;
}

inline bool IsAsciiUpper(char32_t c) { return c >= 'A' && c <= 'Z'; }

constexpr uint8_t kWordLower = 1, kWordUpper = 2, kWordDigit = 4;

// ASCII letters and digits by kind, for the word loop. This table and the next have 256
// entries, so that a byte past ASCII (none of these) needs no test before the load.
constexpr std::array<uint8_t, 256> MakeAsciiWord() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (c >= 'a' && c <= 'z') t[c] = kWordLower;
    if (c >= 'A' && c <= 'Z') t[c] = kWordUpper;
    if (c >= '0' && c <= '9') t[c] = kWordDigit;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kAsciiWord = MakeAsciiWord();

// ASCII bytes that can never start a token or a citation mark.
constexpr std::array<bool, 256> MakeAsciiSkip() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    const CharClass k = ClassifyAscii(static_cast<unsigned char>(c));
    t[c] = (k == CharClass::kSpace || k == CharClass::kLineBreak || k == CharClass::kOther ||
            k == CharClass::kHyphen || k == CharClass::kApostrophe) &&
           c != '[';
  }
  return t;
}
constexpr std::array<bool, 256> kAsciiSkip = MakeAsciiSkip();

// Bytes after which a run of ASCII letters is a whole plain word whatever came before:
// ASCII, no letter or digit, and none of the connectors the word loop looks past ("'" in
// "O'Brien", "-" of a compound). A dot ends one only after two letters or more (after one,
// it may be "U.S.").
constexpr std::array<bool, 256> MakePlainWordEnd() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) t[c] = kAsciiWord[c] == 0 && c != '\'' && c != '-';
  return t;
}
constexpr std::array<bool, 256> kPlainWordEnd = MakePlainWordEnd();

// Scale words that may follow digits with no space: "2bn", "5m", "3tn", "10x".
bool IsScaleSuffix(std::string_view s) {
  static constexpr std::string_view kScales[] = {
      "k", "m", "mn", "mln", "b", "bn", "bln", "t", "tn", "trn", "x",
      "thousand", "million", "billion", "trillion"};
  if (s.size() > 8) return false;
  char buf[8];
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') return false;
    buf[i] = c;
  }
  std::string_view low(buf, s.size());
  for (std::string_view k : kScales) {
    if (k == low) return true;
  }
  return false;
}

// "[1]", "[12]", "[2, 5]", "[3-4]": the end of the mark, or `pos` when there is none.
size_t CitationEnd(std::string_view text, size_t pos, size_t end) {
  size_t p = pos + 1;
  int digits = 0;
  while (p < end && p - pos < 16) {
    const char c = text[p];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == ']') {
      return digits > 0 ? p + 1 : pos;
    } else if (c != ',' && c != ' ' && c != '-') {
      return pos;
    }
    ++p;
  }
  return pos;
}

// A clitic that Penn Treebank tokenization splits off its word ("has n't", "Kilmarnock
// 's", "we 're"), standing at p: "n't", or an apostrophe and "s", "re", "ve", "ll", "d"
// or "m", then no letter or digit. Returns its end, or p when there is none.
size_t CliticEnd(std::string_view text, size_t p, size_t end) {
  size_t q = p;
  const bool nt = q < end && (text[q] == 'n' || text[q] == 'N');
  if (nt) ++q;
  const Cp a = At(text, q, end);
  if (a.cls != CharClass::kApostrophe) return p;
  q += static_cast<size_t>(a.len);
  auto is = [&](std::string_view w) {
    if (q + w.size() > end) return false;
    for (size_t i = 0; i < w.size(); ++i) {
      if (std::tolower(static_cast<unsigned char>(text[q + i])) != w[i]) return false;
    }
    return true;
  };
  static constexpr std::string_view kAfterApostrophe[] = {"s", "re", "ve", "ll", "d", "m"};
  size_t e = q;
  if (nt) {
    if (is("t")) e = q + 1;
  } else {
    for (std::string_view w : kAfterApostrophe) {
      if (is(w)) {
        e = q + w.size();
        break;
      }
    }
  }
  if (e == q) return p;
  const Cp n = At(text, e, end);
  if (IsWordClass(n.cls) || n.cls == CharClass::kJoiner) return p;
  return e;
}

bool IsNumberNorm(std::string_view norm) {
  if (norm.empty() || norm.front() < '0' || norm.front() > '9') return false;
  bool dot = false;
  for (size_t i = 0; i < norm.size(); ++i) {
    const char c = norm[i];
    if (c >= '0' && c <= '9') continue;
    if (c == '.' && !dot && i + 1 < norm.size()) {
      dot = true;
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

// Inlined into its callers (every token is emitted, and the call with its eight arguments
// cost more than most of what it does for a short word).
__attribute__((always_inline)) inline void Tokenizer::Emit(std::string_view text, size_t b,
                                                           size_t e, uint16_t extra_flags,
                                                           bool strip_dots, bool strip_commas,
                                                           bool stem, AnalyzedText* out) {
  Token& t = out->tokens.emplace_back();
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
  uint16_t flags = extra_flags;
  int upper = 0, lower = 0;
  const std::string_view src = text.substr(b, e - b);
  // The norm is built in key_, with room for the word's kind after it (WordTable's key):
  // its first key_size bytes. key_ only grows (resizing it to each token would zero-fill
  // it again at every longer token).
  std::vector<char>& key = key_;
  size_t key_size = src.size() + 1;
  if (key.size() < key_size) key.resize(key_size);
  // One pass for flags and the lowercase norm, copied as it goes and given up at the
  // first non-ASCII byte (most tokens have none, so no separate pass asks first).
  bool ascii = true;
  char* lowered = key.data();
  for (size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (c >= 'A' && c <= 'Z') {
      ++upper;
      c = static_cast<char>(c + ('a' - 'A'));
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else if (c >= '0' && c <= '9') {
      flags |= kTokDigit;
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    lowered[i] = c;
  }
  if (ascii) {
    if (upper + lower > 0) flags |= kTokAlpha;
    if (upper > 0) flags |= kTokAsciiUpper;
    if (src[0] >= 'A' && src[0] <= 'Z') flags |= kTokCapitalized;
  } else {
    flags = extra_flags;
    upper = lower = 0;
    bool first = true;
    for (size_t p = b; p < e;) {
      const Cp c = At(text, p, e);
      if (c.len == 0) break;
      if (c.cp >= 'A' && c.cp <= 'Z') flags |= kTokAsciiUpper;
      switch (c.cls) {
        case CharClass::kUpper:
          ++upper;
          flags |= kTokAlpha;
          if (first) flags |= kTokCapitalized;
          break;
        case CharClass::kLower:
          ++lower;
          flags |= kTokAlpha;
          break;
        case CharClass::kDigit:
          flags |= kTokDigit;
          break;
        case CharClass::kIdeograph:
          flags |= kTokAlpha;
          break;
        default:
          break;
      }
      first = false;
      p += c.len;
    }
    normalizer_.Normalize(src, &norm_);
    key_size = norm_.size() + 1;
    if (key.size() < key_size) key.resize(key_size);
    std::memcpy(key.data(), norm_.data(), norm_.size());
  }
  if (upper >= 2 && lower == 0) flags |= kTokAllCaps;
  char* norm_end = key.data() + key_size - 1;
  if (strip_dots) norm_end = std::remove(key.data(), norm_end, '.');
  if (strip_commas) norm_end = std::remove(key.data(), norm_end, ',');
  const std::string_view norm(key.data(), static_cast<size_t>(norm_end - key.data()));
  if (flags & kTokSymbol) {
    // A symbol's flags are only kTokSymbol.
  } else if (!(flags & kTokAlpha) && IsNumberNorm(norm)) {
    flags |= kTokNumber;
  }
  InternWord(t, norm, flags, stem, out);
}

__attribute__((always_inline)) inline void Tokenizer::EmitLetters(std::string_view text,
                                                                  size_t b, size_t e,
                                                                  size_t capitals,
                                                                  uint16_t extra_flags, bool stem,
                                                                  AnalyzedText* out) {
  const size_t n = e - b;
  uint16_t flags = extra_flags | kTokAlpha;
  if (capitals > 0) {
    flags |= kTokAsciiUpper;
    if (text[b] <= 'Z') flags |= kTokCapitalized;
    if (capitals >= 2 && capitals == n) flags |= kTokAllCaps;
  }
  // Hashed and looked up from its original bytes: the norm is written only for a new word.
  bool added = false;
  const uint32_t word = out->words.InternLetters(
      text.data() + b, n, stem ? StemKind::kSnowball : StemKind::kNone, &added);
  if (added) {
    if (stem) {
      unstemmed_.push_back(word);
    } else {
      DescribeNow(word, out->words.norm(word), &out->words);
    }
  }
  // The token written once, whole (emplace_back would zero it first).
  out->tokens.push_back(Token{static_cast<uint32_t>(b), static_cast<uint32_t>(e), word, flags});
}

__attribute__((always_inline)) inline void Tokenizer::InternWord(Token& t, std::string_view norm,
                                                                 uint16_t flags, bool stem,
                                                                 AnalyzedText* out) {
  // Words with digits ("h20", "3rd") keep their norm: Snowball would mangle codes.
  const bool alpha = (flags & kTokAlpha) != 0;
  const StemKind kind = !stem                               ? StemKind::kNone
                        : !alpha || (flags & kTokDigit) != 0 ? StemKind::kNorm
                                                             : StemKind::kSnowball;
  // The norm sits at the start of key_, with room for the kind after it.
  key_[norm.size()] = static_cast<char>(kind);
  bool added = false;
  t.word = out->words.Intern(std::string_view(key_.data(), norm.size() + 1), &added);
  if (added) {
    // Only words reach the Snowball memo, in one batch (Finish); numbers, symbols and codes
    // the memo of norms, at once. A word's stopword flag is its norm's.
    if (alpha && stem) {
      unstemmed_.push_back(t.word);
    } else if (kind == StemKind::kNorm) {
      out->words.Describe(t.word, norm_stems_.Lookup(norm, out->words.norm_hash(t.word)));
    } else {
      DescribeNow(t.word, norm, &out->words);
    }
  }
  t.flags = flags;
}

void Tokenizer::DescribeNow(uint32_t id, std::string_view norm, WordTable* words) {
  words->DescribeWithoutSnowball(id, IsStopword(norm));
  // Tokenized without stems (for measuring the stages apart): marked here, once per text.
  if (marker_ != nullptr) {
    words->SetMarks(id, (*marker_)(norm, words->norm_hash(id), words->stem(id),
                                   words->stem_hash(id)));
  }
}

void Tokenizer::DescribeUnstemmed(WordTable* words) {
  ForEachPrefetched(
      unstemmed_.size(),
      [&](size_t k) { stems_.PrefetchSlot(words->norm_hash(unstemmed_[k])); },
      [&](size_t k) { stems_.PrefetchRecord(words->norm_hash(unstemmed_[k])); },
      [&](size_t k) {
        const uint32_t id = unstemmed_[k];
        words->Describe(id, stems_.Lookup(words->norm(id), words->norm_hash(id)));
      });
  unstemmed_.clear();
}

namespace {

// Digits at text[p, p + n) and no digit at p + n (or the end).
bool DigitsThenEnd(std::string_view text, size_t p, size_t n, size_t end) {
  if (p + n > end) return false;
  for (size_t i = p; i < p + n; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  return p + n == end || text[p + n] < '0' || text[p + n] > '9';
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }


}  // namespace

void Tokenizer::JoinSpaced(std::string_view text, size_t b, size_t e, uint16_t flags,
                           bool strip_dots, bool strip_commas, bool stem, AnalyzedText* out) {
  joined_.clear();
  for (size_t i = b; i < e; ++i) {
    if (text[i] != ' ') joined_.push_back(text[i]);
  }
  Emit(joined_, 0, joined_.size(), flags, strip_dots, strip_commas, stem, out);
  Token& t = out->tokens.back();
  t.begin = static_cast<uint32_t>(b);
  t.end = static_cast<uint32_t>(e);
}

void Tokenizer::JoinClitic(std::string_view text, size_t b, size_t e, bool stem,
                           AnalyzedText* out) {
  const Token word = out->tokens.back();
  out->tokens.pop_back();
  joined_.assign(text.substr(word.begin, word.end - word.begin));
  joined_.append(text.substr(b, e - b));
  Emit(joined_, 0, joined_.size(), word.flags & kTokHyphenPart, false, false, stem, out);
  Token& t = out->tokens.back();
  t.begin = word.begin;
  t.end = static_cast<uint32_t>(e);
}

void Tokenizer::Tokenize(std::string_view text, size_t begin, size_t end,
                         AnalyzedText* out, bool stem) {
  const size_t first_token = out->tokens.size();
  Scan(text, begin, end, out, stem);
  Finish(first_token, out);
}

void Tokenizer::TokenizeSegments(std::string_view text, AnalyzedText* out) {
  const size_t first_token = out->tokens.size();
  for (Segment& s : out->segments) {
    s.tok_begin = static_cast<uint32_t>(out->tokens.size());
    Scan(text, s.begin, s.end, out, /*stem=*/true);
    s.tok_end = static_cast<uint32_t>(out->tokens.size());
  }
  Finish(first_token, out);
}

void Tokenizer::Finish(size_t first_token, AnalyzedText* out) {
  DescribeUnstemmed(&out->words);
  for (size_t k = first_token; k < out->tokens.size(); ++k) {
    Token& t = out->tokens[k];
    if ((t.flags & kTokAlpha) != 0 && out->words.stopword(t.word)) t.flags |= kTokStopword;
  }
}

void Tokenizer::Scan(std::string_view text, size_t begin, size_t end, AnalyzedText* out,
                     bool stem) {
  // The marker is fixed when the analyzer is built, so a table's words are all marked or
  // none are.
  out->words.set_marked(marker_ != nullptr);
  end = std::min(end, text.size());
  size_t p = begin;
  size_t hyphen_next = static_cast<size_t>(-1);  // a token starting here is a compound part
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const size_t first_token = out->tokens.size();
  // A clitic split off the word token right before it by one space: "has n't" reads as
  // the source's "hasn't", "Kilmarnock 's" as "Kilmarnock's".
  auto clitic_at = [&](size_t q) -> size_t {
    if (out->tokens.size() == first_token || q == 0 || bytes[q - 1] != ' ') return q;
    const Token& last = out->tokens.back();
    if (last.end + 1 != q || (last.flags & kTokAlpha) == 0) return q;
    return CliticEnd(text, q, end);
  };
  while (p < end) {
    // Spaces and plain punctuation between words: skipped without decoding.
    if (kAsciiSkip[bytes[p]]) {
      if (bytes[p] == '\'') {
        const size_t clitic = clitic_at(p);
        if (clitic > p) {
          JoinClitic(text, p, clitic, stem, out);
          p = clitic;
          continue;
        }
      }
      ++p;
      continue;
    }
    // A plain word, most of prose: ASCII lowercase letters, perhaps after one capital,
    // then a byte that ends it. None of the rules below applies to it; one starting with
    // "n" is no split "n't", as a letter or a byte that ends the word follows the "n".
    if ((kAsciiWord[bytes[p]] & (kWordLower | kWordUpper)) != 0) {
      const size_t q = SkipLowercaseBytes(bytes, p + 1, end);
      if (q == end || (kPlainWordEnd[bytes[q]] && (bytes[q] != '.' || q - p >= 2))) {
        const size_t capitals = bytes[p] <= 'Z' ? 1 : 0;
        EmitLetters(text, p, q, capitals, p == hyphen_next ? kTokHyphenPart : 0, stem, out);
        // The space that follows most words needs no trip round the loop.
        p = q < end && bytes[q] == ' ' ? q + 1 : q;
        continue;
      }
    }

    // An ASCII letter or digit starts a word, and none of the tests below applies to it,
    // but for "n" and "N", which may start a split "n't".
    const bool word_start =
        kAsciiWord[bytes[p]] != 0 && (bytes[p] | 0x20) != 'n';
    if (!word_start) {
      const Cp c = At(text, p, end);
      if (c.len == 0) break;
      if (c.cls == CharClass::kSymbol) {
        Emit(text, p, p + c.len, kTokSymbol, false, false, stem, out);
        p += c.len;
        continue;
      }
      if (c.cls == CharClass::kIdeograph) {
        // No spaces to find words by and no dictionary: each character is a token, which
        // is enough for overlap between a summary and its source.
        Emit(text, p, p + c.len, 0, false, false, stem, out);
        p += c.len;
        continue;
      }
      if (c.cp == '[') {
        const size_t cite = CitationEnd(text, p, end);
        p = cite > p ? cite : p + 1;
        continue;
      }
      if (c.cls == CharClass::kApostrophe || c.cp == 'n' || c.cp == 'N') {
        const size_t clitic = clitic_at(p);
        if (clitic > p) {
          JoinClitic(text, p, clitic, stem, out);
          p = clitic;
          continue;
        }
      }
      if (!IsWordClass(c.cls)) {
        p += c.len;
        continue;
      }
    }

    // A word: letters, digits and marks, with the inner connectors described in the
    // header. `run_*` count what follows the last inner dot, to recognise "U.S.".
    const size_t start = p;
    int letters = 0, digits = 0, uppers = 0;
    int run_letters = 0, run_other = 0;
    bool abbrev = false, commas = false, decimal = false, ticker = false;
    // Tokenized corpora split figures and abbreviations after their separators: "235,
    // 000", "2. 4 miles", "U. S.". Such a word is one token, its norm without the space;
    // `spaced` marks one.
    bool spaced = false;
    auto after_month = [&] {
      return out->tokens.size() > first_token &&
             InList(kMonthNames, out->words.norm(out->tokens.back().word));
    };
    size_t first_letter = static_cast<size_t>(-1);
    size_t lower_bytes = 0;  // in runs of ASCII lowercase letters: all of a plain word's
    size_t upper_bytes = 0;  // ASCII capitals
    CharClass prev = CharClass::kOther;
    while (p < end) {
      // A run of ASCII lowercase letters, the bulk of any word: counted at once.
      if (bytes[p] >= 'a' && bytes[p] <= 'z') {
        const size_t q = SkipLowercaseBytes(bytes, p + 1, end);
        const auto n = static_cast<int>(q - p);
        letters += n;
        run_letters += n;
        lower_bytes += q - p;
        if (first_letter == static_cast<size_t>(-1)) first_letter = p;
        prev = CharClass::kLower;
        p = q;
        continue;
      }
      // Other ASCII letters and digits: one table load each.
      if (const uint8_t bits = kAsciiWord[bytes[p]]) {
        if (bits & kWordDigit) {
          ++digits;
          ++run_other;
          prev = CharClass::kDigit;
        } else {
          ++letters;
          ++run_letters;
          if (first_letter == static_cast<size_t>(-1)) first_letter = p;
          if (bits & kWordUpper) {
            ++uppers;
            ++upper_bytes;
            prev = CharClass::kUpper;
          } else {
            prev = CharClass::kLower;
          }
        }
        ++p;
        continue;
      }
      const Cp w = At(text, p, end);
      if (IsWordClass(w.cls) || w.cls == CharClass::kJoiner) {
        if (IsLetterClass(w.cls)) {
          ++letters;
          ++run_letters;
          if (w.cls == CharClass::kUpper) ++uppers;
          if (first_letter == static_cast<size_t>(-1)) first_letter = p;
        } else {
          if (w.cls == CharClass::kDigit) ++digits;
          ++run_other;
        }
        if (w.cls != CharClass::kJoiner && w.cls != CharClass::kMark) prev = w.cls;
        p += w.len;
        continue;
      }
      if (w.cls == CharClass::kApostrophe) {
        const Cp n = At(text, p + w.len, end);
        if (IsLetterClass(prev) && IsLetterClass(n.cls)) {
          p += w.len;
          continue;
        }
        break;
      }
      if (w.cp == '.') {
        const Cp n = At(text, p + 1, end);
        if (prev == CharClass::kDigit && n.cls == CharClass::kDigit && letters == 0) {
          decimal = true;
          ++p;
          continue;
        }
        // "2. 4": one to three digits, ". " and one or two more. (News style spells out a
        // number that starts a sentence, so "... 11. 3 players" is rare.)
        if (prev == CharClass::kDigit && letters == 0 && !decimal && !commas && digits <= 3 &&
            n.cp == ' ' && (DigitsThenEnd(text, p + 2, 1, end) || DigitsThenEnd(text, p + 2, 2, end))) {
          decimal = spaced = true;
          p += 2;
          continue;
        }
        if (run_letters == 1 && run_other == 0) {
          // One letter then a dot: "U.S.", "e.g.", "J.P." join; "A. Smith" does not.
          if (IsLetterClass(n.cls)) {
            const Cp n2 = At(text, p + 1 + n.len, end);
            if (n2.cp == '.') {
              abbrev = true;
              ++p;
              run_letters = run_other = 0;
              continue;
            }
          }
          // Tokenized corpora split it after the dot: "U. S. District", "U. K.". A
          // single letter and a dot follow one space, then no letter.
          if (n.cp == ' ' && p + 3 < end && IsAsciiLetter(text[p + 2]) && text[p + 3] == '.' &&
              (p + 4 == end || !IsAsciiLetter(text[p + 4]))) {
            abbrev = spaced = true;
            p += 2;  // on to the letter, read as the next part of the abbreviation
            run_letters = run_other = 0;
            continue;
          }
          if (abbrev) ++p;  // the final dot of "U.S."
          break;
        }
        // Tickers: "9988.HK", "0700.HK", "NVDA.O": digits or capitals, a dot, one to
        // four capitals, then no more letters or digits.
        const bool left_ok = !decimal && !abbrev &&
                             ((letters == 0 && digits > 0) ||
                              (letters >= 2 && uppers == letters && digits == 0));
        if (left_ok && IsAsciiUpper(n.cp)) {
          size_t q = p + 1;
          while (q < end && q - p <= 5 && IsAsciiUpper(static_cast<unsigned char>(text[q]))) ++q;
          const size_t k = q - p - 1;
          const Cp after = At(text, q, end);
          if (k >= 1 && k <= 4 && !IsWordClass(after.cls) && after.cls != CharClass::kJoiner) {
            ticker = true;
            letters += static_cast<int>(k);
            p = q;
          }
        }
        break;
      }
      if (w.cp == ',' && prev == CharClass::kDigit && letters == 0 && !decimal) {
        // Thousands separators: exactly three digits follow, then no fourth.
        if (p + 4 <= end && std::isdigit(static_cast<unsigned char>(text[p + 1])) &&
            std::isdigit(static_cast<unsigned char>(text[p + 2])) &&
            std::isdigit(static_cast<unsigned char>(text[p + 3])) &&
            (p + 4 == end || !std::isdigit(static_cast<unsigned char>(text[p + 4])))) {
          commas = true;
          p += 4;
          digits += 3;
          continue;
        }
        // "235, 000": groups of ", " and three digits after one to three digits, not a
        // date's day ("May 5, 300 people").
        if (text.substr(p + 1, 1) == " " && DigitsThenEnd(text, p + 2, 3, end) &&
            (commas || (digits <= 3 && !after_month()))) {
          commas = spaced = true;
          p += 5;
          digits += 3;
          continue;
        }
      }
      break;
    }
    const size_t stop = p;

    uint16_t lead_flag = start == hyphen_next ? kTokHyphenPart : 0;
    // Hyphen compounds: the hyphen must sit between two word characters. The only ASCII
    // hyphen is '-': any other ASCII byte after a word is no hyphen, without decoding it.
    uint16_t tail_flag = 0;
    if (stop < end && (bytes[stop] == '-' || bytes[stop] >= 0x80)) {
      const Cp h = At(text, stop, end);
      if (h.cls == CharClass::kHyphen) {
        const Cp n = At(text, stop + h.len, end);
        if (IsWordClass(n.cls)) {
          tail_flag = kTokHyphenPart;
          hyphen_next = stop + h.len;
        }
      }
    }

    // "2bn" -> "2", "bn": digits (with , or .) directly followed by a scale word.
    if (!ticker && letters > 0 && digits > 0 && first_letter != static_cast<size_t>(-1) &&
        first_letter > start && IsScaleSuffix(text.substr(first_letter, stop - first_letter))) {
      bool numeric_head = true;
      for (size_t q = start; q < first_letter; ++q) {
        const char ch = text[q];
        if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == ',')) numeric_head = false;
      }
      if (numeric_head) {
        Emit(text, start, first_letter, lead_flag, false, commas, stem, out);
        Emit(text, first_letter, stop, tail_flag, false, false, stem, out);
        continue;
      }
    }
    if (spaced) {
      JoinSpaced(text, start, stop, lead_flag | tail_flag, abbrev, commas, stem, out);
      continue;
    }
    if (lower_bytes + upper_bytes == stop - start) {
      EmitLetters(text, start, stop, upper_bytes, lead_flag | tail_flag, stem, out);
      continue;
    }
    Emit(text, start, stop, lead_flag | tail_flag, abbrev, commas, stem, out);
  }
}

}  // namespace claimcheck::internal
