"""Weekdays said short or with their article (``[dates] weekdays``, ``short_weekdays``).

Our own phrases. Romanian names a weekday with its definite article as well as bare:
"marțea trecută" (last Tuesday), "vinerea" (on Friday). Portuguese says its weekdays
short, "na sexta", "na segunda passada", in words that are ordinals too ("na segunda
volta", "a quinta posição"): one is a day only right after a cue ("na", "nesta") and
before no word but a tense word, a part of the day or a follower. Other languages' bare
weekdays, and words that are no weekday, keep their old reading.
"""

from __future__ import annotations

import pytest

from crosscheck.extract._dates import find_dates

_FRIDAY = "2025-02-14"


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("ro", "Marțea trecută, pompierii au salvat 14 persoane.", "2025-02-11"),
        ("ro", "Joia trecută au fost evacuate 300 de familii.", "2025-02-13"),
        ("ro", "Vinerea trecută ministerul a raportat 9 focare.", "2025-02-07"),
        ("ro", "Lunea, spitalul avea 20 de pacienți internați.", "2025-02-10"),
        ("ro", "Miercurea trecută s-au înregistrat 5 victime.", "2025-02-12"),
        ("pt", "Na segunda, a polícia deteve 12 suspeitos.", "2025-02-10"),
        ("pt", "Na terça de manhã havia 40 desalojados.", "2025-02-11"),
        ("pt", "Na quinta à noite foram resgatadas 8 pessoas.", "2025-02-13"),
        ("pt", "Na sexta passada, o governo contava 30 feridos.", "2025-02-07"),
        ("pt", "Nesta quarta, os bombeiros combatiam 6 incêndios.", "2025-02-12"),
        ("pt", "Na última sexta houve 3 mortos.", "2025-02-07"),
    ],
)
def test_weekday_names_its_day(language: str, text: str, day: str) -> None:
    days = [m.value for m in find_dates(text, language, published=_FRIDAY)]
    assert days == [day]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # ordinals, not weekdays
        ("pt", "O candidato passou à segunda volta com 41% dos votos."),
        ("pt", "Na segunda volta, votaram 55% dos eleitores."),
        ("pt", "A equipa terminou na quinta posição com 40 pontos."),
        ("pt", "Foi a sexta vez que o rio subiu 3 metros."),
        ("pt", "Na terça parte do país chove 20 mm."),
        ("pt", "Na segunda metade do ano, as vendas caíram 4%."),
        # Romanian months ("luni") and numbers keep their reading
        ("ro", "După trei luni de negocieri, 400 de angajați au plecat."),
        # other languages' ordinals stay ordinals
        ("es", "En la segunda vuelta votó el 55% del censo."),
        ("it", "Alla seconda votazione 300 deputati erano presenti."),
        ("ca", "A la segona volta va votar el 55% del cens."),
        ("fr", "Au second tour, 55 % des électeurs ont voté."),
    ],
)
def test_ordinal_or_other_word_names_no_day(language: str, text: str) -> None:
    assert [m.value for m in find_dates(text, language, published=_FRIDAY)] == []


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("pt", "Na sexta-feira, 12 pessoas foram resgatadas.", "2025-02-14"),
        ("ro", "Marți, 12 persoane au fost salvate.", "2025-02-11"),
        ("es", "El pasado viernes murieron 4 personas.", "2025-02-07"),
        ("fr", "Mardi dernier, 12 personnes ont été secourues.", "2025-02-11"),
        ("it", "Martedì scorso sono state salvate 12 persone.", "2025-02-11"),
    ],
)
def test_full_weekday_keeps_its_reading(language: str, text: str, day: str) -> None:
    assert [m.value for m in find_dates(text, language, published=_FRIDAY)] == [day]
