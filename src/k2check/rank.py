"""Every tuning number of matching, named in one place, and the rank formula that uses them."""

from typing import NamedTuple


class Weights(NamedTuple):
    """The tuning numbers of matching, with their defaults; ``WEIGHTS`` is the one k2check uses (a
    NamedTuple, not a frozen dataclass: building that class cost every start-up 1.8 ms)."""

    # A candidate's phrasing score (0-100) must reach this to be a match; below, it is a near miss.
    threshold: int = 50
    # ...less this margin, when the sentence names the claim's own subject and one term of every assertion
    # group: the gate already says it makes the claim, and a long sentence reads little like any phrasing
    # ("Some people worry about overdosing on K2, but no toxic level has ever been found"). Statements
    # swept 5-15 on every dev set (real-dev4 included): 10-15 fix five and break none. Documents keep 5:
    # most lines of a page make no claim, and 10 put a claim on a line annotated silent.
    gated_margin: int = 10
    document_gated_margin: int = 5
    # One assertion group short is still a match when the sentence reads this closely like a phrasing.
    fallback: int = 70
    # ...and the claim has at least this many assertion groups (statements; documents ask for more,
    # because most lines of a page make no claim: "Shop all K2 supplements").
    fallback_groups: int = 2
    document_fallback_groups: int = 3
    # Rank = phrasing score + group * groups present - missing * groups absent + exact * subject
    # exactness (2 exact, 1 broader) + coverage * words of the sentence the claim explains.
    group: float = 8
    missing: float = 25
    exact: float = 12
    coverage: float = 2
    # How much a phrasing found inside a longer sentence counts (token_set) against word-for-word likeness.
    set_weight: float = 0.5
    # A near miss shows at this share of its score; a suggestion found by closeness alone at this share.
    near_share: float = 0.8
    closeness_share: float = 0.6
    # A claim related to the best near miss shows at this share of that near miss's score.
    related_share: float = 0.75
    # A sentence reads as a negated phrasing when it is this close to one, word for word, and closer than
    # to any straight phrasing by the margin.
    negated_set: float = 85
    negated_order: float = 70
    negated_margin: float = 5
    # In a document: a further claim on a subject already read needs this share of its assertion words
    # new, and a claim a long sentence dilutes is scored against its clause, which must clear the
    # threshold by this much.
    shared_new_share: float = 1 / 3
    clause_margin: float = 3
    # ...and only a claim whose sentence scores within this much of the threshold is scored again.
    clause_reach: float = 15
    # The join (join.py) chooses among the claims the gate looked at, within two bounds on the second-opinion
    # model's probability. Where the keyword groups stated no claim, the join states one only at this much:
    # a false claim on a sentence that states none misleads, a missed one says no-match (held-out sets:
    # right no-match 0.888 -> 0.902, right answer 0.795 -> 0.794).
    join_floor: float = 0.4
    # ...and where they stated one, another replaces it only at this much. Out of fold on the development
    # sets, switches at 0.6-0.8 fixed 66 answers and broke 21, but the ones they break are claims the
    # groups' own rules chose on purpose ("Trials found no problems at doses of 180 mcg" is the safety
    # claim, whose "no" the dose claim would read as a denial; a claim stated only in a "because" clause
    # is the main clause's reason); held-out sets 0.791 at 0.6, 0.785 at 0.8.
    join_switch: float = 0.8
    # A document's line asks the model only about claims it names every group of (Policy.rescue_gated):
    # one it gives this much is stated where the groups stated none, and beside a stated claim the model
    # must give that one at most ``document_overrule`` (and the other ``join_switch``).
    # Round 42, with round 41's retrained model (the three changes below together, page folders): dev
    # 7,001 -> 7,012 claims, held out 5,682 -> 5,694, silent lines with a result unchanged (440, 349);
    # 0.6 / 0.1 / 0.95 before.
    document_opinion: float = 0.5
    document_overrule: float = 0.2
    # ...and on a line where the groups stated nothing, a near miss (its subject named, a group short) the
    # model gives this much ("Tbh I reckon K2 matters more than everyone's protein obsession."). Over the
    # 20 page sets (1,918 claims): recall 1,426 -> 1,444, silent lines 53 -> 58 (at 0.9: 1,438 / 56; at
    # 0.75: 1,444 / 59); the held-out folders 6 claims more, no silent line more. The silent lines it
    # hits are mostly a newborn page describing the shot ("your midwife will offer a vitamin K injection").
    document_rescue: float = 0.8
    # ...and, on such a line, a claim with fewer groups than
    # ``document_fallback_groups`` that the line names all but one of, at this much (matcher.DOCUMENT_SMALL:
    # "MK-4 is the odd one out: animals build it from the K1 they eat"). Over the 24 page sets (2,305
    # claims): 1,709 -> 1,716 claims, silent lines 75 -> 77 (both arguably claims the annotations missed);
    # held-out folders 609 -> 612, silent lines unchanged. It was first asked only where the gate saw a
    # near miss (without that condition then: 1,723 / 77 at about 18% more CPU on sparse text). Asked on
    # every such line since round 50, when the model's rows were summed faster: over the 151 page folders
    # 14,458 -> 14,547 of 18,024 claims (held-out folders 6,528 -> 6,579), silent lines 777 -> 786, results
    # on claim lines that state other claims 4,377 -> 4,329; about 5% more CPU on sparse text.
    document_rescue_small: float = 0.9
    # ...and beside a claim the groups stated that the model gives at most ``document_overrule``, a near
    # miss it gives this much joins it ("Your liver uses vitamin K to make the proteins that make blood
    # clot": the groups read the clot myth, the model the clotting claim). Round 50, over the 151 page
    # folders: 14,549 -> 14,640 of 18,024 claims (held-out folders 6,580 -> 6,622), right polarities
    # 13,691 -> 13,779, silent lines with a result 786 -> 785 (at 0.99: 14,618); about 6% more CPU on
    # the dense benchmark page, within the noise on the sparse one.
    document_beside: float = 0.95
    # Where the polarity rules affirmed a claim in a sentence with a negation word that they did not weigh
    # (outside the claim's clause, or in a clause of its own after every claim word: "The 'K2 steers
    # calcium into your bones' slogan is a neat story, not something trials have shown"), the negation
    # model's denial stands at this much; never on a cue a rule set aside (``Polarity.set_aside``), nor on
    # a safety claim or one that warns, where a wrong denial turns sound advice into "false" ("People on
    # Eliquis needn't worry about how much vitamin K they eat" states that DOACs are unaffected). Out of
    # fold on the 61 development sets (tools/oof_opinion.py): right answers 0.8701 -> 0.8722 at 0.95 and
    # at 0.9 (0.95 kept: fewer denials to be wrong about). Read past the rules' set-asides too it reached
    # 0.8735, but turned six of the rules' own examples ("Natto is not the sole source of K2, though it is
    # the richest"), and on every topic, safety included, it broke twice as many answers. Round 42, with
    # round 41's retrained model: 0.85 over every statement set 98 fixed / 10 broken (held out 35 / 10), all
    # 361 held-out sets 0.8717 -> 0.8725 and inversions 1,064 -> 1,039, better on both halves of them
    # (split by name); at 0.9, 77 / 6, 0.8723 and 1,044 inversions; at 0.8, 108 / 19, 0.8723 and 1,043.
    sure_denial: float = 0.85
    # ... and past a negation word a rule set aside, for a claim the database rates a myth (false or
    # misleading), where a wrong denial never calls sound advice false: 154 fixed, 0 broken over every
    # statement set (held out 42 / 0; at 0.95, 172 / 1 and 48 / 0, but the one was a rule's own example:
    # "K2 builds muscle, but whey doesn't", which the model denies at 0.971).
    sure_denial_past_rule: float = 0.98
    # Where the rules read a denial from bare negation words alone, none of them before the claim's own
    # words in its clause (or the claim is worded as a negation: "DOACs don't carry the vitamin K
    # interaction"), and the negation model gives a denial at most this much, the sentence states the
    # claim (``Matcher._model_affirms``). On every statement set: 189 answers fixed, 0 broken (held out
    # 62 / 0) over the same for a claim worded as a negation alone; round 37's twelve fresh sets read
    # whole 0.8061 -> 0.8083; pages: 2 more right polarities. Without the guard on the claim's own words
    # it fixed three times as many but affirmed "Vitamin K is not needed for clotting, and that is the
    # truth": the model is sure, wrongly, of wording it learnt as an affirmation.
    sure_affirmation: float = 0.1


