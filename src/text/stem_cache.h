// A per-thread memo from a normalized word to its Snowball stem and stopword flag.
// Snowball costs ~100 ns a word; news vocabulary repeats, so most tokens hit the memo.
#ifndef CLAIMCHECK_TEXT_STEM_CACHE_H_
#define CLAIMCHECK_TEXT_STEM_CACHE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace claimcheck::internal {

class StemCache {
 public:
  struct Entry {
    std::string norm;
    std::string stem;
    bool stopword = false;
  };

  StemCache();
  ~StemCache();
  StemCache(const StemCache&) = delete;
  StemCache& operator=(const StemCache&) = delete;

  // False when libstemmer has no English stemmer.
  bool ok() const { return stemmer_ != nullptr; }

  // The entry for `norm`, computed on a miss. The reference is valid until the next call.
  const Entry& Lookup(std::string_view norm);

  // Memory stays bounded: past this many words the memo starts over.
  static constexpr size_t kMaxEntries = size_t{1} << 16;

 private:
  void Rehash(size_t slots);

  sb_stemmer* stemmer_ = nullptr;
  std::vector<Entry> entries_;
  // Open addressing: each slot holds the hash and 1 + the entry index (0 = empty).
  struct Slot {
    uint64_t hash = 0;
    uint32_t index = 0;
  };
  std::vector<Slot> slots_;
};

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_TEXT_STEM_CACHE_H_
