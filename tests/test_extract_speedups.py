"""The shortcuts taken for extraction speed give what the plain code gives.

Each test pits a shortcut against the plain loop it replaced, on text that
has the awkward cases (words glued to digits, underscores, apostrophes,
capitals, letters of other scripts), so a shortcut that drifts fails here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import Article, find_quantities
from crosscheck._compiled import compiled_modules
from crosscheck._fold import fold
from crosscheck._phrases import word_runs
from crosscheck.claims._build import extract_claims
from crosscheck.extract import _context, _quantities
from crosscheck.extract._quantities import (
    _WORD,
    _atoms,
    _Blockers,
    _is_measure,
    _whole_words,
    _year_shaped,
)
from crosscheck.lang import available_languages, get_language

from .test_regex_linear import _nested

_TEXT = (
    "A man, an ox and one dog; a_b 2a a2 una uno un' l'un UN un-deux "
    "Un muerto y una herida, ein Toter, un mort, o morto, um ferido, "
    "один погибший, одна, один2 ال رجل وال، واحد; the area, banana a. an?"
)


def _plain(words: frozenset[str], folded: str) -> list[tuple[int, int]]:
    """The loop _whole_words replaces: every _WORD run that is one of ``words``."""
    return [m.span() for m in _WORD.finditer(folded) if m.group() in words]


@pytest.mark.parametrize("code", available_languages())
def test_whole_words_finds_the_articles_the_word_loop_finds(code: str) -> None:
    lang = get_language(code)
    words = frozenset(lang.articles)
    text = fold(_TEXT + " " + " ".join(sorted(words)) + " x" + "y".join(sorted(words)))
    found = [m.span() for m in _whole_words(words).finditer(text)]
    assert found == _plain(words, text)


def test_whole_words_leaves_out_what_is_no_word_run() -> None:
    pattern = _whole_words(frozenset({"un'", "a", "a b"}))
    assert [m.group() for m in pattern.finditer("un' a ab a b ba a")] == ["a", "a", "a"]
    assert _whole_words(frozenset({"un'"})).search("un' un") is None


def test_whole_words_matches_the_longest_listed_word() -> None:
    pattern = _whole_words(frozenset({"un", "una", "uno"}))
    assert [m.group() for m in pattern.finditer("una un uno unos")] == ["una", "un", "uno"]


def test_whole_words_groups_words_by_first_letter_and_sees_letters_before() -> None:
    # words that share a first letter, a one-letter word, a prefix of another
    words = frozenset({"a", "an", "ab", "o", "ein", "eine", "einem"})
    text = "a an ab abc ba xa 2a a2 _a o oa éa an-a ein eine einem keine eines a"
    found = [m.span() for m in _whole_words(words).finditer(text)]
    assert found == _plain(words, text)
    assert [text[s:e] for s, e in found][:3] == ["a", "an", "ab"]
    assert _whole_words(frozenset({"a"})).search("xa ya") is None


@pytest.mark.parametrize("code", available_languages())
def test_whole_words_pattern_nests_no_repeat(code: str) -> None:
    pattern = _whole_words(frozenset(get_language(code).articles))
    assert not _nested(pattern)  # linear time on any text (see test_regex_linear)


_MEMOISED = [
    (_context, "source_span"),
    (_context, "np_after"),
    (_context, "_np_before"),
    (_quantities, "_currency_before"),
    (_quantities, "_unit_right_before"),
    (_quantities, "_noun_at"),
]

_ARTICLES = [
    Article(
        id="en",
        text=(
            "The health ministry said on Monday that 120 people were killed. "
            "According to the Red Crescent, 300 more were injured, officials added. "
            "Rescuers, citing local authorities, said 45 were missing and $3 million, "
            "US$ 2 bn or 5,000 euros were pledged after the magnitude 6.8 quake."
        ),
        language="en",
    ),
    Article(
        id="es",
        text=(
            "Según el Ministerio del Interior, 2.946 personas murieron y 5.674 resultaron "
            "heridas, informó la agencia. El sismo de magnitud 7 dejó 1.200 muertos."
        ),
        language="es",
    ),
]


def test_memoised_look_arounds_answer_as_computed_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """Claims and figures are the same with every memo bypassed."""
    for module, name in _MEMOISED:
        getattr(module, name).cache_clear()
    memoised = [(extract_claims(a), find_quantities(a.text, a.language)) for a in _ARTICLES]
    for module, name in _MEMOISED:
        monkeypatch.setattr(module, name, getattr(module, name).__wrapped__)
    plain = [(extract_claims(a), find_quantities(a.text, a.language)) for a in _ARTICLES]
    assert memoised == plain
    assert any(claims for claims, _ in plain)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "In 2022 the magnitude 6.8 quake killed 2,946 people; 5,000 were hurt, 300 homes."),
        ("de", "Das Beben der Stärke 6,8 tötete 2.946 Menschen, 2023 waren es 12 und 40 Tote."),
        ("es", "En 2024 el sismo de magnitud 7 dejó 1.200 muertos y 3 000 heridos, 45 km al sur."),
    ],
)
def test_blockers_decided_lazily_are_those_decided_up_front(code: str, text: str) -> None:
    lang = get_language(code)
    folded = fold(text)
    atoms = _atoms(text, folded, lang, full=False)
    assert len(atoms) >= 5
    eager = frozenset(
        a.start for a in atoms if not _year_shaped(a) and not _is_measure(text, folded, a, lang)
    )
    assert eager
    assert eager != frozenset(a.start for a in atoms)  # some figures do not block
    lazy = _Blockers(text, folded, atoms, lang)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 2):
            expected = max((f for f in eager if lo <= f < hi), default=None)
            assert lazy.last_between(lo, hi) == expected, (lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "a man, an ox_and 3 dogs; 2a a2 l'un un-deux end",
        "  leading spaces and trailing  ",
        "",
        "123 456",
        "ça fait 5 ans, déjà: Ärger über 2 ß",
        "один погибший, ال رجل 5",
        "10 km² ½ ²3 Ⅻ x_y abc٣٤def ٣٤ e\u0301t\u00e9 अस्पताल 5bn",
    ],
)
def test_word_tokens_are_the_word_runs_in_ascii_and_other_text(text: str) -> None:
    # The grammar's words come as lists from the text's token lists: they are
    # the runs of letters a search finds, but for those a figure takes ("bn").
    from crosscheck.extract._numerals import _WORD as WORD
    from crosscheck.extract._numerals import _tokens

    folded = fold(text)
    tokens = list(zip(*_tokens(text, folded, get_language("en")), strict=True))
    figs = [(s, e) for s, e, _, f in tokens if f is not None]
    want = [
        (m.start(), m.end(), m.group(), None)
        for m in WORD.finditer(folded)
        if not any(s < m.end() and m.start() < e for s, e in figs)
    ]
    assert [t for t in tokens if t[3] is None] == want


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("aZé_ 1٣²½Ⅻ\u0301-',.\nдال三"),
        max_size=40,
    )
    | st.text(max_size=40)
)
def test_word_runs_from_the_token_lists_are_the_runs_of_letters(text: str) -> None:
    # The numeral grammar reads its words from the phrase sets' token lists
    # (one split of a text for both): the same runs as a search of their own.
    from crosscheck._phrases import word_runs
    from crosscheck.extract._numerals import _WORD as WORD

    for subject in (text, fold(text)):
        begins, words = word_runs(subject)
        assert list(zip(begins, words, strict=True)) == [
            (m.start(), m.group()) for m in WORD.finditer(subject)
        ]


def test_numeric_dates_find_web_addresses_only_where_one_opens() -> None:
    from crosscheck.extract._quantities import _numeric_dates

    text = "see https://x.org/2024/05/3 or www.y.com/7 and http://z.net/9, not wwwx 5"
    spans = [text[s:e] for s, e in _numeric_dates(text)]
    assert spans == ["https://x.org/2024/05/3", "www.y.com/7", "http://z.net/9,"]
    assert _numeric_dates("no address: 12 people, ww.5, htp://3") == []


@pytest.mark.skipif(
    "crosscheck.extract._numerals" in compiled_modules(),
    reason="subclasses the parser, which a compiled module does not allow; the pure build "
    "(the default) checks it",
)
@pytest.mark.parametrize("code", available_languages())
def test_lone_figure_shortcut_gives_what_the_grammar_gives(code: str) -> None:
    # Figures of plain digits followed by what may or may not continue them: the
    # shortcut (_Parser._ends_figure) must give the atoms the full grammar gives.
    from crosscheck.extract import _numerals

    lang = get_language(code)
    tails = sorted(
        {*lang.joiners, *lang.noun_links, *list(lang.multipliers)[:3], *lang.numerals.signs_after}
    )
    text = " ".join(
        [
            "5 people, 12 (twelve) and 3/4, 3 / 4, 7-8, 20 30, 1.5 and 4 -",
            *(f"{n} {w} 2 x" for n, w in enumerate(tails, start=10)),
            "99",
        ]
    )
    folded = fold(text)
    parser = _numerals._Parser(text, folded, lang, full=False)
    fast = parser.scan()

    class _NoShortcut(_numerals._Parser):
        def _ends_figure(self, k: int) -> bool:
            return False

    slow = _NoShortcut(text, folded, lang, full=False).scan()
    assert fast == slow


@pytest.mark.skipif(
    "crosscheck.extract._numerals" in compiled_modules(),
    reason="subclasses the parser, which a compiled module does not allow; the pure build "
    "(the default) checks it",
)
@pytest.mark.parametrize("code", available_languages())
def test_openers_before_a_plain_word_shortcut_gives_what_the_grammar_gives(code: str) -> None:
    # An article, sign word or half-noun opener before a word that opens no number
    # is skipped by the scan (_Parser._opens_nothing); before a number word, a
    # figure, a connector ("un sur trois"), a "one_before" word ("un seul") or the
    # rest of a half noun ("la mitad"), or after a "one_after" word ("solo una"),
    # the grammar reads it; so it does an article that is also the word for one
    # ("un", "ein") at the end of a clause or before a joiner ("uno e mezzo"). The
    # atoms are those of the grammar run on every opener.
    from crosscheck.extract import _numerals

    quiet = _numerals._quiet(code)
    if quiet is None:
        pytest.skip("the language lists a connector or half noun with no word")
    lang = get_language(code)
    openers = sorted(quiet.openers | quiet.ones)
    joiners = {*lang.joiners, *lang.numerals.mixed_joiners}
    follows = sorted(quiet.ones_follow | joiners)
    numbers = sorted(lang.number_vocabulary)[:6] + sorted(lang.numerals.fractions)[:4]
    text = " ".join(
        [
            *(f"x {o} zzqx, {o} 3 y, {o} {n} y." for o in openers for n in numbers[:2]),
            *(f"x {o} {f} 3 y, {o} {f} {n} y." for o in openers for f in follows for n in numbers),
            *(f"{p} {o} zzqx, {p} {o}." for o in openers for p in sorted(quiet.precedes)),
            *(f"{o}, {o}" for o in openers),
        ]
    )
    folded = fold(text)

    class _NoShortcut(_numerals._Parser):
        def _opens_nothing(self, i: int, known: list[bool | None], quiet: object) -> bool:
            return False

    _numerals._Parser(text, folded, lang, full=False).scan()  # the start memo, warm
    fast = _numerals._Parser(text, folded, lang, full=False)
    assert fast.scan() == _NoShortcut(text, folded, lang, full=False).scan()
    # the shortcut holds before a plain word; not before a figure, after a word
    # that makes the opener the numeral one, nor for "one" ending a clause
    memo = _numerals._START_MEMO[code]
    known = list(map(memo.get, fast.tok_word))
    words = fast.tok_word

    def at(pick: Callable[[int], bool]) -> list[int]:
        return [i for i in range(1, fast.n - 1) if words[i] in openers and pick(i)]

    plain = at(lambda i: words[i + 1] == "zzqx" and words[i - 1] not in quiet.precedes)
    after_precedes = at(
        lambda i: (
            words[i + 1] == "zzqx" and words[i - 1] in quiet.precedes and words[i] not in quiet.idle
        )
    )
    before_figures = at(
        lambda i: (
            fast.tok_fig[i + 1] is not None
            and fast.joinable(i + 1)  # not "a - 3"
            and words[i] not in quiet.idle
        )
    )
    ones_ending = at(lambda i: words[i] in quiet.ones and folded[fast.tok_end[i]] in ".,")
    assert plain
    assert before_figures
    assert all(fast._opens_nothing(i, known, quiet) for i in plain)
    assert not any(fast._opens_nothing(i, known, quiet) for i in after_precedes)
    assert not any(fast._opens_nothing(i, known, quiet) for i in before_figures)
    assert not any(fast._opens_nothing(i, known, quiet) for i in ones_ending)
    # a decimal word opens nothing in running text, even before a figure
    idle = at(lambda i: words[i] in quiet.idle)
    assert all(fast._opens_nothing(i, known, quiet) for i in idle)


def test_openers_shortcut_knows_articles_that_are_one_and_decimal_words() -> None:
    from crosscheck.extract import _numerals

    es, de, fr = (_numerals._quiet(code) for code in ("es", "de", "fr"))
    assert es is not None
    assert de is not None
    assert fr is not None
    assert {"un", "una"} <= es.ones
    assert "la" in es.openers
    assert "mitad" in es.follows  # "la mitad"
    assert {"y", "con"} <= es.ones_follow  # "uno y medio", "uno con cinco"
    assert "coma" in es.idle
    assert "menos" not in es.idle  # a sign: "menos tres"
    assert "die" in de.openers
    assert "die" not in de.idle  # an article: "die Hälfte"
    assert "virgule" in fr.idle
    assert "seul" in fr.follows  # "un seul"


@pytest.mark.parametrize("code", available_languages())
def test_scan_visiting_only_possible_openers_reads_every_number(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The scan skips the tokens its start memo says open no number; with that memo
    # cold, warm, or saying nothing (every token then asked afresh, as a scan that
    # visits every token does), the atoms are the same.
    from crosscheck.extract import _numerals

    lang = get_language(code)
    vocabulary = sorted(lang.number_vocabulary)[:40]
    articles = sorted(lang.articles)[:3] or ["the"]
    text = " ".join(
        [
            "5 people, 12 (twelve) and 3/4 of them, 7-8 or 20 30;",
            *(
                f"{a} {w} x {w}, {n} {w} y"
                for n, (a, w) in enumerate(
                    zip(articles * len(vocabulary), vocabulary, strict=False), start=2
                )
            ),
            "z 99",
        ]
    )
    folded = fold(text)

    def scan() -> list[_numerals.Atom]:
        return _numerals._Parser(text, folded, lang, full=False).scan()

    monkeypatch.setitem(_numerals._START_MEMO, code, {})
    cold = scan()
    warm = scan()
    assert any(v is False for v in _numerals._START_MEMO[code].values())

    class _Forgetful(dict[str, bool]):
        def get(self, key: str, default: object = None) -> None:  # type: ignore[override]
            return None

    monkeypatch.setitem(_numerals._START_MEMO, code, _Forgetful())
    assert cold == warm == scan()
    assert cold


@pytest.mark.parametrize(
    ("text", "shown", "qualifier", "unit", "increment"),
    [
        # the bound or increment right after the figure, before its noun ...
        ("They sent 500 or more troops.", "500 or more troops", "at_least", "troops", False),
        ("Police counted 300 more protesters.", "300 more protesters", "exact", "protesters", True),
        # ... after the noun (looked for again once the noun moved the figure's end) ...
        ("They sent 500 troops or more.", "500 troops or more", "at_least", "troops", False),
        ("Police counted 300 protesters more.", "300 protesters more", "exact", "protesters", True),
        # ... or with no noun at all (looked for once: the end has not moved)
        ("about five hundred or more came", "about five hundred or more", "at_least", None, False),
        ("Another 40 were added, 40 more.", "40 more", "exact", None, True),
    ],
)
def test_bound_and_increment_after_a_figure_are_read_before_or_after_its_noun(
    text: str, shown: str, qualifier: str, unit: str | None, increment: bool
) -> None:
    q = [q for q in find_quantities(text, "en") if q.text == shown]
    assert len(q) == 1, find_quantities(text, "en")
    assert (q[0].qualifier, q[0].unit, q[0].increment) == (qualifier, unit, increment)


def _tok(start: int, end: int, word: str) -> tuple[int, int, str, None]:
    """A word token as the grammar's token lists hold it: span, word and no figure."""
    return (start, end, word, None)


