"""PhraseSet's indexed matching against a plain reference: the whole alternation.

``PhraseSet`` tries, at a token, only the alternatives that can open there
(indexed by first token) and skips texts and positions where no phrase can
start or end. These tests check it against the simple algorithm it replaced:
the one regular expression of every phrase, tried at every admitted token.
"""

from __future__ import annotations

import pickle
import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck import _phrases
from crosscheck._fold import fold
from crosscheck._phrases import _TOKEN, Openers, PhraseMatch, PhraseSet

# Words that share prefixes and first tokens, digits, punctuation, an
# abbreviation matched as written ("UN") and wildcards ("kill*").
WORDS = ["a", "ab", "abc", "b", "kill", "UN", "un", "5", "50", "km", "-", ".", "%", "de", "mai"]
PHRASE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)
PHRASES = st.dictionaries(
    st.sampled_from(["x", "y", "z"]),
    st.lists(
        st.one_of(PHRASE, PHRASE.map(lambda p: p + "*"), PHRASE.map(lambda p: p.replace(" ", ""))),
        min_size=1,
        max_size=6,
    ),
    min_size=1,
    max_size=3,
)
TEXT = st.lists(
    st.sampled_from([*WORDS, "killed", "abcd", "Un", " ", "  ", "\n", "5km", "x"]),
    max_size=14,
).map(lambda parts: "".join(p if i % 2 else p + " " for i, p in enumerate(parts)))


def _whole(ps: PhraseSet, exact: bool) -> tuple[re.Pattern[str], list[tuple[str, str]]] | None:
    return ps._exact if exact else ps._folded


def _admits(ps: PhraseSet, exact: bool, token: str) -> bool:
    return (ps._exact_starts if exact else ps._folded_starts).admits(token)


def reference_find(ps: PhraseSet, text: str, folded: str) -> list[PhraseMatch]:
    found: list[PhraseMatch] = []
    for exact, subject in ((False, folded), (True, text)):
        compiled = _whole(ps, exact)
        if compiled is None:
            continue
        regex, labels = compiled
        last_end = 0
        for tok in _TOKEN.finditer(subject):
            begin = tok.start()
            if begin < last_end or not _admits(ps, exact, tok.group()):
                continue
            m = regex.match(subject, begin)
            if m is None or m.end() == m.start():
                continue
            assert m.lastgroup is not None
            label, phrase = labels[int(m.lastgroup[1:])]
            found.append(PhraseMatch(label, m.start(), m.end(), phrase))
            last_end = m.end()
    if ps._folded is not None and ps._exact is not None:
        kept: list[PhraseMatch] = []
        last = -1
        for m in sorted(found, key=lambda pm: (pm.start, -(pm.end - pm.start))):
            if m.start >= last:
                kept.append(m)
                last = m.end
        found = kept
    return found


def reference_match_at(ps: PhraseSet, folded: str, pos: int, text: str) -> PhraseMatch | None:
    best: PhraseMatch | None = None
    for exact, subject in ((False, folded), (True, text)):
        compiled = _whole(ps, exact)
        if compiled is None:
            continue
        regex, labels = compiled
        m = regex.match(subject, pos)
        if m and (best is None or m.end() > best.end):
            assert m.lastgroup is not None
            label, phrase = labels[int(m.lastgroup[1:])]
            best = PhraseMatch(label, m.start(), m.end(), phrase)
    return best


def reference_match_before(ps: PhraseSet, folded: str, end: int, window: int) -> PhraseMatch | None:
    stop = end
    while stop > 0 and folded[stop - 1] == " ":
        stop -= 1
    compiled = ps._folded
    if compiled is None:
        return None
    regex, labels = compiled
    for tok in _TOKEN.finditer(folded, max(0, stop - window), stop):
        begin = tok.start()
        if begin > 0 and folded[begin - 1].isalnum() and folded[begin].isalnum():
            continue
        if not _admits(ps, False, tok.group()):
            continue
        m = regex.match(folded, begin, stop)
        if m and m.end() == stop:
            assert m.lastgroup is not None
            label, phrase = labels[int(m.lastgroup[1:])]
            return PhraseMatch(label, m.start(), m.end(), phrase)
    return None


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXT)
def test_find_is_the_whole_alternation_at_admitted_tokens(
    phrases: dict[str, list[str]], text: str
) -> None:
    ps = PhraseSet(phrases)
    folded = text.lower()
    assert ps.find(text, folded) == reference_find(ps, text, folded)


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXT)
def test_match_at_is_the_whole_alternation(phrases: dict[str, list[str]], text: str) -> None:
    ps = PhraseSet(phrases)
    folded = text.lower()
    for pos in range(len(text) + 1):
        assert ps.match_at(folded, pos, text) == reference_match_at(ps, folded, pos, text)


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXT, st.sampled_from([3, 12, 60]))
def test_match_before_is_the_whole_alternation(
    phrases: dict[str, list[str]], text: str, window: int
) -> None:
    ps = PhraseSet(phrases)
    folded = text.lower()
    for end in range(len(folded) + 1):
        assert ps.match_before(folded, end, window) == reference_match_before(
            ps, folded, end, window
        )


