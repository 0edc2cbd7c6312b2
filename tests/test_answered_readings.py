"""A figure its own sentence already sets against a rival ("26, while the operator
says 24") is no reading of a figure of another noun in the next sentence ("According
to police, five died"): it keeps its own noun (``claims._rivals.mark_readings``)."""

from __future__ import annotations

import pytest

from crosscheck import Article, report


def _claims(text: str, language: str) -> dict[float, tuple[str | None, str | None]]:
    r = report([Article(id="a", text=text, language=language, published="2025-02-17")])
    return {
        float(c.low): (c.unit, c.counted_as)
        for c in r.claims
        if c.kind == "quantity" and c.low is not None
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "ru",
            "Прокуратура настаивает, что в вагончике находились 26 человек, тогда как "
            "оператор называет 24. По данным полиции, погибли пять человек.",
        ),
        (
            "en",
            "Prosecutors insist 26 people were in the cabin, while the operator says 24. "
            "According to police, five people died.",
        ),
        (
            "fr",
            "Le parquet affirme que 26 personnes se trouvaient dans la cabine, alors que "
            "l'exploitant en compte 24. Selon la police, cinq personnes sont mortes.",
        ),
        (
            "es",
            "La fiscalía sostiene que en la cabina iban 26 personas, mientras que el "
            "operador habla de 24. Según la policía, murieron cinco personas.",
        ),
        (
            "de",
            "Die Staatsanwaltschaft sagt, in der Kabine seien 26 Menschen gewesen, der "
            "Betreiber spricht dagegen von 24. Nach Angaben der Polizei starben fünf Menschen.",
        ),
    ],
)
def test_an_answered_figure_reads_no_next_sentence_count(language: str, text: str) -> None:
    claims = _claims(text, language)
    assert claims[24][1] != "killed"
    assert claims[5] == ("killed", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # no rival in its own sentence: the two sources' readings of one count, as before
        (
            "de",
            "Nach Angaben des UNHCR sind rund 55.000 Menschen aus dem Sudan geflohen. "
            "Die Regierung spricht dagegen von mehr als 70.000 Flüchtlingen.",
        ),
    ],
)
def test_a_lone_reading_is_still_named_by_its_rival(language: str, text: str) -> None:
    assert _claims(text, language)[55000] == ("people", "refugees")
