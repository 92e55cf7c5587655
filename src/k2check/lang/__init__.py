"""The words k2check's rules read, for one language, in one place.

Every English word list the normaliser, the index, the polarity rules and the matcher use lives in
``lang/en.py`` as one ``Language`` value; the modules take their words from it, so a cue belongs in
exactly one table and the invariants between tables are tested (tests/test_lang.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dataclasses import dataclass, field
else:

    def field(**_options: Any) -> Any:
        """``Language``'s one field that ``__post_init__`` fills in; without the dataclass, the JSON path
        never imports ``dataclasses`` (and the ``inspect`` it brings: 4 ms)."""
        return None

    def dataclass(**_options: Any) -> Any:
        """At run time ``Language`` only takes its fields as keywords: building a frozen dataclass's
        53-field ``__init__`` cost 1.5 ms of every start-up. mypy still checks it as the frozen dataclass
        (every keyword given, none unknown, nothing assigned after), and there is one call, ``lang/en.py``."""

        def build(cls: type) -> type:
            def __init__(self: Any, **words: Any) -> None:
                self.__dict__.update(words)
                self.__post_init__()

            cls.__init__ = __init__
            return cls

        return build


def phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    """Word sequences from space-separated phrases."""
    return tuple(tuple(text.split()) for text in texts)


class PhraseTable:
    """Word sequences looked up by their first word, to find where one of them starts in a sentence."""

    __slots__ = ("_by_first",)

    def __init__(self, sequences: tuple[tuple[str, ...], ...]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for sequence in sequences:
            self._by_first.setdefault(sequence[0], []).append(sequence)

    def at(self, words: list[str], i: int) -> Iterator[tuple[str, ...]]:
        """The sequences that start at position ``i`` of the words."""
        for candidate in self._by_first.get(words[i], ()):
            if tuple(words[i : i + len(candidate)]) == candidate:
                yield candidate

    def starts(self, words: list[str], end: int | None = None) -> Iterator[int]:
        """The positions before ``end`` (default: all) where one of the sequences starts, in order."""
        for i in range(len(words) if end is None else min(end, len(words))):
            candidates = self._by_first.get(words[i])
            if candidates and any(tuple(words[i : i + len(c)]) == c for c in candidates):
                yield i


# One value per language, compared by identity: nothing compares two languages (for mypy, ``eq=False``).
@dataclass(frozen=True, eq=False)
class Language:
    """The word lists of one language; ``lang/en.py`` holds English's."""

    # Words that carry no claim: left out of the text RapidFuzz compares.
    stopwords: frozenset[str]
    # Negation words also left out of that text (polarity reads them separately).
    negation_words: frozenset[str]
    # Function words that may sit inside a multi-word keyword term with other words between.
    gap_words: frozenset[str]
    # A modal and its verb as a term ("can eat") are matched word for word: "can I eat" is a question and
    # "can only eat" a limit.
    tight_heads: frozenset[str]
    # Negation cues (NegEx): single words and phrases.
    cues: tuple[tuple[str, ...], ...]
    # Look negative but are not ("not only", "no doubt").
    pseudo: tuple[tuple[str, ...], ...]
    # Cues that negate only what follows them ("K2 does not build muscle").
    forward: frozenset[str]
    # End a cue's scope: a new clause starts.
    terminators: frozenset[str]
    # Open a subordinate clause ("if", "because").
    subordinate: frozenset[str]
    # "and"/"so"/"or" start a new clause when one of these follows.
    joiners: frozenset[str]
    clause_starts: frozenset[str]
    # Words a short reply may hold besides its cue ("That's a total myth.").
    reply_words: frozenset[str]
    # Look negative only when a "but" or "also" follows ("not just bones but also arteries").
    contrastive: tuple[tuple[str, ...], ...]
    # A short reply made of these (and reply words) says yes to the question before ("Yes.", "Absolutely.").
    affirmations: frozenset[str]
    # Answer particles that repeat the denial after them ("No, ...").
    particles: frozenset[str]
    # A quantity of nothing before an evidence word is a denial ("little evidence that").
    scarce: frozenset[str]
    evidence: frozenset[str]
    # After "no"/"nothing" these make a superlative, not a denial ("nothing beats natto").
    superlative: frozenset[str]
    # Verbs of rivalry: "nothing comes CLOSE to natto", "MK-4 doesn't come anywhere NEAR MK-7", "cheese can't
    # COMPETE with natto" rank the subject after them first.
    rivalry: frozenset[str]
    # Auxiliaries of a negative question ("Doesn't K2 build muscle?").
    negative_aux: frozenset[str]
    # Comparison pivots ("protein matters more than K2").
    pivots: frozenset[str]
    # Advice: verbs of taking or giving something, the negated imperatives and modals that advise
    # against it ("do not take", "you should never combine"), and the verbs that advise against by
    # themselves ("avoid", "stop").
    advice_verbs: frozenset[str]
    label_words: frozenset[str]
    dismissals: frozenset[str]
    # "with no K2": two words that polarity reads as the two after them ("without any K2").
    absent_with: tuple[tuple[str, str], tuple[str, str]]
    # An imperative that sets a report aside ("IGNORE the posters saying ...") and the words that name
    # the report after it ("posters", "saying", "claims", "headlines").
    disregards: frozenset[str]
    reports: frozenset[str]
    advice_modals: frozenset[str]
    advice_against: frozenset[str]
    # Harm in a consequence ("babies who don't get vitamin K are more likely to bleed").
    harm: frozenset[str]
    # Illnesses as what going without leads to ("Calcium causes heart attacks without K2", "Not getting
    # enough vitamin K may speed up bone fragility"): harm only where the sentence names going without in so
    # many words, since they are also what trials are said not to have tested ("No trial has tested K2 for
    # Alzheimer's disease").
    ills: frozenset[str]
    # After a fronted "without X," these say the consequence does not matter ("..., you'll be fine").
    no_consequence: frozenset[str]
    # Refusing or going without something ("skipping the shot"): as the subject of a harmful consequence
    # they say the thing is needed ("Refusing the shot puts your baby at risk").
    refusals: frozenset[str]
    omissions: frozenset[str]
    advice_fillers: frozenset[str]
    # Open a condition or a relative clause that names who goes without ("if", "babies WHOSE parents ...").
    conditions: frozenset[str]
    # Verbs that close a fronted gerund subject ("Skipping the shot LEAVES babies open to bleeding").
    consequence_verbs: frozenset[str]
    # A comparative pointing down ("MK-4 has a SHORTER half-life than MK-7"): with the claim's subject
    # after "than", it states a claim that the subject has more.
    lesser: frozenset[str]
    # A comparative of either direction ("BETTER than", "LESS than"): set against a claim that two things
    # are equal, it denies it.
    unequal: frozenset[str]
    # Words that open a simile ("is LIKE sending builders to a site with no foreman"): a negation inside
    # it belongs to the picture, not to the claim.
    similes: tuple[tuple[str, ...], ...]
    # Auxiliaries of a purpose clause ("so the calcium DOESN'T end up in arteries").
    purpose_aux: frozenset[str]
    # Verbs and nouns that report what others hold ("sellers CLAIM K2 ...", "CLAIMS that K2 ..."), and the
    # speakers whose report is their own view ("I think K2 helps").
    reporting: frozenset[str]
    first_person: frozenset[str]
    # The writer's own hedge ("K2 MAY help").
    hedges: frozenset[str]
    # Words of contrast that open a judgement on a reported claim ("..., YET nobody has measured it").
    contrast: frozenset[str]
    weak_evidence: frozenset[str]
    # What a study may report gone: a benefit ("the GAINS in bone density disappeared") ...
    benefits: frozenset[str]
    # ... and the words that say it went ("the benefit VANISHED once ...").
    vanishing: frozenset[str]
    # Quantities of nothing that deny a reported claim ("yet LITTLE of it is absorbed").
    scarce_amounts: frozenset[str]
    # Permission in an exception clause ("unless your doctor SAYS it's okay").
    permission: frozenset[str]
    # A sentence that starts with one of these names its subject elsewhere: a pronoun pointing back
    # ("It may also help ...") or a verb that opens a product bullet ("Supports healthy bones"), whose
    # stems are listed.
    pointing_back: frozenset[str]
    # Nouns of what a nutrient lacks or undergoes, which a sentence may use with no nutrient named
    # ("Deficiency is rare in healthy adults"): the nutrient is the one the page is talking about. Each
    # such noun, and the words that may stand before it without naming its owner ("a", "true").
    owned_nouns: frozenset[str]
    bare_before: frozenset[str]
    bullet_verbs: frozenset[str]
    # Words that open a product fragment grading the product ("Superior bioavailability compared to K1",
    # "Safe for daily use by healthy adults").
    bullet_degrees: frozenset[str]
    # Words that stand for the thing a page is about ("Too much of it can undo the effect of warfarin",
    # "start life with low levels of this vitamin"); in a two-word one the last word is replaced.
    stand_ins: tuple[tuple[str, ...], ...]
    # A product named by its kind alone ("No supplement replaces training", "The forgotten vitamin that ..."):
    # in a statement that names no subject and no other nutrient or drug, the checker's own vitamin.
    product_kinds: frozenset[str]
    # Nouns that name what is said about a subject, not the subject: in a claim's subject phrase ("the
    # leukaemia SCARE", "that leukemia CONNECTION") they make the phrase a stand-in, which names the subject
    # only where nothing else does.
    story_nouns: frozenset[str]
    # Set the thing before them against the one after ("It is absorbed better than K1"): a stand-in
    # before one of these is not the form named after it.
    set_against: frozenset[str]
    # Open a clause put before the main one that gives its background ("Because MGP needs vitamin K, some
    # believe K2 delays wrinkles"): a claim only that clause states yields to one the main clause states.
    background: frozenset[str]
    # After a comma these open an aside inside the fronted clause, not the main clause ("Because MGP, which
    # needs vitamin K, ...").
    aside: frozenset[str]
    # A shortage that names no nutrient is of the one the statement is about.
    shortages: frozenset[str]
    # Other nutrients, supplements and drugs: "it" after one of them stands for it, not for the page's
    # subject ("Creatine is cheap and it builds muscle").
    other_substances: tuple[tuple[str, ...], ...]
    # Words that put a substance beside the subject rather than make it one ("along with vitamin D").
    beside: frozenset[str]
    # A shot on its own, which a claim about the newborn's vitamin K shot may take as its subject ("skip the
    # shot"), and what names another shot just before it ("the hepatitis B shot", "flu jabs"): then the
    # shot is that one. Other substances count too ("B12 injections").
    shots: frozenset[str]
    other_shots: tuple[tuple[str, ...], ...]
    # Where "it" stands for nothing ("how long it takes", "D3 on its own") or for what the sentence itself
    # has just named ("drop grapefruit juice if your doctor says it interacts with your anticoagulant").
    not_stand_in: tuple[tuple[str, ...], ...]
    # Everyday words one letter away from a domain word ("hear"/"heart", "doing"/"dosing"): typo
    # correction leaves them alone.
    everyday: frozenset[str]
    # Families of opposite terms: a claim's keyword group that lists one word of a family as an opposite
    # accepts the family's other words as opposites too ("rare" brings "uncommon" and "seldom"; "little"
    # brings "next to no" and "a trickle"), so a denial by quantity or antonym does not depend on which
    # synonym a claim's author happened to list.
    opposite_families: tuple[frozenset[str], ...] = ()
    # A label before a colon that opens a sentence and judges what follows ("FICTION: ...", "BUSTED: ...").
    verdict_labels: frozenset[str] = frozenset()
    # Openers of a question that expects "no" ("SINCE WHEN does K2 build muscle?").
    rhetorical: tuple[tuple[str, ...], ...] = ()
    # A sarcastic send-off of what follows, after a let-down ("my scan was unchanged. SO MUCH FOR K2
    # building bone").
    send_offs: tuple[tuple[str, ...], ...] = ()
    # A short sentence that mocks the statement before it ("K2 builds muscle. SURE IT DOES.", "Yeah,
    # right."): said after a statement, not an answer to a question ("Does K2 help? Sure it does.").
    mocking: tuple[tuple[str, ...], ...] = ()
    # Words around a mocking sentence that change nothing ("Oh sure it does lol").
    mocking_fillers: frozenset[str] = frozenset()
    # Openings of a sentence that mock the one before whatever follows them ("Next you'll tell me ...").
    mocking_openers: tuple[tuple[str, ...], ...] = ()
    # After a mock agreement that opens a sentence ("Sure, ..."), what marks it as a mock ("obviously",
    # "that's why ..."), and a close of mock alarm ("..., what could possibly go wrong").
    sarcasm_marks: tuple[tuple[str, ...], ...] = ()
    sarcastic_closes: tuple[tuple[str, ...], ...] = ()
    # A fact check's rating of the statement before it: the heading of the rating ("OUR RULING: false",
    # "VERDICT: misleading") and the ratings that reject it.
    rulings: tuple[tuple[str, ...], ...] = ()
    false_ratings: tuple[tuple[str, ...], ...] = ()
    # Words of a relative clause that judges the sentence before it (", which OVERSTATES things").
    judgements: frozenset[str] = frozenset()
    # Open a leading clause that grants something the main clause then takes back ("ALTHOUGH K2 is sold
    # as a muscle builder, it doesn't add muscle").
    concessive: frozenset[str] = frozenset()
    # Verbs of an amount drifting ("as long as the amount doesn't SWING"): kept from drifting, it is steady.
    drifts: frozenset[str] = frozenset()
    # Verbs of relief ("K2 HELPED my cramps"): a negation of one denies the relief, not the complaint.
    relief_verbs: frozenset[str] = frozenset()
    # Words that open a clause set against the one before ("..., BUT they're poor sources of K2",
    # "..., THOUGH the shot protects better").
    contrasting: frozenset[str] = frozenset()
    # Whose say-so makes a step safe ("never start K2 without asking your DOCTOR"): after "without" one of
    # these turns a negation before it into advice to ask first.
    supervisors: frozenset[str] = frozenset()
    # Kinds of disease, each with the words that name it: a sentence that runs through at least
    # ``disease_list_least`` different kinds ("heart disease, cancer, stroke and osteoporosis") names a list
    # of diseases (``matcher.disease_run``). Organs count where lists of benefits use them for a disease area
    # ("your heart, bones and brain"); teeth, arteries and joints do not, since "bones and teeth, not
    # arteries" is where calcium goes, not a list of diseases.
    disease_kinds: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = ()
    disease_list_least: int = 3
    # Words that say evidence exists ("THERE IS SOME EVIDENCE that K2 may ..."): a sentence with no negation
    # word that opens so asserts what follows, whatever the negation model reads into "evidence".
    evidence_shown: tuple[tuple[str, ...], ...] = ()
    # Who an exception leaves out ("..., but not if YOU take warfarin", "Not for PEOPLE on warfarin.").
    excepted_groups: frozenset[str] = frozenset()
    # Words the rules read: typo correction never rewrites one into another word.
    grammar: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        words = {word for phrase in (*self.cues, *self.pseudo) for word in phrase}
        words |= (
            self.terminators
            | self.subordinate
            | self.joiners
            | self.clause_starts
            | self.reply_words
            | self.scarce
            | self.evidence
            | self.negative_aux
            | self.forward
            | self.advice_modals
            | self.advice_against
            | self.refusals
            | self.omissions
            | self.conditions
            | self.consequence_verbs
            | self.purpose_aux
            | self.permission
            | self.reporting
            | self.contrast
            | self.scarce_amounts
            | self.label_words
            | self.dismissals
            | self.disregards
            | self.reports
            | self.lesser
            | self.unequal
            | self.verdict_labels
            | self.judgements
            | self.concessive
            | self.drifts
            | self.relief_verbs
            | self.supervisors
            | {word for phrase in self.rhetorical for word in phrase}
            | {word for phrase in self.send_offs for word in phrase}
            | {word for phrase in self.mocking for word in phrase}
            | {word for phrase in self.rulings + self.false_ratings for word in phrase}
        )
        object.__setattr__(self, "grammar", frozenset(words))

    def calls_false(self, words: list[str]) -> bool:
        """Whether the words of a negation cue call something false ("not true", "myth", "overblown",
        "busted") rather than negate a verb."""
        return (
            "true" in words
            or not self.judgements.isdisjoint(words)
            or not self.verdict_labels.isdisjoint(words)
        )

    @property
    def longest_cue(self) -> int:
        return max(len(c) for c in self.cues + self.pseudo)
