"""Rival counts of one crowd or toll: each figure goes to the party that gives it.

Protest and casualty reports set a second party's figure against the first one's
("Selon la préfecture, 12 000 … Les syndicats revendiquent de leur côté 40 000"). The
second figure, and those that break it down in its sentence ("dont 9 000"), are the
second party's, not the first source's carried over.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Selon la préfecture, 12 000 personnes ont défilé samedi à Lyon, dont 3 000"
            " enseignants. Les syndicats revendiquent de leur côté 40 000 participants, dont"
            " 9 000 dans le centre.",
            ["la préfecture", "la préfecture", "Les syndicats", "Les syndicats"],
        ),
        (
            "fr",
            "Selon la police, 12 000 personnes ont défilé. Les syndicats en revendiquent 40 000.",
            ["la police", "Les syndicats"],
        ),
        (
            "it",
            "Secondo la questura, 12.000 persone hanno sfilato a Torino. La Fiom parla invece"
            " di 40.000 partecipanti.",
            ["la questura", "La Fiom"],
        ),
        (
            "es",
            "Según la Delegación del Gobierno, 12.000 personas marcharon en Sevilla. El"
            " sindicato reivindica 40.000 asistentes.",
            ["la Delegación del Gobierno", "El sindicato"],
        ),
        (
            "en",
            "Police said 12,000 people marched in Leeds on Saturday. The union claimed 40,000,"
            " including 9,000 nurses.",
            ["Police", "The union", "The union"],
        ),
    ],
)
def test_a_second_party_claiming_its_own_count_is_credited(
    lang: str, text: str, expected: list[str | None]
) -> None:
    assert _sources(text, lang) == expected


def test_a_relative_after_a_passive_agent_stands_for_the_agent() -> None:
    text = (
        "D'après la gendarmerie, 8 000 personnes étaient présentes, un chiffre jugé sous-estimé"
        " par les organisateurs qui avancent 25 000 participants."
    )
    assert _sources(text, "fr") == ["la gendarmerie", "les organisateurs"]


def test_a_conjunction_after_a_passive_agent_keeps_the_clause_subject() -> None:
    text = (
        "The minister called it the biggest rescue ever mounted by the navy and said"
        " 300 people had been saved."
    )
    assert _sources(text, "en") != ["the navy"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "La Guardia Urbana contó 15.000 asistentes y los organizadores 90.000.",
            ["La Guardia Urbana", "los organizadores"],
        ),
        (
            "fr",
            "La préfecture a compté 15 000 marcheurs et les organisateurs 90 000.",
            ["La préfecture", "les organisateurs"],
        ),
        (
            "it",
            "La questura ha contato 15.000 persone e gli organizzatori 90.000.",
            ["La questura", "gli organizzatori"],
        ),
        (
            "en",
            "Police counted 15,000 marchers and the organisers 90,000.",
            ["Police", "the organisers"],
        ),
        (
            "pt",
            "A polícia contou 15.000 manifestantes e os organizadores 90.000.",
            ["A polícia", "os organizadores"],
        ),
        (
            "de",
            "Die Polizei zählte 15.000 Teilnehmer und die Veranstalter 90.000.",
            ["Die Polizei", "die Veranstalter"],
        ),
    ],
)
def test_the_subject_of_a_gapped_clause_gives_its_figure(
    lang: str, text: str, expected: list[str | None]
) -> None:
    assert _sources(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("es", "Sanidad confirmó 300 muertos y Valencia 120 desaparecidos.", "Sanidad"),
        ("en", "Officials said 300 people died and Morocco 120.", "Officials"),
        ("en", "Police said 12 people died, and the unions 40 injured.", "Police"),
    ],
)
def test_a_gapped_place_or_a_new_clause_is_no_gapped_source(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source, source]


def test_italian_per_after_a_bare_figure_means_according_to() -> None:
    text = "A Roma erano 50.000 per la questura, 200.000 per la Cgil."
    assert _sources(text, "it") == ["la questura", "la Cgil"]


def test_italian_per_after_a_bare_figure_outranks_an_earlier_secondo() -> None:
    text = "Sono stati 20.000 secondo la questura e 100.000 per i sindacati."
    assert _sources(text, "it") == ["la questura", "i sindacati"]


@pytest.mark.parametrize(
    "text",
    [
        "Il comune ha stanziato 20.000 euro per la polizia locale.",
        "Sono arrivati 300 per la Libia.",
    ],
)
def test_italian_per_after_a_sum_or_before_a_place_credits_no_one(text: str) -> None:
    assert _sources(text, "it") == [None]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "de",
            "Bundesweit meldete das Robert Koch-Institut bislang 420 Fälle.",
            "das Robert Koch-Institut",
        ),
        ("de", "Insgesamt registrierte die Behörde 52 Tote.", "die Behörde"),
        ("de", "Gestern zählte die Polizei 8.000 Teilnehmer.", "die Polizei"),
        ("nl", "Landelijk meldde het RIVM 420 gevallen.", "het RIVM"),
        ("nl", "Gisteren telde de politie 8.000 deelnemers.", "de politie"),
    ],
)
def test_an_adverb_before_a_verb_second_verb_is_no_subject(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source]


def test_a_subject_before_a_verb_second_verb_stays() -> None:
    assert _sources("Die Polizei meldete 12 Tote.", "de") == ["Die Polizei"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "El alcalde dijo que hubo 25 heridos y el ministerio confirmó 9 muertos.",
            ["El alcalde", "el ministerio"],
        ),
        (
            "fr",
            "Le maire a dit que 25 personnes étaient blessées et le ministère a confirmé 9 morts.",
            ["Le maire", "le ministère"],
        ),
        (
            "it",
            "Il sindaco ha detto che ci sono 25 feriti e il ministero ha confermato 9 morti.",
            ["Il sindaco", "il ministero"],
        ),
        (
            "pt",
            "O prefeito disse que houve 25 feridos e o ministério confirmou 9 mortos.",
            ["O prefeito", "o ministério"],
        ),
    ],
)
def test_a_second_speaker_joined_after_a_figure_is_its_verbs_subject(
    lang: str, text: str, expected: list[str | None]
) -> None:
    assert _sources(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("ru", "По предыдущим данным спасателей, погибли 14 человек.", "спасателей"),
        ("ru", "По оперативным данным МЧС, погибли 14 человек.", "МЧС"),
        ("uk", "За оперативними даними ДСНС, загинули 14 людей.", "ДСНС"),
    ],
)
def test_a_qualified_data_cue_credits_the_body_after_it(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "fr",
            "Les organisateurs ont de leur côté annoncé 15 000 manifestants à Lille.",
            "Les organisateurs",
        ),
        (
            "fr",
            "Les organisateurs ont quant à eux annoncé 15 000 manifestants à Lille.",
            "Les organisateurs",
        ),
    ],
)
def test_a_contrast_marker_inside_the_subject_is_cut_off(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "À Nantes, 6 000 personnes ont défilé selon la police, 20 000 selon l'intersyndicale.",
            ["la police", "l'intersyndicale"],
        ),
        (
            "es",
            "En Bilbao marcharon 6.000 personas según la Ertzaintza, 20.000 según los sindicatos.",
            ["la Ertzaintza", "los sindicatos"],
        ),
    ],
)
def test_a_cue_right_after_a_figure_beats_the_previous_figures_cue(
    lang: str, text: str, expected: list[str | None]
) -> None:
    assert _sources(text, lang) == expected
