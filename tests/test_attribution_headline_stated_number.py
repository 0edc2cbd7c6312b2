"""A headline figure with no credit takes the body's credit of the one number of its
unit the body credits, whatever hedge either side gives it: the headline adds a hedge
("au moins six morts" / "six personnes sont mortes, selon la préfecture"), states an
upper bound the body states too ("Bis zu 60.000 Tote" / "bis zu 60.000 Soldaten …, so
das Ministerium"), or drops the body's ("900 dead" / "just under 900 people died, the
ministry said"). Two sources stating the number, another unit or a range of two numbers
leave the headline uncredited."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Effondrement d'un pont : au moins six morts\n\n"
            "Six personnes sont mortes dans l'effondrement du pont, selon la préfecture.",
            "la préfecture",
        ),
        (
            "de",
            "Bis zu 60.000 Tote\n\n"
            "Das Ministerium schätzt, dass bis zu 60.000 Soldaten getötet wurden.",
            "Das Ministerium",
        ),
        (
            "en",
            "Quake: 900 dead\n\nJust under 900 people died, the ministry said.",
            "the ministry",
        ),
        (
            "es",
            "Terremoto: al menos 45 muertos\n\n"
            "Un total de 45 personas murieron en el sismo, según Protección Civil.",
            "Protección Civil",
        ),
        (
            "it",
            "Alluvione, fino a 300 sfollati\n\n"
            "Secondo la prefettura, gli sfollati potrebbero essere fino a 300.",
            "la prefettura",
        ),
        (
            "pt",
            "Incêndio: pelo menos 12 feridos\n\n"
            "Doze pessoas ficaram feridas no incêndio, segundo os bombeiros.",
            "os bombeiros",
        ),
    ],
)
def test_headline_takes_the_body_credit_of_its_number(
    language: str, text: str, source: str
) -> None:
    assert _credits(text, language)[0] == source


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must not: two sources state the number
        (
            "en",
            "Storm: at least 40 dead\n\n"
            "Forty people died, the ministry said. The Red Cross said 40 people were killed.",
        ),
        # must not: the body's number counts another thing
        ("en", "Storm: at least 40 dead\n\nForty people were injured, the ministry said."),
        (
            "fr",
            "Tempête : au moins 40 morts\n\n40 personnes ont été blessées, selon la préfecture.",
        ),
    ],
)
def test_headline_stays_uncredited(language: str, text: str) -> None:
    assert _credits(text, language)[0] is None
