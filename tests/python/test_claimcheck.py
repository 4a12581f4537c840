"""The Python module: report shape, byte offsets, errors, prepared sources, threads.

Run with Debian's Python and the built module on the path:
    PYTHONPATH=build/python /usr/bin/python3 -m unittest -v test_claimcheck
"""
import concurrent.futures
import json
import os
import pathlib
import threading
import time
import unittest

import claimcheck

ROOT = pathlib.Path(os.environ.get("CLAIMCHECK_SOURCE_DIR",
                                   pathlib.Path(__file__).resolve().parents[2]))
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("[0-9][0-9][0-9]_*.txt"))
INVENTED = "Penguins in Antarctica elected a new mayor in 1850.\n"


def seed(i):
    return SEEDS[i].read_text(encoding="utf-8")


def line_of(text, i):
    return text.split("\n")[i] + "\n"


class ReportShapeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.checker = claimcheck.Checker()
        cls.source = seed(0)
        cls.summary = line_of(cls.source, 3) + INVENTED
        cls.report = cls.checker.check(cls.source, cls.summary)

    def test_top_level_keys_and_types(self):
        r = self.report
        self.assertEqual(list(r), ["id", "consistent", "score", "counts", "sentences"])
        self.assertIsNone(r["id"])
        self.assertIsInstance(r["consistent"], bool)
        self.assertGreaterEqual(r["score"], 0.0)
        self.assertLessEqual(r["score"], 1.0)
        self.assertEqual(set(r["counts"]), {"supported", "unsupported", "contradicted", "skipped"})
        self.assertEqual(sum(r["counts"].values()), len(r["sentences"]))
        flagged = r["counts"]["unsupported"] + r["counts"]["contradicted"]
        self.assertEqual(r["consistent"], flagged == 0)

    def test_units(self):
        units = self.report["sentences"]
        self.assertEqual([u["index"] for u in units], list(range(len(units))))
        for u in units:
            self.assertEqual(list(u), ["index", "begin", "end", "kind", "text", "verdict", "score",
                                       "evidence", "findings"])
            self.assertIn(u["kind"], {"body", "heading", "bullet", "boilerplate"})
            self.assertIn(u["verdict"], {"supported", "unsupported", "contradicted", "skipped"})
            for e in u["evidence"]:
                self.assertEqual(list(e), ["source", "begin", "end", "text", "score"])
            for f in u["findings"]:
                self.assertTrue({"kind", "begin", "end", "text", "detail"} <= set(f))
        # The copied line is supported; the invented one is not.
        self.assertEqual(units[0]["verdict"], "supported")
        self.assertTrue(units[0]["evidence"])
        self.assertNotEqual(units[-1]["verdict"], "supported")
        self.assertFalse(self.report["consistent"])

    def test_dict_equals_parsed_json(self):
        text = self.checker.check_json(self.source, self.summary)
        self.assertIsInstance(text, str)
        self.assertNotIn("\n", text)
        self.assertEqual(json.loads(text), self.report)

    def test_id_is_carried(self):
        r = self.checker.check(self.source, self.summary, id="pair-7")
        self.assertEqual(r["id"], "pair-7")
        self.assertTrue(self.checker.check_json(self.source, self.summary, id="pair-7")
                        .startswith('{"id":"pair-7",'))

    def test_bytes_and_str_give_the_same_report(self):
        as_bytes = self.checker.check(self.source.encode(), self.summary.encode())
        self.assertEqual(as_bytes, self.report)

    def test_options_defaults(self):
        o = self.checker.options
        self.assertTrue(0 <= o["threshold"] <= 1)
        self.assertEqual(o["locale"], "en")
        self.assertEqual(o["aliases"], [])