def _joined_token_by_token(raw: list[tuple[int, int, str, object]], folded: str, code: str) -> list:
    """The number words in pieces joined as _tokens did, visiting every token."""
    from crosscheck.extract._numerals import _hyphen_heads, _vocabulary

    heads, vocab = _hyphen_heads(code), _vocabulary(code)
    words = []
    i = 0
    while i < len(raw):
        best = None
        for size in (3, 2) if raw[i][2] in heads else ():
            run = raw[i : i + size]
            if len(run) < size:
                continue
            if all(folded[a[1] : b[0]] in ("-", " ", "'") for a, b in itertools.pairwise(run)):
                joined = "-".join(r[2] for r in run)
                if joined not in vocab:
                    joined = folded[run[0][0] : run[-1][1]]
                if joined in vocab:
                    best = (run[0][0], run[-1][1], joined, size)
                    break
        if best:
            words.append(_tok(best[0], best[1], best[2]))
            i += best[3]
        else:
            words.append(raw[i])
            i += 1
    return words


@pytest.mark.parametrize("code", available_languages())
def test_number_words_in_pieces_are_joined_where_a_head_opens_them(code: str) -> None:
    # _tokens visits only the words that may open a number word in pieces; the
    # words it gives are those of a visit to every token (no figures in the text).
    from crosscheck.extract import _numerals

    pieces = sorted(w for w in _numerals._vocabulary(code) if "-" in w or "'" in w)[:30]
    text = " ".join(
        [
            "start",
            *(f"x {w} y {w.replace('-', ' ')} {w}-z" for w in pieces),
            *(w.split("-")[0] for w in pieces[:3]),
            "end",
        ]
    )
    folded = fold(text)
    lang = get_language(code)
    raw = [(s, s + len(w), w, None) for s, w in zip(*word_runs(folded), strict=True)]
    want = _joined_token_by_token(raw, folded, code)
    assert list(zip(*_numerals._tokens(text, folded, lang), strict=True)) == want
    if _numerals._hyphen_heads(code):
        assert len(want) < len(raw)  # some number word was joined


