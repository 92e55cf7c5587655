"""k2check benchmark suite: one command, one run, every number side by side.

    python bench/run.py [--quick] [--out bench/results.md]

Measures (bench/README.md explains each): throughput on one core on a dense document (every sentence
about vitamin K, bench/dense.py) and a sparse one (bench/corpus.py), side by side with its peers on the
same text (a naive RapidFuzz extractOne per sentence, a BM25 retriever per sentence, k2check's segmenter
alone, one regex pass as the floor); the cost of a generated 10,000-claim database per MB of dense text
and its cold build; single-statement start-up against the import floor; peak memory of the streaming
formats on growing documents; eight dense files with ``--jobs 1`` and ``--jobs 2``. Commands are
interleaved round by round and summarised by medians. Runs the ``k2check`` script next to
``sys.executable``; inputs and the k2check cache (K2CHECK_CACHE_DIR) live in a temp dir removed at the
end.
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
import dense  # noqa: E402

MB = 1 << 20
STATEMENT = "Vitamin K2 builds muscle"
FLOOR_IMPORTS = "import typer, rich.console, rich.table, rapidfuzz.process"
BIG_EVERY = 3  # the large-database latency commands run in every third round
MEMORY_FORMATS = ("jsonl", "line", "github")  # the formats that write each result as it comes
GROWTH = [0.25, 1.0, 4.0]  # MB of dense text for the memory runs (line and github skip the last)
GROWTH_QUICK = [0.0625, 0.25, 1.0]
JOBS_FILES = 8  # dense files for the --jobs scaling, 256 KB each (32 KB with --quick)
JOBS = (1, 2)
ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMBA_NUM_THREADS")
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
    dense: Doc
    sparse: Doc
    growth: list[Doc]
    peer_bytes: int
    cold: dict[str, Sample] = field(default_factory=dict)
    cache_sizes: list[int] = field(default_factory=list)
    latency: dict[str, list[Sample]] = field(default_factory=dict)
    documents: dict[str, list[Sample]] = field(default_factory=dict)
    inproc: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    memory: dict[tuple[str, str], Sample] = field(default_factory=dict)
    jobs: dict[int, list[Sample]] = field(default_factory=dict)
    jobs_bytes: int = 0
    jobs_same: bool = True
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
        default=540.0,
        help="seconds the whole run may take; the memory runs, last, are stopped at the budget and "
        "reported as partial (default 540)",
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
    env.update(dict.fromkeys(ONE_THREAD, "1"))
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
    print(report[report.index("## Inputs") :], flush=True)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(report, encoding="utf-8")
        log(f"wrote {args.out}")
    log(f"total {results.seconds:.0f} s")
    return 0


def size_label(size: float) -> str:
    return f"{size:g} MB" if size >= 1 else f"{size * 1024:g} KB"


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
    doc_runs = args.doc_runs or (2 if quick else 3)
    n_claims = args.claims or (1000 if quick else 10_000)
    size = 0.25 if quick else 2.0
    peer_bytes = (32 if quick else 128) * 1024
    growth_sizes = GROWTH_QUICK if quick else GROWTH

    # ---- inputs, written to the temp dir ----------------------------------------------------------
    log(f"generating inputs in {work}")
    big_db = work / "claims-synthetic.yaml"
    names = corpus.write_claims(big_db, n_claims)
    made = dense.write_dense(work / "dense.md", int(size * MB))
    dense_doc = Doc(f"dense {size_label(size)}", work / "dense.md", made["bytes"], generated=made)
    made = corpus.write_document(work / "sparse.md", int(size * MB), seed=1000, names=names)
    sparse_doc = Doc(f"sparse {size_label(size)}", work / "sparse.md", made["bytes"], generated=made)
    growth = []
    for grow in growth_sizes:
        if grow == size:
            growth.append(dense_doc)
            continue
        path = work / f"dense-{grow:g}.md"
        made = dense.write_dense(path, int(grow * MB))
        growth.append(Doc(f"dense {size_label(grow)}", path, made["bytes"], generated=made))
    docs = [dense_doc, sparse_doc, *growth]
    counted, _ = helper(launch, "count", *sorted({str(d.path) for d in docs}))
    for doc in docs:
        doc.sentences = int(counted["sentences"][str(doc.path)])
    for doc in (dense_doc, sparse_doc):
        log(f"  {doc.label}: {doc.bytes:,} bytes, {doc.sentences:,} sentences")

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
        dense=dense_doc,
        sparse=sparse_doc,
        growth=growth,
        peer_bytes=peer_bytes,
    )

    floor = [sys.executable, "-c", FLOOR_IMPORTS]
    bare = [sys.executable, "-c", "pass"]
    k_table = [k2check, STATEMENT]
    k_json = [k2check, "--format", "json", STATEMENT]
    b_table = [k2check, "--claims", str(big_db), STATEMENT]
    b_json = [k2check, "--claims", str(big_db), "--format", "json", STATEMENT]
    # Documents exit 1 when they hold findings; the benchmark measures the run, not the verdict.
    k_doc = [k2check, "--format", "jsonl", "--fail-on", "none"]
    b_doc = [k2check, "--claims", str(big_db), "--format", "jsonl", "--fail-on", "none"]

    # ---- cold cache: the first run with an empty K2CHECK_CACHE_DIR builds and stores the database -----
    log("cold builds")
    res.cold["bundled"] = launch(k_table)
    res.cold["bundled-warm"] = launch(k_table)
    res.cold["big"] = launch(b_table)
    res.cold["big-warm"] = launch(b_table)
    res.cache_sizes = sorted(p.stat().st_size for p in (work / "cache").glob("db-*.k2c"))
    log(f"  {res.bundled_claims + n_claims:,} claims: cold {res.cold['big'].wall:.1f} s")
    for cmd in (bare, floor, k_json, b_json):  # warm-up (page cache, .pyc), not measured
        launch(cmd)

    # ---- 1. throughput on one core, k2check and the peers, interleaved -------------------------------
    log(f"throughput: {doc_runs} interleaved rounds")
    plan: list[tuple[str, list[str] | None, Doc]] = [
        ("dense", k_doc, dense_doc),
        ("sparse", k_doc, sparse_doc),
        ("dense-big", b_doc, dense_doc),
        ("dbratio", None, dense_doc),
        ("inproc-dense", None, dense_doc),
        ("inproc-sparse", None, sparse_doc),
    ]
    for r in range(doc_runs):
        shift = r % len(plan)
        for key, cmd, doc in plan[shift:] + plan[:shift]:
            if key == "dbratio":
                answer, _ = helper(launch, "dbratio", str(doc.path), str(big_db), str(r))
                res.inproc.setdefault(key, []).append(answer)
                ratio = answer["big"]["cpu"] / answer["bundled"]["cpu"]
                log(f"  {key} round {r + 1}: {ratio:.2f}x")
                continue
            if cmd is None:
                answer, _ = helper(launch, "all", str(doc.path), str(peer_bytes), str(r))
                res.inproc.setdefault(key, []).append(answer)
                log(f"  {key} round {r + 1}: k2check {answer['k2check']['cpu']:.1f} s CPU")
                continue
            sample = launch(cmd, feed=doc.path)
            res.documents.setdefault(key, []).append(sample)
            log(f"  {key} round {r + 1}: {sample.wall:.1f} s, {sample.cpu:.1f} s CPU")

    # ---- --jobs scaling: several dense files, one process against worker processes -----------------
    jobs_dir = work / "jobs"
    jobs_dir.mkdir()
    jobs_files = []
    for i in range(JOBS_FILES):
        path = jobs_dir / f"dense-{i}.md"
        dense.write_dense(path, (32 if quick else 256) * 1024, seed=3000 + i)
        jobs_files.append(str(path))
    res.jobs_bytes = sum(Path(p).stat().st_size for p in jobs_files)
    log(f"--jobs: {JOBS_FILES} dense files, {res.jobs_bytes:,} bytes, {doc_runs} interleaved rounds")
    outputs: dict[int, str] = {}
    for r in range(doc_runs):
        for n in JOBS if r % 2 == 0 else JOBS[::-1]:
            cmd = [k2check, "--format", "jsonl", "--fail-on", "none", "--jobs", str(n), *jobs_files]
            sample = launch(cmd, capture=r == 0)
            if r == 0:
                outputs[n] = hashlib.sha256(sample.stdout.encode()).hexdigest()
                sample.stdout = ""
            res.jobs.setdefault(n, []).append(sample)
            log(f"  --jobs {n} round {r + 1}: {sample.wall:.1f} s wall, {sample.cpu:.1f} s CPU")
    res.jobs_same = len(set(outputs.values())) == 1

    # ---- 2. single-statement latency, interleaved ----------------------------------------------------
    log(f"latency: {runs} interleaved rounds")
    todo_plan = [("bare", bare), ("floor", floor), ("table", k_table), ("json", k_json)]
    for r in range(runs):
        todo = todo_plan + ([("big-table", b_table), ("big-json", b_json)] if r % BIG_EVERY == 0 else [])
        shift = r % len(todo)  # rotate the order so that no command always runs first
        for key, cmd in todo[shift:] + todo[:shift]:
            res.latency.setdefault(key, []).append(launch(cmd))

    # ---- 3. peak memory of the streaming formats on growing documents, once each -------------------
    log("memory: streaming formats on growing documents")
    for fmt in MEMORY_FORMATS:
        for doc in growth if fmt == "jsonl" else growth[:-1]:
            limit = max(15.0, args.budget - (time.perf_counter() - began))
            sample = launch([k2check, "--format", fmt, "--fail-on", "none"], feed=doc.path, limit=limit)
            res.memory[(fmt, doc.label)] = sample
            stopped = " (stopped at the time budget)" if sample.stopped else ""
            log(f"  {fmt} {doc.label}: {sample.max_rss_kb / 1024:.0f} MB, {sample.wall:.1f} s{stopped}")
    return res


# --------------------------------------------------------------------------------------------------
# The report.


def spread(values: list[float]) -> str:
    """min-max of a few runs: how much the shared machine moved them."""
    return f"{min(values):.2f}-{max(values):.2f}"


def _rate(nbytes: float, seconds: float) -> str:
    return f"{nbytes / MB / seconds:.3g}" if seconds > 0 else "n/a"


def render(res: Results) -> str:
    total = f"{res.bundled_claims + res.n_claims:,}"
    walls = {k: [s.wall for s in v] for k, v in res.latency.items()}
    cpus = {k: [s.cpu for s in v] for k, v in res.latency.items()}
    floor_cpu = median(cpus["floor"])
    floor_wall = median(walls["floor"])
    docs = res.documents
    dense_doc, sparse_doc = res.dense, res.sparse
    out = [
        "# k2check benchmark results",
        "",
        f"`python bench/run.py{' --quick' if res.quick else ''}`, {time.strftime('%Y-%m-%d %H:%M')}, "
        f"{res.seconds:.0f} s in all. MB = 2^20 bytes. Figures are medians of interleaved runs (n = runs). "
        "The machine is shared: wall times drift with other load, so rates and ratios use the CPU time "
        "(user+sys) of the child unless a column says wall.",
        "",
        *(f"{note}\n" for note in res.notes),
        "## Machine",
        "",
        table(["", ""], [[k, v] for k, v in res.info], left=2),
        "",
        "## Inputs",
        "",
        table(
            ["Input", "bytes", "sentences", "note"],
            [
                [
                    dense_doc.label,
                    f"{dense_doc.bytes:,}",
                    f"{dense_doc.sentences:,}",
                    "`bench/dense.py`: every sentence about vitamin K (product copy, FAQ answers, "
                    f"forum posts, article paragraphs, food tables, lists); one site of "
                    f"{dense_doc.generated['sentences_per_copy']} sentences written "
                    f"{dense_doc.generated['copies']} times with one word of every sentence drawn again per "
                    f"copy: {dense_doc.generated['distinct']:,} distinct sentence strings",
                ],
                [
                    sparse_doc.label,
                    f"{sparse_doc.bytes:,}",
                    f"{sparse_doc.sentences:,}",
                    "`bench/corpus.py`: general nutrition articles; about 1 sentence in 20 is a vitamin K "
                    "claim, 1 in 12 mentions vitamin K without one",
                ],
            ],
            left=1,
        ),
        "",
        "Sentences are the units k2check's segmenter yields.",
        "",
    ]

    # ---- throughput ---------------------------------------------------------------------------------
    def cli(key: str) -> tuple[float, float]:
        return median([s.cpu for s in docs[key]]), median([s.wall for s in docs[key]])

    def inproc(corpus_key: str, method: str) -> tuple[float, float, float, dict[str, Any]]:
        answers = [a[method] for a in res.inproc[corpus_key]]
        return (
            median([a["cpu"] for a in answers]),
            median([a["wall"] for a in answers]),
            float(answers[0]["bytes"]),
            answers[0],
        )

    d_cpu, d_wall = cli("dense")
    s_cpu, s_wall = cli("sparse")
    rows: list[list[str]] = [
        [
            "**k2check** `--format jsonl` (CLI, with start-up)",
            str(len(docs["dense"])),
            f"**{_rate(dense_doc.bytes, d_cpu)}**",
            _rate(dense_doc.bytes, d_wall),
            f"**{_rate(sparse_doc.bytes, s_cpu)}**",
            _rate(sparse_doc.bytes, s_wall),
            "1.00x",
            "1.00x",
            f"{dense_doc.sentences / d_cpu:,.0f} / {sparse_doc.sentences / s_cpu:,.0f} sentences/s; "
            f"CPU s {spread([s.cpu for s in docs['dense']])} / {spread([s.cpu for s in docs['sparse']])}; "
            f"max RSS {rss_mb(docs['dense'])} / {rss_mb(docs['sparse'])} MB",
        ]
    ]
    labels = {
        "k2check": "k2check `Checker.check_document` (in-process)",
        "nomemo": "k2check in-process, sentence memo off (every sentence matched afresh)",
        "segment": "k2check's segmenter alone (`k2check.segment.segment`)",
        "bm25": "BM25 peer: `bm25s` top-1 over all claim phrasings, one query per sentence",
        "extract": "naive peer: `rapidfuzz.process.extractOne(sentence, all phrasings)`",
        "regex": "floor: read + one compiled regex split of the file",
    }
    for method, label in labels.items():
        dc, dw, db, dense_answer = inproc("inproc-dense", method)
        sc, sw, sb, sparse_answer = inproc("inproc-sparse", method)
        note = ""
        if method in {"k2check", "nomemo"}:
            cpu_spread = " / ".join(
                spread([a[method]["cpu"] for a in res.inproc[key]])
                for key in ("inproc-dense", "inproc-sparse")
            )
            note = f"{dense_answer['results']:,} / {sparse_answer['results']:,} results; CPU s {cpu_spread}"
        elif method == "bm25":
            note = f"{dense_answer['units']:,} / {sparse_answer['units']:,} regex sentences, batched retrieve"
        elif method == "extract":
            note = (
                f"first {res.peer_bytes // 1024} KB only; {dense_answer['high']:,} of "
                f"{dense_answer['units']:,} / {sparse_answer['high']:,} of {sparse_answer['units']:,} "
                f"sentences score >= {res.inproc['inproc-dense'][0]['cutoff']}: it never abstains"
            )
        rows.append(
            [
                label,
                str(len(res.inproc["inproc-dense"])),
                _rate(db, dc),
                _rate(db, dw),
                _rate(sb, sc),
                _rate(sb, sw),
                f"{(dc / db) / (d_cpu / dense_doc.bytes):.3g}x",
                f"{(sc / sb) / (s_cpu / sparse_doc.bytes):.3g}x",
                note,
            ]
        )
    peer_phrasings = res.inproc["inproc-dense"][0]["phrasings"]
    out += [
        "## 1. Throughput on one core: k2check, its peers and the floor",
        "",
        f"Each round runs, in an order rotated from round to round: the CLI on the {dense_doc.label} and "
        f"{sparse_doc.label} documents (piped to stdin, output to /dev/null), the CLI with {total} claims on "
        "the dense one, and one child Python per document that times, in-process and after loading, "
        "k2check's own loop and each peer over the same text. The peers run against the "
        f"{peer_phrasings} claim wordings and phrasings of the bundled database; they show what plain "
        "retrieval costs, not how well it checks. BLAS/OpenMP threads are pinned to 1. "
        "*CPU per MB vs k2check* divides each row's CPU seconds per MB by the CLI's (below 1 = cheaper). "
        "Notes give dense / sparse figures; *CPU s* is the min-max over the rounds.",
        "",
        table(
            [
                "Method",
                "n",
                "dense MB/s (CPU)",
                "dense MB/s (wall)",
                "sparse MB/s (CPU)",
                "sparse MB/s (wall)",
                "dense CPU/MB vs k2check",
                "sparse CPU/MB vs k2check",
                "note",
            ],
            rows,
        ),
        "",
        f"Dense text costs k2check **{(d_cpu / dense_doc.bytes) / (s_cpu / sparse_doc.bytes):.2f}x** the CPU "
        "per MB of sparse text.",
        "",
    ]

    # ---- database size ------------------------------------------------------------------------------
    b_cpu, b_wall = cli("dense-big")
    pairs = res.inproc["dbratio"]
    ratios = [p["big"]["cpu"] / p["bundled"]["cpu"] for p in pairs]
    pair_bundled = median([p["bundled"]["cpu"] for p in pairs])
    pair_big = median([p["big"]["cpu"] for p in pairs])
    cold = res.cold
    out += [
        f"## 2. A {total}-claim database",
        "",
        f"The bundled database plus {res.n_claims:,} generated claims (`bench/corpus.py`, passed with "
        f"`--claims`), on the {dense_doc.label} document, in the same rounds as section 1: the CLI, and "
        "a paired in-process measurement.",
        "",
        table(
            [
                "Database",
                "n",
                "dense CPU s",
                "dense MB/s (CPU)",
                "wall s",
                "max RSS MB",
                "CPU per MB vs bundled",
            ],
            [
                [
                    f"bundled ({res.bundled_claims} claims)",
                    str(len(docs["dense"])),
                    f"{d_cpu:.2f}",
                    _rate(dense_doc.bytes, d_cpu),
                    f"{d_wall:.2f}",
                    rss_mb(docs["dense"]),
                    "1.00x",
                ],
                [
                    f"{total} claims",
                    str(len(docs["dense-big"])),
                    f"{b_cpu:.2f}",
                    _rate(dense_doc.bytes, b_cpu),
                    f"{b_wall:.2f}",
                    rss_mb(docs["dense-big"]),
                    f"{b_cpu / d_cpu:.2f}x",
                ],
                [
                    "bundled, in-process (paired)",
                    str(len(pairs)),
                    f"{pair_bundled:.2f}",
                    _rate(dense_doc.bytes, pair_bundled),
                    "",
                    "",
                    "1.00x",
                ],
                [
                    f"{total} claims, in-process (paired)",
                    str(len(pairs)),
                    f"{pair_big:.2f}",
                    _rate(dense_doc.bytes, pair_big),
                    "",
                    "",
                    f"**{median(ratios):.2f}x** (rounds: {', '.join(f'{r:.2f}' for r in ratios)})",
                ],
            ],
        ),
        "",
        "The CLI rows are separate runs, so load that hits one and not the other moves their ratio. The "
        "paired rows time `Checker.check_document` with both databases one after the other in one process "
        "(order alternating by round); their ratio is the median of the per-round ratios, the figure to "
        "quote.",
        "",
        "**Cold build** (n=1): the first run after a database changes parses and validates the YAML, builds "
        "the matching index and stores both in K2CHECK_CACHE_DIR (data-only format); later runs read that.",
        "",
        table(
            ["Database", "claims", "YAML bytes", "cache bytes", "cold run s (CPU)", "next run s (CPU)"],
            [
                [
                    "bundled",
                    str(res.bundled_claims),
                    f"{res.bundled_bytes:,}",
                    f"{res.cache_sizes[0]:,}" if res.cache_sizes else "?",
                    f"{cold['bundled'].wall:.2f} ({cold['bundled'].cpu:.2f})",
                    f"{cold['bundled-warm'].wall:.2f} ({cold['bundled-warm'].cpu:.2f})",
                ],
                [
                    f"bundled + {res.n_claims:,} generated",
                    total,
                    f"{res.bundled_bytes + res.big_db_bytes:,}",
                    f"{res.cache_sizes[-1]:,}" if res.cache_sizes else "?",
                    f"**{cold['big'].wall:.2f}** ({cold['big'].cpu:.2f})",
                    f"{cold['big-warm'].wall:.2f} ({cold['big-warm'].cpu:.2f})",
                ],
            ],
        ),
        "",
    ]

    # ---- start-up -----------------------------------------------------------------------------------
    def lat(key: str, label: str) -> list[str]:
        # The two commands the issue bounds get three decimals (1.15x sits where two round either way)
        # and their CPU ratio in bold.
        main = key in {"table", "json"}
        digits = 3 if main else 2
        cpu_ratio = f"{median(cpus[key]) / floor_cpu:.{digits}f}x"
        return [
            label,
            str(len(walls[key])),
            ms(median(cpus[key])),
            ms(median(walls[key])),
            ms(quantile(walls[key], 0.1)),
            ms(quantile(walls[key], 0.9)),
            f"**{cpu_ratio}**" if main else cpu_ratio,
            f"{median(walls[key]) / floor_wall:.{digits}f}x",
            rss_mb(res.latency[key]),
        ]

    out += [
        "## 3. Start-up: a single statement against the import floor",
        "",
        f'`"{STATEMENT}"`, warm cache, stdout to /dev/null, {res.runs} interleaved rounds with the order '
        f"rotated each round; the {total}-claim commands run in every {BIG_EVERY}rd round. The import "
        "floor is what any Python CLI built on these libraries costs before doing anything.",
        "",
        table(
            [
                "Command",
                "n",
                "CPU ms",
                "wall ms",
                "wall p10",
                "wall p90",
                "CPU vs floor",
                "wall vs floor",
                "max RSS MB",
            ],
            [
                lat("bare", "`python -c pass` (the interpreter alone)"),
                lat("floor", f'**import floor** `python -c "{FLOOR_IMPORTS}"`'),
                lat("table", f'**`k2check "{STATEMENT}"`** (table)'),
                lat("json", f'**`k2check --format json "{STATEMENT}"`**'),
                lat("big-table", f"the table command with {total} claims"),
                lat("big-json", f"the json command with {total} claims"),
            ],
        ),
        "",
    ]

    # ---- memory -------------------------------------------------------------------------------------
    mem_rows = []
    for fmt in MEMORY_FORMATS:
        samples = [
            (doc, res.memory[(fmt, doc.label)]) for doc in res.growth if (fmt, doc.label) in res.memory
        ]
        rss = [s.max_rss_kb for _, s in samples]
        for doc, sample in samples:
            done = sample.fed if sample.stopped else doc.bytes
            mem_rows.append(
                [
                    f"`--format {fmt}`",
                    doc.label + (f" (stopped after {done / MB:.1f} MB)" if sample.stopped else ""),
                    f"{sample.max_rss_kb / 1024:.1f}",
                    _rate(done, sample.cpu),
                    f"{max(rss) / min(rss):.2f}x" if doc is samples[-1][0] else "",
                ]
            )
    out += [
        "## 4. Peak memory of the streaming formats on growing documents",
        "",
        "Dense documents of growing size piped to the CLI (n=1 each, run last; a run is stopped at the time "
        "budget and reported as partial). Max RSS is the child's own (`wait4`, see bench/README.md).",
        "",
        table(
            ["Format", "document", "max RSS MB", "MB/s (CPU, with start-up)", "largest / smallest RSS"],
            mem_rows,
            left=2,
        ),
        "",
    ]
    # ---- --jobs -------------------------------------------------------------------------------------
    one_wall = median([s.wall for s in res.jobs[1]])
    one_cpu = median([s.cpu for s in res.jobs[1]])
    jobs_rows = [
        [
            f"`--jobs {n}`",
            str(len(samples)),
            f"{median([s.wall for s in samples]):.2f}",
            f"{median([s.cpu for s in samples]):.2f}",
            f"**{median([s.wall for s in samples]) / one_wall:.2f}x**",
            f"{median([s.cpu for s in samples]) / one_cpu:.2f}x",
            _rate(res.jobs_bytes, median([s.wall for s in samples])),
            rss_mb(samples),
        ]
        for n, samples in sorted(res.jobs.items())
    ]
    out += [
        "## 5. `--jobs`: several files over worker processes",
        "",
        f"{JOBS_FILES} dense files ({res.jobs_bytes:,} bytes in all, `bench/dense.py` with different seeds) "
        "in one command, `--format jsonl --fail-on none`, output to /dev/null; the two commands alternate "
        f"in order over {res.doc_runs} rounds. CPU is the whole process tree (the workers are reaped by the "
        "command). The wall-time ratio is the speed-up, which other load on the shared cores caps (see the "
        "load average above); the CPU ratio is what the workers cost in all (start, passing files and "
        "results). The outputs of the first round were "
        + ("byte-identical." if res.jobs_same else "**different** (a bug)."),
        "",
        table(
            [
                "Command",
                "n",
                "wall s",
                "CPU s",
                "wall vs --jobs 1",
                "CPU vs --jobs 1",
                "MB/s (wall)",
                "max RSS MB",
            ],
            jobs_rows,
        ),
        "",
    ]

    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
