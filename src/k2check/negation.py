"""Polarity: does a statement assert a claim or its opposite?

NegEx-style: negation cues (single words and phrases), pseudo-negations that only look negative
("not only", "no doubt"), and terminators ("but", "however", ";") that end a cue's scope. Cues are
counted in the clause that carries the claim, so double negatives cancel out."""

from __future__ import annotations

from typing import NamedTuple

CUES: tuple[tuple[str, ...], ...] = tuple(
    tuple(c.split())
    for c in (
        "not",
        "no",
        "never",
        "none",
        "nothing",
        "neither",
        "nor",
        "nobody",
        "nope",
        "hardly",
        "no basis",
        "no scientific basis",
        "no evidence",
        "no good evidence",
        "no scientific evidence",
        "no proof",
        "no support",
        "not true",
        "not supported",
        "not backed",
        "not proven",
        "not correct",
        "not accurate",
        "not the case",
        "unsupported",
        "unproven",
        "myth",
        "myths",
        "debunked",
        "debunk",
        "untrue",
        "false that",
        "fails to",
        "failed to",
        "fail to",
        "no longer",
        "unlikely",
        "doubt",
        "doubtful",
        "lack of evidence",
        "lacks evidence",
        "little evidence",
        "scant evidence",
        "insufficient evidence",
        "nonsense",
        "bogus",
        "misconception",
        "fallacy",
        "contrary to",
        "disproven",
        "disproved",
        "refuted",
        "unfounded",
        "baseless",
        "wrong",
        "mistaken",
        "overhyped",
        "hype",
        "zero evidence",
        "far from",
        "deny",
        "denies",
        "denied",
        "false",
        "incorrect",
        "without",
        "unable",
        "incapable",
    )
)
PSEUDO: tuple[tuple[str, ...], ...] = tuple(
    tuple(c.split())
    for c in (
        "not only",
        "not just",
        "not merely",
        "not simply",
        "no doubt",
        "no question",
        "without doubt",
        "without a doubt",
        "no denying",
        "not deny",
        "not to deny",
        "can not deny",
        "not be denied",
        "no wonder",
        "not surprisingly",
        "not to mention",
        "if not",
        "not least",
        "whether or not",
        "no matter",
        "no more than",
        "not more than",
        "no less than",
        "nothing but",
        "no myth",
        "not a myth",
        "never been easier",
        "not bad",
        "no doubting",
        "not a question",
        "no joke",
        "no brainer",
        "no more",
        "no exception",
        "no surprise",
        "not unreasonable",
        "not uncommon",
        "not unusual",
        "not impossible",
        "not unlikely",
        "not untrue",
        "not unfounded",
        "not a bad",
        "not without",
        "nothing short of",
        "not everyone",
        "not many people",
        "nobody tells",
        "no one tells",
        "nobody talks",
        "no one talks",
        "no stranger",
    )
)
TERMINATORS = frozenset(
    {
        "but",
        "however",
        "although",
        "though",
        "whereas",
        "nevertheless",
        "nonetheless",
        "except",
        "yet",
        ";",
        "because",
        "since",
        "if",
        "unless",
    }
)
# These negate what follows them ("K2 does not build muscle"); a trailing one ("... that your trainer
# won't tell you") negates something else. The others ("... is a myth", "... not supported") look both ways.
FORWARD = frozenset(
    {"not", "no", "never", "none", "nothing", "neither", "nor", "nobody", "hardly", "without"}
)
PUNCTUATION = frozenset({";", "?", "!", ","})
JOINERS = frozenset({"and", "so", "or"})
REPLY_WORDS = frozenset(
    {
        "that",
        "is",
        "it",
        "this",
        "a",
        "an",
        "total",
        "complete",
        "just",
        "all",
        "pure",
        "s",
        "so",
        "really",
        "actually",
        "well",
        "sorry",
        "but",
        "absolutely",
        "entirely",
        "the",
        "at",
    }
)
SCARCE = frozenset({"zero", "little", "scant", "scarce", "insufficient", "no"})
EVIDENCE = frozenset(
    {"evidence", "data", "proof", "studies", "study", "research", "trials", "trial", "science", "support"}
)
SUBORDINATE = frozenset(
    {"because", "since", "if", "unless", "although", "though", "while", "when", "whereas"}
)
CLAUSE_STARTS = frozenset(
    {
        "should",
        "can",
        "could",
        "must",
        "may",
        "might",
        "will",
        "would",
        "is",
        "are",
        "was",
        "were",
        "does",
        "do",
        "did",
        "has",
        "have",
        "you",
        "there",
        "it",
        "they",
        "we",
        "i",
        "that",
        "this",
    }
)
SUPERLATIVE = frozenset(
    {
        "close",
        "compare",
        "compares",
        "beat",
        "beats",
        "rival",
        "rivals",
        "match",
        "matches",
        "better",
        "more",
        "higher",
        "richer",
        "greater",
        "top",
        "tops",
        "outdoes",
    }
)
NEGATIVE_AUX = frozenset(
    {
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "would",
        "should",
        "will",
        "has",
        "have",
    }
)
MAX_CUE = max(len(c) for c in CUES + PSEUDO)


