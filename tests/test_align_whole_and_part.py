"""An article that gives an unplaced figure and a place's figure of one time tells a whole
and its part: the partition keeps the whole with the figures of the whole."""

from __future__ import annotations

import attrs
import pytest

import crosscheck
from crosscheck.align._quantity import affinity
from crosscheck.claims import Claim

from ._articles import opposed, story_report

# The whole and its part in one article, in several languages: the unplaced toll is the
# country's (5,300), the placed one Derna's (5,100).
WHOLE_AND_PART = {
    "it": "Il bilancio delle vittime è salito a 5.300 morti. A Derna sono morte 5.100 persone.",
    "en": "The death toll has risen to 5,300. In Derna, 5,100 people died.",
    "fr": "Le bilan s'élève désormais à 5 300 morts. À Derna, 5 100 personnes ont péri.",
    "de": "Die Zahl der Toten ist auf 5300 gestiegen. In Derna starben 5100 Menschen.",
    "ru": "Число погибших возросло до 5300 человек. В Дерне погибли 5100 человек.",
    "ar": "ارتفعت حصيلة القتلى إلى 5300 قتيل. وفي درنة لقي 5100 شخص حتفهم.",
}

# Other outlets of the same day: the country's toll twice, Derna's twice.
OTHERS = [
    ("2023-09-13", "en", "At least 5,400 people died in Libya, the government said."),
    ("2023-09-13", "es", "En Libia murieron 5.450 personas, según el Gobierno."),
    ("2023-09-13", "en", "In Derna, 5,100 people were killed, the mayor said."),
    ("2023-09-13", "pt", "Em Derna morreram 5.100 pessoas, segundo as autoridades locais."),
]


def _killed(report: crosscheck.Report, article: str) -> list[Claim]:
    return sorted(
        (c for c in report.claims if c.article == article and c.unit == "killed"),
        key=lambda c: c.start,
    )


@pytest.mark.parametrize("language", sorted(WHOLE_AND_PART))
def test_an_unplaced_whole_joins_the_countrys_figures_not_its_own_articles_part(
    language: str,
) -> None:
    # Derna's three 5,100s lie closer to 5,300 than Libya's 5,400 and 5,450 do; the
    # article itself sets 5,300 apart from Derna's figure by naming Derna for it alone.
    rep = story_report([("2023-09-13", language, WHOLE_AND_PART[language]), *OTHERS], "s")
    whole, part = _killed(rep, "a0")
    assert whole.place_id is None
    assert part.place_id == "derna"
    country = _killed(rep, "a1")[0]
    city = _killed(rep, "a3")[0]
    assert rep.explain(whole, country).same_group
    assert rep.explain(part, city).same_group
    assert not rep.explain(whole, part).same_group
    # the article's own two figures are never set against each other
    assert frozenset((whole.text, part.text)) not in opposed(rep)
    # and a city's toll is never set against the country's
    assert not rep.explain(city, country).compared


def test_a_whole_and_part_in_spanish_stay_with_the_national_and_regional_figures() -> None:
    rep = story_report(
        [
            (
                "2024-10-30",
                "es",
                "El temporal deja un balance provisional de 63 fallecidos. "
                "En la Comunidad Valenciana han muerto 62 personas.",
            ),
            ("2024-10-30", "en", "At least 64 people were killed in Spain by the floods."),
            ("2024-10-30", "pt", "Os números oficiais apontam para 70 mortos em Espanha."),
            ("2024-10-30", "de", "In der Region Valencia starben 62 Menschen, sagte die Region."),
            ("2024-10-30", "fr", "Dans la région de Valence, 62 personnes sont mortes."),
        ],
        "s",
    )
    whole, part = _killed(rep, "a0")
    assert rep.explain(whole, _killed(rep, "a1")[0]).same_group
    assert rep.explain(whole, _killed(rep, "a2")[0]).same_group
    assert rep.explain(part, _killed(rep, "a3")[0]).same_group
    assert not rep.explain(whole, part).same_group


def test_two_sources_in_one_article_and_one_figure_told_twice_are_not_a_whole_and_part() -> None:
    # Credited to two sources, an unplaced figure and a place's may be rivals; the same
    # value twice (a headline and its body) is one figure: neither repels the other.
    rivals = story_report(
        [
            (
                "2024-10-30",
                "en",
                "In the Valencia region 62 people died, the regional government said. "
                "The interior ministry said 70 people died.",
            )
        ],
        "s",
    )
    regional, ministry = _killed(rivals, "a0")
    assert regional.place_id == "valencian_community"
    assert ministry.place_id is None
    assert affinity(regional, ministry) >= 0
    twice = story_report(
        [("2024-10-30", "en", "Floods: 62 dead.\n\nIn the Valencia region 62 people died.")],
        "s",
    )
    headline, body = _killed(twice, "a0")
    assert affinity(headline, body) > 0


def test_whole_and_part_reads_one_time_only() -> None:
    # The same two figures in two articles, or as of two days, are no whole and part.
    one = story_report(
        [("2023-09-13", "en", WHOLE_AND_PART["en"])],
        "s",
    )
    whole, part = _killed(one, "a0")
    assert affinity(whole, part) < 0
    assert affinity(whole, part) == affinity(part, whole)
    assert affinity(attrs.evolve(whole, article="b0"), part) >= 0
    assert affinity(attrs.evolve(whole, as_of="2023-09-14"), part) >= 0


def test_two_sides_stay_apart_and_a_figure_naming_no_side_joins_the_close_one() -> None:
    # Whose wounded: Ukraine's two figures and Russia's three never share a group; a figure
    # naming no side fits both, and joins the side whose figures of its day it is close to,
    # not the larger group.
    rep = story_report(
        [
            (
                "2025-02-10",
                "en",
                "About 390,000 Ukrainian soldiers have been wounded, Zelensky said.",
            ),
            ("2025-02-10", "ru", "Около 380 тысяч украинских военных получили ранения."),
            ("2025-02-10", "en", "Around 250,000 Russian soldiers have been wounded, London said."),
            ("2025-02-10", "de", "Rund 260.000 russische Soldaten wurden verwundet."),
            ("2025-02-10", "fr", "Quelque 240 000 soldats russes ont été blessés, selon Londres."),
            ("2025-02-10", "en", "The president said about 385,000 had been wounded."),
        ],
        "s",
    )
    wounded = {c.article: c for c in rep.claims if c.unit == "wounded"}
    assert wounded["a0"].subject == wounded["a1"].subject == "ukraine"
    assert {wounded[a].subject for a in ("a2", "a3", "a4")} == {"russia"}
    assert wounded["a5"].subject is None
    assert not rep.explain(wounded["a0"], wounded["a2"]).compared
    assert rep.explain(wounded["a5"], wounded["a0"]).same_group
    assert not rep.explain(wounded["a5"], wounded["a3"]).same_group
