"""A second opinion for a sentence the keyword groups leave just short of a claim.

The matcher states a claim only when a sentence names its subject and every group of its assertion
words. People write around those words ("leave the K2 on the shelf while you're taking warfarin"), so a
sentence may name the subject and miss a group. For those near misses the matcher asks this model: a
linear model (multinomial logistic regression) over the sentence's word stems and stem pairs, trained by
``tools/train_opinion.py`` on labelled sentences written the way pages write and on the database's
phrasings, that gives the probability of each claim (and of "none"). A near miss the model names with
enough confidence is stated. The polarity rules read a claim by where its keyword terms sit, and a near
miss lacks some of them ("Oral drops fall short of the protection a single injection gives" names no
term of "equal"), so a second model, trained on the same sentences, says whether the sentence denies its
claim; where it is sure (``Weights.opinion_polarity``) its answer stands, else the rules' does.

The weights are data (``data/opinion.tsv``, shipped in the package); scoring a sentence is a few dictionary
look-ups per word, and the file is read only when a sentence first needs it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from pathlib import Path

from k2check.normalize import clean, stem, tokens

# What the model file's first line says about it.
MAGIC = "k2check-opinion"
FORMAT = 2
_WORD = re.compile(r"\w")
# A wh-question asks; it states nothing ("Which form of K2 is best?"), however close its words are.
_WH = re.compile(r"(?:what|which|who|whom|whose|why|how|when|where)\b", re.IGNORECASE)
# A sentence ends with a stop, perhaps inside a closing quote or bracket; a line without one is a heading,
# a caption or a list label ("MK-4 vs MK-7 for muscle"), which the keyword groups alone must carry.
_ENDS = re.compile(r"[.!?;][\"'”’)\]]*\s*$")


def features(text: str) -> set[str]:
    """The word stems of ``text`` and each pair of neighbouring stems ("not_build"): what the model reads.

    >>> sorted(features("K2 builds muscle."))
    ['build', 'build_muscl', 'k2', 'k2_build', 'muscl']
    """
    stems = [stem(word) for word in tokens(clean(text)) if _WORD.search(word)]
    found = set(stems)
    found.update(f"{a}_{b}" for a, b in itertools.pairwise(stems))
    return found


def may_state(text: str) -> bool:
    """Whether ``text`` reads as a sentence that states something: not a wh-question, not a line without
    a closing stop. Only those get a second opinion.

    >>> may_state("Leave the K2 on the shelf while you take warfarin.")
    True
    >>> may_state("Which form of K2 is best?")
    False
    >>> may_state("Can K2 replace the gym?")
    True
    >>> may_state("Why D3 and K2 belong in the same capsule")
    False
    """
    stripped = text.strip()
    if not _ENDS.search(stripped):
        return False
    return not (stripped.endswith("?") and _WH.match(stripped))


class Opinion:
    """A trained model: the classes (claim ids and "none") with their intercepts, the negation model's
    intercept, and each feature's row of weights, kept as the file's text until a sentence uses it
    (parsing 12,000 rows would cost more than all the sentences of a run read)."""

    def __init__(
        self,
        classes: tuple[str, ...],
        intercepts: tuple[float, ...],
        negation_intercept: float,
        rows: list[str],
    ) -> None:
        self.classes = classes
        self.intercepts = intercepts
        self.negation_intercept = negation_intercept
        # The feature lines, sorted: a feature is found by bisection (building a dict of 12,000 rows
        # would cost a single statement more than the rest of its matching).
        self._rows = rows
        self._parsed: dict[str, tuple[float, tuple[tuple[int, float], ...]] | None] = {}

    def _row(self, feature: str) -> tuple[float, tuple[tuple[int, float], ...]] | None:
        """The feature's negation weight and its (class index, weight) pairs, or None: an unknown feature."""
        if feature in self._parsed:
            return self._parsed[feature]
        key = feature + "\t"
        rows = self._rows
        at = bisect.bisect_left(rows, key)
        row = None
        if at < len(rows) and rows[at].startswith(key):
            negation, _, pairs = rows[at][len(key) :].partition("\t")
            weights = tuple((int(k), float(w)) for k, _, w in (p.partition(":") for p in pairs.split()))
            row = (float(negation), weights)
        self._parsed[feature] = row
        return row

    def features(self) -> list[str]:
        """Every feature the model has a row for, in file order."""
        return [row.partition("\t")[0] for row in self._rows]

    def denies(self, text: str) -> float:
        """The probability that ``text`` denies the claim it states (logistic)."""
        score = self.negation_intercept
        for feature in features(text):
            row = self._row(feature)
            if row is not None:
                score += row[0]
        return 1 / (1 + math.exp(-score))

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability for ``text`` (softmax over the classes)."""
        scores = list(self.intercepts)
        for feature in features(text):
            row = self._row(feature)
            if row is not None:
                for k, w in row[1]:
                    scores[k] += w
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


class OpinionError(ValueError):
    """The model file is not one this version reads."""


def parse(text: str) -> Opinion:
    """The model in the text of an ``opinion.tsv``: a first line ``k2check-opinion<TAB>2``, then lines
    ``classes``, ``intercepts`` and ``negation`` (its intercept), then one line a feature: the feature, its
    negation weight, and its ``class-index:weight`` pairs, tab-separated, the lines in sorted order."""
    lines = text.split("\n")
    if len(lines) < 4 or lines[0] != f"{MAGIC}\t{FORMAT}":
        raise OpinionError(f"not a k2check opinion model of format {FORMAT} (first line {lines[0][:40]!r})")
    heads = {}
    for line in lines[1:4]:
        name, _, value = line.partition("\t")
        heads[name] = value.split()
    if set(heads) != {"classes", "intercepts", "negation"}:
        raise OpinionError("model needs the lines 'classes', 'intercepts' and 'negation' after the first")
    if len(heads["classes"]) != len(heads["intercepts"]) or len(heads["negation"]) != 1:
        raise OpinionError("model needs as many intercepts as classes, and one negation intercept")
    rows = [line for line in lines[4:] if line]
    if any("\t" not in row for row in rows[:1] + rows[-1:]):
        raise OpinionError("model has a feature line without its weights")
    return Opinion(
        tuple(heads["classes"]),
        tuple(float(x) for x in heads["intercepts"]),
        float(heads["negation"][0]),
        rows,
    )


def read(path: Path) -> Opinion:
    """The model stored at ``path``."""
    return parse(path.read_text(encoding="utf-8"))


@functools.cache
def bundled_opinion() -> Opinion | None:
    """The model shipped with k2check (``data/opinion.tsv``; in a source checkout, the repository's),
    read once per process; None when it is missing, so k2check still runs on the keyword groups alone."""
    from k2check.loader import package_files

    packaged = package_files() / "data" / "opinion.tsv"
    if packaged.is_file():
        return parse(packaged.read_text(encoding="utf-8"))
    checkout = Path(__file__).resolve().parent.parent.parent / "data" / "opinion.tsv"
    return read(checkout) if checkout.is_file() else None
