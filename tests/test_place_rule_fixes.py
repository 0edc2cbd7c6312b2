"""Three place rules of session 37, fixed as classes.

1. Case forms of one unlisted name ("в Басре", "из Басры", "Басра") are not two towns.
2. In Arabic a definite adjective after a definite place kind ("المنطقة الشمالية") is
   no name of a place; a name after a bare kind ("محافظة البصرة") still is.
3. Only a title line (no stop, a line break after it) is a headline that takes its body
   twin's place; a first sentence ending with a full stop is body text.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.claims._frames import PlaceRelation, relate_keys


def _places(lang: str, text: str) -> list[tuple[str, str | None]]:
    rep = crosscheck.report([Article(id="a", language=lang, published="2026-03-02", text=text)])
    return [(c.text, c.place_id) for c in rep.claims if c.kind == "quantity"]


# --- 1. case forms of one unlisted name -------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("~басре", "~басра"),  # ru locative / nominative
        ("~басры", "~басра"),  # ru genitive
        ("~басрі", "~басра"),  # uk locative
        ("~basrze", "~basra"),  # pl locative
        ("~mosulu", "~mosul"),  # pl/ro style ending added
    ],
)
def test_case_forms_of_one_unlisted_name_are_not_apart(a: str, b: str) -> None:
    assert relate_keys(a, b) is not PlaceRelation.DIFFERENT
    assert relate_keys(b, a) is not PlaceRelation.DIFFERENT


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("~paiporta", "~catarroja"),  # two towns
        ("~самара", "~сызрань"),  # ru: two towns
        ("~тула", "~тура"),  # short stems stay apart
        ("~kharkiv", "~kherson"),  # uk names in Latin letters
        ("~nowa_wies", "~nowa_huta"),  # several words: never read as case forms
    ],
)
def test_different_unlisted_towns_stay_apart(a: str, b: str) -> None:
    assert relate_keys(a, b) is PlaceRelation.DIFFERENT


def test_russian_case_forms_are_compared() -> None:
    rep = crosscheck.report(
        [
            Article(
                id="a",
                language="ru",
                published="2026-03-02",
                text="В Басре погибли 50 человек, сообщили спасатели.",
            ),
            Article(
                id="b",
                language="ru",
                published="2026-03-02",
                text="В провинции Басра погибли 70 человек, сообщил минздрав.",
            ),
        ]
    )
    a, b = (c for c in rep.claims if c.kind == "quantity")
    assert "different places" not in str(rep.explain(a.id, b.id))


# --- 2. Arabic adjectives after a place kind --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قتل 50 شخصا في المنطقة الشمالية من البلاد.",
        "أصيب 30 شخصا في المدينة المنكوبة.",
        "قتل 20 شخصا في المنطقة الساحلية.",
        "أصيب 30 شخصا في المنطقة نفسها.",
    ],
)
def test_arabic_adjective_after_kind_is_no_name(text: str) -> None:
    assert all(not (p or "").startswith("~") for _, p in _places("ar", text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("أصيب 30 شخصا في مدينة الناصرية.", "~الناصرية"),  # bare kind: a name follows
        ("أصيب 30 شخصا في بلدة كفرنبودة.", "~كفرنبودة"),
    ],
)
def test_arabic_name_after_bare_kind_stays(text: str, place: str) -> None:
    assert [p for _, p in _places("ar", text)] == [place]


def test_arabic_known_province_stays() -> None:
    places = [p for _, p in _places("ar", "قتل 50 شخصا في محافظة البصرة.")]
    assert places
    assert places[0] is not None


# --- 3. a headline is a title line ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Floods killed 12 people in Spain on Monday, the government said. On Tuesday, "
            "a second storm killed 12 people in Valencia, regional officials said.",
        ),
        (
            "fr",
            "Des crues ont fait 12 morts en Espagne lundi, selon le gouvernement. Mardi, "
            "un autre orage a fait 12 morts à Valence, selon la région.",
        ),
        (
            "it",
            "Le alluvioni hanno ucciso 12 persone in Spagna lunedì, ha detto il governo. "
            "Martedì un secondo temporale ha ucciso 12 persone a Valencia, ha detto la regione.",
        ),
        (
            "es",
            "Las riadas mataron a 12 personas en España el lunes, según el Gobierno. El martes "
            "otra tormenta mató a 12 personas en Valencia, según la Generalitat.",
        ),
        (
            "pt",
            "As cheias mataram 12 pessoas em Espanha na segunda-feira, disse o governo. Na "
            "terça-feira outra tempestade matou 12 pessoas em Valência, disse a região.",
        ),
    ],
)
def test_first_sentence_with_stop_is_body(lang: str, text: str) -> None:
    places = [p for _, p in _places(lang, text)]
    assert places[0] == "spain"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Floods kill 12 people in Spain\nFloods killed 12 people in Valencia on Monday, "
            "the government said.",
        ),
        (
            "fr",
            "Inondations : 12 morts en Espagne\nLes crues ont fait 12 morts à Valence lundi, "
            "selon le gouvernement.",
        ),
        (
            "it",
            "Alluvioni, 12 persone uccise in Spagna\nLe alluvioni hanno ucciso 12 persone a "
            "Valencia lunedì, ha detto il governo.",
        ),
    ],
)
def test_title_line_still_takes_body_place(lang: str, text: str) -> None:
    places = [p for _, p in _places(lang, text)]
    assert places[0] != "spain"
    assert places[0] == places[-1]
