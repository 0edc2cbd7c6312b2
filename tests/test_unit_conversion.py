"""One quantity in two units: "120 mph" and "205 km/h" are compared (concepts.toml base)."""

from __future__ import annotations

import crosscheck
from crosscheck import Article
from crosscheck.lang._data import _concept_data, base_unit, concept


def _report(*items: tuple[str, str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id=f"a{i}", text=t, language=lang, published=day, story="storm")
            for i, (lang, day, t) in enumerate(items)
        ]
    )


def test_every_base_is_a_known_concept_of_the_same_kind_and_dimension() -> None:
    concepts = _concept_data()[0]
    based = [c for c in concepts.values() if c.base is not None]
    assert len(based) >= 5
    for c in based:
        base = concept(c.base)
        assert base is not None, c.key
        assert base.base is None, c.key  # one step: a base has no base of its own
        assert (base.kind, base.dimension) == (c.kind, c.dimension), c.key
        assert c.factor > 0


def test_a_unit_without_base_is_its_own() -> None:
    assert base_unit("killed") == ("killed", 1.0)
    assert base_unit(None) == (None, 1.0)
    assert base_unit("miles_per_hour") == ("kilometres_per_hour", 1.609344)


def test_wind_speeds_in_two_units_of_one_day_conflict_softly() -> None:
    rep = _report(
        ("en", "2024-10-10", "Milton made landfall with sustained winds of 120 mph."),
        ("es", "2024-10-10", "Milton tocó tierra con vientos de 205 km/h."),
    )
    mph, kmh = sorted((c for c in rep.claims if c.kind == "quantity"), key=lambda c: c.article)
    why = rep.explain(mph, kmh)
    assert why.compared
    assert why.conflict
    (finding,) = [f for f in rep.findings if f.kind == "conflict"]
    assert finding.severity == "soft"  # 193 against 205 km/h: within the hedge gap


def test_one_speed_in_two_units_agrees() -> None:
    rep = _report(
        ("en", "2024-10-10", "Milton made landfall with sustained winds of 120 mph."),
        ("fr", "2024-10-10", "Milton a touché terre avec des vents de 193 km/h."),
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    assert rep.explain(a, b).same_group
    assert not any(f.kind == "conflict" for f in rep.findings)


def test_acres_and_hectares_of_one_fire_agree_and_show_in_the_common_unit() -> None:
    rep = _report(
        ("en", "2025-08-12", "The fire has burned 30,000 acres, officials said."),
        ("es", "2025-08-12", "El fuego ha calcinado 12.000 hectáreas, según los bomberos."),
        ("fr", "2025-08-12", "Le feu a brûlé 12 000 hectares, selon les pompiers."),
    )
    (finding,) = [f for f in rep.findings if len(f.claims) == 3]
    assert "conflict" not in finding.facets
    assert [len(a.claims) for a in finding.agreements] == [3]
    assert finding.unit == "hectares"
    assert round(float(finding.low or 0)) == 12_000  # the stated span, in hectares
    assert round(float(finding.high or 0)) == 12_141  # 30,000 acres


def test_a_figure_in_another_unit_names_its_unit_in_the_report() -> None:
    rep = _report(
        ("en", "2024-10-10", "Milton made landfall with sustained winds of 120 mph."),
        ("es", "2024-10-10", "Milton tocó tierra con vientos de 205 km/h."),
    )
    assert "120 miles per hour" in rep.render("text")


def test_an_open_figure_in_another_unit_keeps_its_open_end() -> None:
    # "up to 100 mph" has no lower end: converting it must not make NaN bounds.
    items = [
        ("en", "2024-10-09", "Winds of up to 100 mph were recorded."),
        ("es", "2024-10-09", "Se registraron vientos de 150 km/h."),
        ("fr", "2024-10-09", "Des vents de 155 km/h ont été enregistrés."),
    ]
    for order in (items, items[::-1]):
        rep = _report(*order)
        text = rep.to_json()
        assert "NaN" not in text
        assert "nan" not in rep.render("text")


def test_figures_in_two_units_are_no_misprints_of_each_other() -> None:
    rep = _report(
        ("en", "2025-08-12", "The fire has burned 12,300 acres, officials said."),
        ("es", "2025-08-13", "El fuego ha calcinado 13.200 hectáreas, según la Xunta."),
    )
    assert all("misprint" not in f.notes for f in rep.findings)


def test_filtering_by_a_unit_finds_findings_shown_in_its_base() -> None:
    rep = _report(
        ("en", "2024-10-10", "Milton made landfall with sustained winds of 120 mph."),
        ("es", "2024-10-10", "Milton tocó tierra con vientos de 205 km/h."),
        ("fr", "2024-10-10", "Milton a touché terre avec des vents de 205 km/h."),
    )
    by_mph = rep.filter(unit="miles_per_hour")
    assert [f.unit for f in by_mph.findings] == ["kilometres_per_hour"]


def test_the_affinity_of_a_repeated_figure_is_symmetric() -> None:
    from crosscheck.align._quantity import affinity

    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="Thousands of people were evacuated. More than 1,000 people were evacuated.",
                language="en",
                published="2025-01-01",
            )
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    assert affinity(a, b) == affinity(b, a)
