// Flat open-addressing memo of stems: one hash of the word, usually one probe, no node
// allocation per entry (std::unordered_map spent more time than Snowball saved), and
// the words themselves packed in one byte array.
#include "text/stem_cache.h"

#include <libstemmer.h>

#include "text/stopwords.h"

namespace claimcheck::internal {
namespace {

constexpr size_t kMinSlots = 4096;

}  // namespace

StemCache::StemCache(const WordMarker* marker, bool snowball, SharedStemMemo* shared)
    : stemmer_(snowball ? sb_stemmer_new("english", nullptr) : nullptr),
      marker_(marker),
      shared_(shared) {
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
    const uint64_t h = HashBytes(stem_record::Norm(r));
    size_t s = h & mask;
    while (slots_[s].record != 0) s = (s + 1) & mask;
    slots_[s] = {SlotTag(h), static_cast<uint32_t>(at + 1)};
    at += stem_record::Size(r);
  }
}

StemCache::Entry StemCache::Add(std::string_view norm, uint64_t h, size_t s) {
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
  if (!stem_record::Fits(norm, e)) return e;
  if (shared_ != nullptr && !shared_full_) {
    if (const char* r = shared_->Insert(norm, h, e, &shared_writer_)) {
      return stem_record::Read(r, norm.size(), h);
    }
    shared_full_ = true;
  }
  if (entries_ >= kMaxEntries) {
    Clear();
    s = h & (slots_.size() - 1);
  } else if ((entries_ + 1) * 2 > slots_.size()) {
    Rehash(slots_.size() * 2);
    const size_t mask = slots_.size() - 1;
    s = h & mask;
    while (slots_[s].record != 0) s = (s + 1) & mask;
  }
  const size_t at = records_.size();
  records_.resize(at + stem_record::SizeOf(norm, e));
  stem_record::Write(norm, e, records_.data() + at);
  ++entries_;
  slots_[s] = {SlotTag(h), static_cast<uint32_t>(at + 1)};
  // The stem Snowball gave is overwritten by its next call: the entry's view is the
  // record's.
  return stem_record::Read(records_.data() + at, norm.size(), h);
}

}  // namespace claimcheck::internal
