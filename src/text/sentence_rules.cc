// Sentence-boundary corrections. ICU implements UAX #29, which breaks after "Mr." and
// inside "9988.HK" and does not break in "prices.In". These rules look only at the
// few bytes around a candidate boundary, so the layer stays linear in the text.
#include "text/sentence_rules.h"

#include <array>
#include <string>

#include <unicode/uchar.h>

#include "text/byte_scan.h"
#include "text/char_class.h"
#include "text/stopwords.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace claimcheck::internal {
namespace {

// Never end a sentence: titles and Latin abbreviations that introduce what follows.
constexpr std::string_view kTitles[] = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt",
    "sgt", "cmdr", "adm", "rev", "hon", "pres", "supt", "messrs", "mme", "mlle",
    "st", "mt", "ft", "vs", "e.g", "i.e", "cf", "viz", "approx", "ca", "al", "nr"};
// End a sentence only when no number follows: "No. 1", "Jan. 5", "p. 12".
constexpr std::string_view kBeforeNumber[] = {
    "no", "nos", "vol", "p", "pp", "art", "sec", "ch", "fig", "figs", "op", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "est"};
// Often inside a sentence ("the U.S. Commerce Department", "Apple Inc. Chief"), but
// also at its end: keep ICU's break only when a typical sentence opener follows.
constexpr std::string_view kAmbiguous[] = {
    "u.s", "u.k", "u.n", "e.u", "u.s.a", "inc", "corp", "co", "ltd", "llc", "plc",
    "bros", "dept", "univ", "assn", "a.m", "p.m", "jr", "sr", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat"};
// Words that open sentences beyond the stopword list.
constexpr std::string_view kOpeners[] = {
    "however", "meanwhile", "still", "yet", "now", "but", "and", "so", "last", "earlier",
    "later", "separately", "additionally", "moreover", "furthermore", "overall",
    "instead", "nevertheless", "according", "after", "before", "since", "although",
    "despite", "today", "yesterday", "not", "no", "analysts", "shares"};

// KeepIcuBoundary asks about every word before a full stop.
constexpr ListedWords kTitleList(kTitles);
constexpr ListedWords kBeforeNumberList(kBeforeNumber);
constexpr ListedWords kAmbiguousList(kAmbiguous);
constexpr ListedWords kOpenerList(kOpeners);

bool IsAsciiLetter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// ASCII lowercase copy: the words compared with the lists are ASCII, and an inline test
// per byte is cheaper than a call into the C library.
std::string AsciiLowerCopy(std::string_view word) {
  std::string w(word);
  for (char& c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return w;
}

// Lowercase ASCII copy of the word ending at text[end) made of letters and inner dots
// ("U.S" before the final dot of "U.S."). *start receives where it begins.
std::string WordBefore(std::string_view text, size_t begin, size_t end, size_t* start) {
  size_t s = end;
  while (s > begin && (IsAsciiLetter(text[s - 1]) || (text[s - 1] == '.' && s - 1 > begin &&
                                                      IsAsciiLetter(text[s - 2])))) {
    --s;
  }
  *start = s;
  return AsciiLowerCopy(text.substr(s, end - s));
}

// Lowercase ASCII copy of the word starting at text[b] (letters and apostrophes).
std::string WordAfter(std::string_view text, size_t b, size_t end) {
  size_t e = b;
  while (e < end && (IsAsciiLetter(text[e]) || text[e] == '\'')) ++e;
  return AsciiLowerCopy(text.substr(b, e - b));
}

bool IsOpener(std::string_view w) { return IsStopword(w) || kOpenerList.Contains(w); }

// The whitespace-delimited chunk around text[pos] looks like a URL, e-mail or domain.
bool InUrlLikeChunk(std::string_view text, size_t begin, size_t pos, size_t end) {
  size_t s = pos, e = pos;
  while (s > begin && text[s - 1] != ' ' && text[s - 1] != '\t') --s;
  while (e < end && text[e] != ' ' && text[e] != '\t') ++e;
  std::string_view chunk = text.substr(s, e - s);
  return chunk.find("://") != std::string_view::npos ||
         chunk.find("www.") != std::string_view::npos ||
         chunk.find('@') != std::string_view::npos ||
         chunk.find('/') != std::string_view::npos;
}

// The glued-sentence test for a terminator at text[t] directly followed by text[t+1].
bool IsGluedBoundary(std::string_view text, size_t begin, size_t t, size_t end) {
  if (t + 2 >= end) return false;
  const auto r0 = static_cast<unsigned char>(text[t + 1]);
  const auto r1 = static_cast<unsigned char>(text[t + 2]);
  if (!(r0 >= 'A' && r0 <= 'Z') || !(r1 >= 'a' && r1 <= 'z')) return false;
  size_t ws = t;
  while (ws > begin && IsAsciiLetter(text[ws - 1])) --ws;
  if (t - ws < 2) return false;
  // A letter word glued to something before it ("e.g.Next", "9988.Hk") is no word.
  if (ws > begin) {
    const auto before = static_cast<unsigned char>(text[ws - 1]);
    if (before == '.' || IsAsciiDigit(before)) return false;
  }
  bool has_lower = false;
  for (size_t i = ws; i < t; ++i) has_lower |= (text[i] >= 'a' && text[i] <= 'z');
  if (!has_lower) return false;
  const std::string w = AsciiLowerCopy(text.substr(ws, t - ws));
  if (text[t] == '.' && (kTitleList.Contains(w) || kBeforeNumberList.Contains(w) ||
                         kAmbiguousList.Contains(w))) {
    return false;
  }
  return !InUrlLikeChunk(text, begin, t, end);
}

bool IsUpperAt(std::string_view text, size_t p) {
  int len;
  return ClassifyCodePoint(DecodeUtf8At(text, p, &len)) == CharClass::kUpper;
}

}  // namespace

size_t AttributionEnd(std::string_view text, size_t b, size_t end) {
  int len;
  const char32_t dash = DecodeUtf8At(text, b, &len);
  if (dash != '-' && dash != 0x2013 && dash != 0x2014) return b;
  size_t p = b + len;
  if (p >= end || (text[p] != ' ' && text[p] != '\t')) return b;
  std::vector<size_t> caps;  // starts of the capitalised words
  while (p < end) {
    while (p < end && (text[p] == ' ' || text[p] == '\t')) ++p;
    if (p >= end) break;
    const size_t w = p;
    while (p < end && text[p] != ' ' && text[p] != '\t') ++p;
    if (!IsUpperAt(text, w)) {
      // A lowercase word: the sentence started at the last capitalised word.
      if (caps.size() >= 2) return caps.back();
      return b;
    }
    caps.push_back(w);
    if (caps.size() > 6) return b;
  }
  return caps.empty() ? b : end;
}

bool IsTitleAbbreviation(std::string_view word) { return kTitleList.Contains(word); }

bool IsSentenceTerminator(char32_t cp) {
  if (cp < 0x80) return cp == '.' || cp == '!' || cp == '?';
  const int sb = u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK);
  return sb == U_SB_STERM || sb == U_SB_ATERM;
}

