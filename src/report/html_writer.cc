// HTML report writer. The page works without its script (units link to their cards, and
// :target highlights the card); the script only adds hover/focus previews. Every byte of
// input text goes through AppendHtmlText, which escapes markup characters and replaces
// invalid UTF-8 and control characters, so input can never become markup.
#include "report/html_writer.h"

#include <cstdint>
#include <cstdio>

#include "report/html_assets.h"
#include "report/json_writer.h"
#include "report/utf8_sequence.h"
#include "report/word_match.h"

namespace claimcheck::internal {
namespace {

// Appends untrusted text as HTML character data or a quoted attribute value.
void AppendHtmlText(std::string_view text, std::string* out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    const unsigned char c = *p;
    switch (c) {
      case '&':
        out->append("&amp;");
        ++p;
        continue;
      case '<':
        out->append("&lt;");
        ++p;
        continue;
      case '>':
        out->append("&gt;");
        ++p;
        continue;
      case '"':
        out->append("&quot;");
        ++p;
        continue;
      case '\'':
        out->append("&#39;");
        ++p;
        continue;
      case '\n':
      case '\t':
        out->push_back(static_cast<char>(c));
        ++p;
        continue;
      default:
        break;
    }
    if (c >= 0x20 && c < 0x7F) {
      out->push_back(static_cast<char>(c));
      ++p;
      continue;
    }
    const size_t len = c < 0x80 ? 0 : Utf8SequenceLength(p, end);
    const bool c1_control = len == 2 && p[0] == 0xC2 && p[1] < 0xA0;
    if (len == 0 || c1_control) {
      out->append("\xEF\xBF\xBD");  // U+FFFD for controls and invalid bytes
      p += len == 0 ? 1 : len;
    } else {
      out->append(reinterpret_cast<const char*>(p), len);
      p += len;
    }
  }
}

void AppendNumber(size_t n, std::string* out) { out->append(std::to_string(n)); }

void AppendScore2(double score, std::string* out) {
  if (!(score >= 0)) score = 0;
  if (score > 1) score = 1;
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.2f", score);
  out->append(buf);
}

const char* VerdictClass(Verdict v) {
  switch (v) {
    case Verdict::kContradicted:
      return "v-contradicted";
    case Verdict::kUnsupported:
      return "v-unsupported";
    case Verdict::kSupported:
      return "v-supported";
    case Verdict::kSkipped:
      return "v-skipped";
  }
  return "";
}

const char* VerdictIcon(Verdict v) {
  switch (v) {
    case Verdict::kContradicted:
      return "✗";
    case Verdict::kUnsupported:
      return "?";
    case Verdict::kSupported:
      return "✓";
    case Verdict::kSkipped:
      return "–";
  }
  return "";
}

const char* VerdictLabel(Verdict v) {
  switch (v) {
    case Verdict::kContradicted:
      return "Contradicted";
    case Verdict::kUnsupported:
      return "Unsupported";
    case Verdict::kSupported:
      return "Supported";
    case Verdict::kSkipped:
      return "Skipped";
  }
  return "";
}

const char* FindingLabel(FindingKind kind) {
  switch (kind) {
    case FindingKind::kUnsupportedContent:
      return "Not in the sources";
    case FindingKind::kNumberMismatch:
      return "Number differs";
    case FindingKind::kDateMismatch:
      return "Date differs";
    case FindingKind::kEntityMissing:
      return "Name not in the sources";
    case FindingKind::kEntitySwap:
      return "Different name";
    case FindingKind::kNegationFlip:
      return "Negation reversed";
    case FindingKind::kDirectionFlip:
      return "Direction reversed";
    case FindingKind::kAntonym:
      return "Opposite word";
    case FindingKind::kComparisonUnsupported:
      return "Comparison not in the sources";
    case FindingKind::kCertaintyRaised:
      return "Hedge dropped";
    case FindingKind::kSplice:
      return "Pieces joined anew";
    case FindingKind::kRepetition:
      return "Said twice";
    case FindingKind::kWeakSupport:
      return "Weakly supported";
  }
  return "Finding";
}

// A highlighted span of some text, offsets relative to that text.
struct Mark {
  size_t begin = 0;
  size_t end = 0;
  bool conflict = false;   // a finding's span (else a matched word)
  std::string_view title;  // shown on hover; the finding's detail
};

bool IsContinuation(std::string_view text, size_t i) {
  return i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
}

// Appends `text` with `marks` as <mark> elements. Conflicts win over matched words where
// they overlap; spans are clamped to the text and widened to whole code points.
void AppendMarked(std::string_view text, const std::vector<Mark>& marks, std::string* out) {
  if (marks.empty()) {
    AppendHtmlText(text, out);
    return;
  }
  std::vector<int32_t> owner(text.size(), -1);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t k = 0; k < marks.size(); ++k) {
      if (marks[k].conflict != (pass == 1)) continue;
      size_t b = std::min(marks[k].begin, text.size());
      size_t e = std::min(std::max(marks[k].end, b), text.size());
      while (b > 0 && IsContinuation(text, b)) --b;
      while (IsContinuation(text, e)) ++e;
      for (size_t i = b; i < e; ++i) owner[i] = static_cast<int32_t>(k);
    }
  }
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    while (j < text.size() && owner[j] == owner[i]) ++j;
    const std::string_view run = text.substr(i, j - i);
    if (owner[i] < 0) {
      AppendHtmlText(run, out);
    } else {
      const Mark& m = marks[static_cast<size_t>(owner[i])];
      out->append(m.conflict ? "<mark class=\"x\"" : "<mark class=\"m\"");
      if (!m.title.empty()) {
        out->append(" title=\"");
        AppendHtmlText(m.title, out);
        out->push_back('"');
      }
      out->push_back('>');
      AppendHtmlText(run, out);
      out->append("</mark>");
    }
    i = j;
  }
}

