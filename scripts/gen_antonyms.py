#!/usr/bin/env python3
"""Generates src/facts/antonym_data.inc from Debian's WordNet 3.0 data (wordnet-base).

    gen_antonyms.py --wordnet /usr/share/wordnet --out src/facts/antonym_data.inc

Pairs come from WordNet's lexical antonym pointers ("!") in data.adj, data.adv,
data.noun and data.verb: a pointer names a source word and a target word, so the pair is
exactly the two lemmas a lexicographer marked as opposites.

Adjective satellites ("scalding", sense of "hot") have no antonyms of their own; they
inherit the antonyms of their head ("hot" -> "cold") through the similar-to pointer
("&"). That is done only when the satellite sense is the lemma's most frequent adjective
sense (first in index.adj), so a word is not paired by a rare sense ("sound" as in
"good" -> "bad"), and only for satellites seen in the sense-tagged corpus (cntlist.rev):
rare ones ("teensy", "elflike") cost table space and never decide a summary. The other
lemmas of a head synset share its antonyms on the same terms ("hard", in the synset
"difficult, hard" whose "difficult" is marked against "easy").

Only single lowercase words are kept (no phrases, hyphens, capitals or digits). The
output lists each unordered pair once, sorted, one "a b" per line inside a C string.
tests/facts/antonyms_test.cc regenerates it and fails when the committed file differs.
"""
import argparse
import os
import re

WORD = re.compile(r"[a-z]+$")
LINE_WIDTH = 90
POS_FILES = {"adj": "a", "adv": "r", "noun": "n", "verb": "v"}


def clean(word):
    # Adjective lemmas may carry a syntactic marker: "elect(ip)".
    return re.sub(r"\(.*\)$", "", word)


def read_data(path):
    """offset -> (ss_type, [words], [(symbol, offset, pos, src, dst)])"""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            head = line.split("|", 1)[0].split()
            offset, ss_type = head[0], head[2]
            w_cnt = int(head[3], 16)
            words = [clean(head[4 + 2 * i]) for i in range(w_cnt)]
            k = 4 + 2 * w_cnt
            p_cnt = int(head[k])
            ptrs = []
            for i in range(p_cnt):
                sym, off, pos, st = head[k + 1 + 4 * i: k + 5 + 4 * i]
                ptrs.append((sym, off, pos, int(st[:2], 16), int(st[2:], 16)))
            synsets[offset] = (ss_type, words, ptrs)
    return synsets


def first_adj_senses(path):
    """lemma -> offset of its most frequent adjective synset (index.adj order)."""
    first = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma = parts[0]
            synset_cnt = int(parts[2])
            first[lemma] = parts[-synset_cnt]
    return first


def tagged_lemmas(path):
    """Lemmas with at least one sense-tagged occurrence in SemCor."""
    seen = set()
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3 and int(parts[2]) > 0:
                seen.add(parts[0].split("%", 1)[0])
    return seen


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    data = {}
    for name, pos in POS_FILES.items():
        data[pos] = read_data(os.path.join(args.wordnet, "data." + name))
    # Satellites live in data.adj with pos "s" in pointers.
    data["s"] = data["a"]

    pairs = set()

    def add(a, b):
        a, b = a.lower(), b.lower()
        if a != b and WORD.match(a) and WORD.match(b) and a == clean(a):
            pairs.add((min(a, b), max(a, b)))

    # Direct lexical antonyms.
    antonyms_of_head = {}  # adjective head offset -> antonym words
    for pos, synsets in data.items():
        if pos == "s":
            continue
        for offset, (ss_type, words, ptrs) in synsets.items():
            for sym, off, tpos, src, dst in ptrs:
                if sym != "!" or src == 0 or dst == 0:
                    continue
                target = data[tpos][off][1][dst - 1]
                add(words[src - 1], target)
                if pos == "a" and ss_type == "a":
                    antonyms_of_head.setdefault(offset, set()).add(target)

    # Satellites inherit their head's antonyms, by their most frequent sense only.
    first = first_adj_senses(os.path.join(args.wordnet, "index.adj"))
    tagged = tagged_lemmas(os.path.join(args.wordnet, "cntlist.rev"))
    for offset, (ss_type, words, ptrs) in data["a"].items():
        if ss_type != "s":
            continue
        heads = [off for sym, off, tpos, src, dst in ptrs if sym == "&"]
        for word in words:
            if first.get(word.lower()) != offset or word.lower() not in tagged:
                continue
            for head in heads:
                for target in antonyms_of_head.get(head, ()):
                    add(word, target)

    # The other lemmas of a head synset share its antonyms ("hard" in "difficult, hard"
    # against "easy"), on the same terms as satellites: by their most frequent sense.
    for offset, targets in antonyms_of_head.items():
        for word in data["a"][offset][1]:
            if first.get(word.lower()) != offset or word.lower() not in tagged:
                continue
            for target in targets:
                add(word, target)

    lines = [
        "// Generated by scripts/gen_antonyms.py from WordNet 3.0 (Debian wordnet-base);",
        "// do not edit. Antonym pairs \"a b\\n\", each unordered pair once, sorted.",
        "constexpr char kAntonymPairs[] =",
    ]
    # Several pairs per source line keep the file compact.
    line = ""
    for a, b in sorted(pairs):
        item = f"{a} {b}\\n"
        if len(line) + len(item) > LINE_WIDTH:
            lines.append(f'    "{line}"')
            line = ""
        line += item
    if line:
        lines.append(f'    "{line}"')
    lines[-1] += ";"
    with open(args.out, "w", encoding="ascii") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
