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
claim. Which claim and which polarity stand is decided by ``join.py``: two small scorers, trained with the
model, over what the keyword groups and the two models each say.

The weights are data (``data/opinion.tsv``, shipped in the package); scoring a sentence is a few dictionary
look-ups per word, and the file is read only when a sentence first needs it.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from typing import TYPE_CHECKING, NamedTuple

from k2check.furniture import headline_verb, open_question
from k2check.join import CLAIM_FEATURES, NONE_FEATURES, POLARITY_FEATURES, Join, Scorer
from k2check.normalize import clean, stem, tokens

if TYPE_CHECKING:
    import mmap
    from collections.abc import Sequence
    from pathlib import Path

# The class of a sentence that states no claim.
NO_CLAIM = "none"
# What the model file's first line says about it.
MAGIC = "k2check-opinion"
FORMAT = 4
# A feature as it bears on one claim's negation: "doacs-unaffected-by-vitk|fine_to" (format 4).
CLAIM_MARK = "|"
# The head lines after the first, in order.
_HEADS = ("classes", "intercepts", "negation", "claims", "polarity")
_WORD = re.compile(r"\w")
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
    """Whether ``text`` reads as a sentence that states something: not an open question, not a line
    without a closing stop. Only those get a second opinion.

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
    # An open question asks; it states nothing, however close its words are (furniture's own test).
    return _ENDS.search(stripped) is not None and not open_question(stripped, "", "")


def reads_as_sentence(text: str) -> bool:
    """Whether a statement reads as a sentence: ``may_state``, or a line with no closing stop that is not
    an open question and not a title in capitals without a verb (``furniture.headline_verb``). Lines with
    no stop of any length get the second opinion: on every statement set, asking it about lines of fewer
    than eight words too (a bullet, a tweet, a table row) fixed 49 answers and broke 2 (held out 15 / 0).

    >>> reads_as_sentence("tried k2 mk7 for 6 months and saw zero difference in my lifts")
    True
    >>> reads_as_sentence("K2 for gains? no way lol")
    True
    >>> reads_as_sentence("Why Vitamin K2 And D3 Belong Together In The Same Capsule Every Day")
    False
    >>> reads_as_sentence("Vitamin K2 And Muscle Growth"), reads_as_sentence("K2 Beats Protein")
    (False, True)
    """
    stripped = text.strip()
    if open_question(stripped, "", ""):
        return False
    if _ENDS.search(stripped) is not None:
        return True
    words = stripped.split()
    if not words:
        return False
    if sum(w[:1].isupper() for w in words[1:]) * 2 < len(words) - 1:
        return True
    # A headline in capitals with a verb states what it says ("K2 Is the More Potent Form of Vitamin K").
    return headline_verb(stripped)


class _Row(NamedTuple):
    """A feature's weights: for negation; for the classes it weighs, as (class index, weight) ``pairs``
    or, when it weighs ``DENSE_ROW`` classes or more, as one weight per class (``full``)."""

    negation: float
    pairs: tuple[tuple[int, float], ...]
    full: tuple[float, ...]


# A row that weighs this many classes is kept spread over all of them: a sentence's common words ("the",
# "vitamin") weigh most classes, and adding their rows class by class in one pass (``Opinion.
# probabilities``) took the model's sums for one sentence from about 100 to 57 microseconds on the dense
# benchmark's lines.
DENSE_ROW = 12


class Opinion:
    """A trained model: the classes (claim ids and "none") with their intercepts, the negation model's
    intercept, and each feature's row of weights, kept as the file's bytes: a feature's row is found by
    bisecting the sorted lines where they lie and parsed when a sentence first uses it (splitting and
    parsing 12,000 rows would cost a single statement more than the rest of its matching)."""

    def __init__(
        self,
        classes: tuple[str, ...],
        intercepts: tuple[float, ...],
        negation_intercept: float,
        join: Join,
        data: bytes | mmap.mmap,
        rows_at: int,
    ) -> None:
        self.classes = classes
        self.join = join
        self.intercepts = intercepts
        self.negation_intercept = negation_intercept
        self._data = data
        # Where the feature lines start (after the head lines).
        self._rows_at = rows_at
        self._parsed: dict[str, _Row | None] = {}
        # The last sentence read and its features: the matcher asks both models about one sentence.
        self._last: tuple[str, set[str]] = ("", set())
        # ...and the class probabilities of the last sentence asked about (a page's line may be asked twice).
        self._last_probabilities: tuple[str, dict[str, float]] = ("", {})

    def with_join(self, join: Join) -> Opinion:
        """The same two models weighed against the keyword groups by another join."""
        return Opinion(
            self.classes, self.intercepts, self.negation_intercept, join, self._data, self._rows_at
        )

    def _features(self, text: str) -> set[str]:
        if self._last[0] != text:
            self._last = (text, features(text))
        return self._last[1]

    def _find(self, feature: bytes) -> bytes | None:
        """The rest of the feature's line (its weights), by bisection over the byte offsets of the sorted
        feature lines; None when the model has no row for it."""
        data = self._data
        lo, hi = self._rows_at, len(data)
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo - 1, mid) + 1
            end = data.find(b"\n", mid)
            if end < 0:
                end = len(data)
            tab = data.find(b"\t", start, end)
            key = data[start:tab] if tab >= 0 else data[start:end]
            if key == feature:
                return data[tab + 1 : end] if tab >= 0 else b""
            if key < feature:
                lo = end + 1
            else:
                hi = start
        return None

    def _row(self, feature: str) -> _Row | None:
        """The feature's row, or None: an unknown feature."""
        if feature in self._parsed:
            return self._parsed[feature]
        raw = self._find(feature.encode("utf-8"))
        row = None
        if raw is not None:
            negation, _, pairs = raw.decode("utf-8").partition("\t")
            weights = tuple((int(k), float(w)) for k, _, w in (p.partition(":") for p in pairs.split()))
            full: tuple[float, ...] = ()
            if len(weights) >= DENSE_ROW:
                spread = [0.0] * len(self.classes)
                for k, w in weights:
                    spread[k] = w
                full, weights = tuple(spread), ()
            row = _Row(float(negation), weights, full)
        self._parsed[feature] = row
        return row

    def features(self) -> list[str]:
        """Every feature the model has a row for, in file order."""
        lines = self._data[self._rows_at :].decode("utf-8").split("\n")
        return [line.partition("\t")[0] for line in lines if line]

    def denies(self, text: str, claim: str | None = None) -> float:
        """The probability that ``text`` denies the claim it states (logistic). With the ``claim`` (its id),
        the features' weights for that claim count too (``claim|feature`` rows): "It's fine to eat greens on
        Eliquis" affirms the DOAC claim, where the same words deny the warfarin ban."""
        score = self.negation_intercept
        for feature in self._features(text):
            row = self._row(feature)
            if row is not None:
                score += row.negation
            if claim is not None:
                own = self._row(f"{claim}{CLAIM_MARK}{feature}")
                if own is not None:
                    score += own.negation
        return 1 / (1 + math.exp(-score))

    def probabilities(self, text: str) -> dict[str, float]:
        """Each class's probability for ``text`` (softmax over the classes)."""
        if self._last_probabilities[0] == text and text:
            return self._last_probabilities[1]
        scores = list(self.intercepts)
        full: list[Sequence[float]] = [scores]
        for feature in self._features(text):
            row = self._row(feature)
            if row is not None:
                if row.full:
                    full.append(row.full)
                for k, w in row.pairs:
                    scores[k] += w
        if len(full) > 1:
            # The rows that weigh many classes, summed class by class in one pass.
            scores = list(map(sum, zip(*full, strict=True)))
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        found = {c: e / total for c, e in zip(self.classes, exps, strict=True)}
        self._last_probabilities = (text, found)
        return found


