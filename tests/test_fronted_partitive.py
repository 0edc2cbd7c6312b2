"""A sentence that opens on a partitive counts part of an earlier figure.

"15 feriti … Dei feriti, due sono gravi": the two are part of the 15, never a
rival count of the injured ([toll_nouns] fronted_partitives, claims/_statements.py).
Two parts, one naming whose they are and one not, count different people.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.claims._build import extract_claims


def _claims(language: str, text: str) -> list[crosscheck.Claim]:
    return [
        c
        for c in extract_claims(Article(id="a", text=text, language=language))
        if c.kind == "quantity"
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Fifteen people were injured. Of the injured, two are in critical condition."),
        ("en", "Of the 15 injured, two are in critical condition."),
        ("it", "Ci sono 15 feriti. Dei feriti, due sono gravi."),
        ("fr", "On compte 15 blessés. Parmi les blessés, deux sont dans un état grave."),
        ("es", "Hay 15 heridos. De los heridos, dos están graves."),
        ("de", "Es gab 15 Verletzte. Von den Verletzten schweben zwei in Lebensgefahr."),
        ("ro", "Au fost 15 răniți. Dintre răniți, doi sunt în stare gravă."),
        ("ru", "Ранены 15 человек. Из раненых двое в тяжелом состоянии."),
        ("pl", "Rannych zostało 15 osób. Z rannych dwóch jest w stanie ciężkim."),
    ],
)
def test_a_fronted_partitive_makes_a_part(language: str, text: str) -> None:
    whole, part = _claims(language, text)
    assert (whole.low, part.low) == (15, 2)
    assert part.part_of == whole.id
    assert whole.part_of is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the noun of another unit: the figure is no part of the injured
        ("en", "Fifteen people were injured. Of the injured, two died later in hospital."),
        # no partitive opens the sentence
        ("it", "Ci sono 15 feriti. Due feriti sono stati trasferiti a Bucarest."),
        ("fr", "On compte 15 blessés. Deux blessés ont été transférés à Paris."),
        # the figure stands too far from the partitive's noun
        (
            "de",
            "Es gab 15 Verletzte. Von den Verletzten wurden nach Angaben der Klinikleitung "
            "am Montagabend zwei entlassen.",
        ),
        # a larger figure is no part
        ("es", "Hay 15 heridos. De los heridos, 20 recibieron el alta."),
    ],
)
def test_no_fronted_part(language: str, text: str) -> None:
    assert all(c.part_of is None for c in _claims(language, text))


def test_parts_of_two_groups_are_not_compared() -> None:
    """Two shares of the injured, the Ukrainians among them and the badly burnt: no finding."""
    articles = [
        Article(
            id="a",
            language="en",
            published="2031-10-09",
            text="The operator said 15 miners were injured, including two Ukrainian citizens.",
        ),
        Article(
            id="b",
            language="it",
            published="2031-10-09",
            text="Secondo l'operatore i feriti sono 15. Dei feriti, due sono gravissimi.",
        ),
    ]
    report = crosscheck.report(articles)
    # the Ukrainians are some of everyone injured (``among``: the whole names no side),
    # the badly injured part of the Italian article's 15 (``part_of``)
    parts = [c for c in report.claims if c.part_of or c.among]
    assert len(parts) == 2, [(c.text, c.part_of, c.among, c.subject) for c in report.claims]
    a, b = parts
    why = report.explain(a.id, b.id)
    assert not why.compared
    assert why.reason == "different_subject"


@pytest.mark.parametrize(
    ("language", "text", "figures"),
    [
        (
            "en",
            "At least 61 people died. Among the dead were 12 Ukrainian citizens and seven "
            "Norwegians.",
            ("12", "seven"),
        ),
        (
            "de",
            "Mindestens 61 Menschen starben. Unter den Opfern sind auch sieben Norweger.",
            ("sieben",),
        ),
        ("nl", "Het dodental steeg naar 62. Onder de doden zijn zeven Noren.", ("zeven",)),
    ],
)
def test_a_fronted_status_lends_its_unit_to_the_parts(
    language: str, text: str, figures: tuple[str, ...]
) -> None:
    claims = _claims(language, text)
    whole = claims[0]
    parts = [c for c in claims if c.text in figures]
    assert len(parts) == len(figures), [(c.text, c.unit, c.part_of) for c in claims]
    assert all(p.unit == whole.unit == "killed" and p.part_of == whole.id for p in parts)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no earlier toll to be part of: the figure would stand as a rival toll
        ("en", "Among the dead were seven Norwegians."),
        ("de", "Unter den Opfern sind auch sieben Norweger."),
        # no status noun after the partitive
        ("en", "At least 61 people died. Of the airline's seven aircraft, two were grounded."),
    ],
)
def test_no_status_is_lent_without_a_whole(language: str, text: str) -> None:
    lent = [c for c in _claims(language, text) if c.text in ("seven", "sieben", "two")]
    assert all(c.unit != "killed" and c.part_of is None for c in lent)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "De los heridos, dos están graves. La agencia registró 22 heridos en total."),
        ("en", "Among the injured were four workers. The agency counted 22 injured."),
    ],
)
def test_the_whole_may_follow_the_fronted_part(language: str, text: str) -> None:
    part, whole = _claims(language, text)
    assert whole.low == 22
    assert part.part_of == whole.id
