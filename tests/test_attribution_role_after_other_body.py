"""A role noun that is also a pointer noun ("das Ministerium", "the ministry") after a
body named only by another role noun ("die Polizei") is a body of its own.

"Die Feuerwehr sprach von 30 Geretteten, die Polizei von 12. "
        "Das Ministerium meldete 4
Tote.": the elliptical clause's subject "die Polizei" is the last source named, but the
ministry is no police: the next sentence's own subject credits its figure. A pointer
after a body of its own noun ("Laut dem Innenministerium … Das Ministerium nannte …")
still takes that body.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

# (language, text, credits in text order): the third figure is the ministry's own
OTHER_BODY = [
    (
        "de",
        "Die Gewerkschaft sprach von 12.000 Teilnehmern, die Polizei von 2.500. "
        "Das Ministerium nannte 40 Verletzte.",
        ["Die Gewerkschaft", "die Polizei", "Das Ministerium"],
    ),
    (
        "de",
        "Die Feuerwehr sprach von 30 Geretteten, die Polizei von 12. "
        "Das Ministerium meldete 4 Tote.",
        ["Die Feuerwehr", "die Polizei", "Das Ministerium"],
    ),
    (
        "es",
        "El sindicato habló de 12.000 manifestantes, la policía de 2.500. "
        "El ministerio informó de 40 heridos.",
        ["El sindicato", "la policía", "El ministerio"],
    ),
    (
        "es",
        "Los bomberos hablaron de 30 rescatados, la policía de 12. "
        "El ministerio informó de 4 muertos.",
        ["Los bomberos", "la policía", "El ministerio"],
    ),
    (
        "fr",
        "Le syndicat a parlé de 12 000 manifestants, la police de 2 500. "
        "Le ministère a fait état de 40 blessés.",
        ["Le syndicat", "la police", "Le ministère"],
    ),
    (
        "it",
        "Il sindacato ha parlato di 12.000 manifestanti, la questura di 2.500. "
        "Il ministero ha riferito di 40 feriti.",
        ["Il sindacato", "la questura", "Il ministero"],
    ),
    (
        "it",
        "I vigili del fuoco hanno parlato di 30 persone soccorse, la polizia di 12. "
        "Il ministero ha riferito di 4 morti.",
        ["I vigili del fuoco", "la polizia", "Il ministero"],
    ),
    (
        "en",
        "The union spoke of 12,000 marchers, the police of 2,500. "
        "The ministry reported 40 injured.",
        ["The union", "the police", "The ministry"],
    ),
    (
        "nl",
        "De brandweer sprak van 30 geredde mensen, de politie van 12. "
        "Het ministerie meldde 4 doden.",
        ["De brandweer", "de politie", "Het ministerie"],
    ),
    (
        "pt",
        "Os bombeiros falaram em 30 resgatados, a polícia em 12. O ministério informou 4 mortos.",
        ["Os bombeiros", "a polícia", "O ministério"],
    ),
]

# the pointer after a body of its own noun: that body, named before
SAME_BODY = [
    (
        "de",
        "Laut dem Innenministerium starben 12 Menschen. "
        "Das Ministerium nannte außerdem 40 Verletzte.",
        "dem Innenministerium",
    ),
    (
        "es",
        "Según el Ministerio del Interior murieron 12 personas. "
        "El ministerio informó además de 40 heridos.",
        "el Ministerio del Interior",
    ),
    (
        "fr",
        "Selon le ministère de l'Intérieur, 12 personnes sont mortes. "
        "Le ministère a fait état de 40 blessés.",
        "le ministère de l'Intérieur",
    ),
    (
        "it",
        "Secondo il ministero dell'Interno sono morte 12 persone. "
        "Il ministero ha riferito di 40 feriti.",
        "il ministero dell'Interno",
    ),
    (
        "en",
        "According to the Interior Ministry, 12 people died. The ministry reported 40 injured.",
        "the Interior Ministry",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_BODY)
def test_a_role_pointer_is_no_body_of_another_role_noun(
    lang: str, text: str, expected: list[str]
) -> None:
    assert credits(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "body"), SAME_BODY)
def test_a_role_pointer_still_takes_the_body_of_its_noun(lang: str, text: str, body: str) -> None:
    assert credits(text, lang) == [body, body]
