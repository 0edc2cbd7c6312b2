"""Acceptance: the quotes tests/seeds_expected.json lists are found with their speakers,
and quote_similarity aligns the Romanian and Italian renderings of Putin's letter."""

from __future__ import annotations

import json
from itertools import product
from pathlib import Path

import pytest

from crosscheck._fold import fold
from crosscheck.extract._quotes import (
    QUOTE_MATCH_THRESHOLD,
    QuoteMention,
    find_quotes,
    quote_similarity,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXPECTED = json.loads(
    (Path(__file__).resolve().parent / "seeds_expected.json").read_text(encoding="utf-8")
)
MENTIONS = [m for event in EXPECTED["quotes"] for m in event["mentions"]]


def _quotes(article: str, lang: str) -> list[QuoteMention]:
    text = (SEEDS / article).read_bytes().decode("utf-8")
    return find_quotes(text, lang)


@pytest.mark.parametrize("mention", MENTIONS, ids=lambda m: f"{m['article'][:3]}@{m['start']}")
def test_expected_quote_is_found_with_its_speaker(mention: dict[str, object]) -> None:
    start = int(str(mention["start"]))
    surface = str(mention["surface"])
    found = [
        q
        for q in _quotes(str(mention["article"]), str(mention["lang"]))
        if q.start <= start < q.end
    ]
    assert found, f"no quote covers offset {start}"
    quote = found[-1]  # the innermost
    assert surface in quote.text
    assert quote.speaker is not None, quote
    surname = fold(str(mention["speaker"]).split()[-1])
    assert surname in fold(quote.speaker)


def test_expected_scare_quote_is_marked() -> None:
    juste = next(m for m in MENTIONS if m["surface"] == "juste")
    quote = next(
        q for q in _quotes(str(juste["article"]), "ro") if q.start == int(str(juste["start"]))
    )
    assert quote.scare
    # "…, conform informațiilor din presa internațională care preia raportul KCNA"
    assert quote.chain == ("informațiilor din presa internațională", "raportul KCNA")


def test_reported_chain_of_the_letter_quote() -> None:
    quotes = _quotes("000_4daffa0df12e8e81.txt", "ro")
    letter = next(q for q in quotes if q.text.startswith("Intrarea eroică"))
    assert letter.speaker == "Putin"
    assert letter.cue == "a scris"
    assert letter.outlet == "presei"
    assert letter.chain == ("presei", "raportul KCNA")


def test_pronoun_speaker_is_resolved_from_the_sentence_before() -> None:
    quotes = _quotes("000_4daffa0df12e8e81.txt", "ro")
    quote = next(q for q in quotes if q.start == 880)
    assert quote.speaker == "Vladimir Putin"
    assert quote.speaker_resolved
    assert quote.speaker_mention == "El"


RO = _quotes("000_4daffa0df12e8e81.txt", "ro")
IT = _quotes("002_397f05aa001151ac.txt", "it")


def _by_start(quotes: list[QuoteMention], start: int) -> QuoteMention:
    return next(q for q in quotes if q.start == start)


# Pairs of the two articles that report the same words of the letter, by the
# start of each quote. The listed events of expected.json, plus: the whole
# Romanian sentence (978) of which the Italian 1040 is a fragment; the
# Romanian headline phrase "prietenie invincibilă" (170); "special
# significance" (693) against the Italian sentence on the year's
# "particolare significato" (636).
SAME_WORDS = {
    (880, 1040),
    (693, 106),
    (693, 316),
    (2166, 570),
    (978, 1040),
    (170, 1040),
    (693, 636),
}


def test_seed_quotes_to_compare_are_there() -> None:
    assert {q.start for q in RO} >= {880, 693, 2166, 978, 170}
    assert {q.start for q in IT} >= {1040, 106, 316, 570, 636}


def test_invincible_friendship_pair_matches() -> None:
    a, b = _by_start(RO, 880), _by_start(IT, 1040)
    assert quote_similarity(a.text, b.text) >= QUOTE_MATCH_THRESHOLD
    assert quote_similarity(b.text, a.text) == quote_similarity(a.text, b.text)


def test_special_significance_pair_matches() -> None:
    a, b = _by_start(RO, 693), _by_start(IT, 106)
    assert quote_similarity(a.text, b.text) >= QUOTE_MATCH_THRESHOLD


@pytest.mark.parametrize(
    ("ro", "it"),
    [(a.start, b.start) for a, b in product(RO, IT) if (a.start, b.start) not in SAME_WORDS],
)
def test_unrelated_pairs_score_below_threshold(ro: int, it: int) -> None:
    a, b = _by_start(RO, ro), _by_start(IT, it)
    score = quote_similarity(a.text, b.text)
    assert score < QUOTE_MATCH_THRESHOLD, (a.text, b.text, score)


def test_invincible_pair_is_clearly_above_every_unrelated_pair() -> None:
    pair = quote_similarity(_by_start(RO, 880).text, _by_start(IT, 1040).text)
    unrelated = max(
        quote_similarity(a.text, b.text)
        for a, b in product(RO, IT)
        if (a.start, b.start) not in SAME_WORDS
    )
    assert pair >= unrelated + 25
