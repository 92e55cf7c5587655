"""Polarity: does a sentence assert a claim or its opposite?

NegEx-style cues counted in the clause that carries the claim (so double negatives cancel out), with
the exceptions written as small rules in ``rules/`` (masks, filters, adjustments), each beside its
examples."""

from typing import NamedTuple

from k2check.lang import Language
from k2check.polarity.frame import Frame, Reading, Span, clauses, find, main_clause
from k2check.polarity.rules import ADJUSTMENTS, FILTERS, MASKS
from k2check.polarity.rules.filters import forward_only

__all__ = ["Frame", "Polarity", "affirms", "claim_clause", "denies", "polarity"]

PUNCTUATION = frozenset({";", "?", "!", ","})
# What may follow a fact check's rating before its reason ("Rating: False, the trial was small").
_AFTER_RATING = frozenset({",", ";", ":", ".", "-", "--"})


class Polarity(NamedTuple):
    negated: bool
    cues: tuple[str, ...]
    scope: str
    rules: tuple[str, ...] = ()
    # A rule weighed a negation cue and set it aside: a mask hid it, or it sat in the claim's clause (or a
    # "but" clause after it) and a filter or an adjustment left it uncounted ("Natto is not the sole source of
    # K2"). The affirmation is then the rules' reading of the cue; a cue they never weighed (outside the
    # clause, or after every claim word in a clause of its own) leaves it False.
    set_aside: bool = False


def polarity(frame: Frame) -> Polarity:
    """Whether the sentence asserts the opposite of its claim, with the cues and rules that said so.

    Every cue that survives the rules denies the claim, and so does an opposite term; two denials
    cancel only where a rule says they form one double negative ("not true that K2 doesn't ...",
    "never ... without", "not safe")."""
    tokens = frame.tokens
    reading = Reading(masked=set(frame.own))
    for mask in MASKS:
        mask(frame, reading)
    reading.cues += find(tokens, frame.lang.cues, reading.masked)
    if frame.antonym_at is not None and not reading.antonym_hidden:
        reading.antonym = (frame.antonym_at, frame.antonym_at + 1)
    # An opposite term outside the claim's clause may still answer a reported claim ("..., yet it's rare"),
    # and a ranking may deny an equality ("..., but the shot protects better").
    if (
        not reading.cues
        and reading.antonym is None
        and not reading.forced
        and not frame.opposites
        and not frame.equative
    ):
        return Polarity(False, (), "", tuple(reading.rules), set_aside=_hidden(frame, reading))
    reading.cues.sort()
    reading.counted = [
        cue for cue in reading.cues if frame.in_clause(cue[0]) and not any(f(frame, cue) for f in FILTERS)
    ]
    reading.counted = sorted({*reading.counted, *reading.forced})
    if reading.antonym is not None:
        reading.counted = sorted([*reading.counted, reading.antonym])
    for adjust in ADJUSTMENTS:
        adjust(frame, reading)
    start, end = frame.clause
    words = tuple(" ".join(tokens[s:e]) for s, e in reading.counted if (s, e) != reading.antonym)
    scope = " ".join(t for t in tokens[start:end] if t not in PUNCTUATION)
    # Only an affirmation can have set a cue aside (the adjustments leave the cues found as they are).
    set_aside = not reading.counted and (
        any(_weighed(frame, cue) for cue in reading.cues) or _hidden(frame, reading)
    )
    return Polarity(bool(reading.counted), words, scope, tuple(reading.rules), set_aside)


def _hidden(frame: Frame, reading: Reading) -> bool:
    """Whether a mask hid a cue: fewer cues show than with only the claim's own words masked."""
    return len(reading.masked) > len(frame.own) and len(
        find(frame.tokens, frame.lang.cues, set(frame.own))
    ) > len(reading.cues)


def _weighed(frame: Frame, cue: Span) -> bool:
    """Whether the rules weigh ``cue`` against the claim: it sits in the claim's clause, but not in a clause
    of its own after every claim word (``forward_only``: "..., which it plainly isn't", left unread), or in
    a "but" clause after it, which ``but_not`` reads ("Natto is rich in K2, but not in K1")."""
    return (frame.in_clause(cue[0]) and not forward_only(frame, cue)) or _after_but(frame, cue[0])


