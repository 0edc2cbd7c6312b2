"""A headline label before a colon speaks only when it can be a speaker: a lone word
that is no role noun, no acronym and no body names a place or a topic in an article
that tells of no war and no protest (``[story_kinds]``), where sides speak in headlines
by their bare names; and a label with a comma that no role noun opens is a clause of
the story, not a name."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kelvara: 900 vehicles still stuck on the motorway"),
        ("fr", "Kelvara : 900 véhicules toujours bloqués sur l'autoroute"),
        ("de", "Kelvara: 900 Fahrzeuge stecken weiter auf der Autobahn fest"),
        ("it", "Cyberattacco: 140 pazienti trasferiti in altri ospedali"),
        ("es", "Ciberataque: 140 pacientes trasladados a otros hospitales"),
        ("pl", "Kelvara: 900 pojazdów wciąż stoi na autostradzie"),
        ("nl", "Kelvara: nog 900 auto's vast op de snelweg"),
        ("pt", "Kelvara: 900 veículos continuam retidos na autoestrada"),
        ("ro", "Kelvara: 900 de vehicule sunt încă blocate pe autostradă"),
        ("ru", "Кельвара: на трассе всё ещё стоят 900 машин"),
    ],
)
def test_lone_label_of_a_story_without_sides_is_no_source(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kelvara, road partly reopened: 900 cars still stuck"),
        ("de", "Kelvara, Straße wieder offen: 900 Autos stecken fest"),
        ("nl", "Kelvara, snelweg weer open: 900 auto's staan nog vast"),
        ("pl", "Kelvara, droga znów otwarta: 900 aut wciąż stoi"),
        ("pt", "Kelvara, estrada reaberta: 900 carros continuam retidos"),
    ],
)
def test_label_with_a_comma_is_a_clause(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: a side of a war speaks by its bare name
        ("en", "Zelensky: 31,000 troops killed since the war began", "Zelensky"),
        ("de", "Selenskyj: 31.000 Soldaten im Krieg getötet", "Selenskyj"),
        ("es", "Zelenski: 31.000 soldados muertos en la guerra", "Zelenski"),
        # must not: an acronym, a role noun still speak in any story
        ("fr", "OMS : 900 cas de choléra en une semaine", "OMS"),
        ("it", "Ministero: 900 auto ancora ferme sull'autostrada", "Ministero"),
        # must not: a role noun with its article
        ("es", "El alcalde de Kelvara: 900 coches atrapados", "El alcalde de Kelvara"),
    ],
)
def test_speakers_before_the_colon_still_speak(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
