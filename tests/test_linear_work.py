"""Bounded work per article, proved by counting work, never by reading the clock.

Timings flake on a busy machine; counts do not. Each hostile article of issue 9
is extracted at 1x and 8x its size while a profiler hook counts every Python
call and every call of a compiled regular expression's methods; linear work
grows 8-fold, so the ratio must stay within ``8 * SLACK``. Sentences longer
than ``MAX_SENTENCE_CHARS`` are cut into windows, so the test shrinks that
window (to keep the inputs small) and makes both sizes span several windows.

The per-article time budget is tested with an injected fake clock, so whether
an article is skipped never depends on the speed of the machine under test.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

import pytest

import crosscheck
from crosscheck import Article
from crosscheck._codes import ArticleStatus, SkipReason
from crosscheck._errors import InputError
from crosscheck.align import _graph, _rules
from crosscheck.claims import _build
from crosscheck.claims._build import TooComplexError, extract_claims
from crosscheck.extract import _numerals, _sentences
from crosscheck.extract._quantities import extract_quantities
from crosscheck.extract._sentences import split_sentences
from crosscheck.lang import get_language

# Linear work grows 8x from 1x to 8x; the slack absorbs a window's fixed costs.
SLACK = 1.5
WINDOW = 200  # MAX_SENTENCE_CHARS while counting: small inputs already span windows

# (language, name, the repeated phrase, repeats at 1x): issue 9's table and ours.
HOSTILE = [
    ("ro", "quote pairs", "„a” a spus ", 40),
    ("ro", "same date", "15 august 2022 ", 30),
    ("ro", "no punctuation", "soldați mii de oameni ", 20),
    ("ro", "range chain", "între 1 și 2 și ", 30),
    ("ro", "dash chain", "1-2-", 100),
    ("en", "live blog", "according to the ministry, 3 killed; ", 12),
    ("en", "year chain", "2020-", 80),
    ("en", "comma list", "1,", 200),
    ("it", "toll sentence", "Il bilancio è salito a 2.056 morti ", 12),
    ("fr", "quote pairs", "« a » a dit ", 40),
    ("ru", "toll sentence", "Число погибших достигло 300 ", 15),
    ("ro", "toll sentences", "Bilanțul a crescut la 2.056 de morți. ", 40),
    ("ar", "toll sentence", "ارتفع عدد القتلى إلى 2000 شخص ", 15),
]


class _Counter:
    """Counts Python calls and regular-expression method calls while active."""

    def __init__(self) -> None:
        self.calls = 0
        self.regex = 0

    def __call__(self, frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            self.calls += 1
        elif event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
            self.regex += 1


def _count(work: Callable[[], object]) -> _Counter:
    counter = _Counter()
    sys.setprofile(counter)
    try:
        work()
    finally:
        sys.setprofile(None)
    return counter


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_sentences, "MAX_SENTENCE_CHARS", WINDOW)


def _article(code: str, text: str) -> Article:
    return Article(id="h", text=text, language=code, published="2031-01-01")


@pytest.mark.parametrize(("code", "name", "phrase", "repeats"), HOSTILE, ids=lambda v: str(v))
def test_extraction_work_grows_linearly(
    small_window: None, code: str, name: str, phrase: str, repeats: int
) -> None:
    extract_claims(_article(code, phrase * 2))  # load the language data outside the count
    one = _count(lambda: extract_claims(_article(code, phrase * repeats)))
    eight = _count(lambda: extract_claims(_article(code, phrase * repeats * 8)))
    assert len(phrase * repeats) >= 2 * WINDOW  # both sizes span several windows
    assert eight.calls <= 8 * SLACK * one.calls, (name, one.calls, eight.calls)
    assert eight.regex <= 8 * SLACK * max(one.regex, 1), (name, one.regex, eight.regex)


@pytest.fixture
def small_article_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """An article's claims of one block beyond 8 are compared with their 4 nearest only."""
    monkeypatch.setattr(_rules, "ARTICLE_PAIRS_LIMIT", 8)
    monkeypatch.setattr(_rules, "ARTICLE_NEIGHBOURS", 4)