def _after_but(frame: Frame, at: int) -> bool:
    """Whether the token at ``at`` sits in a clause that opens after a word of contrast ("but", "yet")."""
    tokens = frame.tokens
    return any(s <= at < e and s > 0 and tokens[s - 1] in frame.lang.contrast for s, e in frame.spans)


def claim_clause(
    tokens: list[str], content: set[int], lang: Language, spans: list[Span] | None = None
) -> tuple[int, int]:
    """The token span of the clause that carries the claim whose words sit at ``content``; ``spans`` are
    the ``clauses`` of the tokens, when the caller has them already."""
    return main_clause(tokens, spans or clauses(tokens, lang) or [(0, len(tokens))], content, lang)


def affirms(tokens: list[str], lang: Language) -> bool:
    """Whether a short sentence only says yes to the one before ("Yes.", "Absolutely, yes!")."""
    if not tokens or len(tokens) > 5 or not lang.affirmations.intersection(tokens):
        return False
    return all(t in lang.affirmations or t in lang.reply_words or t in PUNCTUATION for t in tokens)


def mocks(tokens: list[str], lang: Language) -> bool:
    """Whether a short sentence only mocks the statement before it ("Sure it does.", "Yeah, right lol").

    >>> from k2check.lang.en import ENGLISH
    >>> [mocks(t.split(), ENGLISH) for t in ("sure it does .", "yeah , right", "oh sure it does lol")]
    [True, True, True]
    >>> [mocks(t.split(), ENGLISH) for t in ("sure .", "sure it does help your bones .", "right .")]
    [False, False, False]

    An opening that mocks whatever follows it does so at any length ("Next you'll tell me vitamin C gives
    me a six pack."):

    >>> mocks("next you tell me vitamin c gives me a six pack .".split(), ENGLISH)
    True
    """
    words = tuple(t for t in tokens if t not in PUNCTUATION and t != "." and t not in lang.mocking_fillers)
    if any(words[: len(opener)] == opener for opener in lang.mocking_openers):
        return True
    return bool(words) and len(words) <= 5 and words in lang.mocking


def denies(tokens: list[str], lang: Language) -> bool:
    """Whether a short sentence only passes judgement on the one before ("That's a myth.", "Not true.",
    "For people, the answer is a firm no.", "Most people who eat well don't.", "Our ruling: False.").

    >>> from k2check.lang.en import ENGLISH
    >>> from k2check.normalize import clean, tokens
    >>> said = ("Our ruling: False.", "VERDICT: mostly misleading", "Rating: true")
    >>> [denies(tokens(clean(t)), ENGLISH) for t in said]
    [True, True, False]
    >>> said = ("Rating: Unsupported, the one trial was small.", "Rating: false alarms are common")
    >>> [denies(tokens(clean(t)), ENGLISH) for t in said]
    [True, False]
    """
    at = [p for p, t in enumerate(tokens) if t not in PUNCTUATION and t != "."]
    words = [tokens[p] for p in at]
    # A fact check's rating: "Our ruling: False.", "Verdict: mostly misleading", or one with its reason
    # after a stop ("Rating: Incorrect, the only trial was small").
    for k in (1, 2):
        if tuple(words[:k]) not in lang.rulings:
            continue
        for j in range(1, min(4, len(words) - k + 1)):
            if tuple(words[k : k + j]) in lang.false_ratings and (
                k + j == len(words) or tokens[at[k + j - 1] + 1] in _AFTER_RATING
            ):
                return True
    if words and words[-1] in {"no", "nope"} and len(words) <= 12 and {"answer", "verdict"} & set(words[-5:]):
        return True
    # "Most healthy people who eat well don't.": an answer that ends on a bare negated auxiliary.
    if (
        2 < len(words) <= 14
        and words[-1] == "not"
        and words[-2] in lang.negative_aux
        and len(find(tokens, lang.cues, set())) == 1
    ):
        return True
    if not tokens or len(tokens) > 8:
        return False
    pseudo = {pos for s, e in find(tokens, lang.pseudo, set()) for pos in range(s, e)}
    cues = find(tokens, lang.cues, pseudo)
    inside = {tokens[p] for s, e in cues for p in range(s, e)}
    # "No, it isn't.": the answer and its echo are one denial, not two.
    echoed = len(cues) == 2 and tokens[cues[0][0]] in {"no", "nope"} and cues[0][0] <= 1
    return (len(cues) % 2 == 1 or echoed) and all(
        t in lang.reply_words or t in PUNCTUATION or t in inside for t in tokens
    )
