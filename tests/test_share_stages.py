"""Shares (turnout, vote share, case fatality rate): what a percent is of, and the stages
of a share's running count (``[shares]``, ``[scope] provisional``, judge/_stages.py).

A partial result ("according to preliminary figures", "nach vorläufigen Angaben",
"по предварительным данным") is a stage of the count, not a rival of another figure;
a turnout dated the day before and printed again the next day is that day's point, not
a rival of the next day's revision. Two parties' vote shares, a turnout and a vote
share, and two bodies' final figures are told apart as before.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article
from crosscheck.align._quantity import share


def _article(ident: str, lang: str, day: str, text: str) -> Article:
    return Article(id=ident, language=lang, published=day, text=text)


def _percent_findings(articles: list[Article]) -> list[crosscheck.Finding]:
    rep = crosscheck.report(articles)
    return [f for f in rep.findings if f.claim_kind == "quantity" and f.unit == "percent"]


def _conflicts(articles: list[Article]) -> list[tuple[float | None, ...]]:
    return [
        tuple(sorted(s.low for s in f.sides if s.low is not None))
        for f in _percent_findings(articles)
        if f.sides
    ]


# (the electoral commission's partial turnout, the same with a plain credit, observers')
_TURNOUT = {
    "en": (
        "Turnout stood at 58.2 percent, according to preliminary figures from the commission.",
        "Turnout stood at 58.2 percent, according to the electoral commission.",
        "Turnout stood at 61.5 percent, according to observers.",
    ),
    "fr": (
        "Le taux de participation s'établit à 58,2 %, selon des chiffres provisoires du "
        "ministère de l'Intérieur.",
        "Le taux de participation s'établit à 58,2 %, selon le ministère de l'Intérieur.",
        "Le taux de participation s'établit à 61,5 %, selon les observateurs.",
    ),
    "de": (
        "Die Wahlbeteiligung lag nach vorläufigen Angaben der Wahlleitung bei 58,2 Prozent.",
        "Die Wahlbeteiligung lag nach Angaben der Wahlleitung bei 58,2 Prozent.",
        "Die Wahlbeteiligung lag laut Beobachtern bei 61,5 Prozent.",
    ),
    "es": (
        "La participación fue del 58,2%, según datos provisionales de la junta electoral.",
        "La participación fue del 58,2%, según la junta electoral.",
        "La participación fue del 61,5%, según los observadores.",
    ),
    "it": (
        "L'affluenza è stata del 58,2%, secondo dati provvisori del Viminale.",
        "L'affluenza è stata del 58,2%, secondo il Viminale.",
        "L'affluenza è stata del 61,5%, secondo gli osservatori.",
    ),
    "ru": (
        "Явка составила 58,2%, сообщил избирком по предварительным данным.",
        "Явка составила 58,2%, сообщил избирком.",
        "Явка составила 61,5%, сообщили наблюдатели.",
    ),
    "uk": (
        "Явка становила 58,2%, за попередніми даними ЦВК.",
        "Явка становила 58,2%, за даними ЦВК.",
        "Явка становила 61,5%, за даними спостерігачів.",
    ),
    "pt": (
        "A afluência foi de 58,2%, segundo resultados provisórios da comissão eleitoral.",
        "A afluência foi de 58,2%, segundo a comissão eleitoral.",
        "A afluência foi de 61,5%, segundo os observadores.",
    ),
    "ro": (
        "Prezența la vot a fost de 58,2%, potrivit datelor preliminare ale BEC.",
        "Prezența la vot a fost de 58,2%, potrivit BEC.",
        "Prezența la vot a fost de 61,5%, potrivit observatorilor.",
    ),
    "pl": (
        "Frekwencja wyniosła 58,2 proc., wynika z wyników cząstkowych PKW.",
        "Frekwencja wyniosła 58,2 proc., podała PKW.",
        "Frekwencja wyniosła 61,5 proc., według obserwatorów.",
    ),
    "nl": (
        "De opkomst was volgens voorlopige cijfers van de kiesraad 58,2 procent.",
        "De opkomst was volgens de kiesraad 58,2 procent.",
        "De opkomst was volgens waarnemers 61,5 procent.",
    ),
}


def _turnout(lang: str, first: str) -> list[Article]:
    return [
        _article("a", lang, "2024-05-12", "Election\n\n" + first),
        _article("b", lang, "2024-05-12", "Election\n\n" + _TURNOUT[lang][2]),
    ]


@pytest.mark.parametrize("lang", sorted(_TURNOUT))
def test_a_partial_turnout_is_a_stage_of_the_count_not_a_rival(lang: str) -> None:
    found = _percent_findings(_turnout(lang, _TURNOUT[lang][0]))
    assert found, "the two turnouts are one quantity"
    assert not any(f.sides for f in found)


@pytest.mark.parametrize("lang", sorted(_TURNOUT))
def test_two_bodies_final_turnouts_of_one_day_conflict(lang: str) -> None:
    assert _conflicts(_turnout(lang, _TURNOUT[lang][1])) == [(58.2, 61.5)]


@pytest.mark.parametrize(
    ("lang", "first", "second"),
    [
        (
            "pt",
            "A taxa de letalidade do surto é de 2,1%, segundo dados provisórios do ministério.",
            "A taxa de letalidade é de 1,2%, segundo a Organização Mundial da Saúde.",
        ),
        (
            "it",
            "Il tasso di letalità è del 2,1%, secondo i dati preliminari del ministero.",
            "Il tasso di letalità è dell'1,2%, secondo l'Organizzazione mondiale della sanità.",
        ),
    ],
)
def test_a_preliminary_case_fatality_rate_is_a_stage(lang: str, first: str, second: str) -> None:
    articles = [
        _article("a", lang, "2024-03-04", "Cholera\n\n" + first),
        _article("b", lang, "2024-03-04", "Cholera\n\n" + second),
    ]
    assert _percent_findings(articles)
    assert _conflicts(articles) == []
    plain = first.replace("dados provisórios do ", "o ").replace("i dati preliminari del ", "il ")
    articles[0] = _article("a", lang, "2024-03-04", "Cholera\n\n" + plain)
    assert _conflicts(articles) == [(1.2, 2.1)]


_SUNDAY = _article(
    "a",
    "en",
    "2024-05-13",
    "Turnout figures\n\nTurnout in Sunday's election was 61.2 percent, the commission said.",
)
_AGAIN = _article(
    "b", "ro", "2024-05-13", "Alegeri\n\nPrezența la vot a fost de 61,2%, potrivit Comisiei."
)
_REVISED = _article(
    "c",
    "fr",
    "2024-05-13",
    "Élection\n\nLa commission a relevé lundi le taux de participation à 61,9 %.",
)


def test_a_turnout_told_again_the_next_day_is_no_rival_of_its_revision() -> None:
    found = _percent_findings([_SUNDAY, _AGAIN, _REVISED])
    assert [f.kind for f in found] == ["timeline"]
    assert not found[0].sides


def test_an_undated_turnout_of_the_day_with_no_earlier_twin_is_still_a_rival() -> None:
    rival = _article(
        "c",
        "fr",
        "2024-05-13",
        "Élection\n\nLe taux de participation a atteint 55,9 %, selon les observateurs.",
    )
    assert _conflicts([_AGAIN, rival]) == [(55.9, 61.2)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("es", "El Partido Verde obtuvo el 31,2% de los votos, según la junta electoral."),
            ("es", "El Partido Azul logró el 24,5% de los votos, según los observadores."),
        ),
        (
            ("en", "Anna Smith won 54.2 percent of the vote, the commission said."),
            ("en", "Her rival John Brown took 45.8 percent of the vote, according to observers."),
        ),
        (
            ("fr", "Anna Smith a obtenu 54,2 % des voix, selon la commission."),
            ("de", "Ihr Rivale John Brown kam auf 45,8 Prozent der Stimmen, so Beobachter."),
        ),
    ],
)
def test_two_candidates_vote_shares_are_never_set_against_each_other(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    articles = [
        _article("a", first[0], "2024-05-13", "Runoff\n\n" + first[1]),
        _article("b", second[0], "2024-05-13", "Runoff\n\n" + second[1]),
    ]
    assert _conflicts(articles) == []


def _shares(lang: str, text: str) -> dict[str, str | None]:
    rep = crosscheck.report([_article("a", lang, "2024-05-13", "Election\n\n" + text)])
    return {c.text: share(c) for c in rep.claims if c.unit == "percent"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "With 98 percent of ballots counted, Rusu had 52.3 percent of the vote.",
            {"98 percent": None, "52.3 percent": "vote_share"},
        ),
        (
            "ro",
            "Prezența la vot a fost de 47,1%, iar Rusu a obținut 52,6% din voturi.",
            {"47,1%": "turnout", "52,6%": "vote_share"},
        ),
        (
            "ru",
            "Явка составила 47,1%, Русу набрал 52,6% голосов.",
            {"47,1%": "turnout", "52,6%": "vote_share"},
        ),
        # an hour between the word and the figure is no other figure
        ("en", "Turnout by 14:00 was 26.8 percent.", {"26.8 percent": "turnout"}),
        ("ru", "Явка к 14:00 составила 26,8%.", {"26,8%": "turnout"}),
    ],
)
def test_what_a_share_is_of(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert _shares(lang, text) == expected


def test_a_turnout_and_a_vote_share_are_never_one_quantity() -> None:
    articles = [
        _article("a", "en", "2024-05-13", "Runoff\n\nTurnout was 52 percent, the commission said."),
        _article(
            "b",
            "fr",
            "2024-05-13",
            "Second tour\n\nAnna Smith a obtenu 52,9 % des voix, selon la commission.",
        ),
    ]
    assert _conflicts(articles) == []


@pytest.mark.parametrize(
    ("lang", "text", "provisional"),
    [
        ("en", "Smith had 51.2 percent, according to preliminary results.", True),
        ("fr", "Smith obtient 51,2 %, selon des résultats partiels.", True),
        ("de", "Smith kam nach Auszählung der meisten Stimmen auf 51,2 Prozent.", True),
        ("es", "Smith obtuvo el 51,2% de los votos escrutados.", True),
        ("ca", "Smith va obtenir el 51,2%, segons els resultats parcials.", True),
        ("ar", "حصل سميث على 51,2 في المئة وفق النتائج الأولية.", True),
        ("uk", "Сміт набрав 51,2% попереднього дня.", False),
        ("en", "Smith had 51.2 percent, the commission said.", False),
        ("pl", "Smith zdobył 51,2 proc. głosów, podała PKW.", False),
    ],
)
def test_partial_results_in_every_language(lang: str, text: str, provisional: bool) -> None:
    rep = crosscheck.report([_article("a", lang, "2024-05-13", "Election\n\n" + text)])
    scopes = [c.scope for c in rep.claims if c.unit == "percent"]
    assert scopes, rep.claims
    assert all(("provisional" in s) is provisional for s in scopes)


@pytest.mark.parametrize(
    "articles",
    [
        [("en", "Turnout was 52 percent, down from 61 percent in 2019, the commission said.")],
        [
            ("en", "Turnout in Chisinau was 47.1 percent, the commission said."),
            ("ro", "Prezența la vot la Bălți a fost de 39,4%, potrivit observatorilor."),
        ],
    ],
)
def test_two_elections_turnouts_are_no_rivals(articles: list[tuple[str, str]]) -> None:
    batch = [
        _article(f"a{i}", lang, "2024-05-13", "Election\n\n" + text)
        for i, (lang, text) in enumerate(articles)
    ]
    assert _conflicts(batch) == []


@pytest.mark.parametrize(
    ("lang", "final", "rival"),
    [
        (
            "en",
            "With all ballots counted, turnout stood at 58.2 percent, the commission said.",
            "Turnout stood at 61.5 percent, according to observers.",
        ),
        (
            "fr",
            "Selon les résultats définitifs, après le dépouillement partiel de dimanche, la "
            "participation s'établit à 58,2 %.",
            "Le taux de participation s'établit à 61,5 %, selon les observateurs.",
        ),
        (
            "ro",
            "Potrivit rezultatelor preliminare, apoi rezultatele finale, prezența la vot a fost "
            "de 58,2%.",
            "Prezența la vot a fost de 61,5%, potrivit observatorilor.",
        ),
    ],
)
def test_a_final_result_is_no_stage_whatever_partial_word_stands_beside(
    lang: str, final: str, rival: str
) -> None:
    articles = [
        _article("a", lang, "2024-05-12", "Election\n\n" + final),
        _article("b", lang, "2024-05-12", "Election\n\n" + rival),
    ]
    rep = crosscheck.report(articles)
    first = [c for c in rep.claims if c.article == "a" and c.unit == "percent"]
    assert first
    assert all("final" in c.scope for c in first)
    assert _conflicts(articles) == [(58.2, 61.5)]
