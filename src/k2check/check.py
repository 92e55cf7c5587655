"""The checking core: statements and documents in, plain Result objects out."""

import functools
import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, NamedTuple

from rapidfuzz import fuzz, process

from k2check.claims import Claim, Database
from k2check.furniture import asserts_nothing, breadcrumb
from k2check.index import Index
from k2check.lang.en import ENGLISH
from k2check.layout import (
    AMOUNT,
    CELL_LEVELS,
    Captions,
    Layout,
    Reading,
    names_other_substance,
    points_elsewhere,
    rows,
    stand_in,
    unattributed,
    uses_it,
)
from k2check.lazyre import LazyPattern
from k2check.matcher import (
    ASKED,
    DOCUMENT,
    SECOND_OPINION_DENIES,
    STATEMENT,
    Analysis,
    Explanation,
    Match,
    Matcher,
    advises,
)
from k2check.normalize import clean, first_token, tokens
from k2check.polarity import affirms, denies, mocks
from k2check.rank import WEIGHTS
from k2check.reader import Piece
from k2check.recent import Recent
from k2check.thread import (
    ADVISED_AGAINST,
    ASKS_BACK,
    LEFT_OUT_GROUP,
    NONE_ANSWER,
    REPLY,
    SAME,
    SAME_HINTS,
    WHICH_QUESTION,
    YES_NO,
    Thread,
    as_put,
    asked_leave,
    bare_answer,
    failed_try,
    hints,
    interjection,
    judged_false,
    narrows_everyone,
    opposite,
    repeats_denial,
    short_no,
    unlabelled,
    warned_on_condition,
)
from k2check.verdicts import Verdict

if TYPE_CHECKING:
    from k2check.ignores import Ignores
    from k2check.segment import Sentence

# Only text with a sentence break or a line break needs the segmenter; most statements are one sentence.
MULTI_SENTENCE = LazyPattern(r"[.!?…][\"')\]]*\s+\S")


# A page about a drug is about the people who take it: on a warfarin leaflet, "You do not need to cut out
# foods that contain vitamin K" is said to warfarin users, and a sentence that names only the vitamin is read
# with the page's subject as list items are. Only warfarin: with "anticoagulant" (newer blood thinners as
# well) the held-out pages gained two claims and a silent line with a result.
_PAGE_DRUGS = frozenset({"warfarin"})
# Advice to ask first ("check with your clinic", "talk to your doctor first", "unless the clinic agrees").
CONSULT = LazyPattern(
    r"\b(?:talk(?:ing)? to|speak(?:ing)? (?:to|with)|check(?:ing)? with"
    r"|ask(?:ing)? (?:\w+ ){0,3}(?:first|before)|consult(?:ing)?|agrees?|says? so"
    r"|ok|okay|go-ahead|approval)\b",
    re.I,
)
# What a page about a blood thinner names first ("Anticoagulation Service", "Your diet and warfarin"): there,
# signs of bleeding are the drug's.
_THINNERS = _PAGE_DRUGS | frozenset(
    "anticoagulation anticoagulant inr acenocoumarol doac apixaban eliquis rivaroxaban xarelto dabigatran"
    " pradaxa edoxaban".split()
)
_OPENING_STAND_INS = frozenset({"it", "its", "they", "this", "these"})


# "No, ...", "Not at all, ...", and a no that a short scope opens ("In a healthy person, no - it just lets
# blood clot.").
_NO_ANSWER = LazyPattern(
    r"\s*(?:(?:for|in|among|at)\s+[^,.;:?!]{1,40},\s*)?(?:no|nope|not at all|not really)"
    r"\s*[,;:\u2013\u2014-]\s*(\S.*)$",
    re.I | re.S,
)


def _after_no(text: str) -> str | None:
    """What follows an answer that opens with "No," ("No, the key is consistency.") or with a scope and a
    no ("For most people, no - ..."), or None.

    >>> _after_no("No, the key is consistency."), _after_no("For most people, no - it lets blood clot.")
    ('the key is consistency.', 'it lets blood clot.')
    >>> _after_no("Not at all, just keep your intake steady.")
    'just keep your intake steady.'
    >>> _after_no("Not for babies, no.") is None
    True
    """
    found = _NO_ANSWER.match(text)
    return found.group(1) if found else None


def multi_sentence(text: str) -> bool:
    """Whether the statement may hold several sentences. A line break counts when text follows it, found
    without a regex: one would rescan the trailing blank lines from each of their breaks (quadratic)."""
    if "\n" in text.rstrip():
        return True
    # The pattern needs one of these marks; most statements have none (or only a final one).
    return any(mark in text for mark in ".!?…") and MULTI_SENTENCE.search(text) is not None


# A comparison table's marks, read as the words they stand for ("| Builds muscle | — | — |").
CELL_MARKS = {
    **dict.fromkeys(("✓", "✔", "✔️", "☑", "✅", "y"), "yes"),
    **dict.fromkeys(("—", "–", "-", "✗", "✘", "❌", "×", "x", "n", "n/a", "none"), "no"),
}
# What a nutrient column's name says after the nutrient ("K2 per serving", "Vitamin K content").
PER_AMOUNT = LazyPattern(r"\s+(?:per|content|amount|level)\b", re.I)
# A table column's name ends before a comma or bracket ("MK-7, all-trans", "MK-7 (all-trans)").
COLUMN_NAME = LazyPattern(r"[,(\[;]")
# The column of a myth-and-fact table that holds what the page calls wrong ("| Myth | Fact |", "| What
# they say | What the evidence says |"): each of its cells states a myth, which the page denies.
MYTH_COLUMN = LazyPattern(
    r"\W*(?:the\s+)?(?:myths?|fiction|misconceptions?|what (?:they|people|sellers|ads) (?:say|claim)"
    r"|common beliefs?)\W*$",
    re.I,
)


@functools.lru_cache(maxsize=64)
def _myth_columns(columns: tuple[str, ...]) -> tuple[bool, ...]:
    """Which columns of a table's header hold myths: asked once per header, not once per row."""
    return tuple(MYTH_COLUMN.match(column) is not None for column in columns)


# Pieces of the words a sentence reports a finding with ("They found fewer breaks", "The women lost less
# bone"), looked for before it is read with the sentence that set the study up.
FINDINGS = (
    "found",
    "saw",
    "show",
    "report",
    "observ",
    "fewer",
    "less",
    "more",
    "lower",
    "higher",
    "better",
    "worse",
    "improv",
    "reduc",
    "increas",
    "decreas",
)

# Document sentences whose analysis a Checker remembers (a few MB at most).
ANALYSES_KEPT = 8192


# What matching finds in a sentence that fails the prefilter.
NO_SUBJECTS: frozenset[str] = frozenset()
NOTHING = Analysis([], [], NO_SUBJECTS)


class Source(NamedTuple):
    path: str
    line: int
    column: int


# A sarcasm tag that closes a post ("K2 heals cavities, I'll cancel my dentist /s"; also "/sarcasm",
# "#sarcasm"): what comes before it says the opposite of what it means.
SARCASM_TAG = LazyPattern(r"(?:^|\s)(?:/s|/sarc|/sarcasm|#sarcasm)[\s.!?)]*$", re.I)


def _short_post(text: str) -> bool:
    """Whether a tagged statement is short enough for its tag to cover all of it: two sentences at most ("K2
    heals cavities? Great, I'll cancel my dentist. /s"). In a longer post the tag mocks its last lines only
    ("Yes, my baby got the shot. No, I'm not sorry. One jab versus a brain bleed, real tough call. /s")."""
    from k2check.segment import Sentence, segment

    if not multi_sentence(text):
        return True
    return sum(isinstance(u, Sentence) for u in segment(text.splitlines(keepends=True))) <= 2


# Rules that read the sarcasm already: the tag after it says no more ("Sure, skip leg day and just swallow
# some MK-7, that's definitely how quads get built /s").
_READ_AS_SARCASM = frozenset({"sarcastic-opener", "sarcastic-close", SECOND_OPINION_DENIES})


