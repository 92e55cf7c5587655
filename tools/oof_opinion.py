"""Out-of-fold figures for the second-opinion models: how well the matcher answers sentences it never saw.

    python tools/oof_opinion.py                       # today's k2check.opinion.features
    python tools/oof_opinion.py --features mod:func   # another feature function (importable), to compare
    python tools/oof_opinion.py --join refit          # refit the join inside each fold too (about 5x slower)
    python tools/oof_opinion.py --each                # a line per development set as well
    python tools/oof_opinion.py --dump oof.jsonl      # and each case's out-of-fold answer, for reading
    python tools/oof_opinion.py --c 8 --negation-c 4  # other training settings than train_opinion's defaults
    python tools/oof_opinion.py --none-shift -0.3     # the join's "none" weight moved (abstain less or more)

The development sets of ``tools/train_opinion.py`` are dealt into folds the way it deals them for the join
(``folds_of``, 5 folds, seed 7). For each fold the two models (which claim, and whether the sentence
denies it) are trained without that fold's sets (``examples``, ``train``, with train_opinion's default
settings), and the matcher reads the fold's sets with them, exactly as ``fit_join`` reads a fold (a
``Checker`` whose ``Matcher`` is handed the fold's model). The join is the shipped one (data/opinion.tsv's
``claims`` and ``polarity`` lines) unless ``--join refit`` fits it within the fold as train_opinion does
(from the fold's own inner folds, never from the fold's sets).

Over every development set it prints what ``/work``'s aggregate figures print: answer (right claim with
right polarity, or right no-match), claim where covered, polarity of right claims, denials right, no-match
right, inversions (right claim, wrong polarity), and the denials the negation model made (right ones, of
all it made: "second-opinion-denies" in the explanation). A change to the features is worth keeping when
these rise here, on sentences each model never saw, not on the sets it was trained on.

``--features`` swaps the function in both the training (train_opinion's ``features``) and the reading
(``k2check.opinion.features``); ``--timeit N`` also times the function over the first N development
sentences.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import train_opinion  # noqa: E402

from k2check import opinion as opinion_module  # noqa: E402
from k2check.check import Checker  # noqa: E402
from k2check.database import load  # noqa: E402
from k2check.evaluate import Case, read_cases  # noqa: E402
from k2check.join import CLAIM_FEATURES, NONE_FEATURES, Join  # noqa: E402
from k2check.loader import load_bytes  # noqa: E402
from k2check.matcher import Matcher  # noqa: E402
from k2check.opinion import Opinion, parse  # noqa: E402

FIGURES = (
    *("n", "answer", "covered", "claim", "stated", "polarity", "denials", "denied", "none", "no_match"),
    *("inversions", "model_denials", "model_denials_right"),
)
# train_opinion's defaults, so a fold's model is trained as the shipped one is.
SETTINGS = train_opinion.DEFAULTS


def tally(found: dict[str, int], case: Case, claim_id: str | None, negated: bool) -> None:
    """Count one case's answer into ``found`` (the figures of ``FIGURES``)."""
    found["n"] += 1
    right = claim_id in case.accepted
    if case.claim_id is None:
        found["none"] += 1
        found["no_match"] += claim_id is None
        found["answer"] += claim_id is None
        return
    found["covered"] += 1
    found["claim"] += right
    if case.negated:
        found["denied"] += 1
        found["denials"] += right and negated
    if right:
        found["stated"] += 1
        found["polarity"] += negated == case.negated
        found["answer"] += negated == case.negated
        found["inversions"] += negated != case.negated


def line(name: str, t: dict[str, int]) -> str:
    def r(a: str, b: str) -> float:
        return t[a] / max(t[b], 1)

    return (
        f"{name} n={t['n']} answer {r('answer', 'n'):.4f} claim {r('claim', 'covered'):.4f}"
        f" polarity {r('polarity', 'stated'):.4f} denials {r('denials', 'denied'):.4f}"
        f" ({t['denials']}/{t['denied']}) no-match {r('no_match', 'none'):.4f}"
        f" inversions {t['inversions']}/{t['stated']}"
        f" model-denials {t['model_denials_right']}/{t['model_denials']}"
    )


