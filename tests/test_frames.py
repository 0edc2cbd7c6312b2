"""Frame fields of quantity claims: what a figure is about, and how two places relate.

Each language keeps frame cases in ``tests/corpus_frames/<code>.toml`` (our
own sentences). A case is a text, an optional publication day, and the
figures whose frame fields must come out::

    language = "en"

    [[case]]
    text = "Rescuers said at least 4,200 people had died in Benghazi alone by Thursday."
    published = "2031-05-09"
    [[case.figures]]
    claim = "4,200"            # the figure, as a substring of the text
    place_id = "benghazi"      # "none" stands for None
    as_of = "2031-05-08"

Figure keys: claim (required), place_id, subject, status, rate, as_of,
as_of_from, aftershock (true: the figure describes an aftershock, scope
``aftershock``; false: it does not). Only the keys a case gives are checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

import crosscheck
from crosscheck import Article
from crosscheck._fold import fold
from crosscheck.claims._build import extract_claims
from crosscheck.claims._frames import (
    PlaceRelation,
    SubjectRelation,
    place_relation,
    relate_keys,
    subject_relation,
)
from crosscheck.lang._places import frame_words, name_key, place_data

from ._corpus import case_text, read_corpus, slug

CORPUS_DIR = Path(__file__).parent / "corpus_frames"
NONE = "none"
_KEYS = frozenset(
    {"claim", "place_id", "subject", "status", "rate", "as_of", "as_of_from", "aftershock"}
)


@attrs.frozen
class Case:
    """One text of a frame corpus file with the figures it must yield."""

    id: str
    path: Path
    language: str
    text: str
    published: str | None
    figures: tuple[Mapping[str, Any], ...]
    problems: tuple[str, ...] = ()


def _load_file(path: Path) -> Iterator[Case]:
    stem = path.stem
    raw_cases, file_problems = read_corpus(path)
    if file_problems:
        yield Case(f"{stem}-file", path, stem, "", None, (), tuple(file_problems))
        return
    for number, raw in enumerate(raw_cases, start=1):
        problems: list[str] = []
        text = case_text(raw, problems)
        figures = raw.get("figures", []) if isinstance(raw, dict) else []
        if not figures:
            problems.append("a case needs at least one [[case.figures]]")
        if isinstance(raw, dict):
            problems += [
                f"unknown case key {k!r}" for k in raw if k not in {"text", "published", "figures"}
            ]
        for f in figures:
            if not isinstance(f, dict):
                problems.append(f"a figure must be a table, got {f!r}")
                continue
            problems += [f"figure: unknown key {k!r}" for k in f if k not in _KEYS]
            if not isinstance(f.get("claim"), str) or f["claim"] not in text:
                problems.append(f"figure claim {f.get('claim')!r} is not in the case text")
        yield Case(
            id=f"{stem}-{number:03d}-{slug(text)}",
            path=path,
            language=stem,
            text=text,
            published=raw.get("published") if isinstance(raw, dict) else None,
            figures=tuple(f for f in figures if isinstance(f, dict)),
            problems=tuple(problems),
        )


CASES = [case for path in sorted(CORPUS_DIR.glob("*.toml")) for case in _load_file(path)]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    if case.problems:
        pytest.fail(f"{case.path.name}: malformed case: " + "; ".join(case.problems))
    article = Article(id="c", text=case.text, language=case.language, published=case.published)
    claims = [c for c in extract_claims(article) if c.kind == "quantity"]
    problems: list[str] = []
    for want in case.figures:
        cs = case.text.index(want["claim"])
        ce = cs + len(want["claim"])
        claim = next((c for c in claims if c.start < ce and cs < c.end), None)
        if claim is None:
            problems.append(f"{want['claim']!r}: no quantity claim found")
            continue
        for key, value in want.items():
            if key == "claim":
                continue
            got = "aftershock" in claim.scope if key == "aftershock" else getattr(claim, key)
            if (value == NONE and got is not None) or (value != NONE and got != value):
                problems.append(f"{want['claim']!r}: {key} expected {value!r}, got {got!r}")
    if problems:
        pytest.fail(f"text: {case.text!r}\n" + "\n".join(problems))


@pytest.mark.parametrize(
    "code", ["en", "fr", "de", "es", "it", "pt", "ro", "nl", "ca", "pl", "ru", "uk"]
)
def test_every_language_has_frame_cases(code: str) -> None:
    assert sum(len(c.figures) for c in CASES if c.language == code) >= 3


# -- place containment -----------------------------------------------------------


def _claim(
    place_id: str | None, place: str | None = None, language: str = "en"
) -> crosscheck.Claim:
    return crosscheck.Claim(
        id="x",
        article="a",
        kind="quantity",
        text="1",
        start=0,
        end=1,
        sentence="1",
        sentence_start=0,
        language=language,
        place=place or place_id,
        place_id=place_id,
    )


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("derna", "libya", PlaceRelation.WITHIN),
        ("libya", "derna", PlaceRelation.CONTAINS),
        ("derna", "libya:east", PlaceRelation.WITHIN),  # Derna lies in eastern Libya
        ("libya:east", "libya", PlaceRelation.UNKNOWN),  # the stricken side, not a share
        ("libya:east", "libya:north_east", PlaceRelation.SAME),
        ("tripoli", "libya:east", PlaceRelation.DIFFERENT),  # Tripoli is in the west
        ("valencia_province", "spain", PlaceRelation.WITHIN),
        ("valencia", "valencia_province", PlaceRelation.WITHIN),
        ("al_haouz", "morocco", PlaceRelation.WITHIN),
        ("derna", "benghazi", PlaceRelation.DIFFERENT),
        ("spain", "morocco", PlaceRelation.DIFFERENT),
        # a name the data does not hold is a town: inside a listed region or country,
        # another place than a second unlisted name, unrelated to a listed city
        ("~paiporta", "spain", PlaceRelation.WITHIN),
        ("valencian_community", "~chiva", PlaceRelation.CONTAINS),
        ("~paiporta", "valencia_province", PlaceRelation.WITHIN),
        ("~paiporta", "~chiva", PlaceRelation.DIFFERENT),
        ("~tiananmen_square", "beijing", PlaceRelation.UNKNOWN),
        ("~paiporta", "~paiporta", PlaceRelation.SAME),
        ("kharkiv", "ukraine", PlaceRelation.WITHIN),
    ],
)
def test_place_relation(a: str, b: str, relation: PlaceRelation) -> None:
    assert place_relation(_claim(a), _claim(b)) is relation
    assert relate_keys(a, b) is relation


def test_place_relation_is_antisymmetric_over_the_data() -> None:
    flip = {
        PlaceRelation.CONTAINS: PlaceRelation.WITHIN,
        PlaceRelation.WITHIN: PlaceRelation.CONTAINS,
    }
    keys = [*sorted(place_data().places)[::7], "libya:east", "spain:south", "~nowhere"]
    for a in keys:
        for b in keys:
            ab, ba = relate_keys(a, b), relate_keys(b, a)
            assert flip.get(ab, ab) is ba, (a, b, ab, ba)


def test_a_claim_without_a_place_relates_to_nothing() -> None:
    assert place_relation(_claim(None), _claim("spain")) is PlaceRelation.UNKNOWN


def test_a_place_given_only_as_text_is_looked_up_by_name() -> None:
    text_only = _claim(None, place="Libye", language="fr")
    assert place_relation(_claim("derna"), text_only) is PlaceRelation.WITHIN


# -- the data --------------------------------------------------------------------


def test_every_parent_is_a_known_place_and_chains_end_at_a_country() -> None:
    data = place_data()
    for key, place in data.places.items():
        if place.parent is not None:
            assert place.parent in data.places, key
        assert data.country(key) is not None, key


def test_every_country_has_a_name_in_every_language() -> None:
    data = place_data()
    countries = [k for k, p in data.places.items() if p.kind == "country"]
    assert len(countries) >= 240
    for code in ("en", "fr", "de", "es", "it", "nl", "pt", "ro"):
        names = data.names[code]
        assert all(k in names for k in countries), code


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "it", "nl", "pt", "ro"])
def test_country_names_resolve_in_each_language(code: str) -> None:
    fw = frame_words(code)
    for key in ("libya", "spain", "morocco", "ukraine", "russia"):
        name = place_data().names[code][key][0]
        text = f"X {name} Y"
        hits = [m for m in fw.places(text, fold(text)) if m.label == "place"]
        assert hits
        assert key in fw.keys[name_key(text[hits[0].start : hits[0].end])]


def test_frames_are_deterministic() -> None:
    article = Article(
        id="d",
        text="At least 2,000 people died in eastern Libya, officials confirmed on Monday.",
        language="en",
        published="2031-09-13",
    )
    first = [attrs.asdict(c) for c in extract_claims(article)]
    assert first == [attrs.asdict(c) for c in extract_claims(article)]


def _with_subject(subject: str | None) -> crosscheck.Claim:
    return attrs.evolve(_claim(None), subject=subject)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("russia", "russia", SubjectRelation.SAME),
        ("russia", "ukraine", SubjectRelation.DIFFERENT),
        ("civilians", "soldiers", SubjectRelation.DIFFERENT),
        ("russia", "soldiers", SubjectRelation.UNKNOWN),  # a side and a group
        (None, "russia", SubjectRelation.UNKNOWN),
    ],
)
def test_subject_relation(a: str | None, b: str | None, relation: SubjectRelation) -> None:
    assert subject_relation(_with_subject(a), _with_subject(b)) is relation


@pytest.mark.parametrize(
    "text",
    [
        "5 " + "in Derna, in Benghazi " * 4000,
        "in Derna and " * 4000 + "5",
        "Derna, " * 6000 + "5",
        "in Xyz " * 6000 + "5 a day",
        "Russian " * 6000 + "5",
    ],
)
def test_frames_survive_hostile_text(text: str) -> None:
    # Timings for these texts live in benchmarks/hostile.py (no test reads the clock).
    claims = extract_claims(Article(id="h", text=text, language="en", published="2031-01-01"))
    assert all(text[c.start : c.end] == c.text for c in claims)


# -- increments: "another N" after a figure of another status counts other people --


@pytest.mark.parametrize(
    ("language", "text", "increment"),
    [
        ("en", "Floods killed 900 people. Another 4,000 people are still missing.", False),
        ("en", "Floods killed 900 people. Another 120 people died on Tuesday.", True),
        ("de", "Das Beben tötete 700 Menschen. Weitere 1500 Menschen wurden verletzt.", False),
        ("it", "Il sisma ha ucciso 300 persone, altri 900 risultano dispersi.", False),
        ("fr", "Le séisme a fait 300 morts. Quelque 200 autres personnes sont mortes lundi.", True),
        ("en", "The army will send another 3,000 troops.", True),
    ],
)
def test_another_after_another_status_is_no_increment(
    language: str, text: str, increment: bool
) -> None:
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity"
    ]
    assert claims[-1].increment is increment, [(c.text, c.unit, c.increment) for c in claims]


def test_german_passive_is_not_planned() -> None:
    """ "werden … gemeldet" is a passive, not a plan: the figure is no planned one."""
    text = "Außerdem werden nach Angaben der Behörden 640 Verletzte gemeldet."
    claims = list(extract_claims(Article(id="a", text=text, language="de")))
    assert claims
    assert "planned" not in claims[0].scope


@pytest.mark.parametrize(
    ("language", "text", "figure", "expected"),
    [
        (
            "pt",
            "O governo enviou mais 5 mil soldados, que vão se juntar aos 2.500 militares "
            "que já estavam na região.",
            "2.500",
            "so_far",
        ),
        (
            "en",
            "Another 4,000 troops will join the 1,200 soldiers already in the area.",
            "1,200",
            "so_far",
        ),
        (
            "en",
            "The army already has 900 troops there and will send 3,000 more.",
            "3,000",
            "planned",
        ),
    ],
)
def test_already_and_planned_the_nearer_marker_wins(
    language: str, text: str, figure: str, expected: str
) -> None:
    """A figure is not both reached and planned: the marker nearer to it decides."""
    claims = [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity" and c.text.startswith(figure)
    ]
    assert claims, text
    other = {"so_far": "planned", "planned": "so_far"}[expected]
    assert expected in claims[0].scope, claims[0].scope
    assert other not in claims[0].scope, claims[0].scope


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one unlisted island or town, two languages' spellings one letter apart
        (("~crete", "en"), ("~creta", "es"), PlaceRelation.UNKNOWN),
        (("~lesbos", "en"), ("~lesvos", "de"), PlaceRelation.UNKNOWN),
        (("~zakynthos", "it"), ("~zakinthos", "ro"), PlaceRelation.UNKNOWN),
        # two languages, two names: two towns
        (("~alcoy", "en"), ("~gandia", "es"), PlaceRelation.DIFFERENT),
        (("~catarroja", "ca"), ("~paiporta", "es"), PlaceRelation.DIFFERENT),
        # short names one letter apart are as often two towns
        (("~bari", "it"), ("~bar", "en"), PlaceRelation.DIFFERENT),
        # one language's two names are two towns, however close
        (("~lesbos", "en"), ("~lesvos", "en"), PlaceRelation.DIFFERENT),
    ],
)
def test_unlisted_spellings_across_languages(
    a: tuple[str, str], b: tuple[str, str], relation: PlaceRelation
) -> None:
    first, second = _claim(a[0], language=a[1]), _claim(b[0], language=b[1])
    assert place_relation(first, second) is relation
    assert place_relation(second, first) is relation
