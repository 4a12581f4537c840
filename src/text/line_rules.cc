// Line classification by general shape (URL-only, count + noun, "N hours ago",
// label + value, date + category) plus one short reviewed list of widget words.
// A line only counts as cruft when the whole line matches: a sentence that merely
// mentions "comments" or "share" is running text.
#include "text/line_rules.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/char_class.h"
#include "text/sentence_rules.h"
#include "text/utf8.h"
#include "text/word_list.h"

namespace claimcheck::internal {
namespace {

// Whole-line widget and navigation labels (compared lowercase, final ':' '.' '!' '?'
// and white space removed).
constexpr std::string_view kCruftLines[] = {
    "share", "share this", "share this article", "share this story", "copy link",
    "link copied", "copy", "placeholder", "gotop", "go top", "back to top", "top",
    "quote", "comments", "comment", "no comments yet", "no comments", "leave a comment",
    "add a comment", "view comments", "show comments", "summarized by", "related stories",
    "related articles", "related news", "related posts", "related", "read more",
    "read next", "see also", "more stories", "advertisement", "sponsored", "subscribe",
    "sign up", "sign in", "log in", "login", "print", "email", "tweet", "facebook",
    "twitter", "linkedin", "whatsapp", "reddit", "telegram", "follow us", "opens new tab",
    "was this worth your time", "was this article helpful", "loading", "menu",
    "skip to content", "listen", "listen to this article", "save", "bookmark", "like",
    "reply", "show more", "load more", "view more", "translate", "font size"};

// Line openers that make the whole line cruft.
constexpr std::string_view kCruftPrefixes[] = {
    "source:", "sources:", "disclaimer:", "image:", "images:", "photo:", "photos:",
    "image credit:", "photo credit:", "credit:", "credits:", "via:", "tags:", "topics:",
    "category:", "categories:", "filed under", "copyright", "all rights reserved",
    "signed-in readers", "sign in to", "subscribe to", "click here", "read more:",
    "related:", "read the full", "reporting by", "editing by", "\xC2\xA9"};

// Count + noun: "2 Sources", "0 Comments", "5 min read".
constexpr std::string_view kCountNouns[] = {
    "source", "sources", "comment", "comments", "share", "shares", "reply", "replies",
    "like", "likes", "view", "views", "reaction", "reactions", "min read", "mins read",
    "minute read", "minutes read", "read"};

constexpr std::string_view kTimeUnits[] = {
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
    "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year",
    "years"};

constexpr std::string_view kDateWords[] = {
    "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thurs",
    "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday", "am", "pm", "a.m",
    "p.m", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "updated",
    "published", "posted", "on", "at"};

constexpr std::string_view kBylineLabels[] = {
    "summarized by", "summarised by", "written by", "reported by", "edited by", "by",
    "author", "authors", "posted by", "compiled by"};

// Short lines only (<= kMaxKeyBytes), so keys live on the stack: classifying a line
// allocates nothing.
constexpr size_t kMaxKeyBytes = 160;

struct ShortKey {
  char buf[kMaxKeyBytes];
  size_t size = 0;
  std::string_view view() const { return {buf, size}; }
};

// Lowercase ASCII with every run of Unicode white space (NBSP included) turned into
// one ' ', separators • · | kept as given. Used only on short lines.
void MakeKey(std::string_view line, ShortKey* key) {
  key->size = 0;
  bool space = false;
  for (size_t p = 0; p < line.size();) {
    int len;
    const char32_t cp = DecodeUtf8At(line, p, &len);
    if (IsSpaceClass(ClassifyCodePoint(cp))) {
      space = true;
    } else {
      const size_t need = (space && key->size > 0 ? 1 : 0) + static_cast<size_t>(len);
      if (key->size + need > kMaxKeyBytes) return;  // callers pass short lines
      if (space && key->size > 0) key->buf[key->size++] = ' ';
      space = false;
      if (cp < 0x80) {
        key->buf[key->size++] = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
      } else {
        std::memcpy(key->buf + key->size, line.data() + p, static_cast<size_t>(len));
        key->size += static_cast<size_t>(len);
      }
    }
    p += len;
  }
}

// StartsWith(Key(line), prefix) without building the key: ASCII case folded, any run
// of white space (ASCII, NBSP) matching one ' ' of the prefix. Most lines fail on the
// first byte.
bool StartsWithFolded(std::string_view line, std::string_view prefix) {
  size_t i = 0;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (i >= line.size()) return false;
    const char want = prefix[k];
    if (want == ' ') {
      size_t n = 0;
      while (i < line.size()) {
        if (line[i] == ' ' || line[i] == '\t') {
          ++i;
        } else if (line[i] == '\xC2' && i + 1 < line.size() && line[i + 1] == '\xA0') {
          i += 2;
        } else {
          break;
        }
        ++n;
      }
      if (n == 0) return false;
      continue;
    }
    char c = line[i++];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (c != want) return false;
  }
  return true;
}

// The space-separated words of a key, at most kMaxWords of them (more is no label).
constexpr size_t kMaxWords = 24;
struct WordList {
  std::array<std::string_view, kMaxWords> w;
  size_t n = 0;
  bool overflow = false;
  std::string_view operator[](size_t i) const { return w[i]; }
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
  std::string_view back() const { return w[n - 1]; }
  const std::string_view* begin() const { return w.data(); }
  const std::string_view* end() const { return w.data() + n; }
};

WordList Words(std::string_view key) {
  WordList list;
  size_t p = 0;
  while (p < key.size()) {
    size_t e = key.find(' ', p);
    if (e == std::string_view::npos) e = key.size();
    if (e > p) {
      if (list.n == kMaxWords) {
        list.overflow = true;
        break;
      }
      list.w[list.n++] = key.substr(p, e - p);
    }
    p = e + 1;
  }
  return list;
}

bool AllDigits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
    return c >= '0' && c <= '9';
  });
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}