def _mocked(text: str, said: "Result") -> "Result":
    """The result of a statement tagged as sarcasm: every claim it made, turned round, except a denial the
    words before the tag already mock (a sarcastic opener or close, or the second opinion's reading)."""
    if said.match is None:
        return said._replace(statement=text)

    def turned(match: Match) -> Match:
        read = match.negated and not _READ_AS_SARCASM.isdisjoint(match.explanation.rules)
        match = match if read else opposite(match)
        return match._replace(
            explanation=match.explanation._replace(rules=(*match.explanation.rules, "sarcasm-tag"))
        )

    best, *others = (turned(match) for match in (said.match, *said.other_matches))
    return said._replace(statement=text, verdict=best.verdict, match=best, other_matches=tuple(others))


def _model_denied(match: Match) -> bool:
    """Whether only the second opinion read the match as a denial (no word of the sentence did)."""
    return match.negated and SECOND_OPINION_DENIES in match.explanation.rules


def _opposite_asked(match: Match, questions: list[str]) -> bool:
    """Whether the opposite term the match was read with is in the questions ("interact" in "Does vitamin K
    interact with Eliquis?"), so that the no answers it."""
    antonym = match.explanation.antonym
    return antonym is not None and set(antonym.split()) <= _words_of(questions)


def _claim_asked(match: Match, questions: list[str]) -> bool:
    """Whether every claim word the match was read with is in the questions, so that the claim is the one
    they asked ("Does vitamin K help bones? Not directly, it works through osteocalcin." reads the
    osteocalcin claim from the answer alone)."""
    asked = _words_of(questions)
    return all(set(term.split()) <= asked for term in match.explanation.keyword_terms)


def _words_of(texts: list[str]) -> set[str]:
    return set(tokens(clean(" ".join(texts))))


def _answers(read: list[str]) -> Iterator[tuple[str, str]]:
    """Each question of the statement with the sentence after it."""
    return ((asked, answer) for asked, answer in itertools.pairwise(read) if asked.rstrip().endswith("?"))


def _answered_none(read: list[str]) -> bool:
    """Whether a question asking which things hold is answered that none do ("Q: What foods should I avoid
    on Xarelto? A: None are known to interact with it.")."""
    return any(
        WHICH_QUESTION.match(asked) is not None and NONE_ANSWER.match(answer) is not None
        for asked, answer in _answers(read)
    )


def _answered_no(read: list[str]) -> bool:
    """Whether a sentence after a question opens with a bare no ("Not really; ...", "No."), or with one that
    narrows ("Can K2 cause a stroke? Not in people who aren't on blood thinners.")."""
    for _, answer in _answers(read):
        reply = REPLY.match(answer)
        if (reply is not None and not reply.group("yes")) or short_no(tokens(clean(answer))):
            return True
    return False


def _turned_whole(whole: Match, read: list[str], given: list[str]) -> bool:
    """Whether the reading of a statement read whole, after a question neither sentence stated alone, is
    turned round by the answer. "Can K1 and K2 be swapped for each other? Not really; ...": a no turns
    round a claim the question asked in its own words (not one the answer states: "Does vitamin K help
    bones? Not directly, it works through osteocalcin."), unless the whole already reads as a denial
    ("Deficiency everywhere? Hardly. It's a rarity."). A denial only by an opposite term the question asks
    with ("Does vitamin K interact with Eliquis? The short answer is no.") is what the question asked, which
    the no turns round, also when the no was taken off the answer's front (``given`` keeps it: "Does vitamin
    K interact with Eliquis? No, and that's a big change from warfarin."); so does "None" after a question
    asking which things hold ("Q: What foods should I avoid on Xarelto? A: None are known to interact.")."""
    questions = [u for u in read if u.rstrip().endswith("?")]
    asked_opposite = as_put(whole).negated != whole.negated
    said_no = (_answered_no(read) and _claim_asked(whole, questions)) or (
        asked_opposite and _answered_no(given) and _opposite_asked(whole, questions)
    )
    none = whole.negated and _answered_none(given) and _opposite_asked(whole, questions)
    return none or (said_no and (not whole.negated or asked_opposite))


class Result(NamedTuple):
    statement: str
    verdict: str
    match: Match | None
    other_matches: tuple[Match, ...] = ()
    suggestions: tuple[tuple[Claim, int], ...] = ()
    source: Source | None = None
    suppressed: str | None = None


class Notice(NamedTuple):
    """Something the user should know about the input that did not stop the check."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class FileSummary:
    """Counts for one document, filled in while its results are produced."""

    __slots__ = ("claims", "path", "sentences", "verdicts")

    def __init__(self, path: str, sentences: int = 0, claims: int = 0) -> None:
        self.path = path
        self.sentences = sentences
        self.claims = claims
        self.verdicts: Counter[str] = Counter()

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "sentences": self.sentences,
            "claims": self.claims,
            "verdicts": dict(sorted(self.verdicts.items())),
        }


# A cell of at most this many words is a value or a label ("None", "Not stated", "No vitamin K").
SHORT_CELL = 3


def _in_its_cell(row: str, match: Match) -> Match:
    """A denial in a short cell of a table row stays in its cell: "No vitamin K | None | Baby depends on
    its own low stores" states that babies have low stores, and "Helps keep arteries flexible | Not
    stated | None" states the first column's claim. A denial in a cell that says more ("No clear benefit
    on calcification") or a two-cell row ("K2 causes clots | No") still denies."""
    cells = row.split(" | ")
    if not match.negated or len(cells) < 3:
        return match
    cues = {word for cue in match.explanation.cues for word in cue.split()}
    spoken = [(clean(cell), len(cell.split()) <= SHORT_CELL) for cell in cells]
    if not cues or any(short is False and not cues.isdisjoint(tokens(text)) for text, short in spoken):
        return match
    said_elsewhere = any(
        not short and term in text for text, short in spoken for term in match.explanation.keyword_terms
    )
    return opposite(match) if said_elsewhere else match


# A table cell that gives a food's level as little ("Low", "Very low", "Low to moderate"); "None",
# "trace" and "negligible" say it holds next to none, which may deny a claim ("| Spinach | Negligible |"
# under "K2").
LOW_CELL = LazyPattern(r"\s*(?:very )?low\b", re.I)


def _low_row(row: str) -> bool:
    """Whether a table row gives its food's level as little in a cell of its own.

    >>> _low_row("Iceberg lettuce | 1 cup, shredded | about 15 | Low")
    True
    >>> _low_row("Kale, cooked | 1/2 cup | about 530 | Very high")
    False
    """
    return any(LOW_CELL.match(cell) for cell in row.split(" | ")[1:])


def _of_abundance(claim: Claim) -> bool:
    """Whether the claim says a food is rich in the nutrient: "low" is its opposite term. One food low in
    it ("| Iceberg lettuce | Low |") neither states nor denies that the rich sources are rich; a food
    that holds a little ("| Egg yolk | Low |") still contains it (animal-foods-k2)."""
    return any("low" in group.opposite for group in claim.keywords)


def _only_the_models(analysis: Analysis) -> bool:
    """Whether every claim the analysis states is one the second opinion read (none the keyword groups
    stated)."""
    return bool(analysis.matches) and all(m.explanation.opinion > 0 for m in analysis.matches)


def ruled_false(text: str) -> bool:
    """Whether a sentence is a fact check's rating of false ("Verdict: unproven - no trial ...", "Rating:
    misleading, as ..."): a ruling word first, then a rating of false (``polarity.denies``).

    >>> ruled_false("Verdict: unproven - no trial has tested that against heart attacks.")
    True
    >>> ruled_false("No trial has tested that against heart attacks.")
    False
    """
    words = tokens(clean(text))
    ruling = tuple(words[:1]) in ENGLISH.rulings or tuple(words[:2]) in ENGLISH.rulings
    return ruling and denies(words, ENGLISH)


# How much more weakly (in match score) a later sentence may read a claim and still not take back the
# denial an earlier sentence made of it in words.
_WEAKER = 30


