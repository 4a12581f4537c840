#!/usr/bin/env python3
"""Writes the hand-made seed inputs of every fuzz target into fuzz/corpus/<target>/seed-*.

The seeds come from fixtures/ (the seed articles, the Unicode edge cases, the checked
cases) and from small crafted inputs; the fuzzers grow the corpus from them, and a
merge (-merge=1) keeps what adds coverage. Re-running this rewrites only seed-* files.

    python3 fuzz/make_seed_corpus.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
SEP = b"\x1e"  # split_input.h: pieces are separated by U+001E

CRAFTED_TEXT = [
    b"",
    b"U.S. prices.In a February statement, Alibaba (9988.HK) said Sept 11 was fine.",
    b"Sept 11 (Reuters) - China's Alibaba and Baidu have started using chips.",
    b"\xe2\x80\xa2 First bullet\n\xe2\x80\xa2 Second bullet\n- dash bullet\n1. numbered",
    b"[1]\nAlibaba reported results.\n[2]\nBaidu did not. [1]",
    b"Share\nCopy Link\nSummarized by\nJane Doe\n3 hours ago",
    b"The chip is top\xe2\x80\x91of\xe2\x80\x91the\xe2\x80\x91line. - The Information",
    b"Revenue rose 15% to $53 billion in the June quarter, up from 380 billion CNY.",
    b"Shares fell 4.5% on Thursday, not more than 10-15% since 2024/25 or the 1990s.",
    b"Nvidia did not immediately respond. It may reportedly outperform the H20.",
    b"It doubled, tripled, and was the first, second-generation, most powerful chip.",
    b"Revenue rose 10^308 and 1e309 times to " + b"9" * 80 + b" dollars, 999,999,999%.",
    b"...!!!???" + b"." * 200 + b"((((" + b"-" * 50,
    b"\xe9\x98\xbf\xe9\x87\x8c\xe5\xb7\xb4\xe5\xb7\xb4\xe5\x8f\x91\xe5\xb8\x83\xe3\x80\x82"
    b"\xe7\x99\xbe\xe5\xba\xa6\xef\xbc\x81",
    b"e\xcc\x81\xcc\x81\xcc\x81 caf\xc3\xa9 \xef\xac\x81 \xe2\x91\xa0 \xef\xbc\xa1\xef\xbd\x82",
    b"https://example.com/a/b?c=d&e=f www.reuters.com/x user@example.com",
    b"A\x00B. C\x00.",
    b"\xef\xbb\xbf\xc2\xa0\xe2\x80\x83\xe3\x80\x80\xe2\x80\xa8\xe2\x80\x8b",
    b"Line one\r\nLine two\r\n\r\nLine three",
    b"Mr. Smith met Dr. Jones at 5 pm, 17:30, on Monday, March 3, 2025 (Q2).",
]

BAD_UTF8 = [b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\xe0\x80\xaf",
            b"\xf0\x80\x80\xaf", b"\xc3", b"\xe2\x82", b"\x80abc", b"ok\xffok",
            b"\xf0\x9f\x98\x80"]


def read(path):
    return pathlib.Path(path).read_bytes()


def cases():
    """(sources, summary) of each fixture case, in name order."""
    out = []
    for d in sorted((ROOT / "fixtures" / "cases").iterdir()):
        if not d.is_dir():
            continue
        sources = [read(p) for p in sorted((d / "sources").iterdir())]
        out.append((d.name, sources, read(d / "summary.txt")))
    return out


def trim(data, n):
    """The first n bytes of data, cut back to whole UTF-8 sequences."""
    return data[:n].decode("utf-8", "ignore").encode()


def write(target, name, data):
    d = CORPUS / target
    d.mkdir(parents=True, exist_ok=True)
    (d / ("seed-" + name)).write_bytes(data)


def split_input(flags, sources, summary):
    return bytes([flags]) + SEP.join(list(sources) + [summary])


def main():
    for d in CORPUS.glob("*/seed-*"):
        d.unlink()
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
    unicode = sorted((ROOT / "fixtures" / "unicode").glob("*"))

    for p in unicode:
        write("utf8", p.name, read(p))
    for i, b in enumerate(BAD_UTF8 + CRAFTED_TEXT):
        write("utf8", "crafted-%02d" % i, b)

    for target in ("segment", "facts"):
        for p in seeds:
            write(target, p.name, read(p) if target == "segment" else trim(read(p), 3000))
        for p in unicode:
            if p.suffix == ".txt":
                write(target, p.name, read(p))
        for i, b in enumerate(CRAFTED_TEXT):
            write(target, "crafted-%02d" % i, b)

    # Whole checks: each fixture case once, with a rotating flags byte so that every
    # option slot (repair, small limits, max_evidence) has seeds; crafted self-checks.
    # Cut to a few kB: enough for the checks to find evidence, small enough to fuzz fast.
    for i, (name, sources, summary) in enumerate(cases()):
        sources = [trim(s, 3000) for s in sources]
        summary = trim(summary, 1200)
        write("check", name, split_input(i % 16, sources, summary))
        if i % 3 == 0:
            write("c_api", name, split_input((i * 5) % 16, sources, summary))
    for i, b in enumerate(CRAFTED_TEXT):
        write("check", "crafted-%02d" % i, split_input(i % 16, [b], b))
        write("check", "crafted-vs-%02d" % i,
              split_input((i + 3) % 16, [CRAFTED_TEXT[(i + 7) % len(CRAFTED_TEXT)]], b))
    for i, b in enumerate(BAD_UTF8):
        write("check", "bad-%02d" % i, split_input(0, [b"Fine source."], b))
        write("c_api", "bad-%02d" % i, split_input(0, [b], b"Fine summary."))
    write("c_api", "crafted-two-sources",
          split_input(4, [CRAFTED_TEXT[7], CRAFTED_TEXT[8]], CRAFTED_TEXT[9]))

    # Batch lines: real pairs as JSON, every id type, and the usual breakages.
    lines = []
    for i, (name, sources, summary) in enumerate(cases()[:6]):
        pair = {"id": name, "sources": [s.decode() for s in sources], "summary": summary.decode()}
        if i % 2:
            pair = {"id": i, "source": sources[0].decode()[:1500],
                    "summary": summary.decode()[:400], "label": 1}
        lines.append(json.dumps(pair, ensure_ascii=(i % 3 == 0)).encode())
    lines += [
        b'{"id": 1.50, "source": "Nvidia sold chips.", "summary": "Nvidia sold chips."}',
        b'{"id": "a\\u00e9\\"", "source": "x y z.", "summary": "x y."}',
        b'{"id": null, "source": "x.", "summary": "y."}',
        b'{"id": [1, {"a": 2}], "source": "x.", "summary": "y."}',
        b'{"id": true, "sources": ["a b.", "c d."], "summary": "a d."}',
        b'{"id": 5, "summary": "no source"}',
        b'{"id": 6, "source": "a", "sources": ["b"], "summary": "c"}',
        b'{"id": 7, "source": 7, "summary": "c"}',
        b'{"id": 8, "sources": [], "summary": "c"}',
        b'{"id": 9, "sources": ["a", 3], "summary": "c"}',
        b'{"id": 10, "source": "bad \xff byte", "summary": "c"}',
        b'{"id": 11, "source": "a", "summary": "   "}',
        b'{"id": 12, "source": "a", "summary": ',
        b'[1, 2]',
        b'"string"',
        b'nul\x00l',
        b'{"id": 13, "source": "' + b"x " * 700 + b'", "summary": "' + b"y" * 1100 + b'"}',
    ]
    for i, line in enumerate(lines):
        write("batch_line", "line-%02d" % i, line)
    write("batch", "all-lines", b"\n".join(lines) + b"\n")
    write("batch", "crlf-blank-no-final-newline",
          b"\r\n  \n" + lines[6] + b"\r\n\n\t\n" + lines[7] + b"\n" + lines[12])
    write("batch", "many-small", b"\n".join([lines[6]] * 70))

    # Around fuzz_batch's line limit (kMaxLineBytes = 1024): at it, just over it, far over
    # it, blank and over it, and over it without a final newline.
    def sized(id_json, size):
        line = b'{"id": ' + id_json + b', "source": "a b.", "summary": "a b.", "pad": ""}'
        return line[:-2] + b"p" * (size - len(line)) + line[-2:]
    write("batch", "long-lines", b"\n".join([
        sized(b"1", 1024), sized(b'"two"', 1025), lines[6], sized(b"3", 100 << 10),
        b" \t" * 600, sized(b"[4]", 2000), lines[7], sized(b"5.0", 1500)]))


if __name__ == "__main__":
    main()
