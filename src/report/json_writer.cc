// The report as one line of JSON (DESIGN.md's schema), written by hand into one reserved
// string: no DOM, no locale, fixed number formatting, so output is byte-identical on
// every run, machine and thread count.
#include "report/json_writer.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "report/utf8_sequence.h"

namespace claimcheck {
namespace internal {
namespace {

// 1 for the bytes AppendJsonString must look at: controls, '"', '\\', '<' and every
// non-ASCII byte (validated, and U+2028/U+2029 escaped). Everything else is copied in runs.
constexpr std::array<uint8_t, 256> MakeAttentionTable() {
  std::array<uint8_t, 256> table{};
  for (int c = 0; c < 256; ++c) {
    table[c] = (c < 0x20 || c == '"' || c == '\\' || c == '<' || c >= 0x80) ? 1 : 0;
  }
  return table;
}
constexpr std::array<uint8_t, 256> kAttention = MakeAttentionTable();

// The first byte in [p, end) that AppendJsonString must look at, or `end`: sixteen bytes
// a step where SSE2 is there (every x86-64), since reports copy whole evidence sentences.
const unsigned char* SkipPlainBytes(const unsigned char* p, const unsigned char* end) {
#if defined(__SSE2__)
  const __m128i space = _mm_set1_epi8(' ');
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
  const __m128i less = _mm_set1_epi8('<');
  while (end - p >= 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed byte compares: the controls and every byte of 0x80 or more are below ' '.
    const __m128i attention =
        _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, quote)),
                     _mm_or_si128(_mm_cmpeq_epi8(v, backslash), _mm_cmpeq_epi8(v, less)));
    const int mask = _mm_movemask_epi8(attention);
    if (mask != 0) return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
#endif
  while (p < end && !kAttention[*p]) ++p;
  return p;
}

void AppendEscapedByte(unsigned char c, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"':
      out->append("\\\"", 2);
      return;
    case '\\':
      out->append("\\\\", 2);
      return;
    case '\n':
      out->append("\\n", 2);
      return;
    case '\r':
      out->append("\\r", 2);
      return;
    case '\t':
      out->append("\\t", 2);
      return;
    case '\b':
      out->append("\\b", 2);
      return;
    case '\f':
      out->append("\\f", 2);
      return;
    default: {
      const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      out->append(esc, 6);
      return;
    }
  }
}

// Appends a string literal with its length known at compile time.
template <size_t N>
void AppendKey(const char (&literal)[N], std::string* out) {
  out->append(literal, N - 1);
}

// An upper bound guess of the output size, so the string is allocated once in the
// common case; escaping can push past it, which only costs one reallocation.
size_t EstimateSize(const Report& report) {
  size_t n = 160;
  for (const Unit& unit : report.sentences) {
    n += 160 + unit.text.size();
    for (const Evidence& e : unit.evidence) n += 80 + e.text.size();
    for (const Finding& f : unit.findings) {
      n += 160 + f.text.size() + f.detail.size() + f.source_text.size();
    }
  }
  return n + n / 16;
}

}  // namespace

void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    const unsigned char* run = p;
    p = SkipPlainBytes(p, end);
    if (p > run) out->append(reinterpret_cast<const char*>(run), static_cast<size_t>(p - run));
    if (p == end) break;
    const unsigned char c = *p;
    if (c < 0x80) {
      if (c == '<') {
        out->append("\\u003c", 6);
      } else {
        AppendEscapedByte(c, out);
      }
      ++p;
      continue;
    }
    const size_t len = Utf8SequenceLength(p, end);
    if (len == 0) {
      out->append("\\ufffd", 6);
      ++p;
    } else if (len == 3 && c == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
      out->append(p[2] == 0xA8 ? "\\u2028" : "\\u2029", 6);
      p += 3;
    } else {
      out->append(reinterpret_cast<const char*>(p), len);
      p += len;
    }
  }
  out->push_back('"');
}

void AppendJsonScore(double score, std::string* out) {
  if (!(score >= 0)) score = 0;  // also catches NaN
  if (score > 1) score = 1;
  // Integer ten-thousandths: no locale, no printf, the same digits everywhere.
  const long n = std::lround(score * 10000.0);
  char buf[8] = {static_cast<char>('0' + n / 10000), '.',
                 static_cast<char>('0' + n / 1000 % 10), static_cast<char>('0' + n / 100 % 10),
                 static_cast<char>('0' + n / 10 % 10), static_cast<char>('0' + n % 10)};
  out->append(buf, 6);
}

