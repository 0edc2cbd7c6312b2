"""A figure that another body waves away by name is that body's rival reading.

"The ministry said 310 patients had been moved. The doctors' union said more
than 500, a figure the ministry dismissed as alarmist": the second sentence
sets the union's count against the ministry's own, though no word of contrast
stands between them and the union's clause goes on after its figure. The word
of dismissal (``[denials] dismissals``, or a verb of denial) after the figure,
beside a word of the first source's name, makes the two rival readings of one
quantity (``Claim.rival_readings``), so the aligner compares them and the judge
sets them against each other. Not a dismissal by a third body, not one a
negation undoes, not sums of money.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._rivals import bounds_key

from ._articles import opposed, quantities, story_report

# A ministry's count of patients moved, then a union's higher one that the ministry
# waves away in the same sentence, in six languages.
DISMISSED = [
    (
        "en",
        "The health ministry said 240 patients had been moved to other hospitals. The "
        "nurses' union said nearly 400 patients were moved, a number the ministry "
        "dismissed as exaggerated.",
    ),
    (
        "fr",
        "Le ministère de la Santé a annoncé que 240 patients avaient été transférés vers "
        "d'autres hôpitaux. Le syndicat des infirmiers parle de près de 400 patients, un "
        "chiffre que le ministère juge exagéré.",
    ),
    (
        "es",
        "El ministerio de Sanidad informó de que 240 pacientes fueron trasladados a otros "
        "hospitales. El sindicato de enfermeros habla de casi 400 pacientes, una cifra que "
        "el ministerio calificó de exagerada.",
    ),
    (
        "it",
        "Il ministero della Salute ha riferito che 240 pazienti sono stati trasferiti in "
        "altri ospedali. Il sindacato degli infermieri parla di quasi 400 pazienti, una "
        "cifra che il ministero ha bollato come allarmista.",
    ),
    (
        "de",
        "Das Gesundheitsministerium teilte mit, 240 Patienten seien in andere Kliniken "
        "verlegt worden. Die Pflegegewerkschaft spricht von fast 400 Patienten, eine Zahl, "
        "die das Gesundheitsministerium als übertrieben bezeichnete.",
    ),
    (
        "pt",
        "O ministério da Saúde informou que 240 pacientes foram transferidos para outros "
        "hospitais. O sindicato dos enfermeiros fala em quase 400 pacientes, um número que "
        "o ministério considerou exagerado.",
    ),
    # a body that says it could not verify another's figure, or calls it exaggerated
    (
        "en",
        "The health ministry said 240 patients had been moved to other hospitals. The "
        "nurses' union said nearly 400 patients were moved, a number the ministry said it "
        "could not verify.",
    ),
    (
        "ro",
        "Ministerul Sănătății a anunțat că 240 de pacienți au fost transferați. Sindicatul "
        "asistentelor vorbește de aproape 400 de pacienți, o cifră pe care ministerul a "
        "calificat-o drept exagerată.",
    ),
]


def _marks(text: str, lang: str) -> dict[int, tuple[str, ...]]:
    """Each figure's low bound and the bounds its article sets against it."""
    return {int(c.low or 0): c.rival_readings for c in quantities(text, lang) if c.low}


@pytest.mark.parametrize(("lang", "text"), DISMISSED)
def test_a_dismissed_figure_is_the_dismissing_body_s_rival(lang: str, text: str) -> None:
    claims = {int(c.low or 0): c for c in quantities(text, lang) if c.low}
    assert bounds_key(claims[400]) in claims[240].rival_readings
    assert bounds_key(claims[240]) in claims[400].rival_readings


@pytest.mark.parametrize(("lang", "text"), DISMISSED[:3])
def test_the_two_readings_conflict(lang: str, text: str) -> None:
    report = story_report([("2025-10-14", lang, text)], "hospitals")
    assert frozenset((240, 400)) in opposed(report, lambda c: c.low)


# must-NOT: a third body's dismissal, a negated one, and sums of money keep their reading
NOT_RIVALS = [
    (
        "en",
        "The health ministry said 240 patients had been moved to other hospitals. The "
        "nurses' union said nearly 400 patients were moved, a number the hospital "
        "directors dismissed as exaggerated.",
    ),
    (
        "en",
        "The health ministry said 240 patients had been moved to other hospitals. The "
        "nurses' union said nearly 400 patients were moved, a number the ministry did "
        "not dismiss.",
    ),
    (
        "fr",
        "Le ministère a proposé 250 millions d'euros. Les syndicats réclament 400 millions "
        "d'euros, une somme que le ministère juge exagérée.",
    ),
    (
        "es",
        "El ministerio de Sanidad informó de que 240 pacientes fueron trasladados. El "
        "sindicato de enfermeros habla de casi 400 pacientes, una cifra que los directores "
        "de los hospitales calificaron de exagerada.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_RIVALS)
def test_no_rival_without_the_first_body_s_dismissal(lang: str, text: str) -> None:
    assert not any(_marks(text, lang).values())
