// Plain-text report writer: contradicted, then unsupported, then supported, then skipped
// units, so what needs an editor's attention is on the first screen.
#include "report/text_writer.h"

#include <cstdio>
#include <string_view>

#include "report/utf8_sequence.h"

namespace claimcheck::internal {
namespace {

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kBold = "\x1b[1m";
constexpr const char* kDim = "\x1b[2m";
constexpr const char* kRed = "\x1b[1;31m";
constexpr const char* kYellow = "\x1b[1;33m";
constexpr const char* kGreen = "\x1b[32m";

// True for code points a terminal would act on instead of showing: C1 controls and the
// bidi embedding/override/isolate controls that can make text read differently.
bool IsUnsafeSequence(const unsigned char* p, size_t len) {
  if (len == 2) return p[0] == 0xC2 && p[1] < 0xA0;  // U+0080..U+009F
  if (len == 3 && p[0] == 0xE2) {
    if (p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE) return true;  // U+202A..U+202E
    if (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9) return true;  // U+2066..U+2069
  }
  return false;
}

// Appends untrusted text for a terminal: line breaks and tabs become spaces, other
// controls and invalid bytes become U+FFFD. Cuts at a code point boundary after
// `max_bytes` input bytes (0 = no limit) and then ends with "…".
void AppendSafe(std::string_view text, size_t max_bytes, std::string* out) {
  const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* p = begin;
  const auto* end = p + text.size();
  while (p < end) {
    if (max_bytes != 0 && static_cast<size_t>(p - begin) >= max_bytes) {
      out->append("…");
      return;
    }
    const unsigned char c = *p;
    if (c >= 0x20 && c < 0x7F) {
      out->push_back(static_cast<char>(c));
      ++p;
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') {
      out->push_back(' ');
      ++p;
      continue;
    }
    const size_t len = c < 0x80 ? 0 : Utf8SequenceLength(p, end);
    if (len == 0 || IsUnsafeSequence(p, len)) {
      out->append("\xEF\xBF\xBD");  // U+FFFD
      p += len == 0 ? 1 : len;
    } else {
      out->append(reinterpret_cast<const char*>(p), len);
      p += len;
    }
  }
}

class Writer {
 public:
  Writer(const TextOptions& options, std::string* out) : options_(options), out_(out) {}

  void Style(const char* code) {
    if (options_.color) out_->append(code);
  }
  void Reset() {
    if (options_.color) out_->append(kReset);
  }

  void Score(double score) {
    if (!(score >= 0)) score = 0;
    if (score > 1) score = 1;
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%.2f", score);
    out_->append(buf);
  }

  void SourceName(size_t source) {
    if (source < options_.source_names.size() && !options_.source_names[source].empty()) {
      AppendSafe(options_.source_names[source], 0, out_);
    } else {
      out_->append("source ");
      out_->append(std::to_string(source + 1));
    }
  }

  void Header(const Report& report) {
    Style(kBold);
    out_->append("claimcheck: ");
    if (report.consistent) {
      Style(kGreen);
      out_->append("consistent");
    } else {
      Style(kRed);
      out_->append("NOT CONSISTENT");
    }
    Reset();
    out_->append(" · score ");
    Score(report.score);
    out_->append(" · ");
    const Counts& c = report.counts;
    out_->append(std::to_string(c.contradicted) + " contradicted, " +
                 std::to_string(c.unsupported) + " unsupported, " +
                 std::to_string(c.supported) + " supported, " + std::to_string(c.skipped) +
                 " skipped\n");
  }

  void UnitBlock(const Unit& unit) {
    out_->push_back('\n');
    switch (unit.verdict) {
      case Verdict::kContradicted:
        Style(kRed);
        out_->append("✗ CONTRADICTED");
        break;
      case Verdict::kUnsupported:
        Style(kYellow);
        out_->append("? UNSUPPORTED");
        break;
      case Verdict::kSupported:
        Style(kGreen);
        out_->append("✓ supported");
        break;
      case Verdict::kSkipped:
        Style(kDim);
        out_->append("· skipped");
        break;
    }
    Reset();
    Style(kDim);
    out_->append("  #" + std::to_string(unit.index) + " " + ToString(unit.kind) + ", bytes " +
                 std::to_string(unit.begin) + "–" + std::to_string(unit.end));
    if (unit.verdict != Verdict::kSkipped) {
      out_->append(", score ");
      Score(unit.score);
    }
    Reset();
    out_->append("\n  ");
    AppendSafe(unit.text, 0, out_);
    out_->push_back('\n');
    if (unit.verdict == Verdict::kSkipped) return;
    for (const Finding& f : unit.findings) {
      out_->append("  • ");
      Style(kBold);
      out_->append(ToString(f.kind));
      Reset();
      out_->append(": \"");
      AppendSafe(f.text, 0, out_);
      out_->append("\"");
      if (!f.detail.empty()) {
        out_->append(" — ");
        AppendSafe(f.detail, 0, out_);
      }
      out_->push_back('\n');
      if (f.has_source) {
        out_->append("      ");
        SourceName(f.source);
        out_->append(": \"");
        AppendSafe(f.source_text, 0, out_);
        out_->append("\"\n");
      }
    }
    if (!unit.evidence.empty()) {
      const Evidence& e = unit.evidence.front();
      Style(kDim);
      out_->append("  evidence (");
      SourceName(e.source);
      out_->append(", bytes " + std::to_string(e.begin) + "–" + std::to_string(e.end) +
                   ", score ");
      Score(e.score);
      out_->append("): ");
      Reset();
      out_->push_back('"');
      AppendSafe(e.text, options_.max_evidence_bytes, out_);
      out_->append("\"\n");
    } else if (unit.verdict != Verdict::kSupported) {
      Style(kDim);
      out_->append("  no evidence in the sources\n");
      Reset();
    }
  }

 private:
  const TextOptions& options_;
  std::string* out_;
};

}  // namespace

std::string ToText(const Report& report, const TextOptions& options) {
  std::string out;
  Writer writer(options, &out);
  writer.Header(report);
  static constexpr Verdict kOrder[] = {Verdict::kContradicted, Verdict::kUnsupported,
                                       Verdict::kSupported, Verdict::kSkipped};
  for (Verdict verdict : kOrder) {
    for (const Unit& unit : report.sentences) {
      if (unit.verdict == verdict) writer.UnitBlock(unit);
    }
  }
  return out;
}

}  // namespace claimcheck::internal
