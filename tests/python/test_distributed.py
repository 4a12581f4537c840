"""The distributed examples give the same reports as one `claimcheck batch` run.

examples/distributed/: GNU parallel (--pipe and --pipepart), split + xargs, and Dask
(LocalCluster, 2 workers) through the CLI and through the Python module. Each test skips
when what it needs is absent (the CLI in $CLAIMCHECK_CLI, GNU parallel, Dask's
`distributed`, the module). The corpus is ../shared/data/dev/qags.jsonl when present,
else pairs built from fixtures/seeds.
"""
import importlib.util
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(os.environ.get("CLAIMCHECK_SOURCE_DIR",
                                   pathlib.Path(__file__).resolve().parents[2]))
EXAMPLES = ROOT / "examples" / "distributed"
CLI = os.environ.get("CLAIMCHECK_CLI", "")
HAVE_CLI = bool(CLI) and os.access(CLI, os.X_OK)
HAVE_PARALLEL = shutil.which("parallel") is not None
HAVE_DASK = importlib.util.find_spec("distributed") is not None
HAVE_MODULE = importlib.util.find_spec("claimcheck") is not None


def seed_corpus(path):
    """Pairs from the seeds: lines of a seed against it (supported), against the next seed
    (mostly unsupported), and one pair with two sources."""
    seeds = sorted((ROOT / "fixtures" / "seeds").glob("[0-9][0-9][0-9]_*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    with open(path, "w", encoding="utf-8") as out:
        n = 0
        for rep in range(8):
            for i, text in enumerate(texts):
                lines = [l for l in text.split("\n") if len(l) > 40]
                for j, line in enumerate(lines[rep::8][:4]):
                    other = texts[(i + 1) % len(texts)]
                    source = text if j % 2 == 0 else other
                    out.write(json.dumps({"id": f"seed-{n}", "source": source, "summary": line},
                                         ensure_ascii=False) + "\n")
                    n += 1
        out.write(json.dumps({"id": n, "sources": texts[:2], "summary": texts[0][:400]}) + "\n")


def corpus(tmpdir):
    """The dev corpus, or one built from the seeds in `tmpdir`."""
    dev = ROOT.parent / "shared" / "data" / "dev" / "qags.jsonl"
    if dev.exists():
        return str(dev)
    path = os.path.join(tmpdir, "seeds.jsonl")
    seed_corpus(path)
    return path


def run(cmd, stdin=None):
    """Runs cmd with the file `stdin` (or nothing) on its standard input."""
    if stdin is None:
        return subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, check=False)
    with open(stdin, "rb") as inp:
        return subprocess.run(cmd, stdin=inp, capture_output=True, check=False)


def without_line_numbers(output):
    """Parsed output lines, error records without their piece-relative "line"."""
    records = [json.loads(l) for l in output.splitlines()]
    for r in records:
        if "error" in r:
            r["error"].pop("line", None)
    return records


@unittest.skipUnless(HAVE_CLI, "the claimcheck CLI ($CLAIMCHECK_CLI) is not built")
class SplitTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory(prefix="claimcheck-dist-")
        cls.corpus = corpus(cls.tmp.name)
        single = run([CLI, "batch"], stdin=cls.corpus)
        assert single.returncode == 0, single.stderr
        cls.single = single.stdout
        cls.lines = cls.single.count(b"\n")
        # A small corpus with bad lines in it: the runs go on and exit 3.
        cls.bad = os.path.join(cls.tmp.name, "bad.jsonl")
        with open(cls.corpus, "rb") as f:
            head = [next(f) for _ in range(12)]
        with open(cls.bad, "wb") as f:
            f.writelines(head[:5] + [b"not json\n"] + head[5:9] +
                         [b'{"id": "no-summary", "source": "x"}\n', b"\xff\xfe\n"] + head[9:])
        cls.bad_single = run([CLI, "batch"], stdin=cls.bad)
        assert cls.bad_single.returncode == 3

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def env(self):
        return dict(os.environ, CLAIMCHECK_CLI=CLI)

    def assert_same_as_single(self, result):
        self.assertEqual(result.returncode, 0, result.stderr.decode(errors="replace"))
        self.assertEqual(result.stdout.count(b"\n"), self.lines)
        self.assertEqual(result.stdout, self.single)

    def assert_bad_lines_kept(self, result):
        self.assertEqual(result.returncode, 3, result.stderr.decode(errors="replace"))
        self.assertEqual(without_line_numbers(result.stdout),
                         without_line_numbers(self.bad_single.stdout))

    @unittest.skipUnless(HAVE_PARALLEL, "GNU parallel is not installed")
    def test_parallel_pipe(self):
        cmd = [str(EXAMPLES / "parallel_batch.sh"), "-j", "2", "-b", "64k", "-c", CLI]
        self.assert_same_as_single(run(cmd, stdin=self.corpus))
        self.assert_bad_lines_kept(run(cmd[:3] + ["-b", "4k", "-c", CLI], stdin=self.bad))

    @unittest.skipUnless(HAVE_PARALLEL, "GNU parallel is not installed")
    def test_parallel_pipepart(self):
        cmd = [str(EXAMPLES / "parallel_batch.sh"), "-j", "2", "-b", "64k", "-c", CLI]
        self.assert_same_as_single(run(cmd + [self.corpus]))
        self.assert_bad_lines_kept(run(cmd[:3] + ["-b", "4k", "-c", CLI, self.bad]))

    def test_split_xargs(self):
        cmd = [str(EXAMPLES / "split_batch.sh"), "-j", "2", "-c", CLI]
        self.assert_same_as_single(run(cmd + ["-l", "37", self.corpus]))
        self.assert_bad_lines_kept(run(cmd + ["-l", "3", self.bad]))


@unittest.skipUnless(HAVE_DASK, "Dask's `distributed` is not importable")
class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from dask.distributed import Client, LocalCluster
        spec = importlib.util.spec_from_file_location("dask_batch", EXAMPLES / "dask_batch.py")
        cls.dask_batch = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(cls.dask_batch)
        cls.tmp = tempfile.TemporaryDirectory(prefix="claimcheck-dask-")
        cls.corpus = corpus(cls.tmp.name)
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                   dashboard_address=None, local_directory=cls.tmp.name)
        cls.client = Client(cls.cluster)

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def dask_run(self, mode):
        out_path = os.path.join(self.tmp.name, mode + ".jsonl")
        with open(out_path, "w", encoding="utf-8", newline="\n") as out:
            errors = self.dask_batch.run(self.client, self.corpus, out, mode=mode, cli=CLI,
                                         blocksize="64KiB")
        self.assertEqual(errors, 0)
        with open(out_path, "rb") as f:
            return f.read()

    def partitions(self):
        import dask.bag as db
        return db.read_text(self.corpus, blocksize="64KiB").npartitions

    @unittest.skipUnless(HAVE_CLI, "the claimcheck CLI ($CLAIMCHECK_CLI) is not built")
    def test_cli_partitions_give_the_single_run_bytes(self):
        self.assertGreater(self.partitions(), 2)
        single = run([CLI, "batch"], stdin=self.corpus)
        self.assertEqual(single.returncode, 0)
        self.assertEqual(self.dask_run("cli"), single.stdout)

    @unittest.skipUnless(HAVE_MODULE, "the claimcheck Python module is not built")
    def test_module_gives_the_same_reports(self):
        got = self.dask_run("module")
        if HAVE_CLI:
            expected = run([CLI, "batch"], stdin=self.corpus).stdout
            self.assertEqual([json.loads(l) for l in got.splitlines()],
                             [json.loads(l) for l in expected.splitlines()])
            # String ids: the bytes match as well.
            self.assertEqual(got, expected)
        else:
            import claimcheck
            checker = claimcheck.Checker()
            with open(self.corpus, encoding="utf-8") as f:
                pairs = [json.loads(l) for l in f if l.strip()]
            reports = [json.loads(l) for l in got.splitlines()]
            self.assertEqual(len(reports), len(pairs))
            for pair, report in zip(pairs, reports):
                expected = checker.check(pair.get("sources", pair.get("source")),
                                         pair["summary"])
                expected["id"] = pair["id"]
                self.assertEqual(report, expected)


if __name__ == "__main__":
    unittest.main()
