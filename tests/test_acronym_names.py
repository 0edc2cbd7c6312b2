"""A body's name whose only word of its own is its acronym is keyed by the acronym within a
story (claims._bodies.tie_acronym_names)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._bodies import acronym_name


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
    ("name", "code", "acronym"),
    [
        ("the regional water authority HWA", "en", "hwa"),
        ("l'office régional de l'eau ORE", "fr", "ore"),
        ("agenția județeană pentru protecția mediului APM", "ro", "apm"),
        ("la agencia regional de salud ARS", "es", "ars"),
        ("регіональне агентство охорони довкілля РАОД", "uk", "раод"),
        ("региональное агентство по охране окружающей среды РАООС", "ru", "раоос"),
        ("de regionale milieudienst RMD", "nl", "rmd"),
        ("regionalna agencja ochrony środowiska RAOS", "pl", "raos"),
        ("les chiffres de l'agence régionale ARPAT", "fr", "arpat"),  # a data noun before
    ],
)
def test_body_words_and_an_acronym_name_the_acronym(name: str, code: str, acronym: str) -> None:
    assert acronym_name(name, code) == (acronym, None)


def test_a_place_in_the_name_or_after_the_acronym_is_kept() -> None:
    assert acronym_name("Tuscany's environment agency ARPAT", "en") == ("arpat", "tuscany")
    assert acronym_name("la agencia regional de salud ARS de Andalucía", "es") == (
        "ars",
        "andalusia",
    )
    # written as a name, an acronym counts where the story writes it in capitals
    assert acronym_name("l'Arpat Toscana", "it", frozenset({"arpat"})) == ("arpat", "tuscany")
    assert acronym_name("i dati dell'Arpat", "it", frozenset({"arpat"})) == ("arpat", None)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("l'Arpat Toscana", "it"),  # never written in capitals: a name, not an acronym
        ("the environment agency of the USA", "en"),  # a place, not an acronym
        ("the environment agency IT", "en"),  # a word of the language
        ("agency spokesman JK Rowan", "en"),  # a person
        ("the agency's spokesman JK", "en"),  # a person's initials after a role
        ("the ARPA trade union", "en"),  # the acronym is not the head: another body
        ("the environment agency ARPA EEA", "en"),  # two acronyms
        ("Greenpeace activists GP", "en"),  # a word no lexicon knows
        ("the agency ARPA Piemonte Liguria", "en"),  # two places
    ],
)
def test_no_acronym_key(name: str, code: str) -> None:
    assert acronym_name(name, code) is None


def test_one_body_under_several_names_sharing_its_acronym_is_one_source() -> None:
    rep = _report(
        [
            (
                "a1",
                "2025-03-03",
                "en",
                "Tuscany's environment agency ARPAT said 2,400 tonnes of sludge were removed.",
            ),
            (
                "a2",
                "2025-03-04",
                "fr",
                "Quelque 2 600 tonnes de boues ont été retirées, selon l'agence régionale ARPAT.",
            ),
            (
                "a3",
                "2025-03-05",
                "it",
                "Sono state rimosse 2.900 tonnellate di fanghi, secondo i dati dell'Arpat Toscana.",
            ),
            (
                "a4",
                "2025-03-05",
                "ro",
                "Au fost îndepărtate 2.900 de tone de nămol, potrivit agenției regionale de "
                "mediu ARPAT.",
            ),
        ]
    )
    sources = _sources(rep)
    assert set(sources.values()) == {"arpat"}, sources
    assert len(sources) == 4


def test_two_places_under_one_acronym_stay_two_bodies() -> None:
    rep = _report(
        [
            (
                "b1",
                "2025-03-03",
                "it",
                "Sono state rimosse 2.400 tonnellate di fanghi, secondo l'Arpa Piemonte.",
            ),
            (
                "b2",
                "2025-03-03",
                "it",
                "Sono state rimosse 3.100 tonnellate di fanghi, secondo l'Arpa Liguria.",
            ),
            (
                "b3",
                "2025-03-04",
                "en",
                "About 3,000 tonnes of sludge were removed, the regional agency ARPA said.",
            ),
        ]
    )
    sources = _sources(rep)
    piedmont = next(k for n, k in sources.items() if "Piemonte" in n)
    liguria = next(k for n, k in sources.items() if "Liguria" in n)
    assert piedmont != liguria
    # the name without a place could be either body: it keys neither
    assert next(k for n, k in sources.items() if "regional agency" in n) not in (
        piedmont,
        liguria,
    )


@pytest.mark.parametrize(
    ("name", "language"),
    [
        # must NOT (review39): an acronym after a body's word and a link names the owner or
        # the place of that body, not the body ("management" and "unions" of one company)
        ("la direction de la SNCF", "fr"),
        ("les syndicats de la SNCF", "fr"),
        ("la policía de la CDMX", "es"),
        ("the health department of NSW", "en"),
    ],
)
def test_an_acronym_after_a_link_names_the_owner_not_the_body(name: str, language: str) -> None:
    assert acronym_name(name, language) is None
