from __future__ import annotations

from collections.abc import Iterator

import pytest

from k2check.segment import Sentence, Suppression, segment

Unit = tuple[str, int, int, str]


def units(text: str) -> list[Unit]:
    return [
        (u.text, u.line, u.column, u.kind)
        for u in segment(text.splitlines(keepends=True))
        if isinstance(u, Sentence)
    ]


def texts(text: str) -> list[str]:
    return [u[0] for u in units(text)]


def everything(text: str) -> list[Sentence | Suppression]:
    return list(segment(text.splitlines(keepends=True)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two.", ["One.", "Two."]),
        (
            "It makes clotting factors II, VII, IX, and X. Without it, blood cannot clot.",
            ["It makes clotting factors II, VII, IX, and X.", "Without it, blood cannot clot."],
        ),
        ("Written by J. R. Smith. It helps.", ["Written by J. R. Smith.", "It helps."]),
        ("Is it? Yes! Fine.", ["Is it?", "Yes!", "Fine."]),
        ("Wait... Then go.", ["Wait...", "Then go."]),
        ("Really… Yes.", ["Really…", "Yes."]),
        ('He said "Stop." Then he left.', ['He said "Stop."', "Then he left."]),
        ('It ends. "Quoted" starts.', ["It ends.", '"Quoted" starts.']),
        ("Results (see below). (More) text.", ["Results (see below).", "(More) text."]),
        ("K2 helps bones.[12] Natto is rich.[3, 4]", ["K2 helps bones.[12]", "Natto is rich.[3, 4]"]),
        ("K2 helps bones.[^1] Natto is rich.", ["K2 helps bones.", "Natto is rich."]),
        ("It rose by 3. 4 groups agreed.", ["It rose by 3.", "4 groups agreed."]),
        ("Ends here. the lowercase word continues.", ["Ends here. the lowercase word continues."]),
        ("No space.Next word.", ["No space.Next word."]),
        ("Dr. Smith agrees.", ["Dr. Smith agrees."]),
        (
            "Mr. and Mrs. Jones met Prof. Lee vs. St. John.",
            ["Mr. and Mrs. Jones met Prof. Lee vs. St. John."],
        ),
        ("Use e.g. Natto or i.e. Cheese.", ["Use e.g. Natto or i.e. Cheese."]),
        ("Smith et al. (2019) found it. Next.", ["Smith et al. (2019) found it.", "Next."]),
        ("It costs approx. 5 dollars.", ["It costs approx. 5 dollars."]),
        ("See Fig. 2 and Fig. S1 here.", ["See Fig. 2 and Fig. S1 here."]),
        ("Cheese, eggs, etc. Are good.", ["Cheese, eggs, etc. Are good."]),
        ("The U.S. Food and Drug Administration agrees.", ["The U.S. Food and Drug Administration agrees."]),
        ("Take it at 8 a.m. With food.", ["Take it at 8 a.m. With food."]),
        ("A dose of 100 µg. Twice daily.", ["A dose of 100 µg. Twice daily."]),
        ("Take 2.5 mg daily. Or 1.5 mg.", ["Take 2.5 mg daily.", "Or 1.5 mg."]),
        ("Item No. 5 is best.", ["Item No. 5 is best."]),
        ("The answer is no. Five agreed.", ["The answer is no.", "Five agreed."]),
        ("J. R. Smith wrote it.", ["J. R. Smith wrote it."]),
        ("Foods rich in vitamin K. Natto leads.", ["Foods rich in vitamin K.", "Natto leads."]),
        ("It is type B. Others differ.", ["It is type B.", "Others differ."]),
        ("Überraschung! Ärzte staunen.", ["Überraschung!", "Ärzte staunen."]),
        ("Trailing text without a full stop", ["Trailing text without a full stop"]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_claim_sentence_is_one_unit_at_column_one() -> None:
    line = (
        "Dietary sources of vitamin K2 include fermented foods like natto, certain types of cheese, "
        "egg yolks, and organ meats such as chicken breast and liver."
    )
    assert units(f"# Sources\n\n{line}\n") == [("Sources", 1, 3, "heading"), (line, 3, 1, "sentence")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Line one starts\nhere. Second sentence\n  continues here.\n\nNew para.",
            [
                ("Line one starts here.", 1, 1, "sentence"),
                ("Second sentence continues here.", 2, 7, "sentence"),
                ("New para.", 5, 1, "sentence"),
            ],
        ),
        (
            "First one.\n   Second begins on line two.",
            [("First one.", 1, 1, "sentence"), ("Second begins on line two.", 2, 4, "sentence")],
        ),
        (
            "Ends the line.\nStarts the next.",
            [("Ends the line.", 1, 1, "sentence"), ("Starts the next.", 2, 1, "sentence")],
        ),
        (
            "Published in\n2019. Results were good.",
            [("Published in 2019.", 1, 1, "sentence"), ("Results were good.", 2, 7, "sentence")],
        ),
        ("Word\tTab. Next one.", [("Word Tab.", 1, 1, "sentence"), ("Next one.", 1, 11, "sentence")]),
        ("  Leading spaces here.", [("Leading spaces here.", 1, 3, "sentence")]),
        ("\n\n\nAfter blank lines.", [("After blank lines.", 4, 1, "sentence")]),
    ],
)
def test_wrapped_paragraph_positions(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Title", [("Title", 1, 3, "heading")]),
        ("###   Deep title ###", [("Deep title", 1, 7, "heading")]),
        ("## C# is not closed#", [("C# is not closed#", 1, 4, "heading")]),
        ("# Natto. Cheese.", [("Natto. Cheese.", 1, 3, "heading")]),
        ("Title\n=====", [("Title", 1, 1, "heading")]),
        ("Two line\ntitle\n---", [("Two line title", 1, 1, "heading")]),
        # A plain-text post above its signature's "--" is no heading: its lines are sentences.
        (
            "I started MK-7 last spring.\nMy INR dropped within a week.\n--\nDave | warfarin since 2019",
            [
                ("I started MK-7 last spring.", 1, 1, "sentence"),
                ("My INR dropped within a week.", 2, 1, "sentence"),
                ("Dave | warfarin since 2019", 4, 1, "sentence"),
            ],
        ),
        ("K2 keeps calcium in the bones.\n---", [("K2 keeps calcium in the bones.", 1, 1, "sentence")]),
        ("#hashtag is text.", [("#hashtag is text.", 1, 1, "sentence")]),
        ("# H\nText follows.", [("H", 1, 3, "heading"), ("Text follows.", 2, 1, "sentence")]),
        ("Para.\n## Sub", [("Para.", 1, 1, "sentence"), ("Sub", 2, 4, "heading")]),
        ("#", []),
    ],
)
def test_headings(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "| Food | K2 (µg) |\n|------|--------:|\n| Natto | 1000 |",
            [
                ("Food", 1, 3, "cell"),
                ("K2 (µg)", 1, 10, "cell"),
                ("Natto", 3, 3, "cell"),
                ("1000", 3, 11, "cell"),
            ],
        ),
        (
            "Food | K2\n--- | :---:\nNatto | 1000",
            [("Food", 1, 1, "cell"), ("K2", 1, 8, "cell"), ("Natto", 3, 1, "cell"), ("1000", 3, 9, "cell")],
        ),
        ("| a \\| b | **c** |", [("a | b", 1, 3, "cell"), ("c", 1, 14, "cell")]),
        (
            "| x |\n|---|\n| y |\n\nAfter.",
            [("x", 1, 3, "cell"), ("y", 3, 3, "cell"), ("After.", 5, 1, "sentence")],
        ),
        ("| | |\n|-|-|\n| ![i](i.png) | - |", []),
        # A table as a browser's copy gives it: cells separated by tabs, one row a line, under a paragraph.
        (
            "Foods below.\nFood\tPortion\tVitamin K\nKale, cooked\t½ cup\t530\nNatto\t100 g",
            [
                ("Foods below.", 1, 1, "sentence"),
                ("Food", 2, 1, "cell"),
                ("Portion", 2, 6, "cell"),
                ("Vitamin K", 2, 14, "cell"),
                ("Kale, cooked", 3, 1, "cell"),
                ("½ cup", 3, 14, "cell"),
                ("530", 3, 20, "cell"),
                ("Natto", 4, 1, "cell"),
                ("100 g", 4, 7, "cell"),
            ],
        ),
        # Two cells alone are no table: a tab inside a sentence.
        ("Word\tTab. Next one.", [("Word Tab.", 1, 1, "sentence"), ("Next one.", 1, 11, "sentence")]),
    ],
)
def test_table_cells(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Natto is rich.", [("Natto is rich.", 1, 3, "item")]),
        ("* Star item.", [("Star item.", 1, 3, "item")]),
        ("+ Plus item.", [("Plus item.", 1, 3, "item")]),
        ("1. First.", [("First.", 1, 4, "item")]),
        ("10) Tenth.", [("Tenth.", 1, 5, "item")]),
        ("- [ ] Todo here.", [("Todo here.", 1, 7, "item")]),
        ("- [x] Done.", [("Done.", 1, 7, "item")]),
        ("  - Nested item.", [("Nested item.", 1, 5, "item")]),
        ("> Quoted.", [("Quoted.", 1, 3, "sentence")]),
        (">Tight.", [("Tight.", 1, 2, "sentence")]),
        ("> > Nested.", [("Nested.", 1, 5, "sentence")]),
        ("> - Quoted item.", [("Quoted item.", 1, 5, "item")]),
        ("> Quote starts\n> and continues.", [("Quote starts and continues.", 1, 3, "sentence")]),
        # A forum's quotation opens on the line that names its writer.
        (
            "> marathon_mike wrote:\n> never take D3 without K2.",
            [("marathon_mike wrote:", 1, 3, "sentence"), ("never take D3 without K2.", 2, 3, "sentence")],
        ),
        ("- One\n- Two", [("One", 1, 3, "item"), ("Two", 2, 3, "item")]),
        ("- Item starts\n  and continues.", [("Item starts and continues.", 1, 3, "item")]),
        ("1. One\n2. Two", [("One", 1, 4, "item"), ("Two", 2, 4, "item")]),
        ("Para.\n> Quote.", [("Para.", 1, 1, "sentence"), ("Quote.", 2, 3, "sentence")]),
        ("- item\n\n    more text.", [("item", 1, 3, "item"), ("more text.", 3, 5, "sentence")]),
        ("*Emphasis* is not a list.", [("Emphasis is not a list.", 1, 2, "sentence")]),
        ("-5 degrees is cold.", [("-5 degrees is cold.", 1, 1, "sentence")]),
    ],
)
def test_lists_and_quotes(text: str, expected: list[Unit]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See [the study](http://x.org/a_(b)) here.", ("See the study here.", 1)),
        ("[Natto](http://x) is rich.", ("Natto is rich.", 2)),
        ("**Natto** is rich.", ("Natto is rich.", 3)),
        ("> **[Natto](http://x)** is rich.", ("Natto is rich.", 6)),
        ("_Natto_ is good.", ("Natto is good.", 2)),
        ("__Natto__ and *cheese* and ***eggs***.", ("Natto and cheese and eggs.", 3)),
        ("~~Old~~ new.", ("Old new.", 3)),
        ("![img](a.png) Natto is rich.", ("Natto is rich.", 15)),
        ("<https://x.org> Natto.", ("Natto.", 17)),
        ("<me@example.org> wrote this.", ("wrote this.", 18)),
        ("Visit https://example.org/page for more.", ("Visit for more.", 1)),
        ("Read www.example.org/k2.", ("Read.", 1)),
        ("Use `natto` daily.", ("Use natto daily.", 1)),
        ("`K2` first.", ("K2 first.", 2)),
        ("``a ` b`` code.", ("a ` b code.", 3)),
        ("A [ref link][1] here.", ("A ref link here.", 1)),
        ("Fact[^1] here.", ("Fact here.", 1)),
        ("Tom &amp; Jerry &#8212; &copy;.", ("Tom & Jerry — ©.", 1)),
        ("a&nbsp;b c.", ("a b c.", 1)),
        ("&amp; more.", ("& more.", 1)),
        ("<b>Bold</b> text.", ("Bold text.", 4)),
        ("Line<br>Next line.", ("Line Next line.", 1)),
        ("snake_case and 2 * 3 stay.", ("snake_case and 2 * 3 stay.", 1)),
        ("\\*not emphasis\\*.", ("*not emphasis*.", 2)),
        ("x < y and a > b.", ("x < y and a > b.", 1)),
        ("A [link\nacross lines](http://x) works.", ("A link across lines works.", 1)),
        ("[![badge](b.svg)](http://x) Text.", ("Text.", 29)),
    ],
)
def test_inline_markup_keeps_original_columns(text: str, expected: tuple[str, int]) -> None:
    assert [(u[0], u[2]) for u in units(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Before.\n```python\nCode. In here.\n```\nAfter.", [("Before.", 1), ("After.", 5)]),
        ("~~~ {.py}\nx = 1.\n~~~\nAfter.", [("After.", 4)]),
        ("````\n```\nStill code.\n````\nAfter.", [("After.", 5)]),
        ("```\nunterminated. Code.", []),
        ("Para.\n\n    code line.\n\tmore code.\n\n    still code.\nAfter.", [("Para.", 1), ("After.", 7)]),
        ("# T\n    code.\nText.", [("T", 1), ("Text.", 3)]),
        ("Para starts\n    and continues.", [("Para starts and continues.", 1)]),
        # A reply indented under a post in a page copied as text is prose, not code.
        (
            "Post.\n\n    Kale is loaded with K1, not K2, says the reply.\nAfter.",
            [("Post.", 1), ("Kale is loaded with K1, not K2, says the reply.", 3), ("After.", 4)],
        ),
        ("---\ntitle: X\ntags: [a, b]\n---\nBody.", [("Body.", 5)]),
        ("---\ntitle: X\n...\nBody.", [("Body.", 4)]),
        ("+++\ntitle = 'x'\n+++\nBody.", [("Body.", 4)]),
        ("---\nJust text here.", [("Just text here.", 2)]),
        ("Text.\n\n---\ntitle: no\n---\n", [("Text.", 1), ("title: no", 4)]),
        ("Before.\n<!-- hidden.\nStill hidden.\n-->\nAfter.", [("Before.", 1), ("After.", 5)]),
        ("<!-- one --> <!-- two -->\nText.", [("Text.", 2)]),
        ("Visible <!-- hidden --> text.", [("Visible text.", 1)]),
        ("Visible <!-- opens\nhidden -->\nafter.", [("Visible after.", 1)]),
        ("<!--\nx\n--> After.", [("After.", 3)]),
        ('[1]: http://example.com "Title"\nText.', [("Text.", 2)]),
        ("[^1]: The footnote text.", [("The footnote text.", 1)]),
        ("Above.\n\n***\n\n- - -\n\n___\nBelow.", [("Above.", 1), ("Below.", 8)]),
        ('<div align="center">\n\nInside.\n\n</div>', [("Inside.", 3)]),
        ("![only an image](img.png)", []),
        ("...", []),
    ],
)
def test_skipped_blocks(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(u[0], u[1]) for u in units(text)] == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["\ufeffFirst. Second.\r\n", "Third.\r\n"], [("First.", 1, 1), ("Second.", 1, 8), ("Third.", 2, 1)]),
        (["\ufeff# Heading\r\n"], [("Heading", 1, 3)]),
        (["\ufeff---\r\n", "a: b\r\n", "---\r\n", "Body.\r\n"], [("Body.", 4, 1)]),
        (["Wrapped\r\n", "  line.\r\n", "\r\n", "Next.\r\n"], [("Wrapped line.", 1, 1), ("Next.", 4, 1)]),
        (["| a | b |\r\n"], [("a", 1, 3), ("b", 1, 7)]),
        (["No newline at end."], [("No newline at end.", 1, 1)]),
    ],
)
def test_crlf_and_bom(lines: list[str], expected: list[tuple[str, int, int]]) -> None:
    found = [(u.text, u.line, u.column) for u in segment(lines) if isinstance(u, Sentence)]
    assert found == expected