@pytest.mark.parametrize(("code", "name", "phrase", "repeats"), HOSTILE, ids=lambda v: str(v))
def test_alignment_work_grows_linearly(
    small_window: None,
    small_article_limit: None,
    code: str,
    name: str,
    phrase: str,
    repeats: int,
) -> None:
    one_claims = extract_claims(_article(code, phrase * repeats))
    eight_claims = extract_claims(_article(code, phrase * repeats * 8))
    _graph.align(one_claims)  # warm caches outside the count
    one_pairs = _graph.align(one_claims).candidate_pairs
    eight_pairs = _graph.align(eight_claims).candidate_pairs
    one = _count(lambda: _graph.align(one_claims))
    eight = _count(lambda: _graph.align(eight_claims))
    n = max(len(one_claims), 1)
    assert len(eight_claims) <= 8 * SLACK * n  # extraction's own check, restated
    assert eight_pairs <= 8 * SLACK * max(one_pairs, n), (name, one_pairs, eight_pairs)
    assert eight.calls <= 8 * SLACK * max(one.calls, 1), (name, one.calls, eight.calls)


@pytest.mark.parametrize(("code", "name", "phrase", "repeats"), HOSTILE, ids=lambda v: str(v))
def test_report_work_grows_linearly(
    small_window: None,
    small_article_limit: None,
    code: str,
    name: str,
    phrase: str,
    repeats: int,
) -> None:
    """The whole report (stories, alignment, judgement, JSON), not extraction alone."""

    def run(k: int) -> None:
        crosscheck.report([_article(code, phrase * repeats * k)]).to_json()

    run(1)
    one, eight = _count(lambda: run(1)), _count(lambda: run(8))
    assert eight.calls <= 8 * SLACK * one.calls, (name, one.calls, eight.calls)
    assert eight.regex <= 8 * SLACK * max(one.regex, 1), (name, one.regex, eight.regex)


def _claim(article: str, n: int) -> crosscheck.Claim:
    return crosscheck.Claim(
        id=f"{article}#q{n:03d}",
        article=article,
        kind="quantity",
        text="5",
        start=10 * n,
        end=10 * n + 1,
        sentence="5",
        sentence_start=10 * n,
        language="en",
        low=5,
        high=5,
        unit="killed",
    )


def test_article_pairs_below_the_limit_are_every_pair(small_article_limit: None) -> None:
    members = [_claim("a", n) for n in range(8)] + [_claim("b", n) for n in range(8)]
    pairs = [(a.id, b.id) for a, b in _rules.article_pairs(members)]
    assert len(pairs) == len(set(pairs)) == 16 * 15 // 2


def test_article_pairs_beyond_the_limit_keep_text_neighbours(small_article_limit: None) -> None:
    big = [_claim("a", n) for n in range(40)]
    other = [_claim("b", n) for n in range(3)]
    pairs = list(_rules.article_pairs(big + other))
    same = [(a, b) for a, b in pairs if a.article == b.article == "a"]
    across = [(a, b) for a, b in pairs if a.article != b.article]
    assert len(across) == 40 * 3  # two articles' claims are all compared
    assert all(abs(a.start - b.start) <= 10 * 4 for a, b in same)
    assert len(same) == sum(min(4, 39 - i) for i in range(40))
    assert {c.id for pair in same for c in pair} == {c.id for c in big}  # no claim left out


def test_date_pairs_skip_one_articles_dates() -> None:
    members = [_claim("a", n) for n in range(5)] + [_claim("b", n) for n in range(2)]
    pairs = list(_rules.article_pairs(members, same_article=False))
    assert len(pairs) == 5 * 2
    assert all(a.article != b.article for a, b in pairs)


def test_counter_sees_quadratic_work() -> None:
    """The counter is not blind: an all-pairs loop fails the same check."""

    def pairs(n: int) -> None:
        pattern = re.compile("a")
        for i in range(n):
            for _ in range(n):
                pattern.match("a", i % 1)

    one, eight = _count(lambda: pairs(20)), _count(lambda: pairs(160))
    assert eight.regex > 8 * SLACK * one.regex


def test_long_sentences_are_cut_into_bounded_windows() -> None:
    text = "cuvânt " * 20_000  # 140,000 characters, no sentence end
    spans = split_sentences(text)
    limit = _sentences.MAX_SENTENCE_CHARS
    assert all(0 < e - s <= limit for s, e in spans)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert "".join(text[s:e] + " " for s, e in spans) == text  # cut at spaces, nothing lost
    unbroken = "x" * (3 * limit + 5)
    assert split_sentences(unbroken) == [
        (0, limit),
        (limit, 2 * limit),
        (2 * limit, 3 * limit),
        (3 * limit, 3 * limit + 5),
    ]
    ordinary = "Il a dit que 5 personnes sont mortes. Le bilan est lourd."
    assert split_sentences(ordinary) == [(0, 37), (38, len(ordinary))]


