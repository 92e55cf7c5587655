"""k2check benchmark suite: one command, one run, every number side by side.

    python bench/run.py [--quick] [--out bench/results.md]

Measures (bench/README.md explains each): single-statement latency against the import floor; document
throughput and peak memory for 2, 8 and 64 MB of generated articles; the same with a generated
10,000-claim database, and its cold build; a naive RapidFuzz peer on the 2 MB document. Commands are
interleaved round by round and summarised by medians. Runs the ``k2check`` script next to
``sys.executable``; inputs and the k2check cache (K2CHECK_CACHE_DIR) live in a temp dir removed at the end.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import marshal
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402  (bench/ is on sys.path when run as a script; the insert covers runpy)

MB = 1 << 20
STATEMENT = "Vitamin K2 builds muscle"
FLOOR_IMPORTS = "import typer, rich.console, rich.table, rapidfuzz.process"
BIG_EVERY = 3  # the large-database latency commands run in every third round
BIG_DOC_RUNS = 2  # and its (slow) document run in the first two document rounds only
BUNDLED = (
    "import json, k2check; from k2check.loader import bundled_path as b, load_bytes as l, read_bytes as r; "
    "print(json.dumps([str(b()), len(l(r(b()), str(b())).claims), k2check.__file__]))"
)


# --------------------------------------------------------------------------------------------------
# Running a child and measuring it, through bench/launcher.py (see there why a separate small process).


@dataclass(slots=True)
class Sample:
    wall: float
    cpu: float
    max_rss_kb: int
    fed: int = 0
    stopped: bool = False
    stdout: str = ""


class ChildFailed(RuntimeError):
    pass


class Launcher:
    """Runs commands in ``env`` through one long-lived bench/launcher.py process."""

    def __init__(self, env: dict[str, str], scratch: Path) -> None:
        self.env = env
        self.scratch = scratch
        self.proc = subprocess.Popen(
            [sys.executable, "-I", "-S", str(HERE / "launcher.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )

    def __call__(
        self, cmd: list[str], feed: Path | None = None, limit: float | None = None, capture: bool = False
    ) -> Sample:
        """Run ``cmd``, ``feed`` piped to its stdin, stdout to /dev/null (or captured). Wall time, user+sys
        CPU and max RSS of the child from wait4. After ``limit`` seconds the child is killed; the Sample
        then says so and how many bytes it had been fed."""
        out, err = self.scratch / "stdout", self.scratch / "stderr"
        request = marshal.dumps(
            (
                cmd,
                self.env,
                str(feed) if feed else None,
                str(out) if capture else None,
                str(err),
                limit or 0.0,
            )
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(len(request).to_bytes(8, "little") + request)
        self.proc.stdin.flush()
        header = self.proc.stdout.read(8)
        if len(header) < 8:
            raise ChildFailed("the launcher exited")
        wall, cpu, rss, code, fed, stopped = marshal.loads(
            self.proc.stdout.read(int.from_bytes(header, "little"))
        )
        if code != 0 and not stopped:
            message = err.read_text(encoding="utf-8", errors="replace").strip()
            raise ChildFailed(f"{' '.join(cmd)} exited {code}: {message[-800:]}")
        text = out.read_text(encoding="utf-8") if capture else ""
        return Sample(wall, cpu, rss, fed, stopped, text)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def helper(launch: Launcher, *args: str) -> tuple[dict[str, Any], Sample]:
    """Run bench/inproc.py in a child Python; its JSON answer and the child's Sample."""
    sample = launch([sys.executable, str(HERE / "inproc.py"), *args], capture=True)
    return json.loads(sample.stdout), sample


# --------------------------------------------------------------------------------------------------
# The machine.


def _first(path: str, prefix: str) -> str | None:
    try:
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(prefix):
                return line.split(prefix[-1], 1)[1].strip()
    except OSError:
        return None
    return None


