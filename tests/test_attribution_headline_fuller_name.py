"""A headline that credits a figure to a body by its role noun alone ("Rights group says
31 killed", "mensenrechtenorganisatie telt 31 doden") takes the body's fuller name when
the body credits the same figure to a source that holds every word of it ("the rights
group Vigilance Guinée"): one body, named in full once. A body credit of another name
leaves the headline's as written."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "nl",
            "Guinee: mensenrechtenorganisatie telt 31 doden\n\n"
            "Bij de protesten zijn volgens de Guinese mensenrechtenorganisatie Vigilance "
            "Guinée 31 mensen gedood.",
            "de Guinese mensenrechtenorganisatie Vigilance Guinée",
        ),
        (
            "en",
            "Rights group says 31 killed in crackdown\n\n"
            "Thirty-one people were killed, the rights group Vigilance Guinée said.",
            "the rights group Vigilance Guinée",
        ),
        (
            "es",
            "El ministerio cifra en 31 los muertos\n\n"
            "Según el Ministerio de Sanidad de Guinea, 31 personas murieron.",
            "el Ministerio de Sanidad de Guinea",
        ),
        (
            "it",
            "L'ong conta 31 morti\n\nSecondo l'ong Vigilance Guinée, i morti sono 31.",
            "l'ong Vigilance Guinée",
        ),
        (
            "pt",
            "Ministério confirma 31 mortos\n\n"
            "Segundo o Ministério da Saúde da Guiné, morreram 31 pessoas.",
            "o Ministério da Saúde da Guiné",
        ),
    ],
)
def test_headline_role_takes_the_fuller_name(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source, source]


def test_other_body_leaves_the_headline_as_written() -> None:
    # must not: the body credits the figure to another body
    text = "Police say 31 killed\n\nThirty-one people were killed, the health ministry said."
    assert _credits(text, "en") == ["Police", "the health ministry"]
