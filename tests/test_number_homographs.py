"""A number word that is also a common word counts only where it counts something.

Italian "venti" are winds, Romanian "nouă"/"noua" and Catalan "nou" mean new, Catalan
"deu" owes, Dutch "acht" deems and German "Acht" is heed (``[numbers] homographs``).
Such a word is a figure only before its noun ("venti persone"), bounded by a qualifier
("almeno venti"), right after a partitive ("dintre care nouă"), or ending its clause
with a unit a rule gave it ("I morti sono venti.", "Het dodental steeg tot acht.");
anywhere else it is the common word. Known loss: a homograph before a verb with its
noun fronted ("Dei feriti, venti sono gravi") is no figure either.
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities, parse_quantity


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Venti forti hanno colpito la costa ligure."),
        ("it", "I venti di burrasca hanno abbattuto gli alberi del viale."),
        ("ro", "Spitalul are o aripă nouă pentru arși."),
        ("ro", "Noua lege privind incendiile intră în vigoare."),
        ("ro", "Noua lege privind incendiile a fost votată, iar locuitorii au fost afectați."),
        ("ca", "Han construït un hospital nou a la ciutat."),
        ("ca", "La Generalitat deu diners als ajuntaments afectats."),
        ("nl", "De brandweer acht de situatie onder controle."),
        ("de", "Die Behörden ließen die Warnungen vor dem Sturm außer Acht."),
    ],
)
def test_a_homograph_alone_is_no_figure(language: str, text: str) -> None:
    assert find_quantities(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("it", "Venti persone sono morte nell'incendio.", 20, "killed"),
        ("it", "I morti sono venti.", 20, "killed"),
        ("it", "Sono arrivati venti soccorritori.", 20, "rescuers"),
        ("ro", "Nouă persoane au murit în incendiu.", 9, "killed"),
        ("ro", "Au fost 30 de răniți, dintre care nouă în stare gravă.", 9, "injured"),
        ("ro", "Bilanțul morților a urcat la nouă.", 9, "killed"),
        ("ca", "Nou persones han mort en l'incendi.", 9, "killed"),
        ("ca", "Hi ha deu ferits a l'hospital.", 10, "injured"),
        ("nl", "Acht mensen kwamen om bij de brand.", 8, "killed"),
        ("nl", "Het dodental steeg tot acht.", 8, "killed"),
        ("de", "Acht Menschen starben bei dem Brand.", 8, "killed"),
        ("de", "Die Zahl der Toten stieg auf acht.", 8, "killed"),
    ],
)
def test_a_homograph_that_counts_is_a_figure(
    language: str, text: str, value: int, unit: str
) -> None:
    q = find_quantities(text, language)[-1]
    assert (q.low, q.unit) == (value, unit)


def test_a_qualifier_makes_a_homograph_a_figure() -> None:
    (q,) = find_quantities("Almeno venti sono morti.", "it")
    assert (q.low, q.qualifier) == (20, "at_least")


def test_words_listed_in_one_language_stay_numbers_in_another() -> None:
    (q,) = find_quantities("Nous en avons compté neuf.", "fr")
    assert q.low == 9


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("it", "Venti dei feriti sono gravi.", 20, "injured"),
        ("nl", "Acht van de slachtoffers waren kinderen.", 8, "killed"),
    ],
)
def test_a_homograph_before_a_partitive_counts(
    language: str, text: str, value: int, unit: str
) -> None:
    (q,) = find_quantities(text, language)
    assert (q.low, q.unit) == (value, unit)


def test_a_homograph_of_a_noun_phrase_is_still_no_figure() -> None:
    assert not find_quantities("Venti di burrasca hanno colpito la costa.", "it")


@pytest.mark.parametrize(
    ("language", "word", "value"),
    [("it", "venti", 20), ("ro", "nouă", 9), ("nl", "acht", 8), ("ca", "deu", 10)],
)
def test_parse_quantity_reads_a_homograph_alone(language: str, word: str, value: int) -> None:
    q = parse_quantity(word, language)
    assert q is not None
    assert q.low == value