def named(spec: str) -> Callable[..., object]:
    """The function ``module:function``."""
    module, _, name = spec.partition(":")
    function: Callable[..., object] = getattr(importlib.import_module(module), name)
    return function


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", metavar="MODULE:FUNCTION", help="feature function to use instead")
    parser.add_argument("--join", choices=("shipped", "refit"), default="shipped")
    parser.add_argument("--each", action="store_true", help="a line per set as well")
    parser.add_argument("--timeit", type=int, default=0, metavar="N", help="time features over N sentences")
    parser.add_argument("--db", type=Path, default=ROOT / "data" / "claims.yaml")
    for name in ("c", "negation_c", "min_df", "prune"):
        flag = "--" + name.replace("_", "-")
        kind = int if name == "min_df" else float
        parser.add_argument(flag, type=kind, default=SETTINGS[name], help="train_opinion's setting")
    parser.add_argument("--none-shift", type=float, default=0.0, help="add this to the join's none weight")
    parser.add_argument("--dump", type=Path, metavar="FILE", help="write each case's answer here (JSON)")
    args = parser.parse_args()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    chosen = {"c": args.c, "negation_c": args.negation_c, "min_df": args.min_df, "prune": args.prune}
    settings = {**SETTINGS, **chosen}
    sys.path.insert(0, str(Path.cwd()))
    if args.features:
        opinion_module.features = train_opinion.features = named(args.features)  # type: ignore[assignment]
    features = opinion_module.features
    sets = train_opinion.TRAINING_SETS
    cases = {name: read_cases(ROOT / "tests" / "data" / f"{name}.yaml") for name in sets}
    if args.timeit:
        texts = [case.text for name in sets for case in cases[name]][: args.timeit]
        start = time.perf_counter()
        for _ in range(3):
            for text in texts:
                features(text)
        per = (time.perf_counter() - start) / (3 * len(texts)) * 1e6
        print(f"features: {per:.1f} us a sentence over {len(texts)} sentences", flush=True)
    claims = load_bytes(args.db.read_bytes(), str(args.db)).claims
    shipped: Join = parse((ROOT / "data" / "opinion.tsv").read_bytes()).join
    loaded = load([args.db], bundled=False, use_cache=False)
    total = dict.fromkeys(FIGURES, 0)
    each: dict[str, dict[str, int]] = {}
    for group in train_opinion.folds_of(sets, int(SETTINGS["folds"]), int(SETTINGS["seed"])):
        join = shipped
        if args.none_shift:
            weights = list(join.claims.weights)
            weights[len(CLAIM_FEATURES) + NONE_FEATURES.index("none")] += args.none_shift
            join = join._replace(claims=join.claims._replace(weights=tuple(weights)))
        if args.join == "refit":
            join = train_opinion.fit_join(args.db, claims, settings, tuple(group))
        pairs = train_opinion.examples(claims, tuple(group))
        text = train_opinion.train(
            pairs, settings["c"], settings["negation_c"], int(settings["min_df"]), settings["prune"], join
        )
        model: Opinion = parse(text.encode("utf-8"))
        checker = Checker(loaded.db, loaded.index)
        checker.matcher = Matcher(loaded.index, opinion=lambda model=model: model)  # type: ignore[misc]
        for name in group:
            found = each[name] = dict.fromkeys(FIGURES, 0)
            for case in cases[name]:
                result = checker.check_statement(case.text)
                match = result.match
                tally(found, case, match.claim.id if match else None, bool(match and match.negated))
                if dump:
                    got = {"id": match.claim.id, "negated": match.negated} if match else {"id": None}
                    rules = list(match.explanation.rules) if match else []
                    row = {"set": name, "text": case.text, "want": case.claim_id, "negated": case.negated}
                    row.update(also=list(case.also), got=got, rules=rules)
                    row["denies"] = round(model.denies(case.text, match.claim.id if match else None), 4)
                    dump.write(json.dumps(row) + "\n")
                if match and "second-opinion-denies" in match.explanation.rules:
                    found["model_denials"] += 1
                    found["model_denials_right"] += match.claim.id in case.accepted and case.negated
            for key in FIGURES:
                total[key] += found[key]
        print(f"  fold of {len(group)} sets read", file=sys.stderr, flush=True)
    if args.each:
        for name in sets:
            print(line(f"{name:16s}", each[name]))
    print(line("OOF", total))
    if dump:
        dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
