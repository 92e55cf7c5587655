"""The in-process measurements of the benchmark, run by bench/run.py in a child Python process.

    python bench/inproc.py count FILE...    units k2check's segmenter yields per file (its sentence count)
    python bench/inproc.py k2check FILE     Checker.check_document over FILE, timed in-process
    python bench/inproc.py peer FILE        the naive RapidFuzz peer over FILE, timed in-process

Each prints one JSON object. They live in a child so that run.py itself never imports k2check or
RapidFuzz: on Linux a child's max RSS (os.wait4) can never read lower than its launcher's peak, so the
launcher stays small; the child's own max RSS then also measures these in-process runs.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

PEER_SPLIT = re.compile(r"(?<=[.!?])\s+")
PEER_CUTOFF = 80


def count(paths: list[Path]) -> dict[str, object]:
    from k2check.segment import Sentence, segment

    counts = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            counts[str(path)] = sum(1 for unit in segment(handle) if isinstance(unit, Sentence))
    return {"sentences": counts}


def k2check_document(path: Path) -> dict[str, object]:
    """What ``k2check --format jsonl`` does minus start-up and rendering: Checker.check_document."""
    from k2check.check import Checker, FileSummary
    from k2check.database import load
    from k2check.reader import decode_lines

    start = time.perf_counter()
    loaded = load([])
    checker = Checker(loaded.db, loaded.index)
    load_s = time.perf_counter() - start
    summary = FileSummary(str(path))
    start = time.perf_counter()
    with path.open("rb") as handle:
        lines = decode_lines(handle, lambda message: None)
        results = sum(1 for _ in checker.check_document(lines, str(path), summary=summary))
    return {
        "seconds": time.perf_counter() - start,
        "load_seconds": load_s,
        "sentences": summary.sentences,
        "results": results,
    }


def peer(path: Path) -> dict[str, object]:
    """The naive peer: split sentences with a regex, then rapidfuzz.process.extractOne(sentence,
    all_phrasings) for each one (default scorer WRatio, no processor). The phrasings are the claim
    wordings, phrasings and negated phrasings of the bundled database."""
    from rapidfuzz import process

    from k2check.database import load

    db = load([]).db
    phrasings = [text for c in db.claims for text in (c.claim, *c.phrasings, *c.negated_phrasings)]
    start = time.perf_counter()
    text = path.read_text(encoding="utf-8")
    sentences = 0
    high = 0
    for sentence in PEER_SPLIT.split(text):
        if not sentence.strip():
            continue
        sentences += 1
        best = process.extractOne(sentence, phrasings)
        if best is not None and best[1] >= PEER_CUTOFF:
            high += 1
    return {
        "seconds": time.perf_counter() - start,
        "sentences": sentences,
        "phrasings": len(phrasings),
        "high": high,
        "cutoff": PEER_CUTOFF,
        "split": PEER_SPLIT.pattern,
    }


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"count", "k2check", "peer"}:
        sys.stderr.write(__doc__ or "")
        return 2
    paths = [Path(a) for a in argv[1:]]
    if argv[0] == "count":
        result = count(paths)
    elif argv[0] == "k2check":
        result = k2check_document(paths[0])
    else:
        result = peer(paths[0])
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