class OffsetTest(unittest.TestCase):
    """Offsets are UTF-8 byte offsets; str indexes differ once a text has non-ASCII."""

    @classmethod
    def setUpClass(cls):
        cls.checker = claimcheck.Checker()

    def check_offsets(self, sources, summary, report):
        encoded = summary.encode()
        for u in report["sentences"]:
            self.assertEqual(encoded[u["begin"]:u["end"]].decode(), u["text"])
            b = claimcheck.char_offset(summary, u["begin"])
            e = claimcheck.char_offset(summary, u["end"])
            self.assertEqual(summary[b:e], u["text"])
            for ev in u["evidence"]:
                src = sources[ev["source"]].encode()
                self.assertEqual(src[ev["begin"]:ev["end"]].decode(), ev["text"])
            for f in u["findings"]:
                self.assertEqual(encoded[f["begin"]:f["end"]].decode(), f["text"])
                if "source" in f:
                    src = sources[f["source"]].encode()
                    self.assertEqual(src[f["source_begin"]:f["source_end"]].decode(),
                                     f["source_text"])

    def test_non_ascii_seed(self):
        source = seed(0)
        # Line 3 has U+2011 hyphens; put a line with U+2019 first so byte and str offsets
        # of the following unit differ.
        summary = line_of(source, 2) + line_of(source, 3) + INVENTED
        self.assertNotEqual(len(summary), len(summary.encode()))
        report = self.checker.check(source, summary)
        self.assertGreaterEqual(len(report["sentences"]), 3)
        last = report["sentences"][-1]
        self.assertNotEqual(last["begin"], claimcheck.char_offset(summary, last["begin"]))
        self.check_offsets([source], summary, report)

    def test_several_sources(self):
        sources = [seed(1), seed(0)]
        summary = line_of(seed(0), 3) + INVENTED
        for given in (sources, tuple(sources)):
            report = self.checker.check(given, summary)
            self.check_offsets(sources, summary, report)
            self.assertEqual(report["sentences"][0]["evidence"][0]["source"], 1)

    def test_char_offset(self):
        text = "Baidu\u2019s chip"
        self.assertEqual(claimcheck.char_offset(text, 0), 0)
        self.assertEqual(claimcheck.char_offset(text, 5), 5)
        self.assertEqual(claimcheck.char_offset(text, 8), 6)  # U+2019 takes 3 bytes
        self.assertEqual(claimcheck.char_offset(text, len(text.encode())), len(text))
        with self.assertRaises(ValueError):
            claimcheck.char_offset(text, 6)  # inside U+2019
        with self.assertRaises(ValueError):
            claimcheck.char_offset(text, 100)


class ErrorTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.checker = claimcheck.Checker()

    def test_invalid_utf8_names_the_byte(self):
        with self.assertRaises(claimcheck.Error) as ctx:
            self.checker.check("A valid source.", b"Alibaba makes chips \xff and more.")
        err = ctx.exception
        self.assertIsInstance(err, ValueError)
        self.assertEqual(err.code, "invalid_utf8")
        self.assertEqual(err.offset, 20)
        self.assertIn("UTF-8", str(err))
        self.assertEqual(err.message, str(err))

    def test_invalid_utf8_in_a_later_source(self):
        with self.assertRaises(claimcheck.Error) as ctx:
            self.checker.check(["A valid source.", b"ok \xc3("], "A claim.")
        self.assertEqual(ctx.exception.offset, 3)
        self.assertIn("source 1", ctx.exception.message)

    def test_empty_summary_has_no_offset(self):
        with self.assertRaises(claimcheck.Error) as ctx:
            self.checker.check("A valid source.", "  \n")
        self.assertEqual(ctx.exception.code, "empty_input")
        self.assertIsNone(ctx.exception.offset)

    def test_no_source(self):
        with self.assertRaises(claimcheck.Error) as ctx:
            self.checker.check([], "A claim.")
        self.assertEqual(ctx.exception.code, "invalid_argument")

    def test_input_too_large(self):
        small = claimcheck.Checker(max_input_bytes=100)
        with self.assertRaises(claimcheck.Error) as ctx:
            small.check(seed(0), "A claim.")
        self.assertEqual(ctx.exception.code, "input_too_large")

    def test_bad_options(self):
        for kwargs in ({"threshold": 1.5}, {"aliases": [["lonely"]]}, {"max_evidence": 0}):
            with self.subTest(**kwargs):
                with self.assertRaises(claimcheck.Error) as ctx:
                    claimcheck.Checker(**kwargs)
                self.assertEqual(ctx.exception.code, "invalid_argument")

    def test_wrong_types(self):
        with self.assertRaises(TypeError):
            self.checker.check(42, "A claim.")
        with self.assertRaises(TypeError):
            self.checker.check("A source.", None)
        with self.assertRaises(TypeError):
            self.checker.check([b"ok", bytearray(b"mutable")], "A claim.")

    def test_lone_surrogate(self):
        # A str that has no UTF-8 encoding: Python's own UnicodeEncodeError, a ValueError.
        with self.assertRaises(ValueError):
            self.checker.check("A source.", "A claim \ud800.")


