// WordTable: the words of one text in a StringTable keyed by norm and kind, stems in one
// buffer beside it.
#include "text/word_table.h"

namespace claimcheck::internal {

uint32_t WordTable::Find(std::string_view norm, StemKind kind) const {
  std::string key(norm);
  key.push_back(static_cast<char>(kind));
  return keys_.Find(key, HashBytes(norm));
}

void WordTable::DescribeWithoutSnowball(uint32_t id, bool stopword) {
  Info& w = info_[id];
  w.stopword = stopword;
  w.stem_hash = w.kind == StemKind::kNorm ? w.norm_hash : HashBytes({});
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