bool IsCloser(char32_t cp) {
  if (cp < 0x80) return cp == ')' || cp == ']' || cp == '}' || cp == '"' || cp == '\'';
  return u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_SENTENCE_BREAK) == U_SB_CLOSE;
}

bool KeepIcuBoundary(std::string_view text, size_t begin, size_t b, size_t end) {
  // Left piece: [.., s) without trailing space; [u, t) its terminator run.
  size_t s = b;
  while (s > begin) {
    const size_t p = PrevCodePointStart(text, s);
    int len;
    if (!IsSpaceClass(ClassifyCodePoint(DecodeUtf8At(text, p, &len)))) break;
    s = p;
  }
  const bool glued = s == b;
  size_t t = s;
  while (t > begin) {
    const size_t p = PrevCodePointStart(text, t);
    int len;
    if (!IsCloser(DecodeUtf8At(text, p, &len))) break;
    t = p;
  }
  size_t u = t;
  while (u > begin) {
    const size_t p = PrevCodePointStart(text, u);
    int len;
    if (!IsSentenceTerminator(DecodeUtf8At(text, p, &len))) break;
    u = p;
  }
  if (u == t) return true;  // not after a terminator: leave ICU's decision alone
  if (glued && text[u] == '.') {
    // "(9988.HK)", "NVDA.O", "e.g.X": no space after the stop. Only a real glued
    // sentence ("prices.In") keeps the break. Other terminators ("。", "?") end
    // sentences without a space in the scripts that use them.
    return t == u + 1 && IsGluedBoundary(text, begin, u, end);
  }
  if (t != u + 1 || text[u] != '.') return true;  // "!", "?", "..." end sentences
  size_t ws;
  const std::string w = WordBefore(text, begin, u, &ws);
  if (w.empty()) return true;
  // A word glued to digits on its left ("9988.HK.") is not an abbreviation.
  if (ws > begin && IsAsciiDigit(text[ws - 1])) return true;
  const unsigned char next = static_cast<unsigned char>(text[b]);
  if (kTitleList.Contains(w)) return false;
  if (kBeforeNumberList.Contains(w) && IsAsciiDigit(next)) return false;
  const bool initial = w.size() == 1 && text[ws] >= 'A' && text[ws] <= 'Z';
  if (kAmbiguousList.Contains(w) || initial) return IsOpener(WordAfter(text, b, end));
  return true;
}

