"""Bare "focus" words in a fire's story count fires, not outbreaks of a disease
(``[frames] fire_seats``, ``claims._build._seat_of_fire``); in a story of a disease
they stay outbreaks."""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _units(text: str, language: str) -> list[str | None]:
    article = Article(id="f", text=text, language=language, published="2025-07-20")
    return [c.unit for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Incendiu de pădure în Vrancea. Pompierii au stins 14 focare până seara."),
        ("it", "Incendio sul Monte Pisano. I vigili del fuoco hanno spento 14 focolai."),
        ("pl", "Pożar lasu pod Opolem. Strażacy ugasili 14 ognisk do wieczora."),
        ("ru", "Лесной пожар под Читой. Пожарные потушили 14 очагов за сутки."),
        ("uk", "Лісова пожежа на Житомирщині. Рятувальники ліквідували 14 осередків."),
        ("es", "Incendio forestal en La Palma. Los bomberos han apagado 14 focos."),
        ("pt", "Incêndio florestal em Monchique. Os bombeiros apagaram 14 focos."),
    ],
)
def test_a_bare_focus_word_in_a_fire_story_counts_fires(language: str, text: str) -> None:
    assert _units(text, language) == ["fires"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("ro", "Gripa aviară se extinde. Autoritățile au confirmat 14 focare.", "outbreaks"),
        ("it", "Aviaria in Veneto: confermati 14 focolai negli allevamenti.", "outbreaks"),
        ("pl", "Ptasia grypa na Mazowszu. Potwierdzono 14 ognisk.", "outbreaks"),
        ("ru", "Вспышка птичьего гриппа. Выявлено 14 очагов.", "outbreaks"),
        # a fire beside an outbreak of a disease: the focus words stay outbreaks
        ("it", "Incendio in un allevamento colpito dall'epidemia: 14 focolai.", "outbreaks"),
    ],
)
def test_a_focus_word_outside_a_fire_story_stays(language: str, text: str, unit: str) -> None:
    assert _units(text, language) == [unit]