def test_one_megabyte_line() -> None:
    sentence = "Natto is rich in K2. "
    count = 1_000_000 // len(sentence) + 1
    found = [u for u in segment([sentence * count + "\n"]) if isinstance(u, Sentence)]
    assert len(found) == count
    assert all(u.text == "Natto is rich in K2." and u.line == 1 for u in found)
    assert [u.column for u in found[:3]] == [1, 22, 43]
    assert found[-1].column == 1 + (count - 1) * len(sentence)


def test_one_megabyte_line_without_boundaries_is_cut_into_bounded_pieces() -> None:
    line = "word " * 200_000
    found = [u for u in segment([line]) if isinstance(u, Sentence)]
    assert 2 <= len(found) <= 20
    assert all(len(u.text) <= 200_000 for u in found)
    assert sum(len(u.text.split()) for u in found) == 200_000
    assert found[1].column == len(found[0].text) + 2


def test_one_megabyte_heading_and_cell() -> None:
    found = units("# " + "x" * 1_000_000 + "\n| " + "y " * 500_000 + "|\n")
    assert {u[3] for u in found} == {"heading", "cell"}
    assert sum(len(u[0]) for u in found if u[3] == "heading") == 1_000_000


def test_stream_without_blank_lines_is_processed_incrementally() -> None:
    consumed = 0
    total = 200_000

    def lines() -> Iterator[str]:
        nonlocal consumed
        for i in range(total):
            consumed += 1
            yield f"Sentence number {i} is here.\n"

    stream = segment(lines())
    first = next(stream)
    assert first == Sentence("Sentence number 0 is here.", 1, 1, "sentence")
    assert consumed < 20_000
    rest = list(stream)
    assert len(rest) == total - 1
    assert rest[-1] == Sentence(f"Sentence number {total - 1} is here.", total, 1, "sentence")
    assert all(u.line == i + 2 for i, u in enumerate(rest))