bool IsUrl(std::string_view w) {
  return StartsWith(w, "http://") || StartsWith(w, "https://") || StartsWith(w, "www.");
}

// "28 Aug 2025•Technology", "Sep 11, 2025", "Updated 10:30 am GMT": date stamps, with at
// most two other words when a • · | separator sets them apart as a category.
bool IsDateStamp(std::string_view key) {
  if (key.size() > 80) return false;
  char spaced[kMaxKeyBytes];
  size_t n = 0;
  bool separator = false;
  for (size_t p = 0; p < key.size();) {
    int len;
    const char32_t cp = DecodeUtf8At(key, p, &len);
    if (cp == 0x2022 || cp == 0x00B7 || cp == '|' || cp == 0x2013 || cp == 0x2014) {
      separator = true;
      spaced[n++] = ' ';
    } else if (cp == ',' || cp == '(' || cp == ')' || cp == '/') {
      spaced[n++] = ' ';
    } else {
      std::memcpy(spaced + n, key.data() + p, static_cast<size_t>(len));
      n += static_cast<size_t>(len);
    }
    p += len;
  }
  int months = 0, numbers = 0, other = 0;
  const WordList words = Words(std::string_view(spaced, n));
  if (words.overflow) return false;
  for (std::string_view w : words) {
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
    if (w.empty()) continue;
    if (InList(kMonthNames, w)) {
      ++months;
    } else if (AllDigits(w) || (w.find(':') != std::string_view::npos &&
                                AllDigits(w.substr(0, w.find(':'))))) {
      ++numbers;
    } else if (InList(kDateWords, w)) {
      // neutral
    } else {
      ++other;
    }
  }
  if (months == 0 || numbers == 0) return false;
  return other == 0 || (separator && other <= 2);
}

}  // namespace

bool IsCitationOnlyLine(std::string_view line) {
  if (line.empty() || line.size() > 16) return false;
  int run = 0;
  bool digit = false;
  for (char c : line) {
    if (c >= '0' && c <= '9') {
      if (++run > 3) return false;
      digit = true;
    } else if (c == '[' || c == ']' || c == ',' || c == ' ') {
      run = 0;
    } else {
      return false;
    }
  }
  return digit;
}

size_t BulletPrefixLength(std::string_view line) {
  size_t p = 0;
  bool any = false;
  while (p < line.size()) {
    int len;
    const char32_t cp = DecodeUtf8At(line, p, &len);
    const size_t after = p + len;
    const bool space_after =
        after < line.size() && (line[after] == ' ' || line[after] == '\t');
    if (cp == 0x2022 || cp == 0x00B7 || cp == 0x2023 || cp == 0x25E6 || cp == 0x25AA ||
        cp == 0x25CF || cp == 0x25A0 || cp == 0x2043 || cp == 0x2219) {
      // Typographic bullets need no space after them.
    } else if ((cp == '-' || cp == '*' || cp == '+' || cp == 0x2013 || cp == 0x2014) &&
               space_after) {
      // ASCII markers only with a space: "-5%" and "*Note" are not bullets.
    } else if (cp >= '0' && cp <= '9' && !any) {
      size_t q = p;
      while (q < line.size() && q - p < 2 && line[q] >= '0' && line[q] <= '9') ++q;
      if (q < line.size() && (line[q] == '.' || line[q] == ')') && q + 1 < line.size() &&
          line[q + 1] == ' ') {
        p = q + 1;
        any = true;
        while (p < line.size() && (line[p] == ' ' || line[p] == '\t')) ++p;
        continue;
      }
      break;
    } else {
      break;
    }
    any = true;
    p = after;
    while (p < line.size()) {
      int l2;
      if (!IsSpaceClass(ClassifyCodePoint(DecodeUtf8At(line, p, &l2)))) break;
      p += l2;
    }
  }
  return any ? p : 0;
}

