"""A headline label before a colon speaks only when it names someone: a role noun, an
acronym or a body's name, or else a name of its own (a person's, an unlisted body's) in an
article that tells of a war or a protest, whose sides speak by their bare names. A label
of several words that names no one is the story's topic, as a lone word is ("Bridge
closure Velmar: …"); so is one whose words are common nouns - a word after the first in
lower case, or a first word the article writes in lower case elsewhere ("Locusts: …"
beside "the invasion of locusts")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Port congestion crisis: 900 containers stuck at the docks"),
        ("de", "Brückensperrung Velmar: 900 Lastwagen stauen sich vor der Grenze"),
        ("nl", "Brugafsluiting Velmar: 900 vrachtwagens staan vast voor de grens"),
        ("fr", "Fermeture pont Velmar : 900 camions bloqués avant la frontière"),
        ("it", "Chiusura ponte Velmar: 900 camion fermi prima del confine"),
        ("es", "Cierre puente Velmar: 900 camiones parados antes de la frontera"),
        ("ca", "Tancament pont Velmar: 900 camions aturats abans de la frontera"),
        ("pt", "Encerramento ponte Velmar: 900 camiões parados antes da fronteira"),
        ("ro", "Închiderea podului Velmar: 900 de camioane blocate la graniță"),
        ("pl", "Zamknięcie mostu Velmar: 900 ciężarówek stoi przed granicą"),
        ("ru", "Закрытие моста Велмар: 900 грузовиков стоят перед границей"),
        ("uk", "Закриття мосту Велмар: 900 вантажівок стоять перед кордоном"),
        ("ar", "إغلاق جسر فيلمار: 900 شاحنة عالقة قبل الحدود"),
    ],
)
def test_label_of_several_words_naming_no_one_is_the_topic(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Locusts: 18,000 hectares infested\n\nThe invasion of the locusts goes on.",
        ),
        (
            "fr",
            "Sauterelles : 18 000 hectares infestés\n\nL'invasion des sauterelles continue.",
        ),
        (
            "it",
            "Cavallette: 18.000 ettari infestati\n\nL'invasione delle cavallette continua al nord.",
        ),
    ],
)
def test_common_noun_label_in_a_sided_story_is_the_topic(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: a role noun, a body, an acronym speak in any story
        ("en", "Ministry of Health: 120 dead after the bridge collapse", "Ministry of Health"),
        ("en", "Police: 40 arrested after the match in Velmar", "Police"),
        ("de", "Bundespolizei: 40 Festnahmen nach dem Spiel in Velmar", "Bundespolizei"),
        ("nl", "Politie Velmar: 40 arrestaties na de wedstrijd", "Politie Velmar"),
        ("ru", "Минздрав: 120 погибших после обрушения моста", "Минздрав"),
        ("fr", "OMS : 900 cas de choléra en une semaine", "OMS"),
        # must not: a side's full name in a war story
        ("en", "Volodymyr Zelensky: 31,000 troops killed in the war", "Volodymyr Zelensky"),
        ("es", "Volodímir Zelenski: 31.000 soldados muertos en la guerra", "Volodímir Zelenski"),
        # must not: a name written in capitals elsewhere is no common noun
        (
            "en",
            "Zelensky: 31,000 troops killed in the war\n\n"
            "Zelensky gave the figure at a press conference in Kyiv.",
            "Zelensky",
        ),
    ],
)
def test_speakers_keep_their_label(language: str, text: str, source: str) -> None:
    assert _credits(text, language)[0] == source
