"""Where k2check spends its time: cProfile of Checker.check_document over a generated document, and
``-X importtime`` of one single-statement run.

    python bench/hotspots.py [--corpus dense|sparse] [--size 2] [--claims 0] [--top 20] [--save FILE]

--corpus picks the document: dense (bench/dense.py, every sentence about vitamin K, the default) or sparse
(bench/corpus.py's articles), with the generators and seeds of bench/run.py; --size is its size in MB;
--save writes the raw profile (pstats format) for snakeviz or pstats;
--claims N adds N synthetic claims (bench/corpus.py) to the bundled database. Inputs and the k2check
cache go to a temp dir that is removed at the end. Profiling slows Python code down by roughly 2x, so
read the shares, not the absolute times.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
import dense  # noqa: E402

STATEMENT = "Vitamin K2 builds muscle"


def profile_document(doc: Path, claims: list[Path], top: int, save: Path | None) -> None:
    from k2check.check import Checker
    from k2check.database import load

    start = time.perf_counter()
    loaded = load(claims)
    print(f"database: {len(loaded.db.claims):,} claims, loaded in {time.perf_counter() - start:.2f} s")

    def consume() -> int:
        # A fresh Checker each time: its sentence memo starts empty, as in a CLI run. Reusing one
        # would profile only memo hits, the cheap path, and hide where a real run spends its time.
        checker = Checker(loaded.db, loaded.index)
        with doc.open(encoding="utf-8", newline="") as handle:
            return sum(1 for _ in checker.check_document(handle, str(doc)))

    start = time.perf_counter()
    results = consume()
    plain = time.perf_counter() - start
    size = doc.stat().st_size
    rate = size / (1 << 20) / plain
    print(f"check_document without profiler: {plain:.2f} s, {rate:.2f} MB/s, {results} results")
    profiler = cProfile.Profile()
    profiler.enable()
    consume()
    profiler.disable()
    if save is not None:
        profiler.dump_stats(save)
    for order in ("tottime", "cumulative"):
        text = io.StringIO()
        pstats.Stats(profiler, stream=text).strip_dirs().sort_stats(order).print_stats(top)
        body = text.getvalue()
        print(f"\n--- cProfile, top {top} by {order} ---")
        print(body[body.find("   ncalls") :].rstrip())


def import_times(k2check: str, env: dict[str, str], claims: list[Path], top: int) -> None:
    extra = [a for p in claims for a in ("--claims", str(p))]
    run_env = dict(env, PYTHONPROFILEIMPORTTIME="1")
    proc = subprocess.run(
        [k2check, *extra, STATEMENT], env=run_env, capture_output=True, text=True, check=True
    )
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = (part.strip() for part in line[len("import time:") :].split("|"))
        rows.append((int(self_us), int(cumulative), name))
    total = sum(r[0] for r in rows)
    print(f'\n--- python -X importtime: k2check "{STATEMENT}" ({total / 1000:.0f} ms of imports) ---')
    print("top-level packages by cumulative ms:")
    roots = [r for r in rows if not r[2].startswith(" ")]
    for _self_us, cumulative, name in sorted(roots, key=lambda r: -r[1])[:top]:
        print(f"  {cumulative / 1000:8.1f}  {name}")
    print("modules by self ms:")
    for self_us, _cumulative, name in sorted(rows, key=lambda r: -r[0])[:top]:
        print(f"  {self_us / 1000:8.1f}  {name.strip()}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", choices=["dense", "sparse"], default="dense", help="default dense")
    parser.add_argument("--size", type=float, default=2.0, help="document size in MB (default 2)")
    parser.add_argument("--save", type=Path, help="also write the raw cProfile data to this file")
    parser.add_argument("--claims", type=int, default=0, help="synthetic claims to add (default 0)")
    parser.add_argument("--top", type=int, default=20, help="rows per listing (default 20)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="k2check-hotspots-"))
    os.environ["K2CHECK_CACHE_DIR"] = str(work / "cache")
    os.environ.pop("K2CHECK_CLAIMS", None)
    try:
        claims: list[Path] = []
        names = corpus.nutrient_names(2000)
        if args.claims:
            claims = [work / "claims-synthetic.yaml"]
            names = corpus.write_claims(claims[0], args.claims)
        doc = work / "document.md"
        if args.corpus == "dense":
            dense.write_dense(doc, int(args.size * (1 << 20)))
        else:
            corpus.write_document(doc, int(args.size * (1 << 20)), seed=1000, names=names)
        profile_document(doc, claims, args.top, args.save)
        beside = Path(sys.executable).parent / "k2check"
        import_times(str(beside) if beside.exists() else "k2check", dict(os.environ), claims, args.top)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
