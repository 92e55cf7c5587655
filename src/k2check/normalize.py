"""Text normalisation: Unicode forms, case, hashtags, contractions, tokens and a light stemmer."""

from __future__ import annotations

import re
from itertools import groupby

from k2check.lazyre import LazyPattern

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": " - "})
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = LazyPattern(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9]{2,})|(?<=[0-9])(?=[A-Za-z]{3,})")
_IRREGULAR = {"can": "can not", "won": "will not", "ain": "is not", "shan": "shall not"}
_REGULAR_NOT = (
    "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "would", "should", "must",
    "need", "might",
)  # fmt: skip
_CONTRACTION = re.compile(
    rf"\b(?:({'|'.join(_IRREGULAR)})'?t|cannot"
    rf"|({'|'.join(_REGULAR_NOT)})n'?t"
    r"|(it|that|there|what|here|who)'s)\b"
    r"|'(?:s|re|ve|ll|d|m)\b"
)
# What every match of _CONTRACTION holds: an apostrophe, "cannot", or a negation written without its
# apostrophe ("dont", "cant"), which ends in "nt". The search skips ahead in C to each of these and looks
# behind an "nt" for the whole word (one look-behind per length); _CONTRACTION, which opens with \b, is
# tried at every position, and "nt" ends many words ("supplement", "nutrient").
_BARE_NOT = sorted([f"{w}t" for w in _IRREGULAR] + [f"{w}nt" for w in _REGULAR_NOT], key=len)
_NEEDS_EXPANSION = re.compile(
    r"'|cannot|nt\b(?:"
    + "|".join(rf"(?<=\b(?:{'|'.join(same)}))" for _, same in groupby(_BARE_NOT, key=len))
    + ")"
)


def _expand(match: re.Match[str]) -> str:
    irregular, regular, pronoun = match.groups()
    if irregular:
        return _IRREGULAR[irregular]
    if regular:
        return f"{regular} not"
    if pronoun:
        return f"{pronoun} is"
    return "can not" if match.group() == "cannot" else ""


