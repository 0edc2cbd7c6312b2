"""An estimate noun with its owner credits that owner with the figure it brings in:
"against the company's own figure of about 180 million", "le chiffre du ministère"."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "Brokers at Norland Bank put the loss at 90 million euros, well above the"
            " insurer's own estimate of about 60 million.",
            "insurer",
        ),
        (
            "en",
            "Unions counted 8,000 marchers, against the police's count of 3,000.",
            "police",
        ),
        (
            "fr",
            "Les syndicats parlent de 8 000 manifestants, contre le chiffre de la"
            " préfecture, environ 3 000.",
            "préfecture",
        ),
        (
            "es",
            "Los sindicatos hablan de 8.000 manifestantes, frente a la cifra de la"
            " Delegación del Gobierno, de unos 3.000.",
            "Delegación del Gobierno",
        ),
        (
            "de",
            "Die Gewerkschaft sprach von 8.000 Teilnehmern, die eigene Zahl der Polizei"
            " lag bei 3.000.",
            None,
        ),
        (
            "de",
            "Die Gewerkschaft sprach von 8.000 Teilnehmern, gegen die eigene Zahl der"
            " Polizei von rund 3.000.",
            "Polizei",
        ),
        (
            "pt",
            "Os sindicatos falam de 8.000 manifestantes, contra a estimativa da Polícia"
            " Militar, de cerca de 3.000.",
            "Polícia Militar",
        ),
        (
            "ru",
            "Профсоюзы говорят о 8000 участников, по собственной оценке полиции — около 3000.",
            "полиции",
        ),
        (
            "it",
            "I sindacati parlano di 8.000 manifestanti, contro la stima della questura di"
            " circa 3.000.",
            "questura",
        ),
        (
            "pl",
            "Związkowcy mówią o 8 tys. uczestników, według własnych szacunków policji około 3 tys.",
            "policji",
        ),
        (
            "ca",
            "Els sindicats parlen de 8.000 manifestants, davant la xifra de la Guàrdia"
            " Urbana, d'unes 3.000.",
            "Guàrdia Urbana",
        ),
        (
            "nl",
            "De bonden spreken van 8.000 betogers, tegenover de schatting van de politie"
            " van 3.000.",
            "politie",
        ),
    ],
)
def test_an_owned_estimate_credits_its_owner(language: str, text: str, source: str | None) -> None:
    credits = _credits(text, language)
    last = credits[-1]
    if source is None:
        assert last is None or "Polizei" not in last
    else:
        assert last is not None, credits
        assert source in last, credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # a thing owned, not an estimate: no owner's credit
        ("en", "Analysts said the ministry's budget of 2 million was too small.", "Analysts"),
        ("en", "Analysts said the company's 180 employees were affected.", "Analysts"),
        ("fr", "Les analystes estiment le budget du ministère à 2 millions.", "analystes"),
        ("es", "Los analistas calculan el presupuesto del ministerio en 2 millones.", "analistas"),
        ("it", "Gli analisti stimano il bilancio del ministero in 2 milioni.", "analisti"),
        ("de", "Analysten schätzen das Budget des Ministeriums auf 2 Millionen.", "Analysten"),
        # an adjective after the noun is no owner
        (
            "fr",
            "Selon les estimations officielles, 40 maisons ont brûlé.",
            "estimations officielles",
        ),
    ],
)
def test_an_owned_thing_keeps_its_old_credit(language: str, text: str, source: str) -> None:
    credits = _credits(text, language)
    assert credits, text
    assert credits[0] is not None, credits
    assert source in credits[0], credits
