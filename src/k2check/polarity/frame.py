"""What the polarity rules read: one sentence's tokens and where the claim sits in them, computed once."""

from __future__ import annotations

from collections.abc import Set

from k2check.lang import Language

Span = tuple[int, int]

# "not yet", "has yet to", "no proof yet that": "yet" as time, not a contrast that starts a clause.
_NOT_YET = frozenset(
    {"not", "has", "have", "had", "is", "are", "was", "were", "proof", "evidence", "data", "nothing", "none"}
)

# A clause opening on one of these points back to the subject named before ("...; it isn't toxic").
_POINTERS = frozenset({"it", "they"})

# Words that open a fronted "without" phrase ("Without K2, ...", "Lacking K2, ...").
_PRIVATIVE = frozenset({"without", "lacking"})


# For one phrase table: the phrases by first word, and under each first word by length, longest first.
_Table = dict[str, tuple[tuple[int, frozenset[tuple[str, ...]]], ...]]
_BY_FIRST: dict[int, tuple[tuple[tuple[str, ...], ...], _Table]] = {}


def _by_first(phrases: tuple[tuple[str, ...], ...]) -> _Table:
    """The phrases grouped by first word and length, built once per table (the tables are module
    constants): a word that opens many phrases ("not") is then tried once per length, not once per
    phrase."""
    cached = _BY_FIRST.get(id(phrases))
    if cached is not None and cached[0] is phrases:
        return cached[1]
    grouped: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for phrase in phrases:
        grouped.setdefault(phrase[0], {}).setdefault(len(phrase), set()).add(phrase)
    table = {
        first: tuple((n, frozenset(by_length[n])) for n in sorted(by_length, reverse=True))
        for first, by_length in grouped.items()
    }
    _BY_FIRST[id(phrases)] = (phrases, table)
    return table


def find(tokens: list[str], phrases: tuple[tuple[str, ...], ...], skip: set[int]) -> list[Span]:
    """Spans (start, end) of the phrases in tokens, longest first, not overlapping ``skip``."""
    found: list[Span] = []
    by_first = _by_first(phrases)
    if by_first.keys().isdisjoint(tokens):
        return found  # most sentences hold no phrase of a table: one set test instead of a walk
    # Only a word that opens some phrase can start one; ``after`` is where the last phrase found ends.
    after = 0
    for i in [i for i, token in enumerate(tokens) if token in by_first]:
        if i < after:
            continue
        for n, of_length in by_first[tokens[i]]:
            if tuple(tokens[i : i + n]) in of_length and not skip.intersection(range(i, i + n)):
                found.append((i, i + n))
                after = i + n
                break
    return found


def clauses(tokens: list[str], lang: Language) -> list[Span]:
    """Token ranges of the clauses, split at terminators, at "and"/"so" starting a new predicate, and at
    the comma that closes a leading subordinate clause ("If you can't stomach natto, ...")."""
    spans: list[Span] = []
    start = 0
    # "Since when does K2 build muscle?", "few studies, if any, show ...": no clause opens there.
    inert = {
        i
        for i, token in enumerate(tokens[:-1])
        if (token, tokens[i + 1]) in {("since", "when"), ("if", "any"), ("if", "ever")}
        # "It doesn't matter if you take K2 with food": "if" as "whether", no condition.
        or (token == "if" and i > 0 and tokens[i - 1] in {"matter", "matters", "mattered", "difference"})
        # "Take K2 if you like, it won't ...": leave, not a condition; the comma opens no main clause.
        or (
            token == "if"
            and tokens[i + 1 : i + 3] in (["you", "like"], ["you", "want"], ["you", "wish"])
            and tokens[i + 3 : i + 4] in ([","], [])
        )
    }
    subordinate = (
        bool(tokens) and (tokens[0] in lang.subordinate or tokens[0] in _PRIVATIVE) and 0 not in inert
    )
    for i, token in enumerate(tokens):
        joined = token in lang.joiners and i + 1 < len(tokens) and tokens[i + 1] in lang.clause_starts
        closes = subordinate and token == ","
        if i in inert:
            continue
        if (
            joined
            or closes
            or (token in lang.terminators and not (token == "yet" and i > 0 and tokens[i - 1] in _NOT_YET))
        ):
            spans.append((start, i))
            start = i + 1
            # A leading subordinate clause may hold a "but" of its own ("Because D raises absorption but
            # doesn't decide where calcium goes, ..."): its closing comma still ends it.
            subordinate = token in lang.subordinate or (subordinate and token == "but" and not closes)
    spans.append((start, len(tokens)))
    return [s for s in spans if s[1] > s[0]]


