"""Match one sentence against the claims: subject, assertion, polarity, and a calibrated abstention.

A claim is a candidate only when the sentence names the claim's subject (after synonyms) and contains
one term of every keyword group of the claim; RapidFuzz then scores the sentence against the claim's
phrasings, which ranks candidates and gives the score. Everything a claim needs is data in its record."""

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from rapidfuzz import fuzz, process

from k2check.claimbits import GroupGate, KeyPostings, Posting, Required, bits_of, claims_in
from k2check.claims import Claim
from k2check.index import Index, content_of
from k2check.join import ClaimRow, best, claim_row, none_row, polarity_row
from k2check.lang import PhraseTable
from k2check.lang.en import ENGLISH
from k2check.lazyre import LazyPattern
from k2check.normalize import clean, stem, tokens
from k2check.opinion import NO_CLAIM, Opinion, bundled_opinion, may_state, reads_as_sentence
from k2check.polarity import Frame, claim_clause, polarity
from k2check.polarity.frame import find
from k2check.rank import WEIGHTS, Candidate, Hit, Weights, covered_by, order, rank
from k2check.recent import Recent
from k2check.sentence import SentenceFrame, SentenceReader
from k2check.verdicts import statement_verdict

# Reference-list entries name claims in their titles but assert nothing: "Knapen MH, Drummen NE, ...
# Osteoporos Int. 2013;24(9):2499-2507."
_AUTHORS = r"^\W*(?:\[?\d+\]?\.?\s+)?[A-Z][\w'-]+ [A-Z]{1,3}, [A-Z][\w'-]+ [A-Z]{1,3}(?:,|\.| et al)"
CITATION = LazyPattern(
    r"\b(?:19|20)\d\d\s*;\s*\d+\s*(?:\(\d+\))?\s*:\s*\w?\d+|\bdoi:\s*10\.|\bPMID:?\s*\d{5,}|" + _AUTHORS
)
_STARTS_WITH_AUTHORS = re.compile(_AUTHORS)


# What may stand before a clause that "with no" opens ("...; WITH NO prophylaxis, ...").
_OPENS = frozenset({";", ":"})


def _with_no_as_without(words: list[str], subject_at: set[int], own: set[int]) -> list[str]:
    """The words as polarity reads them: "with no" before the claim's subject, or opening a clause before a
    term of its own that does not hold the "no", is "without any" ("calcium pills WITH NO K2 on board could
    harm your heart" warns as "without K2" does; "with no vitamin K, blood cannot clot" is a double
    negative; "WITH NO prophylaxis, late bleeding strikes one baby in 1,500"; not "taken with NO SIDE
    EFFECTS", nor "the evidence is thin, with no trial run" after a comma, where "no" denies the term;
    ``Language.absent_with``). Two words for two, so positions stay as they are."""
    (first, second), read_as = ENGLISH.absent_with
    if second not in words:
        return words
    at = [
        p
        for p, word in enumerate(words)
        if word == second
        and p
        and words[p - 1] == first
        and (p + 1 in subject_at or (p + 1 in own and p not in own and (p == 1 or words[p - 2] in _OPENS)))
    ]
    if not at:
        return words
    read = list(words)
    for p in at:
        read[p - 1 : p + 1] = read_as
    return read


def _citation(text: str) -> bool:
    """Whether the text reads as a reference-list entry. The full scan runs only when the text holds a
    literal that one of its forms needs, or opens with authors: most sentences hold none."""
    if ";" in text or "doi:" in text or "PMID" in text or _STARTS_WITH_AUTHORS.match(text):
        return CITATION.search(text) is not None
    return False


class Explanation(NamedTuple):
    phrasing: str
    subject_terms: tuple[str, ...]
    keyword_terms: tuple[str, ...]
    cues: tuple[str, ...]
    scope: str
    antonym: str | None
    threshold: int
    runners_up: tuple[tuple[str, int], ...] = ()
    # The polarity rules that changed the count of denials ("advice-agrees-with-warning").
    rules: tuple[str, ...] = ()
    # The rank that chose this claim, and the runners-up's ranks (same order as runners_up).
    rank: int = 0
    runner_ranks: tuple[int, ...] = ()
    # Subjects borrowed from the context (the sentence before, a heading, a question, the domain).
    borrowed: tuple[str, ...] = ()
    # In a document, the heading, lead-in or table header a list item or table row was read with
    # ("Sources of vitamin K2" for the item "Egg yolks").
    read_with: str = ""
    # The second-opinion model's probability for a claim the keyword groups alone left a near miss (0: the
    # groups stated it; see opinion.py).
    opinion: float = 0.0
    # A polarity rule set a negation cue of the claim aside (``Polarity.set_aside``): ``Matcher._polarity``
    # then keeps the rules' affirmation against the second opinion.
    set_aside: bool = False


class Match(NamedTuple):
    claim: Claim
    negated: bool
    score: int
    verdict: str
    explanation: Explanation


class Policy:
    """How a sentence is read: alone as a statement, or as one line of a document.

    Compared by identity, cheaply, in the key of every remembered analysis: matching reads two policies.
    A plain class, not a frozen dataclass, whose building cost every start-up most of a millisecond;
    nothing assigns to a policy after it is made."""

    __slots__ = (
        "clause_score",
        "fallback_groups",
        "gated_margin",
        "prefilter",
        "rescue",
        "rescue_gated",
        "shared_subject",
        "suggest",
    )

    def __init__(
        self,
        *,
        suggest: bool,
        prefilter: bool,
        fallback_groups: int,
        shared_subject: bool = False,
        clause_score: bool = False,
        gated_margin: int = WEIGHTS.gated_margin,
        rescue: bool = False,
        rescue_gated: bool = False,
    ) -> None:
        # Score the near misses (statements show them as suggestions; documents never do).
        self.suggest = suggest
        # Skip a sentence that names no subject with one regex scan first (pays off over many sentences).
        self.prefilter = prefilter
        # Assertion groups a claim needs for the one-group-short fallback.
        self.fallback_groups = fallback_groups
        # A further claim may share the first one's subject when none of its assertion words is one an
        # earlier claim explains ("K2 supports bone density and keeps arteries clear"). A statement is
        # read for its one claim; a document line is read for every claim it states.
        self.shared_subject = shared_subject
        # Score a claim against the clause that states it when the whole sentence reads too unlike it.
        self.clause_score = clause_score
        # How far below the threshold a claim may score when the sentence names its subject and every group.
        self.gated_margin = gated_margin
        # Ask the second-opinion model (opinion.py) about the near misses of a sentence that matched nothing.
        self.rescue = rescue
        # Ask it only about the claims whose subject and every assertion group the sentence names: a page
        # names its topic's words in sentence after sentence ("your midwife will offer a vitamin K
        # injection"), and a claim short of a group is the model's guess from the topic. Measured on the
        # four development page sets: near misses too found 6 more claims and put results on 3 more
        # silent lines; the claims with every group named, 5 more claims (3 on lines that stated none, 2
        # beside a stated one) and 1 silent line fewer. The claim it picks is added to those the groups
        # stated (a page's line may state several), never put in their place.
        self.rescue_gated = rescue_gated


STATEMENT = Policy(suggest=True, prefilter=False, fallback_groups=WEIGHTS.fallback_groups, rescue=True)
# More groups than any claim has: no claim is read one group short.
_NO_FALLBACK = 99
# What a question asks (``Checker._asked``), where the second opinion says "none": it learnt from labelled
# sentences that a question states nothing, which is not what is asked of it here. Only claims whose every
# group the question names: one short of a group, "Can too much vitamin K harm my baby?" read as asking
# whether babies are born low in vitamin K, and "No, the dose is safe." denied that (verdict false).
ASKED = Policy(suggest=False, prefilter=False, fallback_groups=_NO_FALLBACK)
DOCUMENT = Policy(
    suggest=False,
    prefilter=True,
    fallback_groups=WEIGHTS.document_fallback_groups,
    shared_subject=True,
    clause_score=True,
    gated_margin=WEIGHTS.document_gated_margin,
    rescue_gated=True,
)
# A second look at a document's line the groups stated nothing on: the near misses of claims with fewer
# groups than ``document_fallback_groups`` (one group short), for the second opinion (Weights.
# document_rescue_small), whether or not the first look saw a near miss ("Natto gets its vitamin K2 from
# the bacteria used to ferment the soybeans"). Asked only then, so a line that states a claim costs
# nothing more.
DOCUMENT_SMALL = Policy(
    suggest=False,
    prefilter=True,
    fallback_groups=1,
    shared_subject=True,
    clause_score=True,
    gated_margin=WEIGHTS.document_gated_margin,
    rescue_gated=True,
)


class Analysis(NamedTuple):
    matches: list[Match]
    near: list[tuple[Claim, int]]
    subjects: frozenset[str]


GAP = 2
# The rule name a denial the second opinion read carries in ``Explanation.rules`` (thread.judged_false
# reads it).
SECOND_OPINION_DENIES = "second-opinion-denies"
# ... and the one it carries where the model read a denial the rules read from bare negation words as the
# claim stated (``Matcher._model_affirms``).
SECOND_OPINION_AFFIRMS = "second-opinion-affirms"
# The rule named in --explain when a claim the line states rejects this one (``_rejected_by``).
REJECTED_BY_STATED = "rejected-by-stated-claim"
# The rule named in --explain when a sentence that names its claim only as a story denies it
# (``_story_denied``).
STORY_DENIED = "story-denied"
# Topics whose claims the second opinion never turns into denials past a negation word (Weights.sure_denial),
# the myths among them aside (``_guarded``): warnings and advice about clotting, blood thinners, doses and
# newborns, where a wrong "false" does harm.
CAREFUL_TOPICS = frozenset({"safety"})
# Verdicts of a myth: denying such a claim reads the sentence as true, never sound advice as false.
_MYTH_VERDICTS = frozenset({"false", "misleading"})
# ... and of a sound claim, which a denial would call false or misleading (their opposites).
_SOUND_VERDICTS = frozenset({"true", "mostly-true"})


def _myth(claim: Claim) -> bool:
    """Whether the database rates the claim false or misleading."""
    return claim.verdict in _MYTH_VERDICTS


def _guarded(claim: Claim) -> bool:
    """Whether the second opinion may not deny the claim past negation words the rules did not weigh: a
    warning or a safety claim, unless the database rates it a myth ("The vitamin K shot causes leukaemia",
    "People on warfarin must avoid leafy greens"), whose denial is the sound reading ("Other parents fear
    leukemia on the strength of a single old study, even though everything published since has found no
    such risk"). Measured over the statement sets, letting the model deny the myths: 156 fixed, 2 broken
    (held out 59 / 1)."""
    return (claim.warns or claim.topic in CAREFUL_TOPICS) and not _myth(claim)