def test_long_paragraph_keeps_positions_across_overflow() -> None:
    lines = [f"Line {i} has [a link](http://x/{i}) and **bold** text.\n" for i in range(20_000)]
    found = [u for u in segment(lines) if isinstance(u, Sentence)]
    assert len(found) == 20_000
    assert all(u.line == i + 1 and u.column == 1 for i, u in enumerate(found))
    assert found[12_345].text == "Line 12345 has a link and bold text."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "<!-- k2check: ignore k2-builds-muscle quoted from a source -->",
            [Suppression(1, "k2-builds-muscle", "quoted from a source")],
        ),
        ("<!-- k2check: ignore k2-x -->", [Suppression(1, "k2-x", "")]),
        ("<!--k2check: ignore k2-x-->", [Suppression(1, "k2-x", "")]),
        ("# k2check: ignore k2-x because it is a quote", [Suppression(1, "k2-x", "because it is a quote")]),
        ("// k2check: ignore k2.y reason here", [Suppression(1, "k2.y", "reason here")]),
        ("/* k2check: ignore k2-x why */", [Suppression(1, "k2-x", "why")]),
        ("k2check: ignore", []),
        (
            "K2 builds muscle. <!-- k2check: ignore k2-builds-muscle satire -->",
            [Suppression(1, "k2-builds-muscle", "satire"), Sentence("K2 builds muscle.", 1, 1, "sentence")],
        ),
        ("<!--\nk2check: ignore k2-x why\n-->", [Suppression(2, "k2-x", "why")]),
        (
            "Para one.\n<!-- k2check: ignore a-b c -->\nPara two.",
            [
                Sentence("Para one.", 1, 1, "sentence"),
                Suppression(2, "a-b", "c"),
                Sentence("Para two.", 3, 1, "sentence"),
            ],
        ),
        (
            "Starts here\nand goes on. <!-- k2check: ignore k2-x r -->\nNext one.",
            [
                Sentence("Starts here and goes on.", 1, 1, "sentence"),
                Suppression(2, "k2-x", "r"),
                Sentence("Next one.", 3, 1, "sentence"),
            ],
        ),
        ("```\n<!-- k2check: ignore k2-x in code -->\n```", []),
        (
            "Add `k2check: ignore CLAIM-ID reason` to a line.",
            [Sentence("Add k2check: ignore CLAIM-ID reason to a line.", 1, 1, "sentence")],
        ),
    ],
)
def test_suppressions(text: str, expected: list[Sentence | Suppression]) -> None:
    assert everything(text) == expected


