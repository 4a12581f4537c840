// The bytes a stem memo keeps for one word (stem_cache.h, shared_stem_memo.h): written
// once, when the word is first stemmed, and read back as its WordStem at every hit.
#ifndef CLAIMCHECK_TEXT_STEM_RECORD_H_
#define CLAIMCHECK_TEXT_STEM_RECORD_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "text/string_table.h"
#include "text/word_table.h"

namespace claimcheck::internal::stem_record {

// A record: its norm's size, its stem's size, its flags, its marks (unaligned), the
// norm's bytes, then, unless the stem is the norm (most words), the stem's HashBytes and
// bytes. Each size is one byte: a longer word or stem is stemmed every time.
inline constexpr size_t kMaxWordSize = 255;
inline constexpr size_t kMarksAt = 3;
inline constexpr size_t kHeader = kMarksAt + sizeof(WordMarks);
inline constexpr char kStopwordFlag = 1, kStemIsNormFlag = 2;

// Whether the word `norm`, whose entry is `e`, has a record.
inline bool Fits(std::string_view norm, const WordStem& e) {
  return norm.size() <= kMaxWordSize && e.stem.size() <= kMaxWordSize;
}

// The size in bytes of the record of `norm` and `e`, and of the record at r.
inline size_t SizeOf(std::string_view norm, const WordStem& e) {
  return kHeader + norm.size() + (e.stem_is_norm ? 0 : sizeof(uint64_t) + e.stem.size());
}
inline size_t Size(const char* r) {
  const size_t norm = static_cast<unsigned char>(r[0]);
  if ((r[2] & kStemIsNormFlag) != 0) return kHeader + norm;
  return kHeader + norm + sizeof(uint64_t) + static_cast<unsigned char>(r[1]);
}

inline std::string_view Norm(const char* r) {
  return std::string_view(r + kHeader, static_cast<unsigned char>(r[0]));
}

// Whether the record at r is the word `norm`'s.
inline bool Holds(const char* r, std::string_view norm) {
  return static_cast<unsigned char>(r[0]) == norm.size() &&
         SameBytes(r + kHeader, norm.data(), norm.size());
}

// Writes the record of `norm` and `e` (Fits) at `to`, SizeOf(norm, e) bytes.
inline void Write(std::string_view norm, const WordStem& e, char* to) {
  to[0] = static_cast<char>(norm.size());
  to[1] = static_cast<char>(e.stem.size());
  to[2] = static_cast<char>((e.stopword ? kStopwordFlag : 0) |
                            (e.stem_is_norm ? kStemIsNormFlag : 0));
  std::memcpy(to + kMarksAt, &e.marks, sizeof(WordMarks));
  char* after_norm = to + kHeader + norm.size();
  CopyBytes(norm.data(), norm.size(), to + kHeader);
  if (!e.stem_is_norm) {
    std::memcpy(after_norm, &e.stem_hash, sizeof(uint64_t));
    CopyBytes(e.stem.data(), e.stem.size(), after_norm + sizeof(uint64_t));
  }
}

// The entry of the record at r, whose norm has `norm_size` bytes and HashBytes `hash`;
// its stem is a view of the record.
inline WordStem Read(const char* r, size_t norm_size, uint64_t hash) {
  WordStem e;
  e.stopword = (r[2] & kStopwordFlag) != 0;
  std::memcpy(&e.marks, r + kMarksAt, sizeof(WordMarks));
  const char* after_norm = r + kHeader + norm_size;
  if ((r[2] & kStemIsNormFlag) != 0) {
    e.stem_is_norm = true;
    e.stem = std::string_view(r + kHeader, norm_size);
    e.stem_hash = hash;
  } else {
    std::memcpy(&e.stem_hash, after_norm, sizeof(uint64_t));
    e.stem = std::string_view(after_norm + sizeof(uint64_t), static_cast<unsigned char>(r[1]));
  }
  return e;
}

}  // namespace claimcheck::internal::stem_record

#endif  // CLAIMCHECK_TEXT_STEM_RECORD_H_
