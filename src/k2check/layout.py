"""How a document's layout gives each unit its context: what a unit borrows from the sentence before, the
heading or table header above, the question it answers or the page itself, and only when it points back.

``Layout.read`` decides, for one unit, whether it asserts anything, which subjects it borrows and which
heading it may be read with; ``Layout.after`` records what the unit named, for the units after it. The
checking core (``check.Checker.check_document``) does the matching."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, NamedTuple

from k2check.furniture import asserts_nothing
from k2check.lang import PhraseTable
from k2check.lang.en import ENGLISH
from k2check.lazyre import LazyPattern
from k2check.matcher import OTHER_SUBSTANCES
from k2check.normalize import clean, first_token, stem, tokens

if TYPE_CHECKING:
    from k2check.segment import Sentence, Suppression

# In a document, a sentence borrows the previous sentence's subject only when it points back to it
# ("It is also toxic at high doses"); elsewhere a new paragraph may be about anything.
ANAPHOR = LazyPattern(
    r"\W*(?:(?:yes|no|nope)\W+)?(?:it|its|it's|this|these|they|that|those|such|both|also|plus|and"
    r"|the (?:two|vitamin|supplement|nutrient|product|formula|capsules?))\b",
    re.I,
)
# A question asked in reported speech asserts nothing either, and the next sentence may answer it
# ("Patients often ask whether K2 can treat varicose veins. There is no good evidence that it does.").
INDIRECT_QUESTION = LazyPattern(
    r"\b(?=[aw])(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|want to know|wants to know)\s+"
    r"(?:\w+\s+){0,2}?(?:whether|if)\b",
    re.I,
)
# A line with no closing punctuation that opens with an auxiliary before its subject asks, as forum posts
# do without a question mark ("Is this legit or just the latest fad", "Does anyone take K2 with warfarin").
BARE_QUESTION = LazyPattern(
    r"(?:is|are|does|do|did|can|could|should|would|will|has|have|was|were)\s+"
    r"(?:this|that|it|they|there|anyone|anybody|someone|somebody|you|i|we|k2|vitamin|my|your)\b",
    re.I,
)
BARE_QUESTION_STARTS = frozenset("IiAaDdCcSsWwHh")
# Who a forum reply quotes, before the words it quotes ("Quote from GymRatGazza: MK-4 is the better form",
# "> pill_fan wrote: K2 causes clots", "Originally posted by Bev: ..."): the quoted words are read alone.
ATTRIBUTION = LazyPattern(
    r"\W*(?:(?:quote from|quoting|originally posted by|in reply to)\s+[^:\s]{1,40}"
    r"|[^\s:]{1,40}\s+(?:wrote|said|posted))\s*:\s*(?=\w)",
    re.I,
)


def unattributed(unit: Sentence) -> Sentence:
    """The unit without the attribution of a quoted post before its words, at their column.

    >>> from k2check.segment import Sentence
    >>> unattributed(Sentence("Quote from Dan: K2 builds muscle", 3, 1, "sentence")).text
    'K2 builds muscle'
    >>> unattributed(Sentence("Note: K2 builds muscle", 3, 1, "sentence")).text
    'Note: K2 builds muscle'
    """
    text = unit.text
    if ":" not in text[:60]:
        return unit
    found = ATTRIBUTION.match(text)
    if found is None:
        return unit
    return unit._replace(text=text[found.end() :], column=unit.column + found.end())


# A tag question asks only for agreement with what it asserts ("Vitamin K thickens your blood as well,
# doesn't it?", "K2 is the one for bones, right?"): it is read as the statement it tags.
# Matched against the line's last TAG_TAIL characters only: a pattern run over the whole line backtracked
# cubically on a long line of commas ending in "?" (a 24 KB line took 16 s).
TAG_QUESTION = LazyPattern(
    r",\s*(?:(?:isn't|doesn't|don't|aren't|wasn't|didn't|won't|can't|shouldn't|hasn't|haven't)"
    r"\s+(?:it|they|he|she|you|we|there|that|i)|right|yeah|no)\s*\?\W*$",
    re.I,
)
TAG_TAIL = 80
_WORD = LazyPattern(r"\w")


def tag_question(text: str) -> bool:
    """Whether the line ends in a tag question after a statement of its own.

    >>> [tag_question(t) for t in ("K2 thickens blood, doesn't it?", "Is K2 safe?", ", right?")]
    [True, False, False]
    """
    tail_at = max(0, len(text) - TAG_TAIL)
    found = TAG_QUESTION.compiled.search(text, tail_at)
    return found is not None and _WORD.compiled.search(text, 0, found.start()) is not None


QUESTION_LABEL = LazyPattern(r"\W*(?:Q|Question)\s*\d*\s*[.:)]\s", re.I)
# ... and the label of an answer ("A: No.", on the question's own line as well: "**Q: Can I take K2 on
# warfarin?** A: Not without ...").
ANSWER_LABEL = LazyPattern(r"\W*(?:a|ans|answer)\s*\d*\s*[.:)]\s+", re.I)
# A product named by pointing at it ("Do not use this product if ...") is the one the page is about.
THE_PRODUCT = LazyPattern(
    r"\b(?:this|our) (?:product|formula|softgels?|capsules?|tablets?|drops|supplement)"
    r"|\bthese (?:products|softgels|capsules|tablets|drops)\b",
    re.I,
)
# Furniture tests that read a text as a title: a table row is never one.
_TITLE_TESTS = frozenset({"verbless_title", "topic_headline", "pair_headline", "named_term"})
# The heads of a page's table of contents: its entries are the lines under it, up to a blank line (a copied
# page's headings in sentence case are no titles, and would leave the whole article read as contents).
_CONTENTS_HEADS = (
    r"table of contents|in this (?:article|guide|post|page)|on this page|jump to|quick links"
    r"|what(?:'s| is) (?:in|on) this (?:article|guide|post|page)"
)
# A heading over a reference or link list, or over the page's own table of contents: what follows names
# claims in titles and asserts none of them ("## In this article" / "1. Why K2 matters for bones").
REFERENCES = LazyPattern(
    r"\W*(?:references?|bibliography|citations|works cited|footnotes|sources(?: cited)?|studies cited"
    r"|further reading|recommended reading|learn more|read more|more information|resources|useful links"
    r"|external links|see also|related (?:articles|links|reading|posts|pages|topics)"
    rf"|{_CONTENTS_HEADS})\W*$",
    re.I,
)
CONTENTS = LazyPattern(rf"\W*(?:{_CONTENTS_HEADS})\W*$", re.I)
# "Sources" alone heads a reference list on most pages, and the food sources on a nutrient's page ("##
# Sources" / "Natto ... is by far the richest known food source of K2.[4]"): under it a prose sentence
# that cites nothing (``CITES``) is the page's own text.
SOURCES_ONLY = LazyPattern(r"\W*sources\W*$", re.I)
# What a reference entry has and a sentence of an article has not: authors, a year, a DOI or a link.
CITES = LazyPattern(r"\bet al\b|\b(?:19|20)\d\d\b|\bdoi\b|https?:|www\.|\bpmid\b|\bvol\.|\bpp?\.\s*\d", re.I)
# A sentence that ends as prose does, perhaps before its note marks ("... of K2.[4]", "... intake.¹").
_PROSE_END = LazyPattern(r".*\w.*[.!?][\"'”’)]*(?:\s*\[\d+(?:[,–-]\s*\d+)*\]|[¹²³⁴-⁹⁰]+)*\s*$")


def _own_text(text: str) -> bool:
    """Whether a sentence under a bare "Sources" heading is the page's own prose, not a reference entry.

    >>> _own_text("Natto, a fermented soybean dish, is by far the richest known food source of K2.[4]")
    True
    >>> _own_text("Tan J et al. Vitamin K2 in managing nocturnal leg cramps. JAMA Intern Med. 2024.")
    False
    >>> _own_text("NIH Office of Dietary Supplements. Vitamin K: fact sheet")
    False
    """
    # Its end is read from its last characters: the pattern costs time in the square of what it reads.
    return len(text.split()) >= 6 and _PROSE_END.match(text[-200:]) is not None and CITES.search(text) is None


# A plural pointer at the start of a sentence ("Together they ...", "Both are ...", "The pair ...") after a
# sentence that names two nutrients stands for the two of them: "Vitamin D3 helps you absorb calcium and K2
# sends it to the bones. Together they build denser bones than D3 alone." is read as "Together D3 and K2
# build ...", so that the claims about the pair find both names.
# "Both" and "the two" point back only as the subject: a plural noun after them ("Both studies ...") or a
# name ("Both K2 and D3 ...") is their own. A plural subject's verb does not end in "s".
PAIR = LazyPattern(
    r"\W*(?:(?:together|combined|jointly|in combination|taken together|used together),?\s+"
    r"(?P<they>they)\b"
    r"|(?P<pointer>(?:both|the two)(?: of them| vitamins| nutrients| together)?"
    r"|(?:the|this|that) (?:pair|combination|combo|duo))\b(?!\s+\w+s\b|\s+(?-i:[A-Z0-9])))",
    re.I,
)
PAIR_STARTS = frozenset("TtBbCcJjIiUu")
# At most this many words make a line without closing punctuation a label that borrows its section's subject.
LABEL_WORDS = 14
# A pronoun later in the sentence points back too ("Do not take it if you are on warfarin").
# The look-ahead lists the letters its words start with, so that a search passes over every other word
# without trying each alternative on it (tests/test_speedups.py keeps the list complete); likewise in
# INDIRECT_QUESTION.
POINTS_BACK = LazyPattern(
    r"\b(?=[abeinostuv])(?:it|them|theirs|ours|(?:this|the) (?:vitamin|supplement|nutrient)|these supplements"
    r"|(?:take|taking|try|trying|use|using|start|starting|buy|buying) (?:one|some|any)"
    r"|(?:one|some|any|all|each|either|neither|none) of (?:these|those|them))\b",
    re.I,
)


# A food that has "some" or "smaller amounts" of the nutrient the sentence before named, the amount ending its
# clause: "Hard cheeses, egg yolks and liver have some too", "... and chicken liver supply smaller amounts.";
# a source of it, or the first of its sources, with the nutrient left out ("Natto is by far the richest
# source.", "Natto beats every other food by a mile").
AMOUNT_BACK = LazyPattern(
    r"\b(?:(?:has|have|contain|contains|provide|provides|supply|supplies|offer|offers|add|adds|give|gives"
    r"|carry|carries|deliver|delivers) (?:some|a little|a bit|(?:much |far )?(?:smaller|lower|lesser|modest"
    r"|small|decent|useful|good) amounts?)"
    r"|(?:richest|best|top|main|biggest|good|great|excellent|rich|major|decent|useful|other) sources?)"
    r"(?: (?:too|as well|also|more|less|by far|by a mile))?(?=\s*(?:[,.;:!)]|$))"
    # A food ranked first with nothing named to rank it by: "Natto leads the list by a mile", "nothing else
    # comes close", "in a class of its own".
    r"|\b(?:by (?:a |far |a country )?mile|by a (?:wide|long|huge|big) margin"
    r"|nothing else (?:even )?comes? close|(?:beats|tops|trumps) every"
    r"|(?:tops|leads) the (?:list|chart|charts|pack|field|table)|far ahead of"
    r"|in a class of its own|far above every|blows everything|than any other (?:food|source|dish)"
    r"|every other food)\b",
    re.I,
)


def amount_back(text: str) -> bool:
    """Whether the sentence gives an amount of something named before it ("Egg yolks have some too").

    >>> amount_back("Hard cheeses, egg yolks and liver have some too, just much less.")
    True
    >>> amount_back("Natto, the fermented soybean dish, is by far the richest source.")
    True
    >>> amount_back("Natto leads the list by a mile, with liver and egg yolks well behind.")
    True
    >>> amount_back("Foods that contain some K2"), amount_back("Eat it with a meal that has some fat.")
    (False, False)
    """
    return AMOUNT_BACK.search(text) is not None


# The same pattern for lower-cased ASCII text: matching without re.I costs a third less, and lower-casing
# ASCII keeps every offset and word boundary, so the pointers found are the same.
_POINTS_BACK_LOWER = LazyPattern(POINTS_BACK.pattern)


def _pointers(text: str) -> Iterator[re.Match[str]]:
    """POINTS_BACK's matches in the text (lower-cased when the text is ASCII)."""
    if text.isascii():
        return _POINTS_BACK_LOWER.finditer(text.lower())
    return POINTS_BACK.finditer(text)