bool HasCruftPrefix(std::string_view text) {
  if (text.empty()) return false;
  // No prefix starts with a space: its first byte, folded, must be the text's (most
  // pieces are ruled out by that alone, asked once of a table of the prefixes' first
  // bytes rather than of each prefix).
  static const std::array<bool, 256> kFirstBytes = [] {
    std::array<bool, 256> t{};
    for (std::string_view p : kCruftPrefixes) t[static_cast<unsigned char>(p[0])] = true;
    return t;
  }();
  char first = text[0];
  if (first >= 'A' && first <= 'Z') first = static_cast<char>(first + ('a' - 'A'));
  if (!kFirstBytes[static_cast<unsigned char>(first)]) return false;
  for (std::string_view p : kCruftPrefixes) {
    if (p[0] == first && StartsWithFolded(text, p)) return true;
  }
  return false;
}

bool IsBylineLabel(std::string_view line) {
  if (line.size() > 24) return false;
  ShortKey key;
  MakeKey(line, &key);
  std::string_view k = key.view();
  while (!k.empty() && (k.back() == ':' || k.back() == ' ')) k.remove_suffix(1);
  return InList(kBylineLabels, k);
}

bool IsBoilerplateLine(std::string_view line, bool after_byline) {
  // Reference-list line: "[1] https://...".
  if (!line.empty() && line[0] == '[') {
    const size_t close = line.find(']');
    if (close != std::string_view::npos && close < 6) {
      std::string_view rest = line.substr(close + 1);
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      if (IsUrl(rest) || rest.find("://") != std::string_view::npos) return true;
    }
  }
  if (IsUrl(line) && line.find(' ') == std::string_view::npos) return true;

  if (HasCruftPrefix(line)) return true;
  // Only short lines can be widget labels.
  if (line.size() > 120) return false;

  ShortKey key;
  MakeKey(line, &key);
  std::string_view k = key.view();
  while (!k.empty() && (k.back() == ':' || k.back() == '.' || k.back() == '!' ||
                        k.back() == '?' || k.back() == ' ')) {
    k.remove_suffix(1);
  }
  if (InList(kCruftLines, k)) return true;
  const WordList words = Words(k);
  if (words.empty() || words.overflow) return false;

  // Label + short value: "Source Tradingkey", "Author  Cryptopolitan", "By Jane Doe".
  if ((words[0] == "source" || words[0] == "sources" || words[0] == "author" ||
       words[0] == "authors") &&
      words.size() <= 4) {
    return true;
  }
  // A short name under a byline label ("Summarized by" / "Navi").
  if (after_byline && words.size() <= 3 && line.find('.') == std::string_view::npos) {
    return true;
  }
  // "2 Sources", "0 Comments", "5 min read".
  if (words.size() >= 2 && words.size() <= 3 && AllDigits(words[0])) {
    std::string_view rest = k;
    rest.remove_prefix(words[0].size() + 1);
    if (InList(kCountNouns, rest)) return true;
  }
  // "16 hours ago", "an hour ago", "Updated 3 days ago".
  if (words.size() >= 3 && words.size() <= 4 && words.back() == "ago") {
    const std::string_view n = words[words.size() - 3];
    const std::string_view unit = words[words.size() - 2];
    if ((AllDigits(n) || n == "a" || n == "an" || n == "one") && InList(kTimeUnits, unit)) {
      return true;
    }
  }
  if (k == "just now" || k == "yesterday") return true;
  return IsDateStamp(k);
}

bool LooksLikeHeading(std::string_view line, bool first_line) {
  // The last character that is not a closer decides whether the line is a sentence.
  size_t e = line.size();
  while (e > 0) {
    const size_t p = PrevCodePointStart(line, e);
    int len;
    const char32_t cp = DecodeUtf8At(line, p, &len);
    if (!IsCloser(cp)) {
      if (IsSentenceTerminator(cp) || cp == ',' || cp == ';' || cp == 0x2026) return false;
      break;
    }
    e = p;
  }
  if (e == 0) return false;
  int words = 0, long_words = 0, capitalized = 0;
  bool in_word = false;
  for (size_t p = 0; p < line.size();) {
    int len;
    const char32_t cp = DecodeUtf8At(line, p, &len);
    const CharClass c = ClassifyCodePoint(cp);
    if (IsSpaceClass(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
      // Title case counts words of four or more letters: "of", "the", "in" stay lower.
      size_t q = p;
      int letters = 0;
      while (q < line.size()) {
        int l2;
        const CharClass k = ClassifyCodePoint(DecodeUtf8At(line, q, &l2));
        if (!IsLetterClass(k) && k != CharClass::kApostrophe) break;
        ++letters;
        q += l2;
      }
      if (letters >= 4) {
        ++long_words;
        if (c == CharClass::kUpper) ++capitalized;
      }
    }
    p += len;
  }
  if (words <= 15) return true;
  if (words > 30) return false;
  return first_line || (long_words > 0 && capitalized * 10 >= long_words * 7);
}

}  // namespace claimcheck::internal
