"""The second opinion: the model the matcher asks about a sentence's near misses (opinion.py), and the
join that weighs it against the keyword groups (join.py)."""

from __future__ import annotations

import doctest
import math
import subprocess
import sys
from pathlib import Path

import pytest

from k2check import join, opinion
from k2check.check import Checker
from k2check.join import CLAIM_FEATURES, NEUTRAL, NONE_FEATURES, POLARITY_FEATURES, Join, Scorer, scorer_line
from k2check.matcher import STATEMENT, Matcher
from k2check.opinion import OpinionError, bundled_opinion, parse

ROOT = Path(__file__).resolve().parent.parent

# Sentences (ours, not of any set) that name the subject but write around the claim's keyword groups:
# the groups alone leave each a near miss, and the model names its claim.
STATED_AROUND_THE_WORDS = [
    # Until round 36's retrain "... on the shop shelf." (the model's 0.79 for it then fell short of
    # ``Weights.document_rescue`` in a document).
    ("If warfarin is in your cabinet, leave the K2 capsules on the shelf.", "k2-warfarin-interaction"),
    (
        "There is no reason to buy a K2 capsule just because an online quiz says you are short of it.",
        "most-people-need-k2-supplement",
    ),
]


@pytest.mark.parametrize(("module", "least"), [(opinion, 5), (join, 4)])
def test_the_examples_in_the_docstrings_hold(module: object, least: int) -> None:
    failures, tried = doctest.testmod(module)  # type: ignore[arg-type]
    assert tried >= least
    assert failures == 0


def test_the_bundled_model_covers_the_bundled_claims(checker: Checker) -> None:
    model = bundled_opinion()
    assert model is not None
    ids = {claim.id for claim in checker.db.claims}
    assert set(model.classes) == ids | {"none"}
    p = model.probabilities("Vitamin K2 builds muscle.")
    assert abs(sum(p.values()) - 1) < 1e-9
    assert max(p, key=lambda c: p[c]) == "k2-builds-muscle"


def test_the_bundled_model_is_trained_on_todays_data() -> None:
    """A phrasing or a development set changed since the model was trained: retrain it."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "train_opinion.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(("text", "claim_id"), STATED_AROUND_THE_WORDS)
def test_a_near_miss_the_model_names_is_stated(checker: Checker, text: str, claim_id: str) -> None:
    result = checker.check_statement(text)
    assert result.match is not None
    assert result.match.claim.id == claim_id
    assert result.match.explanation.opinion > 0  # the join chose the model's claim
    # Without the model the same sentence is a near miss: the groups alone do not state it.
    index = checker.matcher.index
    alone = Checker(checker.db, index)
    alone.matcher = Matcher(index, opinion=lambda: None)
    bare = alone.check_statement(text)
    assert bare.match is None


def test_the_rules_decide_a_stated_near_miss_polarity(checker: Checker) -> None:
    """The model says which claim; whether the sentence denies it is the polarity rules' answer."""
    text, claim_id = STATED_AROUND_THE_WORDS[1]
    result = checker.check_statement(text)
    assert result.match is not None
    assert (result.match.claim.id, result.match.negated) == (claim_id, True)
    # Denying a misleading claim is mostly true (verdicts.md's negation table).
    assert result.verdict == "mostly-true"


@pytest.mark.parametrize(
    "text",
    [
        "Don't let anyone talk you out of the vitamin K shot for your newborn.",
        "Please don't let a scary story put you off your baby's vitamin K injection.",
    ],
)
def test_sound_advice_around_the_claims_words_states_it(checker: Checker, text: str) -> None:
    """Sound advice, written around the claim's terms: the model names the claim, a polarity rule reads
    the refused dissuasion; never "false"."""
    result = checker.check_statement(text)
    assert result.match is not None
    found = (result.match.claim.id, result.match.negated, result.verdict)
    assert found == ("newborn-vitk-shot", False, "true")


@pytest.mark.parametrize(
    "text",
    [
        "Which vitamin K2 supplement works best for muscle?",  # a wh-question asks
        # A heading: a title in capitals with no verb (``reads_as_sentence``). A line in lower case with no
        # stop ("MK-7 for muscle and the gym") is asked, as bullets and posts are; until round 35's retrain
        # the model happened to name no claim for that one.
        "MK-7 For Muscle And The Gym",
    ],
)
def test_questions_and_headings_get_no_second_opinion(checker: Checker, text: str) -> None:
    result = checker.check_statement(text)
    assert result.match is None or not result.match.explanation.opinion


def test_a_document_takes_a_near_miss_only_when_the_model_is_sure(checker: Checker) -> None:
    """A page's line on which the keyword groups stated nothing gets a near miss only at
    ``Weights.document_rescue`` (round 23; before, never: the second opinion had put claims on silent
    lines), and then the claim a statement gets."""
    from k2check.rank import WEIGHTS

    lines = [f"{text}\n" for text, _ in STATED_AROUND_THE_WORDS]
    results = [r for r in checker.check_document(lines, "page.md") if r.match is not None]
    assert len(results) == len(lines)  # each line's near miss is one the model is sure of
    for r in results:
        assert r.match is not None
        assert r.match.explanation.opinion >= WEIGHTS.document_rescue
        assert r.match.claim.id == dict(STATED_AROUND_THE_WORDS)[r.statement]