_PRONOUNS = frozenset({"it", "its", "them"})
_NON_WORD = LazyPattern(r"\W+")


def _bare_pronoun(hit: str) -> bool:
    """Whether a pointer ends in a bare pronoun ("it", "Yes, it", "them"), not a phrase ("this vitamin")."""
    return _NON_WORD.split(hit.strip())[-1].lower() in _PRONOUNS


def refers_back(text: str) -> bool:
    """Whether the sentence points back to a subject named before it ("It also keeps calcium out of the
    arteries", "Take them with a meal"). An "it" that stands for nothing ("it is important that ...",
    "the researchers say it ...") or for a nutrient named before it in the sentence does not point back,
    and neither does a "them" after a plural noun of the sentence ("Eat fermented foods if you like them")."""
    # Any pointer but a bare pronoun settles it; a bare pronoun needs the words around it.
    pronoun = False
    if (opening := ANAPHOR.match(text)) is not None:
        if not _bare_pronoun(opening.group(0)):
            return True
        pronoun = True
    for found in _pointers(text):
        if not _bare_pronoun(found.group(0)):
            return True
        pronoun = True
    if not pronoun:
        return False
    words = tokens(clean(text))
    for i, word in enumerate(words):
        if word in {"it", "its"}:
            if not _dummy(words, i) and not _named_before(words, i):
                return True
        elif word == "them" and not any(_plural(w) for w in words[: i - 1]):  # not its verb: "uses them"
            return True
    return False


