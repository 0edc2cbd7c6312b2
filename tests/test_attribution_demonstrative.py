"""A source noun after a demonstrative points back to the source named before.

"Este organismo de la ONU calcula …" names the UN only as the body the agency
belongs to: the demonstrative says the agency is the one the article named
before, so the figure is credited to that one. The sentences are our own.
"""

from __future__ import annotations

import pytest

from ._articles import figures, source_of

CASES = [
    (
        "en",
        "The IOM reported 5,000 deaths. "
        "This UN agency estimates that 884,000 people were affected.",
        "884,000",
        "The IOM",
    ),
    (
        "es",
        "La Organización Internacional para las Migraciones (OIM) informó de 5.000 muertos. "
        "Este organismo de la ONU calcula que hay 884.000 personas damnificadas.",
        "884.000",
        "La Organización Internacional para las Migraciones (OIM)",
    ),
    (
        "fr",
        "L'Organisation internationale pour les migrations a fait état de 5 000 morts. "
        "Cette agence de l'ONU estime que 884 000 personnes sont sinistrées.",
        "884 000",
        "L'Organisation internationale pour les migrations",
    ),
    (
        "de",
        "Die Internationale Organisation für Migration meldete 5000 Tote. "
        "Diese Organisation der UN schätzt, dass 884.000 Menschen betroffen sind.",
        "884.000",
        "Die Internationale Organisation für Migration",
    ),
]


@pytest.mark.parametrize(("lang", "text", "figure", "source"), CASES)
def test_demonstrative_points_back(lang: str, text: str, figure: str, source: str) -> None:
    assert source_of(figures(text, lang), figure) == source


def test_definite_article_keeps_the_name() -> None:
    text = (
        "La OIM informó de 5.000 muertos. "
        "El organismo de la ONU para los refugiados calcula que hay 884.000 desplazados."
    )
    assert source_of(figures(text, "es"), "884.000") != "La OIM"
