// Source/summary pairs for benchmarks and performance tests: the dev JSONL files
// (../shared/data/dev next to the project, or $CLAIMCHECK_DEV_DATA) and the fixture
// cases. Header-only, with just enough JSON for those files; needs CLAIMCHECK_SOURCE_DIR
// and the library's internal headers (claimcheck_internal).
#ifndef CLAIMCHECK_BENCH_DEV_DATA_H_
#define CLAIMCHECK_BENCH_DEV_DATA_H_

#include <dirent.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace claimcheck::bench {

struct Pair {
  std::string id;
  std::string origin;                // "cnndm", "xsum", "podcast", ... ("case" for fixtures)
  std::vector<std::string> sources;  // one or more
  std::string summary;
  size_t bytes() const {
    size_t n = summary.size();
    for (const std::string& s : sources) n += s.size();
    return n;
  }
};

inline std::string ReadFileOrEmpty(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

namespace detail {

inline uint32_t Hex4(std::string_view s, size_t i) {
  uint32_t v = 0;
  for (size_t k = i; k < i + 4 && k < s.size(); ++k) {
    const char c = s[k];
    v = v * 16 + static_cast<uint32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return v;
}

// A JSON string literal starting at s[*i] == '"'; leaves *i after the closing quote.
inline std::string ParseString(std::string_view s, size_t* i) {
  std::string out;
  size_t k = *i + 1;
  while (k < s.size() && s[k] != '"') {
    if (s[k] != '\\') {
      out.push_back(s[k++]);
      continue;
    }
    const char e = k + 1 < s.size() ? s[k + 1] : '\\';
    k += 2;
    switch (e) {
      case 'n': out.push_back('\n'); break;
      case 't': out.push_back('\t'); break;
      case 'r': out.push_back('\r'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'u': {
        uint32_t cp = Hex4(s, k);
        k += 4;
        if (cp >= 0xD800 && cp < 0xDC00 && k + 6 <= s.size() && s[k] == '\\' && s[k + 1] == 'u') {
          const uint32_t lo = Hex4(s, k + 2);
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          k += 6;
        }
        internal::AppendUtf8(static_cast<char32_t>(cp), &out);
        break;
      }
      default: out.push_back(e); break;  // " \ /
    }
  }
  *i = k + 1;
  return out;
}

// Skips one JSON value of any type at s[*i].
inline void SkipValue(std::string_view s, size_t* i) {
  if (*i < s.size() && s[*i] == '"') {
    ParseString(s, i);
    return;
  }
  int depth = 0;
  while (*i < s.size()) {
    const char c = s[*i];
    if (c == '"') {
      ParseString(s, i);
      continue;
    }
    if (c == '[' || c == '{') ++depth;
    if (c == ']' || c == '}') {
      if (depth == 0) return;
      --depth;
    }
    if (c == ',' && depth == 0) return;
    ++*i;
  }
}

inline void SkipSpace(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == '\r' || s[*i] == '\n')) {
    ++*i;
  }
}

// One dev line: {"id", "origin", "source" | "sources", "summary", ...}. Enough JSON for
// well-formed input; anything unexpected gives a pair without a summary (skipped).
inline Pair ParsePairLine(std::string_view line) {
  Pair p;
  size_t i = 0;
  SkipSpace(line, &i);
  if (i >= line.size() || line[i] != '{') return p;
  ++i;
  while (i < line.size()) {
    SkipSpace(line, &i);
    if (i >= line.size() || line[i] != '"') break;
    const std::string key = ParseString(line, &i);
    SkipSpace(line, &i);
    if (i < line.size() && line[i] == ':') ++i;
    SkipSpace(line, &i);
    if (key == "sources" && i < line.size() && line[i] == '[') {
      ++i;
      for (;;) {
        SkipSpace(line, &i);
        if (i >= line.size() || line[i] != '"') break;
        p.sources.push_back(ParseString(line, &i));
        SkipSpace(line, &i);
        if (i < line.size() && line[i] == ',') ++i;
      }
      if (i < line.size() && line[i] == ']') ++i;
    } else if (i < line.size() && line[i] == '"' &&
               (key == "id" || key == "origin" || key == "source" || key == "summary")) {
      std::string v = ParseString(line, &i);
      if (key == "id") p.id = std::move(v);
      if (key == "origin") p.origin = std::move(v);
      if (key == "source") p.sources.push_back(std::move(v));
      if (key == "summary") p.summary = std::move(v);
    } else {
      SkipValue(line, &i);
    }
    SkipSpace(line, &i);
    if (i < line.size() && line[i] == ',') ++i;
  }
  return p;
}

}  // namespace detail

inline std::string DevDataDir() {
  if (const char* env = std::getenv("CLAIMCHECK_DEV_DATA")) return env;
  return std::string(CLAIMCHECK_SOURCE_DIR) + "/../shared/data/dev";
}

// Every pair of the three dev files, in file order (frank_dev, qags, summedits_dev).
// Empty when the files are missing.
inline const std::vector<Pair>& DevPairs() {
  static const std::vector<Pair> pairs = [] {
    std::vector<Pair> out;
    for (const char* name : {"frank_dev.jsonl", "qags.jsonl", "summedits_dev.jsonl"}) {
      std::ifstream f(DevDataDir() + "/" + name, std::ios::binary);
      std::string line;
      while (std::getline(f, line)) {
        Pair p = detail::ParsePairLine(line);
        if (!p.summary.empty() && !p.sources.empty()) out.push_back(std::move(p));
      }
    }
    return out;
  }();
  return pairs;
}

// News articles (CNN/DM, XSum, SummEdits news) or conversations (podcasts, meetings,
// sales calls, chats).
inline bool IsNews(const Pair& p) {
  return p.origin == "cnndm" || p.origin == "xsum" || p.origin == "news";
}
inline bool IsDialogue(const Pair& p) {
  return p.origin == "podcast" || p.origin == "qmsumm" || p.origin == "sales_call" ||
         p.origin == "samsum";
}

// Corpus by benchmark argument: 0 = news, 1 = dialogue, 2 = all dev pairs. At most
// `max_pairs`, spread evenly over the selection (deterministic), so one iteration
// stays short.
inline std::vector<Pair> DevCorpus(long which, size_t max_pairs) {
  std::vector<const Pair*> sel;
  for (const Pair& p : DevPairs()) {
    if (which == 0 && !IsNews(p)) continue;
    if (which == 1 && !IsDialogue(p)) continue;
    sel.push_back(&p);
  }
  std::vector<Pair> out;
  if (sel.empty()) return out;
  const size_t n = std::min(max_pairs, sel.size());
  for (size_t k = 0; k < n; ++k) out.push_back(*sel[k * sel.size() / n]);
  return out;
}

inline const char* DevCorpusName(long which) {
  return which == 0 ? "news" : which == 1 ? "dialogue" : "all";
}

// The entries of a directory in name order: its subdirectories (`dirs`) or its .txt
// files; hidden entries left out, nothing when it cannot be read.
inline std::vector<std::string> ListDir(const std::string& dir, bool dirs) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.empty() || n[0] == '.') continue;
      const bool is_txt = n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0;
      if (dirs ? e->d_type == DT_DIR : is_txt) names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// The seed articles (fixtures/seeds/*.txt) in name order; empty when they are missing.
inline std::vector<std::string> ReadSeedTexts() {
  const std::string dir = std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/seeds/";
  std::vector<std::string> out;
  for (const std::string& n : ListDir(dir, false)) out.push_back(ReadFileOrEmpty(dir + n));
  return out;
}

// The fixture cases (fixtures/cases/<name>/sources/*.txt + summary.txt), in name order.
inline const std::vector<Pair>& CasePairs() {
  static const std::vector<Pair> pairs = [] {
    const std::string root = std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/cases/";
    std::vector<Pair> out;
    for (const std::string& name : ListDir(root, true)) {
      Pair p;
      p.id = name;
      p.origin = "case";
      p.summary = ReadFileOrEmpty(root + name + "/summary.txt");
      for (const std::string& s : ListDir(root + name + "/sources", false)) {
        p.sources.push_back(ReadFileOrEmpty(root + name + "/sources/" + s));
      }
      if (!p.summary.empty() && !p.sources.empty()) out.push_back(std::move(p));
    }
    return out;
  }();
  return pairs;
}

}  // namespace claimcheck::bench

#endif  // CLAIMCHECK_BENCH_DEV_DATA_H_
