"""A shipowner or shipping line, and a bare union, are sources in every language.

"Le ferry transportait 240 passagers, selon l'armateur", "…, aldus de rederij", "…,
podał armator", "…, сообщил судовладелец": the operator of a ship gives its passenger
count as an airline or a mine operator does (``[attribution] role_nouns``). Polish
"związek" alone is the union ("…, podał związek"), while "w związku z" ("in connection
with") names no one.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

CREDITED = [
    ("fr", "Le ferry transportait 240 passagers, selon l'armateur.", "l'armateur"),
    ("it", "Il traghetto trasportava 240 passeggeri, secondo l'armatore.", "l'armatore"),
    ("pt", "O ferry transportava 240 passageiros, segundo o armador.", "o armador"),
    ("es", "El ferri transportaba a 240 pasajeros, según el armador.", "el armador"),
    ("ca", "El ferri transportava 240 passatgers, segons la naviliera.", "la naviliera"),
    ("nl", "De veerboot vervoerde 240 passagiers, aldus de rederij.", "de rederij"),
    ("pl", "Prom przewoził 240 pasażerów, podał armator.", "armator"),
    ("pl", "Według armatora na pokładzie było 240 pasażerów.", "armatora"),
    ("ru", "На борту парома находились 240 пассажиров, сообщил судовладелец.", "судовладелец"),
    ("uk", "На борту порома перебували 240 пасажирів, повідомив судновласник.", "судновласник"),
    ("pl", "W strajku wzięło udział 12 000 pracowników, podał związek.", "związek"),
    ("pl", "Według związku w strajku wzięło udział 12 000 osób.", "związku"),
]

# the noun as what is counted, or a subject of no reporting verb: no source
NO_SOURCE = [
    ("es", "El armador tenía 12 barcos en la zona."),
    ("nl", "De rederij heeft 12 schepen in de vaart."),
    ("pl", "Armator ma 12 statków."),
    ("pl", "W związku z powodzią ewakuowano 300 osób."),
]


@pytest.mark.parametrize(("lang", "text", "source"), CREDITED)
def test_a_shipowner_or_union_is_credited(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), NO_SOURCE)
def test_no_reporting_verb_no_credit(lang: str, text: str) -> None:
    assert set(credits(text, lang)) <= {None}