def _last_word(matches: list[Match], answered: set[str]) -> list[Match]:
    """A claim the statement reads both ways in different sentences is held as its last sentence holds it:
    a post sets a claim up and then judges it ("Bought it for my leg cramps. Three months later, zero
    difference."; "Claim: K2 is anabolic. Rating: misleading, there is no human evidence."). The claim keeps
    the best score any of its sentences gave it. A claim a question asked and the statement answered
    stands as answered ("Can K2 replace the gym? No. Without the lifting there is nothing for it to do.")."""
    ways: dict[str, set[bool]] = {}
    for m in matches:
        ways.setdefault(m.claim.id, set()).add(m.negated)
    torn = {cid for cid, seen in ways.items() if len(seen) > 1 and cid not in answered}
    if not torn:
        return matches
    last = {m.claim.id: m for m in matches if m.claim.id in torn}
    for m in matches:
        held = last.get(m.claim.id)
        weaker = held is not None and not held.negated and held.score < m.score - _WEAKER
        if weaker and m.negated and m.explanation.cues:
            # "K2 does not cure cancer. The liver cancer work was 45 mg MK-4 as an add-on.": a sentence that
            # only touches the claim's topic, read far more weakly, does not take back a denial in words.
            last[m.claim.id] = m
    best = {cid: max(m.score for m in matches if m.claim.id == cid) for cid in torn}
    kept: list[Match] = []
    for m in matches:
        if m.claim.id not in torn:
            kept.append(m)
        elif m.claim.id in last:
            kept.append(last.pop(m.claim.id)._replace(score=best[m.claim.id]))
    return kept


# Mock agreement at a sentence's start ("Sure, ...", "Right, because ...", "Love how people think ...") that
# goes on to a dose of a product it does not name ("a 90 mcg softgel", "a $12 bottle"). Unlike a product
# named by its kind (``_unnamed_product``), it may name what the product is said to act on ("... going to
# scrub the calcium out of my coronaries"), and a bottle counts only when mocked.
MOCKED_PRODUCT = LazyPattern(
    r"^\W*(?:(?:oh|yeah),? )?(?:sure|right|great|because|love how|funny how)\b"
    r".*\b(?:capsules?|softgels?|gumm(?:y|ies)|pills?|tablets?|bottles?|supplements?)\b",
    re.I,
)


def _mocks_a_product(text: str) -> bool:
    """Whether the sentence mocks what a product it does not name will do (``MOCKED_PRODUCT``).

    >>> _mocks_a_product("Right, because a 90 mcg softgel is going to dissolve twenty years of plaque.")
    True
    >>> _mocks_a_product("A 90 mcg softgel a day is what most brands sell.")
    False
    """
    return MOCKED_PRODUCT.search(text) is not None


# The marks of a customer review, whose product goes unnamed: star ratings, a verdict on the money spent.
REVIEW = LazyPattern(
    r"[★☆⭐]|\b(?:waste of (?:money|time)|save your money|(?:zero|one|two|five|\d) stars?\b|will reorder"
    r"|would(?:n't| not) recommend)",
    re.I,
)


def _reviews_a_product(text: str) -> bool:
    """Whether the sentence reads as a customer review (``REVIEW``, or taking a product it only points at,
    ``layout.uses_it``: "bought it", "took these for ...") and names no other nutrient or drug: the
    product it judges is, in a checker of vitamin K claims, the vitamin's.

    >>> _reviews_a_product("★☆☆☆☆ Twice a day for a month and my dark circles look exactly the same")
    True
    >>> _reviews_a_product("Took these for my joints, creatine works better. Waste of money.")
    False
    >>> _reviews_a_product("My dark circles look exactly the same.")
    False
    """
    reviewed = REVIEW.search(text) is not None or uses_it(text)
    return reviewed and not names_other_substance(tokens(clean(text)))


# A dose in micrograms, the vitamin's unit ("a hefty 720 mcg a day", "180 µg").
DOSE = LazyPattern(r"\b\d+(?:[.,]\d+)? ?(?:mcg|µg|μg|micrograms?)\b", re.I)


def _unnamed_product(text: str) -> bool:
    """Whether the sentence names a product by its kind alone (``Language.product_kinds``) or a dose in
    micrograms, and no other nutrient or drug: in a checker of vitamin K claims, the vitamin's.

    >>> _unnamed_product("No supplement replaces training.")
    True
    >>> _unnamed_product("Creatine capsules can replace training.")
    False
    """
    words = tokens(clean(text))
    if ENGLISH.product_kinds.isdisjoint(words) and DOSE.search(text) is None:
        return False
    return not names_other_substance(words)


# A sign of bleeding ("easy bruising", "nosebleeds", "blood in the nappy", "a cord stump that keeps oozing",
# "black, tarry stools", "heavy periods"); a sentence that lists two of them as signs (``SIGNS``) names no
# subject of its own.
SIGNS = LazyPattern(
    r"\b(?:signs?|symptoms?|watch|look out|warning|notice|shows? up|show(?:s|ed)? itself|presentation|call"
    r"|seek|telltale|hallmark|giveaways?|red flags?|clues?|means?|mean)\b",
    re.I,
)
BLEEDING_SIGN = LazyPattern(
    r"\b(?:bruis\w*|nose ?bleeds?|bleed\w*|bled|blood in|ooz\w+|seep\w*|ha?emorrhag\w*|tarry"
    r"|(?:heavy|heavier|flooding) periods?)",
    re.I,
)

# A part of every match of ``BLEEDING_SIGN``.
_SIGN_PARTS = ("brui", "nose", "blee", "bled", "blood", "ooz", "seep", "morrhag", "tarry", "period")


def _lists_bleeding_signs(text: str) -> bool:
    """Whether the sentence lists two signs of bleeding (``BLEEDING_SIGN``) and names no other nutrient or
    drug: in a checker of vitamin K claims, the signs of running short of it. A question that lists them
    ("Bruise easily or bleed a lot?") asks what the sentence after it answers.

    >>> _lists_bleeding_signs("Signs may include easy bruising, nosebleeds and heavy periods.")
    True
    >>> _lists_bleeding_signs("Watch for blood in the nappy or a cord stump that keeps oozing.")
    True
    >>> _lists_bleeding_signs("Too much aspirin can cause bruising and nosebleeds.")
    False
    >>> _lists_bleeding_signs("No one in the trial had bruising or bleeding.")
    False
    >>> _lists_bleeding_signs("She bruised her knee.")
    False
    >>> _lists_bleeding_signs("Bruise easily or bleed a lot?")
    False
    """
    # Every unit of a page that names nothing comes here: the cheapest tests first, a substring of a sign
    # (``_SIGN_PARTS``, C-fast), one sign, then another.
    lower = text.lower()
    if not any(map(lower.__contains__, _SIGN_PARTS)):
        return False
    first = BLEEDING_SIGN.search(text)
    if first is None or BLEEDING_SIGN.compiled.search(text, first.end()) is None:
        return False
    if text.rstrip().endswith("?") or SIGNS.search(text) is None:
        return False
    return not names_other_substance(tokens(clean(text)))


# What may come before a lead's or a unit's first letter ("**DON'T**", "- Don't").
_MARKS = " *_#-•>\"'“‘("


# A price in a unit: a currency sign before a figure, or a currency code after one ("$9", "£6.25", "12 EUR").
_PRICE = re.compile(r"[$£€]\s?\d|\d\s?(?:USD|EUR|GBP)\b")


def _priced(text: str) -> bool:
    """Whether a unit gives a price: a product's row or item in a listing, which its header or lead-in
    ("Best K2 supplements of 2026") does not turn into a claim.

    >>> _priced("Norrvik MK-7 100 | MK-7 (all-trans) | 100 mcg | Fermented chickpea | $9 | Best overall")
    True
    >>> _priced("Once a day | 100 mcg | with a meal")
    False
    """
    return _PRICE.search(text) is not None


def _asked_with(match: Match, question: str, answer: str) -> Match:
    """The match of a question read with its answer, as the question puts it (``as_put``) when its only
    denial is an opposite term the question asks with and the answer is advice to ask first ("Is K2 safe
    with blood thinners? With warfarin, check with your GP first."). An answer that says more ("It won't
    change your INR at all") keeps the reading of the two together."""
    term = match.explanation.antonym
    if not term or term not in clean(question) or term in clean(answer) or CONSULT.search(answer) is None:
        return match
    return as_put(match)


def _negation_weighed(explanation: Explanation) -> bool:
    """Whether the rules weighed negation words in the sentence: cues counted, rules that decided, or cues
    set aside ("Never start K2 without your doctor": ``without-double-negative``)."""
    return bool(explanation.cues or explanation.rules or explanation.set_aside)


