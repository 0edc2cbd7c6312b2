"""A source inside a clause whose verb closes it, and a headline labelled by its event.

"15 Menschen wurden nach Angaben des Ministeriums in Kliniken behandelt": the source
after the figure ends with its name; the rest of the clause ("in Kliniken
behandelt") is the figure's own verb phrase. In German every noun is capitalised,
so a lower-case word that closes the phrase is a verb or adverb; in Dutch a role
noun followed by a lower-case content word ends the source.

"Sturm Daniel: 2000 Tote", "Hurricane Ian: 2.5 million without power": a headline
label that opens with the noun of the story's kind of event (``[story_kinds]``)
names what the figures are about, not who gave them.
"""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bei dem Brand wurden 12 Menschen laut Feuerwehr leicht verletzt.", "Feuerwehr"),
        (
            "Am Abend wurden 30 Verletzte nach Angaben des Gesundheitsamts in Kliniken versorgt.",
            "Gesundheitsamts",
        ),
        (
            "Insgesamt seien 80 Wohnungen nach Angaben der Stadtverwaltung unbewohnbar geworden.",
            "Stadtverwaltung",
        ),
        (
            "Rund 400 Menschen mussten laut den regionalen Behörden ihre Dörfer verlassen.",
            "den regionalen Behörden",
        ),
        (
            "Mindestens 9 Bergleute wurden nach Angaben des Roten Kreuzes bereits geborgen.",
            "Roten Kreuzes",
        ),
        (
            "Etwa 60 Soldaten wurden nach Angaben des Ministeriums der Verteidigung getötet.",
            "Ministeriums der Verteidigung",
        ),
    ],
)
def test_german_source_ends_before_the_closing_verb_phrase(text: str, source: str) -> None:
    assert _credits(text, "de") == [source]


def test_german_source_without_a_closing_verb_keeps_its_place() -> None:
    # no verb after the phrase: nothing to cut, the place stays with the body
    assert _credits("Mindestens 20 Menschen starben, laut Behörden in Tripolis.", "de") == [
        "Behörden in Tripolis"
    ]


def test_dutch_role_noun_ends_before_the_closing_verb_phrase() -> None:
    text = "Er zijn 25 woningen volgens de brandweer volledig uitgebrand."
    assert _credits(text, "nl") == ["de brandweer"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sturm Daniel: Mindestens 2000 Tote in Libyen", "de"),
        ("Hurricane Ian: 2.5 million homes without power", "en"),
        ("Terremoto Marruecos: más de 2.000 muertos", "es"),
        ("Alluvione Emilia: almeno 14 morti", "it"),
        ("Tempête Ciarán : 1,2 million de foyers privés d'électricité", "fr"),
    ],
)
def test_headline_event_label_is_no_source(text: str, language: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Generalstab: Russland verlor 920 Soldaten", "de", "Generalstab"),
        # a side of a war speaks by its bare name (see test_attribution_headline_lone_label)
        ("Zelensky: 31,000 troops killed in the war", "en", "Zelensky"),
    ],
)
def test_headline_speaker_label_still_speaks(text: str, language: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "El huracán Helene arrasó cuanto encontró a su paso en Carolina del Norte y "
            "causó graves daños, con 40 fallecidos.",
            "es",
        ),
        ("Storm Babet flattened everything it found in its path, with 7 dead.", "en"),
        ("La tempesta Ciarán ha distrutto tutto ciò che ha trovato, con 5 morti.", "it"),
    ],
)
def test_the_event_itself_reports_nothing(text: str, language: str) -> None:
    # "found" is a reporting verb, but a flood or a quake is what the figures are about
    assert _credits(text, language) == [None]


def test_a_compound_of_an_event_noun_still_speaks() -> None:
    # "Erdbebenforscher" are earthquake researchers, not the earthquake
    text = "Nach Angaben von Erdbebenforschern hatte das Beben eine Stärke von 6,4."
    assert _credits(text, "de") == ["Erdbebenforschern"]


@pytest.mark.parametrize(
    ("text", "language", "source"),
    [
        ("Secondo la prefettura le persone evacuate sono 250.", "it", "la prefettura"),
        ("Según el alcalde los vecinos desalojados son 180.", "es", "el alcalde"),
        ("Segundo a polícia os manifestantes eram 7 mil.", "pt", "a polícia"),
        ("Selon la préfecture les manifestants étaient 9 000.", "fr", "la préfecture"),
    ],
)
def test_source_ends_before_the_article_of_a_head_count(
    text: str, language: str, source: str
) -> None:
    # no comma after the source: the article that brings in who is counted opens the
    # clause the cue credits, as it does before a toll ("i morti sono …")
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Zo meldt de Italiaanse staatsomroep RAI dat 45 mensen zijn omgekomen.",
            "de Italiaanse staatsomroep RAI",
        ),
        (
            "Volgens de Griekse staatstelevisie zijn 38 mensen omgekomen.",
            "de Griekse staatstelevisie",
        ),
    ],
)
def test_dutch_broadcaster_compound_is_the_source_noun(text: str, source: str) -> None:
    # "staatsomroep", "staatstelevisie": compounds of a source noun ([attribution]
    # role_heads), not the verb after a capitalised adjective
    assert _credits(text, "nl") == [source]