class Polarity(NamedTuple):
    negated: bool
    cues: tuple[str, ...]
    scope: str


def _find(tokens: list[str], phrases: tuple[tuple[str, ...], ...], skip: set[int]) -> list[tuple[int, int]]:
    """Spans (start, end) of the phrases in tokens, longest first, not overlapping ``skip``."""
    found: list[tuple[int, int]] = []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase[0], []).append(phrase)
    i = 0
    while i < len(tokens):
        best = 0
        for phrase in by_first.get(tokens[i], ()):
            n = len(phrase)
            if n > best and tuple(tokens[i : i + n]) == phrase and not skip.intersection(range(i, i + n)):
                best = n
        if best:
            found.append((i, i + best))
            i += best
        else:
            i += 1
    return found


def clauses(tokens: list[str]) -> list[tuple[int, int]]:
    """Token ranges of the clauses, split at terminators, at "and"/"so" starting a new predicate, and at
    the comma that closes a leading subordinate clause ("If you can't stomach natto, ...")."""
    spans: list[tuple[int, int]] = []
    start = 0
    subordinate = bool(tokens) and tokens[0] in SUBORDINATE
    for i, token in enumerate(tokens):
        joined = token in JOINERS and i + 1 < len(tokens) and tokens[i + 1] in CLAUSE_STARTS
        closes = subordinate and token == ","
        if (
            joined
            or closes
            or (token in TERMINATORS and not (token == "yet" and i > 0 and tokens[i - 1] == "not"))
        ):
            spans.append((start, i))
            start = i + 1
            subordinate = token in SUBORDINATE
    spans.append((start, len(tokens)))
    return [s for s in spans if s[1] > s[0]]


def claim_clause(tokens: list[str], content: set[int]) -> tuple[int, int]:
    """The token span of the clause that carries the claim whose words sit at ``content``."""
    return _pick(tokens, clauses(tokens) or [(0, len(tokens))], content)


def _pick(tokens: list[str], spans: list[tuple[int, int]], content: set[int]) -> tuple[int, int]:
    return _main_clause(tokens, spans, content) if content else spans[0]


def _main_clause(tokens: list[str], spans: list[tuple[int, int]], content: set[int]) -> tuple[int, int]:
    """The clause that carries the claim: the one with most of its words, preferring a main clause over a
    subordinate one that only explains it ("... is problematic because no single biomarker reflects it")."""

    def weight(span: tuple[int, int]) -> tuple[int, int]:
        start, end = span
        words = sum(1 for p in content if start <= p < end)
        opener = tokens[start - 1] if start > 0 else tokens[start]
        return (words, opener not in SUBORDINATE)

    return max(spans, key=weight)


