"""A timeline point names the sources of its value, not every source of its window."""

from __future__ import annotations

import crosscheck


def _report() -> crosscheck.Report:
    rows = [
        (
            "a1",
            "2025-03-01",
            "en",
            "100 people died in the floods in Valencia, the ministry said.",
        ),
        (
            "a2",
            "2025-03-02",
            "en",
            "The ministry said 150 people had died in the floods in Valencia.",
        ),
        (
            "a3",
            "2025-03-02",
            "fr",
            "Selon le ministère, 150 personnes sont mortes dans les crues à Valence.",
        ),
        (
            "a4",
            "2025-03-02",
            "es",
            "La policía cifra en 90 los muertos por las inundaciones en Valencia.",
        ),
    ]
    articles = [crosscheck.Article(id=i, text=t, language=lg, published=d) for i, d, lg, t in rows]
    return crosscheck.report(articles)


def test_the_point_value_is_given_by_its_leading_figures() -> None:
    report = _report()
    (finding,) = [f for f in report.findings if f.timeline]
    day = next(p for p in finding.timeline if p.as_of_start == "2025-03-02")
    assert set(day.leading) < set(day.claims)
    assert {report.claim(c).low for c in day.leading} == {150}
    assert all(s in day.sources for s in day.leading_sources)
    assert not any("polic" in s for s in day.leading_sources)


def test_the_words_name_the_leading_sources_and_count_the_rest() -> None:
    report = _report()
    (finding,) = [f for f in report.findings if f.timeline]
    text = finding.explanation
    step = text.split("changed over time: ", 1)[1].split(" → ")[1]
    assert "policía" not in step
    assert "1 other figure then" in step
