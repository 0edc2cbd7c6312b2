"""One body under its names in several languages, or its name and its acronym: one source key.

International bodies are keyed by ``[attribution.sources]`` in every language
("UNHCR", "HCR", "ACNUR", "УВКБ ООН", "المفوضية السامية ..."); a body the data
does not know, named once with its acronym in brackets, is tied to that acronym
across the batch (claims._acronyms). Two days' only figures of a unit credited to
one source read as that source's running count (align._quantity._sole_pair).
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.extract._context import source_id
from crosscheck.lang import get_language


@pytest.mark.parametrize(
    ("lang", "phrase", "key"),
    [
        ("en", "the UN refugee agency", "unhcr"),
        ("fr", "le HCR", "unhcr"),
        ("es", "la agencia de la ONU para los refugiados", "unhcr"),
        ("ru", "представитель УВКБ ООН", "unhcr"),
        ("uk", "Управління верховного комісара ООН у справах біженців", "unhcr"),
        ("ar", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "unhcr"),
        ("de", "ein Sprecher des UN-Flüchtlingshilfswerks", "unhcr"),
        ("it", "il Programma alimentare mondiale", "wfp"),
        ("pt", "o Programa Alimentar Mundial", "wfp"),
        ("ro", "Programul Alimentar Mondial", "wfp"),
        ("pl", "Międzynarodowy Komitet Czerwonego Krzyża", "icrc"),
        ("de", "das Internationale Komitee vom Roten Kreuz", "icrc"),
        ("fr", "le CICR", "icrc"),
        ("nl", "het Internationaal Monetair Fonds", "imf"),
        ("ca", "el Fons Monetari Internacional", "imf"),
        ("ru", "МВФ", "imf"),
        ("uk", "Світовий банк", "world_bank"),
        ("es", "el Banco Mundial", "world_bank"),
        ("en", "the UN nuclear watchdog", "iaea"),
        ("ru", "МАГАТЭ", "iaea"),
        ("ar", "منظمة أطباء بلا حدود", "msf"),
        ("it", "Medici senza frontiere", "msf"),
        ("ar", "الأونروا", "unrwa"),
    ],
)
def test_an_international_body_has_one_key_in_every_language(
    lang: str, phrase: str, key: str
) -> None:
    assert source_id(phrase, get_language(lang)) == key


@pytest.mark.parametrize(
    ("lang", "phrase", "key"),
    [
        ("en", "the UN", "un"),  # the UN itself is not its refugee agency
        ("fr", "l'ONU", "un"),
        ("de", "die Internationale Rotkreuz-Föderation", "ifrc"),  # not the ICRC
        ("es", "el Ministerio de Sanidad", "health_ministry"),
    ],
)
def test_a_body_keeps_its_own_key(lang: str, phrase: str, key: str) -> None:
    assert source_id(phrase, get_language(lang)) == key


def _report(*articles: tuple[str, str, str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            {"id": i, "language": lang, "published": day, "text": text}
            for i, lang, day, text in articles
        ]
    )


def _keys(report: crosscheck.Report) -> dict[str, str | None]:
    return {c.id: c.source_id for c in report.claims if c.kind == "quantity"}


# A name with its acronym in brackets in one article, the acronym alone in another.
TIED = [
    (
        "en",
        "The Northern Deposit Protection Scheme (NDPS) said it had repaid 12,000 savers.",
        "The NDPS said it had repaid 31,000 savers by Friday.",
        "ndps",
    ),
    (
        "fr",
        "Selon le Fonds Régional de Garantie Bancaire (FRGB), 12 000 clients sont remboursés.",
        "Le porte-parole du Fonds Régional de Garantie Bancaire a dit que "
        "31 000 clients sont remboursés.",
        "frgb",
    ),
    (
        "ro",
        "Fondul de Garantare a Depozitelor Bancare (FGDB) a plătit 12.000 de clienți.",
        "Potrivit directorului Fondului de Garantare a Depozitelor Bancare, "
        "31.000 de clienți au fost plătiți.",
        "fgdb",
    ),
    (
        "uk",
        "Як повідомив Фонд гарантування вкладів фізичних осіб (ФГВФО), "
        "12 тисяч вкладників отримали кошти.",
        "За даними ФГВФО, 31 тисяча вкладників отримали кошти.",
        "фгвфо",
    ),
    (
        "es",
        "Según la Agencia Estatal de Seguros Agrarios (AESA), 1.200 agricultores han cobrado ya.",
        "Según la AESA, 3.100 agricultores han cobrado ya.",
        "aesa",
    ),
]


@pytest.mark.parametrize(("lang", "first", "second", "key"), TIED)
def test_a_name_and_its_bracketed_acronym_are_one_source(
    lang: str, first: str, second: str, key: str
) -> None:
    rep = _report(("a1", lang, "2025-03-10", first), ("a2", lang, "2025-03-14", second))
    keys = {k for k in _keys(rep).values() if k is not None}
    assert keys == {key}
    assert [s.source for s in rep.sources()] == [key]


def test_sources_stay_deterministic_whatever_the_input_order() -> None:
    lang, first, second, _ = TIED[0]
    a = ("a1", lang, "2025-03-10", first)
    b = ("a2", lang, "2025-03-14", second)
    assert _report(a, b).sources() == _report(b, a).sources()


def test_an_acronym_of_two_names_ties_neither() -> None:
    # two bodies share an acronym in one batch: neither name is tied to it
    rep = _report(
        ("a1", "en", "2025-03-10", "The Coastal Rescue Service (CRS) said 40 boats were lost."),
        ("a2", "en", "2025-03-11", "The Central Revenue Service (CRS) said 90 boats were seized."),
        ("a3", "en", "2025-03-12", "The Coastal Rescue Service said 55 boats were lost."),
    )
    assert _keys(rep)["a3#q1"] == "coastal_rescue_service"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Officials of the Port Authority (Dublin) said 40 boats were lost."),  # no acronym
        ("de", "Die Hafenbehörde (HB) meldete 40 verlorene Boote."),  # one word only
        ("it", "Il sindaco Mario Rossi (PD) ha contato 40 barche perse."),  # a party, not him
    ],
)
def test_no_tie_without_a_name_spelled_by_the_acronym(lang: str, text: str) -> None:
    from crosscheck.claims._acronyms import ties
    from crosscheck.ingest import Article

    assert ties([Article(id="a1", text=text, language=lang)]) == {}


def test_the_police_of_two_cities_stay_two_sources() -> None:
    rep = _report(
        ("a1", "en", "2025-03-10", "The Riverside Police said 400 people marched on Monday."),
        ("a2", "en", "2025-03-11", "The Hillton Police said 900 people marched on Tuesday."),
    )
    keys = _keys(rep)
    assert keys["a1#q1"] != keys["a2#q1"]


def _updates(rep: crosscheck.Report) -> list[set[str]]:
    return [
        {cid for s in f.sides for cid in s.claims} | {c for p in f.timeline for c in p.claims}
        for f in rep.findings
        if f.kind in ("update", "timeline")
    ]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("en", "The UN refugee agency said on Monday it had spent 40 million dollars."),
            ("es", "ACNUR dijo el viernes que ya ha gastado 90 millones de dólares."),
        ),
        (
            ("fr", "Selon le HCR, 40 millions de dollars avaient été dépensés lundi."),
            ("ru", "УВКБ ООН в пятницу сообщило, что потратило 90 миллионов долларов."),
        ),
        (
            ("de", "Nach Angaben des IWF wurden bis Montag 40 Millionen Dollar ausgezahlt."),
            (
                "it",
                "Secondo il Fondo monetario internazionale, venerdì erano stati erogati "
                "90 milioni di dollari.",
            ),
        ),
        (
            (
                "en",
                "The Northern Deposit Protection Scheme (NDPS) said it has repaid 12,000 savers.",
            ),
            ("en", "The NDPS said on Friday it has now repaid 31,000 savers."),
        ),
    ],
)
def test_one_source_on_two_days_is_its_running_count(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    rep = _report(
        ("a1", first[0], "2025-03-10", first[1]), ("a2", second[0], "2025-03-14", second[1])
    )
    assert {"a1#q1", "a2#q1"} in [u & {"a1#q1", "a2#q1"} for u in _updates(rep)]


def test_two_sources_on_two_days_are_not_one_count() -> None:
    # a sum of money of two bodies on two days: nothing says it is one quantity
    rep = _report(
        ("a1", "en", "2025-03-10", "The UN refugee agency said it had spent 40 million dollars."),
        ("a2", "es", "2025-03-14", "El Banco Mundial dijo que ha gastado 90 millones de dólares."),
    )
    assert not any({"a1#q1", "a2#q1"} <= u for u in _updates(rep))


# An acronym inside another body's name, not its head: that body keeps its own key.
NOT_THE_HEAD = [
    (
        "en",
        "The Civil Protection Agency (CPA) said 1,200 homes were flooded.",
        "The CPA union said 3,100 workers went on strike.",
    ),
    (
        "en",
        "The National Guard (NG) said 1,200 soldiers were deployed.",
        "The NG Veterans Association said 3,100 veterans marched.",
    ),
    (
        "es",
        "La Agencia Estatal de Seguros Agrarios (AESA) dijo que 1.200 agricultores cobraron.",
        "El sindicato AESA Trabajadores dijo que 3.100 empleados pararon.",
    ),
]


@pytest.mark.parametrize(("lang", "first", "second"), NOT_THE_HEAD)
def test_an_acronym_inside_another_name_ties_nothing(lang: str, first: str, second: str) -> None:
    rep = _report(("a1", lang, "2025-03-10", first), ("a2", lang, "2025-03-14", second))
    keys = _keys(rep)
    first_keys = {k for c, k in keys.items() if c.startswith("a1#")}
    second_keys = {k for c, k in keys.items() if c.startswith("a2#")}
    assert not first_keys & second_keys
