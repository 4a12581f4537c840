// Segmentation driver. Lines are found by a byte scan; a line whose only sentence
// punctuation is at its end cannot hold an ICU break (UAX #29 breaks only after
// terminators and paragraph separators), so only lines that need it are asked for
// sentence boundaries, and ICU only for the few lines uax29_sentences.h declines.
#include "text/segmenter.h"

#include <algorithm>
#include <array>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "text/byte_scan.h"
#include "text/char_class.h"
#include "text/line_rules.h"
#include "text/sentence_rules.h"
#include "text/uax29_sentences.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

// Bytes that can start a line break: LF, VT, FF, CR, and the lead bytes of NEL and of
// U+2028/U+2029. Every other byte is passed with one table load.
constexpr std::array<bool, 256> MakeLineBreakLeads() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'\n', '\v', '\f', '\r'}) t[c] = true;
  t[0xC2] = t[0xE2] = true;
  return t;
}
constexpr std::array<bool, 256> kLineBreakLead = MakeLineBreakLeads();

// End of the line starting at `p` (the position of its break, or text.size()) and
// the start of the next line.
size_t LineEnd(std::string_view text, size_t p, size_t* next) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  for (size_t i = SkipWordBytes(s, p, n); i < n; i = SkipWordBytes(s, i + 1, n)) {
    const unsigned char c = s[i];
    if (!kLineBreakLead[c]) continue;
    if (c == '\n' || c == '\v' || c == '\f') {
      *next = i + 1;
      return i;
    }
    if (c == '\r') {
      *next = (i + 1 < n && s[i + 1] == '\n') ? i + 2 : i + 1;
      return i;
    }
    // NEL (C2 85), LINE SEPARATOR (E2 80 A8), PARAGRAPH SEPARATOR (E2 80 A9).
    if (c == 0xC2 && i + 1 < n && s[i + 1] == 0x85) {
      *next = i + 2;
      return i;
    }
    if (c == 0xE2 && i + 2 < n && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
      *next = i + 3;
      return i;
    }
  }
  *next = n;
  return n;
}

bool IsSpaceAt(std::string_view text, size_t p, int* len) {
  return IsSpaceClass(ClassifyCodePoint(DecodeUtf8At(text, p, len)));
}

void Trim(std::string_view text, size_t* begin, size_t* end) {
  int len;
  while (*begin < *end && IsSpaceAt(text, *begin, &len)) *begin += len;
  while (*end > *begin) {
    const size_t p = PrevCodePointStart(text, *end);
    if (!IsSpaceAt(text, p, &len)) break;
    *end = p;
  }
}

// "[1]", "[1][2]", "[2, 5]" at text[p]: where the run of marks (and spaces) ends.
size_t CitationRunEnd(std::string_view text, size_t p, size_t end) {
  size_t q = p;
  while (q < end && text[q] == '[') {
    size_t r = q + 1;
    bool digit = false;
    while (r < end && r - q < 16 &&
           ((text[r] >= '0' && text[r] <= '9') || text[r] == ',' || text[r] == ' ' ||
            text[r] == '-')) {
      digit |= text[r] >= '0' && text[r] <= '9';
      ++r;
    }
    if (!digit || r >= end || text[r] != ']') break;
    q = r + 1;
    while (q < end && (text[q] == ' ' || text[q] == '\t')) ++q;
  }
  return q;
}

// True when text[b, e) holds no letter or digit outside citation marks.
bool IsPunctuationOnly(std::string_view text, size_t b, size_t e) {
  for (size_t p = b; p < e;) {
    if (text[p] == '[') {
      const size_t q = CitationRunEnd(text, p, e);
      if (q > p) {
        p = q;
        continue;
      }
    }
    int len;
    const CharClass c = ClassifyCodePoint(DecodeUtf8At(text, p, &len));
    if (IsWordClass(c) || c == CharClass::kIdeograph) return false;
    p += len;
  }
  return true;
}

bool IsUpperAt(std::string_view text, size_t p) {
  int len;
  return ClassifyCodePoint(DecodeUtf8At(text, p, &len)) == CharClass::kUpper;
}

}  // namespace

SentenceSegmenter::SentenceSegmenter(std::unique_ptr<icu::BreakIterator> sentence_iterator)
    : bi_(std::move(sentence_iterator)) {
  UErrorCode status = U_ZERO_ERROR;
  ut_ = utext_openUTF8(nullptr, "", 0, &status);
}

SentenceSegmenter::~SentenceSegmenter() {
  if (ut_ != nullptr) utext_close(ut_);
}

void SentenceSegmenter::LineBoundaries(std::string_view text, size_t begin, size_t end) {
  breaks_.clear();
  if (ScanLine(text, begin, end, &breaks_)) {
    uax29_breaks_.clear();
    if (!Uax29SentenceBreaks(text, begin, end, &uax29_breaks_)) {
      IcuSentenceBreaks(text, begin, end, &uax29_breaks_);
    }
    for (const uint32_t b : uax29_breaks_) {
      if (KeepIcuBoundary(text, begin, b, end)) breaks_.push_back(b);
    }
  }
  std::sort(breaks_.begin(), breaks_.end());
  breaks_.erase(std::unique(breaks_.begin(), breaks_.end()), breaks_.end());
}

