"""Edges of a source in Arabic and Romanian, and Ukrainian injuries.

"أفاد الدفاع المدني بانتشال 12 جثة": the verbal noun after "بـ" is what was
reported, no part of the source (``[attribution] clause_openers``). A
Romanian headline "Incendiu lângă Cluj: 4 morți" is a topic set in a place,
not a speaker ("lângă" is a function word). "дістали травми" are injuries.
"""

from __future__ import annotations

import pytest

from crosscheck import Article
from crosscheck.claims import extract_claims


def _claims(text: str, language: str) -> list[tuple[str | None, str | None]]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [(c.unit, c.attributed_to) for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وأفاد الدفاع المدني بانتشال 12 جثة من تحت الركام.", "الدفاع المدني"),
        ("وأفادت الشرطة باعتقال 40 شخصا خلال المظاهرة.", "الشرطة"),
        ("وأفادت السلطات المحلية بإجلاء 500 عائلة.", "السلطات المحلية"),
    ],
)
def test_arabic_reported_noun_ends_the_source(text: str, source: str) -> None:
    assert _claims(text, "ar")[-1][1] == source


def test_romanian_headline_set_near_a_place_names_no_speaker() -> None:
    text = "Incendiu lângă Cluj: patru morți\n\nPatru oameni au murit într-un incendiu."
    assert all(source != "Incendiu lângă Cluj" for _, source in _claims(text, "ro"))


def test_ukrainian_injuries_by_trauma() -> None:
    text = "Внаслідок вибуху загинули двоє робітників, ще 9 дістали травми."
    assert _claims(text, "uk")[-1][0] == "injured"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أصيب 25 شخصا في الانفجار، بحسب ما أعلنت مديرية الصحة.", "مديرية الصحة"),
        ("غرق 9 أشخاص في الفيضان، حسبما أفادت وكالة الأنباء الرسمية.", "وكالة الأنباء الرسمية"),
    ],
)
def test_arabic_according_to_what_she_announced(text: str, source: str) -> None:
    # "بحسب ما أعلنت": the feminine verb belongs to the cue, not to the source
    assert _claims(text, "ar")[-1][1] == source


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("nl", "Aan de fietstocht namen 3000 deelnemers deel.", "people"),
        ("nl", "Door de storm zijn 12 flatgebouwen ontruimd.", "buildings"),
        ("pl", "Na peronie czekało 250 podróżnych.", "passengers"),
    ],
)
def test_units_of_wire_copy(language: str, text: str, unit: str) -> None:
    assert _claims(text, language)[-1][0] == unit


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("es", "Según fuentes sanitarias, 9 heridos siguen hospitalizados.", "fuentes sanitarias"),
        (
            "es",
            "Según fuentes de la Guardia Civil, 9 personas fueron detenidas.",
            "la Guardia Civil",
        ),
        ("pt", "Segundo fontes militares, 9 soldados ficaram feridos.", "fontes militares"),
        ("pt", "Segundo fontes da polícia, 9 pessoas foram detidas.", "polícia"),
        (
            "nl",
            "Bij de brand raakten 4 mensen gewond, meldt de veiligheidsregio.",
            "de veiligheidsregio",
        ),
        ("pl", "Z danych straży pożarnej wynika, że spłonęło 30 domów.", "straży pożarnej"),
        ("ar", "وأعلنت الحماية المدنية ارتفاع عدد الضحايا إلى 30 شخصا.", "الحماية المدنية"),
    ],
)
def test_sources_named_beside_their_cue(language: str, text: str, source: str) -> None:
    # "según fuentes | sanitarias": the adjective is no cue's word but the source's;
    # "wynika" (it follows from) and "ارتفاع" (the rise of) are no source's words
    assert _claims(text, language)[-1][1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pl", "Straż Graniczna zatrzymała 14 migrantów.", "Straż Graniczna"),
        ("ro", "Jandarmii au reținut 14 suporteri.", "Jandarmii"),
        ("ru", "Полиция Москвы задержала 14 участников акции.", "Полиция Москвы"),
        ("uk", "Поліція Києва затримала 14 учасників бійки.", "Поліція Києва"),
        ("ca", "Els Mossos han detingut 14 joves.", "Els Mossos"),
        ("pt", "A polícia deteve 14 adeptos.", "A polícia"),
    ],
)
def test_who_arrests_gives_the_count(language: str, text: str, source: str) -> None:
    # an arrest verb ([attribution] deed_verbs): with no other cue, the body that is its
    # subject (a source noun) counts
    assert _claims(text, language)[-1][1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "pt",
            "Cerca de 80 casas ficaram destruídas, adiantou à RTP o presidente da câmara.",
            "o presidente da câmara",
        ),
        ("nl", "Volgens de burgemeester heeft de brandweer 12 mensen gered.", "de burgemeester"),
        (
            "nl",
            "Volgens de Belgische douane werden 90 kilo cocaïne onderschept.",
            "de Belgische douane",
        ),
    ],
)
def test_speaker_after_addressee_and_before_auxiliary(
    language: str, text: str, source: str
) -> None:
    assert _claims(text, language)[-1][1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("pl", "Ewakuowano 60 osób - przekazał PAP rzecznik starosty.", "rzecznik starosty"),
        (
            "ro",
            "Au murit 6 oameni, a declarat pentru Digi24 prefectul județului.",
            "prefectul județului",
        ),
        ("uk", "Знеструмлено 900 будинків, повідомив у Facebook голова громади.", "голова громади"),
        ("ru", "Без света остались 900 домов, написал в Telegram губернатор.", "губернатор"),
        # a capitalised adjective of the source itself is no channel
        ("uk", "Загинули 5 людей, повідомила Національна поліція.", "Національна поліція"),
    ],
)
def test_speaker_after_the_channel_it_spoke_on(language: str, text: str, source: str) -> None:
    assert _claims(text, language)[-1][1] == source


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Hay 30 desalojados, dijo a Europa Press una portavoz municipal.",
            "portavoz municipal",
        ),
        (
            "pt",
            "Há 30 desalojados, disse à Lusa um responsável da autarquia.",
            "responsável da autarquia",
        ),
        ("ca", "Els Mossos hi han desplegat 80 agents.", "Els Mossos"),
    ],
)
def test_an_indefinite_speaker_after_the_addressee(language: str, text: str, source: str) -> None:
    # "dijo a EFE | un portavoz": an indefinite article ([attribution] indefinites) opens
    # the speaker after whom it was told to, as a definite one does
    assert _claims(text, language)[-1][1] == source