namespace {

// Bytes the line scan stops at; every other byte is skipped with one table load.
constexpr std::array<bool, 256> MakeInteresting() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'.', '!', '?', '"', '%', '-'}) t[c] = true;
  for (int c = 0xC2; c < 0xF5; ++c) t[c] = true;  // lead bytes: non-ASCII terminators,
                                                  // curly quotes, dashes
  return t;
}
constexpr std::array<bool, 256> kInteresting = MakeInteresting();

// "chip. - The Information": a dash after white space after a terminator (and closers).
bool IsAttributionDash(std::string_view text, size_t begin, size_t i, size_t end) {
  if (i < begin + 2 || i + 2 >= end) return false;
  if (text[i - 1] != ' ' && text[i - 1] != '\t') return false;
  size_t t = i;
  while (t > begin && (text[t - 1] == ' ' || text[t - 1] == '\t')) --t;
  while (t > begin) {
    const size_t p = PrevCodePointStart(text, t);
    int len;
    if (!IsCloser(DecodeUtf8At(text, p, &len))) break;
    t = p;
  }
  if (t == begin) return false;
  int len;
  if (!IsSentenceTerminator(DecodeUtf8At(text, PrevCodePointStart(text, t), &len))) return false;
  return AttributionEnd(text, i, end) != i;
}

}  // namespace

bool ScanLine(std::string_view text, size_t begin, size_t end, std::vector<uint32_t>* out) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  auto capital_word_at = [&](size_t p) {
    return p + 1 < end && s[p] >= 'A' && s[p] <= 'Z' && s[p + 1] >= 'a' && s[p + 1] <= 'z';
  };
  // The trailing run of terminators, closers and spaces cannot hold an inner break.
  size_t tail = end;
  while (tail > begin) {
    const size_t p = PrevCodePointStart(text, tail);
    int len;
    const char32_t cp = DecodeUtf8At(text, p, &len);
    if (!IsSentenceTerminator(cp) && !IsCloser(cp) && !IsSpaceClass(ClassifyCodePoint(cp))) {
      break;
    }
    tail = p;
  }
  bool may_break = false;
  for (size_t i = SkipWordBytes(s, begin, end); i < end; i = SkipWordBytes(s, i + 1, end)) {
    const unsigned char c = s[i];
    if (!kInteresting[c]) continue;
    if (c == '.' || c == '!' || c == '?') {
      may_break |= i < tail;
      // "prices.In a February": ICU (UAX #29 rule SB7) keeps these together.
      if (i >= begin + 2 && IsGluedBoundary(text, begin, i, end)) {
        out->push_back(static_cast<uint32_t>(i + 1));
      }
      // Tokenized text ("each day . a suitor , played by"): a terminator standing alone
      // between spaces ends a sentence whatever case follows, where ICU waits for a
      // capital. Prose never spaces a full stop off both sides.
      if (i > begin && i + 1 < tail && s[i - 1] == ' ' && s[i + 1] == ' ') {
        size_t j = i + 1;
        while (j < end && s[j] == ' ') ++j;
        // Closing quotes of tokenized text ("'' ") stay with the sentence they close.
        if (j + 2 < end && s[j] == '\'' && s[j + 1] == '\'' && s[j + 2] == ' ') {
          j += 2;
          while (j < end && s[j] == ' ') ++j;
        }
        if (j < tail) {
          out->push_back(static_cast<uint32_t>(j));
          may_break = true;
        }
      }
    } else if (c == '"' || c == '%') {
      // Scraped headline glued to its lede: 'needs "enormous work"Elon Musk said',
      // 'slumps 43%Global interest'. A closing quote follows a lowercase letter, a
      // percent sign a digit.
      if (i > begin) {
        const unsigned char before = s[i - 1];
        const bool left = c == '"' ? (before >= 'a' && before <= 'z') : IsAsciiDigit(before);
        if (left && capital_word_at(i + 1)) out->push_back(static_cast<uint32_t>(i + 1));
      }
    } else if (c == '-') {
      // ICU keeps "chip. - The" together (the hyphen is SContinue in UAX #29).
      if (IsAttributionDash(text, begin, i, end)) out->push_back(static_cast<uint32_t>(i));
    } else if (c >= 0xC2) {
      int len;
      const char32_t cp = DecodeUtf8At(text.substr(0, end), i, &len);
      if (cp == 0x201D) {
        if (i > begin && s[i - 1] >= 'a' && s[i - 1] <= 'z' && capital_word_at(i + len)) {
          out->push_back(static_cast<uint32_t>(i + len));
        }
      } else if (cp == 0x2013 || cp == 0x2014) {
        if (IsAttributionDash(text, begin, i, end)) out->push_back(static_cast<uint32_t>(i));
      } else if (i < tail && IsSentenceTerminator(cp)) {
        may_break = true;
      }
      i += static_cast<size_t>(len) - 1;
    }
  }
  return may_break;
}


}  // namespace claimcheck::internal
