"""A body's own name behind a generic noun ("the association Clean Air") and the name
alone are one source within a story (claims._generic.tie_generic_names)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._generic import proper_name


def _report(rows: list[tuple[str, str, str, str]], story: str = "s") -> crosscheck.Report:
    articles = [
        crosscheck.Article(id=i, text=t, language=lg, published=d, story=story)
        for i, d, lg, t in rows
    ]
    return crosscheck.report(articles)


def _sources(report: crosscheck.Report) -> dict[str, str | None]:
    """The credited phrase of each claim -> its source key."""
    return {
        (c.attributed_to or c.speaker or ""): c.source_id
        for c in report.claims
        if c.attributed_to or c.speaker
    }


@pytest.mark.parametrize(
    ("phrase", "code", "name"),
    [
        ("the association Aria Pulita", "en", "Aria Pulita"),
        ("the shipping company Boreal Freight", "en", "Boreal Freight"),
        ("l'association Vélo Libre", "fr", "Vélo Libre"),
        ("la asociación Vecinos Unidos", "es", "Vecinos Unidos"),
        ("a associação de moradores Vecinos Unidos", "pt", "Vecinos Unidos"),
        ("die Reederei Boreal Freight", "de", "Boreal Freight"),
        ("der Betreiber Boreal Freight", "de", "Boreal Freight"),
        ("de vereniging Schone Lucht", "nl", "Schone Lucht"),
        ("stowarzyszenie Czyste Niebo", "pl", "Czyste Niebo"),
        ("asociația Aer Curat", "ro", "Aer Curat"),
        ("l'associazione Aria Pulita", "it", "Aria Pulita"),
        ("l'associació Aire Net", "ca", "Aire Net"),
        ("компания Boreal Freight", "ru", "Boreal Freight"),
        ("компанія Boreal Freight", "uk", "Boreal Freight"),
        ("the minister Jan Kowalski", "en", "Jan Kowalski"),  # a person: that person
        ("the operator Boreal Freight, Anna Berg", "en", "Boreal Freight"),
    ],
)
def test_a_generic_noun_before_a_name_gives_the_name(phrase: str, code: str, name: str) -> None:
    assert proper_name(phrase, code) == name


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Aria Pulita", "it"),  # no generic noun: the name itself
        ("the police of Berlin", "en"),  # a place after a link
        ("la police de Lyon", "fr"),
        ("die Stadt Berlin", "de"),  # a place in apposition
        ("de rederij van de Noorderlicht", "nl"),  # the owner of a ship, after a link
        ("la compagnie Boreal Freight affirme", "fr"),  # the phrase runs on
        ("the Dutch operator", "en"),  # no name
        ("the association", "en"),
    ],
)
def test_no_proper_name(phrase: str, code: str) -> None:
    assert proper_name(phrase, code) is None


def test_the_name_behind_generic_nouns_and_alone_is_one_source() -> None:
    rep = _report(
        [
            (
                "a1",
                "2025-02-03",
                "it",
                "Secondo Aria Pulita, i partecipanti al presidio erano 350.",
            ),
            (
                "a2",
                "2025-02-03",
                "fr",
                "Selon l'association Aria Pulita, les manifestants étaient 350.",
            ),
            (
                "a3",
                "2025-02-03",
                "es",
                "Según la asociación Aria Pulita, los manifestantes eran 350.",
            ),
        ]
    )
    got = _sources(rep)
    assert got["Aria Pulita"] == "aria_pulita"
    assert got["l'association Aria Pulita"] == "aria_pulita"
    assert got["la asociación Aria Pulita"] == "aria_pulita"


def test_two_generic_wordings_of_one_name_are_one_source() -> None:
    rep = _report(
        [
            (
                "b1",
                "2025-03-10",
                "en",
                "The operator Boreal Freight said 41 containers fell overboard.",
            ),
            (
                "b2",
                "2025-03-10",
                "nl",
                "Volgens rederij Boreal Freight zijn 41 containers overboord geslagen.",
            ),
        ]
    )
    keys = set(_sources(rep).values())
    assert keys == {"boreal_freight"}


def test_two_bodies_with_two_names_keep_two_keys() -> None:
    rep = _report(
        [
            (
                "c1",
                "2025-02-03",
                "fr",
                "Selon l'association Aria Pulita, les manifestants étaient 350.",
            ),
            (
                "c2",
                "2025-02-03",
                "fr",
                "Selon l'association Vélo Libre, les manifestants étaient 900.",
            ),
            ("c3", "2025-02-03", "it", "Secondo Vélo Libre, erano 900."),
        ]
    )
    got = _sources(rep)
    assert got["l'association Aria Pulita"] != got["l'association Vélo Libre"]
    assert got["l'association Vélo Libre"] == "velo_libre"


def test_a_capitalised_kind_word_ties_only_to_the_name_alone() -> None:
    # "Consiliul" and "Parchetul" are words of two bodies' names: "European" is no name
    rep = _report(
        [
            ("d1", "2025-04-01", "ro", "Parchetul European a anunțat 12 percheziții."),
            ("d2", "2025-04-01", "ro", "Consiliul European a anunțat 40 de sancțiuni."),
        ]
    )
    keys = set(_sources(rep).values())
    assert "european" not in keys


def test_other_stories_keep_their_keys() -> None:
    rep = crosscheck.report(
        [
            crosscheck.Article(
                id="e1",
                text="Secondo Aria Pulita, i partecipanti al presidio erano 350.",
                language="it",
                published="2025-02-03",
                story="one",
            ),
            crosscheck.Article(
                id="e2",
                text="Selon l'association Aria Pulita, les manifestants étaient 350.",
                language="fr",
                published="2025-02-03",
                story="two",
            ),
        ]
    )
    assert _sources(rep)["l'association Aria Pulita"] == "association_aria_pulita"
