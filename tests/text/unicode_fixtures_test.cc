// The edge-case set in fixtures/unicode: every valid file segments and tokenizes with
// spans on code-point boundaries and the expected units and norms; every invalid file
// fails validation at the offset listed in invalid.tsv.
#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../default_analyzer.h"
#include "text/analyzer.h"
#include "text/utf8.h"

namespace claimcheck::internal {
namespace {

const std::string kDir = std::string(CLAIMCHECK_SOURCE_DIR) + "/fixtures/unicode/";

std::string Read(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::vector<std::string> ListFiles(const std::string& suffix) {
  std::vector<std::string> names;
  if (DIR* d = opendir(kDir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string n = e->d_name;
      if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0) {
        names.push_back(n);
      }
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

bool OnBoundary(const std::string& s, size_t pos) {
  return pos == s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}

TEST_CASE("valid edge-case files: spans on code-point boundaries", "[unicode]") {
  const auto files = ListFiles(".txt");
  REQUIRE(files.size() >= 8);
  for (const std::string& name : files) {
    INFO(name);
    const std::string text = Read(kDir + name);
    REQUIRE(ValidateUtf8(text, nullptr));
    AnalyzedText at;
    testing::DefaultAnalyzer().Analyze(text, &at);
    CHECK_FALSE(at.segments.empty());
    for (const Segment& s : at.segments) {
      CHECK(s.begin < s.end);
      CHECK(OnBoundary(text, s.begin));
      CHECK(OnBoundary(text, s.end));
      for (uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
        const Token& t = at.tokens[i];
        CHECK(t.begin >= s.begin);
        CHECK(t.end <= s.end);
        CHECK(OnBoundary(text, t.begin));
        CHECK(OnBoundary(text, t.end));
        CHECK(ValidateUtf8(at.norm(i), nullptr));
      }
    }
  }
}

TEST_CASE("valid edge-case files: units and norms", "[unicode]") {
  struct Row {
    const char* file;
    const char* units;  // unit texts joined by " | "
    const char* norms;  // token norms joined by " "
  };
  const Row rows[] = {
      {"crlf.txt", "Alibaba rose 8% on Thursday. | Baidu fell. | Key details",
       "alibaba rose 8 % on thursday baidu fell key details"},
      {"nbsp_thin_spaces.txt",
       "Nvidia may remit 15\xC2\xA0% of its H20 sales. | Prices rose 2.7\xE2\x80\x89percent. | "
       "And\xE3\x80\x80more.",
       "nvidia may remit 15 % of its h20 sales prices rose 2.7 percent and more"},
      {"ligatures.txt", "The \xEF\xAC\x81nancial \xEF\xAC\x82ows were \xEF\xAC\x83" "cial.",
       "the financial flows were fficial"},
      {"circled_and_fullwidth.txt",
       "Steps \xE2\x91\xA0 and \xE2\x91\xA1 cost \xEF\xBC\x84\xEF\xBC\x95\xEF\xBC\x90.",
       "steps 1 and 2 cost $ 50"},
      {"combining_marks.txt", "Cafe\xCC\x81 and nai\xCC\x88ve coope\xCC\x81ration.",
       "caf\xC3\xA9 and na\xC3\xAFve coop\xC3\xA9ration"},
      {"cjk.txt",
       "\xE9\x98\xBF\xE9\x87\x8C\xE5\xB7\xB4\xE5\xB7\xB4\xE5\x8F\x91\xE5\xB8\x83\xE4\xBA\x86"
       "\xE6\x96\xB0\xE8\x8A\xAF\xE7\x89\x87\xE3\x80\x82 | \xE7\x99\xBE\xE5\xBA\xA6\xE4\xB9"
       "\x9F\xE5\x9C\xA8\xE6\xB5\x8B\xE8\xAF\x95\xE3\x80\x82",
       "\xE9\x98\xBF \xE9\x87\x8C \xE5\xB7\xB4 \xE5\xB7\xB4 \xE5\x8F\x91 \xE5\xB8\x83 \xE4\xBA"
       "\x86 \xE6\x96\xB0 \xE8\x8A\xAF \xE7\x89\x87 \xE7\x99\xBE \xE5\xBA\xA6 \xE4\xB9\x9F "
       "\xE5\x9C\xA8 \xE6\xB5\x8B \xE8\xAF\x95"},
      {"bom_and_separators.txt", "First line. | Second line. | Third line. | Fourth line.",
       "first line second line third line fourth line"},
      {"soft_hyphen_zwsp.txt", "Infor\xC2\xADmation flows\xE2\x80\x8B" "freely.",
       "information flows freely"},
      {"emoji_zwj.txt",
       "Coders \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB ship. | Families "
       "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 travel "
       "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3.",
       "coders ship families travel"},
      {"rtl.txt",
       "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D. | "
       "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9"
       "\x84\xD9\x85\xD8\x9F | \xD7\x96\xD7\x94 \xD7\x98\xD7\x95\xD7\x91.",
       "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D \xD9\x85\xD8\xB1\xD8"
       "\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x84\xD9\x85 \xD7\x96"
       "\xD7\x94 \xD7\x98\xD7\x95\xD7\x91"},
  };
  for (const Row& r : rows) {
    INFO(r.file);
    const std::string text = Read(kDir + r.file);
    REQUIRE_FALSE(text.empty());
    AnalyzedText at;
    testing::DefaultAnalyzer().Analyze(text, &at);
    std::string units, norms;
    for (const Segment& s : at.segments) {
      if (!units.empty()) units += " | ";
      units += text.substr(s.begin, s.end - s.begin);
    }
    for (uint32_t i = 0; i < at.tokens.size(); ++i) {
      if (!norms.empty()) norms += ' ';
      norms += at.norm(i);
    }
    CHECK(units == r.units);
    CHECK(norms == r.norms);
  }
}

TEST_CASE("invalid edge-case files fail at the listed offset", "[unicode]") {
  std::ifstream manifest(kDir + "invalid.tsv");
  REQUIRE(manifest.good());
  int rows = 0;
  for (std::string line; std::getline(manifest, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ls(line);
    std::string name, offset, what;
    std::getline(ls, name, '\t');
    std::getline(ls, offset, '\t');
    std::getline(ls, what);
    INFO(name);
    const std::string bytes = Read(kDir + name);
    REQUIRE_FALSE(bytes.empty());
    Utf8Error err;
    CHECK_FALSE(ValidateUtf8(bytes, &err));
    CHECK(err.offset == std::stoul(offset));
    CHECK(std::string(err.what) == what);
    ++rows;
  }
  CHECK(rows == static_cast<int>(ListFiles(".bin").size()));
}

}  // namespace
}  // namespace claimcheck::internal
