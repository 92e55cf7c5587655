"""Train the second-opinion model (``data/opinion.json``) that the matcher asks about near misses.

    pip install -e '.[train]'
    python tools/train_opinion.py            # writes data/opinion.json
    python tools/train_opinion.py --check    # exit 1 when data/opinion.json is stale

The training data are the development sets in ``tests/data`` (sentences written the way real pages write,
each labelled with the claim it states or none) and the database's own wording (claim, phrasings, negated
phrasings). The held-out sets are never read here: they are the honest estimate of what the model adds.
Two models, logistic regression (scikit-learn) over ``k2check.opinion.features``: which claim the
sentence states (or none), and whether it denies the claim it states. Weights
below ``--prune`` are dropped and the rest rounded, which keeps the file small and its answers the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from k2check.loader import load_bytes  # noqa: E402
from k2check.opinion import FORMAT, features  # noqa: E402

# Development sets only (see tests/data/*.yaml headers); every held-out set stays out.
TRAINING_SETS = (
    "dev",
    "real-dev",
    "real-dev2",
    "real-dev3",
    "real-dev4",
    "advice-dev",
    "advice-dev2",
    "advice-dev3",
    "polarity-probe",
    "real-dev5",
    "advice-dev4",
)
NONE = "none"
OUT = ROOT / "data" / "opinion.json"


def examples(db_path: Path, leave_out: tuple[str, ...] = ()) -> list[tuple[str, str, bool]]:
    """(text, class, negated) triples: the database's wording, then every case of the training sets."""
    claims = load_bytes(db_path.read_bytes(), str(db_path)).claims
    ids = {c.id for c in claims}
    found = []
    for claim in claims:
        for text in (claim.claim, *claim.phrasings):
            found.append((text, claim.id, False))
        for text in claim.negated_phrasings:
            found.append((text, claim.id, True))
    for name in TRAINING_SETS:
        if name in leave_out:
            continue
        for case in yaml.safe_load((ROOT / "tests" / "data" / f"{name}.yaml").read_text(encoding="utf-8")):
            label = case.get("id") or NONE
            if label == NONE or label in ids:
                found.append((case["text"], label, bool(case.get("negated"))))
    return found


def fingerprint(pairs: list[tuple[str, str, bool]], settings: dict[str, float]) -> str:
    """What the model was trained from, to tell a stale file."""
    digest = hashlib.sha256(json.dumps([pairs, settings], ensure_ascii=False).encode())
    return digest.hexdigest()


def train(
    found: list[tuple[str, str, bool]], c: float, negation_c: float, min_df: int, prune: float
) -> dict[str, object]:
    """The claim model (which claim, or none) over every example, and the negation model (does the
    sentence deny its claim) over the examples that state one."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    def vectorizer() -> CountVectorizer:
        return CountVectorizer(analyzer=lambda text: sorted(features(text)), binary=True, min_df=min_df)

    words = vectorizer()
    x = words.fit_transform([text for text, _, _ in found])
    model = LogisticRegression(C=c, max_iter=5000)
    model.fit(x, [label for _, label, _ in found])
    weights: dict[str, list[list[float]]] = {}
    for feature, column in sorted(words.vocabulary_.items()):
        kept = [[k, round(float(w), 3)] for k, w in enumerate(model.coef_[:, column]) if abs(w) >= prune]
        if kept:
            weights[feature] = kept
    stated = [(text, negated) for text, label, negated in found if label != NONE]
    negation_words = vectorizer()
    xn = negation_words.fit_transform([text for text, _ in stated])
    negation = LogisticRegression(C=negation_c, max_iter=5000)
    negation.fit(xn, [negated for _, negated in stated])
    negation_weights = {
        feature: round(float(negation.coef_[0, column]), 3)
        for feature, column in sorted(negation_words.vocabulary_.items())
        if abs(negation.coef_[0, column]) >= prune
    }
    return {
        "format": FORMAT,
        "classes": [str(k) for k in model.classes_],
        "intercepts": [round(float(b), 3) for b in model.intercept_],
        "weights": weights,
        "negation": {"intercept": round(float(negation.intercept_[0]), 3), "weights": negation_weights},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength (claims)")
    parser.add_argument("--negation-c", type=float, default=2.0, help="the same, for the negation model")
    parser.add_argument("--min-df", type=int, default=2, help="features seen in fewer examples are dropped")
    parser.add_argument("--prune", type=float, default=0.1, help="smaller weights are dropped")
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "claims.yaml")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="only tell whether --out is up to date")
    parser.add_argument(
        "--leave-out", action="append", default=[], metavar="SET", help="train without this set (to score it)"
    )
    args = parser.parse_args()
    pairs = examples(args.db, tuple(args.leave_out))
    settings = {"c": args.c, "negation_c": args.negation_c, "min_df": args.min_df, "prune": args.prune}
    stamp = fingerprint(pairs, settings)
    if args.check:
        current = json.loads(args.out.read_text(encoding="utf-8")).get("trained_on", {}).get("fingerprint")
        if current != stamp:
            print(f"{args.out} is stale: run python tools/train_opinion.py", file=sys.stderr)
            return 1
        return 0
    model = train(pairs, args.c, args.negation_c, args.min_df, args.prune)
    model["trained_on"] = {
        "sets": [name for name in TRAINING_SETS if name not in args.leave_out],
        "examples": len(pairs),
        "settings": settings,
        "fingerprint": stamp,
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    n = sum(len(v) for v in model["weights"].values())  # type: ignore[attr-defined]
    print(f"{args.out}: {len(pairs)} examples, {len(model['classes'])} classes, {n} weights")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