def test_long_words_and_digit_runs_are_refused_early() -> None:
    assert _numerals._split_compound("duemiladuecento", "it") is not None
    assert _numerals._split_compound("due" * 1000, "it") is None
    english = get_language("en")
    counted = _count(lambda: extract_quantities("1" * 200_000, english))
    assert counted.calls < 5_000  # no conversion of a 200,000-digit run
    # find_quantities reads so long a text in 1,000-character windows: a bounded
    # cost per window (each refused as an id-like run), never a conversion
    windows = _count(lambda: crosscheck.find_quantities("1" * 200_000, "en"))
    assert windows.calls < 200 * 5_000
    assert crosscheck.find_quantities("22,24,26,31 killed", "en")  # a list still splits


# --------------------------------------------------------------------------- #
# The per-article time budget, with a fake clock
# --------------------------------------------------------------------------- #


class _FakeClock:
    """A monotonic clock that advances ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step
        self.reads = 0

    def __call__(self) -> float:
        self.reads += 1
        self.now += self.step
        return self.now


_TEXT = "At least 12 people were killed and 30 injured, police said. Another 5 died later."


def test_extraction_over_its_budget_raises() -> None:
    article = _article("en", _TEXT)
    with pytest.raises(TooComplexError) as caught:
        extract_claims(article, budget=2.5, clock=_FakeClock(step=1.0))
    assert caught.value.article == "h"
    assert caught.value.budget == 2.5
    assert "2.5 s" in str(caught.value)
    assert extract_claims(article, budget=1000.0, clock=_FakeClock(step=1.0))


def test_no_budget_never_reads_the_clock() -> None:
    def forbidden() -> float:
        raise AssertionError("the clock was read")

    assert extract_claims(_article("en", _TEXT), budget=None, clock=forbidden)


def test_report_skips_an_article_over_budget_and_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = _build.extract_claims

    def clocked(article: Article, *, budget: float | None = None) -> Any:
        # only the article called "slow" sees time pass
        clock = _FakeClock(step=100.0 if article.id == "slow" else 0.0)
        return real(article, budget=budget, clock=clock)

    monkeypatch.setattr(crosscheck._report, "extract_claims", clocked)
    articles = [
        Article(id="fast", text=_TEXT, language="en"),
        Article(id="slow", text=_TEXT, language="en"),
    ]
    result = crosscheck.report(articles, time_budget=5)
    records = {r.id: r for r in result.articles}
    assert records["fast"].status == ArticleStatus.OK
    assert records["slow"].status == ArticleStatus.SKIPPED
    assert records["slow"].reason == SkipReason.TOO_COMPLEX == "skipped.too_complex"
    assert "5 s budget" in (records["slow"].detail or "")
    assert {c.article for c in result.claims} == {"fast"}
    assert crosscheck.Report.from_json(result.to_json()).articles == result.articles
    # without a budget nothing is skipped
    unlimited = crosscheck.report(articles, time_budget=None)
    assert all(r.status == ArticleStatus.OK for r in unlimited.articles)


@pytest.mark.parametrize("bad", [0, -1, float("nan"), "5", True])
def test_report_refuses_a_bad_budget(bad: Any) -> None:
    with pytest.raises(InputError):
        crosscheck.report([Article(id="a", text=_TEXT, language="en")], time_budget=bad)


def test_cli_time_budget_option() -> None:
    from crosscheck.cli import _time_budget

    assert _time_budget("2.5") == 2.5
    assert _time_budget("0") is None  # 0 turns the limit off
    for bad in ("-1", "soon", "inf", "nan"):
        with pytest.raises(argparse.ArgumentTypeError):
            _time_budget(bad)


def test_budget_partial_pickles() -> None:
    """The worker pool sends the budgeted extraction to other processes."""
    import pickle

    work = functools.partial(crosscheck._report._claims_within, budget=3.0)
    assert pickle.loads(pickle.dumps(work)).keywords == {"budget": 3.0}
    error = TooComplexError("a", 3.0)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
