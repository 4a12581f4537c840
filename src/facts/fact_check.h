// Fact-level judgement of one claim unit against its aligned evidence: which of the
// claim's specifics (numbers, dates, names, negation, direction, comparisons, certainty)
// the evidence contradicts, and which no source gives at all.
//
// How the judge calls it, per summary:
//   SourceFacts sources;                      // once per PreparedSources, then shared
//   for each source s: sources.AddSource(text_s, analyzed_s, mentions_s);
//   for each unit:
//     ExtractFacts(summary, analyzed, unit.tok_begin, unit.tok_end, &claim_mentions);
//     FactSpan claim = MakeFactSpan(summary, analyzed, claim_mentions,
//                                   unit.tok_begin, unit.tok_end, 0);
//     std::vector<FactSpan> evidence = {MakeFactSpan(text_s, analyzed_s, mentions_s,
//                                                   window.tok_begin, window.tok_end, s)};
//     CheckFacts(claim, evidence, sources, &findings);
// mentions_s are all mentions of source s in token order (ExtractFacts per segment,
// appended); MakeFactSpan picks those inside the window. The checker adds its sources
// with AddSourceDeferred instead, and extracts a window's mentions alone
// (ExtractSegmentFacts) while its source's are not extracted.
#ifndef CLAIMCHECK_FACTS_FACT_CHECK_H_
#define CLAIMCHECK_FACTS_FACT_CHECK_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "claimcheck/claimcheck.h"
#include "facts/entity_match.h"
#include "facts/facts.h"
#include "facts/lexicon.h"
#include "text/string_table.h"
#include "text/analyzer.h"

namespace claimcheck::internal {

struct PlaceAreas;  // align/lexicon.h

// A span of analyzed text and its mentions: a claim unit, or an evidence window of one
// source. Views only: the text, tokens and mentions must outlive it.
struct FactSpan {
  std::string_view text;                   // the whole document the offsets point into
  const AnalyzedText* analyzed = nullptr;  // that document's tokens and words
  const TextLexicon* lexicon = nullptr;    // its words' lexicon entries, when looked up
  uint32_t tok_begin = 0;                  // the span: its tokens[tok_begin, tok_end)
  uint32_t tok_end = 0;
  const Mention* mentions = nullptr;       // the span's mentions, in token order
  size_t mention_count = 0;
  uint32_t source = 0;                     // source index (evidence spans)
};

// The span tokens[tok_begin, tok_end) of a document, with those of `all` (the
// document's mentions in token order) that lie inside it; `lexicon` as in ExtractFacts.
FactSpan MakeFactSpan(std::string_view text, const AnalyzedText& analyzed,
                      const std::vector<Mention>& all, uint32_t tok_begin, uint32_t tok_end,
                      uint32_t source, const TextLexicon* lexicon = nullptr);

// What the sources give anywhere: their quantities, dates and names, every word they
// use, and the tickers they attach to names ("Alibaba (9988.HK)"). Build once per set
// of sources. A source added with AddSourceDeferred has its mentions extracted, and its
// words added, only when a question first needs them, since many checks ask nothing
// that needs them: until Complete, const methods may add them and the object must stay
// on one thread. Otherwise const methods are thread-safe.
class SourceFacts {
 public:
  // `aliases` (may be null: the built-in table) must outlive this object.
  explicit SourceFacts(const AliasTable* aliases = nullptr);
  // As if newly built with `aliases`, keeping the memory for the next sources.
  void Reset(const AliasTable* aliases);

  // Adds the next source (indices follow the order of calls): its text, its analysis and
  // all its mentions in token order. Copies what it keeps, but for the first source's
  // word table, which it reads where it is: that `analyzed` must outlive this object.
  void AddSource(std::string_view text, const AnalyzedText& analyzed,
                 const std::vector<Mention>& mentions);
  // Adds the next source, its words and its mentions (ExtractSegmentFacts over all its
  // segments, with `lexicon`) when first needed. The text, `analyzed` and `lexicon` must
  // outlive this object or its next Reset.
  void AddSourceDeferred(std::string_view text, const AnalyzedText& analyzed,
                         const TextLexicon* lexicon);
  // Adds the words and mentions still deferred.
  void Complete() const;
  // All mentions of source `i` in token order, when added by AddSourceDeferred and
  // extracted since; else null.
  const std::vector<Mention>* extracted_mentions(size_t i) const {
    return i < deferred_.size() && i < mentioned_.sources && deferred_[i].analyzed != nullptr
               ? &deferred_[i].mentions
               : nullptr;
  }

  size_t source_count() const { return sources_; }
  const AliasTable& aliases() const { return *aliases_; }