def test_mixed_document() -> None:
    doc = (
        "---\n"
        "title: Vitamin K2\n"
        "---\n"
        "# Vitamin K2 &amp; bones\n"
        "\n"
        "Vitamin K2 activates [osteocalcin](https://en.wikipedia.org/wiki/Osteocalcin).\n"
        "It is found in natto. Dr. Vermeer studied it.\n"
        "\n"
        "| Food | K2 |\n"
        "|---|---|\n"
        "| Natto | 1000 µg |\n"
        "\n"
        "```\n"
        "K2 cures everything.\n"
        "```\n"
        "<!-- k2check: ignore k2-cures-all quoted -->\n"
        "- K2 *builds* muscle.\n"
    )
    assert everything(doc) == [
        Sentence("Vitamin K2 & bones", 4, 3, "heading"),
        Sentence("Vitamin K2 activates osteocalcin.", 6, 1, "sentence"),
        Sentence("It is found in natto.", 7, 1, "sentence"),
        Sentence("Dr. Vermeer studied it.", 7, 23, "sentence"),
        Sentence("Food", 9, 3, "cell"),
        Sentence("K2", 9, 10, "cell"),
        Sentence("Natto", 11, 3, "cell"),
        Sentence("1000 µg", 11, 11, "cell"),
        Suppression(16, "k2-cures-all", "quoted"),
        Sentence("K2 builds muscle.", 17, 3, "item"),
    ]


