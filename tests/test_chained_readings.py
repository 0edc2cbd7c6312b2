"""A chain of readings: each source's figure answers the one before it ("4,000, says the
ministry. The operator lowered the figure to 3,000. An association raises the number to
more than 6,000"), so the first and the last are readings of one quantity too, though no
sentence sets them side by side (``claims._rivals._chained``). Not when the last source is
the first's own, nor when the last figure counts another thing."""

from __future__ import annotations

import pytest

from crosscheck import Article, report


def _readings(text: str, language: str) -> dict[float, tuple[str, ...]]:
    r = report([Article(id="a", text=text, language=language, published="2025-02-17")])
    return {
        float(c.low): c.rival_readings
        for c in r.claims
        if c.kind == "quantity" and c.low is not None
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Unos 4.000 pasajeros están varados, según el ministerio. La empresa "
            "aeroportuaria rebajó la cifra a unos 3.000. La asociación de viajeros eleva el "
            "número a más de 6.000.",
        ),
        (
            "fr",
            "Quelque 4 000 passagers sont bloqués, selon le ministère. L'exploitant de "
            "l'aéroport a ramené le chiffre à environ 3 000. L'association des voyageurs "
            "avance le chiffre de plus de 6 000.",
        ),
        (
            "ca",
            "Uns 4.000 passatgers estan atrapats, segons el ministeri. L'operador de "
            "l'aeroport en compta uns 3.000. L'associació de viatgers eleva la xifra a més "
            "de 6.000.",
        ),
    ],
)
def test_the_first_and_the_last_of_a_chain_are_readings(language: str, text: str) -> None:
    readings = _readings(text, language)
    assert "3000:3000" in readings[4000]
    assert any(k.startswith("6000:") for k in readings[4000])
    assert "4000:4000" in readings[6000]


def test_the_first_source_again_closes_no_chain() -> None:
    text = (
        "Unos 4.000 pasajeros están varados, según el ministerio. La empresa aeroportuaria "
        "rebajó la cifra a unos 3.000. El ministerio eleva ahora el número a más de 6.000."
    )
    readings = _readings(text, "es")
    assert readings[4000] == ("3000:3000",)  # its own later count, not its rival reading
    assert "4000:4000" not in readings[6000]


def test_a_figure_of_another_thing_closes_no_chain() -> None:
    text = (
        "Unos 4.000 pasajeros están varados, según el ministerio. La empresa aeroportuaria "
        "rebajó la cifra a unos 3.000. La asociación de viajeros eleva a más de 600 los "
        "vuelos cancelados."
    )
    readings = _readings(text, "es")
    assert readings[4000] == ("3000:3000",)
    assert readings[600] == ()
