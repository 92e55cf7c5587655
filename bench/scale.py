"""How k2check scales to many documents: the command once per document, the command over many files, the
Python API in one process, Spark ``local[2]`` and Dask with 2 workers, on the same generated documents,
side by side in one run.

    python bench/scale.py --sizes 20000,50000,100000 --out bench/scale-results.md

Needs ``pip install '.[spark,dask]'`` and java for the two engines (they are left out otherwise). Every
way is run in a child process; its wall time is measured here, and its CPU time is the larger of what
``wait4`` reports (the child and the children it reaped) and the sum over its whole process tree sampled
from /proc every 0.2 s (Spark's JVM is not reaped by its Python driver). The command once per document
is measured on a sample (``--per-doc``) and reported per document. All ways must find the same rows:
a digest of the sorted findings is compared, and a mismatch is printed in the report.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TICK = os.sysconf("SC_CLK_TCK")
Row = tuple[Any, ...]


# --------------------------------------------------------------------------------------------------
# Children: each does one way of checking and writes its findings.


def _child_inproc(data: Path, out: Path) -> None:
    import pyarrow.parquet as pq

    from k2check import Checker

    table = pq.read_table(data / "docs.parquet")
    checker = Checker.from_default()
    with out.open("w", encoding="utf-8") as handle:
        for doc_id, text in zip(table["doc_id"].to_pylist(), table["text"].to_pylist(), strict=True):
            for finding in checker.check_text(text, doc_id):
                handle.write(json.dumps(finding) + "\n")


def _child_spark(data: Path, out: Path, partitions: int) -> None:
    from pyspark.sql import SparkSession

    from k2check.spark import check_dataframe

    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("k2check-scale")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.extraJavaOptions", "-XX:+UseSerialGC")
        .config("spark.executorEnv.K2CHECK_CACHE_DIR", os.environ.get("K2CHECK_CACHE_DIR", ""))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        docs = spark.read.parquet(str(data / "docs.parquet")).repartition(partitions)
        check_dataframe(docs, "text", "doc_id").write.mode("overwrite").parquet(str(out))
    finally:
        spark.stop()


def _child_dask(data: Path, out: Path, partitions: int) -> None:
    import dask.dataframe as dd
    from distributed import Client, LocalCluster

    from k2check.frames import check_frame, empty_findings

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        docs = dd.read_parquet(str(data / "docs.parquet")).repartition(npartitions=partitions)
        findings = docs.map_partitions(check_frame, "text", "doc_id", meta=empty_findings())
        findings.to_parquet(str(out), write_index=False, overwrite=True)


# --------------------------------------------------------------------------------------------------
# The parent: generate, run each way, measure, compare, report.


def _generate(count: int, folder: Path) -> dict[str, Any]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    sys.path.insert(0, str(HERE))
    import corpus

    docs_dir = folder / "docs"
    docs_dir.mkdir(parents=True)
    ids, texts = [], []
    for doc_id, text in corpus.documents(count, seed=1):
        path = docs_dir / f"{doc_id}.md"
        path.write_text(text, encoding="utf-8")
        ids.append(str(path))
        texts.append(text)
    pq.write_table(pa.table({"doc_id": ids, "text": texts}), folder / "docs.parquet")
    (folder / "files.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    size = sum(len(t.encode("utf-8")) for t in texts)
    return {"docs": count, "bytes": size, "paths": ids}


class _TreeCpu:
    """The CPU seconds of a process and all its descendants, sampled from /proc."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.seen: dict[tuple[int, str], float] = {}
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(0.2):
            self.sample()

    def sample(self) -> None:
        parents: dict[int, int] = {}
        stats: dict[int, tuple[str, float]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                raw = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            fields = raw[raw.rfind(")") + 2 :].split()
            parents[int(entry)] = int(fields[1])
            stats[int(entry)] = (fields[19], (int(fields[11]) + int(fields[12])) / TICK)
        tree = {self.root}
        grew = True
        while grew:
            grew = False
            for pid, ppid in parents.items():
                if ppid in tree and pid not in tree:
                    tree.add(pid)
                    grew = True
        for pid in tree:
            if pid in stats:
                start, cpu = stats[pid]
                key = (pid, start)
                self.seen[key] = max(self.seen.get(key, 0.0), cpu)

    def total(self) -> float:
        self.stop.set()
        self.thread.join()
        return sum(self.seen.values())


def _measure(argv: list[str], env: dict[str, str], stdout: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of a command and everything it starts."""
    start = time.perf_counter()
    with open(stdout or os.devnull, "wb") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.DEVNULL)
        tree = _TreeCpu(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    sampled = tree.total()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(argv[:6])}")
    return wall, max(usage.ru_utime + usage.ru_stime, sampled)


def _rows_jsonl(path: Path, flat: bool) -> list[Row]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if flat:
            rows.append(tuple(d))
        else:
            s, m = d["source"], d["match"]
            rows.append((s["path"], s["line"], s["column"], m["id"], m["negated"], d["verdict"], m["score"],
                         d["statement"], d.get("suppressed")))  # fmt: skip
    return rows


def _rows_parquet(path: Path) -> list[Row]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return [tuple(r.values()) for r in table.to_pylist()]


def _digest(rows: list[Row]) -> str:
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()[:12]


def _k2check() -> str:
    return shutil.which("k2check", path=str(Path(sys.executable).parent)) or "k2check"


def run_size(count: int, args: argparse.Namespace, env: dict[str, str]) -> list[dict[str, Any]]:
    ways = [w for w in args.ways.split(",") if w]
    results = []
    with tempfile.TemporaryDirectory(prefix="k2check-scale-") as tmp:
        folder = Path(tmp)
        data = _generate(count, folder)
        me = [sys.executable, str(Path(__file__).resolve())]
        print(f"{count} documents, {data['bytes'] / 2**20:.1f} MiB", file=sys.stderr)
        for way in ways:
            out = folder / f"out-{way}"
            rows: list[Row] = []
            if way == "cli-per-doc":
                sample = data["paths"][: args.per_doc]
                wall = cpu = 0.0
                for path in sample:
                    w, c = _measure([_k2check(), "--format", "jsonl", "--file", path], env, out)
                    wall, cpu = wall + w, cpu + c
                    rows.extend(_rows_jsonl(out, flat=False))
                docs = len(sample)
            elif way == "cli-files":
                # One run per 5,000 files, as xargs would (a command line has a length limit).
                wall = cpu = 0.0
                for i in range(0, count, 5000):
                    chunk = data["paths"][i : i + 5000]
                    w, c = _measure([_k2check(), "--format", "jsonl", "--files", *chunk], env, out)
                    wall, cpu = wall + w, cpu + c
                    rows.extend(_rows_jsonl(out, flat=False))
                docs = count
            else:
                child = [*me, "--child", way, "--data", str(folder), "--result", str(out)]
                child += ["--partitions", str(args.partitions)]
                wall, cpu = _measure(child, env)
                rows = _rows_jsonl(out, flat=True) if way == "api" else _rows_parquet(out)
                docs = count
            result = {"docs": count, "way": way, "measured": docs, "wall": wall, "cpu": cpu,
                      "rows": len(rows), "digest": _digest(rows)}  # fmt: skip
            print(json.dumps(result), file=sys.stderr)
            results.append(result)
    return results


def _report(results: list[dict[str, Any]], args: argparse.Namespace) -> str:
    load = os.getloadavg()
    lines = [
        "# k2check at scale",
        "",
        f"`python bench/scale.py --sizes {args.sizes} --per-doc {args.per_doc} "
        f"--partitions {args.partitions}`"
        + (
            f" (the other sizes come from an earlier run, `--previous {args.previous.name}`)"
            if args.previous
            else ""
        ),
        f"on {platform.machine()} with {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; load average at the end "
        f"{load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (the machine is shared: wall times are inflated, "
        "CPU seconds are the figures to compare).",
        "",
        "Documents: `bench/corpus.py` `documents()` (short posts, and about one article in eleven), seed 1.",
        "The command once per document is measured on the first documents of each set and scaled.",
        "",
        "| documents | way | docs/s (wall) | docs per CPU-second | wall s | CPU s | findings | same rows |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    names = {
        "cli-per-doc": "`k2check --format jsonl --file F`, once per document",
        "cli-files": "`k2check --format jsonl --files` (5,000 files a run)",
        "api": "`Checker.check_text` in one process",
        "spark": "Spark `local[2]`, `check_dataframe`",
        "dask": "Dask, 2 worker processes, `map_partitions`",
    }
    for r in results:
        reference = next((x for x in results if x["docs"] == r["docs"] and x["way"] == "api"), None)
        same = "sample" if r["way"] == "cli-per-doc" else "-"
        if reference is not None and r["way"] != "cli-per-doc":
            same = "yes" if reference["digest"] == r["digest"] else f"NO ({r['digest']})"
        scale = r["measured"]
        lines.append(
            f"| {r['docs']:,} | {names.get(r['way'], r['way'])} | {scale / r['wall']:,.1f} | "
            f"{scale / r['cpu']:,.1f} | {r['wall']:.1f} | {r['cpu']:.1f} | "
            f"{r['rows']:,}{' (sample of ' + str(scale) + ')' if scale != r['docs'] else ''} | {same} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--sizes", default="20000")
    parser.add_argument("--ways", default="cli-per-doc,cli-files,api,spark,dask")
    parser.add_argument("--per-doc", type=int, default=50, help="documents for the once-per-document way")
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--json", type=Path, help="also keep the raw figures here, for --previous")
    parser.add_argument("--previous", type=Path, help="raw figures of an earlier run to report first")
    parser.add_argument("--child")
    parser.add_argument("--data", type=Path)
    parser.add_argument("--result", type=Path)
    args = parser.parse_args()
    if args.child:
        if args.child == "api":
            _child_inproc(args.data, args.result)
        elif args.child == "spark":
            _child_spark(args.data, args.result, args.partitions)
        else:
            _child_dask(args.data, args.result, args.partitions)
        return
    cache = tempfile.mkdtemp(prefix="k2check-scale-cache-")
    env = dict(os.environ, K2CHECK_CACHE_DIR=cache)
    subprocess.run([_k2check(), "K2 builds muscle"], env=env, stdout=subprocess.DEVNULL, check=True)  # warm
    results = json.loads(args.previous.read_text(encoding="utf-8")) if args.previous else []
    for size in (int(s) for s in args.sizes.split(",")):
        results.extend(run_size(size, args, env))
        report = _report(results, args)
        if args.out:
            args.out.write_text(report, encoding="utf-8")
        if args.json:
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    shutil.rmtree(cache, ignore_errors=True)
    print(_report(results, args))


if __name__ == "__main__":
    main()