def test_empty_input() -> None:
    assert everything("") == []
    assert list(segment([])) == []
    assert everything("\n\n   \n") == []


def test_every_position_points_at_the_first_visible_character() -> None:
    doc = (
        "\ufeff# Vitamin *K2*\r\n"
        "> - [x] **[Natto](http://x)** has `MK-7`. Cheese &amp; eggs too.\r\n"
        "\r\n"
        "| *Food* | [K2](http://y) |\r\n"
        "|---|---|\r\n"
        "|\tGouda | ~~75~~ |\r\n"
        "\r\n"
        "1) <span>Dr.</span> Vermeer said so! ![x](y.png) \\*Really\\*.\r\n"
        "   _Wrapped_ text? <https://z> Yes.\r\n"
    )
    lines = doc.splitlines(keepends=True)
    raw = [line.rstrip("\r\n").lstrip("\ufeff") for line in lines]
    found = [u for u in segment(lines) if isinstance(u, Sentence)]
    assert len(found) == 10
    for unit in found:
        assert raw[unit.line - 1][unit.column - 1] == unit.text[0], unit


def test_bullets_copied_from_a_web_page_are_list_items() -> None:
    text = "Good sources\n\n  • Natto\n  • Aged cheese\n• Egg yolks\n"
    units = [
        (u.text, u.line, u.kind) for u in segment(text.splitlines(keepends=True)) if isinstance(u, Sentence)
    ]
    assert units == [
        ("Good sources", 1, "sentence"),
        ("Natto", 3, "item"),
        ("Aged cheese", 4, "item"),
        ("Egg yolks", 5, "item"),
    ]


