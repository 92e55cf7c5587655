"""The cached database keeps each claim's record and postings list on a line of its own: a statement
decodes the few it reaches, documents decode all of them; both check the same, and older files read."""

from __future__ import annotations

from k2check import store
from k2check.check import Checker, Result
from k2check.database import LINES, Loaded, _freeze, freeze, thaw

TEXTS = ["Vitamin K2 builds muscle", "K2 does not build muscle", "Natto is rich in K2", "The sky is blue"]
DOCUMENT = "Vitamin K2 builds muscle. Natto is rich in K2.\n\nWarfarin users should watch their vitamin K.\n"


def _answers(loaded: Loaded) -> tuple[list[Result], list[Result]]:
    checker = Checker(loaded.db, loaded.index)
    statements = [checker.check_statement(t) for t in TEXTS]
    document = list(checker.check_document(iter(DOCUMENT.splitlines(keepends=True)), "d.md"))
    return statements, document


def test_lazy_and_whole_reads_check_the_same(loaded: Loaded) -> None:
    raw = freeze(loaded, "k")
    lazy, whole = thaw(raw, "k", lazy=True), thaw(raw, "k", lazy=False)
    assert type(lazy.index.claims).__name__ == "_Column"
    assert isinstance(whole.index.claims, list)
    assert _answers(lazy) == _answers(whole) == _answers(loaded)
    records = lazy.index.claims.records  # type: ignore[attr-defined]
    assert 0 < len(records.decoded) < len(loaded.db.claims)  # only the claims the checks reached


def test_a_file_with_records_inside_the_body_still_reads(loaded: Loaded) -> None:
    head, lines = _freeze(loaded)
    assert head[-1] == LINES
    db, core, stems, count, notices, _ = head
    texts = list(lines)
    older = (db, core, dict(zip(stems, texts[count:], strict=True)), texts[:count], notices, True)
    raw = store.dumps("k", older)
    for lazy in (True, False, None):
        assert _answers(thaw(raw, "k", lazy=lazy)) == _answers(loaded)
