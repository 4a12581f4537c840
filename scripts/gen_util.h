// What the build-time generators in scripts/ (gen_*.cc) share: the Snowball stemmer as the
// library sets it up, C++ literals for their tables, the layout of a WordIndex
// (src/align/lexicon_index.h), and writing their output file whole or not at all, so that
// an interrupted build leaves no half-written source.
#ifndef CLAIMCHECK_SCRIPTS_GEN_UTIL_H_
#define CLAIMCHECK_SCRIPTS_GEN_UTIL_H_

#include <libstemmer.h>

#include <algorithm>
#include <cinttypes>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "align/lexicon_index.h"
#include "text/string_table.h"

namespace claimcheck::internal {

// libstemmer's English stemmer, as the text stage's StemCache and Tokenizer make it.
class Stemmer {
 public:
  Stemmer() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}
  ~Stemmer() {
    if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
  }
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;
  // False, with a message from `tool` on stderr, when libstemmer has no English stemmer.
  bool Ready(const char* tool) const {
    if (stemmer_ == nullptr) std::fprintf(stderr, "%s: libstemmer has no English stemmer\n", tool);
    return stemmer_ != nullptr;
  }
  // The stem of `word`'s bytes as they stand; false when libstemmer fails (out of memory).
  bool Stem(std::string_view word, std::string* stem) {
    const sb_symbol* s = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (s == nullptr) return false;
    stem->assign(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(stemmer_)));
    return true;
  }

 private:
  sb_stemmer* stemmer_;
};

// A C++ string literal's body: octal escapes (three digits, so no following character
// is taken into one) for anything but printable ASCII, and for quotes, backslashes and
// question marks (no trigraphs).
inline std::string Escape(std::string_view s) {
  std::string out;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\' || c == '?') {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\%03o", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

// The string literal of `bytes`, in lines of ~90 columns split after a `split_after`
// (the space after each word, say) or else anywhere, ending in ";\n".
inline std::string StringLiteral(std::string_view bytes, char split_after) {
  constexpr size_t kLineWidth = 84;
  std::string out, line;
  size_t begin = 0;
  while (begin < bytes.size()) {
    size_t end = bytes.find(split_after, begin);
    end = std::min(end == std::string_view::npos ? bytes.size() : end + 1, begin + kLineWidth);
    const std::string piece = Escape(bytes.substr(begin, end - begin));
    if (line.size() + piece.size() > kLineWidth && !line.empty()) {
      out += "    \"" + line + "\"\n";
      line.clear();
    }
    line += piece;
    begin = end;
  }
  return out + "    \"" + line + "\";\n";
}

// `type name[] = {...};` of the numbers `values`, `per_line` a line (hexadecimal with `hex`).
template <typename T>
std::string ArrayLiteral(const char* type, const std::string& name, const std::vector<T>& values,
                         size_t per_line, bool hex = false) {
  std::string out = "const " + std::string(type) + " " + name + "[] = {";
  char buf[32];
  for (size_t i = 0; i < values.size(); ++i) {
    const auto v = static_cast<uint64_t>(values[i]);
    std::snprintf(buf, sizeof(buf), hex ? "%s0x%" PRIx64 "," : "%s%" PRIu64 ",",
                  i % per_line == 0 ? "\n    " : " ", v);
    out += buf;
  }
  return out + "\n};\n";
}

// The definitions of a WordIndex `qualified` (lexicon_data::kLemmaIndex) over the `n`
// words word(0), word(1), ..., the first of equal ones indexed, its arrays named from
// `prefix`; false, with a message from `tool`, when a word does not fit in an entry.
template <typename Word>
bool EmitWordIndex(const char* tool, const std::string& qualified, const std::string& prefix,
                   size_t n, Word word, std::string* out) {
  if (n >= kWordIndexMask) {
    std::fprintf(stderr, "%s: %s: too many words\n", tool, qualified.c_str());
    return false;
  }
  // First the words themselves into slots at most half full, as StringTable keeps them.
  size_t slot_count = 64;
  while (slot_count < 2 * n) slot_count *= 2;
  const auto slot_mask = static_cast<uint32_t>(slot_count - 1);
  std::vector<uint32_t> slots(2 * slot_count, 0);
  std::vector<uint64_t> hashes;  // of the words kept
  for (size_t k = 0; k < n; ++k) {
    const std::string_view w = word(k);
    if (w.size() > kMaxIndexedWordSize) {
      std::fprintf(stderr, "%s: %s: a word of %zu bytes\n", tool, qualified.c_str(), w.size());
      return false;
    }
    const uint64_t hash = HashBytes(w);
    const auto h = static_cast<uint32_t>(hash);
    uint32_t i = h & slot_mask;
    bool held = false;
    for (; slots[2 * i + 1] != 0; i = (i + 1) & slot_mask) {
      const uint32_t entry = slots[2 * i + 1];
      if (slots[2 * i] == h && word((entry & kWordIndexMask) - 1) == w) held = true;
    }
    if (held) continue;
    slots[2 * i] = h;
    slots[2 * i + 1] = static_cast<uint32_t>(k + 1) | static_cast<uint32_t>(w.size())
                                                           << kWordSizeShift;
    hashes.push_back(hash);
  }
  // Then the filter: ~8 bits a word kept.
  size_t bits = 64;
  while (bits < 8 * hashes.size()) bits *= 2;
  const uint64_t filter_mask = bits - 1;
  std::vector<uint64_t> filter(bits / 64, 0);
  for (const uint64_t hash : hashes) {
    for (const uint64_t bit :
         {WordFilterBit1(hash, filter_mask), WordFilterBit2(hash, filter_mask)}) {
      filter[bit >> 6] |= uint64_t{1} << (bit & 63);
    }
  }
  *out += ArrayLiteral("uint64_t", "k" + prefix + "Filter", filter, 6, /*hex=*/true);
  *out += ArrayLiteral("uint32_t", "k" + prefix + "Slots", slots, 12);
  *out += "const WordIndex " + qualified + " = {k" + prefix + "Filter, " +
          std::to_string(filter_mask) + "u, k" + prefix + "Slots, " + std::to_string(slot_mask) +
          "u};\n\n";
  return true;
}

// Whether a generator was given its one argument, the output file (if not, says how to
// call `tool` on stderr).
inline bool HasOutputArgument(const char* tool, int argc) {
  if (argc != 2) std::fprintf(stderr, "usage: %s OUT.cc\n", tool);
  return argc == 2;
}

// Writes `text` to `path` through a temporary file renamed over it; the exit status for
// `tool`'s main (0, or 1 with a message on stderr).
inline int WriteGenerated(const char* tool, const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << text;
    if (!f.flush()) {
      std::fprintf(stderr, "%s: cannot write %s\n", tool, tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::fprintf(stderr, "%s: cannot rename %s\n", tool, tmp.c_str());
    return 1;
  }
  return 0;
}

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_SCRIPTS_GEN_UTIL_H_