def machine() -> list[tuple[str, str]]:
    cpu = _first("/proc/cpuinfo", "model name\t:") or platform.processor() or "unknown"
    mem_kb = _first("/proc/meminfo", "MemTotal:")
    memory = f"{int(mem_kb.split()[0]) / (1 << 20):.1f} GiB" if mem_kb else "unknown"
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    pretty = _first("/etc/os-release", "PRETTY_NAME=")
    system = f"{platform.system()} {platform.release()} {platform.machine()}"
    os_name = f"{pretty.strip(chr(34))}, {system}" if pretty else platform.platform()

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "not installed"

    return [
        ("CPU", cpu),
        ("Cores", f"{os.cpu_count()} logical, {usable} usable by this process"),
        ("Memory", memory),
        ("Python", f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})"),
        ("OS", os_name),
        ("k2check", version("k2check")),
        (
            "RapidFuzz / Typer / Rich / PyYAML",
            " / ".join(version(n) for n in ("rapidfuzz", "typer", "rich", "pyyaml")),
        ),
    ]


def loadavg() -> str:
    """1, 5 and 15 minute load averages: other work on the machine skews every number."""
    return " / ".join(f"{x:.2f}" for x in os.getloadavg()) + f" (1/5/15 min, {os.cpu_count()} cores)"