def _head(claims: Scorer = NEUTRAL.claims, polarity: Scorer = NEUTRAL.polarity) -> bytes:
    lines = [
        "k2check-opinion\t4",
        "classes\ta none",
        "intercepts\t0 0",
        "negation\t-1",
        scorer_line("claims", claims, CLAIM_FEATURES + NONE_FEATURES),
        scorer_line("polarity", polarity, POLARITY_FEATURES),
    ]
    return "\n".join(lines).encode() + b"\n"


HEAD = _head()


def test_a_model_file_of_another_format_is_refused() -> None:
    with pytest.raises(OpinionError, match="format 4"):
        parse(HEAD.replace(b"\t4\n", b"\t3\n", 1))
    with pytest.raises(OpinionError, match="does not weigh the figures"):
        parse(HEAD.replace(b"statement=", b"sentence="))
    with pytest.raises(OpinionError, match="malformed"):
        parse(HEAD.replace(b"bias=-1", b"bias=x"))
    with pytest.raises(OpinionError, match="intercepts"):
        parse(HEAD.replace(b"0 0", b"0"))
    with pytest.raises(OpinionError, match="without its weights"):
        parse(HEAD + b"k2 without tabs\n")


def test_the_bundled_model_rows_are_sorted_and_whole() -> None:
    """The rows are found by bisection, so they must be in order; every row must parse."""
    model = bundled_opinion()
    assert model is not None
    features = model.features()
    assert features == sorted(features, key=lambda f: f + "\t")
    assert all(model._row(f) is not None for f in features)


def test_negation_is_a_logistic_over_the_features() -> None:
    model = parse(HEAD + b"not\t3\t\n")
    assert model.denies("K2 does not build muscle.") == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.denies("K2 builds muscle.") == pytest.approx(1 / (1 + math.exp(1.0)))


def test_a_feature_may_weigh_on_one_claim_s_negation() -> None:
    """A ``claim|feature`` row adds its weight only when that claim is asked about: the same words may
    deny one claim and affirm another ("fine to eat greens" on warfarin and on Eliquis)."""
    model = parse(HEAD + b"a|not\t-3\t\nnot\t3\t\n")
    assert model.denies("K2 does not build muscle.") == pytest.approx(1 / (1 + math.exp(-2.0)))
    assert model.denies("K2 does not build muscle.", "a") == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.denies("K2 does not build muscle.", "b") == pytest.approx(1 / (1 + math.exp(-2.0)))


def test_probabilities_are_a_softmax_over_the_classes() -> None:
    model = parse(HEAD + b"k2\t0\t0:2\n")
    p = model.probabilities("K2.")
    assert p["a"] > p["none"]
    assert abs(p["a"] + p["none"] - 1) < 1e-12
    assert model.probabilities("nothing known.") == {"a": 0.5, "none": 0.5}


def test_the_join_reads_its_scorers_from_the_head_lines() -> None:
    claims = Scorer(tuple(float(k) for k in range(len(CLAIM_FEATURES) + len(NONE_FEATURES))), 0.25)
    model = parse(_head(claims=claims))
    assert model.join == Join(claims, NEUTRAL.polarity)


SAMPLE = [
    "Vitamin K2 builds muscle.",
    "K2 does not build muscle.",
    "If warfarin is in your cabinet, leave the K2 capsules on the shop shelf.",
    "Do not take K2 with warfarin without asking your doctor.",
    "Natto is the richest food source of vitamin K2.",
    "Oral drops protect a newborn as well as the vitamin K shot does.",
]


def test_the_neutral_join_keeps_what_the_keyword_groups_decided(checker: Checker) -> None:
    """The trainer reads its sets with the neutral join: it must leave the groups' answers as they are."""
    model = bundled_opinion()
    assert model is not None
    neutral = model.with_join(NEUTRAL)
    index = checker.matcher.index
    with_neutral = Checker(checker.db, index)
    with_neutral.matcher = Matcher(index, opinion=lambda: neutral)
    alone = Checker(checker.db, index)
    alone.matcher = Matcher(index, opinion=lambda: None)

    def answer(c: Checker, text: str) -> tuple[str, bool] | None:
        match = c.check_statement(text).match
        return (match.claim.id, match.negated) if match else None

    assert [answer(with_neutral, t) for t in SAMPLE] == [answer(alone, t) for t in SAMPLE]


def test_a_join_that_weighs_none_above_all_vetoes_the_keyword_groups(checker: Checker) -> None:
    weights = [0.0] * (len(CLAIM_FEATURES) + len(NONE_FEATURES))
    weights[len(CLAIM_FEATURES) + NONE_FEATURES.index("none")] = 5.0
    model = bundled_opinion()
    assert model is not None
    vetoing = Join(Scorer(tuple(weights), 0.0), model.join.polarity)
    index = checker.matcher.index
    strict = Checker(checker.db, index)
    strict.matcher = Matcher(index, opinion=lambda: model.with_join(vetoing))
    assert checker.check_statement("Vitamin K2 builds muscle.").match is not None
    assert strict.check_statement("Vitamin K2 builds muscle.").match is None
    # A line that does not read as a statement (a title in capitals with no verb) keeps the groups' claim.
    assert strict.matcher.match_all("Vitamin K2 And Muscle Growth", STATEMENT).matches