class OpinionError(ValueError):
    """The model file is not one this version reads."""


def _scorer(line: list[str], names: tuple[str, ...], head: str) -> Scorer:
    """A scorer from its head line's ``name=weight`` pairs, which must name ``names`` in order, then
    ``bias``."""
    pairs = [item.partition("=") for item in line]
    if [name for name, _, _ in pairs] != [*names, "bias"]:
        raise OpinionError(f"model's {head!r} line does not weigh the figures this version computes")
    values = [float(value) for _, _, value in pairs]
    return Scorer(tuple(values[:-1]), values[-1])


def parse(data: bytes | mmap.mmap) -> Opinion:
    """The model in the bytes of an ``opinion.tsv`` (UTF-8): a first line ``k2check-opinion<TAB>4``, then
    lines ``classes``, ``intercepts``, ``negation`` (its intercept), ``claims`` and ``polarity`` (the
    join's scorers, ``name=weight`` pairs and ``bias``), then one line a feature: the feature, its
    negation weight, and its ``class-index:weight`` pairs, tab-separated, the lines sorted. A feature
    ``claim|feature`` has a negation weight only: what the feature adds for that claim."""
    at = 0
    head: list[str] = []
    for _ in range(1 + len(_HEADS)):
        end = data.find(b"\n", at)
        if end < 0:
            break
        head.append(data[at:end].decode("utf-8", "replace"))
        at = end + 1
    if len(head) < 1 + len(_HEADS) or head[0] != f"{MAGIC}\t{FORMAT}":
        first = head[0] if head else data[:40].decode("utf-8", "replace")
        raise OpinionError(f"not a k2check opinion model of format {FORMAT} (first line {first[:40]!r})")
    heads = {}
    for line in head[1:]:
        name, _, value = line.partition("\t")
        heads[name] = value.split()
    if tuple(heads) != _HEADS:
        raise OpinionError(f"model needs the lines {', '.join(map(repr, _HEADS))} after the first")
    if len(heads["classes"]) != len(heads["intercepts"]) or len(heads["negation"]) != 1:
        raise OpinionError("model needs as many intercepts as classes, and one negation intercept")
    first_row = data[at : data.find(b"\n", at)] if at < len(data) else b""
    if first_row and b"\t" not in first_row:
        raise OpinionError("model has a feature line without its weights")
    try:
        join = Join(
            _scorer(heads["claims"], CLAIM_FEATURES + NONE_FEATURES, "claims"),
            _scorer(heads["polarity"], POLARITY_FEATURES, "polarity"),
        )
        return Opinion(
            tuple(heads["classes"]),
            tuple(float(x) for x in heads["intercepts"]),
            float(heads["negation"][0]),
            join,
            data,
            at,
        )
    except OpinionError:
        raise
    except ValueError as error:
        raise OpinionError(f"model has a malformed weight: {error}") from None


def read(path: Path) -> Opinion:
    """The model stored at ``path``."""
    return parse(path.read_bytes())


@functools.cache
def bundled_opinion() -> Opinion | None:
    """The model shipped with k2check (``data/opinion.tsv``; in a source checkout, the repository's),
    read once per process; None when it is missing, so k2check still runs on the keyword groups alone."""
    from k2check.loader import data_file, package_dir, package_files

    if package_dir() is None:
        packaged = package_files() / "data" / "opinion.tsv"
        return parse(packaged.read_bytes()) if packaged.is_file() else None
    name = data_file("opinion.tsv")
    if name is None:
        return None
    import mmap

    with open(name, "rb") as model:
        # Mapped, not read: a statement looks up a few dozen of the 3 MB file's rows, and reading it whole
        # cost a single statement a millisecond or more.
        data: bytes | mmap.mmap
        try:
            data = mmap.mmap(model.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # a file that cannot be mapped (an empty one, say)
            data = model.read()
    return parse(data)