# Words that report a link in so many words ("studies have LINKED the shot to cancer").
_LINKED = frozenset({"linked", "tied", "associated", "connected"})
# Equality said in so many words ("work exactly like", "just as good as", "identical").
_SAYS_EQUAL = LazyPattern(r"\b(?:exactly|just) (?:like|as)\b|\bidentical(?:ly)?\b", re.I)
# A claim put under a label with no verdict after it ("Claim three: K2 builds muscle."): a fact check's
# claim line, which reports the claim as people make it; its verdict, if any, comes on a line of its own.
_CLAIM_LINE = LazyPattern(
    r"\W*(?:the\s+)?claim(?:\s+(?:#?\d+|one|two|three|four|five|six|seven|eight|nine|ten))?\s*[:\u2013\u2014-]"
    # (Nor one that reports who makes it: "The Claim: an anti-vaxxer says the birth dose causes jaundice".)
    r"(?![^.!?]*\b(?:verdict|rating|rated|reality|truth|fact|false|true|myth|misleading|unproven"
    r"|says|said|claims|argues|insists|believes|swears)\b)",
    re.I,
)
# A need that holds whatever else is true ("your baby STILL NEEDS the shot", "is still recommended").
_STILL_NEEDED = LazyPattern(
    r"\bstill\s+(?:needs?|should|must|has\s+to|have\s+to"
    r"|(?:be\s+|is\s+|are\s+)?(?:recommended|essential|necessary))\b",
    re.I,
)
_WITHOUT = ("without",)
# Words that point back at the claim's subject after "without" ("can't clot without it").
_POINTERS = frozenset({"it", "them", "this", "that", "these", "those"})
_NO_EFFECT = frozenset(
    stem(w)
    for w in (
        "effect",
        "effects",
        "affecting",
        "changing",
        "altering",
        "raising",
        "increasing",
        "impact",
        "influence",
    )
)

# "I take 100 mcg of K2 with breakfast": the speaker's own habit, reported, is not advice to take it (a
# claim about what people should take reads "take" as its assertion). Words that may stand between the
# speaker and the verb ("I have been taking", "we also take").
_HABIT = frozenset(map(stem, ("take", "taking", "took", "takes")))
_SPEAKER = frozenset({"i", "we"})
_DROPPED = frozenset(map(stem, ("been", "started", "began")))
# Finite forms that report a habit rather than advise one.
_REPORTED = frozenset({"takes", "took"})
_RELATIVE = frozenset({"who", "that", "which"})
_BETWEEN = frozenset(
    map(
        stem,
        "am have been also usually now still always currently just only personally do did was had"
        " started start began myself then daily".split(),
    )
)


def _own_habit(stems: list[str], i: int) -> bool:
    """Whether the habit verb at ``i`` has the speaker as its subject ("I have been taking 200 mcg")."""
    j = i - 1
    while j >= 0 and i - j <= 4 and stems[j] in _BETWEEN:
        j -= 1
    if j < 0:
        # A post that drops the speaker ("been taking 100mcg for years", "started taking it in May").
        return any(word in _DROPPED for word in stems[:i])
    return stems[j] in _SPEAKER


def _only_habit(required: tuple[int, ...], group_hits: dict[int, list[Hit]], sentence: SentenceFrame) -> bool:
    """Whether some assertion group of a claim is named only by someone's habit: the speaker's ("I take")
    or a finite form that reports one person's ("my mum takes 200 mcg", "he took it for a year"). Advice
    reads "take", "should take" or "taking"."""
    stems, words, origin = sentence.stems, sentence.words, sentence.origin
    if _HABIT.isdisjoint(stems):
        return False  # no hit is a habit verb (and no group's hits are empty)

    def habit(h: Hit) -> bool:
        if h.end - h.start != 1 or stems[h.start] not in _HABIT:
            return False
        at = origin[h.start]
        if words[at] in _REPORTED:
            # "Women who took MK-7 ..." describes a trial's group, not one person's habit.
            return at == 0 or words[at - 1] not in _RELATIVE
        return _own_habit(stems, h.start)

    return any(all(habit(h) for h in hits) for gi, hits in group_hits.items() if gi in required)


# Other nutrients, supplements and drugs, by first word (the layout reads the same table).
OTHER_SUBSTANCES = PhraseTable(ENGLISH.other_substances)


_OTHER_SHOTS = PhraseTable(ENGLISH.other_shots + ENGLISH.other_substances)
_EVIDENCE_SHOWN = PhraseTable(ENGLISH.evidence_shown)
# What may come before an imperative's verb ("JUST cut out greens"), and the verbs of advice.
_BEFORE_ORDER = frozenset({"just", "so", "please", "then", "always", "simply"})
_ORDERS = ENGLISH.advice_verbs | ENGLISH.dismissals


def _bare_advice(words: Sequence[str]) -> bool:
    """Whether the sentence is advice in the imperative, one order with no question and no "and" after it
    (not "Give volunteers MK-7 and their clotting stays the same", a condition and what follows it).

    >>> _bare_advice("cut all green vegetables out of your diet when you start warfarin .".split())
    True
    >>> _bare_advice("give volunteers mk-7 and their clotting stays the same .".split())
    False
    """
    start = next((i for i, w in enumerate(words) if w not in _BEFORE_ORDER), len(words))
    return start < len(words) and words[start] in _ORDERS and "?" not in words and "and" not in words

_DISEASE_WORDS = {phrase: kind for kind, listed in ENGLISH.disease_kinds for phrase in listed}
_DISEASES = PhraseTable(tuple(_DISEASE_WORDS))
_DISEASE_FIRST = frozenset(phrase[0] for phrase in _DISEASE_WORDS)
# What a run of kinds of disease reads as among a claim's keywords ("list of diseases", stemmed).
DISEASE_LIST = ("list", "of", "diseas")


def disease_run(words: list[str]) -> tuple[int, int] | None:
    """The words from the first to the last kind of disease named, when the sentence names at least
    ``ENGLISH.disease_list_least`` different kinds; the longest phrase counts at each place.

    >>> disease_run("low k2 leaves you open to heart disease , cancer , stroke and osteoporosis".split())
    (6, 14)
    >>> disease_run("k2 sends calcium to bones and teeth , not arteries".split()) is None
    True
    """
    if len(_DISEASE_FIRST.intersection(words)) < ENGLISH.disease_list_least:
        # Most sentences name no kind of disease at all: one set intersection in C says so.
        return None
    kinds: set[str] = set()
    first = last = -1
    i = 0
    while i < len(words):
        found = max(_DISEASES.at(words, i), key=len, default=None)
        if found is None:
            i += 1
            continue
        kinds.add(_DISEASE_WORDS[found])
        if first < 0:
            first = i
        i += len(found)
        last = i
    return (first, last) if len(kinds) >= ENGLISH.disease_list_least else None


_SHOT_STEMS = frozenset(stem(word) for word in ENGLISH.shots)
_STOPWORD_STEMS = frozenset(stem(word) for word in ENGLISH.stopwords)
# A subject phrase of the claim's own words and story nouns is a stand-in ("the leukaemia scare", see
# Language.story_nouns).
_STORY_STEMS = frozenset(stem(word) for word in ENGLISH.story_nouns)


def _other_shot(words: list[str]) -> bool:
    """Whether a shot the sentence names is another one, named in the words just before it.

    >>> _other_shot("the hepatitis b shot is given at birth".split())
    True
    >>> _other_shot("b12 injections help some babies".split())
    True
    >>> _other_shot("skip the shot and hold your baby".split())
    False
    """
    for i, word in enumerate(words):
        if word in ENGLISH.shots and next(_OTHER_SHOTS.starts(words[max(0, i - 3) : i]), None) is not None:
            return True
    return False


def _inside(hit: Hit, other: Hit) -> bool:
    """Whether ``hit`` lies within ``other``'s words."""
    return other[0] <= hit[0] and hit[1] <= other[1]


def _other_substance(words: list[str]) -> bool:
    """Whether the sentence names another nutrient or drug ("iron", "vitamin C", "fish oil")."""
    return next(OTHER_SUBSTANCES.starts(words), None) is not None


# A claim that two things are equal: "as well as", "the same thing", "interchangeable".
_EQUATIVE = re.compile(r"\bas (?:well|good|effective|much|safe) as\b|\bsame\b|\bequal|\binterchangeable\b")


_BREAKS = frozenset({",", ";"})


def _reversed(
    words: list[str], subject: set[int], others: set[int], losers: frozenset[int] = frozenset()
) -> bool:
    """Whether a comparison puts the subject after its pivot and the other side before it, or puts the
    side the claim compares down (``losers``, K1 in "K2 is absorbed better than K1") before "than" and
    the claim's own side after it ("the K1 in greens gets absorbed far less than K2")."""
    if not subject:
        return False
    first = min(subject)
    if any(
        word in ENGLISH.pivots
        and p < first
        and not (word == "than" and p > 0 and words[p - 1] == "rather")
        # "less than 10% of the K1": a quantity, not one side set against the other.
        and not (word == "than" and p + 1 < len(words) and words[p + 1][:1].isdigit())
        and any(o < p for o in others)
        # "3x better absorbed than K1 - our MK-7 gets into your blood": the subject in a clause of its own
        # is not the compared side.
        and not _BREAKS.intersection(words[p:first])
        for p, word in enumerate(words[:first])
    ):
        return True
    for p, word in enumerate(words):
        if word != "than" or not any(p - 12 <= q < p for q in losers):
            continue
        after = range(p + 1, min(p + 4, len(words)))
        if not losers.intersection(after) and any(q in subject for q in after):
            return True
    return False


def _rejected_by(claim: Claim, matches: list[Match]) -> bool:
    """Whether a claim the line states names ``claim`` among those its own wording rejects
    (``Claim.denies``): "On warfarin keep your greens steady week to week, don't cut them out" states that
    intake should be steady rather than avoided, and in the same words denies that greens must be avoided.
    Only a line that also scores the rejected claim (its words are there) gets it, denied; "keep your
    greens steady" alone does not."""
    return any(claim.id in m.claim.denies and not m.negated for m in matches)


# Negation words that say no more than "not" ("Myth: ..." and "debunked" judge the claim).
_BARE_NEGATIONS = ENGLISH.negation_words - {"myth", "debunked"}
# Words and marks that end a negation's reach in ``_denies_own_words``: finer than the sentence's clauses
# (``SentenceFrame.clauses``), which run past a comma, where "..., not spinach" and "..., with beef liver
# not far behind" set a negation apart from the claim's words.
_CLAUSE_BREAKS = frozenset(
    {",", ";", ":", "but", "so", "because", "since", "which", "while", "though", "although"}
)
# The first words of the vitamin's own names ("VITAMIN k", "K2"), which a claim's terms hold but which
# assert nothing.
_VITAMIN_WORDS = frozenset({"vitamin", "k1", "k2", "vitk"})


@functools.lru_cache(maxsize=1024)
def _worded_as_negation(wording: str) -> bool:
    """Whether a claim's wording holds a negation word ("... are NOT affected by vitamin K").

    >>> _worded_as_negation("Newer blood thinners are not affected by vitamin K.")
    True
    >>> _worded_as_negation("Vitamin K2 builds muscle.")
    False
    """
    return not ENGLISH.negation_words.isdisjoint(tokens(clean(wording)))


def _denies_own_words(words: Sequence[str], explanation: Explanation) -> bool:
    """Whether a negation cue has a word of the claim's subject or assertion terms (not the vitamin's
    name) after it in its clause: "Breast milk is not LOW in vitamin K, ...", "Newborns should not get a
    vitamin K SHOT, ...", where the rules' denial is the claim denied in its own words.

    >>> e = Explanation("", ("breast milk",), ("low", "vitamin k"), ("not",), "", None, 0)
    >>> _denies_own_words("breast milk is not low in vitamin k , say some".split(), e)
    True
    >>> _denies_own_words("breast milk is low , not rich , in vitamin k".split(), e)
    False
    """
    terms = (*explanation.subject_terms, *explanation.keyword_terms)
    own = {term.split()[0] for term in terms} - _VITAMIN_WORDS
    for p, word in enumerate(words):
        if word in explanation.cues:
            end = next((q for q in range(p + 1, len(words)) if words[q] in _CLAUSE_BREAKS), len(words))
            if own.intersection(words[p + 1 : end]):
                return True
    return False