  // A source mention agrees with `m` (Compare() == kMatch), or for a plain count, any
  // source quantity has its value.
  bool QuantityGiven(const Mention& m) const;
  bool DateGiven(const Mention& m) const;
  // A source name matches, or every significant part of the key is a source word.
  bool EntityGiven(std::string_view key) const;
  // A source name of a person with the surname of `key` ("keane" of "michael keane") and
  // another given name, one that does not start with the same letter (not "mike" for
  // "michael"); empty when there is none.
  std::string_view OtherGivenName(std::string_view key) const;
  // A source superlative reads `key` ("most advanced"; a comparison mention's key).
  bool SuperlativeGiven(std::string_view key) const {
    return mentioned().superlative_keys.Find(key) != StringTable::kNotFound;
  }
  // Some source token has this norm, or this stem.
  bool NormGiven(std::string_view norm) const { return Given(norm, kAsNorm); }
  bool StemGiven(std::string_view stem) const { return Given(stem, kAsStem); }
  // The name a ticker stands for in the sources ("9988.hk" -> "alibaba"), or "".
  std::string_view TickerOwner(std::string_view key) const;
  // A place some source word names ("glasgow", "scottish"; FindPlace) when no source word
  // names `place` or a place related to it (PlacesRelated): the first such; else "".
  std::string_view OtherPlace(const PlaceAreas& place) const;

 private:
  // What the sources' mentions give, added source by source in order.
  struct Mentioned {
    size_t sources = 0;  // whose mentions are in
    std::vector<Mention> quantities;
    std::vector<Mention> dates;
    std::vector<std::string> entity_keys;  // distinct, in first-seen order
    StringTable entity_ids;                 // the same keys, to keep them distinct
    StringTable superlative_keys;
    std::vector<std::pair<std::string, std::string>> tickers;  // ticker key, owner key
    void clear();
    void Add(std::string_view text, const std::vector<Mention>& mentions);
  };
  // Every token's norm and stem, each word with how it occurs, added source by source in
  // order. The first source's words are asked of its own WordTable (not a copy: whoever
  // adds the source keeps it), which already holds each norm once and each stem that is
  // its word's norm: only its other stems are added to `table`, when a stem is first
  // asked, in one table with every word of the later sources (so a question costs the
  // same however many sources there are).
  enum : uint8_t { kAsNorm = 1, kAsStem = 2 };
  struct Words {
    size_t sources = 0;  // whose words are in
    const WordTable* first = nullptr;
    bool first_stems = false;  // the first source's stems are in `table` (AddFirstStems)
    StringTable table;
    std::vector<uint8_t> as;  // by id in `table`: kAsNorm | kAsStem
    static constexpr size_t kBytesPerWord = 8;  // room reserved per word added
    void clear();
    void Add(const AnalyzedText& analyzed);
    void AddFirstStems();
    void AddWord(std::string_view word, uint64_t hash, uint8_t as);  // hash: HashBytes(word)
    static bool OwnStem(const WordTable& words, uint32_t id);  // its stem is its norm
    void AddBaseStem(const WordTable& words, uint32_t id);
    void AddPossessiveBase(std::string_view norm);
    bool Given(std::string_view word, uint8_t as) const;
  };
  // A source added by AddSourceDeferred (else `analyzed` is null), and its mentions once
  // extracted. Entries past sources_ are kept for their memory.
  struct Deferred {
    std::string_view text;
    const AnalyzedText* analyzed = nullptr;
    const TextLexicon* lexicon = nullptr;
    std::vector<Mention> mentions;
  };
  const Mentioned& mentioned() const {
    if (mentioned_.sources < sources_) CompleteMentions();
    return mentioned_;
  }
  bool Given(std::string_view word, uint8_t as) const {
    if (words_.sources < sources_) CompleteWords();
    if ((as & kAsStem) != 0 && !words_.first_stems) words_.AddFirstStems();
    return words_.Given(word, as);
  }
  void CompleteWords() const;
  void CompleteMentions() const;
  // Every significant part of a name's key is a source word (EntityGiven's last test).
  bool PartsGiven(std::string_view key) const;
  const AliasTable* aliases_ = nullptr;
  size_t sources_ = 0;
  mutable Words words_;
  mutable Mentioned mentioned_;
  mutable std::vector<Deferred> deferred_;
  // The source words that name a place (FindPlace), found when OtherPlace is first
  // asked, which is rare: behind a lock of their own, so that even sources shared
  // between threads pay nothing for them until then.
  struct Places {
    struct Name {
      std::string_view norm;
      const PlaceAreas* place;
      bool names_only_a_place;  // may stand as the other place: not "us", nor "victoria"
    };
    std::mutex mu;
    size_t sources = 0;  // whose words are in
    std::vector<Name> names;
  };
  std::unique_ptr<Places> places_ = std::make_unique<Places>();
};

// One reason a claim's specific is not backed, with its spans.
struct FactFinding {
  FindingKind kind = FindingKind::kNumberMismatch;
  // True: the evidence fills the same slot otherwise (contradicted). False: nothing in
  // the sources backs it (unsupported).
  bool contradicts = false;
  uint32_t begin = 0;  // claim span: byte offsets into the claim's text
  uint32_t end = 0;
  bool has_source = false;  // the conflicting evidence span, when there is one
  uint32_t source = 0;
  uint32_t source_begin = 0;
  uint32_t source_end = 0;
  std::string detail;  // one line for a reader: "the source gives 15% here, not 50%"
};

// Appends the findings for one claim unit against its evidence spans (usually one
// window of one source; several are read together). Findings come in claim order.
void CheckFacts(const FactSpan& claim, const std::vector<FactSpan>& evidence,
                const SourceFacts& sources, std::vector<FactFinding>* out);

}  // namespace claimcheck::internal

#endif  // CLAIMCHECK_FACTS_FACT_CHECK_H_