def _repeats_its_lead(lead: str, text: str) -> bool:
    """Whether a unit opens with the words of the lead it sits under ("Don't start K2 without asking the
    clinic" under "DON'T"): read with it, the lead would say its words twice, and deny the warning.

    >>> _repeats_its_lead("DON'T", "Don't start a K2 supplement without asking the clinic first.")
    True
    >>> _repeats_its_lead("DON'T", "Start a K2 supplement without asking the clinic first.")
    False
    """
    # Most units under a lead do not open with its first letters: they are not tokenised.
    if lead.lstrip(_MARKS)[:2].lower() != text.lstrip(_MARKS)[:2].lower():
        return False
    said = tokens(clean(lead))
    return bool(said) and tokens(clean(text))[: len(said)] == said


# The most words a question that only names the reader's condition has ("Pregnant or breastfeeding?").
CONDITION_WORDS = 5


# How a question that asks about a claim opens ("IS K2 really that strong?", "DOES it help?"); a condition
# is named without a verb before it ("On warfarin?", "Taking calcium tablets?").
_ASKING = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should", "shall"}
    | {"has", "have", "how", "what", "why", "when", "where", "which", "who", "whose", "may", "must"}
)


# An item that says its own "don't" ("- DON'T cut out salads ...", "- Never skip ...", "- No green juice");
# "- stop eating salad" under "DON'TS" is what not to do.
SAYS_ITS_OWN_NO = LazyPattern(r"\W*(?:don[’']?t|do\s+not|never|avoid|no|not)\b", re.I)
# A heading that forbids what the items under it name ("Don't", "DON'TS", "Do not", "Avoid", "Never").
PROHIBITION = LazyPattern(
    r"\W*(?:don[’']?ts?|do\s+not|never|avoid|things\s+to\s+avoid|what\s+not\s+to\s+do)\W*$", re.I
)


def _names_a_condition(text: str) -> bool:
    """Whether a question only names a condition ("On warfarin?", "Taking calcium?"): a few words, not
    opened by a verb or a question word."""
    words = text.lstrip("#>*-•0123456789.) ").split()
    return 0 < len(words) <= CONDITION_WORDS and words[0].lower().strip("\"'“‘") not in _ASKING


