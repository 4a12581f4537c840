// Interned strings with dense ids in one flat open-addressing table: no node and no
// std::string per entry, look-ups by string_view without a copy. A text's words, the word
// sets of the facts stage and the align stage's term dictionary are built per check, so
// what they cost to fill and to free counts as much as what they cost to query.
#ifndef CLAIMCHECK_TEXT_STRING_TABLE_H_
#define CLAIMCHECK_TEXT_STRING_TABLE_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::internal {

// Unaligned loads of 8 and 4 bytes.
inline uint64_t Load64(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline uint64_t Load32(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}

// Set in every byte, bit 5 lowercases exactly the ASCII letters (and changes no
// lowercase one): a word of ASCII letters is read lowercased eight bytes at a time.
inline constexpr uint64_t kCaseBits = 0x2020202020202020ull;

// HashBytes of `n` bytes at p with `bits` set in every byte read (0 or kCaseBits: the
// hash of a word of ASCII letters lowercased, from its original bytes).
inline uint64_t HashBytesWithBits(const char* p, size_t n, uint64_t bits) {
  uint64_t h = 0x9e3779b97f4a7c15ull ^ (n * 0xff51afd7ed558ccdull);
  uint64_t tail = 0;
  if (n >= 8) {
    while (n > 8) {
      h = (h ^ (Load64(p) | bits)) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
      p += 8;
      n -= 8;
    }
    tail = Load64(p + n - 8) | bits;  // the last 8 bytes, overlapping the previous word
  } else if (n >= 4) {
    tail = ((Load32(p) << 32) | Load32(p + n - 4)) | bits;
  } else if (n > 0) {
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    tail = ((static_cast<uint64_t>(u[0]) << 16) | (static_cast<uint64_t>(u[n / 2]) << 8) |
            u[n - 1]) |
           (bits & 0xffffff);
  }
  h = (h ^ tail) * 0x94d049bb133111ebull;
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  h ^= h >> 32;
  return h;
}

// A fast hash of a short byte string (words are a few bytes): whole 8-byte words, the
// tail read as one overlapping load, then a 64-bit finaliser. Only places entries;
// equality is always checked on the bytes.
inline uint64_t HashBytes(std::string_view s) { return HashBytesWithBits(s.data(), s.size(), 0); }

// Whether the `n` bytes at a are those at b with `bits` set in each (as in
// HashBytesWithBits), inline for word-sized n (a libc memcmp call costs more than the
// comparison of a short word).
inline bool SameBytesWithBits(const char* a, const char* b, size_t n, uint64_t bits) {
  if (n >= 8) {
    for (; n > 16; a += 8, b += 8, n -= 8) {
      if (Load64(a) != (Load64(b) | bits)) return false;
    }
    return Load64(a) == (Load64(b) | bits) && Load64(a + n - 8) == (Load64(b + n - 8) | bits);
  }
  if (n >= 4) {
    const uint64_t bits32 = bits & 0xffffffff;
    return Load32(a) == (Load32(b) | bits32) && Load32(a + n - 4) == (Load32(b + n - 4) | bits32);
  }
  for (size_t i = 0; i < n; ++i) {
    if (a[i] != static_cast<char>(b[i] | static_cast<char>(bits & 0xff))) return false;
  }
  return true;
}

// Byte equality of two buffers of `n` bytes, inline for word-sized n.
inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n > 16) return std::memcmp(a, b, n) == 0;
  return SameBytesWithBits(a, b, n, 0);
}

// Copies `n` bytes with `bits` set in each (as in HashBytesWithBits), inline for
// word-sized n.
inline void CopyBytesWithBits(const char* from, size_t n, char* to, uint64_t bits) {
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) {
      const uint64_t w = Load64(from + i) | bits;
      std::memcpy(to + i, &w, 8);
    }
    const uint64_t tail = Load64(from + n - 8) | bits;  // overlapping the previous word
    std::memcpy(to + n - 8, &tail, 8);
    return;
  }
  if (n >= 4) {
    const auto head = static_cast<uint32_t>(Load32(from) | bits);
    const auto tail = static_cast<uint32_t>(Load32(from + n - 4) | bits);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
    return;
  }
  for (size_t i = 0; i < n; ++i) to[i] = static_cast<char>(from[i] | static_cast<char>(bits & 0xff));
}

// Copies `n` bytes, inline for word-sized n (like SameBytes).
inline void CopyBytes(const char* from, size_t n, char* to) {
  if (n > 16) {
    std::memcpy(to, from, n);
    return;
  }
  CopyBytesWithBits(from, n, to, 0);
}