# A dose glued to its unit ("200mcg", "45mg", "100µg") reads as the number and the unit.
_GLUED_UNIT = re.compile(r"(?<=\d)(?=(?:mcg|mg|µg|μg|ug|iu|g)\b)")
# The same place, found by a search that can skip ahead to the next digit: most text has none.
_GLUED = re.compile(r"\d(?:mcg|mg|µg|μg|ug|iu|g)\b")
_COMPARE = re.compile(r"(?<=[\w\s])[><]{1,3}(?=[\s\w])")
# Zero-width and formatting characters that hide inside words ("does\u200bn't").
_INVISIBLE = LazyPattern("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
_WITHOUT = re.compile(r"\bw/o\b")
# A spaced dash ("–" and "—" are one after ``clean``) and a full stop inside the text are found as tokens,
# then read as a comma.
_TOKEN = re.compile(r"[^\W_]+|[;?!,]|:(?=\s)|(?<=\s)-(?=\s)|(?<=[^\W\d_]{2})\.(?=\s+[^\W\d_])")
_VOWEL = re.compile(r"[aeiouy]")
_CLAUSE_MARKS = frozenset({"-", "."})
# Words that open a clause with a subject of its own after a dash.
_OWN_SUBJECTS = frozenset({"it", "they", "this", "we", "i", "there", "she", "he"})
# Words a full stop ends without ending the sentence ("Dr. Shea", "Booth et al. found").
_ABBREVIATIONS = frozenset(
    {"dr", "mr", "mrs", "ms", "st", "vs", "al", "no", "ft", "co", "etc", "approx", "prof", "fig", "vol"}
    | {"inc", "ltd"}
)


def clean(text: str) -> str:
    """Lowercase, NFKC-normalised text with hashtags split and contractions expanded."""
    if not text.isascii():
        import unicodedata  # only non-ASCII text needs it: a single ASCII statement skips the import

        text = unicodedata.normalize("NFKC", text)
        if _INVISIBLE.search(text):
            text = _INVISIBLE.sub("", text)
        text = text.translate(_QUOTES)
    elif "`" in text:  # the only ASCII character _QUOTES maps
        text = text.translate(_QUOTES)
    if "#" in text:
        text = _HASHTAG.sub(lambda m: " " + _CAMEL.sub(" ", m.group(1)) + " ", text)
    text = text.lower()
    if _GLUED.search(text):
        text = _GLUED_UNIT.sub(" ", text)
    if ">" in text or "<" in text:
        text = _COMPARE.sub(lambda m: " more than " if m.group()[0] == ">" else " less than ", text)
    if _NEEDS_EXPANSION.search(text):
        text = _CONTRACTION.sub(_expand, text)
    if "w/o" in text:
        # "don't start K2 w/o asking": the shorthand is a word the polarity rules read.
        text = _WITHOUT.sub("without", text)
    if _REFUSAL_HINT.search(text):
        text = _PHRASAL_REFUSAL.sub(_one_word_refusal, text)
    return text


# Phrasal verbs of turning something down ("we turned down the shot", "say no to the jab", "opting out of
# it", "pass on the injection", "forgo it") read as the one-word verbs the polarity rules know (lang
# ``refusals``: decline, refuse, skip), in the same tense. "Pass on" only before "the", "a", "it", ... and
# with no "to" soon after: "passes on very little to the baby", "passed the vitamin K on to" are transfers.
# (each form of the verb and the one-word verb it reads as, the words after it)
_PHRASAL_REFUSALS = (
    ({"turn": "decline", "turns": "declines", "turned": "declined", "turning": "declining"}, r"\s+down"),
    ({"say": "refuse", "says": "refuses", "said": "refused", "saying": "refusing"}, r"\s+no\s+to"),
    ({"opt": "decline", "opts": "declines", "opted": "declined", "opting": "declining"}, r"\s+out\s+of"),
    (
        {"pass": "skip", "passes": "skips", "passed": "skipped", "passing": "skipping"},
        r"\s+on(?=\s+(?:the|a|an|this|that|it)\b)(?!(?:\s+\S+){1,6}?\s+to\b)",
    ),
    (
        {
            "forgo": "skip",
            "forgoes": "skips",
            "forwent": "skipped",
            "forgone": "skipped",
            "forgoing": "skipping",
        },
        "",
    ),
)
_ONE_WORD = {form: word for forms, _ in _PHRASAL_REFUSALS for form, word in forms.items()}
_PHRASAL_REFUSAL = re.compile(
    r"\b(?:" + "|".join(f"({'|'.join(forms)}){tail}" for forms, tail in _PHRASAL_REFUSALS) + r")\b"
)
# What every match holds, searched first: most sentences have none of these words.
_REFUSAL_HINT = re.compile(r"\b(?:turn|sa[yi]|opt|pass|forgo|forwent)")


def _one_word_refusal(match: re.Match[str]) -> str:
    return _ONE_WORD[next(verb for verb in match.groups() if verb)]


def tokens(text: str) -> list[str]:
    """Word tokens of cleaned text; ';', ',', '?' and '!' are kept as tokens for clause and question cues,
    and a colon before a space after two words or more reads as a comma: a list is not part of a phrase
    across it ("Vitamin K deficiency: bleeding gums" does not name "deficiency bleeding"); a one-word label
    ("A: No, it isn't") is left out, as before."""
    found = _TOKEN.findall(text)
    if not _CLAUSE_MARKS.isdisjoint(found):
        # A spaced dash and a full stop inside the text set a stretch apart like a comma; a dash before a
        # subject of its own ("Don't take K2 on an empty stomach - it needs fat") ends a clause, as ";" does.
        found = [
            (";" if token == "-" and found[at + 1 : at + 2] and found[at + 1] in _OWN_SUBJECTS else ",")
            if token in _CLAUSE_MARKS
            else token
            for at, token in enumerate(found)
            if token != "." or (at > 0 and found[at - 1] not in _ABBREVIATIONS)
        ]
    if ":" in text:
        return [
            "," if token == ":" and at > 1 else token
            for at, token in enumerate(found)
            if token != ":" or at > 1
        ]
    return found


def first_token(text: str) -> str | None:
    """The first of ``tokens(text)``, found without finding the others."""
    found = _TOKEN.search(text)
    return found.group() if found else None


def stem(word: str) -> str:
    """A light English stemmer: enough to fold plurals, -ing, -ed and final -e/-y, the same way for
    statements and for the database, so build/builds/building and artery/arteries meet."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "i"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and _VOWEL.search(word[: -len(suffix)]):
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    elif len(word) > 3 and word.endswith("y") and word[-2] not in "aeiou":
        word = word[:-1] + "i"
    return word
