"""Stories, explain, sources and the JSON shape of one finding per quantity."""

from __future__ import annotations

import json

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.align import Edge


def _art(ident: str, text: str, *, story: str | None = None, day: str = "2024-05-10") -> Article:
    return Article(id=ident, text=text, language="en", published=day, story=story)


def test_claims_of_two_given_stories_are_never_compared() -> None:
    rep = crosscheck.report(
        [
            _art("a", "The ministry said 4,100 people were killed by the cyclone.", story="s1"),
            _art("b", "The Red Cross said 6,000 people were killed by the flood.", story="s2"),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    why = rep.explain(a, b)
    assert not why.compared
    assert why.reason == "different_story"
    assert "different stories" in str(why)
    assert not rep.conflicts
    assert {s.id for s in rep.stories} == {"s1", "s2"}


def test_explain_names_the_edge_reasons_of_a_conflict() -> None:
    rep = crosscheck.report(
        [
            _art("a", "According to the ministry, 4,100 people were killed by the cyclone."),
            _art("b", "The Red Cross said 6,000 people were killed by the cyclone."),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    why = rep.explain(a.id, b.id)
    assert why.compared
    assert why.conflict
    assert "same_unit" in why.reasons
    (conflict,) = rep.conflicts
    assert len(conflict.sides) == 2
    assert conflict.severity == "hard"
    edge = rep.graph.edges[a.id, b.id]["edge"]
    assert isinstance(edge, Edge)


def test_sources_count_outlets_and_consensus() -> None:
    said = "Floods have displaced {n} people in Sarn province, the UN refugee agency said."
    rep = crosscheck.report(
        [
            _art("w1", said.format(n="2,300")),
            _art("w2", "Floods in Sarn displaced 2,300 people, the UN refugee agency said."),
            _art("w3", "Local officials said floods have displaced 900 people in Sarn province."),
            _art("w4", "Floods have displaced 900 people in Sarn province, a local official said."),
        ]
    )
    agency = next(r for r in rep.sources() if any("refugee" in n for n in r.names))
    assert agency.outlets == 2
    assert len(agency.claims) == 2
    (conflict,) = rep.conflicts
    side = next(s for s in conflict.sides if set(agency.claims) <= set(s.claims))
    assert side.origins == 1  # two outlets repeating one agency
    assert conflict.id in agency.conflicts


def test_json_schema_2_has_stories_sides_and_refusals() -> None:
    rep = crosscheck.report(
        [
            _art("a", "According to the ministry, 4,100 people were killed by the cyclone."),
            _art("b", "The Red Cross said 6,000 people were killed by the cyclone."),
            _art("c", "Officials said 300 people were missing after the cyclone."),
        ]
    )
    data = json.loads(rep.to_json())
    assert data["schema"] == "crosscheck.report/2"
    assert [s["articles"] for s in data["stories"]] == [["a", "b", "c"]]
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert {len(s["claims"]) for s in conflict["sides"]} == {1}
    assert conflict["facets"][0] == "conflict"
    for name in ("claims", "articles", "low", "high", "explanation", "figures"):
        assert name in conflict
    assert data["candidate_pairs"] >= 1
    assert all(isinstance(e["reasons"], list) for e in data["alignments"])


def test_two_distances_need_evidence_to_be_one_quantity() -> None:
    rep = crosscheck.report(
        [
            _art("a", "The quake's focus lay at a depth of 15 kilometres, seismologists said."),
            _art("b", "Tarven is a village some 70 kilometres south of the capital, they said."),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity" and c.unit == "kilometres")
    why = rep.explain(a, b)
    assert not why.compared
    assert why.reason == "no_evidence"
    assert not rep.conflicts


def test_a_magnitude_ignores_places_and_days() -> None:
    rep = crosscheck.report(
        [
            _art("a", "The earthquake in Al Haouz had a magnitude of 6.8, the USGS said."),
            _art(
                "b",
                "In Marrakech the earthquake of magnitude 7 was felt, the institute said.",
                day="2024-05-12",
            ),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity" and c.unit == "magnitude")
    assert rep.explain(a, b).conflict


def test_a_casualty_count_is_not_set_apart_by_the_verb_of_another_figure() -> None:
    # "killed 1,200 and injured 2,400" gives the injured figure the event of
    # its clause's other verb; the unit (injured) already says what it counts.
    rep = crosscheck.report(
        [
            _art("a", "The earthquake killed 1,200 people and injured 2,400, the ministry said."),
            _art("b", "The Red Crescent said 1,450 people died and 3,100 were injured."),
        ]
    )
    injured = [c for c in rep.claims if c.unit == "injured"]
    assert len(injured) == 2
    assert injured[0].event != injured[1].event
    assert rep.explain(*injured).conflict


def test_affinity_is_symmetric_and_reads_place_and_value_of_one_day() -> None:
    from crosscheck.align._quantity import affinity

    rep = crosscheck.report(
        [
            _art("a", "In Bavaria, 452 people were killed by the floods.", story="s"),
            _art("b", "The interior ministry said the floods had left 452 victims.", story="s"),
            _art("c", "In Bavaria, 520 people were killed by the floods.", story="s"),
            _art("d", "The floods left 452 victims, rescuers said.", story="s", day="2024-05-12"),
        ]
    )
    a, b, c, d = sorted((x for x in rep.claims if x.kind == "quantity"), key=lambda x: x.id)
    for x, y in ((a, b), (a, c), (b, c), (b, d)):
        assert affinity(x, y) == affinity(y, x)
    assert affinity(a, b) > 0  # the same figure on the same day
    assert affinity(a, c) > 0  # the same place
    assert affinity(b, d) == 0  # the same figure, two days apart: no evidence
    assert affinity(b, c) == 0


def _derna_libya_and_unplaced() -> list[Article]:
    return [
        _art("a", "The floods killed 5,000 people in Derna, the city's mayor said.", story="s"),
        _art("b", "The floods killed 3,900 people in Libya, the ministry said.", story="s"),
        _art("c", "The floods killed 4,000 people, the Red Crescent said.", story="s"),
    ]


def test_explain_names_the_member_that_keeps_two_compared_claims_apart() -> None:
    """A figure naming no place fits Derna's toll and Libya's; it is judged with one of them."""
    rep = crosscheck.report(_derna_libya_and_unplaced())
    by_article = {c.article: c for c in rep.claims if c.kind == "quantity"}
    derna, libya, unplaced = by_article["a"], by_article["b"], by_article["c"]
    assert not rep.explain(derna, libya).compared  # Derna lies in Libya: part of, never rivals
    # The unplaced figure is compared with both, but judged with one only.
    with_derna, with_libya = rep.explain(unplaced, derna), rep.explain(unplaced, libya)
    assert with_derna.compared
    assert with_libya.compared
    apart = with_libya if with_derna.same_group else with_derna
    assert not apart.same_group
    assert apart.blocked_by is not None
    assert apart.blocked_by.id in {derna.id, libya.id}
    assert apart.blocked_reason == "place_part_of"
    assert "cannot be compared with" in str(apart)
    assert "part of" in str(apart)


def test_explain_says_when_a_claim_fits_the_other_group_and_affinity_chose() -> None:
    """The unplaced figure fits Libya's group and Derna's: no refusal kept it from either.

    The blocker named (the other city's or country's toll) is one side of
    the story; the other is that the unplaced figure would fit every member
    of the group it is not in, so the partition chose by affinity.
    """
    rep = crosscheck.report(_derna_libya_and_unplaced())
    by_article = {c.article: c for c in rep.claims if c.kind == "quantity"}
    unplaced = by_article["c"]
    apart = next(
        w
        for w in (rep.explain(unplaced, by_article["a"]), rep.explain(unplaced, by_article["b"]))
        if not w.same_group
    )
    assert apart.blocked_by is not None
    assert apart.fits is not None
    assert apart.fits.id == unplaced.id
    assert f"yet {unplaced.id} fits every member of" in str(apart)
    # A report read back knows no groups: it claims no fit either.
    back = crosscheck.Report.from_json(rep.to_json())
    for other in ("a", "b"):
        assert back.explain(unplaced.id, by_article[other].id).fits is None


def test_explain_on_a_report_read_back_does_not_claim_to_know_the_groups() -> None:
    rep = crosscheck.report(_derna_libya_and_unplaced())
    back = crosscheck.Report.from_json(rep.to_json())
    by_article = {c.article: c for c in back.claims if c.kind == "quantity"}
    whys = [back.explain(by_article["c"], by_article[k]) for k in ("a", "b")]
    apart = [w for w in whys if w.compared and not w.same_group]
    assert apart
    assert not apart[0].groups_known
    assert apart[0].blocked_by is None
    assert "not every member of one fits the other" in str(apart[0])


@pytest.mark.parametrize(
    ("language", "headline", "body"),
    [
        (
            "en",
            "Floods: 9,000 dead.",
            "Across Libya 9,000 people were killed, the Red Crescent said.",
        ),
        (
            "es",
            "Inundaciones: 9.000 muertos.",
            "En Libia murieron 9.000 personas, según la Media Luna Roja.",
        ),
        (
            "de",
            "Unwetter: 9.000 Tote.",
            "In Libyen starben 9.000 Menschen, teilte der Rote Halbmond mit.",
        ),
    ],
)
def test_a_figure_an_article_repeats_joins_the_group_of_its_repetition(
    language: str, headline: str, body: str
) -> None:
    # The headline names no place, so it fits the city's group and the
    # country's; the body gives the same figure in the country: one quantity.
    def art(ident: str, text: str, lang: str = "en") -> Article:
        return Article(id=ident, text=text, language=lang, published="2024-05-10", story="s")

    rep = crosscheck.report(
        [
            art("city1", "The floods killed 9,100 people in Derna, the mayor said."),
            art("city2", "In Derna 9,050 people were killed, rescuers said."),
            art("country", "The floods killed 6,000 people in Libya, the ministry said."),
            art("x", f"{headline}\n\n{body}", language),
        ]
    )
    mine = sorted((c for c in rep.claims if c.article == "x" and c.unit == "killed"), key=str)
    assert len(mine) == 2
    assert mine[0].place_id is None or mine[1].place_id is None
    assert rep.explain(mine[0], mine[1]).same_group
    country = next(c for c in rep.claims if c.article == "country")
    assert rep.explain(country, mine[0]).conflict
