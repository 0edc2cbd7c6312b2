"""The newsbatch benchmark's diagnostic for a missed conflict: would one group show it?

``benchmarks/newsbatch.py --relations conflict`` asks, per missed gold
conflict, whether the judge finds it once its figures share a group; this
tells a partition miss from a frame or judgement miss. The articles are our
own (no newsbatch wording).
"""

from __future__ import annotations

import crosscheck
from crosscheck import Article

from ._scripts import benchmark_script


def _art(ident: str, text: str, language: str) -> Article:
    return Article(id=ident, text=text, language=language, published="2024-05-10", story="s")


def test_rivals_of_one_day_are_found_grouped_and_alone() -> None:
    nb = benchmark_script("newsbatch")
    rep = crosscheck.report(
        [
            _art("a", "The floods killed 120 people, the ministry said.", "en"),
            _art("b", "Les inondations ont fait 45 morts, selon la Croix-Rouge.", "fr"),
        ]
    )
    ids = [c.id for c in rep.claims if c.kind == "quantity" and c.unit == "killed"]
    assert len(ids) == 2
    host, alone = nb.judged_together(rep, ids)
    assert host in ids
    assert alone


def test_figures_that_agree_are_not_found_as_a_conflict() -> None:
    nb = benchmark_script("newsbatch")
    rep = crosscheck.report(
        [
            _art("a", "The floods killed 120 people, the ministry said.", "en"),
            _art("b", "Las inundaciones dejaron 120 muertos, según el ministerio.", "es"),
        ]
    )
    ids = [c.id for c in rep.claims if c.kind == "quantity" and c.unit == "killed"]
    assert len(ids) == 2
    assert nb.judged_together(rep, ids) == (None, False)


def test_the_diagnostic_reads_the_report_and_does_not_change_it() -> None:
    """Forcing figures together is a question asked of the judge, not a new alignment."""
    nb = benchmark_script("newsbatch")
    rep = crosscheck.report(
        [
            _art("a", "The floods killed 5,000 people in Derna, the mayor said.", "en"),
            _art(
                "b",
                "Bei den Überschwemmungen in Libyen kamen 3.900 Menschen ums Leben,"
                " teilte das Ministerium mit.",
                "de",
            ),
        ]
    )
    ids = [c.id for c in rep.claims if c.kind == "quantity" and c.unit == "killed"]
    assert len(ids) == 2
    before = [f.id for f in rep.findings]
    # A city's toll and its country's are never compared (part of): the forced
    # group is no clique, so its answer is read beside the pair's explain line.
    assert not rep.explain(*ids).compared
    first = nb.judged_together(rep, ids)
    assert nb.judged_together(rep, ids[::-1])[1] == first[1]
    assert [f.id for f in rep.findings] == before


def test_partition_pairs_count_compared_pairs_by_gold_event() -> None:
    """One quantity's figures judged in one group, two quantities' apart."""
    nb = benchmark_script("newsbatch")
    rep = crosscheck.report(
        [
            _art("a", "In Bavaria, 1,200 people were killed by the floods, officials said.", "en"),
            _art(
                "b",
                "En Baviera, 1.250 personas murieron en las inundaciones, dijo el gobierno.",
                "es",
            ),
            _art(
                "c",
                "En Saxe, 410 personnes ont été tuées par les inondations, selon la police.",
                "fr",
            ),
            _art("d", "The floods killed about 400 people, the Red Cross said on Friday.", "en"),
        ]
    )
    tolls = {c.article: c.id for c in rep.claims if c.kind == "quantity" and c.unit == "killed"}
    assert sorted(tolls) == ["a", "b", "c", "d"]
    event_of = {
        tolls["a"]: "bavaria_killed",
        tolls["b"]: "bavaria_killed",
        tolls["c"]: "saxony_killed",
        tolls["d"]: "saxony_killed",
    }
    counts = nb.partition_pairs(rep, event_of)
    # Bavaria's two tolls, and the unplaced 400 with Saxony's 410 of the same day;
    # the unplaced toll is compared with Bavaria's too, and judged apart from them.
    # Bavaria's and Saxony's tolls are never compared (two places): no pair.
    assert counts == {"same_together": 2, "same_apart": 0, "other_together": 0, "other_apart": 2}
    # Figures matched to no gold figure are left out.
    assert sum(nb.partition_pairs(rep, {tolls["a"]: "x"}).values()) == 0
