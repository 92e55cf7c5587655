"""``k2check eval-docs``: the counting of recall, polarity and noise, and the checks on annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from k2check.errors import UserError
from k2check.evaluate_docs import Annotation, Entry, Found, read_annotation, score

DATA = Path(__file__).parent / "data"

DOC = """# Vitamin K2 and muscle

Vitamin K2 builds muscle.
K2 is not toxic at high doses.
Natto is the richest food source of vitamin K2.

Shop now
"""

SIDECAR = """claims:
  3: [k2-builds-muscle]
  4:
    - {id: k2-toxic-high-dose, negated: true}
  5: [natto-richest-k2, {id: k2-heart-health, also: [animal-foods-k2]}]
silent: [1, 7]
"""


def _write(tmp_path: Path, doc: str = DOC, sidecar: str = SIDECAR) -> Path:
    (tmp_path / "page.md").write_text(doc, encoding="utf-8")
    (tmp_path / "page.yaml").write_text(sidecar, encoding="utf-8")
    return tmp_path / "page.md"


def test_annotation_is_read_with_negation_and_alternatives(tmp_path: Path) -> None:
    annotation = read_annotation(_write(tmp_path))
    assert Entry(4, "k2-toxic-high-dose", True) in annotation.entries
    assert Entry(5, "k2-heart-health", False, ("animal-foods-k2",)) in annotation.entries
    assert annotation.silent == {1, 7}


def test_silent_ranges(tmp_path: Path) -> None:
    doc = "one\ntwo\nthree\n\nfive\n"
    annotation = read_annotation(_write(tmp_path, doc, "silent: [1-3, 5]\n"))
    assert annotation.silent == {1, 2, 3, 5}


def test_counting() -> None:
    annotation = Annotation(
        (
            Entry(3, "k2-builds-muscle", False),
            Entry(4, "k2-toxic-high-dose", True),
            Entry(5, "natto-richest-k2", False),
            Entry(5, "k2-heart-health", False, ("animal-foods-k2",)),
            Entry(6, "k2-prevents-cancer", False),
        ),
        frozenset({1, 7, 8}),
    )
    found = [
        Found(3, "k2-builds-muscle", False, ""),
        Found(4, "k2-toxic-high-dose", False, ""),  # right claim, wrong polarity
        Found(5, "animal-foods-k2", False, ""),  # an accepted alternative
        Found(5, "k2-dose-100-200-mcg", False, ""),  # matches nothing annotated on line 5
        Found(7, "k2-heart-health", False, ""),  # a silent line
        Found(7, "k2-builds-muscle", False, ""),  # the same silent line counts once
    ]
    known = frozenset({"k2-builds-muscle", "k2-toxic-high-dose", "natto-richest-k2", "animal-foods-k2"})
    s = score("page.md", annotation, found, known)
    assert (s.entries, s.found, s.polarity_right) == (5, 3, 2)
    assert s.not_in_database == 1  # k2-prevents-cancer; k2-heart-health counts through its alternative
    assert (s.silent_lines, s.silent_hit, s.stray) == (3, 1, 1)
    kinds = sorted((f.line, f.kind) for f in s.failures)
    assert kinds == [
        (4, "polarity"),
        (5, "missed"),
        (5, "stray"),
        (6, "missed"),
        (7, "silent"),
        (7, "silent"),
    ]
    assert s.recall == pytest.approx(3 / 5)
    assert s.recall_known == pytest.approx(3 / 4)


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ("claims:\n  3: [k2-builds-muscle]\nsilent: [1, 3, 4, 5, 7]\n", "line 3 is both"),
        ("claims:\n  3: [k2-builds-muscle]\nsilent: [1, 4, 5]\n", "line 7 is neither"),
        ("claims:\n  2: [k2-builds-muscle]\nsilent: [1, 3-5, 7]\n", "line 2 is blank"),
        ("silent: [1, 3-5, 7, 40]\n", "line 40 is blank or past the end"),
        ("silent: [1, 5-3]\n", "not a line number or a range"),
        ("claims:\n  3: [{id: k2-builds-muscle, negative: true}]\nsilent: [1, 4, 5, 7]\n", "an entry has"),
        ("lines: []\n", "must be a mapping"),
    ],
)
def test_bad_annotations_are_reported(tmp_path: Path, sidecar: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        read_annotation(_write(tmp_path, DOC, sidecar))


def test_cli_reports_json_and_exits_0(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _write(tmp_path)
    result = cli("eval-docs", str(tmp_path), "--format", "json")  # type: ignore[operator]
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["path"] for d in data["documents"]] == [str(tmp_path / "page.md")]
    assert data["overall"]["entries"] == 4
    assert data["overall"]["silent_lines"] == 2
    assert {f["kind"] for f in data["failures"]} <= {"missed", "polarity", "silent", "stray"}


def test_cli_text_without_failures(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = _write(tmp_path)
    result = cli("eval-docs", str(page), "--no-failures")  # type: ignore[operator]
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-2].startswith("overall")
    assert "failures (" not in result.stdout


@pytest.mark.parametrize("what", ["no-sidecar", "sidecar-given", "missing", "empty-dir", "bad-format"])
def test_cli_bad_input_exits_2(cli, tmp_path: Path, what: str) -> None:  # type: ignore[no-untyped-def]
    page = _write(tmp_path)
    args = {
        "no-sidecar": [str(page)],
        "sidecar-given": [str(tmp_path / "page.yaml")],
        "missing": [str(tmp_path / "nothing.md")],
        "empty-dir": [str(tmp_path / "empty")],
        "bad-format": [str(page), "--format", "sarif"],
    }[what]
    if what == "no-sidecar":
        (tmp_path / "page.yaml").unlink()
    (tmp_path / "empty").mkdir()
    result = cli("eval-docs", *args)  # type: ignore[operator]
    assert result.exit_code == 2
    assert result.stderr.startswith("k2check: ")


@pytest.mark.parametrize(
    ("folder", "size"),
    [
        ("documents", 10),
        ("documents-holdout", 5),
        ("documents-dev2", 5),
        ("documents-holdout2", 3),
        ("documents-dev3", 4),
        ("documents-holdout3", 2),
        ("documents-dev4", 3),
        ("documents-holdout4", 3),
        ("documents-dev5", 3),
        ("documents-holdout5", 3),
        ("documents-dev6", 3),
        ("documents-holdout6", 3),
        ("documents-dev7", 3),
        ("documents-dev8", 3),
        ("documents-dev9", 3),
        ("documents-dev10", 3),
        ("documents-holdout7", 3),
        ("documents-dev11", 3),
        ("documents-dev12", 3),
        ("documents-holdout8", 3),
        ("documents-dev13", 3),
        ("documents-holdout9", 3),
        ("documents-dev14", 3),
        ("documents-holdout10", 3),
        ("documents-dev15", 3),
        ("documents-holdout11", 3),
        ("documents-dev16", 3),
        ("documents-dev17", 3),
        ("documents-holdout12", 3),
        ("documents-dev18", 3),
        ("documents-holdout13", 3),
        ("documents-dev19", 3),
        ("documents-holdout14", 3),
        ("documents-dev20", 3),
        ("documents-holdout15", 3),
        ("documents-dev21", 3),
        ("documents-holdout16", 3),
        ("documents-dev22", 3),
        ("documents-holdout17", 3),
        ("documents-dev23", 3),
        ("documents-holdout18", 3),
        ("documents-dev24", 3),
        ("documents-holdout19", 3),
        ("documents-dev25", 3),
        ("documents-holdout20", 3),
        ("documents-dev26", 3),
        ("documents-holdout21", 3),
        ("documents-dev27", 3),
        ("documents-holdout22", 3),
        ("documents-dev28", 3),
        ("documents-holdout23", 3),
        ("documents-dev29", 3),
        ("documents-holdout24", 3),
        ("documents-dev30", 3),
        ("documents-dev31", 3),
        ("documents-holdout25", 3),
        ("documents-dev32", 3),
        ("documents-holdout26", 3),
        ("documents-dev33", 3),
        ("documents-holdout27", 3),
        ("documents-dev34", 3),
        ("documents-holdout28", 3),
        ("documents-dev35", 3),
        ("documents-holdout29", 3),
        ("documents-dev36", 3),
        ("documents-holdout30", 3),
        ("documents-dev37", 3),
        ("documents-holdout31", 3),
        ("documents-dev38", 3),
        ("documents-holdout32", 3),
        ("documents-dev39", 3),
        ("documents-holdout33", 3),
        ("documents-dev40", 3),
        ("documents-dev41", 3),
        ("documents-holdout34", 3),
        ("documents-dev42", 3),
        ("documents-dev43", 3),
        ("documents-holdout35", 3),
        ("documents-dev44", 3),
        ("documents-holdout36", 3),
        ("documents-dev45", 3),
        ("documents-dev46", 3),
        ("documents-holdout37", 3),
        ("documents-dev47", 3),
        ("documents-dev48", 3),
        ("documents-holdout38", 3),
        ("documents-dev49", 3),
        ("documents-holdout39", 3),
        ("documents-dev50", 3),
        ("documents-dev51", 3),
        ("documents-holdout40", 3),
        ("documents-holdout41", 3),
        ("documents-dev52", 3),
        ("documents-holdout42", 3),
        ("documents-dev53", 3),
        ("documents-holdout43", 3),
        ("documents-dev54", 3),
        ("documents-holdout44", 3),
        ("documents-dev55", 3),
        ("documents-holdout45", 3),
        ("documents-dev56", 3),
        ("documents-holdout46", 3),
        ("documents-dev57", 3),
        ("documents-holdout47", 3),
        ("documents-dev58", 3),
        ("documents-holdout48", 3),
        ("documents-dev59", 3),
        ("documents-holdout49", 3),
        ("documents-dev60", 3),
        ("documents-holdout50", 3),
        ("documents-dev61", 3),
        ("documents-holdout51", 3),
        ("documents-dev62", 3),
        ("documents-holdout52", 3),
        ("documents-dev63", 3),
        ("documents-holdout53", 3),
        ("documents-dev64", 3),
        ("documents-holdout54", 3),
        ("documents-dev65", 3),
        ("documents-holdout55", 3),
        ("documents-dev66", 3),
        ("documents-holdout56", 3),
        ("documents-dev67", 3),
        ("documents-holdout57", 3),
        ("documents-dev68", 3),
        ("documents-dev69", 3),
        ("documents-holdout58", 3),
        ("documents-dev70", 3),
        ("documents-holdout59", 3),
        ("documents-dev71", 3),
        ("documents-holdout60", 3),
        ("documents-dev72", 3),
        ("documents-holdout61", 3),
        ("documents-dev73", 3),
        ("documents-holdout62", 3),
        ("documents-dev74", 3),
        ("documents-holdout63", 3),
        ("documents-dev75", 3),
        ("documents-holdout64", 3),
        ("documents-dev76", 3),
        ("documents-holdout65", 3),
        ("documents-dev77", 3),
        ("documents-holdout66", 3),
        ("documents-dev78", 3),
        ("documents-holdout67", 3),
        ("documents-dev79", 3),
        ("documents-holdout68", 3),
        ("documents-dev80", 3),
        ("documents-holdout69", 3),
        ("documents-dev81", 3),
        ("documents-holdout70", 3),
        ("documents-dev82", 3),
        ("documents-holdout71", 3),
        ("documents-dev83", 3),
        ("documents-holdout72", 3),
        ("documents-dev84", 3),
        ("documents-holdout73", 3),
        ("documents-dev85", 3),
        ("documents-holdout74", 3),
        ("documents-dev86", 3),
        ("documents-holdout75", 3),
    ],
)
def test_corpus_annotations_are_complete(folder: str, size: int) -> None:
    """Every document of the corpus has a sidecar that accounts for each of its non-blank lines."""
    pages = sorted(p for p in (DATA / folder).iterdir() if p.suffix in {".md", ".txt"})
    assert len(pages) >= size
    for page in pages:
        annotation = read_annotation(page)
        assert annotation.entries, page
        assert annotation.silent, page


@pytest.mark.parametrize(
    ("folder", "recall", "polarity", "silent_hits"),
    [
        # Round 23's near-miss rescue on pages (rank.Weights.document_rescue) reads a newborn page's
        # description of the shot as recommending it (two silent lines here, two in documents-dev2).
        ("documents", 0.94, 0.99, 2),
        ("documents-dev2", 0.86, 0.96, 4),
        ("documents-holdout", 0.74, 0.92, 2),
        ("documents-holdout2", 0.70, 0.88, 6),
        # Round 4, a fresh writer: documents-dev3 scored 0.61 / 0.95 / 6 when it arrived, then was tuned
        # against; documents-holdout3 (0.60 / 0.93 / 0 when it arrived) is held out.
        ("documents-dev3", 0.70, 0.94, 5),
        ("documents-holdout3", 0.60, 0.90, 1),
        # Round 5, a fresh writer: documents-dev4 scored 0.60 / 1.00 / 6 when it arrived; 0.63 / 1.00 / 3
        # after round 6's document fixes, 0.65 / 1.00 / 3 after docs7's.
        ("documents-dev4", 0.64, 0.97, 3),
        # ...and its held-out half, scored once: 0.69 / 0.88 / 4.
        ("documents-holdout4", 0.66, 0.85, 5),
        # Round 6, a fresh writer: documents-dev5 scored 0.51 / 0.94 / 5 when it arrived, then was tuned
        # against (docs7). Seven of its claims are on headings, which the other page sets annotate silent.
        ("documents-dev5", 0.65, 0.96, 2),
        # ...and its held-out half, scored once: 0.75 / 0.85 / 1.
        ("documents-holdout5", 0.72, 0.82, 2),
        # Round 20, a fresh writer each: documents-dev6 scored 0.75 / 0.91 / 1 when it arrived, then was
        # tuned against; documents-holdout6 (0.69 / 0.94 / 1 when it arrived) is held out.
        ("documents-dev6", 0.75, 0.91, 2),
        ("documents-holdout6", 0.68, 0.92, 1),
        # A third fresh writer: documents-dev7 scored 0.80 / 0.84 / 3 when it arrived (its myth-and-fact
        # table and verdict lines then led to round 20's table and verdict reading).
        ("documents-dev7", 0.80, 0.84, 3),
        # Round 21, two fresh writers: documents-dev8 (a newborn-care page, a trial news story, a plain-text
        # buyer's guide) scored 0.75 / 0.88 / 1 when it arrived, documents-dev9 (a forum thread, a
        # listicle, a pharmacy leaflet on warfarin) 0.61 / 0.92 / 10; both then tuned against. A reference
        # list is read as stating nothing (4 silent lines fewer), its writer's one claim there too: the title
        # of the Rotterdam Study, which the page cites and does not assert (recall 0.60).
        ("documents-dev8", 0.75, 0.88, 1),
        ("documents-dev9", 0.60, 0.92, 6),
        # Round 22, two fresh writers: documents-dev10 (a hospital article with an FAQ, a D3 + K2 product
        # page, a plain-text warfarin diet leaflet) scored 0.74 / 0.92 / 2 when it arrived, then was tuned
        # against; documents-holdout7 (a trial news story, a parenting-forum thread, a K2 foods listicle)
        # scored 0.55 / 0.96 / 1 when it arrived and is held out; 0.75 / 0.98 / 3 from round 26, when a
        # forum post's "--" above its signature stopped making the post a heading (its thread: 2 -> 18 of
        # 28 claims).
        ("documents-dev10", 0.72, 0.90, 2),
        ("documents-holdout7", 0.72, 0.94, 3),
        # A third: documents-dev11, three plain-text forum threads (post headers, quotes, signatures), scored
        # 0.58 / 0.95 / 4 when it arrived, then tuned against.
        ("documents-dev11", 0.56, 0.93, 5),
        # Round 23, two fresh writers: documents-dev12 (a newborn-care page, a K2 benefits listicle with
        # comments, a plain-text anticoagulation clinic FAQ) scored 0.76 / 0.86 / 7 when it arrived, then
        # was tuned against; documents-holdout8 (a bone-health magazine article, an MK-7 product page, a
        # plain-text forum thread) scored 0.72 / 0.96 / 4 when it arrived and is held out.
        ("documents-dev12", 0.74, 0.84, 7),
        ("documents-holdout8", 0.70, 0.94, 4),
        # Round 24, two fresh writers: documents-dev13 (a D3 + K2 brand's science page, a plain-text
        # anticoagulation clinic handout, a Reddit-style thread) scored 0.60 / 0.96 / 2 when it arrived, then
        # was tuned against; documents-holdout9 (a news story on a K2 calcification trial, a baby site's page
        # on the newborn shot, a plain-text nutrition newsletter) scored 0.74 / 0.84 / 5 when it arrived and
        # is held out.
        ("documents-dev13", 0.58, 0.94, 2),
        ("documents-holdout9", 0.72, 0.82, 5),
        # Round 25, two fresh writers: documents-dev14 (a health article with an FAQ, a D3 + K2 product page
        # with a benefits list and a comparison table, a plain-text warfarin leaflet) scored 0.65 / 0.99 / 4
        # when it arrived, then was tuned against; documents-holdout10 (a K2 listicle with myths, a parenting
        # forum thread on the newborn shot, a plain-text news story on a K2 calcification trial) scored
        # 0.64 / 0.87 / 7 when it arrived and is held out.
        # Round 50: small claims one group short asked about on every line that states nothing: 4 -> 5
        # silent lines with a result ("We work out your warfarin dose around the way you normally eat.").
        ("documents-dev14", 0.70, 0.97, 5),
        # Round 31's retrained second opinion: silent lines with a result 7 -> 8.
        ("documents-holdout10", 0.62, 0.85, 8),
        # Round 26, two fresh writers: documents-dev15 (a hospital page on the newborn shot, a "best K2
        # supplements" listicle with a comparison table, a plain-text forum thread on K2 with statins and
        # warfarin) scored 0.50 / 0.92 / 10 when it arrived: the thread's posts, each ended by "--" above
        # its signature, were read as headings underlined; 0.68 / 0.91 / 11 once an underline under several
        # lines or a sentence no longer makes a heading. documents-holdout11 (a plain-text anticoagulation
        # clinic diet leaflet, a news story on a K2 trial in dialysis, a naturopath's "7 myths" post with an
        # FAQ) scored 0.73 / 0.93 / 2 when it arrived and is held out (its FAQ questions, which its writer
        # gave the claims they ask about, were annotated silent on arrival).
        ("documents-dev15", 0.66, 0.89, 11),
        ("documents-holdout11", 0.71, 0.91, 2),
        # A third this round: documents-dev16 (a pharmacy's FAQ on vitamin K supplements, a Reddit-style
        # thread on K2 from food or pills, a plain-text MK-4 vs MK-7 comparison sheet) scored 0.71 / 0.89 / 15
        # when it arrived; 0.76 / 0.90 / 7 once a post header with "8 hr. ago" was a line of fields.
        ("documents-dev16", 0.74, 0.88, 7),
        # Round 26's third batch: documents-dev17 (a dentist's blog on K2 and teeth, a university press
        # release on a K2 trial in older adults, a plain-text leaflet for parents on the newborn shot) scored
        # 0.70 / 0.74 / 6 when it arrived; documents-holdout12 (a magazine feature on K2 and the heart, a
        # plain-text brand newsletter, a parenting Q&A thread on drops versus the injection) scored 0.84 /
        # 0.89 / 2 when it arrived and is held out (its newsletter's subject line, a question its writer gave
        # the claim it asks about, was annotated silent on arrival).
        # Round 50, small claims asked on every line that states nothing: silent 6 -> 7.
        ("documents-dev17", 0.68, 0.72, 7),
        ("documents-holdout12", 0.82, 0.87, 3),
        # Round 27: documents-dev18 (a pharmacy's health-library article on vitamin K and blood thinners, a
        # D3 + K2 landing page with a pipe table and reviews, a plain-text newspaper Q&A column) scored 0.72 /
        # 0.95 / 5 when it arrived; documents-holdout13 (a midwife's blog on the newborn shot with myths and
        # comments, a lifting forum thread on K2, a plain-text leaflet for people starting warfarin) scored
        # 0.82 / 0.92 / 8 when it arrived and is held out.
        ("documents-dev18", 0.70, 0.93, 5),
        # Round 31's retrained second opinion: silent lines with a result 8 -> 9; round 36's: 10 (the model,
        # at 0.82, puts the shot on a story's opening line: a couple who wrote "no vitamin K" on their plan).
        ("documents-holdout13", 0.80, 0.90, 10),
        # Round 27's second batch: documents-dev19 (a "10 benefits of K2" listicle with one-line items, a
        # Reddit-style thread on K2 with D3, a plain-text university press release on a calcification trial)
        # scored 0.77 / 0.98 / 5 when it arrived (its thread's title, a question its writer gave the claim it
        # asks about, was annotated silent on arrival); documents-holdout14 (a health service's A-Z page on
        # vitamin K, an MK-7 shop page with a facts table and Q&A, a news story on vitamin K and fractures)
        # scored 0.79 / 0.95 / 3 when it arrived and is held out. Round 43: its "Meat and dairy foods contain
        # smaller amounts." after a list of vitamin K foods borrows the nutrient and reads as the K2 claim;
        # its writer left it silent (limit 3 -> 4).
        ("documents-dev19", 0.75, 0.96, 5),
        ("documents-holdout14", 0.77, 0.93, 4),
        # Round 27's third batch: documents-dev20 (a brand's K2 FAQ whose answers point back to their
        # questions, a naturopath's blog with a list and comments, a plain-text shop newsletter) scored
        # 0.81 / 0.95 / 1 when it arrived; documents-holdout15 (a patient forum thread on warfarin, DOACs and
        # greens, a "7 vitamin K myths" listicle with a table, a plain-text podcast transcript) scored
        # 0.67 / 0.87 / 2 when it arrived and is held out (eight question lines its writer gave the claims
        # they ask about were annotated silent on arrival, said in each sidecar).
        ("documents-dev20", 0.79, 0.93, 1),
        ("documents-holdout15", 0.65, 0.85, 2),
        # Round 27's fourth batch: documents-dev21 (a magazine feature on K2 with a food table and FAQ, a
        # comparison of three K2 supplements, a plain-text hospital leaflet on the newborn shot) scored
        # 0.85 / 0.89 / 10 when it arrived; documents-holdout16 (a dietitian's blog on vitamin K and blood
        # thinners, a retailer's K2 category page, a plain-text Q&A from a health talk) scored 0.76 / 0.91 / 5
        # when it arrived and is held out. Question lines their writers gave the claims they ask about (14
        # and 13) were annotated silent on arrival, said in each sidecar.
        ("documents-dev21", 0.83, 0.87, 10),
        ("documents-holdout16", 0.74, 0.88, 5),
        # Round 28's first batch: documents-dev22 (a newspaper's ask-the-pharmacist column, a gym blog's
        # off-season stack with a table, a hospital leaflet on vitamin K antagonists) scored 0.72 / 0.91 / 7
        # when it arrived; documents-holdout17 (a parenting forum thread on the newborn shot, a brand's MK-4
        # vs MK-7 comparison page, a news story on a K2 bone trial) scored 0.82 / 0.93 / 6 when it arrived
        # and is held out (five question lines its writer gave the claims they ask about were annotated
        # silent on arrival, said in each sidecar).
        ("documents-dev22", 0.70, 0.89, 7),
        ("documents-holdout17", 0.80, 0.91, 6),
        # Round 28's second batch: documents-dev23 (a forum thread on K2 and a calcium score, a listicle of
        # seven K2 foods with a table, a midwife's birth-plan guide) scored 0.77 / 0.89 / 12 when it arrived;
        # documents-holdout18 (a dentist's blog on K2 and teeth, a K2 product page with FAQ and reviews, a
        # government-style fact sheet) scored 0.79 / 0.90 / 7 when it arrived and is held out. Question lines
        # their writers gave the claims they ask about (10 and 6) were annotated silent on arrival, said in
        # each sidecar.
        ("documents-dev23", 0.75, 0.87, 12),
        ("documents-holdout18", 0.77, 0.88, 7),
        # Round 28's third batch: documents-dev24 (a Reddit-style thread on MK-7 and bone density, a
        # functional-medicine clinic's blog with a takeaways box, a plain-text shop newsletter) scored
        # 0.86 / 0.93 / 4 when it arrived; documents-holdout19 (a health-news explainer with expert quotes, a
        # pharmacy's warfarin and diet leaflet with a food table, an influencer's blog on K2 for skin, teeth
        # and heart) scored 0.86 / 0.87 / 8 when it arrived and is held out. Question lines their writers gave
        # the claims they ask about (8 and 6) were annotated silent on arrival, said in each sidecar.
        ("documents-dev24", 0.84, 0.91, 4),
        ("documents-holdout19", 0.84, 0.85, 8),
        # Round 28's fourth batch: documents-dev25 (a vitamin company's K2 FAQ, a pregnancy site's midwife
        # Q&A, a blog debunking ten myths with a myth/fact table) scored 0.81 / 0.92 / 9 when it arrived;
        # documents-holdout20 (a sports-nutrition article on K2 for athletes, a kidney patients' forum
        # thread, a plain-text transcript of a doctor's video on warfarin) scored 0.73 / 0.90 / 9 when it
        # arrived and is held out. Eight holdout20 question lines its writer gave the claims they ask about
        # were annotated silent on arrival, and one keeps only the claim it reports, said in each sidecar.
        ("documents-dev25", 0.79, 0.90, 9),
        ("documents-holdout20", 0.71, 0.88, 9),
        # Round 29: documents-dev26 (a pharmacy chain's K2 buying guide with a comparison table and FAQ, a
        # Reddit-style thread on K2 and blood thinners with quoted replies, a news story on a K2 study with
        # a "what this means for you" box) scored 0.75 / 0.89 / 6 when it arrived; documents-holdout21 (a
        # dentist's blog with a myths section, a supplement product page with reviews and a warnings box, a
        # hospital leaflet on vitamin K for newborns) scored 0.84 / 0.93 / 10 when it arrived and is held
        # out. Ten documents-dev26 question lines its writer gave the claims they ask about were annotated
        # silent on arrival, said in each sidecar.
        ("documents-dev26", 0.73, 0.87, 6),
        # Round 30's retrained second opinion puts a result on one more of its silent lines (10 -> 11).
        ("documents-holdout21", 0.82, 0.91, 11),
        # Round 29's second batch: documents-dev27 (a bodybuilding forum thread on K2 and muscle, a "10
        # benefits" listicle whose numbered headings its writer annotated as claims, a plain-text transcript
        # of a pharmacist's radio segment) scored 0.75 / 0.94 / 2 when it arrived; documents-holdout22 (a news
        # story on parents declining the newborn shot, a review site comparing five K2 products, a warfarin
        # clinic's diet FAQ with a food table) scored 0.89 / 0.96 / 6 when it arrived and is held out. Seven
        # documents-dev27 question lines its writer gave the claims they ask about were annotated silent on
        # arrival, said in each sidecar.
        ("documents-dev27", 0.73, 0.92, 2),
        # Round 34's second retrain: silent lines with a result 6 -> 7.
        ("documents-holdout22", 0.87, 0.94, 7),
        # Round 29's third batch: documents-dev28 (a keto blog with a K2 section, a shopping list and
        # comments, an encyclopedia-style section with bracketed citations, an osteoporosis forum thread on
        # K2 and bone scans) scored 0.75 / 0.95 / 3 when it arrived; documents-holdout23 (a magazine feature
        # with pull quotes and a sidebar, a Q&A page with answers of mixed quality, a plain-text shop
        # newsletter) scored 0.80 / 0.94 / 3 when it arrived and is held out. Two documents-dev28 question
        # lines its writer gave the claims they ask about were annotated silent on arrival, said in the
        # sidecar.
        ("documents-dev28", 0.73, 0.93, 3),
        ("documents-holdout23", 0.78, 0.92, 3),
        # Round 29's fourth batch: documents-dev29 (a fact-check of a viral post with claim / rating boxes, a
        # dietitian's vegan vitamin K guide with a food table, the comments under a news story on a K2 heart
        # study) scored 0.74 / 0.90 / 3 when it arrived; documents-holdout24 (a chiropractor's blog with a
        # "bottom line" box, a kidney patients' forum thread on dialysis and K2, a pharmacist's newspaper
        # column answering three letters) scored 0.81 / 0.92 / 0 when it arrived and is held out. Its writer
        # could make only 4 searches (the session's search budget ran out): two of its pages follow the
        # layout of their kind from the writer's knowledge, not from real pages read for them.
        # Round 31's retrained second opinion: silent lines with a result 3 -> 4.
        ("documents-dev29", 0.72, 0.88, 4),
        ("documents-holdout24", 0.79, 0.90, 0),
        # Round 30's first batch (27-28 searches each; the writers' instructions were rewritten this round):
        # documents-dev30 (an anticoagulation clinic's leaflet on warfarin and vitamin K foods, a D3+K2
        # product page with a comparison table and customer Q&A, a reddit-style thread arguing whether K2
        # clears arteries) scored 0.67 / 0.92 / 7 when it arrived; documents-dev31 (a hospital's newborn-care
        # page with myths and facts, a carnivore blogger's post on K2 from animal foods, a fact-check rating
        # viral K2 claims) 0.78 / 0.84 / 3; documents-holdout25 (a health site's article with an FAQ, a news
        # story on a K2 trial with quotes, a listicle of K2 facts) 0.79 / 0.94 / 1, held out.
        ("documents-dev30", 0.65, 0.90, 7),
        ("documents-dev31", 0.76, 0.82, 3),
        ("documents-holdout25", 0.77, 0.92, 1),
        # Its second: documents-dev32 (a dental practice's blog on K2 and teeth with an FAQ, a fitness
        # site's article on K2 and muscle with a myths list, a news roundup of vitamin K studies) scored
        # 0.87 / 0.95 / 6 when it arrived; documents-holdout26 (a hospital pharmacy's plain-text warfarin
        # leaflet, a brand's MK-7 science page with a comparison table, a parenting forum thread on the shot
        # or drops) 0.81 / 0.98 / 4, held out.
        ("documents-dev32", 0.85, 0.93, 6),
        # Round 31's retrained second opinion: silent lines with a result 4 -> 5.
        # Round 48's retrained second opinion puts one more result on a silent line: 5 -> 6.
        ("documents-holdout26", 0.79, 0.96, 6),
        # Round 30's second batch: documents-dev33 (a long health article whose FAQ answers open "Yes," or
        # "No,", an osteoporosis forum thread with quoted replies, a "best K2 supplements" page with tables)
        # scored 0.81 / 0.93 / 10 when it arrived; documents-holdout27 (a naturopath's blog promoting K2, a
        # plain-text state fact sheet with food tables, a news story on parents refusing the newborn shot)
        # 0.79 / 0.96 / 10, held out.
        ("documents-dev33", 0.79, 0.91, 10),
        # Round 34's retrained second opinion: silent lines with a result 10 -> 11.
        ("documents-holdout27", 0.77, 0.94, 11),
        # Its third: documents-dev34 (a pharmacy's page on K2's uses, side effects and interactions, a
        # keto and menopause group's thread, a magazine listicle of K2 foods with a table) scored 0.79 /
        # 0.85 / 1 when it arrived; documents-holdout28 (a cardiology practice's page on K2 and calcium
        # scores with an FAQ, a marketplace MK-7 product page with reviews, a blood-thinner forum thread)
        # 0.72 / 0.91 / 4, held out.
        ("documents-dev34", 0.77, 0.83, 1),
        ("documents-holdout28", 0.70, 0.89, 4),
        # Its fourth, written when the session's search budget ran out: documents-dev35 (a kidney charity's
        # page on vitamin K, dialysis and calcification with a Q&A, a bodybuilding forum thread on K2 and
        # gains, a food blog's natto breakfast recipe; 16 searches) scored 0.83 / 0.90 / 8 when it arrived;
        # documents-holdout29 (an encyclopedia-style overview with bracketed citations, a midwife's blog on
        # the newborn choice with comments, a K1 / K2 / MK-4 / MK-7 comparison with a table; 15 searches)
        # 0.77 / 0.90 / 9, held out.
        ("documents-dev35", 0.81, 0.88, 8),
        ("documents-holdout29", 0.75, 0.88, 9),
        # Round 31's first batch: documents-dev36 (a pharmacy chain's warfarin page with an FAQ, a D3+K2
        # spray's product page with a comparison table and customer Q&A, a parenting forum thread on the
        # newborn shot) scored 0.79 / 0.93 / 9 when it arrived; documents-holdout30 (a news story on a K2
        # calcification trial with a sceptic's quotes, a "9 reasons you need more K2" listicle, a dentist's
        # blog on K2, teeth and gums with an FAQ) 0.76 / 0.94 / 3, held out.
        ("documents-dev36", 0.77, 0.91, 9),
        # Round 31's retrained second opinion: silent lines with a result 3 -> 4.
        ("documents-holdout30", 0.74, 0.92, 5),
        # Its second: documents-dev37 (a health service's leaflet on vitamin K for newborns, a plain-text
        # forum thread on MK-7 against MK-4 for bone density with quoted posts, a kidney charity's page for
        # dialysis patients with an FAQ) scored 0.78 / 0.94 / 10 when it arrived; documents-holdout31 (an
        # anticoagulation clinic's FAQ on warfarin and the newer blood thinners, a "best K2 supplements"
        # buying guide with tables and pros and cons, a lifting blog on K2 and muscle with comments) 0.80 /
        # 0.90 / 10, held out.
        # Round 31's retrained second opinion: silent lines with a result 10 -> 11.
        ("documents-dev37", 0.76, 0.92, 11),
        ("documents-holdout31", 0.78, 0.88, 10),
        # Its third: documents-dev38 (a naturopath's newsletter with a patient story, a fact sheet for health
        # professionals with intake and food tables, an "ask the pharmacist" page of readers' questions)
        # scored 0.79 / 0.98 / 3 when it arrived; documents-holdout32 (a fact check rating viral K2 claims,
        # a midwife's blog on vitamin K at birth with comments, a grocer's "foods high in vitamin K" page
        # with a table and a note for warfarin users) 0.76 / 0.88 / 5, held out.
        ("documents-dev38", 0.77, 0.96, 3),
        ("documents-holdout32", 0.74, 0.86, 5),
        # Its fourth, written when the session's search budget ran out: documents-dev39 (a menopause blog on
        # bones, D, calcium and K2 with an FAQ, a heart patients' forum thread on K2, calcium scores and
        # statins, a brand's "the science" page on MK-7 with numbered citations; 25 searches) scored 0.84 /
        # 0.92 / 2 when it arrived; documents-holdout33 (a children's hospital page on care after birth, an
        # osteoporosis charity's page on vitamins and minerals for bone, a plain-text thread on D3 with K2;
        # 26 searches) 0.69 / 0.88 / 6, held out.
        ("documents-dev39", 0.82, 0.90, 2),
        ("documents-holdout33", 0.67, 0.86, 6),
        # Round 32's page writers (28-30 searches each): documents-dev40 (an anticoagulation clinic's leaflet
        # on warfarin and vitamin K with a foods table, a plain-text patients' thread on greens and K2 with
        # quoted replies, a D3 + K2 product page with tables, reviews and an FAQ) scored 0.75 / 0.97 / 9 when
        # it arrived; documents-dev41 (a wellness listicle of nine things about K2, a news story on a K2 bone
        # trial with outside comment, a hospital's newborn page on the shot, drops and VKDB with an FAQ) 0.78
        # / 0.94 / 6; documents-holdout34 (a long guide to vitamin K with citations and an FAQ, a buyer's
        # guide with product and form tables, a page of seven myths with comments) 0.86 / 0.91 / 6, held out.
        ("documents-dev40", 0.73, 0.94, 9),
        # Round 33's retrained second opinion (round 32's development halves kept): one more silent line
        # with a result (6 -> 7).
        ("documents-dev41", 0.75, 0.92, 7),
        ("documents-holdout34", 0.83, 0.88, 6),
        # Its second batch (28-29 searches each): documents-dev42 (a plain-text subreddit thread on D3 + K2
        # with nested replies and sarcasm, a community pharmacist's post on vitamin K and medicines, a
        # nutrition coach's newsletter with a myth of the week) scored 0.76 / 0.89 / 4 when it arrived;
        # documents-dev43 (a fact check rating a "calcium traffic cop" video, an MK-7 product page with a
        # facts table, warnings and reviews, a Q&A page with answers of differing quality) 0.74 / 0.92 / 4;
        # documents-holdout35 (a hospital's warfarin leaflet with a food table, a health service's newborn
        # page with an FAQ, a food blog's listicle of K1 and K2 foods with a table and comments) 0.62 / 0.96
        # / 21, held out.
        ("documents-dev42", 0.73, 0.86, 4),
        ("documents-dev43", 0.71, 0.90, 4),
        ("documents-holdout35", 0.59, 0.93, 21),
        # Its third batch (28 searches each): documents-dev44 (an encyclopedia-style article on K2 with an
        # infobox table and numbered citations, a brand's "science" post on MK-7 with chart captions, a
        # plain-text gym forum thread on K2 for muscle and cramps) scored 0.65 / 0.95 / 6 when it arrived;
        # documents-holdout36 (a news article on heart and bone research with reader comments, a
        # dietitian's post on vitamin K foods and supplements with an FAQ, an osteoporosis clinic's leaflet
        # on vitamins for bone) 0.89 / 0.97 / 2, held out.
        ("documents-dev44", 0.63, 0.92, 6),
        ("documents-holdout36", 0.87, 0.94, 2),
        # Round 33's writers (27-28 searches each): documents-dev45 (a hospital leaflet on warfarin and diet
        # with a food table, a D3 + K2 shop page with bullets, a comparison table, an FAQ and reviews, a news
        # story on a null MK-7 trial with quotes and reader comments) scored 0.67 / 0.91 / 5 when it arrived;
        # documents-dev46 (a plain-text thread on K2 and arterial calcification, a listicle of ten benefits
        # whose items carry their subject from the heading, a parenting site's newborn FAQ) 0.72 / 0.96 / 4;
        # documents-holdout37 (a myth-busting article with myth headings and fact paragraphs, a dentist's
        # post on K2 and teeth with a sign-up footer, a pharmacy's monograph-style page) 0.80 / 0.91 / 10,
        # held out. Round 44: 5 -> 6 silent lines with a result, when "keeping your intake" became a
        # subject of warfarin-consistent-vitk: the leaflet's items under "Tips for keeping your intake
        # steady" state it (three claims found), and so, unannotated, does "Check the labels of shakes and
        # multivitamins, as some have vitamin K added".
        ("documents-dev45", 0.65, 0.89, 6),
        ("documents-dev46", 0.70, 0.94, 4),
        ("documents-holdout37", 0.78, 0.89, 10),
        # Round 33's second batch (27-28 searches each), plain text as a browser's copy or a scraper gives
        # it (no markdown: headings, navigation, share buttons and footers as plain lines, tables as cells
        # separated by tabs): documents-dev47 (a health magazine's article on K2 and the heart with a key
        # points box and an FAQ, a supplement brand's post on K2 for bones with a comparison table, a
        # hospital's newborn page) scored 0.79 / 0.92 / 10 when it arrived; documents-dev48 (a fitness
        # site's "does K2 build muscle?" article, an anticoagulation clinic's page on warfarin and diet, an
        # influencer's long post with reader comments) 0.78 / 0.94 / 5; documents-holdout38 (a nutrition
        # site's K1 vs K2 article with a food table and an FAQ, a pharmacy's MK-7 product page with reviews,
        # a news story on the newborn shot with comments) 0.65 / 0.92 / 5, held out.
        ("documents-dev47", 0.77, 0.90, 10),
        ("documents-dev48", 0.76, 0.92, 5),
        # Tables copied with tabs read as tables (segment._tab_row): 0.70 / 0.94 / 6 since.
        ("documents-holdout38", 0.63, 0.90, 6),
        # Round 33's third batch (27-28 searches each), plain text: documents-dev49 (a health article "does K2
        # build muscle?" with key points, contents and a K1 vs K2 table, a D3 + K2 shop page with reviews, a
        # hospital's newborn leaflet) scored 0.45 / 0.94 / 5 when it arrived, 0.82 / 0.93 / 6 once a table
        # of contents ended at the blank line after it; documents-holdout39 (a wellness article on K2
        # benefits and myths, a warfarin patients' forum thread, a dietitian's page with food tables) 0.82 /
        # 0.93 / 7, held out.
        ("documents-dev49", 0.80, 0.91, 7),
        ("documents-holdout39", 0.80, 0.91, 7),
        # Round 34's writers (28-29 searches each): documents-dev50 (plain text: an anticoagulation clinic's
        # warfarin and diet leaflet with a tab-separated food table, a "top 10 benefits of K2" listicle with
        # a myths section, a parenting forum thread on the newborn shot) scored 0.74 / 0.93 / 13 when it
        # arrived; documents-dev51 (a forum thread on K2 with D3 and calcium, a dentist's blog on K2 and
        # teeth with myths and an FAQ, a plain-text fact check of viral claims about the newborn shot with a
        # verdict box) 0.84 / 0.91 / 8 (9 with round 34's retrained second opinion); documents-holdout40
        # (plain text: a news story on a K2 artery trial with sceptical experts, an MK-7 product page with a
        # comparison table, reviews and an FAQ, a health library article with key points) 0.82 / 0.96 / 3
        # and documents-holdout41 (a pharmacy's FAQ on vitamin K and medicines, a carnivore blog on K2 from
        # food with a list of amounts, a maternity unit's newborn page) 0.74 / 0.93 / 10, held out.
        ("documents-dev50", 0.72, 0.91, 13),
        ("documents-dev51", 0.82, 0.89, 9),
        ("documents-holdout40", 0.80, 0.94, 3),
        ("documents-holdout41", 0.72, 0.91, 10),
        # Round 34's second batch (27-28 searches each): documents-dev52 (a supplement brand's "science" post
        # on K2 and the heart with references and an FAQ, a plain-text Q&A thread on taking K2 every day with
        # voted answers, a university extension fact sheet on vitamin K foods) scored 0.74 / 0.95 / 6 when it
        # arrived; documents-holdout42 (a plain-text newspaper column answering a reader on K2 and
        # osteoporosis, a naturopath's page with testimonials, a nurse's plain-text post busting warfarin
        # myths with comments) 0.80 / 0.91 / 5, held out.
        # Indented replies read as prose (segment._prose): 0.81 / 0.94 / 8 since.
        ("documents-dev52", 0.72, 0.93, 8),
        ("documents-holdout42", 0.78, 0.89, 5),
        # Round 34's third batch (29-30 searches each): documents-dev53 (a plain-text thread on K2 and a
        # calcium score, an online pharmacy's comparison of five K2 products with a table and a buying guide,
        # a plain-text hospital leaflet on vitamin K to reverse warfarin before surgery) scored 0.75 / 0.91 /
        # 6 when it arrived; documents-holdout43 (a health site's K2 guide with key takeaways and an FAQ, a
        # parenting magazine's plain-text reader Q&A on the shot and drops, a dietitian's post on greens on
        # warfarin with a weekly meal plan) 0.80 / 0.93 / 6, held out.
        ("documents-dev53", 0.73, 0.89, 6),
        # Round 35's retrained second opinion: 7 silent lines with a result (one more).
        ("documents-holdout43", 0.78, 0.91, 8),
        # Round 35's four batches (28-30 searches each but the last, whose writers had 20 when the session's
        # search budget ran out), scored on arrival: documents-dev54 (a health site's K2 article with an FAQ,
        # a plain-text forum argument on K2 for bones and the heart, a product page with a table of K2 forms)
        # 0.81 / 0.91 / 3; documents-holdout44 (news of a K2 trial with an outside expert, a plain-text
        # warfarin food leaflet, a hospital's newborn page with an FAQ) 0.72 / 0.90 / 6, held out;
        # documents-dev55 (a fact check with Claim / Rating lines, a ranked K2 listicle with myth / fact
        # boxes, a pharmacy Q&A on medicines) 0.79 / 0.95 / 2; documents-holdout45 (a plain-text parenting
        # thread on the shot, a shop comparing D3 + K2 products, a dietitian on warfarin myths) 0.71 / 0.93 /
        # 4, held out; documents-dev56 (local news of a bleeding cluster, a keto post with a K2 food table, a
        # plain-text readers' column) 0.73 / 0.92 / 5; documents-holdout46 (a brand's "science of K2" page
        # with references, a plain-text warfarin thread, a vitamin K foods listicle) 0.75 / 0.89 / 6, held
        # out; documents-dev57 (a dentist's K2 post, a plain-text supplement newsletter, a university news
        # release) 0.76 / 0.96 / 8; documents-holdout47 (a menopause clinic's Q&A, a plain-text group thread
        # on D3 with K2, an MK-4 product page) 0.72 / 0.95 / 4, held out.
        ("documents-dev54", 0.79, 0.89, 3),
        # The DOAC claim's "doesn't apply" words (statement sets: 6 answers fixed, 0 broken) put it on one
        # more of this held-out folder's silent lines: 7. Round 46's reading of advice after a question that
        # names the reader's condition ("On warfarin? Check with your clinic ...": every folder, dev +5
        # claims, held out +5 lines better and 1 worse) put a result on one more: 8.
        ("documents-holdout44", 0.70, 0.88, 8),
        ("documents-dev55", 0.77, 0.93, 2),
        ("documents-holdout45", 0.69, 0.91, 4),
        ("documents-dev56", 0.71, 0.90, 5),
        ("documents-holdout46", 0.73, 0.87, 6),
        ("documents-dev57", 0.74, 0.94, 8),
        ("documents-holdout47", 0.70, 0.93, 4),
        # Round 36's four batches (26-29 searches each but the last, whose writer had 15 when the session's
        # search budget ran out), scored on arrival: documents-dev58 (plain-text warfarin clinic leaflet,
        # parenting page on the newborn shot with an FAQ and comments, K2 + D3 shop page with a tab-separated
        # table and reviews) 0.71 / 0.95 / 7; documents-holdout48 (news of a K2 trial with outside experts'
        # caveats, '9 things about K2' listicle with numbered sections, plain-text forum thread on K2 with
        # blood thinners) 0.68 / 0.93 / 4, held out; documents-dev59 (health site's K2 article on bones and
        # the heart with an FAQ, fact check of viral vitamin K claims, plain-text Q&A thread on K2 dose and
        # safety) 0.85 / 0.90 / 3; documents-holdout49 (plain-text hospital leaflet on the newborn injection,
        # MK-7 product page with bullets, a facts table and reviews, dietitian's warfarin blog with a myth /
        # fact section) 0.73 / 0.89 / 10, held out; documents-dev60 ('best K2 supplements' review listicle
        # with comparison tables, plain-text paediatric clinic FAQ on the shot and drops, plain-text forum
        # thread on K2 for the heart) 0.84 / 0.94 / 13; documents-holdout50 (news of newborn bleeds after
        # refusals, a K2 brand's FAQ, encyclopedia-style page on vitamin K with a table) 0.75 / 0.96 / 10,
        # held out; documents-dev61 (anticoagulation service's diet page with a food table, wellness post '7
        # reasons to take K2' with sceptical comments, plain-text midwife handout on newborn vitamin K) 0.74 /
        # 0.93 / 17; documents-holdout51 (fitness article on K2 for muscle with a rebuttal box, plain-text
        # parenting thread on refusing the shot, pharmacy page for a K2 + D3 spray with an FAQ and warnings)
        # 0.82 / 0.94 / 6, held out.
        ("documents-dev58", 0.69, 0.93, 8),
        ("documents-holdout48", 0.66, 0.91, 4),
        ("documents-dev59", 0.83, 0.88, 3),
        ("documents-holdout49", 0.71, 0.87, 10),
        ("documents-dev60", 0.82, 0.92, 13),
        # Round 48's retrained second opinion puts one more result on a silent line: 10 -> 11.
        ("documents-holdout50", 0.73, 0.94, 11),
        ("documents-dev61", 0.72, 0.91, 18),
        ("documents-holdout51", 0.80, 0.92, 6),
        # Round 37's two batches (27-30 searches each), scored on arrival: documents-dev62 (pharmacy's patient
        # page on warfarin and food with an FAQ and a table of greens, plain-text reddit-style thread on K2
        # with D3 and heart calcification, news of a trial of vitamin K in older adults with researchers'
        # quotes) 0.59 / 0.94 / 9; documents-holdout52 (K2 MK-7 product page with bullets, a comparison
        # table, reviews and a disclaimer, hospital maternity leaflet on the injection and drops, wellness
        # listicle '9 things nobody tells you about vitamin K' with a myths section) 0.88 / 0.98 / 10, held
        # out; documents-dev63 (government-style fact sheet with intake and source tables and references,
        # fitness blog post on K2 for athletes with comments, pharmacist's column answering readers'
        # letters) 0.80 / 0.87 / 15; documents-holdout53 (cardiology clinic's page on blood thinners and diet
        # with an FAQ, carnivore blog on K2 in animal foods with a food table and myths, plain-text parenting
        # thread on the shot, drops and a bleed) 0.66 / 0.90 / 4, held out; its third batch (29-30 searches):
        # documents-dev64 (encyclopedia-style article with a food table and references, dentist's blog on K2
        # and teeth with a myths / facts box and comments, 'best K2 supplements' review with a table, pros and
        # cons and a buying guide) 0.88 / 0.95 / 6; documents-holdout54 (news explainer on K2 with experts'
        # quotes and a key-facts box, osteoporosis charity's diet page where vitamin K is one section of
        # eight, plain-text forum thread on K2 with blood thinners) 0.72 / 0.92 / 3, held out; its fourth
        # batch (27-28 searches): documents-dev65 (naturopath's blog selling K2 as a cure-all with
        # testimonials and sceptical comments, university extension handout on vitamin K in foods with tables
        # and tips, plain-text launch newsletter for a D3 + K2 product with its small print) 0.75 / 0.95 / 3;
        # documents-holdout55 (fact check rating seven viral vitamin K claims, warfarin patient's blog on
        # managing greens with a 'what I wish I'd known' list, midwife's Q&A column on newborn vitamin K)
        # 0.71 / 0.89 / 5, held out.
        ("documents-dev62", 0.57, 0.92, 9),
        ("documents-holdout52", 0.86, 0.96, 10),
        ("documents-dev63", 0.78, 0.85, 15),
        # Round 50, small claims asked on every line that states nothing: claims 90 -> 92, silent 4 -> 5.
        ("documents-holdout53", 0.64, 0.88, 5),
        ("documents-dev64", 0.86, 0.93, 6),
        ("documents-holdout54", 0.70, 0.90, 3),
        ("documents-dev65", 0.73, 0.93, 3),
        ("documents-holdout55", 0.69, 0.87, 5),
        # Round 38 (2026-12-05), four writers who read real pages (27-30 searches) and never the code; on
        # arrival (recall / polarity / silent lines with a result, with dee7588): documents-dev66 (pharmacy
        # leaflet on warfarin and vitamin K foods with a food table and FAQ, plain-text thread on K2 with D3
        # with replies that disagree, news story on a K2 artery trial with a sceptic's quotes) 0.83 / 0.92 /
        # 13; documents-holdout56 (maternity unit's page on the shot and drops with a "what if I decline"
        # section, MK-7 shop page with bullets, a comparison table and reviews, dietitian's myths listicle)
        # 0.81 / 0.98 / 7, held out; documents-dev67 (dentist's blog on K2 for teeth and bones, carnivore
        # listicle with a K2 food table, anticoagulation clinic's page on warfarin against the DOACs) 0.74 /
        # 0.95 / 5; documents-holdout57 (long health-site guide with citations and key takeaways, parenting
        # forum thread on the shot with a midwife's reply, D3 + K2 product page with a dosage table and Q&A)
        # 0.79 / 0.96 / 5, held out.
        ("documents-dev66", 0.81, 0.90, 13),
        ("documents-holdout56", 0.79, 0.96, 7),
        ("documents-dev67", 0.72, 0.93, 5),
        ("documents-holdout57", 0.77, 0.94, 5),
        # Round 39 (2026-12-05), three writers who read real pages (28-29 searches) and never the code; on
        # arrival (recall / polarity / silent lines with a result, with 3019d29): documents-dev68 (community
        # pharmacist's blog on warfarin and vitamin K foods with an FAQ, parenting page on the shot against
        # the drops with a myths section, D3 + MK-7 shop page with a comparison table and reviews) 0.69 /
        # 0.90 / 9; documents-dev69 (dietitian's article on K1 against K2 with a bottom-line box, fact check
        # of a viral K2 video with a verdict list, hospital leaflet on vitamin K deficiency in adults) 0.77 /
        # 0.93 / 5; documents-holdout58 (news story on a K2 calcification trial with researchers' quotes,
        # listicle of the foods highest in K2 with a table, plain-text forum thread on D3 with K2 and blood
        # thinners) 0.72 / 0.89 / 3, held out.
        ("documents-dev68", 0.67, 0.88, 9),
        # Round 43: documents-dev69's "Some people have no symptoms at all and only find out when a routine
        # blood test shows ..." after a list is a sentence of its own now, no longer the last item's lazy
        # continuation, and reads as the status claim its writer left silent (limit 6 -> 7).
        ("documents-dev69", 0.75, 0.91, 7),
        ("documents-holdout58", 0.70, 0.87, 3),
        # Round 39's second pair (same writers' brief; on arrival with b0e8b0a, the same with the round's
        # start 5aa60f5): documents-dev70 (summary page of a narrative review on vitamin K and muscle with
        # key findings and references, shop's MK-7 / MK-4 / K1 buying guide with a table and FAQ, plain-text
        # newborn leaflet from a midwifery practice) 0.80 / 0.94 / 19; documents-holdout59 (plain-text paste
        # of a "K2 benefits" blog with navigation, table and comments, pharmacy chain's Q&A on vitamin K and
        # blood thinners, forum thread on K2 for muscle, cramps and bones) 0.70 / 0.90 / 4, held out.
        ("documents-dev70", 0.78, 0.92, 19),
        ("documents-holdout59", 0.68, 0.88, 4),
        # Round 40 (2026-12-05), two writers who read real pages (28-29 searches) and never the code; on
        # arrival with 417f3ca: documents-dev71 (news story on a K2 artery trial with quotes and comments,
        # plain-text warfarin diet leaflet from an anticoagulation clinic with a food table, D3 + K2 softgel
        # product page with benefits, reviews and FAQ) 0.74 / 0.96 / 4; documents-holdout60 (wellness
        # blog's "things you didn't know about K2" listicle, parenting forum thread on the newborn shot,
        # nutrition charity's Markdown FAQ on vitamin K) 0.84 / 0.94 / 4, held out.
        ("documents-dev71", 0.72, 0.94, 4),
        ("documents-holdout60", 0.82, 0.92, 4),
        # Round 41's retrained second opinion put one more result on a silent line of documents-holdout12,
        # -holdout30, -dev49, -dev61 and -dev69 (their limits raised by one); over every folder, claims found
        # 12,430 -> 12,458 and silent lines with a result 773 -> 771.
        # Round 41 (2026-12-06), two writers who read real pages (26-27 searches) and never the code; on
        # arrival with 8e3508d: documents-dev72 (community pharmacy's FAQ on vitamin K and blood thinners,
        # forum thread on K2 for muscle, bones and arteries with quoted posts, natto recipe blog with a
        # nutrition box and comments) 0.77 / 0.93 / 3; documents-holdout61 ("best K2 supplements" review
        # with comparison tables, hospital maternity unit's page on the newborn injection, "7 myths about
        # vitamin K" listicle) 0.82 / 0.92 / 15, held out.
        ("documents-dev72", 0.75, 0.91, 3),
        ("documents-holdout61", 0.80, 0.90, 15),
        # Round 42 (2026-12-06), two writers who read real pages (27-29 searches) and never the code; on
        # arrival with 75c7607: documents-dev73 (maternity unit's leaflet on the vitamin K injection with an
        # FAQ, long wellness blog post with a myth section and comments, anticoagulation clinic's diet page
        # with a food table and do/don't lists) 0.80 / 0.98 / 13; documents-holdout62 (a shop's D3+K2
        # product page with buyers' Q&A and reviews, news story on an artery-calcium trial with an outside
        # expert, forum thread on K2 for bones and teeth and on warfarin) 0.77 / 0.94 / 2, held out. Both
        # writers had labelled FAQ and forum questions that only ask with the claim they ask about; those
        # 16 lines were relabelled silent, as every other folder has them (0.85 / 0.98 / 13 and 0.84 / 0.94
        # / 2 after).
        ("documents-dev73", 0.83, 0.96, 13),
        ("documents-holdout62", 0.82, 0.92, 2),
        # Round 43 (2026-12-06), two writers who read real pages (28 searches each) and never the code; on
        # arrival with a2e4380: documents-dev74 (hospital pharmacy's leaflet on warfarin and diet with a food
        # table and Q&A, a shop's MK-7 product page with a comparison table, reviews and FAQ, parenting
        # forum thread on the newborn injection with quoted replies) 0.84 / 0.95 / 5; documents-holdout63
        # (news story on a K2 calcification trial with a sceptic's quotes and comments, health site's
        # vitamin K guide with bullet lists and an FAQ, "9 vitamin K myths" listicle) 0.80 / 0.97 / 3, held
        # out.
        ("documents-dev74", 0.81, 0.92, 5),
        ("documents-holdout63", 0.78, 0.94, 3),
        # Round 44 (2026-12-06), two writers who read real pages (27-28 searches) and never the code; on
        # arrival with 259c68b: documents-dev75 (a shop's D3+K2 softgel page with a bullet list, comparison
        # table, FAQ and reviews, a pharmacy leaflet on warfarin and diet with numbered sections and a food
        # table, a plain-text forum thread on K2 for bones and arteries with quoted replies) 0.75 / 0.96 / 2
        # after twelve questions that only ask were relabelled silent, as every other folder has them;
        # documents-holdout64 (a "9 things about K2" listicle with a pull quote and author box, a maternity
        # unit's page on the newborn injection with an FAQ and a box for parents who decline, a news story
        # on a K2 calcification trial) 0.73 / 0.90 / 1, held out.
        ("documents-dev75", 0.73, 0.94, 2),
        # Round 50, small claims asked on every line that states nothing: claims 72 -> 74 (one of the two
        # read with the wrong polarity), polarity 0.889 -> 0.878.
        ("documents-holdout64", 0.71, 0.87, 1),
        # Round 45 (2026-12-06), two writers who read real pages (28-29 searches) and never the code; on
        # arrival with 2191b0f: documents-dev76 (a hospital anticoagulation clinic's FAQ on warfarin and food
        # with a food table and a when-to-call list, a menopause site's article on K2 and bones with a key
        # takeaways box and a product call-out, a parenting forum thread on the newborn shot) 0.78 / 0.97 / 3
        # after four questions that only ask were relabelled silent; documents-holdout65 (a shop's MK-7 + D3
        # + magnesium page with a forms table, reviews and FAQ, an "11 facts about vitamin K" listicle, a news
        # story on a K2 calcification trial with a sceptic and reader comments) 0.72 / 0.97 / 3, held out.
        ("documents-dev76", 0.76, 0.95, 3),
        ("documents-holdout65", 0.70, 0.95, 3),
        # Round 46 (2026-12-06), two writers who read real pages (28 searches each) and never the code; on
        # arrival with fe21185: documents-dev77 (a hospital leaflet on warfarin and diet with a food table
        # and a when-to-call box, a shop's K2 + D3 page with a comparison table, reviews and a Q&A whose
        # answers lean on the question, a news story on a K2 trial with a sceptic and reader comments) 0.80 /
        # 0.95 / 3 after seven questions that only ask were relabelled silent; documents-holdout66 (a "9
        # things nobody tells you about K2" listicle, a parenting forum thread on the newborn shot with quoted
        # posts and a moderator's note, a dietitian's FAQ whose answers rely on their question) 0.72 / 0.96 /
        # 3 after twenty-seven such questions were relabelled silent, held out.
        ("documents-dev77", 0.78, 0.93, 3),
        ("documents-holdout66", 0.70, 0.94, 3),
        # Round 47 (2026-12-06), two writers who read real pages (27-29 searches) and never the code; on
        # arrival with b164593: documents-dev78 (a hospital pharmacy's warfarin and diet leaflet with DO and
        # DON'T lists and a food table, a keto blog post on K2 from butter, cheese and liver with comments, a
        # forum thread on taking K2 with D3 with sceptical answers) 0.87 / 0.91 / 5; documents-holdout67 (a
        # shop's K2 + D3 softgel page with an MK-4 / MK-7 table, reviews and FAQ, a news story on a trial of
        # K2 and arterial calcification with an outside expert's caution, a midwife's myths-and-facts page on
        # the newborn shot) 0.80 / 0.99 / 4, held out.
        ("documents-dev78", 0.85, 0.89, 5),
        ("documents-holdout67", 0.78, 0.97, 4),
        # Round 48 (2026-12-06), two writers who read real pages (27 searches each) and never the code; on
        # arrival with 839f2ab: documents-dev79 (a natto and fermented-foods recipe blog with a K2 table and
        # comments, a community pharmacy's FAQ on DOACs and warfarin with bare answers, a brand's "9
        # benefits of K2" listicle with numbered headings and a doctor-first list) 0.85 / 0.96 / 4;
        # documents-holdout68 (a parenting forum thread on the newborn shot with a midwife's reply, a
        # cardiologist's post on K2 and arterial calcium with a fact-check table, a podcast's show notes on K2
        # and D3 with timestamps, a myth table and sponsor reads) 0.76 / 0.90 / 8, held out.
        ("documents-dev79", 0.84, 0.94, 4),
        ("documents-holdout68", 0.74, 0.88, 8),
        # Round 49 (2026-12-07), two writers who read real pages (27 searches each) and never the code; on
        # arrival with 8f5c04f: documents-dev80 (a hospital anticoagulation clinic's warfarin leaflet with a
        # do-and-don't table, a gym forum thread on K2 and D3 for muscle with coaches' rebuttals, a dentist's
        # post on K2 and cavities with an FAQ) 0.86 / 0.93 / 8; documents-holdout69 (a menopause magazine
        # article on K2 and osteoporosis with a myth check and FAQ, a shop's D3 + K2 spray page with a
        # comparison table, Q&A and reviews, a news story on an MK-7 trial in dialysis patients) 0.84 / 0.96 /
        # 4, held out.
        ("documents-dev80", 0.86, 0.92, 8),
        ("documents-holdout69", 0.83, 0.95, 4),
        # Round 50 (2026-12-07), two writers who read real pages (28-29 searches) and never the code; on
        # arrival with 3e7b3e3: documents-dev81 (a children's hospital page on the newborn shot and oral drops
        # with a parents' FAQ, a supplement brand's post comparing K1, MK-4 and MK-7 with a table and buying
        # tips, a discussion-board thread on K2 and calcium scores with quoted posts) 0.87 / 0.97 / 10, 11
        # with the round's small claims asked on every line; documents-holdout70 (a pharmacy chain's warfarin
        # interactions guide with a food table, a listicle of ten K2 foods with comments, a longevity
        # podcast's show notes with sponsor reads and listener questions) 0.87 / 0.93 / 16, held out.
        ("documents-dev81", 0.86, 0.97, 11),
        ("documents-holdout70", 0.86, 0.92, 16),
        # Round 51 (2026-12-07), two writers who read real pages (27-28 searches) and never the code; on
        # arrival with 1e8ca3e: documents-dev82 (a kidney-disease and dialysis diet page on vitamin K,
        # calcification and K2 trials with an FAQ, a carnivore blog post on K2 from butter, liver and yolks
        # with a food table and myth-laden comments, a Q&A thread on the newborn shot or oral drops with votes
        # and rebuttals) 0.86 / 0.93 / 13; documents-holdout71 (a national health service's vitamin K page,
        # a brand's D3 + K2 drops page with bullets, FAQ and reviews, a news story on a K2 heart-valve trial
        # with expert quotes and a fact box) 0.89 / 0.90 / 7, held out; the same at the round's end.
        ("documents-dev82", 0.85, 0.92, 13),
        ("documents-holdout71", 0.88, 0.90, 7),
        # Round 52 (2026-12-07), two writers who read real pages (26-28 searches) and never the code; on
        # arrival with ac3bdc5: documents-dev83 (an anticoagulation clinic's warfarin leaflet with a food
        # table and a do-and-don't list, a wellness listicle of nine K2 benefits with readers pushing back, a
        # bodybuilding forum thread on K2 for gains, bones and arteries) 0.84 / 0.92 / 3 (0.84 / 0.93 / 3 at
        # the round's end); documents-holdout72 (a maternity unit's page on the newborn injection and drops
        # with an FAQ, a recipe blog on natto, hard cheeses and yolks with a table and comments, a university
        # extension fact sheet for older adults) 0.86 / 0.96 / 9, held out, the same at the round's end.
        ("documents-dev83", 0.83, 0.92, 3),
        ("documents-holdout72", 0.85, 0.96, 9),
        # Round 53 (2026-12-07), two writers who read real pages (27-28 searches) and never the code; on
        # arrival with 3df4e83: documents-dev84 (a women's-health article on menopause, bone density and K2
        # with a bottom-line box and an FAQ, an online pharmacy's MK-7 capsule page with a who-should-not-take
        # section, a specifications table and reviews, an AF and heart-valve forum thread on K2 on warfarin)
        # 0.84 / 0.96 / 3; documents-holdout73 (a magazine feature on "the forgotten vitamin" with pull
        # quotes, a birth centre's newborn vitamin K page with an FAQ and a comparison table, a gym store's
        # D3 + K2 stacks post with a product table and customer questions) 0.79 / 0.86 / 6, held out; both
        # the same at the round's end.
        ("documents-dev84", 0.83, 0.95, 3),
        ("documents-holdout73", 0.78, 0.86, 6),
        # Round 54 (2026-12-07), two writers who read real pages (27-28 searches) and never the code; on
        # arrival with e00f738: documents-dev85 (a hospital anticoagulation clinic's warfarin-and-diet leaflet
        # with a do-and-don't list, a food table and an FAQ, a home cook's natto and ferments blog with a
        # nutrition table and reader comments, a Q&A-site thread "Is vitamin K2 worth taking?" with answers
        # of mixed quality) 0.77 / 0.92 / 3; documents-holdout74 (a news story on a small K2 trial for
        # arterial calcification with expert quotes, a dentist's blog on K2 and teeth with a myths-and-facts
        # box, a parenting forum thread on declining the newborn shot with a midwife's replies) 0.92 / 0.98 /
        # 14, held out; both the same at the round's end.
        ("documents-dev85", 0.76, 0.92, 3),
        ("documents-holdout74", 0.92, 0.97, 14),
        # Round 55 (2026-12-07), two writers who read real pages (27-28 searches) and never the code; on
        # arrival with e800829: documents-dev86 (a chiropractor's blog on K2 for bones and heart with
        # overstated claims, a "top 5 foods" list and a disclaimer, a pharmacy's vitamin K and medicines page
        # with a table and an FAQ, a low-carb forum thread "Do I need K2 on a carnivore diet?") 0.82 / 0.96
        # / 4; documents-holdout75 (a health-service style vitamin K page with a related-links footer, a
        # D3 + K2 spray landing page with benefit bullets, a comparison table, reviews and an FAQ, a
        # newspaper column answering a reader's letter on K2 and osteoporosis) 0.81 / 0.98 / 4, held out;
        # both the same at the round's end.
        ("documents-dev86", 0.81, 0.96, 4),
        ("documents-holdout75", 0.81, 0.97, 4),
    ],
)
def test_document_figures(checker, folder: str, recall: float, polarity: float, silent_hits: int) -> None:  # type: ignore[no-untyped-def]
    """The figures the README quotes (issue 16); the holdout folder was scored once at the end."""
    from k2check.evaluate_docs import document_paths, evaluate_documents

    outcome = evaluate_documents(checker, document_paths([DATA / folder]))
    overall = outcome.overall
    assert overall.recall >= recall and overall.polarity >= polarity and overall.silent_hit <= silent_hits
