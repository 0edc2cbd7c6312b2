"""Credits from beyond the figure's sentence: a paragraph of figures no one is credited
with takes the next paragraph's opening credit; a plural back-reference ("Das berichteten
X") credits the figures before it; "the official toll" with no one named before is a source;
"X, known as Y," credits Y; "N: the estimate was made by X" credits X; a paragraph that
closes by crediting a report hands that report to the next paragraph's uncredited figures;
"a new British tally finds" is the British body the article names.

The sentences are our own (no newsbatch wording).
"""

from __future__ import annotations

import pytest

from ._articles import figures, source_of


@pytest.mark.parametrize(
    ("text", "lang", "figure", "source"),
    [
        (
            "The toll from the landslide has climbed to 87, while 140 others were hurt.\n\n"
            "In a televised address, the regional health agency said most victims lived "
            "in remote villages.",
            "en",
            "140",
            "the regional health agency",
        ),
        (
            "Los heridos ya son 340, y 52 de ellos están graves.\n\n"
            "Las cifras fueron facilitadas por la Consejería de Sanidad de Murcia.",
            "es",
            "52",
            "la Consejería de Sanidad de Murcia",
        ),
        (
            "Le vittime sono salite a 74, mentre i feriti sono più di 300.\n\n"
            "In una nota diffusa in serata, la Protezione civile ha spiegato che le ricerche "
            "proseguono.",
            "it",
            "più di 300",
            "la Protezione civile",
        ),
        (
            "Plus de 400 maisons ont été détruites et 35 routes coupées.\n\n"
            "Dans un communiqué, le ministère de l'Intérieur a précisé que les recherches "
            "se poursuivaient.",
            "fr",
            "400",
            "le ministère de l'Intérieur",
        ),
    ],
)
def test_the_next_paragraph_opening_credits_an_uncredited_paragraph(
    text: str, lang: str, figure: str, source: str
) -> None:
    assert source_of(figures(text, lang), figure) == source


def test_a_paragraph_with_a_source_of_its_own_keeps_the_rest_uncredited() -> None:
    text = (
        "The river rose by 3 metres on Sunday. Schools in the valley stayed closed. "
        "Police said 15 people were rescued by boat.\n\n"
        "In a statement, the mayor said the town would rebuild its bridge."
    )
    claims = figures(text, "en")
    assert source_of(claims, "3 metres") is None
    assert source_of(claims, "15 people") == "Police"


def test_an_opening_with_figures_of_its_own_credits_only_those() -> None:
    text = "The toll rose to 90 on Sunday.\n\nThe ministry said 40 more people were missing."
    claims = figures(text, "en")
    assert source_of(claims, "90") is None
    assert source_of(claims, "40 more") == "The ministry"


def test_an_opening_prefix_cue_credits_its_own_sentence_only() -> None:
    text = (
        "En alguns punts la pluja va arribar als 300 litres.\n\n"
        "Segons el servei meteorològic, les pluges van ser torrencials a la costa."
    )
    assert source_of(figures(text, "ca"), "300") is None


def test_a_back_reference_after_the_break_still_stops_at_its_paragraph() -> None:
    text = "Le bilan s'élève désormais à 61 morts.\n\nC'est ce qu'a annoncé la préfecture."
    assert source_of(figures(text, "fr"), "61") is None


def test_a_plural_back_reference_credits_the_figures_before_it() -> None:
    text = (
        "Die Zahl der Toten stieg auf mehr als 800. Mindestens 600 Menschen wurden zudem "
        "verletzt. Das berichteten lokale Medien unter Berufung auf das Gesundheitsministerium."
    )
    claims = figures(text, "de")
    assert source_of(claims, "800") == "das Gesundheitsministerium"
    assert source_of(claims, "600") == "das Gesundheitsministerium"


@pytest.mark.parametrize(
    ("text", "lang", "figure", "source"),
    [
        (
            "O sismo ocorreu na noite de sexta-feira.\n\n"
            "De acordo com o balanço oficial mais recente, quase 300 pessoas morreram.",
            "pt",
            "300",
            "o balanço oficial mais recente",
        ),
        (
            "Selon le bilan officiel, 48 personnes sont mortes dans la vallée.",
            "fr",
            "48",
            "le bilan officiel",
        ),
        ("According to the report, 48 people died in the valley.", "en", "48", None),
    ],
)
def test_an_official_count_with_no_one_named_before_is_credited_as_written(
    text: str, lang: str, figure: str, source: str | None
) -> None:
    assert source_of(figures(text, lang), figure) == source


