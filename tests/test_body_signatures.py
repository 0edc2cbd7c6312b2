"""One body named in two languages or wordings is one source within a story (claims._bodies)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims._bodies import signature


def _report(rows: list[tuple[str, str, str, str, str]]) -> crosscheck.Report:
    articles = [
        crosscheck.Article(id=i, text=t, language=lg, published=d, story=s)
        for i, s, d, lg, t in rows
    ]
    return crosscheck.report(articles)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the federal prosecutor's office", "en"),
        ("het federaal parket", "nl"),
        ("le parquet fédéral", "fr"),
        ("la Fiscalía federal", "es"),
        ("Bundesstaatsanwaltschaft", "de"),
        ("prokuratura federalna", "pl"),
    ],
)
def test_one_body_has_one_concept_set_in_every_language(name: str, code: str) -> None:
    assert signature(name, code) == (frozenset({"federal", "prosecutor"}), None)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Moldova's Environment Agency", "en"),
        ("l'Agence moldave de l'environnement", "fr"),
        ("Агентство окружающей среды Молдовы", "ru"),
        ("Mołdawska Agencja Środowiska", "pl"),
    ],
)
def test_a_place_in_the_name_is_part_of_the_signature(name: str, code: str) -> None:
    assert signature(name, code) == (frozenset({"agency", "environment"}), "moldova")


def test_inflected_names_and_compounds_give_their_concepts() -> None:
    fund = frozenset({"fund", "guarantee", "deposit"})
    assert signature("румунський Фонд гарантування депозитів", "uk") == (fund, "romania")
    # the speaker's role and the person after the comma are no part of the body
    ro = signature("directorul Fondului de Garantare a Depozitelor Bancare, Radu Pop", "ro")
    assert ro == (fund | {"bank"}, None)
    assert signature("Gesundheitsministerium", "de") == (frozenset({"health", "ministry"}), None)
    assert signature("وزارة الصحة", "ar") == (frozenset({"health", "ministry"}), None)


def test_two_bodies_with_overlapping_words_differ() -> None:
    emergency = signature("State Emergency Service", "en")
    border = signature("State Border Service", "en")
    assert emergency is not None
    assert border is not None
    assert emergency != border
    assert signature("Державна служба з надзвичайних ситуацій", "uk") == emergency
    # a ministry and a department of one field are two bodies (docs/semantics.md)
    assert signature("the health ministry", "en") != signature("the health department", "en")
    assert signature("Ministerio de Sanidad", "es") != signature("Departament de Salut", "ca")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("the ministry", "en"),  # one generic word: no tie to a fuller name
        ("la police", "fr"),
        ("die Behörde", "de"),
        ("Xarxa Acollida Digna", "ca"),  # words the lexicon does not know: a name of its own
        ("the rights network Xarxa Acollida Digna", "en"),
        ("Coldiretti", "it"),
    ],
)
def test_generic_or_unknown_names_have_no_signature(name: str, code: str) -> None:
    assert signature(name, code) is None


def test_a_running_count_in_three_languages_is_one_source_s_timeline() -> None:
    report = _report(
        [
            (
                "b1",
                "s",
                "2025-03-10",
                "ro",
                "Bancă închisă\n\nFondul de Garantare a Depozitelor Bancare a anunțat luni "
                "că 12.000 de deponenți au primit deja banii.",
            ),
            (
                "b2",
                "s",
                "2025-03-14",
                "uk",
                "Виплати тривають\n\nРумунський Фонд гарантування депозитів повідомив у "
                "п'ятницю, що 31 тисяча вкладників уже отримали гроші.",
            ),
            (
                "b3",
                "s",
                "2025-03-14",
                "en",
                "Payouts go on\n\nRomania's deposit guarantee fund said on Friday that 31,000 "
                "depositors had been paid.",
            ),
        ]
    )
    counts = [c for c in report.claims if c.kind == "quantity"]
    assert len({c.source_id for c in counts}) == 1
    assert any(
        f.timeline and {"b1#q1", "b2#q1"} <= {c.id for c in f.claims} for f in report.findings
    )


def test_a_name_without_its_place_keeps_its_key_where_two_places_have_such_a_body() -> None:
    report = _report(
        [
            (
                "a1",
                "s",
                "2025-08-04",
                "en",
                "Fish die-off\n\nMoldova's Environment Agency said 12 tonnes of fish had died.",
            ),
            (
                "a2",
                "s",
                "2025-08-05",
                "en",
                "Fish die-off\n\nRomania's Environment Agency said 20 tonnes of fish had died.",
            ),
            (
                "a3",
                "s",
                "2025-08-06",
                "ro",
                "Pești morți\n\nAgenția de Mediu a anunțat că 35 de tone de pește au murit.",
            ),
        ]
    )
    keys = {c.article: c.source_id for c in report.claims if c.kind == "quantity"}
    assert keys["a1"] != keys["a2"]
    assert keys["a3"] not in (keys["a1"], keys["a2"])


def test_two_stories_do_not_share_a_body() -> None:
    rows = [
        (
            "a1",
            "one",
            "2025-08-04",
            "en",
            "Fire\n\nThe regional fire brigade command said 300 hectares had burned.",
        ),
        (
            "a2",
            "two",
            "2025-08-05",
            "fr",
            "Inondations\n\nLe commandement régional des pompiers a compté 40 maisons inondées.",
        ),
        (
            "a3",
            "two",
            "2025-08-06",
            "ro",
            "Inundații\n\nAgenția Națională de Meteorologie a anunțat 60 de milimetri.",
        ),
        (
            "a4",
            "one",
            "2025-08-06",
            "ro",
            "Incendiu\n\nAgenția Națională de Meteorologie a anunțat 35 de grade.",
        ),
    ]
    report = _report(rows)
    keys = {c.article: c.source_id for c in report.claims if c.kind == "quantity"}
    assert not any(k and k.startswith("body:") for k in (keys.get("a3"), keys.get("a4")))


def test_a_listed_body_keeps_its_key() -> None:
    report = _report(
        [
            (
                "a1",
                "s",
                "2025-03-01",
                "en",
                "Floods\n\nThe Interior Ministry said 100 people had died.",
            ),
            (
                "a2",
                "s",
                "2025-03-02",
                "fr",
                "Crues\n\nLe ministère de l'Intérieur a fait état de 150 morts.",
            ),
        ]
    )
    assert {c.source_id for c in report.claims if c.kind == "quantity"} == {"interior_ministry"}


def test_one_key_with_and_without_a_place_does_not_crash() -> None:
    # the acronym ties both names to one key; one signature names a place, one does not
    report = crosscheck.report(
        [
            crosscheck.Article(
                id="a0",
                text="The National Deposit Fund (NDF) has paid 12,000 depositors so far, the "
                "National Deposit Fund said on Monday.",
                language="en",
                published="2025-03-03",
                story="s",
            ),
            crosscheck.Article(
                id="a1",
                text="Moldova's National Deposit Fund said on Wednesday it has paid 31,000 "
                "depositors.",
                language="en",
                published="2025-03-05",
                story="s",
            ),
        ]
    )
    assert len(report.articles) == 2


def test_a_stem_with_an_unknown_rest_is_no_concept() -> None:
    # "Landes|kriminalamt": the rest names another body than the state
    assert signature("das Landeskriminalamt Bayern", "de") is None


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # a city's body named by its demonym or its name, in five languages
        ("die Berliner Polizei", "de"),
        ("Polizei Berlin", "de"),
        ("شرطة برلين", "ar"),
        ("берлинская полиция", "ru"),
        ("берлінська поліція", "uk"),
        ("policja berlińska", "pl"),
        ("de Berlijnse politie", "nl"),
        ("la police berlinoise", "fr"),
        ("poliția berlineză", "ro"),
    ],
)
def test_a_citys_body_is_the_citys(name: str, code: str) -> None:
    assert signature(name, code) == (frozenset({"police"}), "berlin")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        # must NOT: the country's demonym stays the country's
        ("the German police", "en"),
        ("die deutsche Polizei", "de"),
        ("немецкая полиция", "ru"),
        ("الشرطة الألمانية", "ar"),
        ("policja niemiecka", "pl"),
    ],
)
def test_a_countrys_body_stays_the_countrys(name: str, code: str) -> None:
    assert signature(name, code) == (frozenset({"police"}), "germany")