def polarity(
    tokens: list[str],
    content: set[int],
    own: set[int] | None = None,
    subject: set[int] | None = None,
    restated: set[int] | None = None,
) -> Polarity:
    """Whether ``tokens`` assert the opposite of the claim whose words sit at positions ``content``.

    ``own`` holds positions of words that belong to the claim itself (e.g. "without" in "D3 without
    K2 calcifies"); cues there do not count. ``subject`` holds the positions of the claim's subject.
    ``restated`` holds claim words whose antonym the sentence also uses ("safe, not toxic", "different
    and not interchangeable"): a negation of those only restates the antonym, so it does not count."""
    own = own or set()
    subject = subject or set()
    restated = restated or set()
    pseudo = _find(tokens, PSEUDO, own)
    masked = set(own)
    if len(tokens) > 1 and tokens[0] in {"no", "nope", "yes"} and tokens[1] == ",":
        # "No, K2 cannot replace exercise": the answer particle repeats the denial that follows.
        masked.add(0)
    for start, end in pseudo:
        masked.update(range(start, end))
    spans = clauses(tokens) or [(0, len(tokens))]
    start, end = _pick(tokens, spans, content)
    denials = _evidence_denials(tokens, masked)
    for s, e in denials:
        masked.update(range(s, e))
    cues = _find(tokens, CUES, masked) + denials
    if not cues:
        return Polarity(False, (), "")
    cues.sort()
    counted = [
        (s, e)
        for s, e in cues
        if start <= s < end
        and _counts(tokens, s, e, content, subject, bool(restated))
        and not any(p in restated for p in range(e, min(e + 3, len(tokens))))
    ]
    for position in sorted(p for p in own if tokens[p] == "without" and start <= p < end):
        # "Never take D3 without K2", "without vitamin K blood can't clot": with the claim's own
        # "without", another cue makes a double negative.
        near = [
            c
            for c in counted
            if tokens[c[0]] in {"not", "never"}
            and abs(c[0] - position) <= 8
            and "that" not in tokens[min(c[0], position) : max(c[0], position)]
        ]
        if near:
            counted.remove(min(near, key=lambda c: abs(c[0] - position)))
    # "..., but that's a myth": a later clause with none of the claim's words that only passes judgement
    # on it still denies it.
    for s, e in spans:
        if s >= end and not any(s <= p < e for p in content):
            counted += [c for c in cues if s <= c[0] < e and tokens[c[0]] not in FORWARD]
    question = tokens[-1:] == ["?"] or "?" in tokens[start:end]
    if question and counted:
        first = counted[0][0]
        # "Doesn't K2 build muscle?" asks whether the claim holds; it does not deny it.
        if (
            first <= start + 1
            and (first == start or tokens[start] in NEGATIVE_AUX)
            and tokens[first] == "not"
        ):
            counted = counted[1:]
    words = tuple(" ".join(tokens[s:e]) for s, e in counted)
    scope = " ".join(t for t in tokens[start:end] if t not in PUNCTUATION)
    return Polarity(len(counted) % 2 == 1, words, scope)


def denies(tokens: list[str]) -> bool:
    """Whether a short sentence only passes judgement on the one before ("That's a myth.", "Not true.")."""
    if not tokens or len(tokens) > 8:
        return False
    cues = _find(tokens, CUES, set(pos for s, e in _find(tokens, PSEUDO, set()) for pos in range(s, e)))
    return len(cues) % 2 == 1 and all(
        t in REPLY_WORDS or t in PUNCTUATION for t in tokens if not _inside(t, tokens, cues)
    )


def _inside(word: str, tokens: list[str], spans: list[tuple[int, int]]) -> bool:
    return any(word in tokens[s:e] for s, e in spans)


def _evidence_denials(tokens: list[str], masked: set[int]) -> list[tuple[int, int]]:
    """ "zero human data showing", "little good evidence that", "no clinical trials show": a quantity of
    nothing before an evidence word, as one cue that looks both ways."""
    found = []
    for i, word in enumerate(tokens):
        if word in SCARCE and i not in masked:
            for j in range(i + 1, min(i + 4, len(tokens))):
                if tokens[j] in EVIDENCE:
                    found.append((i, j + 1))
                    break
    return found


def _counts(
    tokens: list[str], start: int, end: int, content: set[int], subject: set[int], antonym: bool
) -> bool:
    """Whether the cue at tokens[start:end] negates the claim, rather than something beside it."""
    word = tokens[start]
    if end - start == 1 and word in FORWARD and content and not any(p >= end for p in content):
        return False
    if word == "without":
        # Only "without" + the claim's own words negates it ("take K2 freely without asking a doctor").
        return any(p in content for p in range(end, min(end + 3, len(tokens))))
    if word in {"no", "nothing", "none", "nobody"} and any(t in SUPERLATIVE for t in tokens[end : end + 5]):
        # "Nothing comes close to natto", "no food beats it": a superlative, not a denial.
        return False
    if word == "not" and start > 0 and tokens[start - 1] == ",":
        # "..., not worth it", "days, not hours": a contrast that denies something beside the claim;
        # ", not vitamin K2," and ", not an organ meat" deny the claim's own words.
        stop = start + 1
        while stop < len(tokens) and tokens[stop] not in PUNCTUATION and tokens[stop] not in TERMINATORS:
            stop += 1
        if antonym or not any(p in subject or p in content for p in range(start + 1, stop)):
            return False
    return True


# Words the polarity rules read: typo correction must never turn one into another word ("though" into
# "through").
GRAMMAR = frozenset(word for phrase in (*CUES, *PSEUDO) for word in phrase).union(
    TERMINATORS, SUBORDINATE, JOINERS, CLAUSE_STARTS, REPLY_WORDS, SCARCE, EVIDENCE, NEGATIVE_AUX, FORWARD
)
