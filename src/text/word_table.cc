// WordTable: the words of one text in a StringTable keyed by norm and kind, stems in one
// buffer beside it.
#include "text/word_table.h"

namespace claimcheck::internal {

uint32_t WordTable::Find(std::string_view norm, StemKind kind) const {
  std::string key(norm);
  key.push_back(static_cast<char>(kind));
  return keys_.Find(key, HashBytes(norm));
}

void WordTable::Describe(uint32_t id, std::string_view stem, bool stopword) {
  Info& w = info_[id];
  w.stopword = stopword;
  if (w.kind != StemKind::kSnowball) {
    w.stem_hash = w.kind == StemKind::kNorm ? w.norm_hash : HashBytes({});
    return;
  }
  const std::string_view norm = this->norm(id);
  if (stem.size() == norm.size() && SameBytes(stem.data(), norm.data(), norm.size())) {
    w.stem_is_norm = true;
    w.stem_hash = w.norm_hash;
    return;
  }
  w.stem_begin = static_cast<uint32_t>(stems_.size());
  w.stem_size = static_cast<uint32_t>(stem.size());
  stems_.append(stem.data(), stem.size());
  w.stem_hash = HashBytes(stem);
}

void WordTable::clear() {
  keys_.clear();
  info_.clear();
  stems_.clear();
  marked_ = false;
}

void WordTable::Reserve(size_t n, size_t bytes) {
  keys_.Reserve(n, bytes + n);
  info_.reserve(n);
  stems_.reserve(bytes);
}

}  // namespace claimcheck::internal