def _glued_word_by_word(text: str, folded: str, code: str) -> list:
    """The words of _tokens before any joining, as a loop over every word found
    them: figure-covered words left out, a joiner glued to a number word split off."""
    from crosscheck.extract._numerals import _WORD, _figures, _vocabulary

    lang = get_language(code)
    figs = _figures(text, folded, lang)
    vocab = _vocabulary(code)
    raw = []
    k = 0
    for m in _WORD.finditer(folded):
        begin, stop = m.span()
        while k < len(figs) and figs[k].end <= begin:
            k += 1
        if k < len(figs) and figs[k].start < stop and begin < figs[k].end:
            continue
        word = m.group()
        glue = (
            None
            if word in vocab
            else next(
                (
                    g
                    for g in lang.numerals.glue_joiners
                    if word[len(g) :] in vocab and word.startswith(g)
                ),
                None,
            )
        )
        if glue:
            raw.append(_tok(begin, begin + len(glue), glue))
            raw.append(_tok(begin + len(glue), stop, word[len(glue) :]))
            continue
        raw.append(_tok(begin, stop, word))
    return raw


@pytest.mark.parametrize(
    "text",
    [
        "قتل وعشرون شخصا و5 آخرون ووزير وثلاثة 12وعشرين والعشرون و وعشرون",
        "وعشرون",
        "no glue 5bn here",
        "",
    ],
)
def test_joiners_glued_to_number_words_are_split_off_as_word_by_word(text: str) -> None:
    from crosscheck.extract import _numerals

    folded = fold(text)
    lang = get_language("ar")
    tokens = zip(*_numerals._tokens(text, folded, lang), strict=True)
    words = [t for t in tokens if t[3] is None]
    # the pieces of hyphenated number words are joined after the split
    want = _joined_token_by_token(_glued_word_by_word(text, folded, "ar"), folded, "ar")
    assert words == want


