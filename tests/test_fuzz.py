"""Fuzzing the public entry points with mixed-language, hostile text (issue 9).

Whatever text arrives, ``parse_quantity``, ``find_quantities`` and ``report``
raise nothing but crosscheck's own documented errors, give offsets inside
the text that spell the claim (``text[start:end] == claim.text``), and give
the same answer twice. The strategies mix scripts (Latin with diacritics,
Cyrillic, Arabic with Arabic-Indic digits, CJK), numbers in many formats,
quotes of every kind, dates, and the characters that break text handling
(controls, bidi marks, lone surrogates: a Python ``str`` can hold them).

The derandomized profile of ``conftest.py`` keeps CI reproducible; the
examples are few and small so the file runs in seconds. The atheris harness
in ``fuzz/`` runs the same properties for millions of inputs; each crash it
found is an explicit test at the end of this file.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck import Article, CrosscheckError, InputError
from crosscheck.lang import available_languages, get_language

from .strategies import format_in

LANGUAGES = available_languages()

# --- strategies -------------------------------------------------------------

_WORDS = {
    "latin": [
        "soldați",
        "oameni",
        "între",
        "și",
        "peste",
        "aproximativ",
        "milioane",
        "mii",
        "élèves",
        "près de",
        "environ",
        "façade",
        "São Paulo",
        "Müller",
        "größer",
        "über",
        "più di",
        "città",
        "cerca de",
        "mais de",
        "żołnierzy",
        "około",
        "ponad",
        "tysięcy",
        "killed",
        "troops",
        "more than",
        "about",
        "between",
        "and",
        "to",
        "up to",
        "nearly",
        "ministry",
        "said",
        "according to",
        "euro",
        "dollars",
        "km",
        "per cent",
        "%",
    ],
    "cyrillic": [
        "тысяч",
        "солдат",
        "около",
        "более",
        "млн",
        "погибли",
        "человек",
        "от",
        "до",
        "заявил",
        "министерство",
        "тисяч",
        "близько",
        "понад",
        "осіб",
        "рублей",
        "гривень",
    ],
    "arabic": [
        "ألف",
        "آلاف",
        "جندي",
        "حوالي",
        "أكثر من",
        "مليون",
        "قتلوا",
        "قال",
        "وزارة",
        "بين",
        "و",
        "نحو",
        "شخصا",
        "دولار",
        "في المئة",
        "الصحة",
    ],
    "cjk": ["三千", "一万", "人", "士兵", "２０２２年", "约", "超过", "名", "億", "百分之"],
}

_QUOTES = [
    '"',
    "'",
    "\u201e",
    "\u201c",
    "\u201d",
    "\u00ab",
    "\u00bb",
    "\u2018",
    "\u2019",
    "\u201a",
    "\u2039",
    "\u203a",
    "\u300c",
    "\u300d",
    "\u300e",
    "\u300f",
    "\uff02",
    "`",
]

_HOSTILE = [
    "\x00",
    "\x1b",
    "\x1b[31m",
    "\x1b[0m",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x85",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ufeff",
    "\u0301",
    "\u0327",
    "\ufffd",
    "\U0001f600",
    "\u00a0",
    "\u202f",
    "\u2009",
    "\u3000",
    "\ud800",
    "\udbff",
    "\udc00",
    "\udfff",
    "\u0130",
    "\u0131",
    "\u1e9e",
    "\ufb01",
]

_DATES = [
    "15 august 2022",
    "15 August 2022",
    "August 15, 2022",
    "2022-08-15",
    "15.08.2022",
    "15/08/2022",
    "08/15/22",
    "15 серпня 2022",
    "15 августа 2022 года",
    "١٥ أغسطس ٢٠٢٢",
    "2022年8月15日",
    "le 3 mars",
    "il 3 marzo 2024",
    "3 de marzo de 2024",
    "2020-2021",
    "luni",
    "Monday",
    "ieri",
    "yesterday",
    "12:30",
    "1 січня",
]

_ARABIC_INDIC = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩٫٬")
_EXTENDED_INDIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def numbers(draw: st.DrawFn) -> str:
    """A figure as some article writes it: grouped, decimal, range, digits of any script, words."""
    language = draw(st.sampled_from(LANGUAGES))
    value = draw(st.integers(0, 10**12) | st.decimals("0.01", "99999.99", places=2))
    form = draw(st.integers(0, 8))
    if form == 0:
        return format_in(value, language)
    if form == 1:
        return str(value)
    if form == 2:
        other = draw(st.integers(0, 10**6))
        dash = draw(st.sampled_from(["-", "\u2013", "\u2014", " - ", " to ", " și ", "/"]))
        return f"{format_in(value, language)}{dash}{other}"
    if form == 3:
        return str(value).translate(_ARABIC_INDIC)
    if form == 4:
        return str(value).translate(draw(st.sampled_from([_EXTENDED_INDIC, _FULLWIDTH])))
    if form == 5:
        lang = get_language(language)
        words = sorted({*lang.words, *lang.multipliers})
        return " ".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=4)))
    if form == 6:
        return draw(st.sampled_from(["1e9", "1E+99", "9" * 40, "0" * 30 + "1", "1.2.3.4", "-0"]))
    if form == 7:
        sign = draw(st.sampled_from(["", "-", "+", "\u2212", "~", "≈", "<", ">"]))
        suffix = draw(st.sampled_from(["", "%", " %", "k", " mln", "bn", "€", " $", "°C"]))
        return f"{sign}{format_in(value, language)}{suffix}"
    return draw(st.from_regex(r"[0-9][0-9 .,'\u00a0\u202f]{0,12}[0-9]", fullmatch=True))


def _quoted(inner: str, opening: str, closing: str) -> str:
    return f"{opening}{inner}{closing}"


pieces = st.one_of(
    st.sampled_from(_WORDS["latin"]),
    st.sampled_from(_WORDS["cyrillic"]),
    st.sampled_from(_WORDS["arabic"]),
    st.sampled_from(_WORDS["cjk"]),
    numbers(),
    st.sampled_from(_QUOTES),
    st.builds(
        _quoted,
        st.sampled_from(_WORDS["latin"] + _WORDS["cyrillic"]),
        st.sampled_from(_QUOTES),
        st.sampled_from(_QUOTES),
    ),
    st.sampled_from(_DATES),
    st.sampled_from(_HOSTILE),
    st.text(max_size=6),
)

separators = st.sampled_from([" ", " ", "", "\n", ", ", ". ", "; ", " — ", "\t", "\n\n"])


@st.composite
def mixed_text(draw: st.DrawFn, max_pieces: int = 24) -> str:
    """Pieces of several scripts, figures, quotes, dates and hostile characters, joined."""
    parts = draw(st.lists(st.tuples(pieces, separators), max_size=max_pieces))
    return "".join(p + s for p, s in parts)


@st.composite
def article_batches(draw: st.DrawFn) -> list[Article]:
    """1-3 articles of mixed text, each declaring its language or leaving it to detection."""
    count = draw(st.integers(1, 3))
    return [
        Article(
            id=f"a{i}",
            text=draw(mixed_text(max_pieces=16)),
            language=draw(st.none() | st.sampled_from(LANGUAGES)),
            published=draw(st.sampled_from([None, "2022-08-15", "2022-08", "not a date"])),
        )
        for i in range(count)
    ]


# --- properties -------------------------------------------------------------


def _spans_ok(text: str, found: Sequence[crosscheck.Quantity]) -> None:
    last = 0
    for q in found:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.start >= last  # in order of appearance
        last = q.start


@settings(max_examples=100, deadline=None)
@given(mixed_text(), st.sampled_from(LANGUAGES))
def test_find_quantities_spans_are_exact_and_repeatable(text: str, language: str) -> None:
    found = crosscheck.find_quantities(text, language)
    _spans_ok(text, found)
    assert crosscheck.find_quantities(text, language) == found


@settings(max_examples=100, deadline=None)
@given(st.one_of(numbers(), mixed_text(max_pieces=4)), st.sampled_from(LANGUAGES))
def test_parse_quantity_gives_a_whole_span_or_none(text: str, language: str) -> None:
    parsed = crosscheck.parse_quantity(text, language)
    if parsed is not None:
        _spans_ok(text, [parsed])
    assert crosscheck.parse_quantity(text, language) == parsed


@settings(max_examples=50, deadline=None)
@given(mixed_text())
def test_find_quantities_without_language_detects_or_says_why(text: str) -> None:
    try:
        found = crosscheck.find_quantities(text)
    except InputError as err:  # documented: the language cannot be detected
        reason = err.reason
        found = []
    else:
        reason = "detected"
    assert reason
    _spans_ok(text, found)


@settings(max_examples=30, deadline=None)
@given(article_batches())
def test_report_claims_point_into_their_article_and_repeat(batch: list[Article]) -> None:
    try:
        result = crosscheck.report(batch)
    except CrosscheckError:
        return
    texts = {a.id: a.text for a in batch}
    assert {r.id for r in result.articles} == set(texts)
    for c in result.claims:
        text = texts[c.article]
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_start + len(c.sentence)] == c.sentence
    assert crosscheck.report(batch).to_json() == result.to_json()


@pytest.mark.parametrize("bad", [None, 5, b"1000", ["1000"]])
def test_non_text_is_an_input_error(bad: object) -> None:
    with pytest.raises(InputError):
        crosscheck.find_quantities(bad, "en")  # type: ignore[arg-type]
    with pytest.raises(InputError):
        crosscheck.parse_quantity(bad, "en")  # type: ignore[arg-type]


# --- regressions found by the atheris harness (fuzz/) -------------------------


@pytest.mark.parametrize("text", ["\udfff", "\ud800 1000 soldați", "More than \udc00 1,000 troops"])
def test_lone_surrogate_in_text_to_detect_is_not_a_unicode_error(text: str) -> None:
    # lingua takes UTF-8 only; a lone surrogate made find_quantities(text) and
    # the language detection of report() raise UnicodeEncodeError
    try:
        found = crosscheck.find_quantities(text)
    except InputError:
        found = []
    _spans_ok(text, found)
    result = crosscheck.report([Article(id="s", text=text)])
    assert [r.id for r in result.articles] == ["s"]


def test_lone_surrogate_in_a_claims_sentence_is_fingerprinted() -> None:
    # the fingerprint hashed the sentence as strict UTF-8: report() raised
    # UnicodeEncodeError for any claim whose sentence held a lone surrogate
    batch = [
        Article(
            id="s", text="\ud800 More than 1,000 troops were killed, the army said.", language="en"
        ),
        Article(
            id="t", text="About 2,000 troops were killed \udfff, officials said.", language="en"
        ),
    ]
    result = crosscheck.report(batch)
    assert sorted(c.low for c in result.claims if c.kind == "quantity") == [1000, 2000]
    assert all(c.fingerprint for c in result.claims)
    assert crosscheck.report(batch).to_json() == result.to_json()


@pytest.mark.parametrize("language", ["ru", "ro", "fr", "en"])
@pytest.mark.parametrize(
    "text", ["," + "6" * 60, "," + "6" * 60 + " soldați", "22,24,26,31," + "1" * 50]
)
def test_overlong_figure_after_a_leading_comma_is_not_a_value_error(
    text: str, language: str
) -> None:
    # an overlong figure is read as a comma-separated list; a leading decimal
    # comma gave an empty piece and int("") raised ValueError
    _spans_ok(text, crosscheck.find_quantities(text, language))
    parsed = crosscheck.parse_quantity(text, language)
    assert parsed is None or text[parsed.start : parsed.end] == parsed.text
