"""A figure picked out of a group ("two Romanians among the victims") counts part of
it: it is never set against the group's whole toll (claims._statements.picked_out)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.ingest._article import Article

from ._articles import quantities


def _claim(text: str, lang: str, figure: str) -> crosscheck.Claim:
    claims = [c for c in quantities(text, lang) if figure in c.text]
    assert claims, [c.text for c in quantities(text, lang)]
    return claims[0]


def _conflicting(texts: list[str], lang: str) -> list[set[str]]:
    """The texts of the claims on each side of every conflict finding of a one-day batch."""
    arts = [
        Article(id=f"a{i}", text=t, language=lang, published="2025-03-02", story="s")
        for i, t in enumerate(texts)
    ]
    rep = crosscheck.report(arts)
    texts_by_id = {c.id: c.text for c in rep.claims}
    return [{texts_by_id[cid] for s in f.sides for cid in s.claims} for f in rep.conflicts]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Six people died in the crash. Two Romanians were among the victims.", "Two"),
        ("en", "The bus overturned. Three of the injured are Polish tourists.", "Three"),
        ("fr", "L'incendie a fait six morts. Deux des victimes sont roumaines.", "Deux"),
        ("it", "Il crollo ha fatto sei morti. Due romeni tra le vittime.", "Due"),
        ("es", "El accidente dejó seis muertos. Dos rumanos entre las víctimas.", "Dos"),
        ("de", "Beim Brand starben sechs Menschen. Zwei Rumänen unter den Opfern.", "Zwei"),
        ("ro", "Incendiul a ucis șase oameni. Doi italieni printre victime.", "Doi"),
        ("nl", "Bij de brand vielen zes doden. Twee van de slachtoffers zijn Roemenen.", "Twee"),
        ("ru", "Погибли шесть человек. Двое из погибших — граждане Румынии.", "Двое"),
        ("pl", "Zginęło sześć osób. Dwie z ofiar to Rumuni.", "Dwie"),
        ("pt", "O incêndio matou seis pessoas. Dois romenos entre as vítimas.", "Dois"),
        ("en", "Among the dead were two Romanians, the embassy said.", "two"),
        ("en", "Six people died, among them two Romanians.", "two"),
        ("en", "Six people died. The dead include two Romanians.", "two"),
        ("es", "Murieron seis personas. Las víctimas incluyen a dos rumanos.", "dos"),
        ("fr", "Six morts. Les victimes comptent deux Roumains.", "deux"),
        ("it", "Sei morti. Le vittime comprendono due romeni.", "due"),
        ("ro", "Șase morți. Victimele includ doi italieni.", "doi"),
        ("ro", "Șase persoane au murit, printre care doi români.", "doi"),
    ],
)
def test_a_figure_picked_out_of_a_group_is_a_part(lang: str, text: str, figure: str) -> None:
    claim = _claim(text, lang, figure)
    assert claim.among is not None or claim.part_of is not None


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # a partitive before no status noun picks out nothing
        ("en", "Six people died among the rubble of the hotel.", "Six"),
        ("fr", "Six personnes sont mortes parmi les décombres.", "Six"),
        # the partitive after a comma is the next figure's, never the whole's
        ("en", "Six people died, among them two Romanians.", "Six"),
        ("ro", "Șase persoane au murit, printre care doi români.", "Șase"),
        ("it", "Sei persone sono morte, tra cui due romeni.", "Sei"),
        # a group that is no status ("civilians") is not what is picked out of
        ("en", "Twelve soldiers were among the civilians evacuated.", "Twelve"),
        # an include verb after no status noun takes in no part of a group
        ("en", "The deployment includes 300 soldiers.", "300"),
        ("es", "El plan incluye a 300 soldados.", "300"),
        # the "of" of a toll noun after the figure: the toll of the dead, all of it
        ("it", "È salito a 82 il bilancio dei morti nell'incendio.", "82"),
        ("fr", "Il a porté à 82 le nombre des morts.", "82"),
        ("es", "Eleva a 82 el número de los muertos.", "82"),
        ("en", "It brought to 82 the number of the dead.", "82"),
        # the toll itself
        ("de", "Beim Brand starben sechs Menschen.", "sechs"),
    ],
)
def test_a_whole_or_a_figure_beside_no_status_is_no_part(lang: str, text: str, figure: str) -> None:
    claim = _claim(text, lang, figure)
    assert claim.among is None
    assert claim.part_of is None


@pytest.mark.parametrize(
    ("lang", "whole", "part"),
    [
        (
            "en",
            "Six people died in the fire, the police said.",
            "Two Romanians were among the dead, the ministry said.",
        ),
        (
            "it",
            "Sei persone sono morte nel crollo, secondo la prefettura.",
            "Due romeni tra le vittime, ha detto il ministero.",
        ),
        (
            "ro",
            "Șase persoane au murit în incendiu, potrivit poliției.",
            "Doi italieni printre victime, a anunțat ministerul.",
        ),
        (
            "fr",
            "Six personnes sont mortes dans l'incendie, selon la police.",
            "Six morts, dont deux Roumains, selon le ministère.",
        ),
    ],
)
def test_a_nationality_among_the_dead_is_no_rival_of_the_toll(
    lang: str, whole: str, part: str
) -> None:
    assert _conflicting([whole, part], lang) == []


def test_two_counts_of_one_nationality_among_the_dead_still_conflict() -> None:
    found = _conflicting(
        [
            "Six people died in the fire. Two Romanians were among the dead, the embassy said.",
            "Six people died in the fire. Four Romanians were among the dead, the ministry said.",
        ],
        "en",
    )
    assert any({"Two Romanians", "Four Romanians"} <= side for side in found)
