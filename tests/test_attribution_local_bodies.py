"""Credits of local bodies and their deeds in other stories (a hurricane, a landslide, a
prison riot): a perfect whose deed participle closes the clause (de, nl), a compound of a
body noun (de), a reporting verb before a role noun after a prefix cue (es, pt), a
commune's head (pl "wójt", ca "batlle"), the Dutch verb of measuring ("mat")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("de", "Die Polizei hat 12 Personen festgenommen.", "Die Polizei"),
        (
            "de",
            "Die Bundeswehr hat am Freitag 500 Soldaten in das Gebiet geschickt.",
            "Die Bundeswehr",
        ),
        ("nl", "De politie heeft 12 mensen aangehouden.", "De politie"),
        ("nl", "Defensie heeft 500 militairen naar het gebied gestuurd.", "Defensie"),
    ],
)
def test_a_perfect_deed_credits_the_subject_before_its_auxiliary(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bei den Krawallen wurden 12 Personen festgenommen."),
        ("de", "Die Flut hat 40 Häuser zerstört."),
        ("de", "Die Polizei hat 40 Zeugen befragt, die 12 Verdächtigen wurden festgenommen."),
        ("nl", "Bij de rellen zijn 12 mensen aangehouden."),
        ("nl", "De storm heeft 40 bomen geveld."),
    ],
)
def test_no_perfect_deed_credits_no_one(language: str, text: str) -> None:
    assert set(_credits(text, language)) == {None}


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "de",
            "Die Katastrophenschutzbehörde FEMA schickte 1200 Helfer in den Bundesstaat.",
            "Die Katastrophenschutzbehörde FEMA",
        ),
        (
            "nl",
            "De rampenbestrijdingsdienst FEMA heeft 3000 hulpverleners naar het gebied gestuurd.",
            "De rampenbestrijdingsdienst FEMA",
        ),
    ],
)
def test_a_compound_of_a_body_noun_is_a_doer(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]


def test_a_compound_that_names_no_body_is_no_doer() -> None:
    # "Sturmflut" ends in no body noun: the storm sent nothing of its own
    assert _credits("Die Sturmflut schickte 40 Boote an Land.", "de") == [None]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "es",
            "Seis funcionarios resultaron heridos, según informaron fuentes de "
            "Instituciones Penitenciarias.",
            "fuentes de Instituciones Penitenciarias",
        ),
        (
            "es",
            "Seis personas murieron, según indicaron fuentes municipales.",
            "fuentes municipales",
        ),
        ("pt", "Seis pessoas morreram, segundo informaram fontes da polícia.", "fontes da polícia"),
        # no role noun after the verb: the phrase stays as written
        ("en", "Six people died, according to reports from officials.", "reports from officials"),
    ],
)
def test_a_verb_before_a_role_noun_is_no_part_of_the_source(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        ("pl", "Wójt gminy poinformował, że ewakuowano 120 mieszkańców.", "Wójt gminy"),
        ("pl", "Według wójta gminy ewakuowano 120 mieszkańców.", "wójta gminy"),
        ("ca", "Segons el batlle, 120 veïns han estat desallotjats.", "el batlle"),
        ("nl", "Het KMI mat windstoten tot 120 kilometer per uur.", "Het KMI"),
    ],
)
def test_local_heads_and_measuring_credit(language: str, text: str, credit: str) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Zginęło 12 osób, w tym wójt gminy."),
        ("ca", "Van morir 3 persones, entre elles un regidor."),
        ("nl", "Het scherm is mat en 40 centimeter breed."),
    ],
)
def test_a_counted_head_or_a_plain_adjective_credits_no_one(language: str, text: str) -> None:
    assert set(_credits(text, language)) == {None}
