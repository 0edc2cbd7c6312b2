"""Units a figure leaves out or that its words hide (session 36, h150).

- A weight in kilograms ("eine 500 Kilogramm schwere Bombe", "une bombe de 500 kilos",
  "bom van 500 kilo") had a unit in English only: the other twelve languages name it now.
- A word of comparison right after a figure (``[frames] comparison_words``: "as", "like",
  "comme", "wie", "zoals") opens a clause of its own: "not 48,000 as the police claim"
  counts no police.
- "from their homes" right after a figure ("forced 5,000 from their homes", "5.000 aus
  ihren Häusern") says the people were displaced; it counted the homes.
- A sum of millions whose currency its sentence leaves out takes the currency of the sum
  of the sentence before ("… 120 million euros. Farmers say at least 200 million").
- A bare figure that is all a copula's predicate, after a verb of saying, and closes its
  sentence ("… garante que são mais de 20.") counts what the sentence before counted,
  however small.

The phrases are our own.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _units(text: str, language: str) -> list[tuple[float | None, str | None]]:
    article = Article(id="t", text=text, language=language, published="2025-06-02")
    return [
        (None if c.low is None else float(c.low), c.unit)
        for c in extract_claims(article)
        if c.kind == "quantity"
    ]


# --- weights -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Auf der Baustelle lag eine 250 Kilogramm schwere Bombe."),
        ("nl", "Op de bouwplaats lag een bom van 250 kilo."),
        ("fr", "Une bombe de 250 kilos a été trouvée sur le chantier."),
        ("es", "En la obra apareció una bomba de 250 kilos."),
        ("it", "Nel cantiere è stata trovata una bomba da 250 chili."),
        ("pt", "Foi encontrada na obra uma bomba de 250 quilos."),
        ("ca", "A l'obra hi havia una bomba de 250 quilos."),
        ("ro", "Pe șantier a fost găsită o bombă de 250 de kilograme."),
        ("pl", "Na budowie znaleziono bombę o wadze 250 kg."),
        ("ru", "На стройке нашли бомбу весом 250 килограммов."),
        ("uk", "На будові знайшли бомбу вагою 250 кілограмів."),
        ("ar", "عثر العمال على قنبلة تزن 250 كيلوغراما."),
    ],
)
def test_a_weight_in_kilograms(language: str, text: str) -> None:
    assert _units(text, language) == [(250, "kilograms")]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # a kilo is no kilometre
        ("de", "Die Sperrzone reicht 2 Kilometer weit.", "kilometres"),
        ("nl", "De afzetting is 2 kilometer breed.", "kilometres"),
        ("es", "La zona de exclusión abarca 2 kilómetros.", "kilometres"),
    ],
)
def test_a_kilometre_stays_a_length(language: str, text: str, unit: str) -> None:
    assert _units(text, language) == [(2, unit)]


# --- a word of comparison after the figure -------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Organisers counted 60,000 marchers, not 48,000 like the police said."),
        ("en", "The union says 60,000 marched, not 48,000 as the police claim."),
        ("ro", "Sindicatul a numărat 60.000 de manifestanți, nu 48.000 ca polițiștii."),
        ("fr", "Les syndicats revendiquent 60 000 manifestants et non 48 000 comme les policiers."),
        ("es", "El sindicato contó 60.000 manifestantes, no 48.000 como los policías dijeron."),
        ("it", "Il sindacato ha contato 60.000 manifestanti, non 48.000 come i poliziotti."),
        ("pt", "O sindicato contou 60 mil manifestantes, e não 48 mil como os polícias."),
        ("pl", "Związek naliczył 60 tys. demonstrantów, a nie 48 tys. jak policjanci."),
        ("ca", "El sindicat va comptar 60.000 manifestants, no 48.000 com els policies."),
        ("de", "Die Gewerkschaft zählte 60.000 Teilnehmer, nicht 48.000 wie Polizisten schätzten."),
    ],
)
def test_a_comparison_names_no_noun_of_the_figure(language: str, text: str) -> None:
    units = _units(text, language)
    assert len(units) == 2
    assert units[1][0] == 48_000
    assert units[1][1] != "police"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the police counted: the noun comes right after the figure
        ("en", "The city deployed 3,000 police officers.", [(3000, "police")]),
        ("fr", "La préfecture a mobilisé 3 000 policiers.", [(3000, "police")]),
        ("de", "Die Stadt setzte 3.000 Polizisten ein.", [(3000, "police")]),
    ],
)
def test_police_counted_stay_police(
    language: str, text: str, expected: list[tuple[float, str]]
) -> None:
    assert _units(text, language) == expected


# --- driven from their homes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The floods forced 5,000 from their homes."),
        ("de", "Die Flut vertrieb 5.000 aus ihren Häusern."),
        ("nl", "Het water verdreef 5.000 uit hun huizen."),
        ("it", "L'alluvione ha cacciato 5.000 dalle loro case."),
        ("ru", "Наводнение выгнало 5000 из своих домов."),
        ("uk", "Повінь вигнала 5000 зі своїх домівок."),
    ],
)
def test_driven_from_their_homes_are_displaced(language: str, text: str) -> None:
    assert _units(text, language) == [(5000, "displaced")]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # the homes themselves, counted by a partitive
        ("en", "The storm destroyed 200 of their homes.", "buildings"),
        ("de", "Der Sturm zerstörte 200 ihrer Häuser.", "buildings"),
        ("fr", "La tempête a détruit 200 de leurs maisons.", "buildings"),
        # a verb before the figure says what happened to them
        ("en", "Firefighters rescued 12 from their homes.", "rescued"),
    ],
)
def test_homes_counted_or_people_rescued_keep_their_unit(
    language: str, text: str, unit: str
) -> None:
    assert [u for _, u in _units(text, language)] == [unit]


# --- a sum of millions whose currency the next sentence leaves out ---------------------


@pytest.mark.parametrize(
    ("language", "text", "currency"),
    [
        (
            "en",
            "The region put losses at 150 million euros. Farmers say at least 200 million.",
            "eur",
        ),
        (
            "de",
            "Die Region schätzt den Schaden auf 120 Millionen Euro. Der Bauernverband spricht"
            " von mindestens 200 Millionen.",
            "eur",
        ),
        (
            "fr",
            "La région chiffre les dégâts à 120 millions d'euros. Le syndicat agricole parle"
            " d'au moins 200 millions.",
            "eur",
        ),
        (
            "es",
            "La región cifra los daños en 120 millones de euros. Los agricultores hablan de al"
            " menos 200 millones.",
            "eur",
        ),
        (
            "it",
            "La Regione valuta i danni in circa 120 milioni di euro. Gli agricoltori, che"
            " contano 15.000 ettari colpiti, parlano di almeno 200 milioni.",
            "eur",
        ),
        (
            "ro",
            "Regiunea estimează pagubele la 120 de milioane de euro. Fermierii vorbesc de cel"
            " puțin 200 de milioane.",
            "eur",
        ),
        (
            "ru",
            "Власти оценили ущерб в 120 миллионов рублей. Фермеры говорят о 200 миллионах.",
            "rub",
        ),
        # in one sentence, a measure between
        (
            "en",
            "The region put losses at 150 million euros and the burnt area at 9,000 hectares,"
            " while farmers say at least 200 million.",
            "eur",
        ),
        (
            "de",
            "Die Region beziffert den Schaden auf 120 Millionen Euro und die Fläche auf 9.000"
            " Hektar, der Bauernverband auf mindestens 200 Millionen.",
            "eur",
        ),
    ],
)
def test_a_rival_sum_of_millions_keeps_the_currency(
    language: str, text: str, currency: str
) -> None:
    units = _units(text, language)
    assert units[0][1] == currency
    assert units[-1] == (200_000_000, currency)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a noun of its own
        ("en", "The region put losses at 150 million euros. About 2 million people live there."),
        # two sentences back
        (
            "en",
            "The region put losses at 150 million euros. Rain fell all week. Farmers say at"
            " least 200 million.",
        ),
        # another paragraph
        (
            "de",
            "Der Schaden liegt bei 120 Millionen Euro.\n\nDie Bauern sprechen von 200 Millionen.",
        ),
        # no scale word: a count, not a sum
        ("fr", "Les dégâts atteignent 120 millions d'euros. La préfecture parle de 20 000."),
        # far from the sum's size
        ("es", "Los daños suman 120 millones de euros. Los vecinos hablan de 9.000 millones."),
    ],
)
def test_no_currency_beyond_its_reach(language: str, text: str) -> None:
    assert _units(text, language)[-1][1] != "eur"


# --- a copula's bare figure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "Apenas 30 reclusos continuam em greve de fome, diz o governo. A rede de"
            " associações garante que são mais de 60.",
        ),
        (
            "es",
            "Según Interior, 30 internos siguen en huelga. Las ONG aseguran que son 62.",
        ),
        (
            "it",
            "Secondo la prefettura, 30 detenuti sono in sciopero. Le associazioni dicono che"
            " sono più di 60.",
        ),
        (
            "de",
            "Laut Behörde sind 30 Häftlinge im Hungerstreik. Die Initiative sagt, es sind mehr"
            " als 60.",
        ),
        (
            "ro",
            "Potrivit poliției, 30 de deținuți fac greva foamei. Asociațiile spun că sunt"
            " peste 60.",
        ),
        (
            "en",
            "Some 30 detainees are on hunger strike, officials said. Activists say they number"
            " more than 60.",
        ),
    ],
)
def test_a_copulas_bare_figure_counts_what_came_before(language: str, text: str) -> None:
    value = 62 if language == "es" else 60
    assert _units(text, language) == [(30, "prisoners"), (value, "prisoners")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # far apart in size: another count
        (
            "es",
            "Según Interior, 30 internos siguen en huelga. Las ONG aseguran que son 6.200.",
            None,
        ),
        # a copula no one says
        (
            "es",
            "Según Interior, 30 internos siguen en huelga. En el turno de noche son 60.",
            None,
        ),
        # something follows the figure
        (
            "it",
            "Secondo la prefettura, 30 detenuti sono in sciopero. Le guardie sono 60 in tutto.",
            None,
        ),
    ],
)
def test_a_copula_figure_out_of_reach_stays_bare(
    language: str, text: str, expected: str | None
) -> None:
    assert _units(text, language)[-1][1] == expected