void SentenceSegmenter::IcuSentenceBreaks(std::string_view text, size_t begin, size_t end,
                                          std::vector<uint32_t>* out) {
  UErrorCode status = U_ZERO_ERROR;
  ut_ = utext_openUTF8(ut_, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  if (U_FAILURE(status) || ut_ == nullptr) return;
  bi_->setText(ut_, status);
  if (U_FAILURE(status)) return;
  for (int32_t b = bi_->first(); b != icu::BreakIterator::DONE; b = bi_->next()) {
    const size_t abs = begin + static_cast<size_t>(b);
    if (abs > begin && abs < end) out->push_back(static_cast<uint32_t>(abs));
  }
}

void SentenceSegmenter::Segment(std::string_view text, std::vector<internal::Segment>* out) {
  bool prev_citation = false;
  bool after_byline = false;
  bool first_line = true;
  size_t last_line_end = 0;  // end of the previous non-blank line
  size_t next = 0;
  for (size_t line = 0; line < text.size(); line = next) {
    size_t ls = line;
    size_t le = LineEnd(text, line, &next);
    Trim(text, &ls, &le);
    if (ls >= le) continue;
    const size_t prev_end = last_line_end;
    last_line_end = le;
    const std::string_view whole = text.substr(ls, le - ls);

    // Footnote digits and source labels alone on a line belong to no unit.
    if (IsCitationOnlyLine(whole)) {
      // Headings carry no footnotes: a bare footnote digit says the line before was the
      // tail of a sentence. ("[2]" alone labels the source that follows instead.)
      if (whole[0] != '[' && !out->empty() && out->back().kind == UnitKind::kHeading &&
          out->back().end >= prev_end) {
        out->back().kind = UnitKind::kBody;
      }
      prev_citation = true;
      continue;
    }
    // ".Alibaba's AI chip": the full stop of the sentence before a footnote line.
    if (text[ls] == '.' && ls + 2 < le &&
        (prev_citation || (IsUpperAt(text, ls + 1) && !IsUpperAt(text, ls + 2)))) {
      ++ls;
      Trim(text, &ls, &le);
    }
    prev_citation = false;
    const size_t bullet = BulletPrefixLength(text.substr(ls, le - ls));
    ls += bullet;
    Trim(text, &ls, &le);
    if (ls >= le) continue;
    const std::string_view content = text.substr(ls, le - ls);

    const bool byline_before = after_byline;
    after_byline = IsBylineLabel(content);
    const bool was_first = first_line;
    first_line = false;
    if (after_byline || IsBoilerplateLine(content, byline_before)) {
      out->push_back({static_cast<uint32_t>(ls), static_cast<uint32_t>(le),
                      UnitKind::kBoilerplate, 0, 0});
      continue;
    }

    LineBoundaries(text, ls, le);
    pieces_.clear();
    size_t start = ls;
    for (size_t i = 0; i <= breaks_.size(); ++i) {
      size_t pb = start;
      size_t pe = i < breaks_.size() ? breaks_[i] : le;
      start = pe;
      Trim(text, &pb, &pe);
      if (pb >= pe) continue;
      if (!pieces_.empty()) {
        Piece& prev = pieces_.back();
        // "[1] Next sentence": the citation closes the sentence before it.
        const size_t cite = CitationRunEnd(text, pb, pe);
        if (cite > pb) {
          size_t ce = cite;
          while (ce > pb && (text[ce - 1] == ' ' || text[ce - 1] == '\t')) --ce;
          prev.end = static_cast<uint32_t>(ce);
          pb = cite;
          Trim(text, &pb, &pe);
          if (pb >= pe) continue;
        }
        // A piece of bare punctuation joins the sentence before it.
        if (IsPunctuationOnly(text, pb, pe)) {
          prev.end = static_cast<uint32_t>(pe);
          continue;
        }
        // "... chip. - The Information Relative to ...": the attribution closes the quote.
        const size_t attr = AttributionEnd(text, pb, pe);
        if (attr == pe) {
          prev.end = static_cast<uint32_t>(pe);
          continue;
        }
        if (attr > pb) {
          size_t ae = attr;
          Trim(text, &pb, &ae);
          prev.end = static_cast<uint32_t>(ae);
          pb = attr;
        }
      }
      pieces_.push_back({static_cast<uint32_t>(pb), static_cast<uint32_t>(pe)});
    }
    // A leading piece of bare punctuation joins the one after it.
    if (pieces_.size() >= 2 && IsPunctuationOnly(text, pieces_[0].begin, pieces_[0].end)) {
      pieces_[1].begin = pieces_[0].begin;
      pieces_.erase(pieces_.begin());
    }
    // A line of bare punctuation ("* * *", "—") or symbols is no unit.
    if (pieces_.size() == 1 && IsPunctuationOnly(text, pieces_[0].begin, pieces_[0].end)) {
      continue;
    }
    UnitKind kind = bullet > 0 ? UnitKind::kBullet : UnitKind::kBody;
    if (bullet == 0 && pieces_.size() == 1 && breaks_.empty() &&
        LooksLikeHeading(content, was_first)) {
      kind = UnitKind::kHeading;
    }
    for (const Piece& p : pieces_) {
      // "... Bengaluru. Reporting by ...; Editing by ...": cruft can close a paragraph.
      const bool cruft = pieces_.size() > 1 &&
                         HasCruftPrefix(text.substr(p.begin, p.end - p.begin));
      out->push_back({p.begin, p.end, cruft ? UnitKind::kBoilerplate : kind, 0, 0});
    }
  }
}

}  // namespace claimcheck::internal