// The findings' spans inside `unit`, relative to its text.
std::vector<Mark> FindingMarks(const Unit& unit) {
  std::vector<Mark> marks;
  for (const Finding& f : unit.findings) {
    if (f.begin < unit.begin || f.end > unit.end || f.begin >= f.end) continue;
    marks.push_back({f.begin - unit.begin, f.end - unit.begin, true, f.detail});
  }
  return marks;
}

class PageWriter {
 public:
  PageWriter(const Report& report, const HtmlOptions& options, std::string* out)
      : report_(report), options_(options), out_(out) {}

  void Write() {
    out_->append(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
        "script-src 'sha256-");
    out_->append(html::kScriptSha256);
    out_->append("'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>");
    out_->append(report_.consistent ? "✓ " : "✗ ");
    out_->append("claimcheck report");
    if (!options_.summary_name.empty()) {
      out_->append(" — ");
      AppendHtmlText(options_.summary_name, out_);
    }
    out_->append("</title>\n<style>");
    out_->append(html::kStyle);
    out_->append("</style>\n</head>\n<body>\n");
    Header();
    out_->append("<main>\n");
    Summary();
    Details();
    out_->append("</main>\n");
    // The report itself, for tools reading the page; ToJson escapes '<', so no "</script>".
    out_->append("<script type=\"application/json\" id=\"claimcheck-report\">");
    AppendReportJson(report_, {}, out_);
    out_->append("</script>\n<script>");
    out_->append(html::kScript);
    out_->append("</script>\n</body>\n</html>\n");
  }

 private:
  void SourceName(size_t source) {
    if (source < options_.source_names.size() && !options_.source_names[source].empty()) {
      AppendHtmlText(options_.source_names[source], out_);
    } else {
      out_->append("source ");
      AppendNumber(source + 1, out_);
    }
  }

