"""A bare figure counts what the figure before it counted, unless it names a noun of its own."""

from __future__ import annotations

import pytest

from ._articles import quantities


def _units(text: str, language: str) -> dict[str, str | None]:
    return {c.text: c.unit for c in quantities(text, language, published="2025-06-14")}


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("en", "At least 59 people died. There were 104 ambulances on site.", "104"),
        ("fr", "Au moins 59 personnes sont mortes. Il y avait 104 ambulances sur place.", "104"),
        ("es", "Murieron al menos 59 personas. Había 104 ambulancias en la zona.", "104"),
        ("pt", "Morreram pelo menos 59 pessoas. Havia 104 ambulâncias no local.", "104"),
    ],
)
def test_a_figure_with_a_noun_of_its_own_takes_no_carried_unit(
    language: str, text: str, figure: str
) -> None:
    (own,) = [u for t, u in _units(text, language).items() if t.startswith(figure)]
    assert own in (None, "vehicles")  # its own noun, or none: never the dead before it


@pytest.mark.parametrize(
    ("language", "text", "figure", "unit"),
    [
        # no noun after the figure: it counts what the toll before it counted
        ("en", "The flood killed 95 people. The regional tally stands at 104.", "104", "killed"),
        # a date after the figure is no noun of its own
        ("en", "The flood killed 95 people. The tally stood at 104 yesterday.", "104", "killed"),
        ("fr", "La crue a tué 95 personnes. Le bilan atteignait 104 lundi.", "104", "killed"),
        # an adverb or a time after the figure is no noun of its own
        (
            "en",
            "At least 59 died. By evening the figure had climbed to 104 so far.",
            "104",
            "killed",
        ),
        ("en", "At least 59 died. The figure had climbed to 104 nationwide.", "104", "killed"),
        ("en", "At least 59 died. The figure had climbed to 104 officially.", "104", "killed"),
        ("en", "At least 59 died. The figure had climbed to 104 late Tuesday.", "104", "killed"),
        ("fr", "Au moins 59 morts. Le bilan est passé à 104 officiellement.", "104", "killed"),
        ("es", "Al menos 59 muertos. El balance subió a 104 oficialmente.", "104", "killed"),
        ("de", "Mindestens 59 Tote. Die Bilanz stieg auf 104 landesweit.", "104", "killed"),
        # a function word after the figure is no noun either
        ("es", "La riada mató a 95 personas. El balance subió a 104 en total.", "104", "killed"),
    ],
)
def test_a_bare_figure_still_takes_the_toll_unit(
    language: str, text: str, figure: str, unit: str
) -> None:
    assert _units(text, language)[figure] == unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 59 people died. There were 104 survivors."),
        ("fr", "Au moins 59 personnes sont mortes. Il y a 104 survivants."),
        ("it", "Sono almeno 59 le vittime del naufragio. I sopravvissuti sono 104."),
        ("es", "Murieron al menos 59 personas. Hay 104 supervivientes."),
        ("de", "Mindestens 59 Menschen starben. Es gibt 104 Überlebende."),
        ("ru", "Погибли не менее 59 человек. Спасены 104 выживших."),
    ],
)
def test_survivors_are_counted_as_rescued_never_as_dead(language: str, text: str) -> None:
    units = _units(text, language)
    assert [u for t, u in units.items() if "104" in t] == ["rescued"]


@pytest.mark.parametrize(
    ("language", "text", "surface"),
    [
        ("fr", "Variole : la RDC dépasse les 16 000 cas.", "dépasse les 16 000 cas"),
        ("fr", "Le bilan a franchi les 2 000 morts.", "a franchi les 2 000 morts"),
        ("en", "The toll has surpassed 16,000.", "has surpassed 16,000"),
        ("en", "Cases have topped 16,000.", "topped 16,000"),
    ],
)
def test_a_verb_of_passing_with_an_article_is_an_open_lower_bound(
    language: str, text: str, surface: str
) -> None:
    from crosscheck import find_quantities

    (figure,) = find_quantities(text, language)
    assert (figure.text, figure.qualifier) == (surface, "over")


def test_passing_a_law_is_no_bound() -> None:
    from crosscheck import find_quantities

    (figure,) = find_quantities("Parliament passed 3 laws.", "en")
    assert figure.qualifier == "exact"
