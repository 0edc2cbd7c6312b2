"""Where is no who, and a possessive's measurement is its owner's.

A phrase that opens with a place preposition and names no body after it ("cerca de
Puerto Montt", "près de Port-Neuf") says where, never who: the verb's other subject
speaks. A possessive after the opener of a pronoun-owned estimate ("nach seinen",
"selon ses") with any noun after it (an instrument, an analysis, a survey) is the
figure's owner's, the body its clause or the sentence before opens with.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Unos 9.000 peces escaparon de una granja de la empresa Acuícola Sur, cerca de "
            "Puerto Montt, después de que el viento rompiera una jaula, informó la compañía.",
            "la compañía",
        ),
        (
            "it",
            "Circa 9.000 pesci sono fuggiti da un allevamento della società Acqua Sud, vicino "
            "a Porto Nuovo, dopo che il vento ha rotto una gabbia, ha riferito la società.",
            "la società",
        ),
        (
            "pt",
            "Cerca de 9.000 peixes fugiram de uma exploração da empresa Aqua Sul, perto de "
            "Porto Novo, depois de o vento partir uma jaula, informou a empresa.",
            "a empresa",
        ),
        (
            "fr",
            "Quelque 9 000 poissons se sont échappés d'un élevage de la société Aqua Sud, près "
            "de Port-Neuf, après que le vent a brisé une cage, a indiqué l'entreprise.",
            "l'entreprise",
        ),
    ],
)
def test_a_place_phrase_is_no_source(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "Cerca del puerto, la guardia costera contó 40 barcos.", "la guardia costera"),
        ("en", "Near the port, the coastguard counted 40 boats.", "the coastguard"),
    ],
)
def test_a_body_after_a_place_still_speaks(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "de",
            "Das Ministerium meldet 40 tote Rinder. Der Bauernverband hält die Zahl für zu "
            "niedrig: Nach seinen Messungen sind es mindestens 90 Tiere.",
            "Das Ministerium",
            "Bauernverband",
        ),
        (
            "fr",
            "L'office forestier annonce 400 hectares. L'association juge ce chiffre trop "
            "bas : selon ses relevés par satellite, 900 hectares sont perdus.",
            "L'office forestier",
            "L'association",
        ),
        (
            "it",
            "Il Corpo forestale parla di 400 ettari. L'associazione contesta il dato: "
            "secondo le sue rilevazioni sono 900 ettari.",
            "Il Corpo forestale",
            "L'associazione",
        ),
    ],
)
def test_a_possessive_measurement_is_its_owners(
    language: str, text: str, first: str, second: str
) -> None:
    assert _credits(text, language) == [first, second]


def test_a_possessive_inside_a_clause_opens_no_count() -> None:
    # "nach seinen" in the middle of a clause ("after its …") is no opener of a count
    text = "Die Polizei zählte 300 Teilnehmer, kurz nach seinen Worten."
    assert _credits(text, "de") == ["Die Polizei"]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "Residents of Oakham said 40 homes were flooded.", "Residents of Oakham"),
        ("es", "Vecinos de Alzira dijeron que 40 casas se inundaron.", "Vecinos de Alzira"),
        (
            "pt",
            "Moradores de Alcobaça disseram que 40 casas ficaram inundadas.",
            "Moradores de Alcobaça",
        ),
        ("ro", "Locuitori din Arad au spus că 40 de case au fost inundate.", "Locuitori din Arad"),
        (
            "de",
            "Bewohner von Altdorf sagten, 40 Häuser seien überflutet worden.",
            "Bewohner von Altdorf",
        ),
        (
            "it",
            "Abitanti di Sarno hanno detto che 40 case sono state allagate.",
            "Abitanti di Sarno",
        ),
    ],
)
def test_people_of_a_place_are_no_place_phrase(language: str, text: str, source: str) -> None:
    # "residents of" is an entry of place_prepositions, but its noun names who speaks
    assert _credits(text, language) == [source]
