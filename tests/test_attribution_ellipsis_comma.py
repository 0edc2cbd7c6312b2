"""A comma that stands for a gapped clause's dropped verb ends its subject.

"Los servicios de emergencia contabilizan 31 heridos y la policía, 27": the second
clause drops the verb it shares with the first, and a comma marks where it stood; the
figure after it is the police's. The comma may be followed by the verb's repeated
preposition ("…, i els Mossos, de 27", "…, die Polizei, von 27"). A time or a place in
that slot ("and, on Sunday, 27") names no one, and the first clause's source keeps it.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        (
            "es",
            "Los servicios de emergencia contabilizan 31 heridos y la policía, 27.",
            ["Los servicios de emergencia", "la policía"],
        ),
        (
            "es",
            "Los servicios de emergencia hablan de 31 heridos, y la policía, de 27.",
            ["Los servicios de emergencia", "la policía"],
        ),
        (
            "ca",
            "El servei d'emergències parla de 31 ferits, i els Mossos, de 27.",
            ["El servei d'emergències", "els Mossos"],
        ),
        (
            "en",
            "Emergency services reported 31 injured and police, 27.",
            ["Emergency services", "police"],
        ),
        (
            "fr",
            "Les secours font état de 31 blessés, et la police, de 27.",
            ["Les secours", "la police"],
        ),
        (
            "de",
            "Die Rettungsdienste sprachen von 31 Verletzten, die Polizei, von 27.",
            ["Die Rettungsdienste", "die Polizei"],
        ),
        (
            "it",
            "I soccorritori parlano di 31 feriti, e la polizia, di 27.",
            ["I soccorritori", "la polizia"],
        ),
        (
            "pt",
            "Os bombeiros contabilizam 31 feridos e a polícia, 27.",
            ["Os bombeiros", "a polícia"],
        ),
        (
            "nl",
            "De hulpdiensten telden 31 gewonden en de politie, 27.",
            ["De hulpdiensten", "de politie"],
        ),
    ],
)
def test_the_comma_of_a_dropped_verb_ends_the_gapped_subject(
    lang: str, text: str, sources: list[str]
) -> None:
    assert _sources(text, lang) == sources


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("en", "Rescuers reported 31 injured on Saturday and, on Sunday, 27.", "Rescuers"),
        ("en", "Police reported 31 injured in Madrid and Valencia, 27.", "Police"),
        ("es", "La policía contabilizó 31 heridos en Madrid y, en Valencia, 27.", "La policía"),
        ("de", "Die Polizei meldete 31 Verletzte in Berlin und Hamburg, 27.", "Die Polizei"),
        ("fr", "La police a recensé 31 blessés à Paris et Lyon, 27.", "La police"),
    ],
)
def test_a_time_or_place_in_the_slot_keeps_the_first_source(
    lang: str, text: str, source: str
) -> None:
    assert _sources(text, lang) == [source, source]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        (
            "pt",
            "O sindicato fala em 92%, o ministério, em contrapartida, em 38%.",
            ["O sindicato", "o ministério"],
        ),
        (
            "es",
            "El sindicato cifra la adhesión en el 92 %, el ministerio, en cambio, en el 38 %.",
            ["El sindicato", "el ministerio"],
        ),
        (
            "en",
            "The union spoke of 92%, and the ministry, however, of 38%.",
            ["The union", "the ministry"],
        ),
        (
            "de",
            "Die Gewerkschaft sprach von 92 Prozent, das Ministerium, hingegen, von 38 Prozent.",
            ["Die Gewerkschaft", "das Ministerium"],
        ),
        (
            "fr",
            "Le syndicat parle de 92 %, et le ministère, en revanche, de 38 %.",
            ["Le syndicat", "le ministère"],
        ),
        (
            "it",
            "Il sindacato parla di 92 %, e il ministero, invece, di 38 %.",
            ["Il sindacato", "il ministero"],
        ),
    ],
)
def test_a_contrast_word_set_off_by_commas_after_the_gapped_subject(
    lang: str, text: str, sources: list[str]
) -> None:
    assert _sources(text, lang) == sources


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("es", "El Gobierno cifra la participación en un 38 %.", "El Gobierno"),
        ("ca", "El sindicat xifra la participació en el 92 %.", "El sindicat"),
    ],
)
def test_putting_a_feminine_noun_at_a_figure_reports(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang) == [source]
