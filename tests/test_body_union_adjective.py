"""A union's adjective is a concept of its bodies' names (``[bodies] european``).

"Parchetul European", "le Parquet européen", "la Fiscalía Europea" and "the European
Public Prosecutor's Office (EPPO)" name one body: "European" qualifies a body as
"federal" or "national" do, so each name's signature is {european, prosecutor} and one
story's figures credited to them (and to the acronym alone) share one source key
(``claims._bodies``). Must-not cases: two European bodies of other kinds keep two keys
("Comisia Europeană", "le Parlement européen"); a national body is not the European one
("la Banque centrale européenne", "the national central bank").
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._bodies import signature


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Parchetul European", "ro"),
        ("Parchetului European", "ro"),
        ("le Parquet européen", "fr"),
        ("la Fiscalía Europea", "es"),
        ("la Procura europea", "it"),
        ("die Europäische Staatsanwaltschaft", "de"),
        ("het Europees Openbaar Ministerie", "nl"),
        ("Prokuratura Europejska", "pl"),
        ("a Procuradoria Europeia", "pt"),
        ("Европейская прокуратура", "ru"),
        ("Європейська прокуратура", "uk"),
        ("European Public Prosecutor's Office", "en"),
    ],
)
def test_the_union_adjective_is_a_concept_in_every_language(name: str, code: str) -> None:
    assert signature(name, code) == (frozenset({"european", "prosecutor"}), None)


def _article(i: str, lang: str, text: str) -> crosscheck.Article:
    return crosscheck.Article(id=i, text=text, language=lang, published="2025-06-03", story="s")


def test_one_european_body_named_in_four_languages_is_one_source() -> None:
    report = crosscheck.report(
        [
            _article(
                "a",
                "ro",
                "Parchetul European a anunțat că paguba din dosarul de contrabandă este de 8"
                " milioane de euro. Potrivit Parchetului European, 11 suspecți au fost reținuți.",
            ),
            _article(
                "b",
                "fr",
                "Le Parquet européen a indiqué que le préjudice dans l'affaire de contrebande"
                " atteint 8 millions d'euros.",
            ),
            _article(
                "c",
                "es",
                "La Fiscalía Europea informó de que el perjuicio del caso de contrabando"
                " asciende a 8 millones de euros.",
            ),
            _article(
                "d",
                "en",
                "The European Public Prosecutor's Office (EPPO) said the smuggling case caused"
                " a loss of 8 million euros. According to the EPPO, 11 suspects were detained.",
            ),
        ]
    )
    keys = {c.source_id for c in report.claims if c.kind == "quantity"}
    assert keys == {"body:european_prosecutor"}


def test_european_bodies_of_other_kinds_keep_their_keys() -> None:
    report = crosscheck.report(
        [
            _article(
                "a",
                "ro",
                "Comisia Europeană a anunțat că 8 milioane de euro vor fi alocate. Potrivit"
                " Parchetului European, 11 suspecți au fost reținuți.",
            ),
            _article(
                "b",
                "fr",
                "Le Parlement européen a indiqué que 8 millions d'euros seront alloués. Selon"
                " le Parquet européen, 11 suspects ont été arrêtés.",
            ),
        ]
    )
    keys = {c.attributed_to: c.source_id for c in report.claims if c.kind == "quantity"}
    assert len({keys["Comisia Europeană"], keys["Le Parlement européen"]}) == 2
    assert keys["Parchetului European"] == keys["le Parquet européen"]
    assert keys["Comisia Europeană"] != keys["Parchetului European"]


@pytest.mark.parametrize(
    ("name", "code", "other", "other_code"),
    [
        ("la Banque centrale européenne", "fr", "the national central bank", "en"),
        ("Comisia Europeană", "ro", "the European Council", "en"),
    ],
)
def test_a_european_body_is_not_another_body(
    name: str, code: str, other: str, other_code: str
) -> None:
    assert signature(name, code) != signature(other, other_code)


# A country's body and the union's body of the same words: the union's adjective adds a
# concept the country's name lacks, so the subset rule must not make them one source
# (``concepts.toml`` ``[body_scopes] union``; ``claims._bodies._widest``).
NATIONAL_AND_UNION = [
    (
        "en",
        "According to the Food Safety Authority of Ireland, 30 pupils fell ill after the"
        " school lunch on Friday.",
        "According to the European Food Safety Authority, 45 pupils fell ill after the"
        " school lunch on Friday.",
    ),
    (
        "en",
        "Romania's Deposit Guarantee Fund said on Friday that 30,000 savers will be paid.",
        "The European Deposit Guarantee Fund said on Friday that 45,000 savers will be paid.",
    ),
    (
        "ro",
        "Fondul de Garantare a Depozitelor din România a anunțat vineri că 30.000 de"
        " deponenți vor fi despăgubiți.",
        "Fondul European de Garantare a Depozitelor a anunțat vineri că 45.000 de deponenți"
        " vor fi despăgubiți.",
    ),
]


@pytest.mark.parametrize(("code", "national", "union"), NATIONAL_AND_UNION)
def test_a_countrys_body_is_not_the_unions_body_of_its_words(
    code: str, national: str, union: str
) -> None:
    report = crosscheck.report([_article("a", code, national), _article("b", code, union)])
    keys = {c.article: c.source_id for c in report.claims if c.kind == "quantity"}
    assert keys["a"] != keys["b"]
    assert report.conflicts
