"""Four rules of session 37 fixed as classes (h176): a figure noun used as a label
never reads a count again; adverbs around a verb of holding hold nothing; a place
as the second label of a pair names no source; a pound word in brackets beside
kilograms is a weight within newsroom rounding."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article, find_quantities
from crosscheck.claims._rivals import _holder


def _units(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in find_quantities(text, lang)]


def _claims(text: str, lang: str) -> list[crosscheck.Claim]:
    rep = crosscheck.report([Article(id="a", language=lang, published="2026-03-02", text=text)])
    return [c for c in rep.claims if c.kind == "quantity"]


# 1. a figure noun that is a label or an identifier


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The flood wrecked 30 houses. The hotline number is 117."),
        ("en", "The carrier scrapped 30 flights on Friday. Its number was 117."),
        ("es", "La riada destruyó 30 casas. Su número es el 117."),
        ("it", "L'alluvione ha distrutto 30 case. Il numero è il 117."),
        ("pt", "A cheia destruiu 30 casas. O número é o 117."),
        ("ar", "دمرت السيول 30 منزلا. الرقم هو 117."),
    ],
)
def test_label_number_stays_bare(lang: str, text: str) -> None:
    units = _units(text, lang)
    assert units[-1][1] is None, units


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        ("en", "The flood wrecked 30 houses. Rescuers put the number at about 35.", "buildings"),
        ("es", "La riada destruyó 30 casas. El alcalde elevó el número a unas 35.", "buildings"),
        ("it", "L'alluvione ha distrutto 30 case. Il sindaco porta il numero a 35.", "buildings"),
        ("en", "The flood wrecked 30 houses. Officials put the figure at 35.", "buildings"),
    ],
)
def test_number_put_again_still_reads_the_count(lang: str, text: str, unit: str) -> None:
    assert _units(text, lang)[-1][1] == unit


# 2. the holder of a count past adverbs


@pytest.mark.parametrize(
    ("lang", "text", "holder"),
    [
        ("en", "Census staff say the town now has 48,000 residents.", "town"),
        ("fr", "Selon le recensement, la commune compte désormais 48 000 habitants.", "commune"),
        ("es", "Según el censo, la ciudad tiene ahora 48.000 habitantes.", "ciudad"),
        ("it", "Secondo il censimento, la città conta ora 48.000 abitanti.", "citta"),
        ("de", "Laut Zensus hat die Stadt jetzt 48.000 Einwohner.", "stadt"),
    ],
)
def test_holder_skips_adverbs(lang: str, text: str, holder: str) -> None:
    (claim,) = _claims(text, lang)
    assert _holder(claim) == holder


@pytest.mark.parametrize(
    ("lang", "text", "holders"),
    [
        (
            "en",
            "The factory employs 900 workers, its owner said. The village has 2,500 people.",
            ["factory", "village"],
        ),
        (
            "fr",
            "L'usine emploie 900 salariés, a dit son patron. Le village compte 2 500 habitants.",
            ["usine", "village"],
        ),
        (
            "es",
            "La fábrica emplea a 900 obreros, dijo su dueño. El pueblo tiene 2.500 habitantes.",
            ["fabrica", "pueblo"],
        ),
    ],
)
def test_two_holders_stay_two_counts(lang: str, text: str, holders: list[str]) -> None:
    claims = _claims(text, lang)
    assert [_holder(c) for c in claims] == holders
    assert all(not c.rival_readings for c in claims)


# 3. a place as the second label of a pair


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Feuerwehr: 4 Tote, Tessin: 3 Vermisste\nIm Tessin werden drei Menschen vermisst.",
            "Tessin",
        ),
        (
            "fr",
            "Pompiers : 4 morts, Valais : 3 disparus\n"
            "Dans le Valais, trois personnes sont portées disparues.",
            "Valais",
        ),
        (
            "it",
            "Vigili del fuoco: 4 morti, Ticino: 3 dispersi\n"
            "In Ticino tre persone risultano disperse.",
            "Ticino",
        ),
        (
            "nl",
            "Brandweer: 4 doden, Limburg: 3 vermisten\nIn Limburg worden drie mensen vermist.",
            "Limburg",
        ),
    ],
)
def test_place_label_names_no_source(lang: str, text: str, place: str) -> None:
    claims = _claims(text, lang)
    assert all(c.attributed_to != place for c in claims), [
        (c.text, c.attributed_to) for c in claims
    ]


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        (
            "nl",
            "Rederij: 62 containers overboord, Kustwacht: minstens 70\nHet schip ligt stil.",
            "Kustwacht",
        ),
        ("en", "Police: 330 arrests; union: more than 400\nThe protest drew thousands.", "union"),
    ],
)
def test_speaking_second_label_still_credited(lang: str, text: str, second: str) -> None:
    assert _claims(text, lang)[-1].attributed_to == second


# 4. a pound word beside kilograms, rounded


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Customs seized 5 kilograms (10 pounds) of heroin."),
        ("de", "Der Zoll stellte 5 Kilogramm (10 Pfund) Heroin sicher."),
        ("en", "Agents found 40 kilograms (90 pounds) of cannabis."),
    ],
)
def test_rounded_pounds_are_a_weight(lang: str, text: str) -> None:
    assert _claims(text, lang)[-1].unit == "pounds_mass"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Police seized 20 kilograms (£400,000) of heroin."),
        ("de", "Die Polizei stellte 20 Kilogramm (400.000 Pfund) Heroin sicher."),
        ("en", "Customs seized 3 kilograms (10 pounds) of heroin."),
    ],
)
def test_pounds_far_from_the_weight_stay_money(lang: str, text: str) -> None:
    assert _claims(text, lang)[-1].unit == "gbp"
