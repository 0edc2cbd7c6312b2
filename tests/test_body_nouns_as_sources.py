"""Directorates, associations, delegations and collectives are bodies that give figures.

A lower-case phrase is a source only when it holds a noun of ``[attribution] role_nouns``
("the ministry", "la préfecture"). The nouns of a health directorate, a savers'
association, a government delegation or a rights collective were missing in most
languages, so "…, the provincial health directorate said" credited no one and the
figure took a neighbour's credit: in probes8's dust storm the Red Crescent's next
sentence ("The Iraqi Red Crescent put the figure at about 2,500") covered the
directorate's own 1,600 cases, which then could not be its rival. The nouns are now
listed in all 13 languages. A word that only looks like one in a phrase of direction
("in the direction of the stadium", "en direction de Lyon", "în direcția orașului")
names no one, and the sentence's real source keeps the figure.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, report

from ._articles import credits

# (language, text, source)
BODIES = [
    (
        "en",
        "The storm sent 1,600 people to hospital, the provincial health directorate said.",
        "the provincial health directorate",
    ),
    (
        "en",
        "More than 60,000 people had money at the bank, a savers' association said.",
        "savers' association",
    ),
    ("en", "Five strikers were taken to hospital, the delegation said.", "the delegation"),
    (
        "fr",
        "1 600 cas ont été recensés, a annoncé lundi la direction provinciale de la santé.",
        "la direction provinciale de la santé",
    ),
    ("fr", "Trois grévistes ont été hospitalisés, a précisé la délégation.", "la délégation"),
    ("es", "Unos 70 internos rechazan la comida, informó el colectivo.", "el colectivo"),
    (
        "it",
        "Sono stati ricoverati 12 pazienti, ha comunicato la direzione sanitaria.",
        "la direzione sanitaria",
    ),
    ("it", "Almeno 70 detenuti rifiutano il cibo, ha detto la delegazione.", "la delegazione"),
    ("nl", "Er zijn 400 caravans beschadigd, meldt de vereniging.", "de vereniging"),
    ("nl", "Volgens de directie zijn 12 patiënten opgenomen.", "de directie"),
    ("pt", "Cinco grevistas foram levados ao hospital, informou a delegação.", "a delegação"),
    ("ca", "Uns 62 interns fan vaga de fam, ha informat l'associació.", "l'associació"),
    ("ro", "Peste 60.000 de oameni au avut bani la bancă, susține asociația.", "asociația"),
    ("pl", "Ponad 60 tys. osób straciło oszczędności, twierdzi stowarzyszenie.", "stowarzyszenie"),
    ("ru", "Более 60 тысяч вкладчиков пострадали, сообщила ассоциация.", "ассоциация"),
    ("uk", "Понад 60 тисяч вкладників постраждали, повідомила асоціація.", "асоціація"),
    ("ar", "الشبكة: 70 محتجزا يخوضون إضرابا عن الطعام", "الشبكة"),
]

# (language, text, source): a word of direction names no one
DIRECTIONS = [
    (
        "en",
        "Rescuers moved 300 people in the direction of the stadium, the police said.",
        "the police",
    ),
    (
        "fr",
        "Les secours ont évacué 300 personnes en direction de Lyon, a indiqué la préfecture.",
        "la préfecture",
    ),
    ("es", "Unas 300 personas huyeron en dirección al puerto, informó la policía.", "la policía"),
    ("ro", "Peste 300 de oameni au fugit în direcția orașului, a anunțat poliția.", "poliția"),
    (
        "ru",
        "Около 300 человек эвакуированы под управлением спасателей, сообщила полиция.",
        "полиция",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source"), BODIES)
def test_the_body_is_the_figures_source(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text", "source"), DIRECTIONS)
def test_a_word_of_direction_names_no_one(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


def test_the_next_sentences_rival_no_longer_takes_the_directorates_figure() -> None:
    text = (
        "The storm brought 1,600 cases to hospitals in the province, the provincial health "
        "directorate said on Monday. The Red Crescent put the figure at about 2,500. Two "
        "elderly men have died, the directorate said."
    )
    rep = report([Article(id="a", text=text, language="en", published="2025-05-19")])
    by_text = {c.text: c for c in rep.claims if c.kind == "quantity"}
    first, rival = by_text["1,600 cases"], by_text["about 2,500"]
    assert first.attributed_to == "the provincial health directorate"
    assert rival.attributed_to == "The Red Crescent"
    assert by_text["Two"].attributed_to == "the directorate"
    assert rep.explain(first, rival).reason != "same_statement"