# A negation right before a claim word ("doesn't THICKEN your blood").
_DENYING = frozenset({"not", "never"})

# Words that make the claim's word another kind of it ("the NEWER blood thinners", "OTHER anticoagulants").
_OTHER_KIND = frozenset({"newer", "other", "different"})

# "...; it just / only / simply ...": a clause that says what the subject does instead of what was denied.
_INSTEAD = frozenset({"just", "only", "simply", "merely"})


def main_clause(
    tokens: list[str],
    spans: list[Span],
    content: set[int],
    lang: Language,
    subject: Set[int] = frozenset(),
    others: Set[int] = frozenset(),
) -> Span:
    """The clause that carries the claim: the one with most of its words, preferring a main clause over a
    subordinate one that only explains it ("... is problematic because no single biomarker reflects it")."""
    if not content:
        return spans[0]
    if len(spans) == 1:
        return spans[0]

    def weight(span: Span) -> tuple[bool, bool, int, bool, bool, bool, int, int]:
        start, end = span
        words = sum(1 for p in content if start <= p < end)
        # A clause whose subject is another claim's does not carry the claim where another clause names its
        # own ("It's vitamin D that helps you absorb calcium; K2 doesn't increase absorption"): the other
        # subject comes before the claim's words. After them it is an object ("... doesn't protect
        # breastfed babies as well as the shot").
        first_other = min((p for p in others if start <= p < end), default=end)
        first_word = min((p for p in content if start <= p < end), default=end)
        # ... and so is one whose first claim word is qualified as another kind ("...; the NEWER blood
        # thinners aren't affected by it" after advice about warfarin).
        qualified = start < first_word < end and tokens[first_word - 1] in _OTHER_KIND
        elsewhere = (
            bool(subject)
            and (first_other < first_word or qualified)
            and not any(start <= p < end for p in subject)
        )
        opener = tokens[start - 1] if start > 0 else tokens[start]
        main = opener not in lang.subordinate and opener not in _PRIVATIVE
        # On a tie, the clause that negates a word of the claim right before it ("Vitamin K doesn't THICKEN
        # your blood; it switches on the clotting factors"), then the one that names the claim's subject
        # ("...; a chicken breast isn't one of them") or points back to it ("...; it isn't toxic"), then the
        # one that holds more of what is said of it.
        denied = any(p > start and tokens[p - 1] in _DENYING for p in content - subject if start <= p < end)
        named = sum(1 for p in subject if start <= p < end) or int(tokens[start] in _POINTERS)
        said = sum(1 for p in content if start <= p < end and p not in subject)
        # "K2 doesn't set off random clots; IT JUST makes sure clotting factors are ready": what the subject
        # does instead carries no claim the clause before denied.
        instead = 0 < start < end - 1 and tokens[start] in _POINTERS and tokens[start + 1] in _INSTEAD
        # "The shot is very safe, routine since 1961, AND NOT LINKED with cancer": a predicate joined to the
        # subject's clause and negated carries what is said of that subject.
        joined = said > 0 and tokens[start : start + 2] in (["and", "not"], ["and", "never"], ["or", "not"])
        return (not elsewhere, joined, words, main, not instead, denied, named, said)

    return max(spans, key=weight)