// Bytes appended inline (vector::insert and string::append are library calls, each
// costing more than a word's bytes): a buffer whose vector is all capacity, the first
// size() bytes of it in use.
class ByteBuffer {
 public:
  const char* data() const { return bytes_.data(); }
  size_t size() const { return size_; }
  void clear() { size_ = 0; }
  // Room for `n` bytes in all; it grows at least twofold.
  void reserve(size_t n) {
    if (n > bytes_.size()) bytes_.resize(std::max(n, 2 * bytes_.size()));
  }
  void append(const char* p, size_t n) { CopyBytes(p, n, extend(n)); }
  // `n` more bytes in use, for the caller to write.
  char* extend(size_t n) {
    reserve(size_ + n);
    char* at = bytes_.data() + size_;
    size_ += n;
    return at;
  }

 private:
  std::vector<char> bytes_;
  size_t size_ = 0;
};

class StringTable {
 public:
  static constexpr uint32_t kNotFound = 0xffffffffu;

  // The id of `s`, adding it (with the next id, 0, 1, 2, ...) when it is new.
  uint32_t Intern(std::string_view s) { return Intern(s, HashBytes(s)); }
  // The id of `s`, or kNotFound.
  uint32_t Find(std::string_view s) const { return Find(s, HashBytes(s)); }
  bool Contains(std::string_view s) const { return Find(s) != kNotFound; }
  // The same with the hash already known (a word's, kept by its text's WordTable):
  // `hash` is HashBytes(s), or for a table whose every call passes its own hash, that
  // hash (BuildFilter assumes HashBytes).
  uint32_t Intern(std::string_view s, uint64_t hash) {
    bool added;
    return Intern(s, hash, &added);
  }
  // The same, telling whether `s` was added (the caller need not compare ids to learn it).
  uint32_t Intern(std::string_view s, uint64_t hash, bool* added) {
    return InternWith(
        s.size(), hash, [&](const char* held) { return SameBytes(held, s.data(), s.size()); },
        [&](char* to) { CopyBytes(s.data(), s.size(), to); }, added);
  }
  // Intern of a string of `size` bytes that the caller need not have as bytes (a word
  // still to be lowercased): `same(held)` tells whether the `size` bytes at `held` are
  // it, `write(to)` writes them when it is added. With kInlineAdd, an addition is inline
  // too but for growing (for a caller that adds about every other string it asks for).
  template <bool kInlineAdd = false, typename Same, typename Write>
  __attribute__((always_inline)) uint32_t InternWith(size_t size, uint64_t hash, Same same,
                                                     Write write, bool* added) {
    // Inline up to the probe: a text's words are interned once per token, and most are
    // found; adding a string is out of line, and so is growing, which only an added
    // string needs (Add).
    *added = false;
    if (slots_.empty()) Grow();
    const uint32_t h = static_cast<uint32_t>(hash);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    for (;; i = (i + 1) & mask) {
      const Slot& slot = slots_[i];
      if (slot.index == 0) break;
      if (slot.hash == h) {
        const uint32_t id = slot.index - 1;
        const uint32_t begin = bounds_[id];
        if (bounds_[id + 1] - begin == size && same(bytes_.data() + begin)) return id;
      }
    }
    *added = true;
    if constexpr (kInlineAdd) {
      write(AddInline(size, hash, i));
    } else {
      write(Add(size, hash, i));
    }
    return static_cast<uint32_t>(bounds_.size() - 2);
  }
  uint32_t Find(std::string_view s, uint64_t hash) const;
  // The string with id `id` (valid until the next Intern).
  std::string_view Get(uint32_t id) const {
    return std::string_view(bytes_.data() + bounds_[id], bounds_[id + 1] - bounds_[id]);
  }
  size_t size() const { return bounds_.empty() ? 0 : bounds_.size() - 1; }
  bool empty() const { return size() == 0; }
  // The bytes of all the strings held.
  size_t byte_size() const { return bytes_.size(); }
  // Room for `n` strings of `bytes` bytes in all without growing.
  void Reserve(size_t n, size_t bytes);
  // Empty, keeping the memory for reuse.
  void clear();
  // For a large table built once and then asked mostly about strings it does not hold
  // (a word list every word of a text is looked up in): a bit filter of ~8 bits per
  // string, small enough to stay in cache, answers most such Finds without the cache
  // miss of a slot. Strings interned later are added to it.
  void BuildFilter();

  // Hints for a Find of `hash` a few look-ups later, for a caller with a list of words
  // to look up in a table too large for the CPU cache: Prefetch first (the filter's
  // bits, or the slot when there is no filter), then, once they have arrived,
  // PrefetchSlot (the slot, if the filter may hold the string).
  void Prefetch(uint64_t hash) const {
    if (slots_.empty()) return;
    if (filter_.empty()) {
      __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
      return;
    }
    __builtin_prefetch(&filter_[FilterBit1(hash) >> 6]);
    __builtin_prefetch(&filter_[FilterBit2(hash) >> 6]);
  }
  void PrefetchSlot(uint64_t hash) const {
    if (!filter_.empty() && MayHold(hash)) {
      __builtin_prefetch(&slots_[static_cast<uint32_t>(hash) & (slots_.size() - 1)]);
    }
  }

