"""A dense benchmark corpus: Markdown pages in which every sentence is about vitamin K.

Real pages about vitamin K (supplement shops, FAQ pages, forums, health articles, food tables) mention it
in nearly every sentence, so nearly every sentence passes k2check's subject prefilter and reaches the
matcher. That is the hard case for throughput; the generated articles of ``corpus.py`` are the easy,
sparse one. The sentences below are our own wording, modelled on the kinds of pages we read: product copy
and bullet lists, FAQ answers, forum posts, article paragraphs, food tables and do/don't lists.

``write_dense(path, size_bytes, seed)`` lays out one "site" (a fixed sequence of pages drawn from the
seeded generator) and writes it again and again until the file has the requested size. In every copy
each sentence has one of its slots (a dose, a food, a number of months, a name, ...) drawn again, so the
copies differ in one word per sentence, while the words, the markup and the mix of claims stay those of
the first copy. Slots have few values, so a sentence often recurs across copies (2 MB hold about 3,000
distinct sentences in 30,000): k2check's per-run sentence memo pays here as it does on a site's
repeated boilerplate, so bench/run.py also times the in-process loop with the memo off, the cost on
text that never repeats a sentence. Deterministic: same arguments, same bytes.
Nothing here imports k2check.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from pathlib import Path

SLOTS: dict[str, list[str]] = {
    "dose": [str(n) for n in range(40, 400, 5)],
    "form": ["MK-7", "MK-4", "menaquinone-7", "vitamin K2", "K2", "K2 as MK-7"],
    "green": ["kale", "spinach", "collard greens", "Swiss chard", "broccoli", "Brussels sprouts", "parsley"],
    "animal": [
        "hard cheese",
        "egg yolks",
        "chicken liver",
        "Gouda",
        "goose liver",
        "butter from grass-fed cows",
    ],
    "ferment": ["natto", "sauerkraut", "aged cheese", "fermented soybeans", "kefir"],
    "months": [str(n) for n in range(2, 37)],
    "weeks": [str(n) for n in range(2, 21)],
    "pct": [str(n) for n in range(5, 61)],
    "age": [str(n) for n in range(35, 91)],
    "year": [str(n) for n in range(1998, 2026)],
    "count": [str(n) for n in range(30, 400, 30)],
    "unit": ["softgel", "capsule", "tablet", "drop", "gummy"],
    "brand": ["Northfield", "Calderwood", "Bluefen", "Orvale", "Harrowgate", "Silverbirch", "Tamsin Labs"],
    "user": ["marta_k", "runner42", "oldknees", "greenjuice", "bonehealth_bob", "lifter_lou", "nana_joan"],
    "doctor": ["my GP", "my cardiologist", "the nurse at my clinic", "my pharmacist", "my endocrinologist"],
    "drug": ["warfarin", "Coumadin", "a blood thinner", "an anticoagulant"],
    "when": ["with breakfast", "with dinner", "with a fatty meal", "at lunch", "in the evening"],
    "part": ["bones", "arteries", "teeth", "blood vessels", "skeleton"],
    # the varied word of a sentence that has no other slot: a lead-in, none in the first copy
    "lead": [
        "",
        "Also,",
        "In fact,",
        "Still,",
        "Remember,",
        "Honestly,",
        "Again,",
        "Yes,",
        "Note:",
        "Indeed,",
        "Briefly,",
        "Overall,",
        "Besides,",
        "Meanwhile,",
        "Sadly,",
        "Luckily,",
        "Frankly,",
        "Clearly,",
        "Admittedly,",
        "Curiously,",
        "Notably,",
        "Plainly,",
        "Oddly,",
        "Granted,",
        "Likewise,",
        "Anyway,",
    ],
}
SLOT = re.compile(r"\{(\w+)\}")

# Product pages: names, taglines, bullet points and the paragraph under them.
PRODUCT_TITLE = ["{brand} Vitamin K2 {form} {dose} mcg, {count} {unit}s"]
PRODUCT_BULLETS = [
    "Each {unit} supplies {dose} mcg of vitamin K2 as {form}.",
    "Our vitamin K2 is fermented from chickpeas, not from {ferment}, so it suits vegans.",
    "Vitamin K2 helps keep calcium in your {part} where it belongs.*",
    "Supports healthy {part} with {dose} mcg of {form} per serving.*",
    "Pairs vitamin K2 with vitamin D3 for complete calcium support.*",
    "Vitamin K2 in the all-trans form, the one the body can use.",
    "Third-party tested vitamin K2, free of soy, gluten and {ferment}.",
    "One {unit} of vitamin K2 a day, taken {when}.",
]
PRODUCT_COPY = [
    "Vitamin K2 directs calcium into your {part} and out of your arteries.",
    "Unlike vitamin K1 from {green}, vitamin K2 stays in the blood for days.",
    "{form} has a half-life of about three days, so one {unit} a day keeps levels steady.",
    "Most people get plenty of vitamin K1 from {green} but very little vitamin K2.",
    "Vitamin K2 activates osteocalcin, the protein that binds calcium into bone.",
    "Because vitamin K2 is fat-soluble, take it {when}.",
    "Vitamin K2 is the missing partner of vitamin D3, and {brand} puts both in one {unit}.",
    "Vitamin K2 builds muscle and boosts your energy, say many of our {age}-plus customers.",
    "Our customers tell us vitamin K2 gave them stronger {part} within {months} months.",
    "If you take {drug}, ask {doctor} before you start vitamin K2.",
    "Vitamin K2 is not toxic even at high doses, so you can take it without worry.",
    "*These statements about vitamin K2 have not been evaluated by any food or drug authority.",
]

# FAQ pages: a question heading and a short answer.
FAQ = [
    (
        "What is the difference between vitamin K1 and vitamin K2?",
        [
            "Vitamin K1 comes mostly from {green} and is used by the liver to make clotting factors.",
            "Vitamin K2 comes from {animal} and {ferment} and reaches bone and blood vessels.",
            "Vitamin K1 and vitamin K2 are not the same thing, although both are called vitamin K.",
        ],
    ),
    (
        "How much vitamin K do I need each day?",
        [
            "Adults need about 90 to 120 micrograms of vitamin K a day.",
            "There is no official recommended daily intake for vitamin K2 on its own.",
            "Most vitamin K2 products give between {dose} and {dose} mcg per {unit}.",
        ],
    ),
    (
        "Can I take vitamin K2 if I am on {drug}?",
        [
            "People taking {drug} should talk to {doctor} before taking vitamin K2.",
            "Vitamin K works against {drug}, so a sudden change in intake can shift your INR.",
            "Keep your vitamin K intake steady from week to week rather than avoiding it.",
        ],
    ),
    (
        "Is vitamin K2 safe at high doses?",
        [
            "No toxic dose of vitamin K2 has been found in people, even at {dose} mcg a day.",
            "Vitamin K3, or menadione, is a different story and is not sold for people.",
            "Vitamin K2 supplements do not cause blood clots in healthy people.",
        ],
    ),
    (
        "Which foods are richest in vitamin K2?",
        [
            "Natto is the richest food source of vitamin K2 by a wide margin.",
            "{animal} and {ferment} also contain some vitamin K2.",
            "Leafy greens like {green} are rich in vitamin K1, not vitamin K2.",
        ],
    ),
    (
        "Why do newborns get a vitamin K shot?",
        [
            "Newborns get a vitamin K shot to prevent rare but serious bleeding.",
            "Babies are born with little vitamin K, and breast milk contains only a small amount.",
            "The vitamin K shot does not cause childhood leukaemia; that worry came from one early study.",
        ],
    ),
    (
        "Should I take vitamin D3 together with vitamin K2?",
        [
            "Many people take vitamin D3 with vitamin K2 because both are involved in calcium handling.",
            "Taking vitamin D3 without K2 calcifies your arteries, according to some sellers.",
            "No trial has shown that vitamin D3 alone hardens the arteries of people who lack vitamin K2.",
        ],
    ),
]

# Forum threads: posts from users, some asking, some reporting, some arguing.
FORUM_TITLE = [
    "Vitamin K2 and {part}: anyone tried {form}?",
    "Started vitamin K2 {months} months ago, questions",
    "Does vitamin K2 really clear calcium from the arteries?",
]
FORUM_POSTS = [
    "I have been taking {dose} mcg of vitamin K2 for {months} months and my knees feel better.",
    "My calcium score went up on vitamin K2, so I doubt it reverses anything.",
    "Vitamin K2 reverses arterial calcification, my cousin's scan proved it after {months} months.",
    "{doctor} said vitamin K2 is fine with my statin but not with {drug}.",
    "Honestly vitamin K2 did nothing for my leg cramps after {weeks} weeks.",
    "Vitamin K2 helped my night cramps a lot, I take {dose} mcg {when}.",
    "I thought gut bacteria make all the vitamin K2 you need, so why buy it?",
    "Vitamin K2 from {ferment} is cheaper than the {brand} capsules.",
    "Is MK-4 better than MK-7, or is that just vitamin K marketing?",
    "I read that vitamin K2 prevents cancer but I could not find the study.",
    "Vitamin K2 will not build muscle, lifting and protein do that.",
    "I eat {green} every day, does that count as vitamin K2?",
    "At {age} my bone density improved after a year of vitamin K2 and D3.",
    "Vitamin K2 made no difference to my DEXA scan at all.",
    "My mum is {age} and her doctor put her on vitamin K2 for osteoporosis.",
    "I stopped vitamin K2 because it seemed to thicken my blood, is that possible?",
]

# Article paragraphs, under section headings.
ARTICLE_HEADINGS = [
    "What vitamin K does in the body",
    "Vitamin K2 and bone health",
    "Vitamin K2 and the heart",
    "Where to find vitamin K in food",
    "Do you need a vitamin K2 supplement?",
    "Vitamin K and medicines",
]
ARTICLE_SENTENCES = [
    "Vitamin K is needed for blood clotting, which is where its name comes from.",
    "Vitamin K activates matrix Gla protein, which keeps calcium from settling in blood vessel walls.",
    "In a {year} trial, women past menopause on {dose} mcg of {form} lost less bone than those on placebo.",
    "Vitamin K2 slows bone loss after menopause in some trials, though not in all of them.",
    "Whether vitamin K2 supplements prevent fractures is still unclear from the trials so far.",
    "People with higher vitamin K2 intake had a lower risk of coronary heart disease in a Dutch cohort.",
    "That link between vitamin K2 and the heart comes from observation, not from a controlled trial.",
    "Vitamin K2 supplements have not been shown to reverse calcification that is already in the arteries.",
    "The body can convert some vitamin K1 into MK-4, the form of vitamin K2 found in animal tissue.",
    "Vitamin K2 as MK-7 stays in the blood much longer than vitamin K1 does.",
    "Vitamin K deficiency is uncommon in healthy adults who eat a varied diet.",
    "Vitamin K status is hard to measure, because blood levels swing with the last meal.",
    "Most people are deficient in vitamin K2 and need a supplement, a claim often seen online.",
    "Vitamin K2 improves insulin sensitivity and prevents type 2 diabetes, some shops say.",
    "Small studies hint that vitamin K2 may help insulin sensitivity, but none show it prevents diabetes.",
    "Vitamin K2 protects against severe COVID-19, went an early pandemic claim that trials did not confirm.",
    "Vitamin K2 prevents dementia and Alzheimer's disease, a blog told its {count} thousand readers.",
    "Vitamin K cream heals bruises faster, say its makers, though the evidence is thin.",
    "About {pct} percent of the vitamin K in a Western diet is vitamin K2, the rest is vitamin K1.",
    "Vitamin K1 from {green} is absorbed better when the greens are eaten with some fat.",
    "Vitamin K2 in {animal} comes mostly as MK-4, while {ferment} supplies the longer forms.",
    "Anyone on {drug} should keep vitamin K intake steady and tell {doctor} about supplements.",
]

# Food tables: a header and rows.
TABLE_HEADERS = [
    "| Vitamin K source (100 g) | Vitamin K1 | Vitamin K2 |",
    "| Vitamin K source, one serving | Vitamin K1 (mcg) | Vitamin K2 (mcg) |",
]
TABLE_ROWS = [
    "| Vitamin K2 from {ferment} | a little vitamin K1 | about {dose} mcg of vitamin K2 |",
    "| Vitamin K1 from {green} | about {dose} mcg of vitamin K1 | no vitamin K2 |",
    "| Vitamin K2 from {animal} | traces of vitamin K1 | {pct} mcg of vitamin K2 as MK-4 |",
    "| Vitamin K2 from natto | {pct} mcg of vitamin K1 | up to 1,000 mcg of vitamin K2 as MK-7 |",
]

# Do / don't lists.
LIST_TITLES = ["Vitamin K2: do and don't", "Vitamin K tips from {doctor}"]
LIST_ITEMS = [
    "Do take vitamin K2 {when}, since it needs fat to be absorbed.",
    "Don't change your vitamin K intake suddenly if you take {drug}.",
    "Do eat {green} for vitamin K1 and {ferment} for vitamin K2.",
    "Don't expect vitamin K2 to replace resistance training.",
    "Do ask {doctor} about vitamin K if you have a bleeding disorder.",
    "Don't buy vitamin K3 products; menadione is not a safe supplement for people.",
    "Do keep vitamin K2 out of the heat so the {unit}s last.",
]


@dataclass(slots=True)
class _Sentence:
    template: str
    fill: dict[str, str]


@dataclass(slots=True)
class _Block:
    kind: str  # h1, h2, h3, bullets, numbered, para, quote, table, blank
    sentences: list[_Sentence]


def _draw(template: str, rng: random.Random, lead: bool = True) -> _Sentence:
    names = SLOT.findall(template)
    if not names and not lead:
        return _Sentence(template, {})
    if not names:
        return _Sentence("{lead}" + template, {"lead": ""})
    return _Sentence(template, {name: rng.choice(SLOTS[name]) for name in names})


def _some(pool: list[str], k: int, rng: random.Random) -> list[_Sentence]:
    return [_draw(t, rng) for t in rng.sample(pool, min(k, len(pool)))]


def _product(rng: random.Random) -> list[_Block]:
    copy = _some(PRODUCT_COPY, 8, rng)
    return [
        _Block("h1", [_draw(PRODUCT_TITLE[0], rng)]),
        _Block("bullets", _some(PRODUCT_BULLETS, 5, rng)),
        _Block("para", copy[:5]),
        _Block("para", copy[5:]),
    ]


def _faq(rng: random.Random) -> list[_Block]:
    blocks = [_Block("h2", [_draw("Vitamin K2: frequently asked questions", rng)])]
    for question, answers in rng.sample(FAQ, 4):
        blocks.append(_Block("h3", [_draw(question, rng)]))
        blocks.append(_Block("para", [_draw(a, rng) for a in answers[: rng.randint(2, 3)]]))
    return blocks


def _forum(rng: random.Random) -> list[_Block]:
    blocks = [_Block("h2", [_draw(rng.choice(FORUM_TITLE), rng)])]
    for _ in range(rng.randint(3, 5)):
        blocks.append(
            _Block("quote", [_draw("{user} wrote about vitamin K2:", rng), *_some(FORUM_POSTS, 2, rng)])
        )
        blocks.append(_Block("para", _some(FORUM_POSTS, rng.randint(1, 3), rng)))
    return blocks


def _article(rng: random.Random) -> list[_Block]:
    blocks: list[_Block] = []
    for heading in rng.sample(ARTICLE_HEADINGS, 3):
        blocks.append(_Block("h2", [_draw(heading, rng)]))
        blocks.append(_Block("para", _some(ARTICLE_SENTENCES, rng.randint(3, 5), rng)))
        blocks.append(_Block("para", _some(ARTICLE_SENTENCES, rng.randint(2, 4), rng)))
    return blocks


def _table(rng: random.Random) -> list[_Block]:
    header = _draw(rng.choice(TABLE_HEADERS), rng, lead=False)
    rows = [_draw(rng.choice(TABLE_ROWS), rng) for _ in range(rng.randint(3, 5))]
    return [_Block("para", _some(ARTICLE_SENTENCES, 1, rng)), _Block("table", [header, *rows])]


def _list(rng: random.Random) -> list[_Block]:
    return [
        _Block("h3", [_draw(rng.choice(LIST_TITLES), rng)]),
        _Block(rng.choice(["bullets", "numbered"]), _some(LIST_ITEMS, 4, rng)),
    ]


PAGES = [_product, _faq, _forum, _article, _table, _list]


def site(seed: int, pages: int = 12) -> list[_Block]:
    """The fixed layout every copy repeats: ``pages`` pages of mixed kinds, each ending in a blank."""
    rng = random.Random(seed)
    blocks: list[_Block] = []
    for i in range(pages):
        blocks += PAGES[i % len(PAGES)](rng) if i < len(PAGES) else rng.choice(PAGES)(rng)
        blocks.append(_Block("blank", []))
    return blocks


def _render_sentence(sentence: _Sentence, rng: random.Random | None) -> str:
    fill = sentence.fill
    if rng is not None and fill:
        fill = dict(fill)
        name = rng.choice(sorted(fill))
        fill[name] = rng.choice(SLOTS[name])
    template = sentence.template
    lead = ""
    if template.startswith("{lead}"):
        template, lead = template[len("{lead}") :], fill["lead"]
    text = SLOT.sub(lambda m: fill[m.group(1)], template)
    if lead:
        return f"{lead} {text[0].lower()}{text[1:]}" if text[1:2].islower() else f"{lead} {text}"
    return text[0].upper() + text[1:] if text[0] in string.ascii_lowercase else text


def _render(block: _Block, rng: random.Random | None, seen: set[str]) -> str:
    texts = [_render_sentence(s, rng) for s in block.sentences]
    seen.update(texts)
    if block.kind == "blank":
        return "---\n\n"
    if block.kind in {"h1", "h2", "h3"}:
        return f"{'#' * int(block.kind[1])} {texts[0].rstrip('.')}\n\n"
    if block.kind == "bullets":
        return "".join(f"- {t}\n" for t in texts) + "\n"
    if block.kind == "numbered":
        return "".join(f"{i}. {t}\n" for i, t in enumerate(texts, 1)) + "\n"
    if block.kind == "quote":
        return f"> **{texts[0]}**\n>\n> " + " ".join(texts[1:]) + "\n\n"
    if block.kind == "table":
        header = texts[0]
        rule = "|" + "---|" * (header.count("|") - 1)
        return "\n".join([header, rule, *texts[1:]]) + "\n\n"
    return " ".join(texts) + "\n\n"


def write_dense(path: Path, size_bytes: int, seed: int = 2026) -> dict[str, int]:
    """Write copies of one seeded site until ``size_bytes`` (cut at a page boundary near the size).
    The first copy is the site as drawn; in each later one, one slot of every sentence is drawn again."""
    layout = site(seed)
    seen: set[str] = set()
    written = 0
    copies = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        while written < size_bytes:
            rng = random.Random(seed * 1_000_003 + copies) if copies else None
            for block in layout:
                chunk = _render(block, rng, seen)
                out.write(chunk)
                written += len(chunk.encode("utf-8"))
                if written >= size_bytes and block.kind == "blank":
                    break
            copies += 1
    sentences = sum(len(b.sentences) for b in layout if b.kind != "blank")
    return {"bytes": written, "copies": copies, "sentences_per_copy": sentences, "distinct": len(seen)}


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "dense.md")
    print(write_dense(target, int(float(sys.argv[2]) * (1 << 20)) if len(sys.argv) > 2 else 2 << 20))
