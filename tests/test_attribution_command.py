"""A command ("o comando distrital", "il comando provinciale dei vigili del fuoco") is a
body that gives figures (``[attribution] role_nouns``), as its commander is."""

from __future__ import annotations

import pytest

from ._articles import credit_of


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pt", "Os feridos são 40, informou o comando distrital.", "o comando distrital"),
        (
            "it",
            "I feriti sono 40, ha riferito il comando provinciale dei vigili del fuoco.",
            "il comando provinciale dei vigili del fuoco",
        ),
    ],
)
def test_a_command_is_a_source(language: str, text: str, source: str) -> None:
    assert credit_of(language, text, "40") == source


def test_under_the_command_of_credits_no_one() -> None:
    text = "O incêndio obrigou a retirar 40 pessoas, sob o comando de João Silva."
    assert credit_of("pt", text, "40") is None


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "Há 40 feridos, adiantou à agência Lusa fonte do comando regional.",
            "fonte do comando regional",
        ),
        (
            "it",
            "Ci sono 40 feriti, ha detto all'ANSA fonti della questura.",
            "fonti della questura",
        ),
    ],
)
def test_a_bare_role_noun_after_the_addressee_is_the_speaker(
    language: str, text: str, source: str
) -> None:
    """ "…, adiantou à agência Lusa fonte do comando": the journalistic bare noun speaks,
    the agency it told is no source."""
    assert credit_of(language, text, "40") == source


def test_the_addressees_own_noun_is_not_the_speaker() -> None:
    text = "O comandante disse à agência Lusa que há 40 feridos."
    assert credit_of("pt", text, "40") == "O comandante"
