"""Source phrases that name a body in ways the cleaning used to cut short or drop: an
emergency number ("el 112"), a genitive body name in Polish ("ministerstwa spraw
wewnętrznych", "Instytutu Meteorologii i Gospodarki Wodnej"), a split Dutch compound
("zoek- en reddingsdienst"), German findings of a body ("Erkenntnissen der Polizei")."""

from __future__ import annotations

import pytest

from ._articles import credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # an emergency number is the service's name, not a figure
        ("es", "Según el 112, hay 40 heridos en la zona.", "el 112"),
        ("es", "Murieron 12 personas, según el 112.", "el 112"),
        ("es", "Según los servicios de Emergencias 112, hay 40 heridos.", "Emergencias 112"),
        ("ca", "Segons el 112, hi ha 40 ferits a la zona.", "el 112"),
        ("ca", "Segons Emergències 112, hi ha 40 ferits.", "Emergències 112"),
        ("it", "Secondo il 118, ci sono 40 feriti.", "il 118"),
        # a Polish genitive body name runs on past a zero-ending plural and "i"
        (
            "pl",
            "Według ministerstwa spraw wewnętrznych zginęło 40 osób.",
            "ministerstwa spraw wewnętrznych",
        ),
        (
            "pl",
            "Według rzecznika praw obywatelskich zginęło 40 osób.",
            "rzecznika praw obywatelskich",
        ),
        (
            "pl",
            "Według Instytutu Meteorologii i Gospodarki Wodnej spadło 200 mm deszczu.",
            "Instytutu Meteorologii i Gospodarki Wodnej",
        ),
        (
            "pl",
            "Według Ministerstwa Spraw Wewnętrznych i Administracji zginęło 40 osób.",
            "Ministerstwa Spraw Wewnętrznych i Administracji",
        ),
        # a split compound is one word of the source's head
        (
            "nl",
            "Volgens de nationale zoek- en reddingsdienst Basarnas zijn 40 mensen omgekomen.",
            "nationale zoek- en reddingsdienst Basarnas",
        ),
        (
            "nl",
            "De nationale zoek- en reddingsdienst Basarnas meldde 40 doden.",
            "nationale zoek- en reddingsdienst Basarnas",
        ),
        # German findings ("Erkenntnisse") are a body's data, as "Angaben" are
        ("de", "Nach Erkenntnissen der Polizei gibt es 40 Verletzte.", "Polizei"),
        ("de", "Nach ersten Informationen der Polizei starben 40 Menschen.", "Polizei"),
        ("de", "Laut ersten Erkenntnissen der Ermittler starben 40 Menschen.", "Ermittler"),
        ("de", "Ersten Erkenntnissen der Feuerwehr zufolge starben 40 Menschen.", "Feuerwehr"),
    ],
)
def test_the_named_body_is_credited_whole(language: str, text: str, credit: str) -> None:
    found = _credits(text, language)
    assert found[-1] is not None, found
    assert credit in found[-1], found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The emergency number 112 received 300 calls."),
        ("nl", "Er kwamen 5000 oproepen binnen via het alarmnummer 112."),
        ("de", "Über den Notruf 112 gingen 5000 Anrufe ein."),
        ("fr", "Le numéro d'urgence 112 a reçu 5 000 appels."),
        ("it", "Il numero unico di emergenza 112 ha ricevuto 300 chiamate."),
        ("pt", "O número de emergência 112 recebeu 300 chamadas."),
        ("pl", "Pod numer alarmowy 112 wpłynęło 300 zgłoszeń."),
    ],
)
def test_an_emergency_number_after_its_noun_is_no_figure(language: str, text: str) -> None:
    # ``[attribution] outlets`` that hold a digit: the number is the line's name
    assert len(_credits(text, language)) == 1


@pytest.mark.parametrize(
    ("language", "text", "figure_count"),
    [
        # a number that is no emergency service's name stays a figure
        ("es", "El número de heridos asciende a 112, según el Ayuntamiento.", 1),
        ("es", "Los fallecidos son ya 112 en toda la provincia.", 1),
        ("ca", "El nombre de ferits ha pujat fins a 112, segons els Bombers.", 1),
        ("it", "I feriti sono saliti a 112, secondo la prefettura.", 1),
        ("es", "Según el 112, hay 40 heridos en la zona.", 1),
        ("en", "The emergency number received 112 calls.", 1),
        ("de", "Der Notruf erhielt 112 Anrufe.", 1),
    ],
)
def test_an_emergency_number_is_a_figure_only_as_a_figure(
    language: str, text: str, figure_count: int
) -> None:
    assert len(_credits(text, language)) == figure_count


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        # a bare finding with no author names no one by its noun alone
        ("de", "Laut ersten Erkenntnissen gibt es 40 Verletzte.", "Erkenntnissen"),
        # "i" joins two places after the body, not the body to the places
        ("pl", "W Gdańsku i Gdyni zginęło 40 osób, podała policja.", "Gdańsku i Gdyni"),
    ],
)
def test_no_wrong_body_is_credited(language: str, text: str, wrong: str) -> None:
    assert wrong not in set(_credits(text, language))
