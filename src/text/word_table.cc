// WordTable: the words of one text in a StringTable keyed by norm and kind, stems in one
// buffer beside it.
#include "text/word_table.h"

namespace claimcheck::internal {

uint32_t WordTable::Intern(std::string_view key, bool* added) {
  const uint32_t id = keys_.Intern(key);
  *added = id == info_.size();
  if (*added) info_.push_back(Info{0, 0, static_cast<StemKind>(key.back()), false});
  return id;
}

void WordTable::Describe(uint32_t id, std::string_view stem, bool stopword) {
  Info& w = info_[id];
  w.stopword = stopword;
  if (w.kind != StemKind::kSnowball) return;
  w.stem_begin = static_cast<uint32_t>(stems_.size());
  w.stem_size = static_cast<uint32_t>(stem.size());
  stems_.append(stem.data(), stem.size());
}

void WordTable::clear() {
  keys_.clear();
  info_.clear();
  stems_.clear();
}

void WordTable::Reserve(size_t n, size_t bytes) {
  keys_.Reserve(n, bytes + n);
  info_.reserve(n);
  stems_.reserve(bytes);
}

}  // namespace claimcheck::internal
