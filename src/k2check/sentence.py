"""Reading a sentence once into the frame every matching step works on.

The text is cleaned and tokenised, each unknown word corrected against the database's vocabulary (never a
word of the English word list), the words folded through the vocabulary's synonyms ("menaquinone-7" and
"MK-7" become "mk7") and stemmed, and the concepts they name (a form implies its broader vitamin) gathered:
a ``SentenceFrame``. ``SentenceReader`` keeps what it learns per word and per text for the run."""

import re
from typing import NamedTuple

from rapidfuzz import fuzz, process

from k2check.index import NOT_CONTENT, Folder, Index
from k2check.lang.en import ENGLISH
from k2check.lang.words import is_english
from k2check.lazyre import LazyPattern
from k2check.normalize import clean, stem, tokens
from k2check.polarity.frame import Span, clauses


def _stand_in(words: list[str], subject: str) -> list[str]:
    """``words`` with each stand-in ("it", "this vitamin") replaced by ``subject``, word for word (the
    last word of a two-word one), so positions still map to the sentence."""
    out = list(words)
    dummy: set[int] = set()
    for phrase in ENGLISH.not_stand_in:
        size = len(phrase)
        for i in range(len(out) - size + 1):
            if tuple(out[i : i + size]) == phrase:
                dummy.update(range(i, i + size))
    for phrase in ENGLISH.stand_ins:
        size = len(phrase)
        for i in range(len(out) - size + 1):
            if tuple(out[i : i + size]) == phrase and i not in dummy:
                out[i + size - 1] = subject
    return out


class WordReading(NamedTuple):
    """What a sentence reads from one of its (corrected, folded) words, worked out once per word."""

    stem: str
    # The broader words the stem implies ("vitamin_k" for "k2"), or none.
    broader: frozenset[str]
    # Whether the stem counts in the content scored against phrasings (``index.content_of``).
    content: bool


# A lead-in ended by a colon at the head of a sentence ("Bottom line: ...", "Don't be fooled: ...", in bold
# as well: "**Myth:** ...").
_LEAD_IN = LazyPattern(r"([^:]{1,80}?):[*_]*\s")


class SentenceFrame:
    """A sentence as matching reads it: its corrected words, their folded stems (with ``origin`` mapping
    each stem to its word), the concepts they name, the content scored against phrasings, and what the
    steps after work out once and share."""

    __slots__ = (
        "asides",
        "concepts",
        "content",
        "forms",
        "inherited",
        "joined",
        "lead",
        "origin",
        "reach",
        "spans",
        "stems",
        "text",
        "words",
    )

    def __init__(
        self,
        words: list[str],
        origin: list[int],
        stems: list[str],
        concepts: set[str],
        content: str,
    ) -> None:
        self.words = words
        self.origin = origin
        self.stems = stems
        self.concepts = concepts
        self.content = content
        self.text = ""
        self.inherited: set[str] = set()
        # Read for every candidate claim, so worked out once per sentence.
        self.joined = f" {' '.join(stems)} "
        self.forms: set[str] = set()
        # ``forms`` and the broader forms they imply, when a claim about a form asks.
        self.reach: set[str] | None = None
        self.asides: set[int] | None = None  # ``_asides``, when a second claim needs it
        self.spans: list[Span] | None = None  # ``clauses`` of the words, when a claim is selected
        # Words before a colon that ends a lead-in ("Bottom line: ..."); the tokens keep no colon.
        self.lead = 0

    def clauses(self) -> list[Span]:
        """The clauses of the words (``polarity.frame.clauses``), worked out once for every claim read."""
        if self.spans is None:
            self.spans = clauses(self.words, ENGLISH) or [(0, len(self.words))]
        return self.spans


# How close (``fuzz.ratio``) an unknown word must read to a vocabulary word to be taken as a typo of it.
CORRECTION_SCORE = 85


def _may_reach(length: int, other: int, score: int) -> bool:
    """Whether words of these lengths can score ``score`` by ``fuzz.ratio`` (a point of margin for
    rounding)."""
    return 200 * min(length, other) >= (score - 1) * (length + other)