@settings(max_examples=200, deadline=None)
@given(PHRASES, TEXT, st.sampled_from([3, 12, 60]))
def test_match_before_and_at_in_a_long_text_are_the_whole_alternation(
    phrases: dict[str, list[str]], text: str, window: int
) -> None:
    # a text of at least _TABLE_CHARS reads its tokens from the whole text's lists
    ps = PhraseSet(phrases)
    text = "5 abc, " * 80 + text
    folded = text.lower()
    assert len(folded) >= _phrases._TABLE_CHARS
    for end in range(len(folded) - 40, len(folded) + 1):
        assert ps.match_before(folded, end, window) == reference_match_before(
            ps, folded, end, window
        )
        assert ps.match_at(folded, end, text) == reference_match_at(ps, folded, end, text)


def test_long_texts_use_a_token_table_with_the_same_matches() -> None:
    ps = PhraseSet({"month": ["mai", "march"], "up": ["UN"]})
    text = "In mai the UN met in March; " * 200  # a document: above the table threshold
    folded = text.lower()
    for pos in range(0, 400):
        assert ps.match_at(folded, pos, text) == reference_match_at(ps, folded, pos, text)


def test_the_whole_alternation_is_compiled_only_when_asked() -> None:
    ps = PhraseSet({"x": ["a b", "c*"]})
    assert not ps._wholes
    assert ps.find("a b c") == [PhraseMatch("x", 0, 3, "a b"), PhraseMatch("x", 4, 5, "c*")]
    assert not ps._wholes
    compiled = ps._folded
    assert compiled is not None
    assert compiled[0].match("a  b")


def test_a_used_set_pickles_without_its_memo_and_matches_the_same() -> None:
    ps = PhraseSet({"x": ["a b", "c*"], "y": ["UN"]})
    text = "a b cd, UN"
    before = ps.find(text)
    copy = pickle.loads(pickle.dumps(ps))
    assert copy._folded_buckets.memo == {}
    assert copy.find(text) == before
    assert copy.match_at(text.lower(), 8, text) == ps.match_at(text.lower(), 8, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(PHRASES, min_size=1, max_size=3), TEXT, st.booleans())
def test_openers_never_skip_a_position_where_a_set_matches(
    sets: list[dict[str, list[str]]], text: str, proclitics: bool
) -> None:
    phrase_sets = [PhraseSet(phrases) for phrases in sets]
    if proclitics:  # glued before a phrase, as Arabic writes "و" and "ال"
        phrase_sets[0].allow_proclitics(["a", "k", "de"])
    openers = Openers(phrase_sets)
    folded = text.lower()
    for pos in range(len(text) + 1):
        opens = openers.which(folded, pos, text)
        for i, ps in enumerate(phrase_sets):
            if ps.match_at(folded, pos, text) is not None:
                assert opens & (1 << i), (i, pos, text)
        assert openers.at(folded, pos, text) == (opens != 0)


def test_openers_skip_words_no_set_opens_with() -> None:
    openers = Openers([PhraseSet({"m": ["march", "mai*"]}), PhraseSet({"u": ["UN"]})])
    text = "March: marchers met the UN in maitre Un"
    folded = text.lower()
    opened = [m.start() for m in _TOKEN.finditer(text) if openers.at(folded, m.start(), text)]
    assert [text[p : p + 3] for p in opened] == ["Mar", "UN ", "mai"]