def test_a_forum_handle_on_its_own_line_is_a_unit() -> None:
    text = "lifter_kate\nposts: 212\nok so K2 did nothing for my squat\n"
    units = [(u.text, u.line) for u in segment(text.splitlines(keepends=True)) if isinstance(u, Sentence)]
    assert units[0] == ("lifter_kate", 1)


def test_a_line_of_metadata_fields_is_a_unit() -> None:
    text = "Joined: May 2021 · Posts: 87\nsomeone told me natto is the best source\n"
    units = [(u.text, u.line) for u in segment(text.splitlines(keepends=True)) if isinstance(u, Sentence)]
    assert units == [("Joined: May 2021 · Posts: 87", 1), ("someone told me natto is the best source", 2)]


def test_a_line_of_fields_may_hold_an_abbreviation() -> None:
    """A thread's post header ("u/name · 318 points · 8 hr. ago") is a unit, though "hr." ends in a dot."""
    text = "u/frank · 318 points · 8 hr. ago\nSlightly off topic but K2 builds muscle.\n"
    units = [(u.text, u.line) for u in segment(text.splitlines(keepends=True)) if isinstance(u, Sentence)]
    assert units == [("u/frank · 318 points · 8 hr. ago", 1), ("Slightly off topic but K2 builds muscle.", 2)]