_NOT_STAND_IN = frozenset(ENGLISH.not_stand_in)
_NOT_STAND_IN_SIZES = sorted({len(phrase) for phrase in ENGLISH.not_stand_in})
_STAND_INS = PhraseTable(ENGLISH.stand_ins)


def _own_substances(words: list[str], end: int | None = None) -> Iterator[int]:
    """Where (before ``end``) the sentence names another nutrient or drug as a thing of its own; one named
    beside the subject ("Along with vitamin D, it helps ...", "Unlike K1, it ...") does not count."""
    return (i for i in OTHER_SUBSTANCES.starts(words, end) if i == 0 or words[i - 1] not in ENGLISH.beside)


def _dummy(words: list[str], at: int) -> bool:
    """Whether the pronoun at ``at`` is part of a phrase where it stands for nothing ("it is important")."""
    return any(
        tuple(words[start : start + size]) in _NOT_STAND_IN
        for size in _NOT_STAND_IN_SIZES
        for start in range(max(0, at - size + 1), at + 1)
    )


def _named_before(words: list[str], at: int) -> bool:
    """Whether another nutrient or drug is named as a thing of its own before position ``at``."""
    return next(_own_substances(words, at), None) is not None


def _plural(word: str) -> bool:
    """A plural noun, roughly: "foods", "supplements" (and some verbs: "makes")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in ENGLISH.stopwords
    )


def _two_pronouns(text: str) -> bool:
    """Whether the sentence uses both a plural pronoun and "it": two things named elsewhere."""
    words = set(tokens(clean(text)))
    return not words.isdisjoint(("they", "them", "their")) and not words.isdisjoint(("it", "its"))


# Verbs of buying or taking, and the words after them that stand for the product a review is about.
_TAKEN = frozenset({"bought", "buy", "took", "take", "taking", "tried", "try", "ordered", "started", "using"})
_THE_PRODUCT = frozenset({"this", "these", "them"})


# Taking the product a page sells or reviews, named by a pointer ("Took IT for 18 months", "after two months
# ON THIS", "since I began taking it", "take ONE softgel a day").
USES_IT = LazyPattern(
    r"\b(?:(?:took|take|takes|taking|tried|started|began|begun|using|used|bought|ordered)"
    r"(?: taking| using)? (?:it|this|these|them|one)"
    # "on this" is the product's only when no noun follows ("on this page" is not).
    r"|on (?:it|them|these|this(?=[,.;!]| (?:it|they|and|for|i|my|now|since)\b)))\b",
    re.I,
)


def uses_it(text: str) -> bool:
    """Whether the sentence takes or uses something it only points at: on a product page, its product.

    >>> uses_it("I was getting calf cramps most nights; after two months on this it's down to one.")
    True
    >>> uses_it("You have started taking warfarin, or you asked about food while taking it.")
    False
    """
    if USES_IT.search(text) is None or ANAPHOR.match(text) is not None:
        return False
    # A review says "I", a label's directions give the dose; a sentence to "you" ("You have started taking
    # warfarin, or asked about food while taking it") points at what it names.
    words = tokens(clean(text))
    return {"you", "your"}.isdisjoint(words) and _other_substance(words) is None


def points_elsewhere(text: str) -> str | None:
    """How a sentence shows that its subject is named elsewhere: "start" when it opens with a pronoun or
    modal ("It may also help ...") or the verb of a product bullet ("Supports healthy bones"),
    "pronoun" when a pronoun stands for it later on ("In older adults it appears to reduce cramps"),
    "shortage" when it names a shortage of no nutrient ("Severe deficiency shows up as bleeding gums")."""
    if opens_pointing(text):
        return "start"
    words = tokens(clean(text[:200]))
    if {"it", "its"}.isdisjoint(words):
        # "Bought this for my night cramps ...", "Took these for a year": a review's product, named on its
        # page, not in the sentence.
        if any(w in _TAKEN and words[i + 1] in _THE_PRODUCT for i, w in enumerate(words[:-1])):
            return None if _other_substance(words) is not None else "pronoun"
        if not ENGLISH.shortages.isdisjoint(words) and _other_substance(words) is None:
            return "shortage"
        return None
    other = _other_substance(words)
    # "Magnesium is great for sleep and it eases cramps": the pronoun stands for what was just named.
    return (
        "pronoun"
        if other is None or other > min(words.index(w) for w in ("it", "its") if w in words)
        else None
    )


# The first whitespace-delimited chunk of a text, and the first token cleaning it gives: cleaning works
# within a chunk (case, Unicode forms, contractions, hashtags, glued units), so a chunk that has a
# whitespace after it gives the text's first token alone. Texts open with few distinct chunks ("The",
# "It", "K2"), so each is cleaned once per run; at most OPENINGS_KEPT are kept.
_CHUNK = LazyPattern(r"\s*(\S+)")
_OPENINGS: dict[str, str | None] = {}
OPENINGS_KEPT = 4096


def _opening(text: str) -> str | None:
    """The text's first token, from its first chunk when that settles it, else ``""`` (not known)."""
    found = _CHUNK.match(text)
    if found is None or found.end() >= min(len(text), 200):
        return ""  # one chunk, or one running past where opens_pointing reads: not settled by a chunk
    chunk = found.group(1)
    if chunk in _OPENINGS:
        return _OPENINGS[chunk]
    if len(_OPENINGS) >= OPENINGS_KEPT:
        _OPENINGS.clear()
    first = _OPENINGS[chunk] = first_token(clean(chunk))
    return first


@functools.lru_cache(maxsize=OPENINGS_KEPT)
def _pointing_word(first: str) -> bool:
    """Whether a sentence that opens with this token points back: a pronoun or modal, or the verb of a
    product bullet. Texts open with few distinct tokens, so each is stemmed once per run."""
    return first in ENGLISH.pointing_back or stem(first) in ENGLISH.bullet_verbs


