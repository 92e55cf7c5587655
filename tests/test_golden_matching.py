"""Pins what the matcher answers for every labelled statement and every claim's own wording.

A change to matching shows up here as a diff of (id, negated, score, verdict) per statement. When a
change is intended, regenerate with ``K2CHECK_UPDATE_GOLDEN=1 pytest tests/test_golden_matching.py``
and read the diff before committing it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from k2check.evaluate import read_cases

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden" / "matching.jsonl"
# The sets we develop on; the real-style held-out set and the advice set are scored only at the end.
SETS = [
    TESTS / "data" / name
    for name in (
        "dev.yaml",
        "holdout.yaml",
        "blind.yaml",
        "real-dev.yaml",
        "real-dev2.yaml",
        "advice-dev.yaml",
        "advice-dev2.yaml",
        "real-dev3.yaml",
        "real-dev4.yaml",
        "advice-dev3.yaml",
        "polarity-probe.yaml",
        "real-dev5.yaml",
        "advice-dev4.yaml",
        "shop-dev.yaml",
        "forum-dev.yaml",
        "info-dev.yaml",
        "safety-dev.yaml",
        "fitness-dev.yaml",
        "bodyheart-dev.yaml",
        "newborn-dev.yaml",
        "foods-dev.yaml",
        "advice5-dev.yaml",
        "parents-dev.yaml",
        "short-dev.yaml",
        "bones-dev.yaml",
        "mixed-dev.yaml",
        "bullets-dev.yaml",
        "thinners-dev.yaml",
        "answers-dev.yaml",
        "research-dev.yaml",
        "wellness-dev.yaml",
        "care-dev.yaml",
        "reviews-dev.yaml",
        "official-dev.yaml",
        "myths-dev.yaml",
        "seo-dev.yaml",
        "rare-dev.yaml",
        "uk-dev.yaml",
        "complex-dev.yaml",
        "clinicians-dev.yaml",
        "seniors-dev.yaml",
        "news-dev.yaml",
        "global-dev.yaml",
    )
]


def _statements(loaded) -> list[str]:  # type: ignore[no-untyped-def]
    texts: list[str] = []
    for path in SETS:
        if path.exists():
            texts.extend(case.text for case in read_cases(path))
    for claim in loaded.db.claims:
        texts.append(claim.claim)
        texts.extend(claim.phrasings)
        texts.extend(claim.negated_phrasings)
    return list(dict.fromkeys(texts))


def _answer(checker, text: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    result = checker.check_statement(text)
    match = result.match
    return {
        "text": text,
        "id": match.claim.id if match else None,
        "negated": match.negated if match else None,
        "score": match.score if match else None,
        "verdict": result.verdict,
    }


def test_matching_golden(loaded, checker) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps(_answer(checker, t), ensure_ascii=False) for t in _statements(loaded)]
    text = "\n".join(lines) + "\n"
    if os.environ.get("K2CHECK_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert GOLDEN.exists(), f"missing {GOLDEN}; run with K2CHECK_UPDATE_GOLDEN=1 to create it"
    expected = {json.loads(line)["text"]: line for line in GOLDEN.read_text(encoding="utf-8").splitlines()}
    changed = [
        f"{line}\n   was {expected.get(json.loads(line)['text'])}"
        for line in lines
        if expected.get(json.loads(line)["text"]) != line
    ]
    missing = len(set(expected) - {json.loads(line)["text"] for line in lines})
    assert not changed and not missing, f"{len(changed)} answers changed, {missing} gone:\n" + "\n".join(
        changed[:40]
    )