WEIGHTS = Weights()


class Hit(NamedTuple):
    """Where one keyword term of a claim's group sits in the sentence's stems."""

    start: int
    end: int
    opposite: bool


class Candidate(NamedTuple):
    """A claim whose subject and assertion the sentence names, with what ranking needs."""

    claim: int
    hits: dict[int, list[Hit]]
    missing: int
    exactness: int
    fuzzy: float
    phrasing: str
    phrasing_negated: bool
    # Sentence words the claim's assertion explains only through a broader word it lists ("K2" read as
    # "vitamin K"): they count against it, since a claim that lists the word itself reads them exactly.
    implied: int = 0
    # ``explained()``, when the gate worked it out once for ranking, ordering and selecting.
    covered: frozenset[int] | None = None

    def explained(self) -> frozenset[int]:
        """The positions of the sentence's stems that the claim's hits cover."""
        return self.covered if self.covered is not None else covered_by(self.hits)


def covered_by(hits: dict[int, list[Hit]]) -> frozenset[int]:
    """The positions of the stems that ``hits`` (group -> hits) cover."""
    return frozenset(p for spans in hits.values() for hit in spans for p in range(hit.start, hit.end))


def rank(candidate: Candidate, weights: Weights = WEIGHTS) -> float:
    """More groups, a more exact subject and more of the sentence explained mean a more specific claim; a
    word explained only through a broader word (``implied``) counts against the claim."""
    return (
        candidate.fuzzy
        + weights.group * len(candidate.hits)
        - weights.missing * candidate.missing
        + weights.exact * candidate.exactness
        + weights.coverage * (len(candidate.explained()) - 2 * candidate.implied)
    )


def order(candidate: Candidate, rank_value: float) -> tuple[float, int, int, int]:
    """Sort key, best first: the higher rank; on a tie, the more specific claim (more assertion groups
    named, then more of the sentence explained by its own words), then the claim's place in the database,
    so the order in which the sentence happened to name the candidates never decides."""
    own = len(candidate.explained()) - candidate.implied
    return (-rank_value, -len(candidate.hits), -own, candidate.claim)