def opens_pointing(text: str) -> bool:
    """Whether the sentence opens with a pronoun or modal, or the verb of a product bullet: its subject is
    named before it (``points_elsewhere`` is "start"). The document path asks only this, once per unit,
    so only the first word is looked for unless the rest can matter."""
    first = _opening(text)
    if first and first not in ENGLISH.bullet_degrees:
        return _pointing_word(first)
    cleaned = clean(text[:200])
    first = first_token(cleaned)
    if first is None:
        return False
    if _pointing_word(first):
        return True
    # A fragment of product copy that grades the product ("Best absorbed with dietary fat").
    return first in ENGLISH.bullet_degrees and len(tokens(cleaned)) <= 8 and text.rstrip()[-1:] not in ".!?:"


def _other_substance(words: list[str]) -> int | None:
    """Where the sentence first names another nutrient or drug as a thing of its own, or None."""
    return next(_own_substances(words), None)


def names_other_substance(words: list[str]) -> bool:
    """Whether the words name a nutrient or drug other than the vitamin as a thing of their own."""
    return _other_substance(words) is not None


def stand_in(text: str) -> bool:
    """Whether the sentence holds a word that stands for the page's subject ("it", "this vitamin"), with no
    other nutrient or drug named before it for it to stand for ("Creatine is cheap and it builds muscle")."""
    words = tokens(clean(text))
    at = next(_STAND_INS.starts(words), None)
    if at is None:
        return False
    other = _other_substance(words)
    return other is None or other > at


# A comparative opening a sentence sets it against the one before ("Smaller amounts come from ...").
_COMPARATIVES = ENGLISH.lesser | ENGLISH.unequal | {"fewer", "larger", "similar", "comparable"}


# A sentence that reports what a trial found ("A one-year trial in Norway ... found no effect on bone loss",
# "Other trials in people with kidney disease found no benefit at all"): on a page about a nutrient, the
# trial is of that nutrient when the sentence names none.
TRIAL_FOUND = LazyPattern(r"\b(?:trials?|study|studies)\b[^.;]*\b(?:found|showed|reported|saw)\b", re.I)


def _goes_on(text: str) -> bool:
    """Whether a sentence that names no subject goes on with the claim of the one before it, in the same
    paragraph: it reports what studies of it found ("Doctors in Japan prescribe MK-4 for osteoporosis.
    Trials there reported fewer spine fractures.") or opens by comparing with it ("Natto is the richest
    source of K2. Smaller amounts come from egg yolks."). Not a sentence about something else ("Regular
    exercise keeps calcium in the skeleton") nor one that reports what others claim ("Labels promise
    stronger bones")."""
    words = tokens(clean(text))
    if not words or not ENGLISH.reporting.isdisjoint(words):
        return False
    return words[0] in _COMPARATIVES or not ENGLISH.evidence.isdisjoint(words)


def owner_left_out(text: str) -> bool:
    """Whether the sentence speaks of what a nutrient lacks or undergoes without saying whose: the noun
    opens the sentence or a clause, or follows a word that names no owner, and no "of ..." or "in ..."
    follows it. Such a sentence is about the nutrient the page is talking about.

    >>> owner_left_out("Deficiency is uncommon in healthy adults who eat their greens.")
    True
    >>> owner_left_out("Adults eat plenty of greens, so a shortage is rare.")
    True
    >>> owner_left_out("Iron deficiency is common in young women.")
    False
    >>> owner_left_out("A deficiency of magnesium can cause cramps.")
    False
    """
    words = tokens(clean(text))
    nouns = ENGLISH.owned_nouns
    if nouns.isdisjoint(words):
        return False  # most sentences: no word to look around, found in C
    for i, word in enumerate(words):
        if word not in nouns:
            continue
        before = words[i - 1] if i else "a"
        after = words[i + 1] if i + 1 < len(words) else ""
        if (before in ENGLISH.bare_before or not before.isalnum()) and after not in {"of", "in"}:
            return True
    return False