class Checker:
    def __init__(self, db: Database, index: Index, threshold: int | None = None) -> None:
        self.db = db
        weights = WEIGHTS if threshold is None else WEIGHTS._replace(threshold=threshold)
        self.matcher = Matcher(index, weights)
        self._analyses: Recent[tuple[str, frozenset[str], bool], Analysis] = Recent(ANALYSES_KEPT)

    def _analyse(self, text: str, borrowed: frozenset[str], question: bool) -> Analysis:
        """``match_all`` for a document sentence (alone, or read with its heading or antecedent), remembered
        for the rest of the run: pages repeat their furniture, product bullets and boilerplate, and the
        rows and items under one heading, within a page and across a site's files. Matching
        depends on nothing but these arguments, so a remembered analysis is the one matching would
        give; callers never change it."""
        key = (text, borrowed, question)
        analysis = self._analyses.get(key)
        if analysis is None:
            analysis = self.matcher.match_all(text, DOCUMENT, borrowed, always=question)
            self._remember(key, analysis)
        return analysis

    def _finds_nothing(self, text: str, question: bool) -> bool:
        """Whether matching the sentence on its own (nothing borrowed) finds no claim and names no subject:
        remembered from an earlier sentence, or because it fails the prefilter (remembered from then on)."""
        key = (text, NO_SUBJECTS, question)
        known = self._analyses.get(key)
        if known is not None:
            return not known.matches and not known.subjects
        if self.matcher.reader.names_subject(text):
            return False
        self._remember(key, NOTHING)
        return True

    def _remember(self, key: tuple[str, frozenset[str], bool], analysis: Analysis) -> None:
        self._analyses.put(key, analysis)

    def _set_against(self, unit: str) -> bool:
        """Whether the sentence opens with a stand-in ("It", "They") and names a subject only after a word
        that sets something against it ("than", "unlike"): what it compares is the page's subject."""
        first = first_token(clean(unit[:12]))
        if first not in _OPENING_STAND_INS:
            return False
        words = tokens(clean(unit))
        at = next((i for i, word in enumerate(words) if word in ENGLISH.set_against), None)
        return at is not None and not self.matcher.reader.names_subject(" ".join(words[:at]))

    def _stood_in(self, unit: str, analysis: Analysis, skip: frozenset[str] = frozenset()) -> Analysis:
        """The sentence read with its stand-in ("it", "this vitamin") as the page's subject: the broad one
        first ("Too much of it can undo warfarin"), then the narrower ("Eggs from pastured hens are richer
        in it"); never one of ``skip``."""
        index = self.matcher.index
        for word in sorted(index.domain - skip, key=lambda w: (w not in index.broad_words, w)):
            read = self.matcher.match_all(unit, STATEMENT, stands_for=word)
            if read.matches:
                return read
        return analysis

    def check_statement(self, text: str) -> Result:
        """One statement (which may hold several sentences): the best match, the others, or no-match."""
        tag = SARCASM_TAG.search(text) if "/s" in text or "#sarcasm" in text.lower() else None
        if tag is not None and text[: tag.start()].strip() and _short_post(text[: tag.start()]):
            # "Menadione: pulled from human pills, but sure, totally safe. /s": the writer means the opposite.
            return _mocked(text, self._check_statement(text[: tag.start()]))
        return self._check_statement(text)

    def _check_statement(self, text: str) -> Result:
        if breadcrumb(text):
            # "Gym & Fitness › Supplements › K2 for gains? (read before you buy)": a trail of the site's
            # sections, whatever its last crumb asks, states nothing.
            return Result(text, Verdict.NO_MATCH.value, None, suggestions=self._suggest(text, []))
        matches: list[Match] = []
        near: list[tuple[Claim, int]] = []
        units = [text]
        if multi_sentence(text):
            from k2check.segment import Sentence, segment

            units = [u.text for u in segment(text.splitlines(keepends=True)) if isinstance(u, Sentence)]
        context: frozenset[str] = frozenset()
        previous: list[Match] = []
        # Claims a question asked and the next sentence answered ("Can K2 replace the gym? No."): the
        # statement is about them first.
        answered: list[Match] = []
        asked = False
        read: list[str] = []
        # The sentences as given, before a leading "No," is taken off (``_after_no``).
        given_units: list[str] = []
        for sentence in units or [text]:
            after_question, asked = asked, sentence.rstrip().endswith("?")
            # "Q: Can I skip the shot? A: We would not recommend it.": an answer without its label.
            given = (unlabelled(sentence) or sentence) if after_question else sentence
            # "No - it's what lets your blood clot.": with no question before it, the no answers one the
            # statement does not give; what follows it is what the statement holds.
            unit = given if previous and after_question else _after_no(given) or given
            read.append(unit)
            given_units.append(given)
            # "Can I eat spinach on warfarin? Yes, just keep the amount steady.": a question asking leave to
            # do what a warning warns against puts the warning's opposite, as on a page
            # (``thread.asked_leave``); a yes or no answers that.
            # A question only the second opinion read as a denial ("Is K1 the same as K2?") puts its
            # claim: the answer says no (or yes) to that.
            asked_as = (
                [opposite(m) if _model_denied(m) else m for m in asked_leave(read[-2], previous)]
                if previous and after_question
                else previous
            )
            analysis = self.matcher.match_all(unit, STATEMENT, context)
            if previous and after_question and not analysis.matches and interjection(unit):
                # "Can K2 stand in for the gym on weeks he travels? Marcus. Buddy. No.": a name or an aside
                # between a question and its answer leaves the question open.
                asked = True
                read.pop()
                given_units.pop()
                continue
            if previous and asked and not analysis.matches and ASKS_BACK.match(unit):
                # "Q: I was told to steer clear of leafy greens. Do I have to? A: No.": a short question about
                # the sentence before keeps that sentence's claim for the answer.
                continue
            if previous and after_question and _only_the_models(analysis) and bare_answer(unit) is not None:
                # "Could a big dose of K2 poison you? For most healthy adults it's very unlikely.": a bare
                # answer has no claim of its own; one the second opinion reads into it is the question's.
                analysis = analysis._replace(matches=[])
            pointing = points_elsewhere(unit) if not analysis.matches and not context else None
            if pointing == "start" or (pointing in ("pronoun", "shortage") and not analysis.subjects):
                # "Supports healthy bones", "It may also help keep skin elastic": the subject is the
                # page's, and k2check's pages are about vitamin K.
                domain = self.matcher.match_all(
                    unit, STATEMENT, self.matcher.index.domain, always=pointing == "start"
                )
                if domain.matches:
                    analysis = domain
            if not analysis.matches and not context and not analysis.subjects and (
                _mocks_a_product(unit)
                or _unnamed_product(unit)
                or _lists_bleeding_signs(unit)
                # "My veins look exactly the same after four months. Waste of money.": a review throughout.
                or _reviews_a_product(text)
            ):
                # "No supplement replaces training", "Been on 200 mcg a day with zero side effects",
                # "Right, because a $12 bottle is going to dissolve twenty years of plaque": a product named
                # by its kind or dose alone, or mocked, in a checker of vitamin K claims, is the vitamin's.
                domain = self.matcher.match_all(unit, STATEMENT, self.matcher.index.domain, always=True)
                if domain.matches:
                    analysis = domain
            if not analysis.matches and not context and stand_in(unit):
                analysis = self._stood_in(unit, analysis)
            elif analysis.matches and not context and self._set_against(unit):
                # "It's absorbed better than the K1 in greens": "it" is not K1, nor vitamin K, which K1 is.
                analysis = self._stood_in(unit, analysis, skip=analysis.subjects)
            if previous and after_question and ADVISED_AGAINST.match(unit) is not None:
                # "Can I skip the vitamin K shot if I had an easy birth? We would not recommend it.": a no.
                flipped = [opposite(m) for m in asked_as]
                matches[len(matches) - len(previous) :] = flipped
                previous = answered = flipped
                continue
            # "Is K2 safe with warfarin? Only if your clinic knows.": the answer states the warning the
            # question asked about; its own words are the condition.
            warned = warned_on_condition(read[-2], unit, previous) if previous and after_question else None
            if warned is not None:
                matches[len(matches) - len(previous) :] = warned
                previous = answered = warned
                continue
            rest = _after_no(unit) if previous and after_question else None
            if rest is not None:
                # "Will K2 cause clots? No, in people not on blood thinners it doesn't push clotting up": the
                # "No" answers the question; what follows gives the reason, or a claim of its own. The
                # statement is about what it asked ("Is K2 the same as K1? No: K1 is mostly about
                # clotting"), unless the answer's claim is advice, which is what the asker is told to do
                # ("Should I stop eating kale on warfarin? No, just eat about the same amount every week").
                own = self.matcher.match_all(rest, STATEMENT, context).matches
                # An asked claim the answer states again in its own words is read from the answer ("Do
                # babies get enough vitamin K from breast milk? No, breast milk is low in it."): its words
                # say more than the question's reading turned round.
                restated = {m.claim.id: m for m in own}
                flipped = [restated.get(m.claim.id) or opposite(m) for m in asked_as]
                matches[len(matches) - len(previous) :] = flipped
                asked_ids = {m.claim.id for m in previous}
                new = [m for m in own if m.claim.id not in asked_ids]
                matches.extend(new)
                answered = new if new and advises(new[0].claim) else flipped or new
                previous = []
                # Read as a whole, the statement is the question and its reason, not a denial of both.
                read[-1] = rest
                continue
            if (
                previous
                and after_question
                and not analysis.matches
                and bare_answer(unit) is False
                and narrows_everyone(read[-2], unit)
            ):
                # "Is K2 safe for everyone? Not for people taking warfarin." (or just "No."): the no takes
                # back the "everyone", not the claim; the group it leaves out may be a claim of its own.
                as_asked = [as_put(m) for m in asked_as]
                asked_ids = {m.claim.id for m in as_asked}
                together = self.matcher.match_all(f"{read[-2]} {unit}", STATEMENT).matches
                narrowed = [m for m in together if m.claim.id not in asked_ids] + as_asked
                matches[len(matches) - len(previous) :] = narrowed
                previous = answered = narrowed
                continue
            reply = REPLY.match(unit) if previous and after_question else None
            if reply is not None:
                # "Are K1 and K2 interchangeable? Not really; they are handled differently.": the answer
                # says no (or yes) to what the question asked, and may say more of its own; a claim the
                # question put, read again in the answer as the question put it, is the one answered.
                previous = asked_as
                put = {(m.claim.id, m.negated) for m in previous}
                found = {m.claim.id for m in analysis.matches}
                no = not reply.group("yes")
                said = [opposite(m) if no and (m.claim.id, m.negated) in put else m for m in analysis.matches]
                answer = [opposite(m) if no else m for m in previous if m.claim.id not in found]
                matches[len(matches) - len(previous) :] = answer + said
                previous = answered = answer + said
                context = analysis.subjects
                continue
            if analysis.matches and previous and not after_question and ruled_false(unit):
                # "Claim: K2 cancels out the heart risk of calcium pills. Verdict: unproven - no trial has
                # tested that": a fact check's rating judges the claim before it, whatever else its reason
                # names (here the heart); the reason's own claims follow.
                flipped = [judged_false(m) for m in previous]
                judged = {m.claim.id for m in previous}
                matches[len(matches) - len(previous) :] = flipped
                matches.extend(m for m in analysis.matches if m.claim.id not in judged)
                previous = answered = flipped
                continue
            if not analysis.matches and previous:
                words = tokens(clean(unit))
                # An answer to the question before: "Can K2 stop muscle loss? Trials so far say no."
                says = bare_answer(unit) if after_question else None
                if not after_question and repeats_denial(unit, previous):
                    # "No health authority has set a daily intake for K2. None. Not one."
                    answered = previous
                    continue
                denied = denies(words, ENGLISH) or (not after_question and failed_try(read[-2], unit))
                mocked = not after_question and mocks(words, ENGLISH)
                if denied or says is False or mocked:
                    # "K2 builds muscle? That's a myth.", "The shot causes cancer? Where's the evidence?"
                    # deny what the sentence before said (the second, an open question, asserts nothing
                    # else); so does "Sure it does." after a statement.
                    flipped = [judged_false(m, mocked and not denied) for m in asked_as]
                    matches[len(matches) - len(previous) :] = flipped
                    previous = answered = flipped
                    continue
                if affirms(words, ENGLISH) or says:
                    matches[len(matches) - len(previous) :] = asked_as
                    previous = answered = asked_as
                    continue
                if after_question:
                    # "Can you take too much K2? For a healthy person, even large amounts aren't known to
                    # cause harm.": an answer that names no claim of its own but reads, with its question, as
                    # the question's claim says how that claim stands.
                    both = {
                        m.claim.id: m for m in self.matcher.match_all(f"{read[-2]} {unit}", STATEMENT).matches
                    }
                    if any(m.claim.id in both for m in previous):
                        # "Is K2 safe with blood thinners? With warfarin, check with your GP first.": an
                        # opposite term only the question asks with denies nothing (``as_put``).
                        answer = [_asked_with(both.get(m.claim.id, m), read[-2], unit) for m in previous]
                        matches[len(matches) - len(previous) :] = answer
                        previous = answered = answer
                        continue
                    if not both and YES_NO.match(read[-2]) is not None:
                        # "Is K2 safe with blood thinners? It depends on which one.": an answer that reads as
                        # no claim even with its question leaves the question open, which puts its claim.
                        as_asked = [as_put(m) for m in previous]
                        matches[len(matches) - len(previous) :] = as_asked
                        previous = as_asked
                        continue
            if asserts_nothing(unit):
                # A keywords line, an open question or a topic headline: its subjects carry on, its
                # claim words assert nothing.
                near.extend((m.claim, m.score) for m in analysis.matches)
                context = analysis.subjects
                previous = []
                continue
            if after_question and previous:
                # "Is too much K2 dangerous? No harm has been seen even at high doses.": the answer, not
                # the question, says what the statement holds about a claim both name.
                answering = {m.claim.id for m in analysis.matches}
                kept = [m for m in previous if m.claim.id not in answering]
                if len(kept) < len(previous):
                    matches[len(matches) - len(previous) :] = kept
                    answered = [m for m in analysis.matches if m.claim.id in {p.claim.id for p in previous}]
            matches.extend(analysis.matches)
            near.extend(analysis.near)
            context = analysis.subjects
            previous = analysis.matches
        if asked and previous and YES_NO.match(read[-1]) is not None:
            # A yes/no question left unanswered puts its claim ("Is there a reliable test for vitamin K
            # status?" asks whether status is hard to measure): an opposite term it asks with denies nothing.
            as_asked = [as_put(m) for m in previous]
            matches[len(matches) - len(previous) :] = as_asked
        if len(units) > 1:
            # A claim can span sentences ("Can't make it to the gym? K2 gives you the gains instead."):
            # the statement read as a whole wins when it finds a more specific claim than any one sentence.
            whole = self.matcher.match_all(" ".join(read), STATEMENT).matches
            found = {m.claim.id for m in matches}
            most = max((len(m.claim.keywords) for m in matches), default=0)
            if whole and whole[0].claim.id not in found and len(whole[0].claim.keywords) > most:
                # "Can K1 and K2 be swapped for each other? Not really; ...": a question neither sentence
                # stated alone, answered no, is the claim read whole, turned round (``_turned_whole``).
                turned = _turned_whole(whole[0], read, given_units)
                best = opposite(whole[0]) if turned else whole[0]
                if asked and not turned and YES_NO.match(read[-1]) is not None:
                    # "I'm on Eliquis. Does vitamin K affect it?": read whole, the statement still ends on
                    # an open yes/no question, which puts its claim (as one sentence would).
                    best = as_put(best)
                matches.insert(0, best)
                return self._result(text, matches)
        if not matches:
            return Result(text, Verdict.NO_MATCH.value, None, suggestions=self._suggest(text, near))
        if len(read) == 1:
            # One sentence: the matcher's order (by rank, then the join's choice) stands.
            return self._result(text, matches)
        first = {m.claim.id for m in answered}
        matches = _last_word(matches, first)
        return self._result(text, sorted(matches, key=lambda m: (m.claim.id not in first, -m.score)))

    @staticmethod
    def _result(text: str, matches: list[Match]) -> Result:
        """The result with ``matches[0]`` as the match and the other distinct claims after it."""
        best = matches[0]
        seen = {best.claim.id}
        others = []
        for m in matches:
            if m.claim.id not in seen:
                seen.add(m.claim.id)
                others.append(m)
        return Result(text, best.verdict, best, tuple(others))

    def _suggest(self, text: str, near: list[tuple[Claim, int]]) -> tuple[tuple[Claim, int], ...]:
        """At most three claims to try instead: the near misses, then the claims related to the best of
        them, then the claims whose phrasings read most like the text. On an equal score a near miss
        comes before a related claim, and that before one found by likeness alone; then the claim id
        (not the order the near misses came in, which may follow the interpreter's hash seed)."""
        by_id: dict[str, tuple[Claim, int]] = {}
        for claim, score in near:
            if claim.id not in by_id or by_id[claim.id][1] < score:
                by_id[claim.id] = (claim, score)
        kind = dict.fromkeys(by_id, 0)

        def ranked() -> list[tuple[Claim, int]]:
            return sorted(by_id.values(), key=lambda s: (-s[1], kind[s[0].id], s[0].id))

        misses = ranked()[:3]
        for suggestion in self._related_to(misses, 3 - len(misses)):
            by_id[suggestion[0].id] = suggestion
            kind[suggestion[0].id] = 1
        if len(by_id) < 3:
            index = self.matcher.index
            for _, similarity, position in process.extract(
                clean(text), index.texts, scorer=fuzz.token_set_ratio, limit=3
            ):
                nearest = index.claims[position]
                if nearest.id not in by_id:
                    by_id[nearest.id] = (nearest, int(similarity * WEIGHTS.closeness_share))
                    kind[nearest.id] = 2
        return tuple(ranked()[:3])

    def _related_to(self, misses: list[tuple[Claim, int]], room: int) -> list[tuple[Claim, int]]:
        """The claims the best near miss names as related, as many as there is room for, each scored a
        share of its score and never above the weakest near miss, so they rank below every near miss."""
        if not misses or room <= 0:
            return []
        best, top = misses[0]
        score = min(int(top * WEIGHTS.related_share), misses[-1][1])
        taken = {claim.id for claim, _ in misses}
        related = [c for c in map(self.db.get, best.related) if c is not None and c.id not in taken]
        return [(claim, score) for claim in related[:room]]

    def check_document(
        self,
        lines: Iterable[str],
        path: str,
        report_all: bool = False,
        notices: list[Notice] | None = None,
        summary: FileSummary | None = None,
        ignores: "Ignores | None" = None,
    ) -> Iterator[Result]:
        """Every claim-bearing sentence of a document, in order, one result per claim it asserts.

        Inline directives (``k2check: ignore ...``) are applied here, with ``ignores`` when the caller
        has prepared one (file-level directives found ahead, ``per-file-ignores``), else a fresh one; a
        suppressed result is left out unless ``report_all``. Directive problems go to ``notices``."""
        from k2check.ignores import Ignores
        from k2check.segment import Suppression, segment

        if ignores is None:
            ignores = Ignores(path, self.db.ids, notices if notices is not None else [])
        layout = Layout(self.matcher.index.implies, self.matcher.index.broad_words)
        thread = Thread()
        setup: tuple[str, int] | None = None
        condition: tuple[str, int] | None = None
        positions = _Positions()
        captions = Captions()
        for given in rows(segment(captions.track(positions.track(ignores.track(lines))))):
            if isinstance(given, Suppression):
                continue  # the directive was read from its raw line by ``ignores``
            unit = unattributed(given)
            if summary is not None:
                summary.sentences += 1
            if unit.line in captions.lines:
                # An image's caption states nothing and is no part of the text's flow (``Captions``).
                if report_all:
                    source = positions.source(path, unit.line, unit.column)
                    yield Result(unit.text, Verdict.NO_MATCH.value, None, source=source)
                continue
            reading = layout.read(unit)
            shown = unit.text
            if (
                unit.kind == "item"
                and PROHIBITION.match(reading.lead) is not None
                and SAYS_ITS_OWN_NO.match(shown) is None
            ):
                # "- cut out green vegetables completely" under "## Don't": the heading's advice is the
                # item's, read in its words; the result shows the item as written.
                unit = unit._replace(text=f"Do not {shown[:1].lower()}{shown[1:]}")
                reading = reading._replace(lead="")
            if not (reading.borrowed or reading.lead or thread.asked) and self._finds_nothing(
                unit.text, reading.question
            ):
                # Nothing to borrow or answer, and no subject named: nothing below can match.
                analysis = NOTHING
            else:
                analysis = self._analyse(unit.text, reading.borrowed, reading.question)
            if reading.question and not analysis.matches and analysis.subjects:
                analysis = self._asked(unit.text, reading.borrowed, analysis)
            if (
                not (analysis.matches or analysis.subjects or reading.quiet)
                and layout.page.isdisjoint(_THINNERS)
                and _lists_bleeding_signs(unit.text)
            ):
                # "Signs include easy bruising, nosebleeds and heavy periods": the deficiency's signs. On a
                # page about a blood thinner they are the drug's ("call the clinic if you notice ...").
                analysis = self._analyse(unit.text, self.matcher.index.domain, False)
            if reading.paired:
                paired = self._analyse(reading.paired, reading.borrowed, reading.question)
                if paired.matches:
                    analysis = paired
            if (
                (unit.kind == "item" or (unit.kind == "sentence" and not layout.page.isdisjoint(_PAGE_DRUGS)))
                and not analysis.matches
                and not reading.quiet
                and analysis.subjects
                and not (
                    analysis.subjects.isdisjoint(layout.page)
                    and analysis.subjects.isdisjoint(self.matcher.index.domain)
                    and layout.page.isdisjoint(_PAGE_DRUGS)
                )
                and not layout.page <= analysis.subjects
            ):
                analysis = self._on_the_page(unit.text, layout.page, analysis)
            if (
                not (analysis.matches or reading.quiet)
                and analysis.subjects
                and analysis.subjects <= _THINNERS
                and not layout.page.isdisjoint(self.matcher.index.domain)
                and CONSULT.search(unit.text) is not None
            ):
                # "If you're on warfarin, check with your clinic before you order" on a K2 product page: the
                # advice is about what the page sells.
                analysis = self._on_the_page(unit.text, layout.page, analysis)
            if analysis.matches and not reading.quiet:
                analysis = self._rejected_on_the_page(unit.text, layout, analysis)
            answered_row = self._question_row(unit.text, analysis) if unit.kind == "row" else None
            if answered_row is not None:
                analysis = answered_row
            elif reading.columns:
                analysis = self._by_column(reading.columns, unit.text, analysis)
            if reading.lead:
                analysis = self._read_with(reading, unit, analysis)
            if unit.kind == "row" and analysis.matches and _low_row(unit.text):
                kept = [m for m in analysis.matches if not _of_abundance(m.claim)]
                analysis = analysis._replace(matches=kept)
            if unit.kind == "row" and any(m.negated for m in analysis.matches):
                analysis = analysis._replace(matches=[_in_its_cell(unit.text, m) for m in analysis.matches])
            if not reading.quiet and reading.points_back and reading.borrowed:
                if self._set_against(unit.text):
                    # "It stays in the blood far longer than K1": the subject named after "than" is the
                    # other side; the one "It" stands for goes in its place, not after the sentence.
                    analysis = self._set_against_antecedent(unit.text, reading.borrowed, analysis)
                elif not analysis.matches:
                    analysis = self._with_antecedent(unit.text, reading.borrowed) or analysis
            if (
                not analysis.matches
                and thread.bare_question is not None
                and unit.line <= thread.bare_question[1] + 2
                and LEFT_OUT_GROUP.match(unit.text) is not None
            ):
                # "**Is K2 safe?**" / "Not for people on warfarin.": a question too short to name a claim,
                # answered by leaving a group out, is read with its answer, as the two are read as one
                # statement.
                joined = f"{thread.bare_question[0]} {unit.text}"
                analysis = analysis._replace(matches=self.matcher.match_all(joined, STATEMENT).matches)
            # Most units find no question or myth open: they only judge or record what was said.
            if thread.asked or thread.myth or reading.question:
                analysis = thread.answer(unit, reading, analysis)
            elif unit.kind == "heading":
                thread.heading(unit.text, analysis)
            elif analysis.matches:
                if not reading.furniture:
                    thread.say(analysis.matches, unit.text)
            elif thread.said and not reading.quiet:
                analysis = thread.judge(unit.text, analysis)
                thread.pass_by(analysis, unit.kind == "sentence")
            if (
                not analysis.matches
                and thread.said
                and not reading.quiet
                and hints(unit.text, SAME_HINTS)
                and SAME.search(unit.text) is not None
            ):
                analysis = self._same(thread, unit.text, analysis)
            if condition and condition[1] == unit.line and not reading.quiet:
                analysis = self._on_condition(condition[0], unit.text, reading.borrowed, analysis)
            # A short question that names a reader's condition and states nothing ("On warfarin?", "Taking
            # calcium tablets?") sets up the advice after it on its line.
            asks_nothing = reading.question and not analysis.matches and analysis.subjects
            condition = (unit.text, unit.line) if asks_nothing and _names_a_condition(unit.text) else None
            # A sentence (not a label: it ends as one) that names a subject and states nothing may set up
            # the finding of the next one.
            sentence = unit.kind == "sentence" and not reading.quiet and unit.text[-1] in ".!"
            if setup and sentence and not analysis.matches:
                analysis = self._finding(setup, unit, analysis)
            setup = (
                (unit.text, unit.line) if sentence and analysis.subjects and not analysis.matches else None
            )
            layout.after(unit, reading, analysis.subjects, bool(analysis.matches))
            # A breadcrumb trail names the page's subjects (above) and claims nothing; only a unit with a
            # result is asked.
            quiet = reading.quiet or (bool(analysis.matches) and breadcrumb(unit.text))
            matches = [] if quiet else analysis.matches
            if unit.kind == "heading" and thread.named_myth:
                # "## Myth #3: K2 thickens your blood": the page states the claim, denied.
                matches = thread.named_myth
            if not matches and not report_all:
                continue
            # Only a unit that gives a result needs its place in the document.
            source = positions.source(path, unit.line, unit.column)
            if not matches:
                yield Result(shown, Verdict.NO_MATCH.value, None, source=source)
                continue
            for match in matches:
                result = ignores.apply(Result(shown, match.verdict, match, source=source))
                if result.suppressed is not None and not report_all:
                    continue
                if summary is not None and result.suppressed is None:
                    summary.claims += 1
                    summary.verdicts[match.verdict] += 1
                yield result
        ignores.finish()

    def _on_the_page(self, text: str, page: frozenset[str], alone: Analysis) -> Analysis:
        """A list item that names part of what the page is about and states nothing, read with the rest of
        it ("- DON'T cut out salads and greens because you are worried about vitamin K" on a warfarin
        leaflet). Items, and the sentences of a page about a drug (_PAGE_DRUGS): on the development pages,
        every sentence read so found as many silent lines as claims. Only units that name the vitamin or
        something the page is about ("- Why vitamin D pills failed to prevent fractures" under "Read more"
        on a K2 page is about something else); on a drug's page, whatever they name ("You don't need to
        give up greens" on a warfarin leaflet)."""
        read = self._analyse(text, page, True)
        return alone._replace(matches=read.matches) if read.matches else alone

    def _rejected_on_the_page(self, text: str, layout: Layout, alone: Analysis) -> Analysis:
        """The claims that a claim the unit states rejects in its own words (``Claim.denies``), found when
        the unit is read with the subjects of the page, the section and the sentence before: "You don't
        have to give up your greens; just keep the amount steady" on a warfarin leaflet states steady intake
        and denies that its readers must give up greens, though it never names warfarin."""
        # Most claims reject none: the unit's matches settle it before any set of subjects is built.
        rejected = {c for m in alone.matches if not m.negated for c in m.claim.denies}
        if not rejected:
            return alone
        rejected -= {m.claim.id for m in alone.matches}
        around = layout.page | layout.section | layout.context
        if not rejected or around <= alone.subjects:
            return alone
        # Read as ``_with_antecedent`` reads a unit that names subjects of its own (borrowed subjects serve
        # only a unit that names none), which also tells --explain what the line borrowed.
        read = self._with_antecedent(text, around)
        new = [m for m in read.matches if m.claim.id in rejected and m.negated] if read else []
        return alone._replace(matches=[*alone.matches, *new]) if new else alone

    def _asked(self, text: str, borrowed: frozenset[str], alone: Analysis) -> Analysis:
        """What a question asks that a page's line would not be read as stating ("Can I take K2 if I am on
        a blood thinner?"): read as a statement is, for the answer after it ("Not without speaking to your
        doctor first."). A question asserts nothing itself, so nothing it asks is reported at its line."""
        asked = self.matcher.match_all(text, STATEMENT, borrowed, always=True)
        if not asked.matches:
            # The keyword groups' claims, where the second opinion read the question as stating none.
            asked = self.matcher.match_all(text, ASKED, borrowed, always=True)
        return alone._replace(matches=asked.matches) if asked.matches else alone

    def _read_with(self, reading: Reading, unit: "Sentence", alone: Analysis) -> Analysis:
        """The unit's claims, adding those it states when read after its heading or lead-in (a table
        row under its header, "Egg yolks" under "Sources of vitamin K2"). A heading that states a claim by
        itself is a headline ("Daily K2 pill eased artery stiffness, trial finds"), not a label: the units
        under it are read alone. A claim the lead-in states is its own, reported at its line."""
        lead, borrowed, text = reading.lead, reading.lead_borrowed, unit.text
        if _repeats_its_lead(lead, text) or _priced(text):
            return alone
        # The heading is read with what the unit names when it names nothing ("It strengthens your bones").
        stated = self._analyse(lead, borrowed or alone.subjects, False).matches
        if stated and reading.under_heading:
            return alone
        found = {m.claim.id for m in alone.matches} | {m.claim.id for m in stated}
        read = [
            m._replace(explanation=m.explanation._replace(read_with=lead))
            for m in self._analyse(f"{lead}: {text}", borrowed, False).matches
        ]
        added = [m for m in read if m.claim.id not in found]
        # A lead that denies what it introduces ("There is no good evidence that K2 helps with:", "What K2
        # can't do") denies an item under it that says no more than its claim ("building muscle"). A table's
        # rows have their own cells for that. An item whose own negation words a rule weighed ("Never start
        # K2 on warfarin without talking to your team") says more than its claim: it keeps its reading.
        denied = {m.claim.id: m for m in read if m.negated and unit.kind == "item"}
        bare = [
            denied.get(m.claim.id, m) if not m.negated and not _negation_weighed(m.explanation) else m
            for m in alone.matches
        ]
        if not added and bare == alone.matches:
            return alone
        return alone._replace(matches=bare + added)

    def _on_condition(self, condition: str, text: str, borrowed: frozenset[str], alone: Analysis) -> Analysis:
        """Advice after a question that names the reader's condition ("On warfarin? Check with your clinic
        before starting any K2 product", "Taking warfarin? Speak to your doctor before you try K2."): the
        claims the two state read together, added to the unit's own."""
        found = {m.claim.id for m in alone.matches}
        joined = self._analyse(f"{condition} {text}", borrowed, False).matches
        added = [m for m in joined if m.claim.id not in found]
        return alone._replace(matches=alone.matches + added) if added else alone

    def _finding(self, setup: tuple[str, int], unit: "Sentence", alone: Analysis) -> Analysis:
        """A sentence of a paragraph that gives the finding of a study the sentence before set up
        ("Studies looked at K2 and fractures. They found fewer breaks.", "Researchers gave MK-7 to older
        women for three years. The women lost less bone than those on placebo."): the claims the two
        state read together."""
        text, line = setup
        if unit.line > line + 1 or not hints(unit.text, FINDINGS):
            return alone
        joined = self._analyse(f"{text} {unit.text}", NO_SUBJECTS, False).matches
        return alone._replace(matches=joined) if joined else alone

    def _same(self, thread: Thread, text: str, alone: Analysis) -> Analysis:
        """A sentence that says its finding matches the one before ("A trial found MK-7 cut night cramps in
        older adults. Earlier work in people on dialysis pointed the same way."): the claims the two read
        together state that the one before does not."""
        before = {m.claim.id for m in thread.said}
        joined = self._analyse(f"{thread.said_text} {text}", NO_SUBJECTS, False).matches
        new = [m for m in joined if m.claim.id not in before]
        return alone._replace(matches=new) if new else alone

    def _question_row(self, row: str, whole: Analysis) -> Analysis | None:
        """A row of a question-and-answer table ("| Should I stop eating kale on warfarin? | No, keep your
        intake steady. |"): the answer cell answers the question cell, as in a statement of the two. None
        for any other row."""
        cells = row.split(" | ")
        if len(cells) != 2 or not cells[0].rstrip().endswith("?") or not cells[1].strip():
            return None
        result = self.check_statement(f"{cells[0].strip()} {cells[1].strip()}")
        if result.match is None:
            return whole._replace(matches=[])
        return whole._replace(matches=[result.match, *result.other_matches])

    def _by_column(self, columns: tuple[str, ...], row: str, whole: Analysis) -> Analysis:
        """A row of a table whose columns name what they are about ("| MK-7 | MK-4 | K1 |"): each cell
        read as said of its column's subject under its row's label ("Half-life | About 3 days | A few
        hours" -> "MK-7 Half-life About 3 days"), so that a claim is found in the column that states it
        and a "No" or "None" in another column does not deny it. Claims of the row read whole that no
        cell states are kept."""
        cells = row.split(" | ")
        if len(cells) != len(columns) or len(cells) < 2:
            return whole
        myths = _myth_columns(columns)
        if any(myths):
            return self._myths_and_facts(cells, myths, whole)
        # The row's label is its first cell with a word in it: a leading rank or number column ("| 3 | Gouda,
        # aged | 1 oz | ~20 |" under "| Rank | Food | Serving | Vitamin K2 (mcg) |") names nothing.
        first = next((i for i, cell in enumerate(cells[:-1]) if any(c.isalpha() for c in cell)), 0)
        label = cells[first]
        readings: list[str] = []
        for column, cell in zip(columns[first + 1 :], cells[first + 1 :], strict=True):
            name = COLUMN_NAME.split(column, 1)[0].strip()
            if not cell:
                continue
            if name and not self._finds_nothing(name, False):
                # Joined by a space: a dash would set the cell apart as a clause of its own.
                readings.append(f"{name} {label} {CELL_MARKS.get(cell.lower(), cell)}")
                if label and AMOUNT.search(cell) is not None:
                    # An amount under a nutrient's column ("| Kale, cooked | about 530 |" under "Vitamin K
                    # (mcg)"): the thing contains it.
                    readings.append(f"{label} contains {name}")
                elif label and (level := CELL_LEVELS.get(cell.lower())) is not None:
                    # A level in words under a nutrient's column ("| Spinach | None |", "| Gouda | Moderate |"
                    # under "K2 per serving"): the thing holds that much of it.
                    readings.append(f"{label} contains {level} {PER_AMOUNT.split(name, 1)[0].strip()}")
            elif label and not self._finds_nothing(cell, False):
                # A nutrient named in the cell ("| Gouda | 1 oz | K2 |" under "Form"): the thing contains it.
                readings.append(f"{label} contains {cell}")
        found: dict[str, Match] = {}
        for text in readings:
            for match in self._analyse(text, NO_SUBJECTS, False).matches:
                found.setdefault(match.claim.id, match)
        if not found:
            return whole
        kept = [m for m in whole.matches if m.claim.id not in found]
        return whole._replace(matches=[*found.values(), *kept])

    def _myths_and_facts(self, cells: list[str], myths: tuple[bool, ...], whole: Analysis) -> Analysis:
        """A row of a myth-and-fact table ("| Spinach and kale are great sources of K2 | Greens are packed
        with K1 |" under "| Myth | Fact |"): each cell read alone, the claims of a myth's cell denied
        (turned round: a myth that denies a claim states it), those of the others as they read. A claim
        found in both keeps the reading of the fact's cell, the page's own word ("Spinach and kale are
        great sources of K2" | "Greens are packed with K1": the greens' vitamin K stated, their K2 denied)."""
        found: dict[str, Match] = {}
        for cell, myth in sorted(zip(cells, myths, strict=True), key=lambda pair: pair[1]):
            if not cell or self._finds_nothing(cell, False):
                continue
            for match in self._analyse(cell, NO_SUBJECTS, False).matches:
                found.setdefault(match.claim.id, opposite(match) if myth else match)
        return whole._replace(matches=list(found.values())) if found else whole

    def _set_against_antecedent(self, text: str, borrowed: frozenset[str], alone: Analysis) -> Analysis:
        """A unit that opens with a stand-in and names another subject only to set it against it ("It
        reaches bone more easily than K1 does" after a sentence about MK-7): the claims it states with the
        stand-in read as the subject it points back to join those it states of the other. The narrowest
        subject first: after "MK-7 is the best form of K2", "It" is MK-7."""
        seen = {m.claim.id for m in alone.matches}
        implies = self.matcher.index.implies
        for word in sorted(borrowed - alone.subjects, key=lambda w: (-len(implies.get(w, ())), w)):
            read = self.matcher.match_all(text, DOCUMENT, stands_for=word)
            new = [m for m in read.matches if m.claim.id not in seen]
            if new:
                return alone._replace(matches=[*alone.matches, *new])
        return alone

    def _with_antecedent(self, text: str, borrowed: frozenset[str]) -> Analysis | None:
        """A unit that points back and names another subject of its own ("And if you are on warfarin,
        ask your doctor first" after a sentence about K2), read with the subject it points back to."""
        analysis = self._analyse(f"{text} ({', '.join(sorted(borrowed))})", borrowed, False)
        if not analysis.matches:
            return None
        matches = [
            m._replace(explanation=m.explanation._replace(borrowed=tuple(sorted(borrowed))))
            for m in analysis.matches
        ]
        return analysis._replace(matches=matches)


class _Positions:
    """Maps line numbers back to the document's when the reader passed an over-long line in Pieces.

    ``segment`` counts every item as a line; an item that continues a Piece is remembered with the
    document line and the column it starts at (one entry per 4 MiB, so memory stays bounded)."""

    __slots__ = ("pieces", "places")

    def __init__(self) -> None:
        self.pieces: list[int] = []
        self.places: list[tuple[int, int]] = []

    def track(self, lines: Iterable[str]) -> Iterator[str]:
        line = 1
        column = 0
        for piece, text in enumerate(lines, 1):
            if column:
                self.pieces.append(piece)
                self.places.append((line, column))
            yield text
            if isinstance(text, Piece):
                column += len(text)
            else:
                line += 1
                column = 0

    def source(self, path: str, line: int, column: int) -> Source:
        i = bisect_right(self.pieces, line) - 1
        if i < 0:
            return Source(path, line, column)
        first = self.pieces[i]
        real, offset = self.places[i]
        return Source(path, real + line - first, column + offset if line == first else column)
