// The distinct words of one analyzed text. Each token names its word by a dense id, so
// a word's norm and stem are stored once per text (not as two strings per token), and
// later stages can look a word up once per text, keyed on the id, instead of hashing
// its bytes again at every occurrence.
#ifndef CLAIMCHECK_TEXT_WORD_TABLE_H_
#define CLAIMCHECK_TEXT_WORD_TABLE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/string_table.h"

namespace claimcheck::internal {

// How a word's stem relates to its norm; part of a word's identity, since the same norm
// gets no stem when stemming is off and keeps its norm for numbers and codes ("h20").
enum class StemKind : uint8_t {
  kNone = 0,      // no stem (tokenized without stemming)
  kNorm = 1,      // the stem is the norm itself
  kSnowball = 2,  // the stem given to Describe
};

// What the later stages' built-in word lists hold for a word (its lexicon entry, its
// term-table entry), each half packed and read by the stage that defines it
// (facts/lexicon.h, align/terms.h). Found once per distinct word a thread meets, kept
// with the word's stem in the per-thread stem memo, instead of looked up in those
// lists, whose slots mostly miss the CPU cache, once per word of every text.
struct WordMarks {
  uint32_t facts = 0;
  uint32_t terms = 0;
};

// What the stem memo (stem_cache.h) keeps for a norm.
struct WordStem {
  std::string_view stem;   // Snowball's
  uint64_t stem_hash = 0;  // HashBytes(stem)
  bool stem_is_norm = false;
  bool stopword = false;
  WordMarks marks;
};

// Computes a word's marks from its norm and stem (and their HashBytes). Thread-safe.
using WordMarker = std::function<WordMarks(std::string_view norm, uint64_t norm_hash,
                                           std::string_view stem, uint64_t stem_hash)>;

class WordTable {
 public:
  // The id (0, 1, 2, ... in order of addition) of the word whose key is `key`: its norm
  // followed by one byte, its StemKind (callers build the norm in a buffer with room for
  // it). A new word sets *added; the caller then gives its stem and stopword flag with
  // Describe().
  uint32_t Intern(std::string_view key, bool* added) {
    // Inline: asked once per token of every text.
    const uint64_t norm_hash = HashBytes(key.substr(0, key.size() - 1));
    const uint32_t id = keys_.Intern(key, norm_hash, added);
    if (*added) AddInfo(norm_hash, static_cast<StemKind>(key.back()));
    return id;
  }
  // Intern for the word whose norm is the `n` ASCII letters at `letters` lowercased,
  // of kind `kind`: hashed and compared as they stand (the tokenizer's plain words,
  // most tokens), copied lowercased only when added. Always inline: the call would cost
  // more than most of what it does.
  __attribute__((always_inline)) uint32_t InternLetters(const char* letters, size_t n,
                                                        StemKind kind, bool* added) {
    const uint64_t norm_hash = HashBytesWithBits(letters, n, kCaseBits);
    const char last = static_cast<char>(kind);
    const uint32_t id = keys_.InternWith</*kInlineAdd=*/true>(
        n + 1, norm_hash,
        [&](const char* held) {
          return held[n] == last && SameBytesWithBits(held, letters, n, kCaseBits);
        },
        [&](char* to) {
          CopyBytesWithBits(letters, n, to, kCaseBits);
          to[n] = last;
        },
        added);
    if (*added) AddInfo(norm_hash, kind);
    return id;
  }
  // The id of the word with this norm and kind, or StringTable::kNotFound.
  uint32_t Find(std::string_view norm, StemKind kind) const;
  // The stopword flag of a word Intern added with a kind other than kSnowball, whose stem
  // is its norm (kNorm) or empty (kNone); once per word.
  void DescribeWithoutSnowball(uint32_t id, bool stopword);
  // The stem, stopword flag and marks of a word Intern added, from the memo's entry for its
  // norm (the stem read for kSnowball only); once per word, inline: the tokenizer
  // describes every new word of a text this way.
  void Describe(uint32_t id, const WordStem& e) {
    Info& w = info_[id];
    w.marks = e.marks;
    if (w.kind != StemKind::kSnowball) {
      DescribeWithoutSnowball(id, e.stopword);
      return;
    }
    w.stopword = e.stopword;
    w.stem_hash = e.stem_hash;
    if (e.stem_is_norm) {
      w.stem_is_norm = true;
      return;
    }
    w.stem_begin = static_cast<uint32_t>(stems_.size());
    w.stem_size = static_cast<uint32_t>(e.stem.size());
    stems_.append(e.stem.data(), e.stem.size());
  }
  // The marks of a described word (once per word, when the text's analyzer has a marker).
  void SetMarks(uint32_t id, WordMarks marks) { info_[id].marks = marks; }

  std::string_view norm(uint32_t id) const {
    std::string_view key = keys_.Get(id);
    key.remove_suffix(1);
    return key;
  }
  std::string_view stem(uint32_t id) const {
    const Info& w = info_[id];
    if (w.stem_is_norm) return norm(id);
    return std::string_view(stems_.data() + w.stem_begin, w.stem_size);
  }
  bool stopword(uint32_t id) const { return info_[id].stopword; }
  // Whether the stem is the norm itself (a stem read for kSnowball and kNorm words only).
  bool stem_is_norm(uint32_t id) const { return info_[id].stem_is_norm; }
  // HashBytes of the norm and of the stem, computed once per word: the tables of later
  // stages take them instead of hashing the word again (StringTable::Find(s, hash)).
  uint64_t norm_hash(uint32_t id) const { return info_[id].norm_hash; }
  uint64_t stem_hash(uint32_t id) const { return info_[id].stem_hash; }
  // Whether every word has its marks (SetMarks): the words of a text analyzed by an
  // Analyzer with a marker (Analyzer::SetWordMarker) do; others are all zero.
  bool marked() const { return marked_; }
  void set_marked(bool marked) { marked_ = marked; }
  WordMarks marks(uint32_t id) const { return info_[id].marks; }
  size_t size() const { return info_.size(); }
  void clear();
  // Room for `n` words of `bytes` bytes in all without growing.
  void Reserve(size_t n, size_t bytes);

 private:
  struct Info {
    uint64_t norm_hash = 0;
    uint64_t stem_hash = 0;
    uint32_t stem_begin = 0;  // in stems_, for kSnowball
    uint32_t stem_size = 0;
    WordMarks marks;
    StemKind kind = StemKind::kNone;
    bool stopword = false;
    // kNorm, or a Snowball stem that is the norm itself (most short words): not in stems_.
    bool stem_is_norm = false;
  };
  void AddInfo(uint64_t norm_hash, StemKind kind) {
    // Built in place (a temporary would be copied in).
    Info& w = info_.emplace_back();
    w.norm_hash = norm_hash;
    w.kind = kind;
    w.stem_is_norm = kind == StemKind::kNorm;
  }

  // A word's key: its norm, then its kind as one byte; placed by its norm's hash (the
  // kinds of one norm share it, and are told apart by the byte).
  StringTable keys_;
  std::vector<Info> info_;  // by id
  ByteBuffer stems_;
  bool marked_ = false;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_WORD_TABLE_H_