def _title(text: str) -> bool:
    """A short line in Title Case with no closing punctuation: a title, not a sentence."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ".!?:;,":
        return False  # most units: decided before the text is split
    words = text.split()
    if len(words) > 12:
        return False
    long_words = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def rows(units: Iterable[Sentence | Suppression]) -> Iterator[Sentence | Suppression]:
    """The units with each table row's cells joined into one unit: a row means what its cells say
    together, under the table's header ("Half-life | about 3 days | a few hours"). A table's first row is
    its ``"header"``, the others are ``"row"`` units."""
    from k2check.segment import Sentence

    cells: list[Sentence] = []
    header = True
    # After a blank line, a row of names heads another table ("| | MK-7 | MK-4 |"); a row that says more
    # goes on with the table before ("| Bones | Helps maintain bone density |").
    apart = False
    last = 0  # the line of the row before

    def row() -> Sentence | None:
        text = " | ".join(c.text for c in cells)
        if not any(map(str.isalnum, text)):
            return None  # a row of marks or empty cells only says nothing
        heads = header or (apart and _names(text, empty=True))
        return Sentence(text, cells[0].line, cells[0].column, "header" if heads else "row")

    for unit in units:
        if isinstance(unit, Sentence) and unit.kind == "cell":
            if cells and unit.line != cells[0].line:
                if (made := row()) is not None:
                    yield made
                    # The row after a header is two lines down, past the delimiter row; after another
                    # row, the next line.
                    last = cells[0].line + (2 if made.kind == "header" else 1)
                    header = False
                cells.clear()
            if not cells:
                apart = not header and last > 0 and unit.line > last
            cells.append(unit)
            continue
        if cells:
            if (made := row()) is not None:
                yield made
            header = False
            cells.clear()
        if isinstance(unit, Sentence):
            header = True  # a directive inside a table does not end it; any other unit does
            last = 0
        elif last:
            last = unit.line + 1  # the row after the directive's line goes on with the table
        yield unit
    if cells and (made := row()) is not None:
        yield made


def labelled(kind: str, text: str) -> bool:
    """A unit that may lean on its heading: a list item, a table row, or a line with no closing
    punctuation ("Egg yolks", "Bone & heart support: 100-200 mcg daily")."""
    if text[0] in "\"'“‘":
        return False  # a quotation ('"Think of K2 as the dispatcher." — a book') stands on its own
    return kind in {"item", "row"} or text.rstrip()[-1] not in ".!?"


# A list item of a fact box that gives what a study found, a field and its value ("Result: fewer cramps
# than with placebo", "Side effects: none linked to the supplement"). The fields that set the study up
# ("Who: 210 adults with night cramps", "Dose: 180 mcg of MK-7") describe it and claim nothing.
FIELD = LazyPattern(
    r"(?:(?:main |key |the )?(?:results?|findings?|outcomes?|conclusions?|bottom line|verdict|safety"
    r"|side effects|harms?|adverse effects|benefits?|effects?|what (?:it|they) found)): +\S",
    re.I,
)


# A heading over a fact box, whose items give the story's findings in a few words each ("### Key facts" /
# "- No effect on bone density across the total hip"): they are about the page's subject, as its fields are.
FACT_BOX = LazyPattern(
    r"\W*(?:key (?:facts|points|findings|results|takeaways|numbers)|(?:the )?(?:study |trial )?at a glance"
    r"|quick facts|the facts|fact ?box|in brief|(?:the )?findings"
    r"|what (?:the (?:study|trial|researchers)|they) found"
    # A product page's list of what it is for ("What CalciRoute is designed to support", "Key benefits").
    r"|(?:key |main |top |potential )?benefits|what (?:it|this|[\w-]+)(?: is designed to| may| can)?"
    r" (?:supports?|does|helps? with))\W*$",
    re.I,
)


def fact_box(heading: str) -> bool:
    """Whether a heading is a fact box's.

    >>> fact_box("Key facts"), fact_box("At a glance"), fact_box("What the study found")
    (True, True, True)
    >>> fact_box("Key benefits"), fact_box("What CalciRoute is designed to support*")
    (True, True)
    >>> fact_box("Why the result matters"), fact_box("Key facts about warfarin and greens")
    (False, False)
    """
    return FACT_BOX.match(heading) is not None


# Any field's label: "Who: ", "Dose: ".
FIELD_LABEL = LazyPattern(r"\W*[\w ]{1,24}: +\S")


def _field(text: str) -> bool:
    """Whether a list item gives a finding as a field and its value ("Safety: no extra harm seen").

    >>> _field("Result: no slowing of calcification in the valve, the aorta or the coronary arteries")
    True
    >>> _field("Side effects: none linked to the supplement")
    True
    >>> _field("Who: 210 adults aged 65 and over with at least two night cramps a fortnight")
    False
    >>> _field("Egg yolks")
    False
    """
    return FIELD.match(text) is not None


def _unpunctuated(text: str) -> bool:
    """A line with no closing punctuation that is short enough to be a label ("Egg yolks") about its
    section's subject; a long one is a sentence set apart (a news story's standfirst in bold) that names
    its own."""
    return text.rstrip()[-1] not in ".!?" and len(text.split()) <= LABEL_WORDS


# A number standing alone ("about 530", "3 days"), not part of a name ("MK-7", "K2").
AMOUNT = LazyPattern(r"(?<![\w-])\d")


# A level a table's cell gives in words, as the amount it reads as under a nutrient's column ("| Spinach |
# None |" under "K2" reads "Spinach contains no K2"; ``Checker._by_column``). Not "Medium": "| Lettuce |
# Medium |" under "Vitamin K" is no rich source, and "contains some" would read as one.
CELL_LEVELS = {
    **dict.fromkeys(("none", "no", "trace", "traces"), "no"),
    **dict.fromkeys(("low", "very low", "little"), "little"),
    **dict.fromkeys(("high", "very high", "rich", "excellent"), "plenty of"),
}
# Every level in words, these read as amounts or not: a row that holds one is data, not a row of names.
LEVELS = frozenset(CELL_LEVELS) | {"yes", "some", "moderate", "medium"}


def _names(row: str, empty: bool = False) -> bool:
    """A table row of names, each cell a few words and no sentence ("Form | MK-7, all-trans | MK-4"); with
    ``empty``, a cell may be empty (a header's corner: "| | MK-7 | MK-4 |")."""
    if AMOUNT.search(row) is not None:
        return False  # a row of amounts ("| Kale | ½ cup | about 530 |") is a row of data
    cells = row.split(" | ")
    if not LEVELS.isdisjoint(c.lower() for c in cells):
        return False  # so is a row of levels in words ("| Gouda | Moderate |", "| Spinach | None |")
    return len(cells) > 1 and all(
        (any(map(str.isalnum, c)) or (empty and not c))
        and len(c.split()) <= 4
        and c[-1:] not in (".", "!", "?")
        for c in cells
    )


# A Markdown image on a line of its own, and the line after it when wholly emphasised: the image's caption
# ("![A bowl of natto](natto.jpg)" / "*Natto, the traditional source of MK-7.*").
IMAGE_LINE = LazyPattern(r"\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$")
EMPHASISED_LINE = LazyPattern(r"\s*(?P<mark>\*|_)(?![\s*_])(?:(?!(?P=mark)).)+(?<!\s)(?P=mark)\s*$")


class Captions:
    """The lines of a page that caption an image, found while the lines stream past (``track``): a caption
    describes the picture and stands outside the text, so it states no claim and sets no context, however
    close its words come to one ("*Our K2 softgels next to a bowl of natto, the traditional source of
    MK-7.*").

    >>> captions = Captions()
    >>> page = ["![Softgels beside natto](k2.jpg)", "*Our K2 softgels next to natto.*", "*Not a caption.*"]
    >>> _ = list(captions.track(page))
    >>> sorted(captions.lines)
    [2]
    """

    __slots__ = ("lines",)

    def __init__(self) -> None:
        self.lines: set[int] = set()

    def track(self, lines: Iterable[str]) -> Iterator[str]:
        """The lines, unchanged, numbered as the segmenter numbers them (one per item)."""
        after_image = False
        for number, text in enumerate(lines, 1):
            if after_image and EMPHASISED_LINE.match(text) is not None:
                self.lines.add(number)
            after_image = "![" in text and IMAGE_LINE.match(text) is not None
            yield text


# A short line that ends in no mark and may lead a list ("Foods high in vitamin K", "Good sources of K2").
SOFT_LEAD = LazyPattern(r"[^\W\d_][^.!?:;,]{0,60}(?<=\w)\)?$")


def _capitals(text: str) -> bool:
    """Whether every letter of the text is a capital (a plain-text section heading: "DOS AND DON'TS")."""
    return text.upper() == text and any(c.isalpha() for c in text)


class Lead:
    """The heading (or title line) a document is under, and the lead-in line ending in a colon after it."""

    __slots__ = ("columns", "heading", "lead_in", "previous", "soft")

    def __init__(self) -> None:
        self.heading = ""
        self.lead_in = ""
        self.previous = ""
        # The lead-in is a short line with no closing mark ("Foods high in vitamin K" over "- Kale,
        # spinach"): it leads only the list items right after it.
        self.soft = False
        # What each column of the table being read is about: the header's cells, each replaced by the
        # cell of a first row of names under it ("Form | MK-7, all-trans | MK-4").
        self.columns: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        # A clause each: a denial in the heading ("What K2 can't do") is not the lead-in's ("Good food
        # sources of K2 include:").
        return (
            f"{self.heading}; {self.lead_in}"
            if self.heading and self.lead_in
            else self.heading or self.lead_in
        )

    def for_unit(self, kind: str) -> str:
        """The lead a unit of this kind is read with."""
        if self.soft and kind != "item":
            return self.heading
        return self.text

    def see(self, kind: str, text: str, quiet: bool) -> None:
        previous, self.previous = self.previous, kind
        if self.soft and kind != "item":
            self.lead_in, self.soft = "", False
        if kind == "row" and previous == "header" and _names(text):
            # A first row of names under the header ("Form | MK-7 | MK-4 | Phylloquinone") says what each
            # column is: the rows below are read with it too.
            self.lead_in = text
            names = text.split(" | ")
            if len(names) == len(self.columns):
                self.columns = tuple(n or c for n, c in zip(names, self.columns, strict=True))
            return
        if kind == "header":
            # A table's header names its columns, whatever its cells end with ("Keto-friendly?").
            self.heading, self.lead_in = text, ""
            self.columns = tuple(text.split(" | "))
        elif "?" in text:
            # A question is answered by what follows it (``asked``), not a heading to read items with.
            if quiet:
                self.heading = self.lead_in = ""
        elif quiet and kind == "item" and _capitals(text):
            # A numbered line in capitals ("4. DOS AND DON'TS") opens a new plain-text section: what led the
            # last one (a table's header) leads nothing under it. (Read as a heading itself, it put claims on
            # the silent items under "OPTION 3: DECLINING VITAMIN K" on a maternity leaflet.)
            self.heading = self.lead_in = ""
        elif quiet and kind != "item" and not text.endswith(":"):
            self.heading = text.rstrip(" :")
            self.lead_in = ""
        elif text.rstrip().endswith(":") and kind != "item":
            self.lead_in = text.rstrip(" :")
            if kind == "heading":
                self.heading, self.lead_in = self.lead_in, ""
        elif kind == "sentence" and not quiet and SOFT_LEAD.match(text):
            self.lead_in, self.soft = text.rstrip(), True


class Reading(NamedTuple):
    """How one unit of a document is read."""

    # It asks ("Is K2 safe?", a reported question, a "Q." paragraph): it asserts nothing, and a bare
    # answer after it states its claims.
    question: bool
    # It asserts nothing: a heading, a title, a question, furniture, a reference list entry.
    quiet: bool
    # Subjects it borrows, for a unit that names none (or, for a question, names only others).
    borrowed: frozenset[str]
    # It points back ("It also ...", "And if ...", "before trying one"): when it names a subject of its
    # own, it is read once more with the one it points back to.
    points_back: bool
    # The heading, lead-in or table header to read it with ("" when it does not lean on one), and the
    # subjects it borrows then.
    lead: str
    lead_borrowed: frozenset[str]
    # The lead is a heading alone, no lead-in after it: one that states a claim by itself is a headline.
    under_heading: bool = False
    # It is page furniture ("Categories: Nutrition · Prevention"): not a heading for the units after it.
    furniture: bool = False
    # It opens with a pointer at the two nutrients named before it ("Together they ..."): the unit with
    # their names in its place ("Together d3 and k2 ..."), else "".
    paired: str = ""
    # For a table row, what each of its columns is about (``Lead.columns``), else ().
    columns: tuple[str, ...] = ()


# A site's pages repeat their furniture, bullets and boilerplate, within a page and across its files: what
# ``Layout.read`` asks of a unit's text alone is worked out once per distinct text, for the TEXTS_KEPT
# texts last asked about (each answer depends on nothing but the text).
TEXTS_KEPT = 4096
_furniture = functools.lru_cache(maxsize=TEXTS_KEPT)(asserts_nothing)
_points_back = functools.lru_cache(maxsize=TEXTS_KEPT)(refers_back)
_amount_back = functools.lru_cache(maxsize=TEXTS_KEPT)(amount_back)
_opens_pointing = functools.lru_cache(maxsize=TEXTS_KEPT)(opens_pointing)
# The words a plain-text heading in sentence case opens on: a question word without its question mark
# ("How K2 supports your bones", "What actually builds muscle"), or a word that names a section ("Tips for a
# steady diet", "Other things that can change your INR", "Signs to watch for").
_HEADING_OPENERS = frozenset(
    {"how", "what", "why", "when", "where", "which", "who", "tips", "other", "signs", "warning", "sources"}
    | {"key", "common", "frequently", "questions", "summary", "takeaways", "things", "benefits", "risks"}
)


def _plain_heading(text: str) -> bool:
    """A short line of plain text that opens as a heading does and ends in no punctuation: a section's
    title in sentence case, which ``_title`` (Title Case) does not see.

    >>> [_plain_heading(t) for t in ("How K2 supports your bones", "Tips for a steady diet", "How K2 works.")]
    [True, True, False]
    >>> _plain_heading("Vitamin K2 builds strong bones")
    False
    """
    stripped = text.rstrip()
    if not stripped or stripped[-1] in ".!?:;,)\"'”’*":
        return False
    words = stripped.split()
    return len(words) <= 10 and words[0].lower().strip("\"'“‘") in _HEADING_OPENERS


def _title_or_heading(text: str) -> bool:
    return _title(text) or _plain_heading(text)


_titled = functools.lru_cache(maxsize=TEXTS_KEPT)(_title_or_heading)
_pronoun_pair = functools.lru_cache(maxsize=TEXTS_KEPT)(_two_pronouns)
_continues = functools.lru_cache(maxsize=TEXTS_KEPT)(_goes_on)
_owner_left_out = functools.lru_cache(maxsize=TEXTS_KEPT)(owner_left_out)


@functools.lru_cache(maxsize=TEXTS_KEPT)
def _reports_trial(text: str) -> bool:
    """Whether the sentence reports what a trial found and goes on with the claim before it (``_goes_on``):
    on a page about a nutrient, the trial is of that nutrient."""
    if text.isascii():
        # Each match holds one of these words; ASCII text is lower-cased with every case-insensitive match
        # kept (only non-ASCII letters such as "ſ" and "ı" fold to the pattern's letters without it).
        lower = text.lower()
        if "trial" not in lower and "stud" not in lower:
            return False
    return TRIAL_FOUND.search(text) is not None and _goes_on(text)


@functools.lru_cache(maxsize=TEXTS_KEPT)
def _asking(text: str) -> tuple[bool, bool, bool, bool]:
    """What the text alone says about a question: whether it is labelled as one ("Q1: ..."), asks one (a
    question mark, or "whether"/"if" asking), may ask one without its mark (a sentence "How much K2 do I
    need"), and points at the product ("Do not use this product if ...")."""
    lower = text.lower()
    end = text.rstrip()[-1]
    indirect = ("whether" in lower or "if" in lower) and INDIRECT_QUESTION.search(text) is not None
    bare = end not in ".!:;)" and text[0] in BARE_QUESTION_STARTS and BARE_QUESTION.match(text) is not None
    pointer = "this " in lower or "our " in lower or "these " in lower
    product = pointer and THE_PRODUCT.search(text) is not None
    tagged = end == "?" and "," in text and tag_question(text)
    return QUESTION_LABEL.match(text) is not None, (end == "?" and not tagged) or indirect, bare, product


class Layout:
    """The context a document has built up to the current unit."""

    __slots__ = (
        "after_question",
        "answer_line",
        "answered_on",
        "answering",
        "asked",
        "broad",
        "claimed",
        "context",
        "implies",
        "in_contents",
        "in_fact_box",
        "in_references",
        "in_sources",
        "last_line",
        "lead",
        "page",
        "question_line",
        "section",
    )

    def __init__(
        self, implies: Mapping[str, frozenset[str]] | None = None, broad: frozenset[str] = frozenset()
    ) -> None:
        # The broader subjects each subject counts as (k2 -> vitk): "they" after "D3 and K2" stands for
        # D3 and K2, not for vitamin K as well.
        self.implies: Mapping[str, frozenset[str]] = implies or {}
        # The broad concepts (vitk): a subject that is one, or counts as one, is a nutrient, not a food.
        self.broad = broad
        # Subjects of the sentence before ("It also keeps calcium out of the arteries"), and of the last
        # heading ("Supports healthy bones" under "Why K2"); of the page's first heading or title that
        # names any: what the page is about.
        self.context: frozenset[str] = frozenset()
        self.section: frozenset[str] = frozenset()
        self.page: frozenset[str] = frozenset()
        self.after_question = False
        # What the question before named or pointed back to.
        self.asked: frozenset[str] = frozenset()
        # The unit before stated a claim.
        self.claimed = False
        # Inside the answer to a question, its lines up to a blank line or heading: what the answer's
        # sentences say without naming a subject is said of the question's ("Should everyone take K2?" /
        # "No." / "Deficiency is rare in healthy adults.").
        self.answering: frozenset[str] = frozenset()
        self.answer_line = 0
        self.answered_on = 0
        # The line a "Q." paragraph starts on: all of its sentences ask ("Q. My friend says K2 is
        # better. Is she right?").
        self.question_line = 0
        # The last heading and the lead-in after it ("Possible symptoms include:").
        self.lead = Lead()
        self.in_references = False
        # The references' heading is a bare "Sources" (SOURCES_ONLY).
        self.in_sources = False
        # The line of the head of a table of contents the unit is under (0: none), and the line of the unit
        # before: the contents end at a gap after their first entry.
        self.in_contents = 0
        self.last_line = 0
        self.in_fact_box = False

    def read(self, unit: Sentence) -> Reading:
        text, kind = unit.text, unit.kind
        labelled_question, asks, bare, product = _asking(text)
        if labelled_question:
            self.question_line = unit.line
        # In a document a question asserts nothing ("Does Vitamin K2 Build Muscle?"), and neither does a
        # heading or a title ("Understanding the Role of Vitamin K2 in Muscle Biology").
        # A table's header asks nothing: a cell may end in a question mark ("| Food | Keto-friendly? |").
        if unit.line == self.question_line and not labelled_question and ANSWER_LABEL.match(text) is not None:
            # The answer starts on the question's line: what follows it answers, it asks nothing.
            self.answered_on = unit.line
        on_question_line = unit.line == self.question_line and unit.line != self.answered_on
        question = kind != "header" and (asks or on_question_line or (bare and kind == "sentence"))
        # A list item of a word or two is an entry, however capitalised ("Liver", "Egg Yolks"); a longer
        # one in Title Case is the title of a link ("Rare Clotting Factor Deficiencies (World Federation)").
        title = _titled(text) and (kind == "sentence" or (kind == "item" and len(text.split()) > 2))
        if self.in_contents and self.last_line != self.in_contents and unit.line > self.last_line + 1:
            # A blank line after its entries ends a table of contents: the article starts ("What is
            # vitamin K2?").
            self.in_references = False
            self.in_contents = 0
        self.last_line = unit.line
        if kind == "heading" or (title and kind == "sentence"):
            self.in_references = REFERENCES.match(text) is not None
            self.in_sources = self.in_references and SOURCES_ONLY.match(text) is not None
            contents = self.in_references and CONTENTS.match(text) is not None
            self.in_contents = unit.line if contents else 0
        if kind == "heading":
            self.in_fact_box = fact_box(text)
        # Under a bare "Sources" heading the page's own prose and a table's rows of foods are not reference
        # entries ("| Egg yolk | MK-4 | 15-30 µg |").
        references = self.in_references and not (
            self.in_sources
            and ((kind == "sentence" and _own_text(text)) or (kind == "row" and CITES.search(text) is None))
        )
        nothing = None if references or kind in {"heading", "header"} or question else _furniture(text)
        if kind == "row" and nothing in _TITLE_TESTS:
            # A row's cells are data, not a title: "| Gouda | Moderate |" reads like a verbless title.
            nothing = None
        furniture = nothing == "metadata"
        quiet = references or kind in {"heading", "header"} or question or title or bool(nothing)
        borrowed, lead_borrowed, points_back = self._borrowed(unit, product, question, quiet)
        lead = self.lead.for_unit(kind) if not quiet and labelled(kind, text) else ""
        under_heading = bool(lead) and not self.lead.lead_in
        paired = ""
        if not quiet and text[0] in PAIR_STARTS and len(self.context) > 1 and (pair := PAIR.match(text)):
            paired = self._paired(text, pair)
        columns = self.lead.columns if kind == "row" and not quiet else ()
        return Reading(
            question,
            quiet,
            borrowed,
            points_back,
            lead,
            lead_borrowed,
            under_heading,
            furniture,
            paired,
            columns,
        )

    def _finding(self, item: str) -> bool:
        """Whether a list item gives a finding: a field of one ("Result: fewer cramps"), or an item of a fact
        box that is no field setting the study up ("No effect on bone density across the total hip", not
        "Who: 210 adults with night cramps")."""
        return _field(item) or (self.in_fact_box and FIELD_LABEL.match(item) is None)

    def _paired(self, text: str, found: re.Match[str]) -> str:
        """The unit with the two subjects of the sentence before in place of its opening plural pointer
        (``found`` by PAIR: "Together they build denser bones" -> "Together d3 and k2 build denser bones"),
        or "" unless they are two."""
        implied = {broader for s in self.context for broader in self.implies.get(s, ())}
        names = sorted(self.context - implied)
        if len(names) != 2:
            return ""
        group = "they" if found.group("they") else "pointer"
        start, end = found.span(group)
        return f"{text[:start]}{' and '.join(n.replace('_', ' ') for n in names)}{text[end:]}"

    def _nutrients(self, subjects: frozenset[str]) -> frozenset[str]:
        """The subjects that are a broad concept or count as one (k2, vitk), not foods or drugs."""
        broad = self.broad
        return frozenset(s for s in subjects if s in broad or not broad.isdisjoint(self.implies.get(s, ())))

    def _borrowed(
        self, unit: Sentence, product: bool, question: bool, quiet: bool
    ) -> tuple[frozenset[str], frozenset[str], bool]:
        """What the unit borrows alone and read with its heading, and whether it points back (``product``:
        the unit points at the product, as ``_asking`` says)."""
        text, kind = unit.text, unit.kind
        context, section, page = self.context, self.section, self.page
        borrowed: frozenset[str] = frozenset()
        lead_borrowed: frozenset[str] | None = None
        points_back = False
        opens_with_verb = not quiet and _opens_pointing(text)
        if question and kind == "heading":
            # "### Should everyone take a supplement?" asks about the page's subject; "No." answers it.
            borrowed = page
        elif not quiet or question:
            if question or product or _points_back(text):
                # A question, or a pointer at the product with nothing named before it under its heading,
                # is about what the page is about ("Is the injection linked to leukaemia?", "Do not use
                # this product if you take warfarin", "Took it for 18 months").
                of_the_page = question or product or uses_it(text)
                borrowed = context or section or (page if of_the_page else frozenset())
                if context and section and _pronoun_pair(text):
                    # "They start life with very small amounts of it" after "Babies are different.", under
                    # a heading about vitamin K: "they" is the sentence before's, "it" the section's.
                    borrowed = context | section
                elif (question or kind == "item") and context and not context & page:
                    # "I'm breastfeeding. Does my baby still need it?" on a page about the vitamin K shot:
                    # a reader's question is about what the page is about, and may add what they just said.
                    # So is a list item's pronoun: the items of a list are about one subject, and the item
                    # before may have named another ("- Interacts with warfarin" / "- No proof it builds
                    # muscle").
                    borrowed = context | page
                points_back = True
            elif _amount_back(text) and (
                nutrients := self._nutrients(context) or self._nutrients(section or page)
            ):
                # "Natto is the richest source of K2. Hard cheeses and egg yolks have some too.": the amount
                # is of the nutrient named before, not of the foods named with it; of the section's or the
                # page's when the sentence before named only foods ("## Can you get K2 from food?" / "Natto
                # is by far the richest source." / "Hard cheeses and egg yolks also provide some.").
                borrowed, points_back = nutrients, True
            elif self.after_question or kind in {"item", "row"} or _unpunctuated(text):
                if section or kind == "row" or (kind == "item" and self._finding(text)):
                    # Under a heading that names nothing ("Your choices"), a row is about the page's subject;
                    # so is a fact box's item, a row of a label and its value ("Result: fewer cramps than
                    # with placebo" under "Key facts").
                    borrowed = section or page
                elif opens_with_verb:
                    # A product bullet ("Supports healthy bones") under a heading that names nothing is
                    # about the page's subject, read alone: read with that heading, its words would be the
                    # page's ("What actually prevents cavities" / "Cutting down on sugar").
                    borrowed, lead_borrowed = page, frozenset()
                elif self.after_question and self.asked:
                    # The first sentence of an answer is about what the question asked about ("## Is it
                    # safe?" / "No side effects were linked to the capsules"); a question that names
                    # nothing and points at nothing ("## Cramps at night?") lends nothing.
                    borrowed = self.asked
            elif self.answering and unit.line <= self.answer_line + 1:
                borrowed = self.answering
            elif (
                self.claimed
                and context
                and kind == "sentence"
                and unit.line <= self.answer_line + 1
                and _continues(text)
            ):
                borrowed = context
            elif page and kind == "sentence" and _reports_trial(text):
                borrowed = page
            elif (
                (context or page)
                and kind == "sentence"
                and unit.line <= self.answer_line + 1
                and _owner_left_out(text)
            ):
                # "Your body needs vitamin K to clot. Deficiency is uncommon in healthy adults who eat
                # their greens.": whose deficiency is the nutrient's the paragraph is talking about.
                borrowed = context or page
                points_back = True
        if not borrowed and opens_with_verb:
            # "Works in synergy with vitamin D3." after a sentence about K2: the verb's subject is the one
            # just named, or the page's.
            borrowed = context or section or page
        if opens_with_verb and borrowed:
            # The verb's subject is borrowed although the unit names another thing of its own ("Interacts
            # with warfarin"): it is read once more with its subject, as a pronoun's unit is.
            points_back = True
        return borrowed, borrowed if lead_borrowed is None else lead_borrowed, points_back

    def after(self, unit: Sentence, reading: Reading, subjects: frozenset[str], matched: bool) -> None:
        """Record what the unit named (``subjects``) and whether it stated a claim, for the units after it."""
        if not reading.furniture:
            self.lead.see(unit.kind, unit.text, reading.quiet)
        # A unit that points back passes on what it pointed at, claim or not: "K2 is a fat-soluble vitamin.
        # It is stored only in small amounts. It also keeps calcium out of the arteries."
        self.context = subjects or (
            reading.borrowed if matched or (reading.points_back and not reading.quiet) else frozenset()
        )
        self.claimed = matched and not reading.quiet
        if reading.quiet and (subjects or unit.kind == "heading"):
            self.section = subjects
            self.page = self.page or subjects
        self.after_question = reading.question
        if reading.question:
            self.answering = reading.borrowed or subjects or self.page
            self.asked = subjects or (reading.borrowed if _points_back(unit.text) else frozenset())
        elif unit.kind in {"heading", "header"} or unit.line > self.answer_line + 1:
            self.answering = frozenset()
        self.answer_line = unit.line
