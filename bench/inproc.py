"""The in-process measurements of the benchmark, run by bench/run.py in a child Python process.

    python bench/inproc.py count FILE...    units k2check's segmenter yields per file (its sentence count)
    python bench/inproc.py all FILE PEER_BYTES ROUND
        over the same FILE, in an order rotated by ROUND: one compiled regex split (the floor), k2check's
        segmenter alone, k2check's Checker.check_document, a BM25 retriever (bm25s) per sentence against
        all claim phrasings, and the naive peer, rapidfuzz.process.extractOne per sentence, on the first
        PEER_BYTES of FILE only (it is about 50x slower than the rest)
    python bench/inproc.py dbratio FILE CLAIMS ROUND
        Checker.check_document over FILE with the bundled database and with CLAIMS added, paired in one
        process, in an order alternating with ROUND

Each prints one JSON object. They live in a child so that run.py itself never imports k2check or
RapidFuzz: on Linux a child's max RSS (os.wait4) can never read lower than its launcher's peak, so the
launcher stays small; the child's own max RSS then also measures these in-process runs.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PEER_SPLIT = re.compile(r"(?<=[.!?])\s+")
PEER_CUTOFF = 80


def count(paths: list[Path]) -> dict[str, object]:
    from k2check.segment import Sentence, segment

    counts = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            counts[str(path)] = sum(1 for unit in segment(handle) if isinstance(unit, Sentence))
    return {"sentences": counts}


def _slice(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, cut at the last paragraph break before the limit."""
    if len(text) <= limit:
        return text
    cut = text.rfind("\n\n", 0, limit)
    return text[: cut + 1 if cut > 0 else limit]


def _phrasings(db: Any) -> list[str]:
    return [text for c in db.claims for text in (c.claim, *c.phrasings, *c.negated_phrasings)]


def _timed(run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    out = run()
    out["cpu"] = time.process_time() - cpu
    out["wall"] = time.perf_counter() - wall
    return out


def measure_all(path: Path, peer_bytes: int, round_number: int) -> dict[str, object]:
    """Every in-process method over the same file, in an order rotated by ``round_number``. CPU time
    (process_time) and wall time of the loop only, after loading; ``bytes`` is what each one read."""
    import bm25s
    from rapidfuzz import process

    from k2check.check import Checker
    from k2check.database import load
    from k2check.segment import Sentence, segment

    loaded = load([])
    checker = Checker(loaded.db, loaded.index)
    # The same loop with the per-run sentence memo switched off: every sentence is matched afresh, as on
    # text that never repeats a sentence (the dense corpus repeats many; see bench/dense.py).
    fresh = Checker(loaded.db, loaded.index)
    fresh._remember = lambda key, analysis: None  # type: ignore[method-assign]
    fresh.matcher._analyses.put = lambda key, analysis: analysis  # type: ignore[method-assign]
    phrasings = _phrasings(loaded.db)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    head = _slice(text, peer_bytes)

    def regex() -> dict[str, Any]:
        units = sum(1 for s in PEER_SPLIT.split(path.read_bytes().decode("utf-8")) if s.strip())
        return {"bytes": len(raw), "units": units}

    def segmenter() -> dict[str, Any]:
        with path.open(encoding="utf-8", newline="") as handle:
            units = sum(1 for unit in segment(handle) if isinstance(unit, Sentence))
        return {"bytes": len(raw), "units": units}

    def k2check() -> dict[str, Any]:
        with path.open(encoding="utf-8", newline="") as handle:
            results = list(checker.check_document(handle, str(path)))
        units = len({(r.source.line, r.source.column) for r in results if r.source is not None})
        return {"bytes": len(raw), "units": units, "results": len(results)}

    def unremembered() -> dict[str, Any]:
        with path.open(encoding="utf-8", newline="") as handle:
            results = sum(1 for _ in fresh.check_document(handle, str(path)))
        return {"bytes": len(raw), "results": results}

    def bm25() -> dict[str, Any]:
        sentences = [s for s in PEER_SPLIT.split(text) if s.strip()]
        retriever = bm25s.BM25()
        retriever.index(bm25s.tokenize(phrasings, stopwords="en", show_progress=False), show_progress=False)
        queries = bm25s.tokenize(sentences, stopwords="en", return_ids=False, show_progress=False)
        _, scores = retriever.retrieve(queries, k=1, show_progress=False, n_threads=1)
        return {"bytes": len(raw), "units": len(sentences), "scored": int((scores[:, 0] > 0).sum())}

    def extract() -> dict[str, Any]:
        high = 0
        sentences = [s for s in PEER_SPLIT.split(head) if s.strip()]
        for sentence in sentences:
            best = process.extractOne(sentence, phrasings)
            if best is not None and best[1] >= PEER_CUTOFF:
                high += 1
        return {"bytes": len(head.encode("utf-8")), "units": len(sentences), "high": high}

    methods: list[tuple[str, Callable[[], dict[str, Any]]]] = [
        ("regex", regex),
        ("segment", segmenter),
        ("k2check", k2check),
        ("nomemo", unremembered),
        ("bm25", bm25),
        ("extract", extract),
    ]
    shift = round_number % len(methods)
    out: dict[str, object] = {}
    for name, run in methods[shift:] + methods[:shift]:
        out[name] = _timed(run)
    out["phrasings"] = len(phrasings)
    out["split"] = PEER_SPLIT.pattern
    out["cutoff"] = PEER_CUTOFF
    return out


def database_ratio(path: Path, claims: Path, round_number: int) -> dict[str, object]:
    """check_document over ``path`` with the bundled database and with ``claims`` added, one after the
    other in the same process (which first alternates with ``round_number``): a paired measurement, so
    the load on the machine hits both alike. CPU and wall seconds of each loop, after loading."""
    from k2check.check import Checker
    from k2check.database import load

    checkers = {}
    for key, files in (("bundled", []), ("big", [claims])):
        loaded = load(files)
        checkers[key] = (Checker(loaded.db, loaded.index), len(loaded.db.claims))

    def run(key: str) -> dict[str, Any]:
        checker, n_claims = checkers[key]
        with path.open(encoding="utf-8", newline="") as handle:
            results = sum(1 for _ in checker.check_document(handle, str(path)))
        return {"claims": n_claims, "results": results}

    order = ["bundled", "big"] if round_number % 2 == 0 else ["big", "bundled"]
    return {key: _timed(lambda key=key: run(key)) for key in order}


def main(argv: list[str]) -> int:
    if (
        len(argv) < 2
        or argv[0] not in {"count", "all", "dbratio"}
        or (argv[0] in {"all", "dbratio"} and len(argv) != 4)
    ):
        sys.stderr.write(__doc__ or "")
        return 2
    result: dict[str, object]
    if argv[0] == "count":
        result = count([Path(a) for a in argv[1:]])
    elif argv[0] == "all":
        result = measure_all(Path(argv[1]), int(argv[2]), int(argv[3]))
    else:
        result = database_ratio(Path(argv[1]), Path(argv[2]), int(argv[3]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