 private:
  // An empty slot is all zero bits: a table filled per check empties its slots for every
  // text, and a zero fill is the cheapest way to do it.
  struct Slot {
    uint32_t index = 0;  // 1 + the id; 0: empty
    uint32_t hash = 0;   // the low 32 bits of HashBytes, to skip most mismatches
  };
  void Rehash(size_t slots);
  void Grow();  // twice the slots (kMinSlots when there are none)
  // Adds a string of `size` bytes (not in the table) at the empty slot `at` (Intern's
  // probe), or where it belongs once the table has grown to stay at most half full, which
  // keeps an empty slot for every probe; returns where its bytes go, for the caller to
  // write. Its id is size() - 1.
  char* Add(size_t size, uint64_t hash, size_t at);
  // Add inline, but for growing the table.
  char* AddInline(size_t size, uint64_t full, size_t at) {
    if (2 * (this->size() + 1) > slots_.size()) at = GrowFor(full);
    const auto id = static_cast<uint32_t>(this->size());
    if (bounds_.empty()) bounds_.push_back(0);
    char* to = bytes_.extend(size);
    bounds_.push_back(static_cast<uint32_t>(bytes_.size()));
    slots_[at] = Slot{id + 1, static_cast<uint32_t>(full)};
    if (!filter_.empty()) AddToFilter(full);
    return to;
  }
  // Grows the table; returns the empty slot where a string of hash `full` goes.
  size_t GrowFor(uint64_t full);
  // Two filter bits from the high half of the hash (the low half places slots).
  uint64_t FilterBit1(uint64_t h) const { return (h >> 32) & filter_mask_; }
  uint64_t FilterBit2(uint64_t h) const { return (h >> 48 ^ h >> 20) & filter_mask_; }
  bool MayHold(uint64_t h) const {
    const uint64_t a = FilterBit1(h), b = FilterBit2(h);
    return ((filter_[a >> 6] >> (a & 63)) & (filter_[b >> 6] >> (b & 63)) & 1) != 0;
  }
  void AddToFilter(uint64_t h) {
    const uint64_t a = FilterBit1(h), b = FilterBit2(h);
    filter_[a >> 6] |= uint64_t{1} << (a & 63);
    filter_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  bool Holds(uint32_t id, std::string_view s) const {
    const uint32_t begin = bounds_[id];
    return bounds_[id + 1] - begin == s.size() &&
           SameBytes(bytes_.data() + begin, s.data(), s.size());
  }

  std::vector<Slot> slots_;     // a power of two in size, at most half full
  // Where each string's bytes start in bytes_, then where the last one ends: id's bytes
  // are [bounds_[id], bounds_[id + 1]) (no test for the first). Empty, or 0 then the ends.
  std::vector<uint32_t> bounds_;
  ByteBuffer bytes_;
  std::vector<uint64_t> filter_;  // BuildFilter's bits; empty: no filter
  uint64_t filter_mask_ = 0;      // filter bits - 1
};

// A set of 64-bit keys (hashes) in one flat open-addressing table, kept at most 3/4 full:
// it holds every n-gram of a source, so its size matters more than a probe or two.
class U64Set {
 public:
  // Inline: an n-gram set is filled with two keys per token of every source.
  void Insert(uint64_t key) {
    if (key == 0) {
      has_zero_ = true;
      return;
    }
    if (4 * (size_ + 1) > 3 * slots_.size()) Grow();
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(key, mask);; i = (i + 1) & mask) {
      if (slots_[i] == key) return;
      if (slots_[i] == 0) {
        slots_[i] = key;
        ++size_;
        return;
      }
    }
  }
  // Inline too: a check asks it once per token of its sources (NgramSet::Add's `stems`).
  bool Contains(uint64_t key) const {
    if (key == 0) return has_zero_;
    if (slots_.empty()) return false;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(key, mask);; i = (i + 1) & mask) {
      if (slots_[i] == key) return true;
      if (slots_[i] == 0) return false;
    }
  }
  size_t size() const { return size_ + (has_zero_ ? 1 : 0); }
  // Room for `n` keys without growing.
  void Reserve(size_t n);
  // Empty, keeping the memory for reuse (no slots at all, as StringTable::clear).
  void clear() {
    slots_.clear();
    size_ = 0;
    has_zero_ = false;
  }

 private:
  void Rehash(size_t slots);
  void Grow();  // twice the slots (kMinSlots when there are none)
  static size_t Home(uint64_t key, size_t mask) {
    return static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> 32) & mask;
  }

  std::vector<uint64_t> slots_;  // 0 = empty; the key 0 is kept in has_zero_
  size_t size_ = 0;
  bool has_zero_ = false;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_STRING_TABLE_H_
