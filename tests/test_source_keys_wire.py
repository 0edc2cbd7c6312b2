"""One key for the organisers, the coast guard and Ukraine's emergency service.

"the organisers", "organizatorilor", "организаторы" credit one party in every
language; "خفر السواحل" and "de kustwacht" one coast guard; "ДСНС", "ГСЧС
Украины" and "Państwowej Służby ds. Sytuacji Nadzwyczajnych" Ukraine's State
Emergency Service (``[attribution.sources]``), so figures of one source in
several languages read as one source's.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._context import source_key
from crosscheck.lang import get_language


@pytest.mark.parametrize(
    ("language", "source", "key"),
    [
        ("en", "the organisers", "organisers"),
        ("ro", "organizatorilor", "organisers"),
        ("ru", "организаторов акции", "organisers"),
        ("pl", "organizatorzy marszu", "organisers"),
        ("ca", "els organitzadors", "organisers"),
        ("ar", "المنظمين", "organisers"),
        ("nl", "de Griekse kustwacht", "coast_guard"),
        ("ar", "خفر السواحل التونسي", "coast_guard"),
        ("it", "la guardia costiera", "coast_guard"),
        ("uk", "ДСНС", "ua_emergency_service"),
        ("ru", "ГСЧС Украины", "ua_emergency_service"),
        ("pl", "Państwowej Służby ds", "ua_emergency_service"),
    ],
)
def test_wire_sources_share_a_key(language: str, source: str, key: str) -> None:
    assert source_key(source, get_language(language)) == key
