"""Two sources' readings one article sets against each other stay rivals within a running count.

A source whose count rises within one day's window (the health ministry's
17,000 cases in the morning, 18,900 in the evening) is a running count: its
sides are updates, not rivals of the day's other figures. An article that
sets another body's reading against the ministry's ("19,600 cases, more than
the 18,900 reported by the health ministry") still contrasts two rival
readings of one count: the pair gets a window of its own (judge._findings
``_contrasted_pairs``), as a misprint does. Another outlet's 19,600 that no
article sets against the ministry's figure stays beside the running count.
"""

from __future__ import annotations

import pytest

from ._articles import opposed, story_report

_RUNNING = [
    (
        "2025-02-07",
        "es",
        "El Ministerio de Salud informó este viernes que los casos de dengue ascienden a 12.400.",
    ),
    (
        "2025-02-14",
        "pt",
        "O Ministério da Saúde confirmou na manhã desta sexta-feira 17.000 casos de dengue.",
    ),
    (
        "2025-02-14",
        "en",
        "Paraguay's health ministry said on Friday evening that dengue cases had risen to 18,900.",
    ),
]

_COMPARED = {
    "en": (
        "The World Health Organization said on Friday that Paraguay had recorded 19,600 dengue "
        "cases this year, more than the 18,900 cases reported by the country's health ministry."
    ),
    "fr": (
        "L'Organisation mondiale de la santé a fait état vendredi de 19 600 cas de dengue au "
        "Paraguay depuis le début de l'année, contre 18 900 cas selon le ministère paraguayen "
        "de la Santé."
    ),
    "es": (
        "La Organización Mundial de la Salud informó el viernes de 19.600 casos de dengue en "
        "Paraguay este año, frente a 18.900 casos según el Ministerio de Salud paraguayo."
    ),
}


@pytest.mark.parametrize("lang", sorted(_COMPARED))
def test_a_reading_compared_with_a_running_counts_figure_conflicts(lang: str) -> None:
    report = story_report([*_RUNNING, ("2025-02-14", lang, _COMPARED[lang])], "dengue")
    pairs = opposed(report, lambda c: c.low)
    assert frozenset((18900, 19600)) in pairs
    # the ministry's own rise within the day stays its running count
    assert frozenset((17000, 18900)) not in pairs


def test_the_same_figures_no_article_sets_against_each_other_do_not_conflict() -> None:
    alone = (
        "2025-02-14",
        "en",
        "The World Health Organization said on Friday that Paraguay had recorded 19,600 "
        "dengue cases this year.",
    )
    report = story_report([*_RUNNING, alone], "dengue")
    assert not opposed(report, lambda c: c.low)


def test_a_sources_own_earlier_figure_is_no_rival_reading() -> None:
    # "contra 12.400 uma semana antes": the ministry's own earlier figure, no other source's
    own = (
        "2025-02-14",
        "pt",
        "O Ministério da Saúde do Paraguai confirmou nesta sexta-feira 18.900 casos de dengue, "
        "contra 17.000 pela manhã.",
    )
    report = story_report([*_RUNNING, own], "dengue")
    assert frozenset((17000, 18900)) not in opposed(report, lambda c: c.low)