def _as_denial(match: Match, rule: str) -> Match:
    """``match`` read as a denial of its claim, with the ``rule`` that read it so named in --explain (the
    second opinion, ``SECOND_OPINION_DENIES``, or a claim the line states, ``REJECTED_BY_STATED``)."""
    explanation = match.explanation._replace(rules=(*match.explanation.rules, rule))
    verdict = statement_verdict(match.claim.verdict, True, match.claim.if_negated)
    return match._replace(negated=True, verdict=verdict, explanation=explanation)


def _conceded(decided: Match, matches: list[Match]) -> bool:
    """Whether a claim the line reads only through a related claim's words is still a claim of its own: the
    line grants it while it denies the other, or the other way round. "Gut bacteria do make K2, just not
    nearly enough to rely on" affirms that bacteria make K2 and denies that they supply all one needs;
    "greens are full of K1, not K2" affirms that greens supply vitamin K and denies that they supply K2.
    A line that denies (or states) both ("Gut bacteria make no useful K2") is one claim read twice, and so
    is one whose grant holds the words of the denial ("K2 is well tolerated" does not also deny that high
    doses are toxic, nor "no side effects at normal doses" that they are) or is a double negative ("you
    cannot form a clot without it" is not also "K2 does not cause clots")."""

    def apart(granted: Match, denied: Match) -> bool:
        said, against = granted.explanation, denied.explanation
        denial = {word for cue in (*against.cues, against.antonym or "") for word in cue.split()}
        own = {word for term in said.keyword_terms for word in term.split()}
        return not said.rules and not said.cues and denial.isdisjoint(own)

    return all(
        m.negated != decided.negated and (apart(m, decided) if decided.negated else apart(decided, m))
        for m in matches
    )


def _scores(content: str, texts: list[str], scorer: Any) -> list[float]:
    """One scorer over all of a claim's phrasings in one RapidFuzz call, by phrasing position."""
    out = [0.0] * len(texts)
    for _, score, position in process.extract(content, texts, scorer=scorer, limit=None):
        out[position] = score
    return out


def _sorted_words(text: str) -> str:
    """The words of ``text`` (one space between each) in sorted order: RapidFuzz's token_sort_ratio of
    two such texts is the plain ratio of their sorted words, so a phrasing's are sorted once."""
    return " ".join(sorted(text.split()))


class _Table(NamedTuple):
    """A claim's phrasings, for scoring them all in one RapidFuzz call."""

    texts: list[str]  # content words, as the index keeps them
    sorted: list[str]  # the same, their words sorted (``_sorted_words``)
    negated: list[bool]
    originals: list[str]  # as written in the database


_BACKGROUND = frozenset(map(stem, ENGLISH.background))
# Open a clause after the main one that gives its reason ("..., because it lasts longer").
_REASON = frozenset(map(stem, ("because",)))
_ASIDE = frozenset(map(stem, ENGLISH.aside))


_ARTICLES = frozenset({"a", "an", "the", "one"})
_RELATIVES = frozenset({"that", "which", "who", "whose"})
_NAMING = frozenset({"call", "nam"})  # the stems of "called", "named"


def _asides(stems: list[str]) -> set[int]:
    """Positions inside a description set off by a comma: a relative clause (", which helps stop calcium
    ...") or an appositive with one (", a protein that is also made in the teeth"), to the next comma;
    and a noun that only names what comes next ("a protein called osteocalcin")."""
    found: set[int] = set()
    for i, word in enumerate(stems):
        if word in _NAMING and i > 0 and any(w in _ARTICLES for w in stems[max(0, i - 3) : i]):
            article = max(k for k in range(max(0, i - 3), i) if stems[k] in _ARTICLES)
            found.update(range(article, i + 1))
            continue
        if word != "," or i + 1 >= len(stems):
            continue
        start = i + 1
        if stems[start] not in _RELATIVES:
            if stems[start] not in _ARTICLES:
                continue
            window = stems[start + 1 : start + 6]
            relative = next((k for k, w in enumerate(window) if w in _RELATIVES or w in {",", ";"}), None)
            if relative is None or window[relative] in {",", ";"}:
                continue
        end = next((k for k in range(start, len(stems)) if stems[k] in {",", ";"}), len(stems))
        found.update(range(start, end))
    return found


def _fronted(stems: list[str]) -> int:
    """Where a fronted background clause ("Because ..., ", "By activating MGP, ") ends, or 0 when the
    sentence does not open with one. An aside inside it ("..., which needs vitamin K, ...") is skipped."""
    if not stems or stems[0] not in _BACKGROUND:
        return 0
    aside = False
    for i, word in enumerate(stems):
        if word != ",":
            continue
        if aside:
            aside = False
        elif i + 1 < len(stems) and stems[i + 1] in _ASIDE:
            aside = True
        else:
            return i
    return 0


def _gapped(stems: list[str], start: int, term: tuple[str, ...]) -> int:
    """End of ``term`` from ``start``, allowing GAP other words between its words ("turn K1 into"), or 0.
    A negation is never one of the words in between: "just aren't as good" is not "just as" (it would
    hide the "not" as one of the claim's own words), nor is a verb of doing without: "not need to avoid
    foods" is not "not need food"."""
    position = start
    for word in term[1:]:
        for j in range(position + 1, min(position + 2 + GAP, len(stems))):
            if stems[j] == word:
                position = j
                break
            if stems[j] in _GAP_BREAKS:
                return 0
        else:
            return 0
    return position + 1


# Words never passed over inside a gapped term: negations, and verbs of doing without.
_GAP_BREAKS = frozenset({"not", "no", "never", "nor", "avoid", "avoiding", "skip", "stop", "without"})


class _Unsure(NamedTuple):
    """A near miss as the gate saw it: its claim, the groups it named, how many it is short, and how exactly
    the sentence names its subject; scored only if the second opinion picks it."""

    claim: int
    hits: dict[int, list[Hit]]
    missing: int
    exactness: int


class _Subject(NamedTuple):
    """A claim's subject as the matcher looks for it, worked out once per claim."""

    # The stems that name it: its own words and the narrower forms that imply one ("mk7" for "k2").
    reach: frozenset[str]
    # Its multi-word phrases and its stand-ins, word by word, each with how surely it places the subject
    # (``_NAMES``, ``_ASSERTED``, ``_STANDS_IN``): a phrase made only of the claim's own assertion words and
    # function words ("90 mcg" of the intake claim) names a subject the sentence does not name otherwise,
    # and a stand-in of the claim (``Claim.stand_ins``) one it names in no other way. And the phrases as
    # they sit in ``SentenceFrame.joined``, those that name the subject and the others.
    phrases: tuple[tuple[list[str], int], ...]
    padded: tuple[str, ...]
    padded_stand_ins: tuple[str, ...]


# How surely a phrase of ``_Subject.phrases`` places the claim's subject, surest first.
_NAMES, _ASSERTED, _STANDS_IN = 0, 1, 2


# A claim that recommends something ("Newborns should get a vitamin K shot to prevent bleeding").
_RECOMMENDS = LazyPattern(r"\bshould\b")


def advises(claim: Claim) -> bool:
    """Whether the claim recommends something ("People on warfarin should keep their vitamin K intake
    consistent")."""
    return _RECOMMENDS.search(claim.claim.lower()) is not None


# A claim that something relieves or prevents a complaint ("K2 reduces night cramps").
_RELIEVES = LazyPattern(
    r"\b(?:reduces?|prevents?|eases?|relieves?|protects?|heals?|treats?|slows?|lowers?)\b"
)

# A claim that something is safe or unaffected ("Vitamin K2 supplements are safe at usual doses").
_REASSURES = LazyPattern(r"\b(?:safe|harmless|unaffected|not affected)\b")

# A claim about cells or their parts ("... muscle cell proliferation (in cell culture)", "in mitochondria").
_LAB = LazyPattern(r"\b(?:cells?|culture|mitochondria|ferroptosis)\b")

# A claim that there is little of something ("Breast milk is low in vitamin K", "diets provide little K2").
_SCARCE = LazyPattern(r"\b(?:low|little|few|short of|lacks?|lacking)\b")

# A claim that recommends something over avoiding it ("keep their intake steady rather than avoid it").
_AGAINST_AVOIDING = LazyPattern(r"\brather than (?:avoid|cut|drop)")

# How many sentences' subjects and analyses a matcher remembers: memory stays flat in document size.
REMEMBERED = 8192