def test_the_python_matcher_reads_characters_as_the_patterns_do() -> None:
    """A new bucket matches its phrases in Python (_Literals): its tests of a
    character must be the pattern's classes on every code point."""
    chars = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for pattern, test in (
        (r"\s", str.isspace),
        (r"\w", _phrases._is_word),
        (r"[^\W\d_]", _phrases._is_letter),
    ):
        assert set(re.findall(pattern, chars)) == {c for c in chars if test(c)}, pattern


@settings(max_examples=200, deadline=None)
@given(PHRASES, TEXT, st.sampled_from([3, 60]))
def test_matches_are_the_same_before_and_after_a_bucket_is_compiled(
    phrases: dict[str, list[str]], text: str, window: int
) -> None:
    ps = PhraseSet(phrases)
    folded = text.lower()
    positions = range(len(text) + 1)
    want_at = [reference_match_at(ps, folded, pos, text) for pos in positions]
    want_before = [reference_match_before(ps, folded, end, window) for end in positions]
    want_find = reference_find(ps, text, folded)
    for _ in range(_phrases._COMPILE_AFTER + 3):  # in Python, then compiled
        assert [ps.match_at(folded, pos, text) for pos in positions] == want_at
        assert [ps.match_before(folded, end, window) for end in positions] == want_before
        assert ps._find(text, folded) == want_find


def test_the_python_matcher_clamps_pos_and_endpos_as_a_pattern_does() -> None:
    ps = PhraseSet({"x": ["ab", "a b*", "b"]})
    buckets = ps._folded_buckets
    for token in ("a", "b", "ab"):
        matcher = buckets.at(token)[1]
        assert isinstance(matcher, _phrases._Literals)
        key = next(k for k, v in buckets._compiled.items() if v is matcher)
        whole = re.compile(buckets.source(key))
        for subject in ("a b", "xa bc", "ab", "b", ""):
            for pos in range(-2, len(subject) + 3):
                for endpos in (None, -1, 0, 1, 2, 10):
                    fresh = _phrases._Literals(
                        buckets, key, [_phrases._plan(*buckets._texts[i]) for i in key]
                    )
                    if endpos is None:
                        got, want = fresh.match(subject, pos), whole.match(subject, pos)
                    else:
                        got, want = (
                            fresh.match(subject, pos, endpos),
                            whole.match(subject, pos, endpos),
                        )
                    assert (got is None) == (want is None), (subject, pos, endpos)
                    if got is not None and want is not None:
                        assert (got.lastgroup, got.start(), got.end()) == (
                            want.lastgroup,
                            want.start(),
                            want.end(),
                        )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 2_é²٣.,-xyz\n", max_size=30))
def test_token_begins_and_names_are_the_tokenizer_s(text: str) -> None:
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    names, distinct = _phrases._token_names(text)
    assert list(zip(_phrases._token_begins(text), names, strict=True)) == tokens
    assert distinct == {t for _, t in tokens}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZq09 _-.,'$\t\n\x0b\x1c\x1f~^", max_size=30))
def test_token_lists_of_an_ascii_text_are_the_tokenizer_s(text: str) -> None:
    # an all-ASCII text is split by its own pattern (letters as two ranges)
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    begins, names, distinct = _phrases._token_lists(text)
    assert list(zip(begins, names, strict=True)) == tokens
    assert distinct == {t for _, t in tokens}


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXT, st.booleans())
def test_may_end_never_refuses_where_a_match_ends(
    phrases: dict[str, list[str]], text: str, proclitics: bool
) -> None:
    ps = PhraseSet(phrases)
    if proclitics:
        ps.allow_proclitics(["a", "k", "de"])
    folded = text.lower()
    for pos in range(len(text) + 1):
        m = ps.match_at(folded, pos, text)
        if m is not None and m.end > m.start:
            assert ps.may_end(folded, m.end, text), (pos, m)
        m = ps.match_before(folded, pos)
        if m is not None:
            assert ps.may_end(folded, m.end), (pos, m)


def test_may_end_refuses_a_character_no_phrase_ends_with() -> None:
    ps = PhraseSet({"cur": ["$", "USD", "euro"]})
    assert not ps.may_end("5 km", 4)
    assert not ps.may_end("usd", 3)  # "USD" is matched as written, on the text
    assert ps.may_end("usd", 3, "USD")
    assert ps.may_end("5 $", 3)
    wild = PhraseSet({"cur": ["euro*"]})
    assert wild.may_end("5 km", 4)  # a "*" phrase ends in any word character
    assert not wild.may_end("5 k.", 4)