class Frame:
    """One sentence read against one claim.

    ``content``: positions of the claim's words (subject and keyword terms); ``own``: positions of the
    claim's keyword terms, whose cues belong to the claim ("D3 without K2 calcifies"); ``subject``: the
    claim's subject; ``restated``: claim words whose antonym the sentence also uses ("safe, not toxic");
    ``caution``: the claim itself warns against something, so advice against it agrees with it;
    ``antonym_at``: the position of an opposite term of the claim, which denies it like a cue.

    Frame and Reading are plain classes with slots, not dataclasses: building the two dataclasses cost
    every start-up nearly 2 ms."""

    __slots__ = (
        "against_avoiding",
        "antonym_at",
        "caution",
        "clause",
        "comparative",
        "content",
        "equative",
        "groups",
        "lab",
        "lang",
        "lead",
        "opposites",
        "others",
        "own",
        "reassures",
        "recommends",
        "relieves",
        "restated",
        "scarce",
        "siblings",
        "spans",
        "subject",
        "substitutes",
        "tokens",
    )

    def __init__(
        self,
        tokens: list[str],
        content: set[int],
        lang: Language,
        own: set[int] | None = None,
        subject: set[int] | None = None,
        restated: set[int] | None = None,
        caution: bool = False,
        antonym_at: int | None = None,
        opposites: set[int] | None = None,
        lead: int = 0,
        relieves: bool = False,
        siblings: set[int] | None = None,
        scarce: bool = False,
        others: set[int] | None = None,
        comparative: bool = False,
        equative: bool = False,
        groups: dict[int, int] | None = None,
        spans: list[Span] | None = None,
        reached: set[int] | None = None,
        recommends: bool = False,
        lab: bool = False,
        reassures: bool = False,
        against_avoiding: bool = False,
        substitutes: set[int] | None = None,
    ) -> None:
        self.tokens = tokens
        self.content = content
        self.lang = lang
        self.own = set() if own is None else own
        self.subject = set() if subject is None else subject
        self.restated = set() if restated is None else restated
        self.caution = caution
        # Where the sentence uses an opposite term of the claim ("K2 is safe" against "K2 is toxic").
        self.antonym_at = antonym_at
        # Every position of an opposite term, in the claim's clause or not ("..., yet it's actually rare").
        self.opposites = set() if opposites is None else opposites
        # How many words a lead-in ended by a colon holds ("Bottom line: ..." holds two); 0 when none.
        self.lead = lead
        # The claim says something relieves or prevents a complaint ("K2 reduces night cramps").
        self.relieves = relieves
        # The claim recommends something ("Newborns should get a vitamin K shot").
        self.recommends = recommends
        # The claim is about cells or their parts ("MK-4 increases muscle cell proliferation (in cell
        # culture)"): a finding "in cells, not in people" states it.
        self.lab = lab
        # The claim says something is safe or unaffected ("Menadione is a safe supplement for people").
        self.reassures = reassures
        # The claim says there is little of something ("Breast milk is low in vitamin K").
        self.scarce = scarce
        # The claim recommends something rather than avoiding it ("... keep their vitamin K intake steady
        # rather than avoid it"): a negated avoidance ("greens don't need to be removed") agrees with it.
        self.against_avoiding = against_avoiding
        # Where the sentence names what people offer in place of what the claim recommends ("cord blood",
        # "breastfeeding" for the newborn shot: ``Claim.substitutes``).
        self.substitutes = set() if substitutes is None else substitutes
        # Where the sentence names a sibling of the claim's form (K1 beside a K2 claim).
        self.siblings = set() if siblings is None else siblings
        # Where the sentence names the subject of another claim ("not about K2 being ... like protein").
        self.others = set() if others is None else others
        # The claim compares its subject with something ("MK-7 stays in the blood longer than MK-4").
        self.comparative = comparative
        # The claim says two things are equal ("drops protect as well as the shot", "the same thing").
        self.equative = equative
        # The keyword group of each of the claim's own words ("shot" and "needle" are one group).
        self.groups = {} if groups is None else groups
        # The ``clauses`` of the tokens: worked out here unless the caller, reading several claims in one
        # sentence, has them already.
        self.spans: list[Span] = spans or clauses(tokens, lang) or [(0, len(tokens))]
        # Words the claim reaches only through a broader word it lists ("K2" for a vitamin K claim) do not
        # choose its clause: in "Spinach is packed with vitamin K1 but has almost no K2, so greens won't
        # cover your K2" the greens' vitamin K is stated in the first clause, whatever the K2 clause says.
        weighed = (content - reached) or content if reached else content
        self.clause: Span = main_clause(tokens, self.spans, weighed, lang, self.subject, self.others)

    def clause_start(self, position: int) -> int:
        """Where the clause (``spans``) that holds ``position`` starts."""
        return max((s for s, _ in self.spans if s <= position), default=0)

    def in_clause(self, position: int) -> bool:
        return self.clause[0] <= position < self.clause[1]


class Reading:
    """What the rules have found so far: masked positions, every cue, the cues that count, and the rules
    that changed the count (shown by --explain)."""

    __slots__ = ("antonym", "antonym_hidden", "counted", "cues", "forced", "masked", "rules")

    def __init__(self, masked: set[int]) -> None:
        self.masked = masked
        self.cues: list[Span] = []
        self.counted: list[Span] = []
        self.rules: list[str] = []
        # The claim's opposite term, counted like a cue.
        self.antonym: Span | None = None
        # A mask found the opposite term asserted by nobody ("Not sure if K2 is safe?").
        self.antonym_hidden = False
        # Cues a mask found that count wherever they sit, past the clause and the filters ("..., but you
        # can").
        self.forced: list[Span] = []