def snapshot(env: dict[str, str], work: Path) -> tuple[Path, str]:
    """Copy the installed k2check package (with its .pyc files) to work/snapshot, which every child then
    imports first (PYTHONPATH): a ``pip install`` during the run cannot mix two versions of the code.
    Returns the installed package's directory and the digest of what was copied."""
    where = subprocess.run(
        [sys.executable, "-c", "import k2check; print(k2check.__file__)"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if where.returncode != 0:
        raise ChildFailed(f"cannot import the installed k2check: {where.stderr.strip()[-800:]}")
    installed = Path(where.stdout.strip()).parent
    target = work / "snapshot" / "k2check"
    for _ in range(5):
        before = package_digest(installed)
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(installed, target)  # copy2 keeps mtimes, so the copied .pyc files stay valid
        if package_digest(target) == before == package_digest(installed):
            return installed, before
        time.sleep(2)
    raise ChildFailed(f"{installed} keeps changing (is a pip install running?); try again")


def package_digest(package: Path) -> str:
    """A short digest of the installed k2check files, so a report says exactly which code it measured."""
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def git_state() -> str:
    """The repository's HEAD and whether src/ or data/ have uncommitted changes (the installed package
    may differ from both: it is what ``pip install .`` copied last)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(HERE.parent), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(HERE.parent), "status", "--porcelain", "--", "src", "data"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return f"HEAD {head}{', src/data modified' if dirty else ''}"


# --------------------------------------------------------------------------------------------------
# Summaries.


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) < 2:
        return ordered[0] if ordered else float("nan")
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def table(header: list[str], rows: list[list[str]], left: int = 1) -> str:
    """A Markdown table; the first ``left`` columns (and any named 'note') are left-aligned."""
    align = ["---" if i < left or h == "note" else "---:" for i, h in enumerate(header)]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f}"


def rss_mb(samples: list[Sample]) -> str:
    return f"{max(s.max_rss_kb for s in samples) / 1024:.0f}"


@dataclass(slots=True)
class Doc:
    label: str
    path: Path
    bytes: int
    sentences: int = 0
    generated: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Results:
    info: list[tuple[str, str]]
    quick: bool
    runs: int
    doc_runs: int
    bundled_claims: int
    n_claims: int
    bundled_bytes: int
    big_db_bytes: int
    docs: list[Doc]
    cold: dict[str, Sample] = field(default_factory=dict)
    cache_sizes: list[int] = field(default_factory=list)
    latency: dict[str, list[Sample]] = field(default_factory=dict)
    documents: dict[str, list[Sample]] = field(default_factory=dict)
    inproc: dict[str, Any] = field(default_factory=dict)
    inproc_sample: Sample | None = None
    peer: dict[str, Any] = field(default_factory=dict)
    peer_sample: Sample | None = None
    largest: Sample | None = None
    largest_estimate: float = 0.0
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------------------------------
# The run.


def find_k2check() -> str:
    beside = Path(sys.executable).parent / "k2check"
    if beside.exists():
        return str(beside)
    found = shutil.which("k2check")
    if found is None:
        sys.exit("bench: no k2check script next to sys.executable or on PATH; install k2check first")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fast smoke run: small inputs, few repeats")
    parser.add_argument("--out", type=Path, metavar="FILE", help="also write the Markdown report to FILE")
    parser.add_argument("--runs", type=int, help="interleaved rounds of the latency benchmark (default 30)")
    parser.add_argument("--doc-runs", type=int, help="interleaved rounds of the document runs (default 3)")
    parser.add_argument("--claims", type=int, help="claims in the generated database (default 10000)")
    parser.add_argument(
        "--budget",
        type=float,
        default=330.0,
        help="seconds the whole run may take; the largest document, run last, is stopped at the budget "
        "and reported as partial (default 330)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp dir with the generated inputs")
    args = parser.parse_args(argv)

    began = time.perf_counter()
    k2check = find_k2check()
    info = [*machine(), ("k2check script", k2check), ("Load average at the start", loadavg())]
    print("# k2check benchmark\n")
    print(table(["Machine", ""], [[k, v] for k, v in info], left=2), end="\n\n", flush=True)

    work = Path(tempfile.mkdtemp(prefix="k2check-bench-"))
    env = dict(os.environ)
    for name in ("K2CHECK_CLAIMS", "GITHUB_ACTIONS", "PYTHONPROFILEIMPORTTIME", "PYTHONSTARTUP"):
        env.pop(name, None)
    env["K2CHECK_CACHE_DIR"] = str(work / "cache")
    launch = None
    try:
        installed, digest = snapshot(env, work)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(work / "snapshot"), env.get("PYTHONPATH")]))
        launch = Launcher(env, work)
        results = measure(args, work, launch, k2check, info, began)
    except ChildFailed as exc:
        sys.stderr.write(f"bench: {exc}\n")
        return 1
    finally:
        if launch is not None:
            launch.close()
        if args.keep:
            log(f"inputs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    results.seconds = time.perf_counter() - began
    results.info.append(("Load average at the end", loadavg()))
    results.info.append(("k2check measured", f"copy of {installed} (files sha256 {digest}), {git_state()}"))
    if package_digest(installed) != digest:
        results.notes.append(
            f"Note: the installed k2check changed during this run (a `pip install`); the run measured the "
            f"copy taken at its start (sha256 {digest}) throughout, not the new code."
        )
    report = render(results)
    print(report[report.index("## 1. ") :], flush=True)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
        log(f"wrote {args.out}")
    log(f"total {results.seconds:.0f} s")
    return 0


def measure(
    args: argparse.Namespace,
    work: Path,
    launch: Launcher,
    k2check: str,
    info: list[tuple[str, str]],
    began: float,
) -> Results:
    quick = args.quick
    runs = args.runs or (5 if quick else 30)
    doc_runs = args.doc_runs or (1 if quick else 3)
    n_claims = args.claims or (1000 if quick else 10_000)
    sizes = (
        [(0.25, "0.25 MB"), (1, "1 MB"), (4, "4 MB")] if quick else [(2, "2 MB"), (8, "8 MB"), (64, "64 MB")]
    )

    # ---- inputs, written to the temp dir ----------------------------------------------------------
    log(f"generating inputs in {work}")
    big_db = work / "claims-synthetic.yaml"
    names = corpus.write_claims(big_db, n_claims)
    docs = []
    for i, (size, label) in enumerate(sizes):
        path = work / f"article-{label.replace(' ', '')}.md"
        generated = corpus.write_document(path, int(size * MB), seed=1000 + i, names=names)
        docs.append(Doc(label, path, generated["bytes"], generated=generated))
    counted, _ = helper(launch, "count", *(str(d.path) for d in docs))
    for doc in docs:
        doc.sentences = int(counted["sentences"][str(doc.path)])
        log(f"  {doc.label}: {doc.bytes:,} bytes, {doc.sentences:,} sentences")
    small, middle, largest = docs

    bundled_path, bundled_claims, package = json.loads(
        launch([sys.executable, "-c", BUNDLED], capture=True).stdout
    )
    if not Path(package).is_relative_to(work):
        raise ChildFailed(f"children import k2check from {package}, not from the snapshot in {work}")
    res = Results(
        info=info,
        quick=quick,
        runs=runs,
        doc_runs=doc_runs,
        bundled_claims=bundled_claims,
        n_claims=n_claims,
        bundled_bytes=Path(bundled_path).stat().st_size,
        big_db_bytes=big_db.stat().st_size,
        docs=docs,
    )

    floor = [sys.executable, "-c", FLOOR_IMPORTS]
    bare = [sys.executable, "-c", "pass"]
    k_table = [k2check, STATEMENT]
    k_json = [k2check, "--format", "json", STATEMENT]
    b_table = [k2check, "--claims", str(big_db), STATEMENT]
    b_json = [k2check, "--claims", str(big_db), "--format", "json", STATEMENT]
    k_doc = [k2check, "--format", "jsonl"]
    b_doc = [k2check, "--claims", str(big_db), "--format", "jsonl"]

    # ---- cold cache: the first run with an empty K2CHECK_CACHE_DIR builds and pickles the database ----
    log("cold builds")
    res.cold["bundled"] = launch(k_table)
    res.cold["bundled-warm"] = launch(k_table)
    res.cold["big"] = launch(b_table)
    res.cold["big-warm"] = launch(b_table)
    res.cache_sizes = sorted(p.stat().st_size for p in (work / "cache").glob("db-*.pickle"))
    for cmd in (bare, floor, k_json, b_json):  # warm-up (page cache, .pyc), not measured
        launch(cmd)

    # ---- 1. single-statement latency, interleaved ----------------------------------------------------
    log(f"latency: {runs} interleaved rounds")
    plan = [("bare", bare), ("floor", floor), ("table", k_table), ("json", k_json)]
    for r in range(runs):
        todo = plan + ([("big-table", b_table), ("big-json", b_json)] if r % BIG_EVERY == 0 else [])
        shift = r % len(todo)  # rotate the order so that no command always runs first
        for key, cmd in todo[shift:] + todo[:shift]:
            res.latency.setdefault(key, []).append(launch(cmd))

    # ---- 2/3. documents, interleaved ---------------------------------------------------------------
    log(f"documents: {doc_runs} interleaved rounds")
    doc_plan = [("small", k_doc, small), ("middle", k_doc, middle), ("big-small", b_doc, small)]
    for r in range(doc_runs):
        todo = doc_plan if r < BIG_DOC_RUNS else doc_plan[:2]
        shift = r % len(todo)
        for key, cmd, doc in todo[shift:] + todo[:shift]:
            sample = launch(cmd, feed=doc.path)
            res.documents.setdefault(key, []).append(sample)
            log(f"  {key} round {r + 1}: {sample.wall:.1f} s, {sample.max_rss_kb / 1024:.0f} MB")

    # ---- 4. in-process: k2check's own loop, and the naive peer -------------------------------------
    log(f"in-process Checker.check_document and the naive peer on {small.label}")
    res.inproc, res.inproc_sample = helper(launch, "k2check", str(small.path))
    res.peer, res.peer_sample = helper(launch, "peer", str(small.path))
    log(f"  k2check {res.inproc['seconds']:.1f} s, peer {res.peer['seconds']:.1f} s")

    # ---- the largest document, once, stopped at the budget -------------------------------------------
    elapsed = time.perf_counter() - began
    res.largest_estimate = largest.bytes / (middle.bytes / median([s.wall for s in res.documents["middle"]]))
    limit = max(15.0, args.budget - elapsed)
    log(
        f"{largest.label}: about {res.largest_estimate:.0f} s at the {middle.label} rate; limit {limit:.0f} s"
    )
    res.largest = launch(k_doc, feed=largest.path, limit=limit)
    stopped = " (stopped at the limit)" if res.largest.stopped else ""
    log(f"  {largest.label}: {res.largest.wall:.1f} s, {res.largest.max_rss_kb / 1024:.0f} MB{stopped}")
    return res


# --------------------------------------------------------------------------------------------------
# The report.


def render(res: Results) -> str:
    small, middle, largest = res.docs
    total = f"{res.bundled_claims + res.n_claims:,}"
    walls = {k: [s.wall for s in v] for k, v in res.latency.items()}
    floor = median(walls["floor"])
    bundled = median(walls["table"])
    out = [
        "# k2check benchmark results",
        "",
        f"`python bench/run.py{' --quick' if res.quick else ''}`, {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{res.seconds:.0f} s in all. MB = 2^20 bytes. Times are medians of interleaved runs (n = runs).",
        "",
        *(f"{note}\n" for note in res.notes),
        "## Machine",
        "",
        table(["", ""], [[k, v] for k, v in res.info], left=2),
        "",
        "## 1. Single-statement latency (warm cache)",
        "",
        f'`"{STATEMENT}"`, stdout to /dev/null, {res.runs} interleaved rounds with the order rotated each '
        f"round; the {total}-claim commands run in every {BIG_EVERY}rd round. CPU is user+sys of the child.",
        "",
    ]

    def lat(key: str, label: str, bundled_key: str = "") -> list[str]:
        w = walls[key]
        return [
            label,
            str(len(w)),
            ms(median(w)),
            ms(quantile(w, 0.1)),
            ms(quantile(w, 0.9)),
            ms(median([s.cpu for s in res.latency[key]])),
            f"{median(w) / floor:.2f}x",
            f"{median(w) / median(walls[bundled_key]):.2f}x" if bundled_key else "",
            rss_mb(res.latency[key]),
        ]

    out.append(
        table(
            [
                "Command",
                "n",
                "median ms",
                "p10 ms",
                "p90 ms",
                "CPU ms",
                "vs import floor",
                "vs 53 claims",
                "max RSS MB",
            ],
            [
                lat("bare", "`python -c pass` (interpreter start-up)"),
                lat("floor", f'**import floor** `python -c "{FLOOR_IMPORTS}"`'),
                lat("table", f'**`k2check "{STATEMENT}"`**'),
                lat("json", f'`k2check --format json "{STATEMENT}"`'),
                lat("big-table", f'`k2check --claims synthetic.yaml "..."` ({total} claims)', "table"),
                lat(
                    "big-json",
                    f'`k2check --claims synthetic.yaml --format json "..."` ({total} claims)',
                    "json",
                ),
            ],
        ).replace("vs 53 claims", f"vs {res.bundled_claims} claims (same format)")
    )
    out += [
        "",
        f"Above the import floor k2check spends {ms(bundled - floor)} ms (table) and "
        f"{ms(median(walls['json']) - floor)} ms (json) with the bundled database, "
        f"{ms(median(walls['big-table']) - floor)} ms (table) with {total} claims.",
        "",
        "## 2. Database build (cold cache, n=1)",
        "",
        "The first run after a database changes parses and validates the YAML, builds the matching index and "
        "pickles both into K2CHECK_CACHE_DIR; later runs load the pickle.",
        "",
    ]
    cold = res.cold
    out.append(
        table(
            ["Database", "claims", "YAML bytes", "pickle bytes", "cold run s", "next run s", "cold / warm"],
            [
                [
                    "bundled",
                    str(res.bundled_claims),
                    f"{res.bundled_bytes:,}",
                    f"{res.cache_sizes[0]:,}" if res.cache_sizes else "?",
                    f"{cold['bundled'].wall:.2f}",
                    f"{cold['bundled-warm'].wall:.2f}",
                    f"{cold['bundled'].wall / cold['bundled-warm'].wall:.1f}x",
                ],
                [
                    f"bundled + {res.n_claims:,} synthetic",
                    total,
                    f"{res.bundled_bytes + res.big_db_bytes:,}",
                    f"{res.cache_sizes[-1]:,}" if res.cache_sizes else "?",
                    f"{cold['big'].wall:.2f}",
                    f"{cold['big-warm'].wall:.2f}",
                    f"{cold['big'].wall / cold['big-warm'].wall:.1f}x",
                ],
            ],
        )
    )
    out += [
        "",
        "## 3. Document throughput and peak memory",
        "",
        "`k2check [--claims synthetic.yaml] --format jsonl`, the document piped to stdin, stdout to "
        "/dev/null. Generated Markdown articles (headings, paragraphs, lists, quotes, tables, links): about "
        "1 sentence in 20 is a vitamin K claim, 1 in 12 mentions vitamin K without one, 1 in 20 names a "
        "made-up supplement of the synthetic database (a non-claim for the bundled one). Sentences are the "
        "units k2check's segmenter yields. Wall time includes start-up.",
        "",
    ]

    def doc_row(label: str, db: str, doc: Doc, samples: list[Sample]) -> list[str]:
        wall = median([s.wall for s in samples])
        done, sentences, note = doc.bytes, doc.sentences, ""
        if any(s.stopped for s in samples):
            done = max(s.fed for s in samples)
            sentences = round(doc.sentences * done / doc.bytes)
            note = f"stopped at the time budget after about {done / MB:.1f} MB; rates are for that part"
        cpu = median([s.cpu for s in samples])
        if wall > 1.1 * cpu:
            waited = f"wall time {wall / cpu - 1:.0%} above CPU time: the machine was busy"
            note = f"{note}; {waited}" if note else waited
        return [
            label,
            db,
            str(len(samples)),
            f"{wall:.2f}",
            f"{done / MB / wall:.2f}",
            f"{sentences / wall:,.0f}",
            f"{cpu:.2f}",
            rss_mb(samples),
            note,
        ]

    assert res.largest is not None
    docs = res.documents
    out.append(
        table(
            ["Input", "database", "n", "wall s", "MB/s", "sentences/s", "CPU s", "max RSS MB", "note"],
            [
                doc_row(f"{small.label}, {small.sentences:,} sentences", "bundled", small, docs["small"]),
                doc_row(f"{middle.label}, {middle.sentences:,} sentences", "bundled", middle, docs["middle"]),
                doc_row(
                    f"{largest.label}, {largest.sentences:,} sentences", "bundled", largest, [res.largest]
                ),
                doc_row(
                    f"{small.label}, {small.sentences:,} sentences",
                    f"{total} claims",
                    small,
                    docs["big-small"],
                ),
            ],
            left=2,
        )
    )
    small_wall = median([s.wall for s in docs["small"]])
    big_wall = median([s.wall for s in docs["big-small"]])
    out += [
        "",
        f"{res.bundled_claims} -> {total} claims: the {small.label} document takes "
        f"{big_wall / small_wall:.1f}x as long.",
        "",
        f"## 4. Against a naive peer ({small.label} document)",
        "",
        f"The peer splits sentences with the regex `{res.peer['split']}` and calls "
        "`rapidfuzz.process.extractOne(sentence, all_phrasings)` (default WRatio scorer, no processor) for "
        f"each, against the {res.peer['phrasings']} claim wordings and phrasings of the bundled database. "
        "Both in-process rows time only the loop, in a child Python, after loading.",
        "",
    ]
    peer_s, peer_n = float(res.peer["seconds"]), int(res.peer["sentences"])
    k_s, k_n = float(res.inproc["seconds"]), int(res.inproc["sentences"])
    assert res.peer_sample is not None and res.inproc_sample is not None
    out.append(
        table(
            ["Checker", "sentences", "s", "MB/s", "sentences/s", "vs peer", "max RSS MB", "note"],
            [
                [
                    "naive peer, in-process",
                    f"{peer_n:,}",
                    f"{peer_s:.2f}",
                    f"{small.bytes / MB / peer_s:.3f}",
                    f"{peer_n / peer_s:,.0f}",
                    "1.0x",
                    rss_mb([res.peer_sample]),
                    f"{res.peer['high']:,} sentences score >= {res.peer['cutoff']}: it never abstains",
                ],
                [
                    "k2check `Checker.check_document`, in-process",
                    f"{k_n:,}",
                    f"{k_s:.2f}",
                    f"{small.bytes / MB / k_s:.3f}",
                    f"{k_n / k_s:,.0f}",
                    f"{peer_s / k_s:.1f}x",
                    rss_mb([res.inproc_sample]),
                    f"{res.inproc['results']:,} results",
                ],
                [
                    "k2check CLI (section 3, with start-up)",
                    f"{small.sentences:,}",
                    f"{small_wall:.2f}",
                    f"{small.bytes / MB / small_wall:.3f}",
                    f"{small.sentences / small_wall:,.0f}",
                    f"{peer_s / small_wall:.1f}x",
                    rss_mb(docs["small"]),
                    "",
                ],
            ],
        )
    )
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
