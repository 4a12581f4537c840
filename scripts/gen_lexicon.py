#!/usr/bin/env python3
"""Generates src/align's lexicon table from Debian's WordNet 3.0 data (package wordnet-base).

    gen_lexicon.py --wordnet /usr/share/wordnet --out lexicon_data.cc

Tables of lexical facts about English, not about any data set:
  - inflections to their base form: WordNet's exception lists (verb.exc, noun.exc,
    adj.exc: "said" -> "say", "children" -> "child", "bigger" -> "big") and the regular
    comparatives and superlatives of common short adjectives ("smaller" -> "small"),
    leaving out forms that are nouns or verbs in their own right ("number", "matter");
  - how common a lemma is: the sum of its sense-tagged counts in cntlist.rev (SemCor),
    so the judge can tell a novel everyday word ("during") from a novel specific one,
    and whether it is only ever a noun (a thing named: "cream", "photograph"), which
    the judge never discounts as paraphrase;
  - the single words WordNet writes only capitalized, in every synset that has them
    ("edinburgh", "hungarian", "olympics"): names, which a lower-cased text no longer
    marks as such;
  - which of those name a place, or belong to one ("hungarian" to Hungary), with the
    places each lies in by WordNet's part-of links ("cleveland" in Ohio, the United
    States, North America), so a check can tell a place the source implies from one
    that replaces the source's place.
"""
import argparse
import os
import re


def cpp_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# WordNet's lexicographer files for places: nouns of locations, and relational adjectives
# (whose pertainym pointer names the noun they belong to: "hungarian" -> Hungary).
NOUN_LOCATION = "15"
ADJ_PERTAINYM = "01"
# Part-of links followed upwards at most this far: city, region, country, continent.
MAX_CONTAINING = 4