# --------------------------------------------------------------------------- #
# Per-figure rules that ask their deciding question first (session 29)
# --------------------------------------------------------------------------- #


def _sentence_begin_forwards(folded: str, start: int) -> int:
    """The loop _sentence_begin replaces: every sentence end before ``start``, in order."""
    begin = max(0, start - _quantities._SENTENCE_REACH)
    for m in _quantities._SENTENCE_END.finditer(folded, begin, start):
        begin = m.end()
    return begin


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\t\u00a0\u2028x1,"), max_size=60))
def test_sentence_begin_read_backwards_is_the_last_end_read_forwards(text: str) -> None:
    for start in range(-2, len(text) + 3):
        assert _quantities._sentence_begin(text, start) == _sentence_begin_forwards(text, start)


def test_sentence_begin_reads_back_no_further_than_its_reach() -> None:
    text = "Intro. " + "x " * 300 + "and 5 died"
    start = text.index("5")
    assert _quantities._sentence_begin(text, start) == start - _quantities._SENTENCE_REACH
    assert _quantities._sentence_begin("One. Two 5", 9) == 4  # right after the period


# The phone pattern as it was written before its alternatives opened with their character.
_PHONE_GROUPED = re.compile(
    r"(?:\+(?<![0-9.,]\+)[0-9]{1,3}[ .-]?[0-9]{1,4}|0(?<![0-9.,]0)[0-9]{1,4})"
    r"(?:[ ./-][0-9]{2,4}){2,5}(?![0-9])"
    r"|0(?<![0-9.,]0)[0-9]{2,4}[ ./-][0-9]{3,4}(?![0-9.,])"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 ./-+,a"), max_size=40))
def test_phone_pattern_opening_with_its_characters_finds_what_it_found(text: str) -> None:
    want = [m.span() for m in _PHONE_GROUPED.finditer(text)]
    assert [m.span() for m in _quantities._PHONE.finditer(text)] == want


def test_phone_pattern_finds_phones_and_leaves_counts() -> None:
    text = "call 0721 456 789 or +40 721 456 789, 06 4567 8910; 1,0721 456 789 and 5 000"
    found = [text[m.start() : m.end()] for m in _quantities._PHONE.finditer(text)]
    assert found == ["0721 456 789", "+40 721 456 789", "06 4567 8910"]


def _currency_before_plain(text: str, folded: str, pos: int, lang: object) -> object:
    """_currency_before without its small-letter shortcut: every window tried."""
    stop = _quantities._back_spaces(folded, pos)
    if pos - stop > 1 or not lang.currency.may_end(folded, stop, text):  # type: ignore[attr-defined]
        return None
    w0 = max(0, stop - _quantities._CURRENCY_BACK - 1)
    for begin in range(max(0, stop - _quantities._CURRENCY_BACK), stop):
        if begin > 0 and folded[begin - 1].isalnum() and folded[begin].isalnum():
            continue
        m = lang.currency.match_at(folded[w0:stop], begin - w0, text[w0:stop])  # type: ignore[attr-defined]
        if m is not None and m.end + w0 == stop:
            m = _quantities.PhraseMatch(m.label, m.start + w0, m.end + w0, m.phrase)
            if _quantities._is_code(text, m):
                return m
    return None


@pytest.mark.parametrize("code", available_languages())
def test_currency_before_a_small_letter_is_what_every_window_gives(code: str) -> None:
    lang = get_language(code)
    phrases = sorted({p.strip().rstrip("*") for ps in lang.currency.phrases.values() for p in ps})
    # every listed phrase as written, in small letters and in capitals, glued and spaced
    # before a figure, and after plain words that end in small letters
    pieces = [
        f"{form}{gap}5" for p in phrases for form in (p, p.lower(), p.upper()) for gap in ("", " ")
    ]
    text = " ; ".join([*pieces, "killed 5", "a US$ 5", "$a 5", "x $us 5", "sterling 5", "euro5"])
    folded = fold(text)
    assert len(folded) == len(text)
    _quantities._currency_before.cache_clear()  # type: ignore[attr-defined]
    for pos in [i for i, c in enumerate(text) if c == "5"]:
        got = _quantities._currency_before(text, folded, pos, lang)
        assert got == _currency_before_plain(text, folded, pos, lang), (
            code,
            text[max(0, pos - 12) : pos],
        )


def test_currency_before_still_finds_codes_and_signs() -> None:
    lang = get_language("en")
    for text, label in (
        ("USD 5", "usd"),
        ("$5", "usd"),
        ("US$ 5", "usd"),
        ("$A 5", "aud"),
        ("£5", "gbp"),
    ):
        m = _quantities._currency_before(text, fold(text), len(text) - 1, lang)
        assert m is not None, text
        assert m.label == label, text
    assert _quantities._currency_before("killed 5", "killed 5", 7, lang) is None
    assert (
        _quantities._currency_before("usd 5", "usd 5", 4, lang) is None
    )  # a code is written in capitals


@pytest.mark.parametrize("code", ["en", "fr", "de", "es", "ru", "ar"])
def test_range_pair_look_ups_stay_within_the_reach_the_shortcut_assumes(code: str) -> None:
    # _range_pair refuses two figures over _RANGE_GAP + _CURRENCY_BACK + 1 apart (from the
    # end of the first one's unit) before looking up the second one's currency: the
    # currency never starts further back than that.
    lang = get_language(code)
    text = (
        "Between $5 and $10, from 5 km to 7 km, 5% to 10%, US$ 3 - US$ 4, 20 - 30 tonnes, "
        "between 1,500 and 2,000 people, 3 and HK $ 4, 11.000-12.000 Menschen, 5-7 mil"
    )
    folded = fold(text)
    atoms = _atoms(text, folded, lang, full=False)
    assert len(atoms) > 10
    for a in atoms:
        unit = _quantities._direct_unit(text, folded, a.end, lang)
        assert unit is None or unit.end >= a.end
        cur = _quantities._currency_before(text, folded, a.start, lang)
        assert cur is None or cur.start >= a.start - _quantities._CURRENCY_BACK - 1
    found = find_quantities(text, code)
    assert any(q.low != q.high for q in found)  # ranges are still read


@pytest.mark.parametrize(
    ("code", "text", "bounds"),
    [
        ("en", "The lake grew from 10 square kilometres to 20 square kilometres.", (10, 20)),
        ("en", "Winds of between 50 kilometres per hour and 100 kilometres per hour.", (50, 100)),
        (
            "de",
            "Die Fläche wuchs zwischen 10 Quadratkilometern und 20 Quadratkilometern.",
            (10, 20),
        ),
        (
            "es",
            "Una superficie de entre 10 kilómetros cuadrados y 20 kilómetros cuadrados.",
            (10, 20),
        ),
    ],
)
def test_a_long_unit_after_the_first_figure_still_makes_a_range(
    code: str, text: str, bounds: tuple[int, int]
) -> None:
    # the gap the shortcut measures starts after the first figure's unit, not its digits
    assert [(q.low, q.high) for q in find_quantities(text, code)] == [bounds]


def test_range_pair_far_apart_figures_are_no_range() -> None:
    near = find_quantities("between 5 and 10 people", "en")
    assert [(q.low, q.high) for q in near] == [(5, 10)]
    far = find_quantities("5 died in the first village and then 10 more", "en")
    assert [(q.low, q.high) for q in far] == [(5, 5), (10, 10)]


class _CurrencyOnly:
    """A language with only a currency list: what _currency_before reads."""

    def __init__(self, phrases: dict[str, list[str]]) -> None:
        from crosscheck._phrases import PhraseSet

        self.currency = PhraseSet(phrases)


def test_currency_before_keeps_a_sign_phrase_that_ends_with_a_small_letter() -> None:
    # No listed language has one within reach of the figure ("US-Dollar" is longer than
    # the look-back), so a made-up list: "$x" holds a sign and ends with a small letter.
    lang = _CurrencyOnly({"xxx": ["$x", "dollar*", "x$dollar*"], "yyy": ["YY"]})
    assert _quantities._sign_ends(lang) is None  # a sign phrase may end with any letter
    lang = _CurrencyOnly({"xxx": ["$x", "zz"], "yyy": ["YY"]})
    assert _quantities._sign_ends(lang) == frozenset({"x"})  # "zz" holds no sign
    for text, want in (
        ("$x5", "xxx"),
        ("$x 5", "xxx"),
        ("YY 5", "yyy"),
        ("yy 5", None),
        ("ax 5", None),
    ):
        folded = fold(text)
        got = _quantities._currency_before(text, folded, len(text) - 1, lang)
        assert got == _currency_before_plain(text, folded, len(text) - 1, lang), text
        assert (got.label if got is not None else None) == want, text


@pytest.mark.parametrize(
    ("code", "text", "want"),
    [
        ("en", "- 1,200,000 people", [("- 1,200,000", "-1200000", 1)]),
        ("en", " \n -  5 people", [("-  5", "-5", 1)]),
        (
            "en",
            "x - 5 people, y -5, (−3) and 20 -30",
            [("5", "5", 1), ("-5", "-5", 1), ("−3", "-3", 1), ("20", "20", 1), ("30", "30", 1)],
        ),
        (
            "en",
            "5bn 5 bn 5  bn 5   bn 10 k, 3M 3 M 2 mln. 7 people 8 ½ 2½",
            [
                ("5", "5", 1000000000),
                ("5", "5", 1000000000),
                ("5", "5", 1000000000),
                ("5", "5", 1),
                ("10", "10", 1000),
                ("3", "3", 1000000),
                ("3", "3", 1000000),
                ("2", "2", 1000000),
                ("7", "7", 1),
                ("8", "8", 1),
                ("½", "1/2", 1),
                ("2½", "5/2", 1),
            ],
        ),
        (
            "ro",
            "1,5 mld. lei 2 mil 3 mii 4e6 5^2 6 x 10^3 3/4",
            [
                ("1,5", "3/2", 1000000000),
                ("2", "2", 1000000),
                ("3", "3", 1),
                ("4", "4000000", 1),
                ("5", "25", 1),
                ("6", "6000", 1),
                ("3/4", "3/4", 1),
            ],
        ),
        (
            "ru",
            "5 млн рублей 6 тыс. 7 человек",
            [("5", "5", 1000000), ("6", "6", 1000), ("7", "7", 1)],
        ),
        (
            "fr",
            "١٢ et ٣٫٥ 12,5 1 200 000, 146'000 .08 ,77",
            [
                ("١٢", "12", 1),
                ("٣٫٥", "7/2", 1),
                ("12,5", "25/2", 1),
                ("1 200 000", "1200000", 1),
                ("146'000", "146000", 1),
                (".08", "2/25", 1),
                (",77", "77/100", 1),
            ],
        ),
    ],
)
def test_figures_read_signs_notation_and_multipliers_where_their_first_character_stands(
    code: str, text: str, want: list[tuple[str, str, int]]
) -> None:
    # _figures looks for a sign, a glued or spaced multiplier and a one-character
    # fraction only where the character that opens one stands: a minus sign with a
    # space after it only where it opens the text ("- 1,200,000", after blanks),
    # a glued suffix after a letter, a spaced one after a space and an
    # abbreviation's first letter or a second space ("5  bn"; not "5   bn").
    from crosscheck.extract._numerals import _figures

    figs = _figures(text, fold(text), get_language(code))
    assert [(f.raw, str(f.value), f.scale) for f in figs] == want