  void Header() {
    out_->append("<header>\n<h1>claimcheck report</h1>\n");
    if (!options_.summary_name.empty()) {
      out_->append("<p class=\"doc\">Summary: ");
      AppendHtmlText(options_.summary_name, out_);
      if (!options_.source_names.empty()) {
        out_->append(" · checked against ");
        for (size_t i = 0; i < options_.source_names.size(); ++i) {
          if (i > 0) out_->append(", ");
          SourceName(i);
        }
      }
      out_->append("</p>\n");
    }
    const Verdict overall = report_.consistent ? Verdict::kSupported : Verdict::kContradicted;
    out_->append("<p class=\"overall ");
    out_->append(VerdictClass(overall));
    out_->append("\"><span class=\"ico\" aria-hidden=\"true\">");
    out_->append(VerdictIcon(overall));
    out_->append("</span>");
    out_->append(report_.consistent ? "Consistent" : "Not consistent");
    out_->append(" · score ");
    AppendScore2(report_.score, out_);
    out_->append("</p>\n<ul class=\"counts\" aria-label=\"Units by verdict\">\n");
    const Counts& c = report_.counts;
    CountItem(Verdict::kContradicted, c.contradicted, "contradicted");
    CountItem(Verdict::kUnsupported, c.unsupported, "unsupported");
    CountItem(Verdict::kSupported, c.supported, "supported");
    CountItem(Verdict::kSkipped, c.skipped, "skipped");
    out_->append(
        "</ul>\n<p class=\"legend\">Each unit of the summary is marked ✗ contradicted (the "
        "sources say otherwise), ? unsupported (the sources do not say it), ✓ supported, "
        "or – skipped (page boilerplate). Select a unit to see its evidence: "
        "<mark class=\"m\">matched words</mark> and "
        "<mark class=\"x\">conflicting spans</mark> are highlighted.</p>\n</header>\n");
  }

  void CountItem(Verdict v, size_t n, const char* word) {
    out_->append("<li class=\"");
    out_->append(VerdictClass(v));
    out_->append("\"><span class=\"ico\" aria-hidden=\"true\">");
    out_->append(VerdictIcon(v));
    out_->append("</span>");
    AppendNumber(n, out_);
    out_->push_back(' ');
    out_->append(word);
    out_->append("</li>\n");
  }

  // True when every unit lies inside the summary, in order, so the text between units
  // (line breaks, citation marks) can be shown as well.
  bool SummaryFits() const {
    if (options_.summary.empty()) return false;
    size_t prev = 0;
    for (const Unit& u : report_.sentences) {
      if (u.begin < prev || u.end < u.begin || u.end > options_.summary.size()) return false;
      prev = u.end;
    }
    return true;
  }

  void UnitLink(const Unit& unit) {
    out_->append("<a class=\"unit ");
    out_->append(VerdictClass(unit.verdict));
    out_->append("\" id=\"u");
    AppendNumber(unit.index, out_);
    out_->append("\" href=\"#d");
    AppendNumber(unit.index, out_);
    out_->append("\"><span class=\"ico\" aria-hidden=\"true\">");
    out_->append(VerdictIcon(unit.verdict));
    out_->append("</span><span class=\"sr\">");
    out_->append(VerdictLabel(unit.verdict));
    out_->append(": </span><span class=\"t\">");
    AppendMarked(unit.text, FindingMarks(unit), out_);
    out_->append("</span></a>");
  }

  void Summary() {
    out_->append("<section id=\"summary\" aria-labelledby=\"summary-h\">\n"
                 "<h2 id=\"summary-h\">Summary</h2>\n<div class=\"text\">");
    if (SummaryFits()) {
      size_t prev = 0;
      for (const Unit& unit : report_.sentences) {
        AppendHtmlText(options_.summary.substr(prev, unit.begin - prev), out_);
        UnitLink(unit);
        prev = unit.end;
      }
      AppendHtmlText(options_.summary.substr(prev), out_);
    } else {
      bool first = true;
      for (const Unit& unit : report_.sentences) {
        if (!first) out_->push_back(' ');
        first = false;
        UnitLink(unit);
      }
    }
    out_->append("</div>\n</section>\n");
  }

  void Details() {
    out_->append("<section id=\"details\" aria-labelledby=\"details-h\">\n"
                 "<h2 id=\"details-h\">Units, evidence and findings</h2>\n");
    if (report_.sentences.empty()) out_->append("<p class=\"none\">The summary has no units.</p>\n");
    for (const Unit& unit : report_.sentences) Card(unit);
    out_->append("</section>\n");
  }