class AliasAndPrepareTest(unittest.TestCase):
    SOURCE = "Baidu is testing the Kunlun P800 chip on its Wenxin model."
    SUMMARY = "Baidu is testing the Kunlun P800 chip on its Ernie model."

    def test_aliases(self):
        with_alias = claimcheck.Checker(aliases=[["Wenxin", "Ernie"]])
        self.assertEqual(with_alias.options["aliases"], [["Wenxin", "Ernie"]])
        aliased = with_alias.check(self.SOURCE, self.SUMMARY)["sentences"][0]
        plain = claimcheck.Checker().check(self.SOURCE, self.SUMMARY)["sentences"][0]
        self.assertEqual(aliased["verdict"], "supported")
        self.assertEqual(aliased["findings"], [])
        # Without the alias, "Ernie" is a name no source gives.
        self.assertLess(plain["score"], aliased["score"])
        self.assertIn("Ernie", [f["text"] for f in plain["findings"]])

    def test_prepared_sources(self):
        checker = claimcheck.Checker()
        sources = [seed(0), seed(2)]
        prepared = checker.prepare(sources)
        self.assertEqual(len(prepared), 2)
        for summary in (line_of(seed(0), 3), line_of(seed(2), 2) + INVENTED):
            self.assertEqual(checker.check(prepared, summary), checker.check(sources, summary))
        with self.assertRaises(ValueError):
            claimcheck.Checker().check(prepared, "A claim.")


class ThreadTest(unittest.TestCase):
    def test_threads_give_the_same_reports(self):
        checker = claimcheck.Checker()
        pairs = []
        for i in range(len(SEEDS)):
            source = seed(i)
            lines = [l for l in source.split("\n") if len(l) > 40]
            pairs.append((source, lines[0] + "\n" + lines[-1] + "\n" + INVENTED))
            pairs.append((source, seed((i + 1) % len(SEEDS))))
        pairs *= 4
        expected = [checker.check_json(s, m) for s, m in pairs]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            got = list(pool.map(lambda p: checker.check_json(*p), pairs))
            got_dicts = list(pool.map(lambda p: checker.check(*p), pairs))
        self.assertEqual(got, expected)
        self.assertEqual(got_dicts, [json.loads(e) for e in expected])

    def test_the_gil_is_released_while_checking(self):
        # While one thread is inside a long check, another thread keeps running Python.
        # With the GIL held it could not run at all until the check returned.
        checker = claimcheck.Checker()
        # Long enough that the check outlasts the margins below on a fast build.
        source = "\n".join(seed(i) for i in range(len(SEEDS))) * 80
        summary = "\n".join(seed(i) for i in range(len(SEEDS)))
        window = {}

        def work():
            window["begin"] = time.perf_counter()
            checker.check_json(source, summary)
            window["end"] = time.perf_counter()

        worker = threading.Thread(target=work)
        ticks = []
        worker.start()
        while worker.is_alive():
            ticks.append(time.perf_counter())
        worker.join()
        margin = 0.02
        self.assertGreater(window["end"] - window["begin"], 4 * margin, "check too quick to tell")
        inside = [t for t in ticks
                  if window["begin"] + margin < t < window["end"] - margin]
        self.assertTrue(inside, "no Python ran in another thread during the check")


if __name__ == "__main__":
    unittest.main()
