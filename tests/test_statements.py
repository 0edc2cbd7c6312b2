"""A figure's statement: the whole a part belongs to, and the briefing its companions name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck import Article
from crosscheck.claims import extract_claims


def _quantities(text: str, language: str, published: str = "2024-05-10") -> list[crosscheck.Claim]:
    article = Article(id="a", text=text, language=language, published=published)
    return [c for c in extract_claims(article) if c.kind == "quantity"]


def _by_text(claims: list[crosscheck.Claim], surface: str) -> crosscheck.Claim:
    return next(c for c in claims if surface in c.text)


_PARTS = [
    ("en", "The ministry said 3,117 people were injured, of whom 1,260 seriously."),
    ("fr", "Le ministère a fait état de 3 117 blessés, dont 1 260 grièvement."),
    ("es", "El ministerio contabilizó 3.117 heridos, de los cuales 1.260 graves."),
    ("it", "Il ministero ha contato 3.117 feriti, di cui 1.260 gravi."),
    ("de", "Das Ministerium zählte 3.117 Verletzte, 1.260 davon schwer."),
    ("ro", "Ministerul a anunțat 3.117 răniți, dintre care 1.260 grav."),
]


@pytest.mark.parametrize(("language", "text"), _PARTS)
def test_a_partitive_makes_a_figure_part_of_the_one_before(language: str, text: str) -> None:
    whole, part = _quantities(text, language)
    assert part.part_of == whole.id
    assert whole.part_of is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a list of two counts, no partitive: two figures, neither part of the other
        ("en", "The ministry said 3,117 people were injured and 1,260 were killed."),
        # a part that names a place of its own is that place's figure
        ("en", "Officials counted 219 dead in Spain, 211 of them in Valencia."),
        # a "part" larger than the whole is no part
        ("en", "Officials counted 219 dead, including 311 in the region."),
    ],
)
def test_no_part_without_a_partitive_or_with_a_frame_of_its_own(language: str, text: str) -> None:
    assert all(c.part_of is None for c in _quantities(text, language))


def test_a_part_is_not_compared_with_whole_figures() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="The ministry said 3,117 people were injured, of whom 1,260 seriously.",
                language="en",
                published="2024-05-10",
            ),
            Article(
                id="b",
                text="The ministry said 3,117 people were injured in the quake.",
                language="en",
                published="2024-05-10",
            ),
        ]
    )
    part = next(c for c in rep.claims if c.part_of)
    whole_b = next(c for c in rep.claims if c.article == "b" and c.unit == "injured")
    assert "part" in str(rep.explain(part.id, whole_b.id))
    assert not rep.conflicts


_SUMS = [
    ("en", "The agency counted 4,100 dead in Derna and 230 others elsewhere, 4,330 in all."),
    ("fr", "L'agence a recensé 4 100 morts à Derna et 230 autres ailleurs, soit 4 330 morts."),
    ("es", "La agencia contó 4.100 muertos en Derna y otros 230 en otros lugares, 4.330 en total."),
    ("it", "L'agenzia ha contato 4.100 morti a Derna e altri 230 altrove, per un totale di 4.330."),
    ("de", "Die Behörde zählte 4.100 Tote in Derna und 230 weitere anderswo, insgesamt 4.330."),
]


@pytest.mark.parametrize(("language", "text"), _SUMS)
def test_a_total_beside_its_parts_covers_more_than_the_named_part(language: str, text: str) -> None:
    claims = [c for c in _quantities(text, language) if c.unit == "killed"]
    named, other, total = claims
    assert named.place_id == "derna"
    assert other.part_of == total.id  # "230 elsewhere" counts part of the total
    assert total.place_id == "libya"  # Derna's country: the whole covers more than Derna
    assert total.part_of is None
    assert named.part_of is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the figures do not add up: a list, no total
        ("en", "The agency counted 4,100 dead in Derna and 230 others elsewhere, 4,500 in all."),
        # a single figure before it is a rival reading, not its parts
        ("en", "The agency first counted 4,100 dead; the new toll is 4,100."),
        # hedged figures add up to nothing exact
        ("en", "About 4,100 died in Derna and about 230 elsewhere, some 4,330 in all."),
    ],
)
def test_no_total_without_an_exact_sum_of_two_figures(language: str, text: str) -> None:
    claims = _quantities(text, language)
    assert all(c.part_of is None for c in claims)
    assert all(c.place_id in (None, "derna") for c in claims)


def test_a_total_is_not_read_as_a_rival_of_its_named_part() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="The agency counted 4,100 dead in Derna and 230 others elsewhere, "
                "4,330 in all.",
                language="en",
                published="2024-05-10",
            ),
            Article(
                id="b",
                text="Officials said at least 4,100 people died in Derna.",
                language="en",
                published="2024-05-10",
            ),
        ]
    )
    total = next(c for c in rep.claims if c.low == 4330)
    derna_b = next(c for c in rep.claims if c.article == "b" and c.unit == "killed")
    assert "part of" in str(rep.explain(total.id, derna_b.id))
    assert not any(total.id in f.claim_ids and derna_b.id in f.claim_ids for f in rep.findings)


def test_companions_are_the_precise_tolls_of_the_same_day() -> None:
    claims = _quantities(
        "The quake killed 2,012 people and injured 2,059, the ministry said on Sunday.", "en"
    )
    injured = _by_text(claims, "2,059")
    assert injured.reported_with == ("killed=2012",)
    assert _by_text(claims, "2,012").reported_with == ("injured=2059",)


@pytest.mark.parametrize(
    "text",
    [
        # a round figure is repeated for days: it names no briefing
        "The quake killed 2,000 people and injured 2,059, the ministry said.",
        # the old and the new toll: which one the injured figure goes with is unknown
        "The toll rose from 1,037 to 2,012 dead; 2,059 were injured, the ministry said.",
    ],
)
def test_no_companion_from_a_round_or_an_ambiguous_toll(text: str) -> None:
    injured = _by_text(_quantities(text, "en"), "2,059")
    assert not any(key.startswith("killed=") for key in injured.reported_with)


def _opposed(rep: crosscheck.Report, a: str, b: str) -> bool:
    ca = next(c for c in rep.claims if a in c.text)
    cb = next(c for c in rep.claims if b in c.text)
    return any(
        sa.window == sb.window and ca.id in sa.claims and cb.id in sb.claims
        for f in rep.conflicts
        for sa in f.sides
        for sb in f.sides
        if sa is not sb
    )


def _briefing_batch(toll_a: str, toll_b: str) -> list[Article]:
    # One ministry's injured figure through a day rises (a running count); two
    # reports that give the same precise death toll beside it relay one briefing.
    return [
        Article(
            id=f"a{i}",
            text=f"The Interior Ministry said {toll} people died and {injured} were injured.",
            language="en",
            published="2024-05-10",
            story="quake",
        )
        for i, (toll, injured) in enumerate(((toll_a, "1,024"), (toll_b, "1,377")))
    ]


def test_two_reports_of_one_briefing_conflict_even_while_the_count_runs() -> None:
    rep = crosscheck.report(_briefing_batch("1,037", "1,037"))
    assert _opposed(rep, "1,024", "1,377")
    # without the shared toll, one source's figures of one day may be its updates
    apart = crosscheck.report(_briefing_batch("1,037", "1,301"))
    assert not _opposed(apart, "1,024", "1,377")


@pytest.mark.parametrize(
    ("language", "rise", "total"),
    [
        ("en", "The death toll rose by 740 within a day.", "The quake has killed 2,862 people."),
        ("es", "El balance de muertos aumentó en 740.", "El sismo ha matado a 2.862 personas."),
        ("de", "Die Zahl der Toten ist um 740 gestiegen.", "Das Beben hat 2.862 Menschen getötet."),
    ],
)
def test_a_change_amount_is_never_compared_with_the_count(
    language: str, rise: str, total: str
) -> None:
    rep = crosscheck.report(
        [
            Article(id="a", text=rise, language=language, published="2024-05-10"),
            Article(id="b", text=total, language=language, published="2024-05-10"),
        ]
    )
    change = next(c for c in rep.claims if "740" in c.text)
    count = next(c for c in rep.claims if "862" in c.text)
    assert change.change == "up"
    assert "increment" in str(rep.explain(change.id, count.id))
    assert not rep.conflicts


def test_an_open_figure_bridging_two_sides_still_opposes_a_lower_one() -> None:
    day = "2024-05-10"
    rep = crosscheck.report(
        [
            Article(id=f"a{i}", text=text, language="en", published=day, story="flood")
            for i, text in enumerate(
                (
                    "Officials said 3,840 people died in the flood.",
                    "Rescuers said 5,300 people died in the flood.",
                    "Doctors said 5,900 people died in the flood.",
                    "The minister said more than 5,300 people died in the flood.",
                )
            )
        ]
    )
    assert _opposed(rep, "more than 5,300", "3,840")
    assert not _opposed(rep, "more than 5,300", "5,900")
    assert not _opposed(rep, "5,900", "more than 5,300")


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_PARTS),
    st.integers(min_value=1_001, max_value=9_999),
    st.integers(min_value=1, max_value=9_999),
)
def test_a_part_is_never_larger_than_its_whole(
    case: tuple[str, str], whole: int, part: int
) -> None:
    language, text = case
    text = text.replace("3.117", "{w}").replace("3,117", "{w}").replace("3 117", "{w}")
    text = text.replace("1.260", "{p}").replace("1,260", "{p}").replace("1 260", "{p}")
    sep = {"en": ","}.get(language, "." if language != "fr" else " ")
    fmt = lambda n: f"{n:,}".replace(",", sep)  # noqa: E731
    claims = _quantities(text.format(w=fmt(whole), p=fmt(part)), language)
    by_id = {c.id: c for c in claims}
    for claim in claims:
        if claim.part_of is not None:
            owner = by_id[claim.part_of]
            assert owner.part_of is None
            assert owner.unit == claim.unit
            assert owner.start < claim.start
            assert owner.low is not None
            assert claim.low is not None
            assert float(owner.low) >= float(claim.low)
    if part <= whole and len(claims) == 2:
        assert claims[1].part_of == claims[0].id


_ELLIPSES = [
    ("en", "The estimate is 180,000 to 240,000 casualties. Its midpoint is 210,000.", "210,000"),
    (
        "de",
        "Die Schätzung: 180.000 bis 240.000 Verwundete. Der Mittelwert liegt bei 210.000.",
        "210.000",
    ),
    (
        "fr",
        "L'estimation va de 180 000 à 240 000 blessés. La valeur médiane est de 210 000.",
        "210 000",
    ),
    (
        "es",
        "La estimación va de 180.000 a 240.000 heridos. El valor medio es de 210.000.",
        "210.000",
    ),
    # a span of time between names no other count
    (
        "en",
        "Losses have passed 640,000 troops; in about eight months they will stand at 900,000.",
        "900,000",
    ),
    (
        "uk",
        "Втрати перевищують 640 тисяч осіб, а за вісім місяців можуть досягти 900 тисяч.",
        "900 тисяч",
    ),
]


@pytest.mark.parametrize(("language", "text", "surface"), _ELLIPSES)
def test_a_bare_figure_counts_what_the_figure_before_it_counted(
    language: str, text: str, surface: str
) -> None:
    claims = _quantities(text, language)
    counted = next(c for c in claims if c.unit is not None and c.text != surface)
    bare = next(c for c in claims if c.text.endswith(surface))
    assert bare.unit == counted.unit


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # another figure follows in its sentence: "112" is a phone number, not a count
        ("es", "Hubo 2.300 desaparecidos. Las llamadas al 112 sumaban 2.500 avisos."),
        # too far from the counted figure to stand for it
        ("en", "The storm killed 2,300 people. The dam held 18,000,000 cubic metres."),
        # a year is no count
        ("en", "The storm killed 2,300 people. The last such flood was in 1998."),
        # another paragraph
        ("en", "The storm killed 2,300 people.\n\nThe convoy reached 2,100 when it stopped."),
    ],
)
def test_no_unit_carried_to_a_figure_that_is_no_count_of_them(language: str, text: str) -> None:
    claims = _quantities(text, language)
    first = claims[0]
    assert all(c.unit != first.unit for c in claims[1:] if c.text[:2] != first.text[:2])


_THRESHOLDS = [
    ("es", "Se registraron 40 réplicas de magnitud superior a 4.", "Hubo 300 réplicas."),
    ("en", "They recorded 40 aftershocks of magnitude above 4.", "There were 300 aftershocks."),
    ("de", "Es gab 40 Nachbeben der Stärke über 4.", "Es gab 300 Nachbeben."),
    ("fr", "On a enregistré 40 répliques de magnitude supérieure à 4.", "Il y a eu 300 répliques."),
]


@pytest.mark.parametrize(("language", "subset", "whole"), _THRESHOLDS)
def test_a_count_above_a_threshold_is_not_compared_with_the_count_of_all(
    language: str, subset: str, whole: str
) -> None:
    rep = crosscheck.report(
        [
            Article(id="a", text=subset, language=language, published="2024-05-10"),
            Article(id="b", text=whole, language=language, published="2024-05-10"),
        ]
    )
    counts = {c.article: c for c in rep.claims if c.unit == "aftershocks"}
    assert any(s.startswith("threshold:magnitude>") for s in counts["a"].scope)
    why = rep.explain(counts["a"].id, counts["b"].id)
    assert "threshold" in str(why)
    assert not rep.conflicts
    bound = next(c for c in rep.claims if c.unit == "magnitude")
    assert "threshold:bound" in bound.scope  # the bound is no measured magnitude


def test_counts_above_one_threshold_are_compared() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                text="Seismologists recorded 40 aftershocks of magnitude above 4.",
                language="en",
                published="2024-05-10",
            ),
            Article(
                id="b",
                text="The institute counted 90 aftershocks of magnitude over 4.",
                language="en",
                published="2024-05-10",
            ),
        ]
    )
    assert len(rep.conflicts) == 1


_PLACED_PARTS = [
    ("en", "Officials have registered 219 deaths, 211 of them in Valencia alone."),
    ("de", "Offiziell gezählt sind bisher 219 Tote, 211 davon allein in Valencia."),
    ("fr", "Les autorités ont recensé 219 morts, dont 211 dans la seule région de Valence."),
    ("es", "Las autoridades contabilizan 219 fallecidos, 211 de ellos solo en Valencia."),
    ("it", "Le autorità contano 219 morti, di cui 211 nella sola Valencia."),
]


@pytest.mark.parametrize(("language", "text"), _PLACED_PARTS)
def test_a_part_that_names_its_place_leaves_the_whole_the_country(language: str, text: str) -> None:
    whole, part = [c for c in _quantities(text, language) if c.unit == "killed"]
    assert part.place_id == "valencian_community"
    assert part.part_of is None  # a quantity of its own: Valencia's toll
    assert whole.place_id == "spain"  # not Valencia's: it holds more than the part


def test_a_total_whose_part_lies_in_an_unknown_place_stays_unplaced() -> None:
    whole, part = [
        c
        for c in _quantities("Officials counted 95 deaths, 62 of them in Paiporta.", "en")
        if c.unit == "killed"
    ]
    assert part.place_id == "~paiporta"
    assert whole.place_id is None  # the data cannot tell what holds Paiporta


@pytest.mark.parametrize(
    ("language", "whole", "group"),
    [
        ("en", "Rescuers counted 13 dead in the town, including four children.", "Four died."),
        (
            "it",
            "I soccorritori contano 13 morti in paese, compresi quattro bambini.",
            "Sono morte quattro persone.",
        ),
        (
            "es",
            "Los equipos contaron 13 muertos en el pueblo, entre ellos cuatro niños.",
            "Murieron cuatro personas.",
        ),
        (
            "fr",
            "Les secours comptent 13 morts dans la ville, dont quatre enfants.",
            "Quatre personnes sont mortes.",
        ),
        (
            "de",
            "Die Retter zählten 13 Tote im Ort, darunter vier Kinder.",
            "Vier Menschen starben.",
        ),
    ],
)
def test_a_group_figure_is_not_a_rival_of_everyones(language: str, whole: str, group: str) -> None:
    rep = crosscheck.report(
        [
            crosscheck.Article(id="a", text=whole, language=language, published="2024-05-10"),
            crosscheck.Article(id="b", text=group, language=language, published="2024-05-10"),
        ]
    )
    children = next(c for c in rep.claims if c.subject == "children")
    everyone = next(c for c in rep.claims if c.article == "b" and c.kind == "quantity")
    assert everyone.subject is None
    why = str(rep.explain(children.id, everyone.id))
    assert "were not compared" in why
    assert "subject" in why or "part of" in why
    assert all(children not in f.claims for f in rep.conflicts)


@pytest.mark.parametrize(
    ("language", "part", "whole"),
    [
        (
            "en",
            "Most of the victims were in Tinmel, where 1,100 people died.",
            "The toll is 1,120 dead.",
        ),
        (
            "fr",
            "La plupart des victimes se trouvaient à Tinmel, où 1 100 personnes sont mortes.",
            "Le bilan est de 1 120 morts.",
        ),
        (
            "es",
            "La mayoría de las víctimas estaban en Tinmel, donde murieron 1.100 personas.",
            "El balance es de 1.120 muertos.",
        ),
        (
            "de",
            "Die meisten Opfer gab es in Taroudant, wo 1100 Menschen starben.",
            "Die Bilanz liegt bei 1120 Toten.",
        ),
        (
            "nl",
            "De meeste slachtoffers vielen in Tinmel, waar 1100 mensen omkwamen.",
            "De balans staat op 1120 doden.",
        ),
    ],
)
def test_a_place_singled_out_as_a_part_is_no_rival_of_the_whole(
    language: str, part: str, whole: str
) -> None:
    """ "Most of the victims were in X": X's figure counts part of the story's toll."""
    rep = crosscheck.report(
        [
            crosscheck.Article(id="a", text=part, language=language, published="2024-05-10"),
            crosscheck.Article(id="b", text=whole, language=language, published="2024-05-10"),
        ]
    )
    alone = next(c for c in rep.claims if c.article == "a" and c.kind == "quantity")
    total = next(c for c in rep.claims if c.article == "b" and c.kind == "quantity")
    assert alone.place_part
    assert alone.place_id in ("~tinmel", "taroudant")
    assert total.place_id is None
    assert "part of" in str(rep.explain(alone.id, total.id))


@pytest.mark.parametrize(
    ("language", "civilians", "everyone"),
    [
        ("en", "The UN has verified 12,000 civilians killed.", "The UN counts 12,100 dead."),
        ("fr", "L'ONU a vérifié la mort de 12 000 civils.", "L'ONU compte 12 100 morts."),
        ("es", "La ONU ha verificado 12.000 civiles muertos.", "La ONU cuenta 12.100 muertos."),
    ],
)
def test_civilians_are_compared_with_a_figure_naming_no_one(
    language: str, civilians: str, everyone: str
) -> None:
    """A count of the dead that names no one is often a count of civilians (a UN count)."""
    rep = crosscheck.report(
        [
            crosscheck.Article(id="a", text=civilians, language=language, published="2024-05-10"),
            crosscheck.Article(id="b", text=everyone, language=language, published="2024-05-10"),
        ]
    )
    group = next(c for c in rep.claims if c.article == "a" and c.kind == "quantity")
    plain = next(c for c in rep.claims if c.article == "b" and c.kind == "quantity")
    assert group.subject == "civilians"
    assert plain.subject is None
    assert "were compared" in str(rep.explain(group.id, plain.id))


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        (
            "uk",
            "Загальні втрати Росії перевищують 750 тисяч осіб.\n\n"
            "Генсек НАТО нещодавно називав цифру у 700 тисяч осіб.",
            "casualties",
        ),
        (
            "en",
            "Russian losses have passed 640,000 killed and wounded.\n\n"
            "NATO recently cited a figure of 600,000 people.",
            "casualties",
        ),
        # too far from the tally's size to be it
        (
            "en",
            "Russian losses have passed 640,000 killed and wounded.\n\n"
            "The minister cited a figure of 300 people.",
            "people",
        ),
        # the tally was named further back than the paragraph before
        (
            "en",
            "Russian losses have passed 640,000 killed and wounded.\n\nThe war goes on.\n\n"
            "Elsewhere a rally drew a figure of 600,000 people.",
            "people",
        ),
    ],
)
def test_the_figure_of_n_people_is_the_tally_before_it(language: str, text: str, unit: str) -> None:
    assert _quantities(text, language)[-1].unit == unit


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        (
            "en",
            "So far 95 bodies have been recovered: 92 in Valencia, two in Castilla-La Mancha "
            "and one in Andalusia.",
            "spain",
        ),
        (
            "es",
            "Hasta ahora se han contabilizado 95 muertos: 92 en Valencia, 2 en Castilla-La "
            "Mancha y 1 en Andalucía.",
            "spain",
        ),
        # the parts after it do not add up to it: no total of theirs
        (
            "en",
            "So far 95 bodies have been recovered: 60 in Valencia and 20 in Andalusia.",
            None,
        ),
    ],
)
def test_a_total_given_before_its_parts_covers_them_all(
    language: str, text: str, place: str | None
) -> None:
    assert _quantities(text, language)[0].place_id == place
