// Flat open-addressing memo of stems: one hash of the word, usually one probe, no node
// allocation per entry (std::unordered_map spent more time than Snowball saved).
#include "text/stem_cache.h"

#include <cstring>

#include <libstemmer.h>

#include "text/stopwords.h"

namespace claimcheck::internal {
namespace {

// Words are short: two overlapping loads cover up to 16 bytes, so the hash costs a few
// instructions instead of a multiply per byte.
uint64_t HashWord(std::string_view w) {
  const char* p = w.data();
  const size_t n = w.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    std::memcpy(&a, p, 8);
    std::memcpy(&b, p + n - 8, 8);
    for (size_t i = 8; i + 8 < n; i += 8) {  // words past 16 bytes: fold the middle in
      uint64_t m;
      std::memcpy(&m, p + i, 8);
      a = (a ^ m) * 0x9E3779B97F4A7C15ull;
    }
  } else if (n >= 4) {
    uint32_t x, y;
    std::memcpy(&x, p, 4);
    std::memcpy(&y, p + n - 4, 4);
    a = x;
    b = y;
  } else if (n > 0) {
    a = static_cast<unsigned char>(p[0]) | (static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16);
  }
  uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ (n << 56)) * 0xFF51AFD7ED558CCDull;
  h ^= h >> 32;
  return h | 1;  // never 0
}

}  // namespace

StemCache::StemCache() : stemmer_(sb_stemmer_new("english", nullptr)) { Rehash(4096); }

StemCache::~StemCache() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

void StemCache::Rehash(size_t slots) {
  slots_.assign(slots, Slot{});
  const size_t mask = slots - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const uint64_t h = HashWord(entries_[i].norm);
    size_t s = h & mask;
    while (slots_[s].index != 0) s = (s + 1) & mask;
    slots_[s] = {h, static_cast<uint32_t>(i + 1)};
  }
}

const StemCache::Entry& StemCache::Lookup(std::string_view norm) {
  const uint64_t h = HashWord(norm);
  size_t mask = slots_.size() - 1;
  size_t s = h & mask;
  for (; slots_[s].index != 0; s = (s + 1) & mask) {
    if (slots_[s].hash == h) {
      const Entry& e = entries_[slots_[s].index - 1];
      if (e.norm == norm) return e;
    }
  }
  if (entries_.size() >= kMaxEntries) {
    entries_.clear();
    Rehash(4096);
    mask = slots_.size() - 1;
    s = h & mask;
  } else if ((entries_.size() + 1) * 2 > slots_.size()) {
    Rehash(slots_.size() * 2);
    mask = slots_.size() - 1;
    s = h & mask;
    while (slots_[s].index != 0) s = (s + 1) & mask;
  }
  Entry& e = entries_.emplace_back();
  e.norm.assign(norm.data(), norm.size());
  e.stopword = IsStopword(norm);
  const sb_symbol* st =
      stemmer_ == nullptr ? nullptr
                          : sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(norm.data()),
                                            static_cast<int>(norm.size()));
  if (st == nullptr) {
    e.stem = e.norm;
  } else {
    e.stem.assign(reinterpret_cast<const char*>(st),
                  static_cast<size_t>(sb_stemmer_length(stemmer_)));
  }
  slots_[s] = {h, static_cast<uint32_t>(entries_.size())};
  return e;
}

}  // namespace claimcheck::internal
