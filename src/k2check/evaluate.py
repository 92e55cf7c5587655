"""``k2check eval``: accuracy of the matcher on a labelled set of statements."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from k2check.check import Checker
from k2check.errors import UserError
from k2check.verdicts import statement_verdict


class Case(NamedTuple):
    text: str
    claim_id: str | None
    negated: bool
    kind: str = ""
    also: tuple[str, ...] = ()
    """Close alternatives that are also right answers, with the same polarity."""

    @property
    def accepted(self) -> tuple[str | None, ...]:
        return (self.claim_id, *self.also)


@dataclass(slots=True)
class Outcome:
    total: int = 0
    claim_right: int = 0
    must_abstain: int = 0
    abstained: int = 0
    polarity_total: int = 0
    polarity_right: int = 0
    verdict_right: int = 0
    # Right claim with the right polarity, or a right no-match: the answer a reader needs.
    answer_right: int = 0
    unknown: int = 0
    failures: list[str] = field(default_factory=list)

    @staticmethod
    def ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def figures(self) -> dict[str, float]:
        return {
            "claim_accuracy": self.ratio(self.claim_right, self.total),
            "abstention_accuracy": self.ratio(self.abstained, self.must_abstain),
            "polarity_accuracy": self.ratio(self.polarity_right, self.polarity_total),
            "verdict_accuracy": self.ratio(self.verdict_right, self.total),
            "answer_accuracy": self.ratio(self.answer_right, self.total),
        }


def read_cases(path: Path) -> list[Case]:
    from k2check.loader import DatabaseError, read_bytes
    from k2check.yamlparse import parse_yaml

    try:
        data = read_bytes(path)
    except DatabaseError as exc:
        raise UserError(str(exc.problems[0]).replace("claims file", "file of cases")) from None
    document, errors = parse_yaml(data.decode("utf-8", errors="replace"))
    if errors or not isinstance(document, list):
        where = (
            f"{path}:{errors[0][0]}: {errors[0][1]}" if errors else f"{path}: must be a YAML list of cases"
        )
        raise UserError(where)
    cases = []
    for i, item in enumerate(document, 1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise UserError(f"{path}:{getattr(item, 'line', 0)}: case {i} needs a 'text' string")
        also = item.get("also") or []
        if not isinstance(also, list) or not all(isinstance(a, str) for a in also):
            where = f"{path}:{getattr(item, 'line', 0)}: case {i}"
            raise UserError(f"{where}: 'also' must be a list of claim ids")
        cases.append(
            Case(
                item["text"],
                item.get("id"),
                bool(item.get("negated", False)),
                str(item.get("kind", "")),
                tuple(also),
            )
        )
    return cases


def evaluate(checker: Checker, cases: list[Case]) -> Outcome:
    """Score each case; a claim not in the database counts as a failure, not as an error."""
    outcome = Outcome()
    for case in cases:
        result = checker.check_statement(case.text)
        outcome.total += 1
        got_id = result.match.claim.id if result.match else None
        got_negated = bool(result.match and result.match.negated)
        want = f"{case.claim_id}{' (negated)' if case.negated else ''}" if case.claim_id else "no-match"
        if case.also:
            want += f" (or {', '.join(case.also)})"
        if case.claim_id is None:
            outcome.must_abstain += 1
            expected_verdict = "no-match"
        else:
            claim = checker.db.get(case.claim_id)
            if claim is None:
                outcome.unknown += 1
                outcome.failures.append(f"[{case.kind}] {case.text!r}: want {want}: not in the database")
                continue
            expected_verdict = statement_verdict(claim.verdict, case.negated, claim.if_negated)
        if got_id in case.accepted:
            outcome.claim_right += 1
            outcome.answer_right += got_id is None or got_negated == case.negated
            if got_id is None:
                outcome.abstained += 1
            else:
                found = checker.db.get(got_id)
                if found is not None:
                    expected_verdict = statement_verdict(found.verdict, case.negated, found.if_negated)
                outcome.polarity_total += 1
                outcome.polarity_right += got_negated == case.negated
        if result.verdict == expected_verdict:
            outcome.verdict_right += 1
        else:
            got = f"{got_id}{' (negated)' if got_negated else ''}" if got_id else "no-match"
            outcome.failures.append(
                f"[{case.kind}] {case.text!r}: want {want} -> {expected_verdict}, "
                f"got {got} -> {result.verdict}"
            )
    return outcome


def format_report(outcome: Outcome, show_failures: bool = True) -> str:
    f = outcome.figures
    lines = [
        f"statements:           {outcome.total}",
        f"claim accuracy:       {f['claim_accuracy']:.3f}  (right claim, or rightly none)",
        f"abstention accuracy:  {f['abstention_accuracy']:.3f}  "
        f"({outcome.abstained}/{outcome.must_abstain} that must match nothing got no-match)",
        f"polarity accuracy:    {f['polarity_accuracy']:.3f}  "
        f"({outcome.polarity_right}/{outcome.polarity_total} matched to the right claim)",
        f"verdict accuracy:     {f['verdict_accuracy']:.3f}",
        f"answer accuracy:      {f['answer_accuracy']:.3f}  "
        "(right claim with the right polarity, or rightly none)",
    ]
    if outcome.unknown:
        lines.append(f"not in the database:  {outcome.unknown} (counted as failures)")
    if show_failures and outcome.failures:
        lines.append(f"failures ({len(outcome.failures)}):")
        lines.extend(f"  {line}" for line in outcome.failures)
    return "\n".join(lines)
