// Flat open-addressing memo of stems: one hash of the word, usually one probe, no node
// allocation per entry (std::unordered_map spent more time than Snowball saved), and
// the words themselves packed in one byte array.
#include "text/stem_cache.h"

#include <libstemmer.h>

#include <cstring>

#include "text/stopwords.h"

namespace claimcheck::internal {
namespace {

constexpr size_t kMinSlots = 4096;
// A record keeps each size in one byte; a longer word or stem is stemmed every time.
constexpr size_t kMaxRecordedSize = 255;
// Norm size, stem size, flags, marks (unaligned).
constexpr size_t kMarksAt = 3;
constexpr size_t kHeader = kMarksAt + sizeof(WordMarks);
constexpr char kStopwordFlag = 1, kStemIsNormFlag = 2;

uint32_t SlotTag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }

std::string_view RecordNorm(const char* r) {
  return std::string_view(r + kHeader, static_cast<unsigned char>(r[0]));
}

// The bytes of the record at r.
size_t RecordSize(const char* r) {
  const size_t norm = static_cast<unsigned char>(r[0]);
  if ((r[2] & kStemIsNormFlag) != 0) return kHeader + norm;
  return kHeader + norm + sizeof(uint64_t) + static_cast<unsigned char>(r[1]);
}

}  // namespace

StemCache::StemCache(const WordMarker* marker)
    : stemmer_(sb_stemmer_new("english", nullptr)), marker_(marker) {
  Rehash(kMinSlots);
}

StemCache::~StemCache() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

void StemCache::Clear() {
  records_.clear();
  entries_ = 0;
  Rehash(kMinSlots);
}

void StemCache::Rehash(size_t slots) {
  slots_.assign(slots, Slot{});
  const size_t mask = slots - 1;
  for (size_t at = 0; at < records_.size();) {
    const char* r = records_.data() + at;
    const uint64_t h = HashBytes(RecordNorm(r));
    size_t s = h & mask;
    while (slots_[s].record != 0) s = (s + 1) & mask;
    slots_[s] = {SlotTag(h), static_cast<uint32_t>(at + 1)};
    at += RecordSize(r);
  }
}

StemCache::Entry StemCache::Lookup(std::string_view norm, uint64_t h) {
  const uint32_t tag = SlotTag(h);
  size_t mask = slots_.size() - 1;
  size_t s = h & mask;
  for (; slots_[s].record != 0; s = (s + 1) & mask) {
    if (slots_[s].tag != tag) continue;
    const char* r = records_.data() + slots_[s].record - 1;
    if (RecordNorm(r).size() == norm.size() &&
        SameBytes(r + kHeader, norm.data(), norm.size())) {
      Entry e;
      e.stopword = (r[2] & kStopwordFlag) != 0;
      std::memcpy(&e.marks, r + kMarksAt, sizeof(WordMarks));
      const char* after_norm = r + kHeader + norm.size();
      if ((r[2] & kStemIsNormFlag) != 0) {
        e.stem_is_norm = true;
        e.stem = std::string_view(r + kHeader, norm.size());
        e.stem_hash = h;
      } else {
        std::memcpy(&e.stem_hash, after_norm, sizeof(uint64_t));
        e.stem = std::string_view(after_norm + sizeof(uint64_t), static_cast<unsigned char>(r[1]));
      }
      return e;
    }
  }
  Entry e;
  e.stopword = IsStopword(norm);
  const sb_symbol* st =
      stemmer_ == nullptr ? nullptr
                          : sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(norm.data()),
                                            static_cast<int>(norm.size()));
  e.stem = st == nullptr ? norm
                         : std::string_view(reinterpret_cast<const char*>(st),
                                            static_cast<size_t>(sb_stemmer_length(stemmer_)));
  e.stem_is_norm = e.stem == norm;
  e.stem_hash = e.stem_is_norm ? h : HashBytes(e.stem);
  if (marker_ != nullptr) e.marks = (*marker_)(norm, h, e.stem, e.stem_hash);
  if (norm.size() > kMaxRecordedSize || e.stem.size() > kMaxRecordedSize) return e;
  if (entries_ >= kMaxEntries) {
    Clear();
    mask = slots_.size() - 1;
    s = h & mask;
  } else if ((entries_ + 1) * 2 > slots_.size()) {
    Rehash(slots_.size() * 2);
    mask = slots_.size() - 1;
    s = h & mask;
    while (slots_[s].record != 0) s = (s + 1) & mask;
  }
  const size_t at = records_.size();
  records_.push_back(static_cast<char>(norm.size()));
  records_.push_back(static_cast<char>(e.stem.size()));
  records_.push_back(
      static_cast<char>((e.stopword ? kStopwordFlag : 0) | (e.stem_is_norm ? kStemIsNormFlag : 0)));
  const char* marks = reinterpret_cast<const char*>(&e.marks);
  records_.insert(records_.end(), marks, marks + sizeof(WordMarks));
  records_.insert(records_.end(), norm.begin(), norm.end());
  if (!e.stem_is_norm) {
    const char* hash = reinterpret_cast<const char*>(&e.stem_hash);
    records_.insert(records_.end(), hash, hash + sizeof(uint64_t));
    records_.insert(records_.end(), e.stem.begin(), e.stem.end());
  }
  ++entries_;
  slots_[s] = {tag, static_cast<uint32_t>(at + 1)};
  // The stem Snowball gave is overwritten by its next call: the entry's view is the
  // record's.
  e.stem = std::string_view(records_.data() + records_.size() - e.stem.size(), e.stem.size());
  return e;
}

}  // namespace claimcheck::internal