class SentenceReader:
    """Reads sentences into frames against one index, remembering each word's correction and reading."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._anchor_re: re.Pattern[str] | None = None
        self._cleaned = ("", "")
        self._anchored = ("", False)
        self._corrections: dict[str, str] = {}
        self._lengths: dict[int, list[str]] = {}
        self._words: dict[str, WordReading] = {}
        self._fold = Folder(index.fold, index.max_fold)

    def _anchors(self) -> re.Pattern[str]:
        if self._anchor_re is None:
            self._anchor_re = re.compile(self.index.anchors)
        return self._anchor_re

    def correct(self, word: str) -> str:
        cached = self._corrections.get(word)
        if cached is not None:
            return cached
        fixed = self._correction(word)
        if len(self._corrections) > 50_000:
            self._corrections.clear()
        self._corrections[word] = fixed
        return fixed

    def _correction(self, word: str) -> str:
        index = self.index
        if (
            len(word) < 4
            or word in index.known
            or word in ENGLISH.grammar
            or word in ENGLISH.stopwords
            or word in ENGLISH.everyday
            or not word.isalpha()
            or stem(word) in index.known
        ):
            return word
        best = process.extractOne(
            word, self._within_reach(len(word)), scorer=fuzz.ratio, score_cutoff=CORRECTION_SCORE
        )
        # Typos rarely hit the first letter; requiring it keeps "creatine" from becoming anything else.
        # A real word is no typo ("infection" is not "injection", "scare" not "scarce").
        if best is not None and best[0][0] == word[0] and not is_english(word):
            return str(best[0])
        return word

    def _within_reach(self, size: int) -> list[str]:
        """The vocabulary words, in index order, whose length lets them score CORRECTION_SCORE against a word
        of ``size`` characters (worked out once per size): ``fuzz.ratio`` is 200 x the characters two words
        share / their lengths added, at most 200 x the shorter length / both. Leaving out words that cannot
        reach the cutoff changes neither the best word nor which of equals comes first, and most of the
        vocabulary is too long or too short for any one word."""
        words = self._lengths.get(size)
        if words is None:
            # A longer word scores below the cutoff: 200 x size / (size + length) falls as length grows.
            lengths = {n for n in range(1, 2 * size + 1) if _may_reach(n, size, CORRECTION_SCORE)}
            words = self._lengths[size] = [w for w in self.index.vocab_words if len(w) in lengths]
        return words

    def _clean(self, text: str) -> str:
        # A document asks ``names_subject`` first and then matches the same text: clean it once.
        if text is not self._cleaned[0]:
            self._cleaned = (text, clean(text))
        return self._cleaned[1]

    def names_subject(self, text: str) -> bool:
        """The document prefilter: whether the text names some claim's subject, in any written form."""
        # A document asks this and then matches the same text, which asks again: one scan.
        if text is not self._anchored[0]:
            self._anchored = (text, self._anchors().search(self._clean(text)) is not None)
        return self._anchored[1]

    def read(self, text: str, stands_for: str | None = None) -> SentenceFrame:
        cleaned = self._clean(text)
        corrections = self._corrections
        words = [corrections.get(w) or self.correct(w) for w in tokens(cleaned)]
        folded, origin = self._fold(words)
        if stands_for is not None:
            folded = _stand_in(folded, stands_for)
        known = self._words
        stems: list[str] = []
        content: list[str] = []
        implied: list[tuple[str, frozenset[str]]] = []
        for w in folded:
            word = known.get(w)
            if word is None:
                word = self._word(w)
                if len(known) < 100_000:
                    known[w] = word
            stemmed, broader, counts = word
            stems.append(stemmed)
            if counts:
                content.append(stemmed)
            if broader:
                implied.append((stemmed, broader))
        concepts = set(stems)
        for _, broader in implied:
            concepts |= broader
        sentence = SentenceFrame(words, origin, stems, concepts, " ".join(content))
        sentence.forms = {form for form, _ in implied}
        sentence.text = text
        if ":" in cleaned:
            lead = _LEAD_IN.match(cleaned)
            sentence.lead = len(tokens(lead.group(1))) if lead else 0
        return sentence

    def _word(self, folded: str) -> WordReading:
        index = self.index
        stemmed = folded if folded in index.canonical else stem(folded)
        return WordReading(stemmed, index.implies.get(stemmed, frozenset()), stemmed not in NOT_CONTENT)

