"""A role pointer ("the ministry", "el ministerio") after a body named only by role nouns
joined by a function word or a possessive mark ("a farmers' union", "un sindicato de
agricultores") is not that body: it names a body of its own, as written (``_other_body``).
A club or a prosecutor's office is a source by its role noun ([attribution] role_nouns)."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "pointer"),
    [
        (
            "en",
            "The ministry's estimate of the flooded land is 20,000 hectares; a farmers' union"
            " puts it at more than 50,000. The maize harvest will be 15% lower than last"
            " year's, the ministry said.",
            "ministry",
        ),
        (
            "es",
            "La estimación del ministerio es de 20.000 hectáreas; un sindicato de agricultores"
            " habla de más de 50.000. La cosecha será un 15% menor que la del año pasado, dijo"
            " el ministerio.",
            "ministerio",
        ),
        (
            "fr",
            "L'estimation du ministère est de 20 000 hectares ; un syndicat d'agriculteurs"
            " parle de plus de 50 000. La récolte sera inférieure de 15 %, a indiqué le"
            " ministère.",
            "ministère",
        ),
        (
            "it",
            "Il ministero stima 20.000 ettari colpiti; un'associazione di agricoltori parla di"
            " oltre 50.000. Il raccolto sarà inferiore del 15%, ha detto il ministero.",
            "ministero",
        ),
        (
            "pt",
            "O ministério estima 20 mil hectares afetados; um sindicato de agricultores fala em"
            " mais de 50 mil. A colheita será 15% menor, disse o ministério.",
            "ministério",
        ),
        (
            "ca",
            "El ministeri calcula 20.000 hectàrees afectades; un sindicat de pagesos parla de"
            " més de 50.000. La collita serà un 15% menor, ha dit el ministeri.",
            "ministeri",
        ),
    ],
)
def test_pointer_is_not_a_body_of_other_role_nouns(language: str, text: str, pointer: str) -> None:
    last = _credits(text, language)[-1]
    assert last is not None
    assert pointer in last.lower()


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        # must not: the pointer's own role noun is in the body named before
        (
            "en",
            "A farmers' union puts the flooded land at 50,000 hectares. The harvest will be"
            " 15% smaller, the union said.",
            "union",
        ),
        (
            "es",
            "Un sindicato de agricultores cifra la tierra inundada en 50.000 hectáreas. La"
            " cosecha será un 15% menor, dijo el sindicato.",
            "sindicato",
        ),
        (
            "fr",
            "Un syndicat d'agriculteurs évalue les terres inondées à 50 000 hectares. La"
            " récolte sera inférieure de 15 %, a indiqué le syndicat.",
            "syndicat",
        ),
    ],
)
def test_pointer_of_the_same_role_still_points_back(language: str, text: str, body: str) -> None:
    last = _credits(text, language)[-1]
    assert last is not None
    assert body in last.lower()


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("en", "The club estimates that about 4,000 fans travelled to Lisbon.", "club"),
        ("es", "El club calcula que unos 4.000 aficionados viajaron a Lisboa.", "club"),
        ("nl", "De club schat dat ongeveer 5000 fans naar Parijs reisden.", "club"),
        ("fr", "Le club estime qu'environ 4 000 supporters ont fait le voyage à Lisbonne.", "club"),
        ("pt", "O clube calcula que cerca de 4 mil adeptos viajaram para Madrid.", "clube"),
        ("it", "Il club stima che circa 4.000 tifosi siano andati a Lisbona.", "club"),
        ("ca", "El club calcula que uns 4.000 aficionats van viatjar a Lisboa.", "club"),
        (
            "nl",
            "De douane heeft 3,5 ton heroïne onderschept. Dat maakte het federaal parket"
            " dinsdag bekend.",
            "parket",
        ),
        ("nl", "De waarde wordt geschat op 20 miljoen euro, aldus het parket.", "parket"),
        ("ar", "قال النادي إن نحو 4000 مشجع سافروا إلى لشبونة.", "النادي"),
        ("ar", "ضبطت الشرطة 3 أطنان من الكوكايين، بحسب النيابة العامة.", "النيابة"),
    ],
)
def test_club_and_prosecution_office_are_sources(language: str, text: str, source: str) -> None:
    credits = _credits(text, language)
    assert credits
    assert credits[0] is not None
    assert source in credits[0].lower()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # must not: a club as the place of a figure, or a parquet floor, is no source
        ("en", "About 4,000 fans watched the match in the club's stadium."),
        ("nl", "Het nieuwe parket van de sporthal kostte 80.000 euro."),
        ("es", "Unos 4.000 aficionados vieron el partido en el estadio del club."),
    ],
)
def test_club_as_a_place_is_no_source(language: str, text: str) -> None:
    assert _credits(text, language) == [None]