@pytest.mark.parametrize(
    ("text", "lang", "figure", "source"),
    [
        (
            "The U.N. refugee office, known as UNHCR, said 52,000 people had fled the region.",
            "en",
            "52,000",
            "UNHCR",
        ),
        (
            "La oficina humanitaria de la ONU, conocida como OCHA, informó de que 40.000 "
            "personas fueron desplazadas.",
            "es",
            "40.000",
            "OCHA",
        ),
        (
            "Le bureau humanitaire de l'ONU, connu sous le nom d'OCHA, a indiqué que 40 000 "
            "personnes ont été déplacées.",
            "fr",
            "40 000",
            "OCHA",
        ),
        (
            "The regional rescue service, known as the civil defence, said 40 people were missing.",
            "en",
            "40",
            "The regional rescue service",
        ),
    ],
)
def test_an_apposition_that_gives_the_source_another_name_credits_that_name(
    text: str, lang: str, figure: str, source: str
) -> None:
    assert source_of(figures(text, lang), figure) == source


@pytest.mark.parametrize(
    ("text", "lang", "figure", "source"),
    [
        (
            "The dead could number as many as 20,000: the estimate was made by the director "
            "of the city hospital, Ali Omar.",
            "en",
            "20,000",
            "the director of the city hospital, Ali Omar",
        ),
        (
            "Le vittime potrebbero essere 3.000: la stima è stata fatta alla radio dal "
            "sindaco della città.",
            "it",
            "3.000",
            "sindaco della città",
        ),
        (
            "Los muertos podrían ser 20.000: la cifra fue dada por el alcalde de la ciudad.",
            "es",
            "20.000",
            "el alcalde de la ciudad",
        ),
        ("The dead could number 20,000: the city was hit by a second wave.", "en", "20,000", None),
    ],
)
def test_a_passive_clause_after_a_colon_credits_its_agent(
    text: str, lang: str, figure: str, source: str | None
) -> None:
    assert source_of(figures(text, lang), figure) == source


@pytest.mark.parametrize(
    ("text", "lang", "figure", "source"),
    [
        (
            "Le vittime sono 120. È quanto emerge dall'ultimo bilancio della Protezione "
            "civile (Pc).\n\nQuasi la metà, 58, aveva più di 70 anni.",
            "it",
            "58",
            "bilancio della Protezione civile (Pc)",
        ),
        (
            "The toll rose to 120. That is according to the latest report of the Civil "
            "Protection Agency (CPA).\n\nAlmost half, 58, were over 70.\n\n"
            "The mayor visited the town on Sunday.",
            "en",
            "58",
            "report of the Civil Protection Agency (CPA)",
        ),
        (
            "The toll rose to 120. This was announced by the mayor.\n\n"
            "Almost half, 58, were over 70.\n\nThe mayor visited the town on Sunday.",
            "en",
            "58",
            None,
        ),
    ],
)
def test_a_paragraph_closed_by_a_report_hands_it_to_the_next(
    text: str, lang: str, figure: str, source: str | None
) -> None:
    assert source_of(figures(text, lang), figure) == source


def test_a_short_name_in_brackets_stays_in_the_source_after_a_prefix_cue() -> None:
    text = "Secondo il Centro di integrazione dati (Cid), i morti sono 217."
    assert source_of(figures(text, "it"), "217") == "il Centro di integrazione dati (Cid)"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "A new British tally finds that Russia has lost an estimated 450,000 soldiers. "
            "That works out at 560 troops a day.\n\n"
            "British Defence Minister John Smith estimates that Moscow has lost almost 3,000 "
            "tanks.",
            "450,000",
            "British Defence Minister John Smith",
        ),
        (
            "Russia's military lost 300 tanks, a new Ukrainian tally finds.\n\n"
            "The Ukrainian General Staff said the war had cost Russia dearly.",
            "300",
            "The Ukrainian General Staff",
        ),
    ],
)
def test_a_state_tally_that_finds_is_that_state_body_named_later(
    text: str, figure: str, source: str
) -> None:
    assert source_of(figures(text, "en"), figure) == source


@pytest.mark.parametrize(
    ("text", "lang", "figure", "source"),
    [
        (
            "By Friday, the Red Cross had received 12,400 calls for help.",
            "en",
            "12,400",
            "the Red Cross",
        ),
        (
            "Hasta el viernes, el Consorcio había recibido 12.400 solicitudes.",
            "es",
            "12.400",
            "el Consorcio",
        ),
        (
            "La préfecture a reçu 3 200 demandes d'aide depuis lundi.",
            "fr",
            "3 200",
            "La préfecture",
        ),
    ],
)
def test_who_received_what_the_figure_counts_is_its_source(
    text: str, lang: str, figure: str, source: str
) -> None:
    assert source_of(figures(text, lang), figure) == source


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "The death toll has reached 219, and most of the victims were recorded in the "
            "Valencian Community.",
            "219",
            None,
        ),
        ("Some 300 bodies were recovered by rescuers.", "300", "rescuers"),
    ],
)
def test_after_a_passive_verb_only_its_agent_is_a_source(
    text: str, figure: str, source: str | None
) -> None:
    assert source_of(figures(text, "en"), figure) == source
