"""A reporting participle after a figure names whose count it is ("the 12 deaths
acknowledged by the government"), whoever the sentence's reporting verb credits."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credits"),
    [
        (
            "en",
            "Security forces killed 31 protesters on Tuesday, the rights group said, far more"
            " than the 12 deaths acknowledged by the government.",
            ["the rights group", "the government"],
        ),
        (
            "en",
            "WHO said Paraguay had recorded 25 deaths this year, more than the 21 deaths and"
            " 18,900 cases reported by the country's health ministry.",
            ["WHO", "the country's health ministry", "the country's health ministry"],
        ),
        (
            "fr",
            "L'ONG a recensé 31 morts, bien plus que les 12 décès reconnus par le gouvernement.",
            ["L'ONG", "le gouvernement"],
        ),
        (
            "es",
            "La ONG contabilizó 31 muertos, muy por encima de los 12 fallecidos reconocidos por"
            " el Gobierno.",
            ["La ONG", "el Gobierno"],
        ),
        (
            "pt",
            "A ONG contou 31 mortos, muito mais do que os 12 mortos reconhecidos pelo Governo.",
            ["A ONG", "Governo"],
        ),
    ],
)
def test_the_participle_s_agent_is_credited(language: str, text: str, credits: list[str]) -> None:
    assert _credits(text, language) == credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # the agent of a deed, not of a report
        ("en", "Police said 40 people were killed by the floods.", "Police"),
        # an agent that names no one
        ("en", "The ministry said 200 cases were confirmed by laboratory tests.", "The ministry"),
        # another figure, not joined to this one, owns the participle after it
        ("en", "The army said 12 soldiers died in 3 attacks reported by local media.", "The army"),
        # a participle of a deed done to what the figure counts: freed, supplied
        ("en", "The army said 33 hostages released by Hamas had crossed into Egypt.", "The army"),
        ("en", "Officials said the 300 tents provided by the Red Cross were full.", "Officials"),
    ],
)
def test_no_participle_agent_takes_the_credit(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "The group said the 21 deaths reported by the health ministry were an undercount.",
            "the health ministry",
        ),
        ("The group said the 21 deaths reported by WHO were an undercount.", "WHO"),
        ("The group said the 21 deaths reported by the army had risen to 25.", "the army"),
    ],
)
def test_the_agent_ends_before_the_clause_s_own_verb(text: str, credit: str) -> None:
    assert _credits(text, "en")[0] == credit


def test_a_participle_within_the_figure_s_words_still_names_its_agent() -> None:
    # the figure's text takes in its status participle: "12 deaths confirmed | by …"
    text = "The group said the 12 deaths confirmed by the ministry were an undercount."
    assert _credits(text, "en") == ["the ministry"]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # the agent ends before the main clause's plain verb, after the name it opens with
        (
            "en",
            "The 120 cases reported by the health ministry are mostly in children.",
            "the health ministry",
        ),
        (
            "fr",
            "Les 120 cas recensés par le ministère de la Santé concernent surtout des enfants.",
            "le ministère de la Santé",
        ),
        (
            "es",
            "Los 40 casos confirmados por el Ministerio de Sanidad afectan sobre todo a niños.",
            "el Ministerio de Sanidad",
        ),
        (
            "it",
            "I 12 decessi segnalati dal ministero della Salute riguardano anziani.",
            "ministero della Salute",
        ),
        (
            "pt",
            "Os 300 casos registados pela Direção-Geral da Saúde afetam sobretudo crianças.",
            "Direção-Geral da Saúde",
        ),
        (
            "ca",
            "Els 25 casos notificats pel Departament de Salut es concentren a Sabadell.",
            "Departament de Salut",
        ),
        ("nl", "De 120 gevallen gemeld door het RIVM betreffen vooral kinderen.", "het RIVM"),
        (
            "es",
            "Los 40 casos notificados por el Ministerio de Sanidad se concentran en Cataluña.",
            "el Ministerio de Sanidad",
        ),
    ],
)
def test_the_agent_ends_before_the_main_clause_s_plain_verb(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a deed's participle (rescued) names no source, whatever verb follows its agent
        ("fr", "40 personnes ont été secourues par les pompiers dans la nuit.", None),
        ("es", "30 personas fueron rescatadas por los bomberos durante la noche.", None),
        ("it", "30 persone sono state salvate dai vigili del fuoco durante la notte.", None),
        ("pt", "30 pessoas foram resgatadas pelos bombeiros durante a noite.", None),
    ],
)
def test_a_deed_s_agent_is_no_source(language: str, text: str, credit: str | None) -> None:
    assert _credits(text, language)[0] == credit


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a one-word name that opens the agent may go on with an adjective after it
        (
            "it",
            "I 12 decessi segnalati dall'Istituto nazionale di statistica riguardano anziani.",
            "Istituto nazionale di statistica",
        ),
        (
            "fr",
            "Les 120 cas recensés par l'Agence régionale de santé concernent surtout des enfants.",
            "l'Agence régionale de santé",
        ),
        (
            "fr",
            "Les 120 cas recensés par Santé publique France concernent surtout des enfants.",
            "Santé publique France",
        ),
    ],
)
def test_the_agent_s_name_is_not_cut_before_its_adjective(
    language: str, text: str, name: str
) -> None:
    credit = _credits(text, language)[0]
    assert credit is not None
    assert credit.startswith(name)
