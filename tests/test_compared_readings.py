"""A figure the article compares with another source's figure of the same quantity.

"The WHO said Paraguay had recorded 19,600 dengue cases this year, more than the
18,900 cases reported by the health ministry": a comparative that ends in an
article (``[attribution] comparison_markers``) sets the ministry's figure against
the WHO's. Both are credited, to two sources, as of one time, in one unit: two
rival readings of one count, not a count that rose within the day. So does a
word of "versus" ("contre 21 décès selon le ministère", "against 12,000 according
to the police"). Not read so: a qualifier ("more than 200": no article), the same
source's earlier figure ("against 12,400 a week earlier"), another time's figure,
another unit's.
"""

from __future__ import annotations

import pytest

from ._articles import quantities

# One article in each language: the first source's figures, then a comparative and
# the second source's figures of the same units.
COMPARED = [
    (
        "en",
        "The World Health Organization said on Friday that Paraguay had recorded 25 dengue "
        "deaths and 19,600 confirmed cases this year, more than the 21 deaths and 18,900 "
        "cases reported by the country's health ministry.",
        [(25, 21), (19_600, 18_900)],
    ),
    (
        "fr",
        "L'OMS a indiqué vendredi que le Paraguay avait enregistré 25 décès et 19 600 cas "
        "confirmés de dengue cette année, bien plus que les 21 décès et 18 900 cas recensés "
        "par le ministère de la Santé.",
        [(25, 21), (19_600, 18_900)],
    ),
    (
        "es",
        "Según la OMS, Paraguay ha registrado 19.600 casos de dengue este año, más que los "
        "18.900 casos registrados por el Ministerio de Salud.",
        [(19_600, 18_900)],
    ),
    (
        "it",
        "Secondo l'OMS, il Paraguay ha registrato 19.600 casi di dengue quest'anno, più dei "
        "18.900 casi registrati dal ministero della Salute.",
        [(19_600, 18_900)],
    ),
    (
        "pt",
        "Segundo a OMS, o Paraguai registou 19.600 casos de dengue este ano, mais do que os "
        "18.900 casos contabilizados pelo Ministério da Saúde.",
        [(19_600, 18_900)],
    ),
    # a word of "versus" before the second source's figures, no article
    (
        "fr",
        "L'Organisation mondiale de la santé a fait état vendredi de 25 décès dus à la dengue "
        "et de 19 600 cas confirmés au Paraguay, contre 21 décès et 18 900 cas selon le "
        "ministère paraguayen de la Santé.",
        [(25, 21), (19_600, 18_900)],
    ),
    (
        "en",
        "Organisers said 40,000 people marched in Lisbon on Thursday, against 12,000 "
        "according to the police.",
        [(40_000, 12_000)],
    ),
]


@pytest.mark.parametrize(("lang", "text", "pairs"), COMPARED)
def test_a_compared_figure_is_a_rival_reading(
    lang: str, text: str, pairs: list[tuple[int, int]]
) -> None:
    claims = {c.low: c for c in quantities(text, lang, "2025-03-07") if c.kind == "quantity"}
    for first, second in pairs:
        assert claims[first].source_id != claims[second].source_id
        assert claims[first].rival_readings == (f"{second}:{second}",)
        assert claims[second].rival_readings == (f"{first}:{first}",)


# The same shape of text, where the second figure is no other source's reading.
NOT_COMPARED = [
    # a qualifier: no article, one figure
    (
        "en",
        "The World Health Organization said Paraguay had recorded more than 200 dengue deaths "
        "this year, while the health ministry reported 19,600 cases.",
    ),
    # another time: last year's dead
    (
        "en",
        "The World Health Organization said on Friday that Paraguay had recorded 25 dengue "
        "deaths this year, more than the 12 people who died last year.",
    ),
    # the same source's earlier figure
    (
        "en",
        "The health ministry said on Friday that Paraguay had recorded 25 dengue deaths this "
        "year, more than the 12 it reported on Monday.",
    ),
    (
        "fr",
        "Selon le ministère de la Santé, le Paraguay a enregistré 19 600 cas de dengue, plus "
        "que les 18 900 cas qu'il avait recensés lundi.",
    ),
    # "versus" the same source's figure of a week before
    (
        "pt",
        "O Ministério da Saúde do Paraguai confirmou nesta sexta-feira 18.900 casos de dengue, "
        "contra 12.400 uma semana antes.",
    ),
    (
        "en",
        "The health ministry confirmed 18,900 dengue cases on Friday, against 12,400 a week "
        "earlier.",
    ),
    # another unit: deaths against cases
    (
        "en",
        "The World Health Organization said Paraguay had recorded 25 dengue deaths this year, "
        "more than the 18,900 cases reported by the health ministry.",
    ),
    # no comparative: two sources' figures of one sentence, joined by "and"
    (
        "en",
        "The World Health Organization counted 19,600 cases this year and the health ministry "
        "has since reported 18,900 hospital admissions.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_COMPARED)
def test_no_comparison_with_another_source_no_rival_reading(lang: str, text: str) -> None:
    claims = [c for c in quantities(text, lang, "2025-03-07") if c.kind == "quantity"]
    assert len(claims) >= 2
    assert not any(c.rival_readings for c in claims)