void AppendJsonUnsigned(size_t value, std::string* out) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof(buf), value);
  out->append(buf, static_cast<size_t>(res.ptr - buf));
}

void AppendReportJson(const Report& report, std::string_view id_json, std::string* out) {
  out->reserve(out->size() + EstimateSize(report));
  AppendKey("{\"id\":", out);
  if (!id_json.empty()) {
    out->append(id_json);
  } else if (!report.id.empty()) {
    AppendJsonString(report.id, out);
  } else {
    out->append("null", 4);
  }
  if (report.consistent) {
    AppendKey(",\"consistent\":true", out);
  } else {
    AppendKey(",\"consistent\":false", out);
  }
  AppendKey(",\"score\":", out);
  AppendJsonScore(report.score, out);
  AppendKey(",\"counts\":{\"supported\":", out);
  AppendJsonUnsigned(report.counts.supported, out);
  AppendKey(",\"unsupported\":", out);
  AppendJsonUnsigned(report.counts.unsupported, out);
  AppendKey(",\"contradicted\":", out);
  AppendJsonUnsigned(report.counts.contradicted, out);
  AppendKey(",\"skipped\":", out);
  AppendJsonUnsigned(report.counts.skipped, out);
  AppendKey("},\"sentences\":[", out);
  bool first_unit = true;
  for (const Unit& unit : report.sentences) {
    if (!first_unit) out->push_back(',');
    first_unit = false;
    AppendKey("{\"index\":", out);
    AppendJsonUnsigned(unit.index, out);
    AppendKey(",\"begin\":", out);
    AppendJsonUnsigned(unit.begin, out);
    AppendKey(",\"end\":", out);
    AppendJsonUnsigned(unit.end, out);
    AppendKey(",\"kind\":\"", out);
    out->append(ToString(unit.kind));
    AppendKey("\",\"text\":", out);
    AppendJsonString(unit.text, out);
    AppendKey(",\"verdict\":\"", out);
    out->append(ToString(unit.verdict));
    AppendKey("\",\"score\":", out);
    AppendJsonScore(unit.score, out);
    AppendKey(",\"evidence\":[", out);
    bool first = true;
    for (const Evidence& e : unit.evidence) {
      if (!first) out->push_back(',');
      first = false;
      AppendKey("{\"source\":", out);
      AppendJsonUnsigned(e.source, out);
      AppendKey(",\"begin\":", out);
      AppendJsonUnsigned(e.begin, out);
      AppendKey(",\"end\":", out);
      AppendJsonUnsigned(e.end, out);
      AppendKey(",\"text\":", out);
      AppendJsonString(e.text, out);
      AppendKey(",\"score\":", out);
      AppendJsonScore(e.score, out);
      out->push_back('}');
    }
    AppendKey("],\"findings\":[", out);
    first = true;
    for (const Finding& f : unit.findings) {
      if (!first) out->push_back(',');
      first = false;
      AppendKey("{\"kind\":\"", out);
      out->append(ToString(f.kind));
      AppendKey("\",\"begin\":", out);
      AppendJsonUnsigned(f.begin, out);
      AppendKey(",\"end\":", out);
      AppendJsonUnsigned(f.end, out);
      AppendKey(",\"text\":", out);
      AppendJsonString(f.text, out);
      AppendKey(",\"detail\":", out);
      AppendJsonString(f.detail, out);
      if (f.has_source) {
        AppendKey(",\"source\":", out);
        AppendJsonUnsigned(f.source, out);
        AppendKey(",\"source_begin\":", out);
        AppendJsonUnsigned(f.source_begin, out);
        AppendKey(",\"source_end\":", out);
        AppendJsonUnsigned(f.source_end, out);
        AppendKey(",\"source_text\":", out);
        AppendJsonString(f.source_text, out);
      }
      out->push_back('}');
    }
    AppendKey("]}", out);
  }
  AppendKey("]}", out);
}

}  // namespace internal

std::string ToJson(const Report& report, std::string_view id_json) {
  std::string out;
  internal::AppendReportJson(report, id_json, &out);
  return out;
}

}  // namespace claimcheck