def place_areas(wordnet, names):
    """For each place name in `names`, and each initialism of a place: (its own noun
    synsets, the synsets containing them)."""
    def read(pos):
        synsets = {}
        with open(os.path.join(wordnet, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split("|", 1)[0].split()
                n = int(fields[3], 16)
                words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * k]) for k in range(n)]
                at = 4 + 2 * n
                pointers = [(fields[at + 1 + 4 * k], int(fields[at + 2 + 4 * k]),
                             fields[at + 3 + 4 * k]) for k in range(int(fields[at]))]
                synsets[int(fields[0])] = (fields[1], words, pointers)
        return synsets

    nouns, adjectives = read("noun"), read("adj")
    own = {}
    for offset, (lexfile, words, _) in nouns.items():
        if lexfile != NOUN_LOCATION:
            continue
        for w in words:
            # Initialisms ("UK", "U.S.") too: they only tell a place the claim's is related
            # to, since in lower case they spell everyday words.
            if w.lower() in names or re.fullmatch(r"[A-Z](\.?[A-Z])+\.?", w):
                own.setdefault(w.lower(), set()).add(offset)
    for lexfile, words, pointers in adjectives.values():
        if lexfile != ADJ_PERTAINYM:
            continue
        targets = {o for sym, o, pos in pointers
                   if sym == "\\" and pos == "n" and nouns.get(o, ("",))[0] == NOUN_LOCATION}
        for w in words:
            if targets and w.lower() in names:
                own.setdefault(w.lower(), set()).update(targets)

    def containing(offsets):
        found, frontier = set(), set(offsets)
        for _ in range(MAX_CONTAINING):
            frontier = {o for s in frontier for sym, o, pos in nouns[s][2]
                        if sym == "#p" and pos == "n"} - found - set(offsets)
            found |= frontier
        return found

    return {w: (offsets, containing(offsets)) for w, offsets in own.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()

    irregular = {}
    for name in ("verb.exc", "noun.exc", "adj.exc"):
        with open(os.path.join(args.wordnet, name), encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) < 2:
                    continue
                form, base = parts[0], parts[1]
                # Single words only; keep the first base a form is given.
                if "_" in form or "_" in base or form == base:
                    continue
                if not re.fullmatch(r"[a-z][a-z'-]*", form):
                    continue
                irregular.setdefault(form, base)

    def lemmas(pos):
        out = set()
        with open(os.path.join(args.wordnet, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if not line.startswith(" "):
                    out.add(line.split(" ", 1)[0])
        return out

    nouns = lemmas("noun")
    verbs = lemmas("verb")
    nouns_verbs = nouns | verbs
    adjectives = lemmas("adj")
    not_nouns = verbs | adjectives | lemmas("adv")

    counts = {}
    with open(os.path.join(args.wordnet, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            lemma = parts[0].split("%", 1)[0]
            if "_" in lemma or not re.fullmatch(r"[a-z][a-z'-]*", lemma):
                continue
            counts[lemma] = counts.get(lemma, 0) + int(parts[2])

    # Words every synset writes capitalized ("Edinburgh"); one written in lower case
    # anywhere ("bath", "china") is an everyday word as well. Left out: initialisms and
    # symbols ("IT", "LED", "Co"), which spell everyday words in lower case, and regular
    # or irregular forms of an everyday word ("Marks" / "marks", "Led" / "led").
    titled, lower = set(), set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(args.wordnet, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                fields = line.split()
                for k in range(int(fields[3], 16)):
                    word = re.sub(r"\(.*\)$", "", fields[4 + 2 * k])
                    if "_" in word:
                        continue
                    if not word[0].isupper():
                        lower.add(word.lower())
                    elif len(word) >= 4 and word[1:].islower():
                        titled.add(word.lower())

    def everyday_form(w):
        if w in irregular:
            return True
        for suffix, restore in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                ("ing", ""), ("ing", "e"), ("d", "")):
            if w.endswith(suffix) and w[: len(w) - len(suffix)] + restore in lower:
                return True
        return False

    proper = sorted(w for w in titled - lower
                    if re.fullmatch(r"[a-z][a-z'-]*", w) and not everyday_form(w))

    places = place_areas(args.wordnet, set(proper))

    def comparatives(adj):
        if adj.endswith("e"):
            return adj + "r", adj + "st"
        if adj.endswith("y") and len(adj) > 2 and adj[-2] not in "aeiou":
            return adj[:-1] + "ier", adj[:-1] + "iest"
        # One syllable ending consonant-vowel-consonant doubles: big -> bigger.
        if (len(adj) >= 3 and adj[-1] not in "aeiouwxy" and adj[-2] in "aeiou"
                and adj[-3] not in "aeiou" and sum(c in "aeiou" for c in adj) == 1):
            return adj + adj[-1] + "er", adj + adj[-1] + "est"
        return adj + "er", adj + "est"

    for adj in sorted(adjectives):
        if (not re.fullmatch(r"[a-z]{3,7}", adj) or counts.get(adj, 0) < 1
                or adj.endswith(("er", "est"))):
            continue
        for form in comparatives(adj):
            if form not in nouns_verbs:
                irregular.setdefault(form, adj)

    out = []
    out.append("// Generated by scripts/gen_lexicon.py from WordNet 3.0; do not edit.")
    out.append('#include "align/lexicon.h"')
    out.append("namespace claimcheck::internal::lexicon_data {")
    out.append("const IrregularForm kIrregular[] = {")
    for form in sorted(irregular):
        out.append(f"  {{{cpp_string(form)}, {cpp_string(irregular[form])}}},")
    out.append("};")
    out.append(f"const size_t kIrregularCount = {len(irregular)};")
    out.append("const LemmaCount kLemmaCounts[] = {")
    kept = sorted(k for k, v in counts.items() if v >= args.min_count)
    for lemma in kept:
        noun_only = "true" if lemma in nouns and lemma not in not_nouns else "false"
        out.append(f"  {{{cpp_string(lemma)}, {counts[lemma]}, {noun_only}}},")
    out.append("};")
    out.append(f"const size_t kLemmaCountsSize = {len(kept)};")
    out.append("const char* const kProperNames[] = {")
    for word in proper:
        out.append(f"  {cpp_string(word)},")
    out.append("};")
    out.append(f"const size_t kProperNamesSize = {len(proper)};")
    # Each place: its name, then where its areas start in kPlaceAreas, how many are its
    # own (the synsets it names) and how many in all (its own, then those containing them).
    out.append("const PlaceAreas kPlaces[] = {")
    areas = []
    for word in sorted(places):
        own, containing = places[word]
        count = len(own) + len(containing)
        out.append(f"  {{{cpp_string(word)}, {len(areas)}, {len(own)}, {count}}},")
        areas.extend(sorted(own) + sorted(containing))
    out.append("};")
    out.append(f"const size_t kPlacesSize = {len(places)};")
    out.append("const uint32_t kPlaceAreas[] = {")
    for i in range(0, len(areas), 8):
        out.append("  " + " ".join(f"{a}," for a in areas[i:i + 8]))
    out.append("};")
    out.append("}  // namespace claimcheck::internal::lexicon_data")
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    os.replace(tmp, args.out)


if __name__ == "__main__":
    main()