@pytest.mark.parametrize(
    "signature",
    ["-- mum of two, Cardiff", "— Dr Ana Ruiz, cardiologist", "– Tom, pharmacist", "~ trust your gut ~"],
)
def test_a_line_that_signs_a_post_is_not_the_end_of_its_last_sentence(signature: str) -> None:
    text = f"Both of ours had the jab and I'd say do the same.\n{signature}\n12 likes\n"
    got = texts(text)
    assert got[0] == "Both of ours had the jab and I'd say do the same."
    assert got[1].startswith(signature)


def test_a_rating_line_is_a_unit_of_its_own() -> None:
    """A line of stars ends where it ends, even on a word that usually goes on ("... Yes / No")."""
    text = (
        "★★★★☆ 4.3 (218 ratings) · Was this article helpful? Yes / No\n"
        "**Related:** K1 vs K2 · Bone foods\n"
    )
    got = texts(text)
    assert got[-1] == "Related: K1 vs K2 · Bone foods"
    assert all("Related" not in t for t in got[:-1])


def test_a_dash_inside_a_wrapped_line_still_continues_it() -> None:
    wrapped = "K2 is found in natto\n--and in some cheeses.\n"
    assert texts(wrapped) == ["K2 is found in natto --and in some cheeses."]


def test_lines_broken_short_on_purpose_are_units_of_their_own() -> None:
    """A line the next line's first word would have fitted on was broken by its writer, not by wrapping (a
    forum post's header, its author, its first line); where a line needs the next ("found in" / "natto",
    "... and" / "in cheese"), or ends on a word that closes a clause, the lines stay one sentence."""
    post = (
        "#4   2 March 2025, 09:12 AM\n"
        "gainz_gary   (Member | Joined: Jan 2023 | Posts: 12)\n"
        "tried k2 for three months for my lifts and noticed absolutely nothing different\n"
    )
    assert texts(post) == [
        "#4 2 March 2025, 09:12 AM",
        "gainz_gary (Member | Joined: Jan 2023 | Posts: 12)",
        "tried k2 for three months for my lifts and noticed absolutely nothing different",
    ]
    wrapped = "K2 is found in\nnatto, aged cheese and the yolks of eggs from hens that eat grass.\n"
    assert texts(wrapped) == [
        "K2 is found in natto, aged cheese and the yolks of eggs from hens that eat grass."
    ]


def test_a_quotation_opens_after_originally_posted_by() -> None:
    quoted = "> Originally posted by calcified_carl:\n> So much for the idea that K2 clears out arteries.\n"
    assert texts(quoted) == [
        "Originally posted by calcified_carl:",
        "So much for the idea that K2 clears out arteries.",
    ]


def test_the_lines_after_a_lead_in_are_its_list() -> None:
    """Plain text without bullets: the lines after a lead-in that ends in a colon, none ending as a sentence
    does, are its items; a line that opens with a capital after an item starts a sentence of its own."""
    page = (
        "Foods that are high in vitamin K include:\n"
        "kale and cavolo nero\n"
        "spinach, raw or cooked\n"
        "parsley and other leafy herbs used by the handful\n"
        "Some cooking oils, such as soya oil, also add a little, so keep your usual oil.\n"
    )
    assert texts(page) == [
        "Foods that are high in vitamin K include:",
        "kale and cavolo nero",
        "spinach, raw or cooked",
        "parsley and other leafy herbs used by the handful",
        "Some cooking oils, such as soya oil, also add a little, so keep your usual oil.",
    ]
    assert [u[3] for u in units(page)] == ["sentence", "item", "item", "item", "sentence"]
