"""Credited sources across sentences in Russian, Ukrainian and Polish.

The sentence-level cases live in ``tests/corpus_attribution/<code>.toml``; these
check what only a whole article shows: a person's title alone ("по словам
президента", "за словами прем'єр-міністра") points back to the person named
before, and a national-adjective opener ("за британськими оцінками", "по
британским данным") credits the source named before it. The sentences are our own.
"""

from __future__ import annotations

import pytest

from ._articles import figures as claims_of
from ._articles import source_of

CASES = [
    (
        "ru",
        "Кая Каллас заявила, что учения продлятся 10 дней.\n\n"
        "По словам премьер-министра, в учениях участвуют 4000 военных.",
        "Кая Каллас",
        "4000 военных",
    ),
    (
        "uk",
        "Гітанас Науседа заявив, що саміт триватиме 2 дні.\n\n"
        "За словами президента, до кордону перекинули 3000 військових.",
        "Гітанас Науседа",
        "3000 військових",
    ),
    (
        "uk",
        "Такі цифри навів міністр оборони Великої Британії Джон Гілі.\n\n"
        "За британськими оцінками, Росія втратила понад 900 танків.",
        "Джон Гілі",
        "900 танків",
    ),
    (
        "ru",
        "Эти цифры привёл министр обороны Великобритании Джон Хили.\n\n"
        "По британским оценкам, Россия потеряла более 900 танков.",
        "Джон Хили",
        "900 танков",
    ),
    (
        "uk",
        "Денис Шмигаль заявив, що уряд виділить 5 млрд гривень.\n\n"
        "За словами прем'єр-міністра, до сіл повернулися 3000 мешканців.",
        "Денис Шмигаль",
        "3000 мешканців",
    ),
    (
        "pl",
        "Donald Tusk powiedział, że rząd przeznaczy 5 mld zł na odbudowę.\n\n"
        "Zdaniem premiera, ewakuowano 3000 osób.",
        "Donald Tusk",
        "3000 osób",
    ),
    (
        "pl",
        "Dane przedstawił brytyjski minister obrony John Healey.\n\n"
        "Według brytyjskich szacunków, Rosja straciła ponad 900 czołgów.",
        "John Healey",
        "900 czołgów",
    ),
    (
        "ru",
        "Касым-Жомарт Токаев заявил, что помощь получат 40 сёл.\n\n"
        "Глава государства уточнил, что эвакуированы 2000 жителей.",
        "Касым-Жомарт Токаев",
        "2000 жителей",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "figure"), CASES)
def test_pointer_takes_the_source_named_before(
    lang: str, text: str, source: str, figure: str
) -> None:
    got = source_of(claims_of(text, lang), figure)
    assert got is not None
    assert source in got, got


def test_role_noun_points_back_to_its_title_abbreviation() -> None:
    """ "Generał" (the general) points back to the source named "gen. X", not to an
    earlier "generał Y": the abbreviation of [attribution] titles spells the role."""
    text = (
        "Generał Tomasz Wrona mówił w marcu o 900 zabitych.\n\n"
        "Tygodnik cytuje szefa sztabu gen. Pawła Lisa, według którego zginęło 500 żołnierzy. "
        "Generał dodał, że walki trwają. Straty wroga ocenił na ponad 700 rannych."
    )
    claims = claims_of(text, "pl")
    assert source_of(claims, "500 żołnierzy") == "szefa sztabu gen. Pawła Lisa"
    assert source_of(claims, "700 rannych") == "szefa sztabu gen. Pawła Lisa"
