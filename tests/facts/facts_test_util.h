// Test helpers for the facts stage: analyze a line with the real text stage and
// extract its mentions; read seed lines by exact bytes.
#ifndef CLAIMCHECK_TESTS_FACTS_FACTS_TEST_UTIL_H_
#define CLAIMCHECK_TESTS_FACTS_FACTS_TEST_UTIL_H_

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "facts/facts.h"
#include "text/analyzer.h"

namespace claimcheck::internal::testing {

inline const Analyzer& TestAnalyzer() {
  static const std::unique_ptr<Analyzer> kAnalyzer =
      std::move(Analyzer::Create("en").value());
  return *kAnalyzer;
}

// One line of text as a single unit, tokenized, with its mentions.
struct Facts {
  std::string text;
  AnalyzedText analyzed;
  std::vector<Mention> mentions;

  std::string_view Span(const Mention& m) const {
    return std::string_view(text).substr(m.begin, m.end - m.begin);
  }
  // The first mention of `kind` whose span is `span`, or nullptr.
  const Mention* Find(MentionKind kind, std::string_view span) const {
    for (const Mention& m : mentions) {
      if (m.kind == kind && Span(m) == span) return &m;
    }
    return nullptr;
  }
  size_t Count(MentionKind kind) const {
    size_t n = 0;
    for (const Mention& m : mentions) n += m.kind == kind;
    return n;
  }
};

inline std::unique_ptr<Facts> Extract(std::string text) {
  auto f = std::make_unique<Facts>();
  f->text = std::move(text);
  TestAnalyzer().Tokenize(f->text, 0, f->text.size(), &f->analyzed);
  ExtractFacts(f->text, f->analyzed, 0, static_cast<uint32_t>(f->analyzed.tokens.size()),
               &f->mentions);
  return f;
}

// A whole document: segmented and tokenized by the text stage, mentions per segment.
struct Doc {
  std::string text;
  AnalyzedText analyzed;
  std::vector<Mention> mentions;
};

inline std::unique_ptr<Doc> AnalyzeDoc(std::string text) {
  auto d = std::make_unique<Doc>();
  d->text = std::move(text);
  TestAnalyzer().Analyze(d->text, &d->analyzed);
  for (const Segment& s : d->analyzed.segments) {
    ExtractFacts(d->text, d->analyzed, s.tok_begin, s.tok_end, &d->mentions);
  }
  return d;
}

// The tokens of `doc` inside the first occurrence of `sub` (which must occur).
inline std::pair<uint32_t, uint32_t> TokenRange(const Doc& doc, std::string_view sub) {
  size_t pos = doc.text.find(sub);
  if (pos == std::string::npos) return {0, 0};
  uint32_t b = 0, e = 0;
  bool found = false;
  for (uint32_t i = 0; i < doc.analyzed.tokens.size(); ++i) {
    const Token& t = doc.analyzed.tokens[i];
    if (t.begin >= pos && t.end <= pos + sub.size()) {
      if (!found) b = i;
      found = true;
      e = i + 1;
    }
  }
  return {b, e};
}

// Line `line` (1-based) of a seed file, exact bytes without the newline.
inline std::string SeedLine(std::string_view seed_prefix, int line) {
  static const char* const kSeeds[] = {
      "000_5cb0e136af7c07d2.txt", "001_73c9dda10c4b9f60.txt", "002_655f853d25db7233.txt",
      "003_9089a467beb3dbbb.txt", "004_39ca693172f99d2b.txt"};
  for (const char* name : kSeeds) {
    if (std::string_view(name).substr(0, seed_prefix.size()) != seed_prefix) continue;
    std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/" + name,
                     std::ios::binary);
    if (!in) in.open(std::string(CLAIMCHECK_SHARED_DIR) + "/seeds/" + name, std::ios::binary);
    std::string s;
    for (int i = 0; i < line && std::getline(in, s); ++i) {
    }
    return s;
  }
  return {};
}

}  // namespace claimcheck::internal::testing

#endif  // CLAIMCHECK_TESTS_FACTS_FACTS_TEST_UTIL_H_