  void Card(const Unit& unit) {
    const std::string n = std::to_string(unit.index);
    out_->append("<article class=\"card " + std::string(VerdictClass(unit.verdict)) +
                 "\" id=\"d" + n + "\" aria-labelledby=\"h" + n + "\">\n<h3 id=\"h" + n +
                 "\"><span class=\"label " + VerdictClass(unit.verdict) +
                 "\"><span class=\"ico\" aria-hidden=\"true\">");
    out_->append(VerdictIcon(unit.verdict));
    out_->append("</span>");
    out_->append(VerdictLabel(unit.verdict));
    out_->append("</span><span class=\"meta\">unit ");
    AppendNumber(unit.index + 1, out_);
    out_->append(" · ");
    out_->append(ToString(unit.kind));
    if (unit.verdict != Verdict::kSkipped) {
      out_->append(" · score ");
      AppendScore2(unit.score, out_);
    }
    out_->append("</span></h3>\n<p class=\"ut\">");
    AppendMarked(unit.text, FindingMarks(unit), out_);
    out_->append("</p>\n");
    if (unit.verdict == Verdict::kSkipped) {
      out_->append("<p class=\"none\">Page boilerplate: not checked.</p>\n");
    } else {
      FindingList(unit);
      EvidenceList(unit);
    }
    out_->append("<a class=\"back\" href=\"#u" + n + "\">Back to the summary</a>\n</article>\n");
  }

  void FindingList(const Unit& unit) {
    if (unit.findings.empty()) return;
    out_->append("<h4>Findings</h4>\n<ul class=\"findings\">\n");
    for (const Finding& f : unit.findings) {
      out_->append("<li><strong>");
      out_->append(FindingLabel(f.kind));
      out_->append("</strong>: “<mark class=\"x\">");
      AppendHtmlText(f.text, out_);
      out_->append("</mark>”");
      if (!f.detail.empty()) {
        out_->append(" — ");
        AppendHtmlText(f.detail, out_);
      }
      if (f.has_source) {
        out_->append(". ");
        SourceName(f.source);
        out_->append(" has “<mark class=\"x\">");
        AppendHtmlText(f.source_text, out_);
        out_->append("</mark>” (bytes ");
        AppendNumber(f.source_begin, out_);
        out_->append("–");
        AppendNumber(f.source_end, out_);
        out_->append(")");
      }
      out_->append("</li>\n");
    }
    out_->append("</ul>\n");
  }

  void EvidenceList(const Unit& unit) {
    out_->append("<h4>Evidence</h4>\n");
    if (unit.evidence.empty()) {
      out_->append("<p class=\"none\">No passage of the sources matches this unit.</p>\n");
      return;
    }
    for (const Evidence& e : unit.evidence) {
      std::vector<Mark> marks;
      for (const ByteSpan& s : MatchedWords(unit.text, e.text)) marks.push_back({s.begin, s.end, false, {}});
      for (const Finding& f : unit.findings) {
        if (!f.has_source || f.source != e.source || f.source_begin < e.begin ||
            f.source_end > e.end || f.source_begin >= f.source_end) {
          continue;
        }
        marks.push_back({f.source_begin - e.begin, f.source_end - e.begin, true, f.detail});
      }
      out_->append("<figure>\n<figcaption>");
      SourceName(e.source);
      out_->append(" · bytes ");
      AppendNumber(e.begin, out_);
      out_->append("–");
      AppendNumber(e.end, out_);
      out_->append(" · match ");
      AppendScore2(e.score, out_);
      out_->append("</figcaption>\n<blockquote>");
      AppendMarked(e.text, marks, out_);
      out_->append("</blockquote>\n</figure>\n");
    }
  }

  const Report& report_;
  const HtmlOptions& options_;
  std::string* out_;
};

}  // namespace

std::string ToHtml(const Report& report, const HtmlOptions& options) {
  std::string out;
  out.reserve(32768 + 4 * options.summary.size());
  PageWriter(report, options, &out).Write();
  return out;
}

}  // namespace claimcheck::internal
