"""A figure that fits two groups goes with the one whose figure it repeats, as of one time.

A toll that names no place is compatible with every region's toll; the
partition chooses its group by affinity (``align._quantity.affinity``). A
close value counts when the two figures hold at one time: a month holds its
days ("in August ... about 400" and "410" of 3 August), and a figure with no
time at all (an undated article) counts half. Two different days, months or
a bare year give nothing, so a toll that rises over days is not drawn to an
earlier count by closeness alone.
"""

from __future__ import annotations

import attrs
import pytest

import crosscheck
from crosscheck import Article
from crosscheck.align._quantity import affinity

# Per language: Bavaria's toll twice (the larger group), Saxony's once, and a
# figure naming no place as of a month ("In August"), close to Saxony's.
FLOODS = {
    "en": (
        "In Bavaria, 1,200 people were killed by the floods, the state government said.",
        "In Bavaria, 1,250 people were killed by the floods, rescuers said.",
        "In Saxony, 410 people were killed by the floods, officials said.",
        "In {month} the floods killed about 400 people, the Red Cross said in a report.",
        {"August": "August", "July": "July"},
    ),
    "es": (
        "En Baviera, 1.200 personas murieron en las inundaciones, dijo el gobierno regional.",
        "En Baviera, 1.250 personas murieron en las inundaciones, según los socorristas.",
        "En Sajonia, 410 personas murieron en las inundaciones, dijeron las autoridades.",
        "En {month} murieron unas 400 personas en las inundaciones, según un informe de la "
        "Cruz Roja.",
        {"August": "agosto", "July": "julio"},
    ),
    "de": (
        "In Bayern kamen 1.200 Menschen bei den Überschwemmungen ums Leben, teilte die "
        "Regierung mit.",
        "In Bayern kamen 1.250 Menschen bei den Überschwemmungen ums Leben, sagten Helfer.",
        "In Sachsen kamen 410 Menschen bei den Überschwemmungen ums Leben, sagten die Behörden.",
        "Im {month} starben rund 400 Menschen bei den Überschwemmungen, heißt es in einem "
        "Bericht des Roten Kreuzes.",
        {"August": "August", "July": "Juli"},
    ),
    "fr": (
        "En Bavière, 1 200 personnes ont été tuées par les inondations, a indiqué le gouvernement.",
        "En Bavière, 1 250 personnes ont été tuées par les inondations, selon les secouristes.",
        "En Saxe, 410 personnes ont été tuées par les inondations, selon les autorités.",
        "En {month}, les inondations ont tué environ 400 personnes, selon un rapport de la "
        "Croix-Rouge.",
        {"August": "août", "July": "juillet"},
    ),
    "it": (
        "In Baviera 1.200 persone sono morte nelle alluvioni, ha detto il governo locale.",
        "In Baviera 1.250 persone sono morte nelle alluvioni, secondo i soccorritori.",
        "In Sassonia 410 persone sono morte nelle alluvioni, secondo le autorità.",
        "A {month} le alluvioni hanno ucciso circa 400 persone, secondo un rapporto della "
        "Croce Rossa.",
        {"August": "agosto", "July": "luglio"},
    ),
}

_DAYS = ("2024-08-14", "2024-08-14", "2024-08-03", "2024-09-20")


def _floods(language: str, month: str = "August") -> crosscheck.Report:
    *texts, unplaced, months = FLOODS[language]
    texts = [*texts, unplaced.format(month=months[month])]
    return crosscheck.report(
        [
            Article(id=f"{language}-{i}", text=t, language=language, published=day, story="s")
            for i, (t, day) in enumerate(zip(texts, _DAYS, strict=True))
        ]
    )


def _tolls(rep: crosscheck.Report) -> dict[str, crosscheck.Claim]:
    """The four tolls by the index of their article: 0, 1 Bavaria, 2 Saxony, 3 unplaced."""
    return {c.article.rsplit("-", 1)[1]: c for c in rep.claims if c.kind == "quantity" and c.low}


@pytest.mark.parametrize("language", sorted(FLOODS))
def test_a_month_figure_joins_the_group_of_the_close_figure_of_a_day_in_it(language: str) -> None:
    rep = _floods(language)
    tolls = _tolls(rep)
    unplaced, saxony, bavaria = tolls["3"], tolls["2"], tolls["0"]
    assert unplaced.place_id is None
    assert unplaced.as_of == "2024-08"
    assert (saxony.place_id, bavaria.place_id) == ("saxony", "bavaria")
    # Compatible with both regions' tolls; judged with Saxony's, the one it repeats.
    assert rep.explain(unplaced, bavaria).compared
    assert rep.explain(unplaced, saxony).same_group
    assert not rep.explain(unplaced, bavaria).same_group
    assert not rep.explain(unplaced, bavaria).conflict


@pytest.mark.parametrize("language", sorted(FLOODS))
def test_a_figure_of_another_month_gains_nothing_from_a_close_value(language: str) -> None:
    tolls = _tolls(_floods(language, month="July"))
    unplaced, saxony = tolls["3"], tolls["2"]
    assert unplaced.as_of == "2024-07"
    assert affinity(unplaced, saxony) == 0


def test_closeness_reads_the_figures_times() -> None:
    tolls = _tolls(_floods("en"))
    unplaced, saxony = tolls["3"], tolls["2"]
    assert affinity(unplaced, saxony) == affinity(saxony, unplaced) == 1.0
    # a year holds many figures of a rising toll: no evidence
    in_year = attrs.evolve(unplaced, as_of="2024")
    assert affinity(in_year, saxony) == 0
    # a figure with no time at all may be either's: half the weight
    undated = attrs.evolve(unplaced, as_of=None, published=None)
    assert affinity(undated, saxony) == affinity(saxony, undated) == 0.5
    # far apart in value: nothing, whatever the time
    assert affinity(undated, tolls["0"]) == 0


def test_an_undated_figure_joins_the_group_of_the_close_figure() -> None:
    articles = [
        Article(id="a", text=FLOODS["en"][0], language="en", published="2024-08-14", story="s"),
        Article(id="b", text=FLOODS["en"][1], language="en", published="2024-08-14", story="s"),
        Article(id="c", text=FLOODS["en"][2], language="en", published="2024-08-03", story="s"),
        Article(
            id="d",
            text="The floods killed about 400 people, the Red Cross said.",
            language="en",
            story="s",
        ),
    ]
    rep = crosscheck.report(articles)
    by_article = {c.article: c for c in rep.claims if c.kind == "quantity"}
    assert by_article["d"].as_of is None
    assert rep.explain(by_article["d"], by_article["c"]).same_group
    assert not rep.explain(by_article["d"], by_article["a"]).same_group