class Matcher:
    def __init__(
        self,
        index: Index,
        weights: Weights = WEIGHTS,
        opinion: Callable[[], Opinion | None] = bundled_opinion,
    ) -> None:
        self.index = index
        self.weights = weights
        # The second-opinion model, read when a sentence first needs it (most runs never do).
        self._opinion_source = opinion
        # Called with what the join weighs ("claims" or "polarity", the sentence, the rows of figures and
        # the claim each row stands for): how tools/train_opinion.py gathers its training rows.
        self.observe: Callable[[str, str, list[list[float]], list[str | None]], None] | None = None
        # Reads each sentence into the frame every step below works on (words, stems, concepts).
        self.reader = SentenceReader(index)
        # Per-claim and per-table work done once: multi-word subjects, required groups, phrasing tables.
        self._multiword_subjects: dict[str, list[tuple[str, int]]] = {}
        for phrase, claims in index.by_subject.items():
            if " " in phrase:
                self._multiword_subjects.setdefault(phrase.split()[0], []).append(
                    (f" {phrase} ", bits_of(claims))
                )
        self._subject_bits: dict[str, int] = {}
        self._siblings: dict[int, frozenset[str]] = {}
        self._substitutes: dict[int, tuple[tuple[str, ...], ...]] = {}
        self._losers: dict[int, frozenset[str]] = {}
        self._broad_bits = bits_of(index.broad)
        self._required_groups: dict[int, Required] = {}
        self._tables: dict[int, _Table] = {}
        self._keys: dict[str, tuple[tuple[str, KeyPostings], ...]] = {}
        self._postings: dict[str, KeyPostings] = {}
        self._group_gate = GroupGate(self._required)
        self._listed: dict[str, frozenset[int]] = {}
        # What each claim's wording says (equality, relief, scarcity), worked out once per claim and test.
        self._says: dict[tuple[str, int], bool] = {}
        self._subjects: dict[int, _Subject] = {}
        self._form_reaches: dict[int, frozenset[str]] = {}
        self._specific: dict[int, frozenset[str]] = {}
        self._nutrients: frozenset[str] | None = None
        # Per-run memory of what ``match_all`` worked out, by what it depends on (see there).
        self._named: Recent[tuple[str, str | None], frozenset[str]] = Recent(REMEMBERED)
        self._analyses: Recent[tuple[str, Policy, str | None, frozenset[str]], Analysis] = Recent(REMEMBERED)
        self._scored: Recent[tuple[int, str], tuple[float, str, bool]] = Recent(REMEMBERED)

    def _other_form(self, ci: int, sentence: SentenceFrame) -> bool:
        """Whether the sentence names only a sibling of the form the claim is about ("rich in vitamin K1"
        against a K2 claim): both reach "vitamin K", but neither is the other."""
        named = sentence.forms
        claimed = self.index.forms[ci]
        if not named or not claimed:
            return False
        implies = self.index.implies
        if sentence.reach is None:
            sentence.reach = named.union(*(implies[w] for w in named))
        if not (claimed & sentence.reach or named & self._form_reach(ci)):
            return True
        # A claim about a form and the kind it belongs to ("MK-7 (or K2) stays in the blood longer than
        # K1"): a sentence that names only a sibling form of that kind ("MK-4 is cleared within hours") is
        # about the sibling, not the claim's form.
        specific = self._specific_forms(ci)
        if not specific or named & specific:
            return False
        if not named & claimed and any(len(implies.get(w, frozenset()) & claimed) == 1 for w in named):
            return True
        # ... and one that names only the kind is the claim's when it names what the claim compares its
        # form with ("K2 sticks around for days, while K1 is cleared within hours").
        losers = self._loser_forms(ci)
        return bool(losers) and not named & losers

    def _specific_forms(self, ci: int) -> frozenset[str]:
        """The forms claim ``ci`` names beside the one kind they belong to (MK-7 beside K2 in a claim about
        "MK-7 (or K2)"): a form that implies exactly one other form of the claim, worked out once per
        claim."""
        specific = self._specific.get(ci)
        if specific is None:
            implies = self.index.implies
            claimed = self.index.forms[ci]
            specific = self._specific[ci] = frozenset(
                w for w in claimed if len(implies.get(w, frozenset()) & claimed) == 1
            )
        return specific

    def _form_reach(self, ci: int) -> frozenset[str]:
        """The forms claim ``ci`` is about and the broader ones they imply, worked out once per claim."""
        reach = self._form_reaches.get(ci)
        if reach is None:
            claimed = self.index.forms[ci]
            implies = self.index.implies
            reach = self._form_reaches[ci] = claimed.union(*(implies.get(w, frozenset()) for w in claimed))
        return reach

    def _sibling(self, ci: int, word: str) -> bool:
        """Whether ``word`` names a sibling of the form claim ``ci`` is about (K1 beside a K2 claim)."""
        implies = self.index.implies
        reach = implies.get(word)
        claimed = self.index.forms[ci]
        if reach is None or not claimed or word in claimed:
            return False
        claimed_reach = claimed.union(*(implies.get(w, frozenset()) for w in claimed))
        if word not in claimed_reach and not claimed & reach:
            return True
        # MK-4 beside a claim about "MK-7 (or K2)": it shares only the kind with the claim's own form.
        specific = self._specific_forms(ci)
        return bool(specific) and len(claimed & reach) == 1 and not (claimed & reach) & specific

    def _siblings_of(self, ci: int) -> frozenset[str]:
        """Every word that names a sibling of claim ``ci``'s form, worked out once per claim."""
        siblings = self._siblings.get(ci)
        if siblings is None:
            siblings = self._siblings[ci] = frozenset(w for w in self.index.implies if self._sibling(ci, w))
        return siblings

    def _substitutes_at(self, ci: int, words: list[str]) -> set[int]:
        """Where the sentence names what people offer in place of claim ``ci``'s recommendation
        (``Claim.substitutes``); the claim's phrases are tokenised once."""
        phrases = self._substitutes.get(ci)
        if phrases is None:
            claim = self.index.claims[ci]
            phrases = self._substitutes[ci] = tuple(tuple(tokens(clean(t))) for t in claim.substitutes)
        if not phrases:
            return set()
        return {p for s, e in find(words, phrases, set()) for p in range(s, e)}

    def _outweighed(
        self,
        ci: int,
        sentence: SentenceFrame,
        group_hits: dict[int, list[Hit]],
        antonyms: list[tuple[int, str, int]],
        straight_at: dict[int, list[int]],
    ) -> dict[int, list[int]]:
        """The straight terms that still assert their group: one in a clause holding fewer of the claim's
        required parts than a later, contrasting clause with an opposite term of the same group loses to
        it ("greens give you K1, but they're poor sources of K2": "poor" sits with K2, "give" does not)."""
        words = sentence.words
        origin = sentence.origin
        spans = sentence.clauses()
        required = [gi for gi, g in enumerate(self.index.groups[ci]) if not g.optional]

        def span_of(p: int) -> tuple[int, int]:
            return next((span for span in spans if span[0] <= p < span[1]), (0, len(words)))

        def parts(span: tuple[int, int]) -> set[int]:
            return {
                gi
                for gi in required
                for start, _, opposite in group_hits.get(gi, ())
                if span[0] <= origin[start] < span[1]
            }

        kept = dict(straight_at)
        for at, _, group in antonyms:
            against = span_of(at)
            if against[0] == 0 or words[against[0] - 1] not in ENGLISH.contrasting:
                continue
            held = parts(against)
            kept[group] = [
                p for p in kept.get(group, []) if not (p < against[0] and parts(span_of(p)) < held)
            ]
        return kept

    def _loser_forms(self, ci: int) -> frozenset[str]:
        """The forms claim ``ci`` compares down: those after "than" in its own text (K1 in "MK-7 stays in the
        blood much longer than vitamin K1"), worked out once per claim."""
        losers = self._losers.get(ci)
        if losers is None:
            words = [stem(w) for w in tokens(self.index.texts[ci])]
            pivot = words.index("than") if "than" in words else len(words)
            losers = self._losers[ci] = frozenset(w for w in words[pivot + 1 :] if w in self.index.implies)
        return losers

    def _losers_in(self, ci: int, sentence: SentenceFrame) -> frozenset[int]:
        """Where the sentence names a form that claim ``ci`` compares down (K1 in "K2 is absorbed better
        than K1"): the forms after "than" in the claim's own text, worked out once per claim."""
        losers = self._loser_forms(ci)
        if not losers:
            return frozenset()
        origin = sentence.origin
        return frozenset(origin[i] for i, word in enumerate(sentence.stems) if word in losers)

    def _candidates(self, sentence: SentenceFrame) -> int:
        """The claims whose subject the sentence names (the same test as ``_subject``, done once), as bits."""
        by_subject = self.index.by_subject
        cache = self._subject_bits
        found = 0
        named = sentence.concepts & self.index.subject_words
        if sentence.inherited:
            named |= sentence.inherited & self.index.subject_words
        for word in named:
            bits = cache.get(word)
            if bits is None:
                bits = cache[word] = bits_of(by_subject.get(word, ()))
            found |= bits
        multiword = self._multiword_subjects
        # A broader word among the concepts opens no phrase in ``joined``, which holds only the stems.
        for first in multiword.keys() & sentence.concepts:
            for padded, claims in multiword[first]:
                if padded in sentence.joined:
                    found |= claims
        if not self.index.broad_words.isdisjoint(sentence.stems):
            found |= self._broad_bits
        return found

    def _keys_of(self, word: str) -> tuple[tuple[str, KeyPostings], ...]:
        """The postings keys a stem reaches, each with its postings: itself and the broader words it
        implies, those with postings."""
        keys = self._keys.get(word)
        if keys is None:
            postings = self.index.postings
            keys = tuple(
                (k, self._by_key(k)) for k in (word, *self.index.implies.get(word, ())) if k in postings
            )
            if len(self._keys) < 100_000:
                self._keys[word] = keys
        return keys

    def _by_key(self, key: str) -> KeyPostings:
        by_key = self._postings.get(key)
        if by_key is None:
            by_key = self._postings[key] = KeyPostings.of(self.index.postings.get(key, ()))
        return by_key

    def _required(self, ci: int) -> Required:
        required = self._required_groups.get(ci)
        if required is None:
            groups = tuple(gi for gi, g in enumerate(self.index.groups[ci]) if not g.optional)
            required = self._required_groups[ci] = Required(groups, sum(1 << gi for gi in groups))
        return required

    def _reachable(self, sentence: SentenceFrame, policy: Policy, keys: dict[str, KeyPostings]) -> int:
        """The candidate claims that can still pass the gate, as bits, judged by the first words
        of their terms alone (``claimbits``): a document never keeps a claim two required groups short,
        nor one group short unless it has ``fallback_groups``; statements keep every claim hit, for the
        near misses."""
        candidates = self._candidates(sentence)
        if not candidates:
            return 0
        named = self._group_gate.named(keys.values(), candidates)
        if policy is DOCUMENT_SMALL:
            # Only the claims the first look left out: one group short, with fewer groups than it asks.
            gate = self._group_gate
            return gate.reachable(named, 1) & ~gate.reachable(named, DOCUMENT.fallback_groups)
        fallback = None if policy.suggest else policy.fallback_groups
        return self._group_gate.reachable(named, fallback)

    def _hits(
        self, sentence: SentenceFrame, policy: Policy, narrow: Callable[[int], int] | None = None
    ) -> dict[int, dict[int, list[Hit]]]:
        """claim -> group -> [(start, end, opposite)] over the stems, for the claims that can pass the gate,
        in the order of their first hit (ranking no longer depends on it: see ``rank.order``)."""
        found: dict[int, dict[int, list[Hit]]] = {}
        stems = sentence.stems
        known = self._keys
        keys_at = [known[word] if word in known else self._keys_of(word) for word in stems]
        keys = dict(pair for at in keys_at for pair in at)
        run = self._disease_run(sentence)
        run_keys = self._keys_of(DISEASE_LIST[0]) if run is not None else ()
        keys.update(run_keys)
        reachable = self._reachable(sentence, policy, keys)
        if reachable and narrow is not None:
            # A costlier test of the claims left, asked only when there are some.
            reachable = narrow(reachable)
        if not reachable:
            return found
        # Each key's postings of the reachable claims only, in index order (claim, then group).
        postings: dict[str, list[Posting]] = {}
        for key, by_key in keys.items():
            kept = by_key.claims & reachable
            if kept:
                postings[key] = [posting for ci in claims_in(kept) for posting in by_key.entries[ci]]
        gapped = self.index.gapped
        for i, at in enumerate(keys_at):
            for key, _ in at:
                for ci, gi, term, opposite in postings.get(key, ()):
                    if len(term) == 1:
                        end = i + 1
                    elif term in gapped:
                        end = _gapped(stems, i, term)
                    else:
                        end = i + len(term) if tuple(stems[i : i + len(term)]) == term else 0
                    if end and not (term == _WITHOUT and not self._without_names(ci, gi, stems, i)):
                        found.setdefault(ci, {}).setdefault(gi, []).append(Hit(i, end, opposite))
        if run is not None:
            # "Heart disease, cancer, stroke and osteoporosis" is a list of diseases, from its first kind
            # to its last.
            for key, _ in run_keys:
                for ci, gi, term, opposite in postings.get(key, ()):
                    if term == DISEASE_LIST:
                        found.setdefault(ci, {}).setdefault(gi, []).append(Hit(*run, opposite))
        return found

    @staticmethod
    def _disease_run(sentence: SentenceFrame) -> tuple[int, int] | None:
        """``disease_run`` over the sentence's stems: the span of stems whose words it covers."""
        run = disease_run(sentence.words)
        if run is None:
            return None
        at = [i for i, word in enumerate(sentence.origin) if run[0] <= word < run[1]]
        return (at[0], at[-1] + 1) if at else None

    def _without_names(self, ci: int, gi: int, stems: list[str], i: int) -> bool:
        """Whether a bare "without" at ``i`` is followed by something a claim is about: a subject ("without
        vitamin K", "D3 without K2"), a pronoun for it ("without it"), or a word of another of the claim's
        groups ("without hours at the gym"). "Take K2 without any effect on clotting" says there is no
        effect, not that anything is needed."""
        subject = self.index.subjects[ci]
        implies = self.index.implies
        if _NO_EFFECT.intersection(stems[i + 1 : i + 3]):
            # "without any effect on clotting", "without affecting clotting": no effect, not a need.
            return False
        for word in stems[i + 1 : i + 7]:
            if (
                word in _POINTERS
                or word in self.index.subject_words
                or subject & implies.get(word, frozenset())
            ):
                return True
            if any(c == ci and g != gi for c, g, _, _ in self.index.postings.get(word, ())):
                return True
        return False

    def _subject(self, ci: int, sentence: SentenceFrame) -> tuple[bool, int]:
        """Whether the sentence names the claim's subject, and how exactly (2 exact, 1 broader)."""
        subject = self.index.subjects[ci]
        named = subject & sentence.concepts
        # "The hepatitis B shot is recommended for newborns": a shot another word names is not the vitamin's.
        if named and not (named <= _SHOT_STEMS and _other_shot(sentence.words)):
            return True, 2
        of = self._subject_of(ci)
        if any(padded in sentence.joined for padded in of.padded):
            return True, 2
        # "Deficiency is rare in healthy adults" names the page's vitamin; "Vitamin D deficiency is common"
        # does not.
        if any(padded in sentence.joined for padded in of.padded_stand_ins) and not _other_substance(
            sentence.words
        ):
            return True, 2
        # A statement about vitamin K in general reaches the K2 claims, at a lower rank.
        broad = self.index.broad_words.intersection(sentence.stems)
        if broad and any(broad & self.index.implies.get(s, frozenset()) for s in subject):
            return True, 1
        if subject & sentence.inherited:
            return True, 0
        return False, 0

    def match_all(
        self,
        text: str,
        policy: Policy,
        context: frozenset[str] = frozenset(),
        always: bool = False,
        stands_for: str | None = None,
    ) -> Analysis:
        """Every claim the sentence asserts (best first), the nearest claims when there is none, and the
        subjects it names, to carry over to the next sentence ("It is also toxic at high doses").

        ``context`` holds subjects named just before, for a sentence that names none itself (or, with
        ``always``, that names only other subjects: "Its main job is to switch on proteins"). With
        ``stands_for``, a stand-in ("it", "this vitamin") is read as that subject word."""
        if (not context and policy.prefilter and not self.reader.names_subject(text)) or _citation(text):
            return Analysis([], [], frozenset())
        read = (text, stands_for)
        sentence = None
        named = self._named.get(read)
        if named is None:
            sentence = self.reader.read(text, stands_for)
            named = frozenset(sentence.concepts & self.index.subject_words)
            self._named.put(read, named)
        # The analysis depends on the context only when the sentence borrows it: a page reads one sentence
        # under many headings and antecedents, and one that names its own subject reads the same under all.
        inherited = context if context and (always or not named) else frozenset()
        key = (text, policy, stands_for, inherited)
        analysis = self._analyses.get(key)
        if analysis is None:
            sentence = sentence or self.reader.read(text, stands_for)
            sentence.inherited = set(inherited)
            analysis = self._analyses.put(key, self._analyse(sentence, policy, named))
        return analysis

    def _analyse(self, sentence: SentenceFrame, policy: Policy, named: frozenset[str]) -> Analysis:
        candidates, near, unsure = self._gate(sentence, policy)
        ranks = {c.claim: rank(c, self.weights) for c in candidates}
        candidates.sort(key=lambda c: order(c, ranks[c.claim]))
        matches, misses = self._select(
            sentence, candidates, ranks, policy.shared_subject, policy.gated_margin
        )
        if policy.rescue and (candidates or unsure):
            matches = self._second_opinion(sentence, matches, candidates, unsure)
            stated = {m.claim.id for m in matches}
            misses = [m for m in misses if m[0].id not in stated]
        elif policy is DOCUMENT and not matches:
            unsure = unsure + self._small_misses(sentence)
        elif policy is DOCUMENT and matches and not ENGLISH.negation_words.isdisjoint(sentence.words):
            matches = self._line_polarity(sentence, matches)
        if policy.rescue_gated and (len(candidates) > len(matches) or unsure):
            added = self._gated_opinion(sentence, matches, candidates, unsure)
            if added is not None:
                # A page's line may state several claims: the model's claim joins the others.
                matches = [*matches, added]
                misses = [m for m in misses if m[0] is not added.claim]
        if any(m.negated and m.claim.stand_ins for m in matches):
            matches = self._stand_in_denials_left(sentence, matches, near)
        near.extend(misses)
        near.sort(key=lambda n: (-n[1], n[0].id))  # ties by id, not in an order the hash seed may give
        return Analysis(matches, near[:3] if policy.suggest else [], named)

    def _gate(
        self, sentence: SentenceFrame, policy: Policy, narrow: Callable[[int], int] | None = None
    ) -> tuple[list[Candidate], list[tuple[Claim, int]], list[_Unsure]]:
        """The claims whose subject and every assertion group the sentence names (or all groups but one,
        when the sentence reads word for word like a phrasing), the near misses with their scores, and
        (with ``policy.rescue``) the near misses as the second opinion reads them."""
        weights = self.weights
        candidates: list[Candidate] = []
        near: list[tuple[Claim, int]] = []
        unsure: list[_Unsure] = []
        for ci, group_hits in self._hits(sentence, policy, narrow).items():
            required = self._required(ci).groups
            n_groups = len(required)
            missing = sum(1 for gi in required if gi not in group_hits)
            if _only_habit(required, group_hits, sentence):
                # The speaker's habit is not the claim's advice, nor one group short of it.
                continue
            if missing > 1 and not (policy.suggest or policy.rescue):
                continue
            ok, exactness = self._subject(ci, sentence)
            if not ok or self._other_form(ci, sentence):
                continue
            if missing == 1 and self._sibling_in_place(ci, required, group_hits, sentence):
                continue
            if missing > 1 or (
                missing == 1
                and (
                    n_groups < policy.fallback_groups
                    or self._about_other_nutrient(ci, required, group_hits, sentence)
                    or self._closeness(ci, sentence.content) < weights.fallback
                )
            ):
                if policy.suggest:
                    score = self._fuzzy(ci, sentence.content)[0] * weights.near_share
                    near.append((self.index.claims[ci], int(score)))
                if (policy.rescue or policy.rescue_gated) and not (
                    # "Collard greens are packed with folate": a sentence about another nutrient that
                    # names no form of the vitamin gets no second opinion on a vitamin claim.
                    self._about_other_nutrient(ci, required, group_hits, sentence)
                    and self._nutrient_words().isdisjoint(sentence.stems)
                    and "k" not in sentence.words  # "vitamins D and K"
                ):
                    unsure.append(_Unsure(ci, group_hits, missing, exactness))
                continue
            fuzzy, phrasing, phrasing_negated = self._fuzzy(ci, sentence.content)
            if policy.clause_score and weights.threshold - weights.clause_reach <= fuzzy < weights.threshold:
                # A long sentence of a page dilutes the likeness of the clause that states the claim.
                clause = self._clause(ci, group_hits, sentence)
                scored = self._fuzzy(ci, clause) if clause else (0.0, "", False)
                # The clause must read clearly like the claim, not just past the bar.
                if scored[0] >= weights.threshold + weights.clause_margin:
                    fuzzy, phrasing, phrasing_negated = scored
            candidates.append(
                Candidate(
                    ci,
                    group_hits,
                    missing,
                    exactness,
                    fuzzy,
                    phrasing,
                    phrasing_negated,
                    self._implied(ci, group_hits, sentence.stems),
                    covered_by(group_hits),
                )
            )
        return candidates, near, unsure

    def _second_opinion(
        self,
        sentence: SentenceFrame,
        matches: list[Match],
        gated: list[Candidate],
        unsure: list[_Unsure],
    ) -> list[Match]:
        """The matches as the join of the two signals decides them (``join.py``): which claim the sentence
        states (the keyword groups' first match, another claim whose subject it names, or none), then
        whether it denies it. A line that does not read as a statement (an open question, a line without a
        closing stop) keeps the groups' claims; with no model, the groups decide alone."""
        opinion = self._model
        if opinion is None:
            return matches
        statement = reads_as_sentence(sentence.text)
        if statement:
            matches = self._choose(opinion, sentence, matches, gated, unsure)
        return [self._polarity(opinion, sentence, match, statement) for match in matches]

    def _choose(
        self,
        opinion: Opinion,
        sentence: SentenceFrame,
        matches: list[Match],
        gated: list[Candidate],
        unsure: list[_Unsure],
    ) -> list[Match]:
        """The join's choice among the claims the gate looked at and "none": the keyword groups' matches,
        or another claim first ("Spinach is K1, not K2" is the K2 claim, not the greens one), or none."""
        claims = self.index.claims
        p = opinion.probabilities(sentence.text)
        if matches and matches[0].claim.id not in p:
            # A claim the model never saw (a user's own database): it has no opinion on it, and "none" would
            # win by default. The keyword groups decide.
            return matches
        pool: dict[int, Candidate | _Unsure] = {c.claim: c for c in gated}
        for u in unsure:
            pool.setdefault(u.claim, u)
        first = matches[0].claim if matches else None
        keys, rows = self._join_rows(sentence, p, pool, matches)
        if self.observe is not None:
            self.observe("claims", sentence.text, rows, [None if k is None else claims[k].id for k in keys])
        # "None" and the groups' first claim are always open to the join; any other claim needs the model's
        # word for it too (``Weights.join_floor``, or ``join_switch`` to replace a claim the groups stated).
        bound = self.weights.join_switch if matches else self.weights.join_floor
        allowed = [
            i
            for i, k in enumerate(keys)
            if k is None or claims[k] is first or p.get(claims[k].id, 0.0) >= bound
        ]
        chosen = keys[allowed[best(opinion.join.claims, [rows[i] for i in allowed])]]
        if chosen is None:
            return []
        if claims[chosen] is first:
            return matches
        match = self._state(pool[chosen], sentence, p.get(claims[chosen].id, 0.0))
        # The groups' first match gives way (the join judged it the wrong claim); further ones stay.
        return [match, *(m for m in matches[1:] if m.claim is not match.claim)]

    def _state(self, found: Candidate | _Unsure, sentence: SentenceFrame, confidence: float) -> Match:
        """A claim the second opinion picked, decided as a match (a near miss scored first), with the
        model's probability in its explanation."""
        ci = found.claim
        if isinstance(found, _Unsure):
            fuzzy, phrasing, phrasing_negated = self._fuzzy(ci, sentence.content)
            found = Candidate(
                ci,
                found.hits,
                found.missing,
                found.exactness,
                fuzzy,
                phrasing,
                phrasing_negated,
                self._implied(ci, found.hits, sentence.stems),
                covered_by(found.hits),
            )
        match = self._decide(found, sentence, self._subject_positions(ci, sentence), round(found.fuzzy), ())
        return match._replace(explanation=match.explanation._replace(opinion=round(confidence, 2)))

    def _small_misses(self, sentence: SentenceFrame) -> list[_Unsure]:
        """On a document's line the groups stated nothing on: the near misses of claims with fewer groups than
        ``document_fallback_groups`` (one group short) that the second opinion gives at least
        ``Weights.document_rescue_small``; only those claims are looked at."""
        opinion = self._model
        if opinion is None or not may_state(sentence.text):
            return []

        def likely(reachable: int) -> int:
            p = opinion.probabilities(sentence.text)
            bar = self.weights.document_rescue_small
            claims = self.index.claims
            return sum(1 << ci for ci in claims_in(reachable) if p.get(claims[ci].id, 0.0) >= bar)

        return self._gate(sentence, DOCUMENT_SMALL, likely)[2]

    def _gated_opinion(
        self, sentence: SentenceFrame, matches: list[Match], gated: list[Candidate], unsure: list[_Unsure]
    ) -> Match | None:
        """For a document's line: the claim the model picks among those whose subject and every group the
        line names but the groups did not state, when it gives it ``Weights.document_opinion`` (with no
        match) or ``join_switch`` (beside one it gives at most ``document_overrule``); also a near miss it is
        sure of (``Weights.document_rescue`` on a line the groups matched nothing on, ``document_beside``
        beside what they matched). None otherwise.
        The join is fitted on statements, so a page's line is asked only this narrower question."""
        opinion = self._model
        if opinion is None or not may_state(sentence.text):
            return None
        claims = self.index.claims
        p = opinion.probabilities(sentence.text)
        weights = self.weights
        if matches and p.get(matches[0].claim.id, 0.0) > weights.document_overrule:
            return None
        stated = {m.claim.id for m in matches}
        pool: list[Candidate | _Unsure] = [c for c in gated if claims[c.claim].id not in stated]
        # A near miss the model is sure of: where the groups stated nothing, or beside what they stated.
        bar = weights.document_beside if matches else weights.document_rescue
        pool.extend(u for u in unsure if p.get(claims[u.claim].id, 0.0) >= bar)
        if not pool:
            return None
        found = max(pool, key=lambda c: (p.get(claims[c.claim].id, 0.0), -c.claim))
        confidence = p.get(claims[found.claim].id, 0.0)
        if confidence < (weights.join_switch if matches else weights.document_opinion):
            return None
        return self._polarity(opinion, sentence, self._state(found, sentence, confidence), statement=True)

    def _join_rows(
        self,
        sentence: SentenceFrame,
        p: dict[str, float],
        pool: dict[int, Candidate | _Unsure],
        matches: list[Match],
    ) -> tuple[list[int | None], list[list[float]]]:
        """The claims of ``pool`` and "none" (None, last), each with its row of figures for the join."""
        claims = self.index.claims
        first = matches[0].claim if matches else None
        stated = {m.claim.id for m in matches}
        top = max(pool, key=lambda ci: (p.get(claims[ci].id, 0.0), -ci))
        keys: list[int | None] = []
        rows: list[list[float]] = []
        for ci, found in pool.items():
            fuzzy = found.fuzzy if isinstance(found, Candidate) else self._fuzzy(ci, sentence.content)[0]
            row = ClaimRow(
                p.get(claims[ci].id, 0.0),
                ci == top,
                claims[ci] is first,
                claims[ci].id in stated,
                isinstance(found, Candidate),
                found.missing,
                found.exactness,
                fuzzy,
                len(found.hits) / (len(self._required(ci).groups) or 1),
            )
            keys.append(ci)
            rows.append(claim_row(row))
        keys.append(None)
        rows.append(none_row(p.get(NO_CLAIM, 0.0), bool(matches)))
        return keys, rows

    def _line_polarity(self, sentence: SentenceFrame, matches: list[Match]) -> list[Match]:
        """A page's line holds negation words: the claims its groups affirmed and no named rule decided are
        read by the negation model as a statement's are (``_polarity``): "Spinach and kale are excellent
        sources of vitamin K, but it is K1; they are not a meaningful source of K2" denies that greens give
        K2. A tag question's negation ("..., doesn't it?") asks for agreement and denies nothing. Dev pages:
        polarity 7093 -> 7138 of 7562 found claims; held out 5778 -> 5810 of 6193."""
        decided = [m.negated or bool(m.explanation.rules) for m in matches]
        if all(decided):
            return matches
        opinion = self._model
        if opinion is None:
            return matches
        statement = reads_as_sentence(sentence.text)
        pairs = zip(matches, decided, strict=True)
        return [m if done else self._polarity(opinion, sentence, m, statement) for m, done in pairs]

    def _polarity(self, opinion: Opinion, sentence: SentenceFrame, match: Match, statement: bool) -> Match:
        """The match, denied where the negation model reads a denial the rules cannot see: the rules
        affirmed and no named rule of theirs decided, and either the sentence has no negation word and the
        join's polarity scorer says so ("Drops fall short of the shot", "K2 is overrated for bones"), or its
        negation words are ones no rule weighed and set aside, the claim is not about safety (or is a myth:
        ``_guarded``), and the model is sure (``Weights.sure_denial``: "..., a neat story, not something
        trials have shown"); past words a rule set aside, only of a myth and only where the model is surer
        still (``Weights.sure_denial_past_rule``). A denial the rules read stays but for
        ``_model_affirms``'s: out of fold, the model's word against one was right barely more often than
        not, and it is surest, wrongly, on wording it was trained on ("It is not true that natto is the
        richest source of K2" shares every other word with the claim it learnt as an affirmation)."""
        if match.negated:
            return self._model_affirms(opinion, sentence, match, statement)
        if match.explanation.rules:
            return match
        words = sentence.words
        if not ENGLISH.negation_words.isdisjoint(words):
            # Negation words the rules did not weigh (outside the claim's clause, or after every claim word in
            # a clause of their own): only a sure model reads them as a denial, and never of a safety
            # claim that is no myth (``_guarded``). Words a rule weighed and set aside, only of a myth, and
            # only where the model is surer still.
            claim = match.claim
            if not statement or _guarded(claim) or (match.explanation.set_aside and not _myth(claim)):
                return match
            from k2check.layout import tag_question  # only here: a statement's start-up does not need it

            if tag_question(sentence.text):
                # "Vitamin K thickens your blood as well, doesn't it?": the tag asks for agreement.
                return match
            weights = self.weights
            bar = weights.sure_denial_past_rule if match.explanation.set_aside else weights.sure_denial
            if opinion.denies(sentence.text, claim.id) < bar:
                return match
        elif next(_EVIDENCE_SHOWN.starts(sentence.words), None) is not None:
            # "There's some evidence that K2 can build muscle": the model, which learnt this claim from
            # denials ("there is no evidence that ..."), is not asked to deny it.
            return match
        elif match.claim.topic in CAREFUL_TOPICS and not match.explanation.opinion and _bare_advice(words):
            # "Cut all green vegetables out of your diet when you start warfarin": advice in the imperative to
            # do what a safety claim its keyword groups stated says, is that claim; the model, which learnt
            # such words mostly from advice against them, is not asked.
            return match
        elif match.claim.topic in CAREFUL_TOPICS and _LINKED.intersection(sentence.words):
            # "Studies have linked the newborn vitamin K injection to cancer": a link reported in so many
            # words states it; the model, which learnt the scare mostly from its debunkings, is not asked.
            return match
        elif _CLAIM_LINE.match(sentence.text) is not None:
            # "Claim three: K2 builds muscle.": a claim line with no verdict on it reports the claim; the
            # model, which learnt such lines mostly with their verdict after them, is not asked.
            return match
        elif match.claim.verdict in _SOUND_VERDICTS and _STILL_NEEDED.search(sentence.text) is not None:
            # "Even if you eat plenty of greens in pregnancy, your baby still needs the vitamin K shot": a
            # need that holds whatever was conceded before it states a sound claim; the model, which learnt
            # "even if" mostly from denials, is not asked to call it false.
            return match
        elif _SAYS_EQUAL.search(sentence.text) is not None and _EQUATIVE.search(clean(match.claim.claim)):
            # "Drops by mouth work exactly like the injection": a claim that two things are equal, said in so
            # many words with no negation word; the model, which learnt such claims mostly from their
            # denials ("drops are not as good as the shot"), is not asked.
            return match
        else:
            row = polarity_row(opinion.denies(sentence.text, match.claim.id) if statement else 0.5, statement)
            if self.observe is not None:
                self.observe("polarity", sentence.text, [row], [match.claim.id])
            if opinion.join.polarity.score(row) <= 0:
                return match
        return _as_denial(match, SECOND_OPINION_DENIES)

    def _model_affirms(
        self, opinion: Opinion, sentence: SentenceFrame, match: Match, statement: bool
    ) -> Match:
        """The match, affirmed where the rules read its denial from bare negation words alone (no named
        rule decided, nothing set aside), none of them denies the claim's own words, and the negation model
        is sure the sentence states the claim (``Weights.sure_affirmation``). A negation that denies the
        claim's words is one with a subject or assertion term of the claim after it in its clause ("Breast
        milk is NOT low in vitamin K, ..."), or any in a sentence of one clause, except for a claim worded
        as a negation, whose own words hold one: "Goose liver is the richest meat source of K2, with beef
        liver not far behind", "DOACs don't carry the vitamin K interaction", "On Eliquis it's grapefruit
        you want to watch, not spinach"."""
        explanation = match.explanation
        if not statement or explanation.rules or explanation.set_aside or not explanation.cues:
            return match
        if not _BARE_NEGATIONS.issuperset(explanation.cues):
            return match
        negative_claim = _worded_as_negation(match.claim.claim)
        if not negative_claim and (
            _CLAUSE_BREAKS.isdisjoint(sentence.words) or _denies_own_words(sentence.words, explanation)
        ):
            return match
        if opinion.denies(sentence.text, match.claim.id) > self.weights.sure_affirmation:
            return match
        verdict = statement_verdict(match.claim.verdict, False, match.claim.if_negated)
        rules = (*explanation.rules, SECOND_OPINION_AFFIRMS)
        return match._replace(negated=False, verdict=verdict, explanation=explanation._replace(rules=rules))

    @functools.cached_property
    def _model(self) -> Opinion | None:
        """The second-opinion model, read on first use; None when there is none."""
        return self._opinion_source()

    def _about_other_nutrient(
        self, ci: int, required: tuple[int, ...], group_hits: dict[int, list[Hit]], sentence: SentenceFrame
    ) -> bool:
        """ "Leafy greens are rich in fibre": short of the group that names the vitamin, in a sentence that
        names another nutrient, the claim is about that one (no fallback, no second opinion)."""
        return _other_substance(sentence.words) and self._names_nutrient(ci, required, group_hits)

    def _sibling_in_place(
        self, ci: int, required: tuple[int, ...], group_hits: dict[int, list[Hit]], sentence: SentenceFrame
    ) -> bool:
        """ "Spinach is loaded with phylloquinone": short of the group that names the claim's form (K2), in a
        sentence that names a sibling form (K1) instead, the claim is the sibling's, not this one (no
        fallback, no second opinion)."""
        named = sentence.forms
        wanted = self._missing_nutrient(ci, required, group_hits) if named else None
        if wanted is None:
            return False
        implies = self.index.implies
        subject = self.index.subjects[ci]
        # "MK7 is the more potent form" against "K2 is more effective than K1": the form named is the
        # claim's subject (or a kind of it), the group short is the other side of a comparison.
        if named & subject or any(subject & implies.get(form, frozenset()) for form in named):
            return False
        # "Your body turns some of that into MK-4": a form the claim's own words name is no sibling.
        stems = sentence.stems
        single = (h for hits in group_hits.values() for h in hits if h.end - h.start == 1)
        if any(stems[h.start] in named for h in single):
            return False
        reach = wanted.union(*(implies.get(w, frozenset()) for w in wanted))
        # The sentence's form is the one the group names, or a broader one ("vitamin K"): no sibling.
        return not any(form in reach or not wanted.isdisjoint(implies.get(form, ())) for form in named)

    def _names_nutrient(self, ci: int, required: tuple[int, ...], group_hits: dict[int, list[Hit]]) -> bool:
        """Whether the group a claim is short of names the nutrient itself ("leafy greens are rich in
        [vitamin K]"): a sentence that reads like the claim without it but names another nutrient ("rich in
        fibre", "loaded with iron") is about that one, so the one-group-short fallback does not apply."""
        return self._missing_nutrient(ci, required, group_hits) is not None

    def _missing_nutrient(
        self, ci: int, required: tuple[int, ...], group_hits: dict[int, list[Hit]]
    ) -> frozenset[str] | None:
        """The words of the group a claim is short of, when each of its terms is one word that names a form
        of the vitamin; None otherwise (no group short, or one of other words)."""
        missing = next((gi for gi in required if gi not in group_hits), None)
        if missing is None:
            return None
        terms = self.index.groups[ci][missing].terms
        words = self._nutrient_words()
        if not all(len(term) == 1 and term[0] in words for term in terms):
            return None
        return frozenset(term[0] for term in terms)

    def _nutrient_words(self) -> frozenset[str]:
        """The words that name a form of the vitamin (every word with a broader form, and those forms)."""
        if self._nutrients is None:
            implies = self.index.implies
            self._nutrients = frozenset(implies).union(*implies.values())
        return self._nutrients

    def _implied(self, ci: int, group_hits: dict[int, list[Hit]], stems: list[str]) -> int:
        """How many of the words claim ``ci``'s assertion explains are forms it reaches only through a broader
        word it lists ("greens supply K1, not K2": a vitamin K claim reads "K2" as "vitamin K"; a K2 claim
        names it). The subject is left alone: "MK-7 is made by bacteria" still states the K2 claim."""
        return sum(
            1
            for hits in group_hits.values()
            for hit in hits
            for p in range(hit.start, hit.end)
            if self._reaches_only(ci, stems[p])
        )

    def _reaches_only(self, ci: int, word: str) -> bool:
        """Whether claim ``ci`` reaches ``word`` only through a broader word it lists ("K2" for a vitamin K
        claim, which lists "vitamin K")."""
        return word in self.index.implies and ci not in self._listing(word)

    def _listing(self, word: str) -> frozenset[int]:
        """The claims that list ``word`` itself in an assertion group, worked out once per word."""
        listing = self._listed.get(word)
        if listing is None:
            listing = self._listed[word] = frozenset(c for c, _, _, _ in self.index.postings.get(word, ()))
        return listing

    def _clause(self, ci: int, group_hits: dict[int, list[Hit]], sentence: SentenceFrame) -> str:
        """The content words from the claim's first to its last subject or assertion word, two words of
        margin either side: the clause that states it."""
        at = {p for spans in group_hits.values() for h in spans for p in range(h.start, h.end)}
        at |= self._subject_positions(ci, sentence)
        if not at:
            return ""
        window = sentence.stems[max(0, min(at) - 2) : max(at) + 3]
        return content_of(window) if len(window) < len(sentence.stems) else ""

    def _select(
        self,
        sentence: SentenceFrame,
        ranked: list[Candidate],
        ranks: dict[int, float],
        shared_subject: bool = False,
        margin: int | None = None,
    ) -> tuple[list[Match], list[tuple[Claim, int]]]:
        """The claims the sentence asserts, best first: a second claim must name a subject of its own
        ("... and organ meats such as chicken breast"), not re-read words the first one explains; with
        ``shared_subject``, new assertion words on the same subject also count ("K2 supports
        bone density and keeps arteries clear")."""
        matches: list[Match] = []
        near: list[tuple[Claim, int]] = []
        covered: set[int] = set()
        asserted: set[str] = set()
        fronted = _fronted(sentence.stems)
        if fronted:
            # A claim only the background clause states yields to one the main clause states.
            main = [c for c in ranked if max(c.explained(), default=0) >= fronted]
            if any(round(c.fuzzy) >= self._threshold(c, margin) for c in main):
                ranked = main
        elif ranked and _REASON.intersection(sentence.stems):
            ranked = self._before_reason(sentence.stems, ranked, margin)
        rounded = {c.claim: round(ranks[c.claim]) for c in ranked}
        claims = self.index.claims
        runners = tuple((claims[c.claim].id, round(c.fuzzy), rounded[c.claim]) for c in ranked[1:4])
        for candidate in ranked:
            score = round(candidate.fuzzy)
            if score < self._threshold(candidate, margin):
                near.append((self.index.claims[candidate.claim], score))
                continue
            subject_at = self._subject_positions(candidate.claim, sentence)
            explained = candidate.explained()
            own = {sentence.stems[p] for p in explained - subject_at}
            # A further claim on a subject already read needs a share of its assertion words new
            # ("muscle" may serve two claims).
            # Words new only inside a description of a noun already read ("osteocalcin, the protein that
            # binds calcium into bone") describe it: they do not make a claim of their own.
            new_at = explained - subject_at - covered
            fresh = (
                shared_subject
                and not candidate.missing
                and len(own - asserted) >= self.weights.shared_new_share * max(1, len(own))
                and not (matches and new_at and new_at <= self._asides_of(sentence))
            )
            read_again = matches and subject_at <= covered and not fresh
            # A claim the database links to one already read, with no word of its own in the line, is
            # that claim read again ("vitamin K works against warfarin" is not also "K2 interacts with
            # warfarin").
            read_again = read_again or (
                matches and not new_at and subject_at <= covered and self._related(candidate.claim, matches)
            )
            if read_again and not (shared_subject and self._related(candidate.claim, matches)):
                continue
            decided = self._decide(candidate, sentence, subject_at, score, runners, rounded[candidate.claim])
            if shared_subject and _rejected_by(decided.claim, matches):
                decided = _as_denial(decided, REJECTED_BY_STATED)
            elif read_again and not _conceded(decided, matches):
                continue
            covered |= explained | subject_at
            asserted |= own
            matches.append(decided)
        return matches, near

    def _stand_in_denials_left(
        self, sentence: SentenceFrame, matches: list[Match], near: list[tuple[Claim, int]]
    ) -> list[Match]:
        """``matches`` without the denials of a claim whose subject the sentence names only by a stand-in
        (``Claim.stand_ins``), which go to ``near``: the negations of such a sentence are about how much of
        the stand-in ("If spinach isn't normally part of your week, don't suddenly sit down to a huge bowl
        of it", "never a giant salad out of the blue"), which the claim is about, not against it."""
        kept = []
        for match in matches:
            if match.negated and match.claim.stand_ins:
                # A scan that stops at the claim: a map of every claim's position would decode every
                # record of a large database (``database._Records`` keeps them encoded until needed),
                # which cost a 10,093-claim run 58 MB and a quarter more time.
                ci = self.index.claims.index(match.claim)
                stand_ins = self.index.stand_ins[ci]
                at = self._subject_positions(ci, sentence)
                if at and all(sentence.stems[p] in stand_ins for p in at):
                    near.append((match.claim, match.score))
                    continue
            kept.append(match)
        return kept

    def _before_reason(
        self, stems: list[str], ranked: list[Candidate], margin: int | None
    ) -> list[Candidate]:
        """``ranked`` with the first claim put behind one the main clause states, when the first is stated
        only after a reason ("MK-7 is usually preferred because it lasts longer": the preference is the
        claim, the half-life its reason)."""
        at = next((i for i, word in enumerate(stems) if word in _REASON), 0)
        if at == 0 or min(ranked[0].explained(), default=0) < at:
            return ranked
        for k, candidate in enumerate(ranked[1:], 1):
            if (
                round(candidate.fuzzy) >= self._threshold(candidate, margin)
                and max(candidate.explained(), default=at) < at
            ):
                return [candidate, *ranked[:k], *ranked[k + 1 :]]
        return ranked

    @staticmethod
    def _asides_of(sentence: SentenceFrame) -> set[int]:
        """``_asides`` of the sentence, worked out once."""
        if sentence.asides is None:
            sentence.asides = _asides(sentence.stems)
        return sentence.asides

    def _related(self, ci: int, matches: list[Match]) -> bool:
        """Whether claim ``ci`` and one of ``matches`` name each other as related."""
        claim = self.index.claims[ci]
        return any(m.claim.id in claim.related or claim.id in m.claim.related for m in matches)

    def _threshold(self, candidate: Candidate, margin: int | None = None) -> int:
        weights = self.weights
        if candidate.missing == 0 and candidate.exactness == 2:
            return weights.threshold - (weights.gated_margin if margin is None else margin)
        return weights.threshold

    def _subject_positions(self, ci: int, sentence: SentenceFrame) -> set[int]:
        """Positions (in stems) where the sentence names claim ``ci``'s subject, multi-word ones included."""
        subject = self._subject_of(ci)
        stems = sentence.stems
        found: tuple[set[int], set[int], set[int]] = (
            {i for i, word in enumerate(stems) if word in subject.reach},
            set(),
            set(),
        )
        for words, sureness in subject.phrases:
            size = len(words)
            for i in range(len(stems) - size + 1):
                if stems[i : i + size] == words:
                    found[sureness].update(range(i, i + size))
        # "Women still need about 90 mcg of vitamin K": the figures assert; vitamin K is the subject. The
        # claim's own stand-ins come last ("Rather than cutting spinach out, keep your intake level").
        return found[_NAMES] or found[_ASSERTED] or found[_STANDS_IN]

    def _subject_of(self, ci: int) -> _Subject:
        subject = self._subjects.get(ci)
        if subject is None:
            words = self.index.subjects[ci]
            # A stand-in, or a phrase of words the claim asserts anyway ("keep the amount"), places the
            # subject only where the sentence names it no other way.
            stand_ins = self.index.stand_ins[ci]
            named = words - stand_ins
            reach = named.union(w for w, broader in self.index.implies.items() if broader & named)
            asserted = {word for group in self.index.groups[ci] for term in group.terms for word in term}
            asserted |= _STOPWORD_STEMS | _STORY_STEMS
            phrases = tuple(
                (
                    phrase.split(),
                    _STANDS_IN
                    if phrase in stand_ins
                    else _ASSERTED
                    if asserted.issuperset(phrase.split())
                    else _NAMES,
                )
                for phrase in words
                if " " in phrase or phrase in stand_ins
            )
            subject = self._subjects[ci] = _Subject(
                reach,
                phrases,
                tuple(f" {' '.join(p)} " for p, sureness in phrases if sureness == _NAMES),
                tuple(f" {' '.join(p)} " for p, sureness in phrases if sureness != _NAMES),
            )
        return subject

    def _closeness(self, ci: int, content: str) -> float:
        """How closely the sentence, word for word, reads like one of the claim's phrasings (either way)."""
        best = process.extractOne(_sorted_words(content), self._table(ci).sorted, scorer=fuzz.ratio)
        return float(best[1]) if best else 0.0

    def _table(self, ci: int) -> _Table:
        """Claim ``ci``'s phrasings as parallel lists for batched scoring, worked out once per claim."""
        table = self._tables.get(ci)
        if table is None:
            phrases = self.index.phrases[ci]
            table = self._tables[ci] = _Table(
                [text for text, _, _ in phrases],
                [_sorted_words(text) for text, _, _ in phrases],
                [negated for _, negated, _ in phrases],
                [original for _, _, original in phrases],
            )
        return table

    def _fuzzy(self, ci: int, content: str) -> tuple[float, str, bool]:
        """``_score``, remembered: a page repeats the content words of its sentences (the same sentence
        read with another heading, a lead-in read with each item) more often than the sentences."""
        key = (ci, content)
        scored = self._scored.get(key)
        if scored is None:
            scored = self._scored.put(key, self._score(ci, content))
        return scored

    def _score(self, ci: int, content: str) -> tuple[float, str, bool]:
        """The best score against the claim's phrasings, that phrasing, and whether the sentence reads
        as one of the claim's negated phrasings (word order decides: "protein beats K2")."""
        texts, sorted_texts, negateds, originals = self._table(ci)
        sets = _scores(content, texts, fuzz.token_set_ratio)
        sorts = _scores(_sorted_words(content), sorted_texts, fuzz.ratio)
        weights = self.weights
        share = weights.set_weight
        combined = [share * a + (1 - share) * b for a, b in zip(sets, sorts, strict=True)]
        best = (0.0, "", False)
        for i, negated in enumerate(negateds):
            if not negated and combined[i] > best[0]:
                best = (combined[i], originals[i], False)
        # Word order is scored only when a negated phrasing comes close enough for it to matter.
        close = (score >= weights.negated_set for score in combined)
        if not any(negated and near for negated, near in zip(negateds, close, strict=True)):
            return best
        orders = _scores(content, texts, fuzz.ratio)
        best_order = 0.0
        negated_order = 0.0
        negated_text = ""
        for i, negated in enumerate(negateds):
            if negated:
                if combined[i] >= weights.negated_set and orders[i] > negated_order:
                    negated_order, negated_text = orders[i], originals[i]
            else:
                best_order = max(best_order, orders[i])
        if (
            negated_text
            and negated_order >= weights.negated_order
            and negated_order > best_order + weights.negated_margin
        ):
            return max(best[0], negated_order), negated_text, True
        return best

    def _claim_says(self, pattern: re.Pattern[str] | LazyPattern, ci: int) -> bool:
        """Whether claim ``ci``'s wording matches ``pattern`` (it says two things are equal, that something
        relieves a complaint, that there is little of something), worked out once per claim and pattern."""
        key = (pattern.pattern, ci)
        says = self._says.get(key)
        if says is None:
            says = self._says[key] = pattern.search(self.index.texts[ci]) is not None
        return says

    def _equative(self, ci: int) -> bool:
        """Whether claim ``ci`` says two things are equal."""
        return self._claim_says(_EQUATIVE, ci)

    @staticmethod
    def _story_denied(sentence: SentenceFrame, subject_at: set[int]) -> bool:
        """Whether the sentence names its claim only as a story ("the leukaemia SCARE", a stand-in of the
        claim's words and a story noun) and holds a negation word: what it says of the story it says against
        it ("The leukaemia scare came from one small study and large follow-ups found nothing", "The leukemia
        rumour has since been shown not to hold up"). Where the subject is named, the rules read it."""
        words = sentence.words
        if not any(words[p] in ENGLISH.story_nouns for p in subject_at):
            return False
        return not ENGLISH.negation_words.isdisjoint(words)

    @staticmethod
    def _denied_in_words(phrasing: str, sentence: SentenceFrame) -> bool:
        """Whether the phrasing holds a negation word ("do not cut out greens") and the sentence none."""
        negations = ENGLISH.negation_words
        return not negations.isdisjoint(tokens(clean(phrasing))) and negations.isdisjoint(sentence.words)

    @staticmethod
    def _holds_words(phrasing: str, sentence: SentenceFrame) -> bool:
        """Whether the sentence holds every content word of the phrasing (as stems)."""
        stems = set(sentence.stems)
        return all(stem(word) in stems for word in tokens(clean(phrasing)) if word not in ENGLISH.stopwords)

    def _decide(
        self,
        candidate: Candidate,
        sentence: SentenceFrame,
        subject_stems: set[int],
        score: int,
        runners: tuple[tuple[str, int, int], ...],
        chosen_rank: int = 0,
    ) -> Match:
        """Polarity and verdict of a selected claim, with the explanation --explain shows."""
        ci = candidate.claim
        group_hits = candidate.hits
        phrasing, phrasing_negated = candidate.phrasing, candidate.phrasing_negated
        claim = self.index.claims[ci]
        origin = sentence.origin
        content: set[int] = set()
        own: set[int] = set()
        antonyms: list[tuple[int, str, int]] = []
        straight_at: dict[int, list[int]] = {}
        keyword_terms: list[str] = []
        restated: set[int] = set()
        groups: dict[int, int] = {}
        reached: set[int] = set()
        for group, hits in group_hits.items():
            # An opposite term inside a longer term of the claim's own is that term's word ("the same thing
            # with a DIFFERENT label": "different label" says the claim).
            spans = [h for h in hits if not (h[2] and any(_inside(h, o) for o in hits if not o[2]))]
            both = any(h[2] for h in spans) and not all(h[2] for h in spans)
            for start, end, opposite in spans:
                first = origin[start]
                at = range(first, origin[end] if end < len(origin) else len(sentence.words))
                if all(self._reaches_only(ci, sentence.stems[p]) for p in range(start, end)):
                    reached.update(at)
                content.update(at)
                own.update(at)
                for p in at:
                    groups[p] = group
                term = " ".join(sentence.words[first : at.stop])
                keyword_terms.append(term)
                if opposite:
                    antonyms.append((first, term, group))
                else:
                    straight_at.setdefault(group, []).append(first)
                if both and not opposite:
                    restated.update(at)
        subject_terms = []
        subject_at: set[int] = set()
        for i in sorted(subject_stems):
            subject_terms.append(sentence.words[origin[i]])
            content.add(origin[i])
            subject_at.add(origin[i])
        # The words it reaches only through a broader word do not choose its clause (as in ``Frame``).
        start, end = claim_clause(sentence.words, (content - reached) or content, ENGLISH, sentence.clauses())
        sibling_words = self._siblings_of(ci)
        siblings = {origin[i] for i, word in enumerate(sentence.stems) if word in sibling_words}
        reach = self._subject_of(ci).reach
        subject_words = self.index.subject_words
        others = {
            origin[i]
            for i, word in enumerate(sentence.stems)
            if word in subject_words and word not in reach and origin[i] not in content
        }
        if antonyms and straight_at:
            straight_at = self._outweighed(ci, sentence, group_hits, antonyms, straight_at)
        # An antonym outside the clause that carries the claim counts only when that clause does not state
        # the claim's own word ("K1 and K2 are not different; they're one and the same").
        # One inside that clause comes first ("Unless you have a RARE disorder, deficiency is UNCOMMON").
        found = next(
            (
                (at, text)
                for at, text, group in sorted(antonyms, key=lambda a: not start <= a[0] < end)
                if start <= at < end or not any(start <= p < end for p in straight_at.get(group, ()))
            ),
            None,
        )
        antonym = found[1] if found else None
        restated = {p for p in restated if start <= p < end} if antonym is not None else set()
        frame = Frame(
            _with_no_as_without(sentence.words, subject_at, own),
            content,
            ENGLISH,
            own,
            subject_at,
            restated,
            claim.warns,
            antonym_at=found[0] if found else None,
            opposites={at for at, _, _ in antonyms},
            lead=sentence.lead,
            relieves=self._claim_says(_RELIEVES, ci),
            recommends=self._claim_says(_RECOMMENDS, ci),
            lab=self._claim_says(_LAB, ci),
            reassures=self._claim_says(_REASSURES, ci),
            siblings=siblings,
            scarce=self._claim_says(_SCARCE, ci),
            against_avoiding=self._claim_says(_AGAINST_AVOIDING, ci),
            others=others,
            comparative=self.index.comparative[ci],
            equative=self._equative(ci),
            groups=groups,
            spans=sentence.clauses(),
            reached=reached,
            substitutes=self._substitutes_at(ci, sentence.words),
        )
        pol = polarity(frame)
        reversed_ = self.index.comparative[ci] and _reversed(
            sentence.words, subject_at, content - subject_at, self._losers_in(ci, sentence)
        )
        if reversed_:
            # "Protein matters more than K2" puts the claim's subject on the losing side.
            antonym = antonym or "reversed comparison"
        # A negated phrasing, a reversed comparison and an opposite term are readings of the same
        # opposite wording: one denial (polarity already counted the opposite term).
        if phrasing_negated and pol.negated and not self._holds_words(phrasing, sentence):
            # "not a good source" read against the negated phrasing "a poor source": the sentence says the
            # denial in its own words, once; only "not a poor source" (the phrasing's words, negated)
            # is a double negative.
            phrasing_negated = False
        if (
            phrasing_negated
            and not pol.negated
            and any(sentence.words[p] in ENGLISH.negation_words for p in own)
        ):
            # "must not eat leafy greens": the negation is inside the claim's own term, which the sentence
            # states; a negated phrasing that reads close to it does not turn it round.
            phrasing_negated = False
        if phrasing_negated and not pol.negated and self._denied_in_words(phrasing, sentence):
            # "Cut out all leafy greens while you are on Coumadin" against the negated phrasing "do not cut
            # leafy greens out on coumadin": the phrasing says its denial with a negation word, which the
            # comparison leaves out; a sentence without one says the opposite of that phrasing.
            phrasing_negated = False
        negated = pol.negated ^ ((reversed_ or phrasing_negated) and found is None)
        rules = pol.rules
        if not negated and self._story_denied(sentence, subject_at):
            negated, rules = True, (*rules, STORY_DENIED)
        explanation = Explanation(
            phrasing=phrasing,
            subject_terms=tuple(dict.fromkeys(subject_terms)),
            keyword_terms=tuple(dict.fromkeys(keyword_terms)),
            cues=pol.cues,
            scope=pol.scope,
            antonym=antonym,
            threshold=self.weights.threshold,
            runners_up=tuple((i, score) for i, score, _ in runners),
            rules=rules,
            rank=chosen_rank,
            runner_ranks=tuple(r for _, _, r in runners),
            borrowed=tuple(sorted(sentence.inherited))
            if sentence.inherited and not (self.index.subjects[ci] & sentence.concepts)
            else (),
            set_aside=pol.set_aside,
        )
        verdict = statement_verdict(claim.verdict, negated, claim.if_negated)
        return Match(claim, negated, min(100, score), verdict, explanation)
