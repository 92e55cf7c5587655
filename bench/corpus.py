"""Deterministic benchmark inputs: Markdown-ish nutrition articles and a large synthetic claims database.

Everything is generated from a seeded ``random.Random``, so two runs with the same arguments produce the
same bytes. Nothing here imports k2check; the files are written wherever the caller says (a temp dir).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

# --------------------------------------------------------------------------------------------------
# Vocabulary of the general prose (most sentences: nutrition talk that asserts no vitamin K claim).

FOODS = [
    "oats",
    "lentils",
    "salmon",
    "sardines",
    "brown rice",
    "quinoa",
    "broccoli",
    "sweet potatoes",
    "almonds",
    "walnuts",
    "chickpeas",
    "blueberries",
    "Greek yogurt",
    "tofu",
    "tempeh",
    "barley",
    "avocado",
    "olive oil",
    "black beans",
    "pumpkin seeds",
    "chia seeds",
    "whole-grain bread",
    "apples",
    "carrots",
    "mackerel",
    "cottage cheese",
    "beetroot",
    "mushrooms",
    "peppers",
    "tomatoes",
    "buckwheat",
    "peas",
    "kiwi",
    "oranges",
]
NUTRIENTS = [
    "protein",
    "fibre",
    "magnesium",
    "iron",
    "zinc",
    "omega-3 fats",
    "vitamin C",
    "folate",
    "potassium",
    "selenium",
    "iodine",
    "vitamin B12",
    "vitamin A",
    "vitamin E",
    "choline",
    "polyphenols",
    "carbohydrates",
    "healthy fats",
    "electrolytes",
    "riboflavin",
    "niacin",
    "copper",
    "manganese",
]
OUTCOMES = [
    "energy levels",
    "digestion",
    "sleep quality",
    "blood pressure",
    "cholesterol",
    "recovery after exercise",
    "blood sugar control",
    "gut health",
    "immune function",
    "mood",
    "concentration",
    "skin health",
    "satiety",
    "hydration",
    "endurance",
    "inflammation markers",
    "resting heart rate",
]
PEOPLE = [
    "older adults",
    "endurance athletes",
    "pregnant women",
    "teenagers",
    "office workers",
    "vegans",
    "people with diabetes",
    "shift workers",
    "new parents",
    "runners",
    "students",
    "postmenopausal women",
]
ADVERBS = ["often", "usually", "sometimes", "rarely", "typically", "generally", "in practice", "on average"]
AUTHORS = ["Smith", "Garcia", "Nguyen", "Müller", "Okafor", "Tanaka", "Rossi", "Kowalski", "Haddad", "Lind"]
CONNECTORS = ["However,", "In addition,", "For example,", "Meanwhile,", "In short,", "That said,", "Still,"]

PROSE = [
    "{Food} are a good source of {nutrient}, which supports {outcome}.",
    "Most {people} get enough {nutrient} from a varied diet that includes {food} and {food2}.",
    "A serving of {food} provides roughly {n} grams of {nutrient} and very few calories.",
    "{Connector} {people} {adverb} report better {outcome} when they eat more {food}.",
    "In a {n}-week study of {n2} {people}, researchers measured changes in {outcome} "
    "({author} et al., {year}).",
    "There is no single food that fixes {outcome}; the overall pattern of the diet matters more.",
    "Try swapping refined snacks for {food} or {food2} a few times a week.",
    "Cooking {food} gently helps preserve {nutrient} and keeps the texture pleasant.",
    "Nutrition labels list {nutrient} per serving, but serving sizes vary between brands.",
    "{People} should talk to a dietitian before making large changes to their diet.",
    "Hydration affects {outcome} more than most people expect, especially in hot weather.",
    "The recommended intake of {nutrient} differs by age, sex and life stage.",
    "Frozen {food} keep most of their {nutrient} and are often cheaper than fresh ones.",
    "Eating {food} with {food2} can make a meal more filling without adding much sugar.",
    "Some {people} find it easier to plan meals on Sunday and prepare {food} in advance.",
    "Sleep, stress and physical activity all interact with {outcome} in complicated ways.",
    "Is {food} really a superfood, or just good marketing?",
    "A balanced plate is half vegetables, a quarter {nutrient}-rich foods and a quarter whole grains.",
    "The evidence on {nutrient} and {outcome} is mixed, and larger trials are still needed.",
    "When shopping, compare the unit price of {food} rather than the package price.",
    "Fermented foods such as kefir and sauerkraut may support {outcome}, though results vary.",
    "Dr. {author} notes that {people} {adverb} underestimate how much {nutrient} they need.",
    "Portion sizes have grown over the decades, e.g. a typical bagel is now twice as large.",
    "Many {people} skip breakfast, which is fine as long as total intake is adequate.",
    "{Connector} the link between {nutrient} and {outcome} is {adverb} overstated in headlines.",
    "About {n}% of {people} in the survey said they read nutrition labels regularly.",
    "Soaking {food} overnight shortens the cooking time and improves digestibility.",
    "Spices like turmeric and ginger add flavour without adding salt.",
]

# Sentences that name vitamin K (so they pass k2check's subject prefilter) but assert none of its claims.
MENTIONS = [
    "In this article we look at what vitamin K does and where it comes from.",
    "Vitamin K was discovered in the 1930s by the Danish scientist Henrik Dam.",
    "The letter K comes from the German word Koagulation.",
    "Vitamin K2 comes in several forms, named MK-4 through MK-13.",
    "Researchers are still studying how vitamin K2 behaves in the body over many years.",
    "Our readers often ask whether they should think about vitamin K at all.",
    "You will find vitamin K listed on some multivitamin labels.",
    "The story of vitamin K2 in Japan is closely tied to natto.",
    "Labels may say menaquinone-7 instead of vitamin K2.",
    "We reviewed {n} products that contain MK-7 for this guide.",
    "Vitamin K is fat-soluble, like vitamins A, D and E.",
    "Below we summarise the research on vitamin K and {outcome}.",
]

# Real vitamin K claims, in varied wordings (true, false and negated ones alike).
CLAIMS = [
    "Vitamin K2 builds muscle.",
    "Many gym influencers say K2 is the secret to building muscle.",
    "Vitamin K2 does not build muscle on its own.",
    "You can skip the gym because MK-7 will grow your muscles anyway.",
    "Vitamin K2 matters more than protein for muscle growth.",
    "Resistance training and enough protein are the main drivers of muscle growth.",
    "Natto is the richest food source of vitamin K2.",
    "Leafy greens like spinach and kale are rich in vitamin K2.",
    "Egg yolks, hard cheeses and liver contain vitamin K2.",
    "Vitamin K is needed for blood clotting.",
    "People taking warfarin should talk to their doctor before taking vitamin K2.",
    "Vitamin K2 supplements cause dangerous blood clots in healthy people.",
    "Vitamin K2 is toxic at high doses.",
    "Newborns should get a vitamin K shot to prevent bleeding.",
    "The newborn vitamin K shot causes childhood leukaemia.",
    "Vitamin K2 activates osteocalcin, a bone protein.",
    "Vitamin K2 supplements prevent bone fractures.",
    "Vitamin K2 slows bone loss after menopause.",
    "Vitamin K2 supplements reverse calcification of the arteries.",
    "Taking vitamin D3 without K2 calcifies your arteries.",
    "Vitamin K2 directs calcium into your bones and out of your arteries.",
    "Vitamin K2 prevents cancer.",
    "Vitamin K2 prevents dementia and Alzheimer's disease.",
    "Most people are deficient in vitamin K2 and need a K2 supplement.",
    "Vitamin K1 and vitamin K2 are the same thing.",
    "MK-7 stays in the blood much longer than vitamin K1.",
    "Gut bacteria make all the vitamin K2 you need.",
    "Adults need about 90 to 120 micrograms of vitamin K a day.",
    "Vitamin K deficiency is common in healthy adults.",
    "Vitamin K cream heals bruises and fades dark circles.",
    "Vitamin K2 protects against severe COVID-19.",
    "Vitamin K2 improves insulin sensitivity and prevents type 2 diabetes.",
    "The body can convert vitamin K1 into MK-4.",
    "Higher vitamin K2 intake is linked to a lower risk of coronary heart disease.",
    "There is an official recommended daily intake for vitamin K2.",
    "Menadione is a safe supplement for people.",
    "Vitamin K2 reduces nocturnal leg cramps in older adults.",
    "MK-4 is better than MK-7 for human muscle.",
]

HEADINGS = [
    "What the research says",
    "Food sources",
    "How much do you need?",
    "Who should be careful",
    "Practical tips",
    "The bottom line",
    "Frequently asked questions",
    "Myths and facts",
    "Supplements",
    "Cooking and storage",
    "A closer look at {nutrient}",
    "{Nutrient} and {outcome}",
    "Vitamin K basics",
]
TITLES = [
    "A practical guide to {nutrient}",
    "Eating for better {outcome}",
    "What {people} should know about diet",
    "Vitamin K2: hype and evidence",
    "{Food}, {food2} and your health",
    "Ten questions about {nutrient}",
]

# Made-up supplement names, shared by the document generator and the synthetic claims database.
_ONSETS = [
    "b",
    "br",
    "c",
    "cl",
    "d",
    "dr",
    "f",
    "fl",
    "g",
    "gr",
    "j",
    "k",
    "l",
    "m",
    "n",
    "p",
    "pl",
    "qu",
    "r",
    "s",
    "st",
    "t",
    "tr",
    "v",
    "x",
    "z",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "eo", "ia", "ou"]
_CODAS = ["n", "r", "l", "x", "v", "m", "st", "nd", "rt", "lt", ""]
_ENDINGS = ["ine", "ate", "ol", "ide", "ase", "in", "ium", "one", "ene", "ex", "oxin", "amide"]


def nutrient_names(count: int, seed: int = 7) -> list[str]:
    """``count`` distinct, pronounceable, made-up supplement names (the same list for the same seed)."""
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        parts = [
            rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(2, 3))
        ]
        name = "".join(parts) + rng.choice(_ENDINGS)
        if name not in seen and 7 <= len(name) <= 16:
            seen.add(name)
            names.append(name)
    return names


SYNTHETIC_PROSE = [
    "Some brands now add {name} to their sports drinks.",
    "Fans claim that {name} improves {outcome}, but independent data are scarce.",
    "{Name} is sold as a capsule and as a powder.",
    "A small trial tested {name} in {n} {people} ({author} et al., {year}).",
]


def _fill(template: str, rng: random.Random, names: list[str]) -> str:
    food, food2 = rng.sample(FOODS, 2)
    nutrient = rng.choice(NUTRIENTS)
    name = rng.choice(names) if names else "zorvane"
    people = rng.choice(PEOPLE)
    text = template.format(
        food=food,
        food2=food2,
        Food=food[:1].upper() + food[1:],
        nutrient=nutrient,
        Nutrient=nutrient[:1].upper() + nutrient[1:],
        outcome=rng.choice(OUTCOMES),
        people=people,
        People=people[:1].upper() + people[1:],
        adverb=rng.choice(ADVERBS),
        connector=rng.choice(CONNECTORS),
        Connector=rng.choice(CONNECTORS),
        n=rng.randint(2, 60),
        n2=rng.randint(20, 900),
        author=rng.choice(AUTHORS),
        year=rng.randint(1995, 2025),
        name=name,
        Name=name.capitalize(),
    )
    return text


def _markup(sentence: str, rng: random.Random) -> str:
    """Occasional inline Markdown: emphasis, a link, inline code."""
    roll = rng.random()
    if roll < 0.04 and " " in sentence:
        words = sentence.split(" ")
        i = rng.randrange(len(words))
        words[i] = f"**{words[i]}**"
        return " ".join(words)
    if roll < 0.06:
        return f"{sentence[:-1]} ([source](https://example.org/n/{rng.randint(1, 9999)}))."
    if roll < 0.07 and " " in sentence:
        head, tail = sentence.split(" ", 1)
        return f"_{head}_ {tail}"
    return sentence


class _Sentences:
    """The stream of sentences: 1 in 20 a vitamin K claim, 1 in 12 a vitamin K mention that asserts
    nothing, 1 in 20 about a made-up supplement, the rest general nutrition prose."""

    def __init__(self, rng: random.Random, names: list[str]) -> None:
        self.rng = rng
        self.names = names
        self.claims = 0
        self.total = 0

    def next(self) -> str:
        rng = self.rng
        roll = rng.random()
        self.total += 1
        if roll < 0.05:
            self.claims += 1
            text = rng.choice(CLAIMS)
        elif roll < 0.05 + 1 / 12:
            text = _fill(rng.choice(MENTIONS), rng, self.names)
        elif roll < 0.05 + 1 / 12 + 0.05:
            text = _fill(rng.choice(SYNTHETIC_PROSE), rng, self.names)
        else:
            text = _fill(rng.choice(PROSE), rng, self.names)
        return _markup(text, rng)


def _paragraph(s: _Sentences, rng: random.Random) -> str:
    """A paragraph of 2-7 sentences, wrapped at about 90 columns like a hand-edited Markdown file."""
    words = " ".join(s.next() for _ in range(rng.randint(2, 7))).split(" ")
    lines: list[str] = []
    line: list[str] = []
    width = 0
    for word in words:
        if width + len(word) > 90 and line:
            lines.append(" ".join(line))
            line, width = [], 0
        line.append(word)
        width += len(word) + 1
    lines.append(" ".join(line))
    return "\n".join(lines)


def _article(s: _Sentences, rng: random.Random, number: int) -> Iterator[str]:
    yield f"# {_fill(rng.choice(TITLES), rng, s.names)}\n\n"
    yield f"*Article {number}, updated {rng.randint(2019, 2026)}-{rng.randint(1, 12):02d}*\n\n"
    yield _paragraph(s, rng) + "\n\n"
    for _ in range(rng.randint(3, 6)):
        yield f"## {_fill(rng.choice(HEADINGS), rng, s.names)}\n\n"
        for _ in range(rng.randint(1, 4)):
            roll = rng.random()
            if roll < 0.2:
                marker = rng.choice(["-", "*", "1."])
                items = [s.next() for _ in range(rng.randint(3, 6))]
                if marker == "1.":
                    yield "".join(f"{i}. {item}\n" for i, item in enumerate(items, 1)) + "\n"
                else:
                    yield "".join(f"{marker} {item}\n" for item in items) + "\n"
            elif roll < 0.25:
                yield f"> {s.next()} {s.next()}\n\n"
            elif roll < 0.28:
                rows = "".join(
                    f"| {rng.choice(FOODS)} | {rng.randint(1, 40)} mg | {rng.choice(NUTRIENTS)} |\n"
                    for _ in range(rng.randint(2, 5))
                )
                yield f"| Food | Amount | Main nutrient |\n|---|---|---|\n{rows}\n"
            else:
                yield _paragraph(s, rng) + "\n\n"
    yield "---\n\n"


def write_document(path: Path, size_bytes: int, seed: int, names: list[str]) -> dict[str, int]:
    """Write articles to ``path`` until it holds at least ``size_bytes`` UTF-8 bytes (a whole article
    more at most). Returns counts: bytes, generated sentences, generated claim sentences, articles."""
    rng = random.Random(seed)
    sentences = _Sentences(rng, names)
    written = 0
    number = 0
    buffer: list[str] = []
    buffered = 0
    with path.open("wb") as handle:
        while written + buffered < size_bytes:
            number += 1
            for piece in _article(sentences, rng, number):
                data = piece.encode("utf-8")
                buffer.append(piece)
                buffered += len(data)
            if buffered > 1 << 20:
                handle.write("".join(buffer).encode("utf-8"))
                written += buffered
                buffer, buffered = [], 0
        handle.write("".join(buffer).encode("utf-8"))
        written += buffered
    return {"bytes": written, "generated": sentences.total, "claims": sentences.claims, "articles": number}


# --------------------------------------------------------------------------------------------------
# The synthetic claims database.

EFFECTS = [
    (
        "heart",
        ["heart", "cardiac", "cardiovascular", "heart health"],
        ["strengthen", "protect", "support", "improve"],
        "{name} makes your heart stronger",
    ),
    (
        "bone",
        ["bone", "bones", "skeleton", "bone density"],
        ["strengthen", "build", "protect", "harden"],
        "taking {name} gives you denser bones",
    ),
    (
        "sleep",
        ["sleep", "insomnia", "rest", "deep sleep"],
        ["improve", "fix", "cure", "deepen", "better"],
        "{name} helps you sleep through the night",
    ),
    (
        "energy",
        ["energy", "fatigue", "tired", "stamina"],
        ["boost", "increase", "raise", "fight", "more"],
        "{name} gives you endless energy",
    ),
    (
        "brain",
        ["brain", "memory", "focus", "cognition"],
        ["sharpen", "improve", "boost", "protect"],
        "a daily dose of {name} sharpens your memory",
    ),
    (
        "skin",
        ["skin", "wrinkles", "complexion", "acne"],
        ["clear", "smooth", "heal", "erase", "reverse"],
        "{name} erases wrinkles within weeks",
    ),
    (
        "weight",
        ["weight", "fat", "belly fat", "waistline"],
        ["burn", "lose", "melt", "shrink", "cut"],
        "{name} melts belly fat without dieting",
    ),
    (
        "immune",
        ["immune", "immunity", "colds", "infections"],
        ["boost", "prevent", "strengthen", "stop"],
        "{name} stops you catching colds",
    ),
    (
        "gut",
        ["gut", "digestion", "bloating", "microbiome"],
        ["heal", "fix", "soothe", "balance", "improve"],
        "{name} heals your gut in a week",
    ),
    (
        "joint",
        ["joint", "joints", "cartilage", "arthritis"],
        ["repair", "rebuild", "ease", "protect"],
        "{name} rebuilds worn cartilage",
    ),
]
VERDICTS = ["true", "mostly-true", "mixed", "unproven", "misleading", "false"]
LEVELS = ["guideline", "meta-analysis", "rct", "observational", "animal", "in-vitro", "expert-opinion"]


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(items) + "]"


def _claim_records(count: int, rng: random.Random, names: list[str], per_name: int) -> Iterator[str]:
    made = 0
    for ni, name in enumerate(names):
        for topic, places, verbs, phrase in rng.sample(EFFECTS, per_name):
            if made == count:
                return
            made += 1
            verb = rng.choice(verbs)
            yield (
                f"  - id: {name}-{topic}-{ni}\n"
                f"    topic: {topic}\n"
                f"    claim: {name.capitalize()} supplements {verb} your {places[0]}.\n"
                f"    verdict: '{rng.choice(VERDICTS)}'\n"
                f"    evidence_level: {rng.choice(LEVELS)}\n"
                f"    reviewed: 2026-01-{rng.randint(10, 28)}\n"
                f"    summary: Synthetic claim {made} about {topic}.\n"
                f"    nuance: Not a real supplement.\n"
                f"    subject: [{name}]\n"
                f"    keywords: [{_flow(places)}, {_flow(verbs)}]\n"
                f"    phrasings: [{phrase.format(name=name)}, {name} is proven to {verb} the {places[1]}]\n"
                f"    references: [{{authors: Bench A, year: {rng.randint(2000, 2025)}, title: Study {made}, "
                f"journal: J Bench, url: 'https://example.org/{made}'}}]\n"
            )


def write_claims(path: Path, count: int, seed: int = 11) -> list[str]:
    """A valid claims file of ``count`` synthetic claims, written one claim at a time: made-up supplements
    with five claims each (heart, bone, sleep, ...), common assertion keywords, distinct ids and
    phrasings. Returns the supplement names (``nutrient_names``, so documents can mention them)."""
    rng = random.Random(seed)
    per_name = 5
    names = nutrient_names((count + per_name - 1) // per_name)
    with path.open("w", encoding="utf-8") as out:
        out.write("# Synthetic claims for the k2check benchmark (generated; not real nutrition facts).\n")
        out.write("schema_version: 1\nclaims:\n")
        for record in _claim_records(count, rng, names, per_name):
            out.write(record)
    return names


def _post(s: _Sentences, rng: random.Random) -> str:
    """A short post: 1-4 sentences, one in three with a vitamin K claim, sometimes two paragraphs or tags."""
    sentences = [s.next() for _ in range(rng.randint(1, 4))]
    if rng.random() < 1 / 3:
        sentences[rng.randrange(len(sentences))] = rng.choice(CLAIMS)
    if len(sentences) > 2 and rng.random() < 0.3:
        text = " ".join(sentences[:2]) + "\n\n" + " ".join(sentences[2:])
    else:
        text = " ".join(sentences)
    if rng.random() < 0.2:
        text += "\n\n" + " ".join(
            f"#{rng.choice(['health', 'k2', 'nutrition', 'natto', 'bones'])}" for _ in "ab"
        )
    return text + "\n"


def documents(count: int, seed: int = 5, articles: float = 1 / 11) -> Iterator[tuple[str, str]]:
    """``count`` (doc_id, text) pairs: short posts, and about one article in eleven (a few KB each)."""
    rng = random.Random(seed)
    s = _Sentences(rng, nutrient_names(60, seed))
    for number in range(count):
        text = "".join(_article(s, rng, number)) if rng.random() < articles else _post(s, rng)
        yield f"doc-{number:07d}", text