def test_a_token_table_is_built_only_for_a_text_looked_at_often() -> None:
    ps = PhraseSet({"month": ["mai"]})
    text = "In mai the UN met in March; " * 40
    folded = text.lower()
    ps.match_at(folded, 3, text)
    assert folded not in _phrases._TABLES
    for _ in range(_phrases._TABLE_AFTER):
        assert ps.match_at(folded, 3, text) == PhraseMatch("month", 3, 6, "mai")
    assert folded in _phrases._TABLES
    assert _phrases._TABLES[folded] == {m.start(): m.group() for m in _TOKEN.finditer(folded)}
    assert _phrases._token_at(folded, 21) == "march"
    # a position inside a token is no start in the table: read by the pattern there
    assert _phrases._token_at(folded, 22) == "arch"
    assert _phrases._token_at(folded, 26) == ";"
    assert _phrases._token_at(folded, 27) == ""


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1 2_é²٣.,-xyz\t\n", max_size=20), st.data())
def test_last_token_is_the_last_token_the_tokenizer_finds(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    stop = data.draw(st.integers(lo, len(text)))
    found = _TOKEN.findall(text, lo, stop)
    last = found[-1] if found and text.endswith(found[-1], lo, stop) else ""
    assert _phrases._last_token(text, lo, stop) == last


def test_a_plain_set_answers_at_once_and_proclitics_make_it_read_on() -> None:
    ps = PhraseSet({"said": ["qal"]})
    assert ps.find("wqal x") == []  # no token of the text opens a phrase
    ps.allow_proclitics(["w"])
    assert ps.find("wqal x") == [PhraseMatch("said", 1, 4, "qal")]


@settings(max_examples=400, deadline=None)
@given(PHRASES, TEXT, st.data())
def test_find_in_finds_what_find_finds_in_the_window(
    phrases: dict[str, list[str]], text: str, data: st.DataObject
) -> None:
    ps = PhraseSet(phrases)
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    folded = fold(text)
    assert ps.find_in(text, folded, lo, hi) == ps.find(text[lo:hi], folded[lo:hi])
    assert ps.find_in(folded, folded, lo, hi) == ps.find(folded[lo:hi])


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1 2_é²٣.,-xyzUSAB\t\n", max_size=24), st.data())
def test_find_in_agrees_with_find_on_any_characters(text: str, data: st.DataObject) -> None:
    ps = PhraseSet({"a": ["ab", "a b", "x*", "1", "2 ab", ".", "é", "b*"], "c": ["US", "AB"]})
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    folded = fold(text)
    assert ps.find_in(text, folded, lo, hi) == ps.find(text[lo:hi], folded[lo:hi])


def test_find_in_reads_a_window_cut_inside_a_word_as_a_text_of_its_own() -> None:
    ps = PhraseSet({"killed": ["kill*"], "dead": ["dead"]})
    text = "5 were killed and 3 dead"
    assert ps.find_in(text, text, 9, 22) == ps.find(text[9:22]) == []  # "lled and 3 de"
    assert ps.find_in(text, text, 6, 24) == [
        PhraseMatch("killed", 1, 7, "kill*"),
        PhraseMatch("dead", 14, 18, "dead"),
    ]


def _one_look_behind_each(buckets: _phrases._Buckets, key: tuple[int, ...]) -> str:
    """A bucket's alternation as first written: every alternative with its own look-behind."""
    return "|".join(f"(?P<g{i}>{_phrases._prepared_pattern(*buckets._texts[i])})" for i in key)


@settings(max_examples=300, deadline=None)
@given(PHRASES, TEXT)
def test_a_shared_look_behind_matches_as_one_per_alternative(
    phrases: dict[str, list[str]], text: str
) -> None:
    # Buckets mix phrases that open with a word (a look-behind: no letter before)
    # and phrases that open with "-", "." or "%" (none), in the order they are tried.
    ps = PhraseSet(phrases)
    for exact, subject in ((False, text.lower()), (True, text)):
        buckets = ps._exact_buckets if exact else ps._folded_buckets
        count = len(buckets._texts)
        keys = [tuple(range(count)), tuple(range(count - 1, -1, -1)), tuple(range(0, count, 2))]
        for key in keys:
            if not key:
                continue
            shared = re.compile(buckets.source(key))
            each = re.compile(_one_look_behind_each(buckets, key))
            for pos in range(len(subject) + 1):
                for endpos in (len(subject), pos + 3):
                    got, want = shared.match(subject, pos, endpos), each.match(subject, pos, endpos)
                    assert (got is None) == (want is None), (key, subject, pos)
                    if got is not None and want is not None:
                        assert (got.lastgroup, got.span()) == (want.lastgroup, want.span())


def test_the_look_behind_is_shared_by_runs_of_alternatives_that_open_with_a_word() -> None:
    ps = PhraseSet({"x": ["killed at", "killed", "-", "kills"]})
    buckets = ps._folded_buckets
    assert buckets._texts == [
        ("killed at", False),
        ("killed", False),
        ("kills", False),
        ("-", False),
    ]
    source = buckets.source((0, 3, 1, 2))  # "killed at", then "-", then "killed|kills"
    assert source.count(_phrases._NO_LETTER_BEFORE) == 2
    assert buckets.source((0, 1, 2)).count(_phrases._NO_LETTER_BEFORE) == 1
    assert re.compile(source).match("-").lastgroup is not None
    assert re.compile(source).match("xkilled", 1) is None  # a letter before: no match


def test_no_combining_mark_is_ascii_so_ascii_texts_skip_the_marks_cache() -> None:
    # match_at, match_before, find and find_in answer an ASCII text without asking
    # _unmarked: that holds only while every mark phrases are matched without is
    # outside ASCII.
    assert not any(_phrases._MARK.search(chr(c)) for c in range(128))
    text = "Some 5 people, a dozen (12) e\u0301"
    assert _phrases._unmarked(fold(text)) is not None
    assert _phrases._unmarked(fold(text.encode("ascii", "ignore").decode())) is None


def test_a_large_bucket_sorted_by_second_token_matches_as_its_alternation() -> None:
    """A bucket of more phrases than _MAX_PLANS opening with one token is tried through
    the alternatives its second token allows (_Split): the same first match as the
    whole alternation, at every position and window, wildcards and one-token phrases
    (which every second token allows) included."""
    seconds = [f"w{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(_phrases._MAX_PLANS)]
    phrases = [f"a {w}" for w in seconds] + [
        "a",
        "a wa*",
        "a wab x",
        "a-t-il",
        "a 12",
        "a wbb*",
        "a w",
        "a, dit",
    ]
    ps = PhraseSet({"x": phrases[: len(phrases) // 2], "y": phrases[len(phrases) // 2 :]})
    buckets = ps._folded_buckets
    matcher = buckets.at("a")[1]
    assert isinstance(matcher, _phrases._Split)
    key = next(k for k, v in buckets._compiled.items() if v is matcher)
    whole = re.compile(buckets.source(key))
    subjects = [
        "a wab x",
        "a wab",
        "a   wbb",
        "a wbbc y",
        "xa waa",
        "a-t-il",
        "a 12",
        "a 123",
        "a, dit",
        "a w",
        "a wz",
        "a\twaz a wcc",
        "a",
        "",
        "b a wad",
    ]
    for subject in subjects:
        for pos in range(-1, len(subject) + 2):
            for endpos in (None, 0, 1, 3, 5, 7, 30):
                fresh = _phrases._Split(buckets, key)
                if endpos is None:
                    got, want = fresh.match(subject, pos), whole.match(subject, pos)
                else:
                    got, want = fresh.match(subject, pos, endpos), whole.match(subject, pos, endpos)
                assert (got is None) == (want is None), (subject, pos, endpos)
                if got is not None and want is not None:
                    assert (got.lastgroup, got.start(), got.end()) == (
                        want.lastgroup,
                        want.start(),
                        want.end(),
                    ), (subject, pos, endpos)
    assert [m.phrase for m in ps.find("then a wab x and a wbbq, a-t-il")] == [
        "a wab x",
        "a wbb*",
        "a-t-il",
    ]


def test_a_large_bucket_of_one_second_token_matches_as_its_alternation() -> None:
    """A large bucket whose phrases all hold the same second token is matched whole."""
    thirds = [f"z{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(_phrases._MAX_PLANS + 1)]
    ps = PhraseSet({"x": [f"il a {w}" for w in thirds]})
    assert isinstance(ps._folded_buckets.at("il")[1], _phrases._Split)
    assert [m.phrase for m in ps.find("il a zab, il a zzz, il a zcb")] == ["il a zab", "il a zcb"]
    assert ps.find("il b zab") == []
