"""A name beside two attribute figures makes them one quantity's (``Claim.names``).

"The Mirovan reservoir held 31% of its capacity" on Monday and "Lacul de acumulare
Mirovan mai are doar 28% din capacitate" on Tuesday give one reservoir's level twice: a
percent alone is no evidence that two figures count one thing (a story holds many
percents), the reservoir's name is. Names the story gives everywhere (its headline's),
the source's name, known places and the words of a language's own vocabulary are no such
evidence; nor is a capitalised noun of a language that capitalises every noun.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._names import name_stem

from ._articles import quantities, story_report

# One sentence a language: an invented reservoir's level, its name beside the figure.
LEVELS = [
    ("en", "The Mirovan reservoir held only 31% of its capacity on Monday, the board said."),
    ("ro", "Lacul de acumulare Mirovan mai are doar 28% din capacitate, potrivit autorităților."),
    ("it", "L'invaso Mirovan è sceso al 27% della capacità, secondo il consorzio."),
    ("fr", "Le barrage de Mirovan n'est plus rempli qu'à 26 % de sa capacité, selon l'exploitant."),
    ("es", "El embalse Mirovan se encuentra al 25% de su capacidad, según la confederación."),
    ("pl", "Zbiornik Mirovan jest wypełniony tylko w 24 proc., podała spółka wodna."),
    ("nl", "Het stuwmeer Mirovan is nog maar voor 21 procent gevuld, meldt de beheerder."),
    ("pt", "A barragem de Mirovan está a 20% da capacidade, segundo a empresa."),
    ("ru", "Водохранилище Мирован заполнено лишь на 23%, сообщили в ведомстве."),
]


def _one(text: str, lang: str) -> crosscheck.Claim:
    (claim,) = quantities(text, lang)
    return claim


@pytest.mark.parametrize(("lang", "sentence"), LEVELS)
def test_the_name_beside_a_figure_is_kept(lang: str, sentence: str) -> None:
    claim = _one(f"Dry weeks\n\n{sentence}", lang)
    assert claim.unit == "percent"
    assert name_stem("Мирован" if lang == "ru" else "Mirovan") in map(name_stem, claim.names)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the headline's name is the story's: it stands beside many of its figures
        ("en", "Mirovan runs dry\n\nThe Mirovan reservoir held only 31% of its capacity."),
        ("it", "Mirovan a secco\n\nL'invaso Mirovan è sceso al 27% della capacità."),
        # the name of who gives the figure says who, not what
        ("en", "Dry weeks\n\nOnly 31% of the capacity is left, Mirovan Water said."),
        ("es", "Sequía\n\nSolo queda el 25% de la capacidad, según Aguas de Mirovan."),
        # a town after a place preposition, from which a story measures its distances
        ("en", "Dry weeks\n\nThe river fell by 31% downstream in Mirovan."),
        ("fr", "Sécheresse\n\nLe débit a baissé de 26 % en aval, à Mirovan."),
        # a place the data holds is the figure's place frame, not a name of this kind
        ("en", "Dry weeks\n\nThe reservoirs of Spain held only 31% of their capacity."),
        # the sentence's first word may be capitalised for that alone
        ("ro", "Secetă\n\nMirovan mai are doar 28% din capacitate."),
    ],
)
def test_words_that_pick_out_nothing_are_no_names(lang: str, text: str) -> None:
    assert "Mirovan" not in _one(text, lang).names


def _together(report: crosscheck.Report, a: str, b: str) -> bool:
    """Whether one group of the alignment holds the claims ``a`` and ``b``."""
    return any({a, b} <= {c.id for c in group} for group in report.alignment.groups)


# Two reports a day apart, in two languages, of one reservoir's level.
PAIRS = [
    (
        ("en", "Dry weeks\n\nThe Mirovan reservoir held only 31% of its capacity, the board said."),
        ("ro", "Secetă\n\nLacul de acumulare Mirovan mai are doar 28% din capacitate."),
    ),
    (
        ("it", "Siccità\n\nL'invaso Mirovan è sceso al 27% della capacità, secondo il consorzio."),
        ("fr", "Sécheresse\n\nLe barrage de Mirovan n'est plus rempli qu'à 24 % de sa capacité."),
    ),
    (
        ("es", "Sequía\n\nEl embalse Mirovan se encuentra al 25% de su capacidad."),
        ("pt", "Seca\n\nA barragem de Mirovan está a 22% da capacidade, segundo a empresa."),
    ),
    (
        ("pl", "Susza\n\nZbiornik Mirovan jest wypełniony tylko w 24 proc., podała spółka wodna."),
        ("nl", "Droogte\n\nHet stuwmeer Mirovan is nog maar voor 21 procent gevuld."),
    ),
    (
        ("ru", "Засуха\n\nВодохранилище Мирован заполнено лишь на 23%, сообщили в ведомстве."),
        ("ru", "Засуха продолжается\n\nУровень водохранилища Мирован упал до 20%."),
    ),
    (
        ("de", "Dürre\n\nDer Stausee Mirovan ist nur noch zu 22 Prozent gefüllt."),
        ("en", "Dry weeks\n\nThe Mirovan reservoir was down to 19% of its capacity."),
    ),
]


@pytest.mark.parametrize(("first", "second"), PAIRS)
def test_one_named_thing_s_figures_are_one_quantity(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    report = story_report([("2025-08-04", *first), ("2025-08-05", *second)], "drought", prefix="n")
    assert _together(report, "n0#q1", "n1#q1")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two reservoirs, each named: two quantities
        (
            ("en", "Dry weeks\n\nThe Mirovan reservoir held only 31% of its capacity."),
            ("en", "Dry weeks\n\nLevels at the Telvora reservoir dropped to 28%, officials said."),
        ),
        (
            ("it", "Siccità\n\nL'invaso Mirovan è sceso al 27% della capacità."),
            ("es", "Sequía\n\nEl embalse Telvora se encuentra al 24% de su capacidad."),
        ),
        # two names of several words that share one ("Santa"): two reservoirs
        (
            ("es", "Sequía\n\nEl embalse Santa Mirova se encuentra al 31% de su capacidad."),
            ("pt", "Seca\n\nNa barragem Santa Telva restam apenas 22% da água, diz a empresa."),
        ),
        # the story's own name (both headlines give it) beside two different shares
        (
            ("en", "Drought grips Mirovan\n\nWheat yields near Mirovan fell by 31%."),
            ("fr", "Sécheresse à Mirovan\n\nLes nappes sous Mirovan ont baissé de 12 %."),
        ),
        # a common noun of a language that capitalises every noun
        (
            ("de", "Dürre\n\nDer Stausee ist nur noch zu 22 Prozent gefüllt."),
            ("de", "Dürre\n\nDer Stausee hat 40 Prozent seines Wassers verloren."),
        ),
    ],
)
def test_figures_with_no_shared_name_stay_apart(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    report = story_report([("2025-08-04", *first), ("2025-08-05", *second)], "drought", prefix="n")
    assert not _together(report, "n0#q1", "n1#q1")
