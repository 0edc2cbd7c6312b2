"""Arabic: digit scripts, proclitics, marks of right-to-left text, verb-first sources.

The corpora (``tests/corpus*/ar.toml``) check sentences; this module checks
what a sentence corpus cannot: that every claim of an Arabic article points
back into its text exactly although the text carries direction marks,
tatweel and harakat; the small generic rules Arabic needed (every digit
script folds to ASCII digits, phrases match after a glued proclitic, a
combining mark does not split a word, a source may follow its verb); and
that language detection finds Arabic. Sentences are our own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck import Article, find_quantities, parse_quantity
from crosscheck._fold import fold
from crosscheck._phrases import PhraseSet
from crosscheck.extract._sentences import split_sentences
from crosscheck.ingest import detect_language

# A paragraph with everything that could shift an offset: a right-to-left
# mark opening the text, a left-to-right mark and an Arabic letter mark
# inside it, tatweel after a glued preposition, harakat inside and after
# words, and three digit scripts with the Arabic separators.
ARTICLE = (
    "\u200fقال الدفاع المدني، اليوم الخميس، إن ٣٠٠ شخصٍ لقوا حتفهم، "
    "وأُصيب ١٢٬٥٠٠ آخرون بـ\u200e«جروح»، فيما فُقد نحو ۲۰ ألفاً.\n"
    "وقدّرت الهيئة قوة الزلزال بـ6,8 درجة على مقياس ريختر\u061c، "
    "بينما بلغ عدد النازحين ٤٥٫٥ ألف شخص."
)


def test_every_claim_points_back_into_the_arabic_text() -> None:
    claims = crosscheck.report([Article(id="a", text=ARTICLE, language="ar")]).claims
    assert claims
    for claim in claims:
        assert ARTICLE[claim.start : claim.end] == claim.text
    figures = {(c.text, c.low, c.unit) for c in claims if c.kind == "quantity"}
    assert ("٣٠٠ شخص", 300, "killed") in figures
    assert ("١٢٬٥٠٠", 12500, "injured") in figures  # "وأُصيب": a damma inside the verb
    assert ("نحو ۲۰ ألفا", 20000, "missing") in figures  # "فُقد", Eastern Arabic-Indic digits
    assert ("6,8 درجة على مقياس ريختر", 6.8, "magnitude") in figures  # "بـ" glued
    assert ("٤٥٫٥ ألف شخص", 45500, "displaced") in figures


@given(st.text(alphabet="٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬،؛؟٪ـًٌٍَُِّْ\u200f\u200e\u061cابتةىأإآؤئ 0123456789"))
def test_fold_keeps_the_length_of_arabic_text(text: str) -> None:
    assert len(fold(text)) == len(text)
    assert fold(fold(text)) == fold(text)


def test_every_digit_script_folds_to_ascii_digits() -> None:
    assert fold("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert fold("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert fold("٣٫٥ و١٢٬٥٠٠ ٪") == "3.5 و12 500 %"
    assert fold("نعم، لا؛ لماذا؟") == "نعم, لا; لماذا?"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2012", None),  # a bare year-like figure is a year (docs/semantics.md)
        ("٣٣", 33),
        ("۳۳", 33),
        ("33", 33),
        ("٣٫٥", 3.5),
        ("٤٥٬٠٠٠", 45000),
        ("١١/١٠", 1.1),
        ("ثلاث و ثلاثون", 33),
        ("ثلاثة وثلاثين", 33),
        ("خمسمائة و خمسة و عشرون", 525),
        ("ثلاث مائة", 300),
        ("ستة عشر", 16),
        ("إحدى عشرة", 11),
        ("عشرة آلاف", 10000),
        ("10 آلاف", 10000),
        ("ألفين", 2000),
        ("مليونان", 2000000),
        ("3 ملايين", 3000000),
        ("1,5 مليون", 1500000),
    ],
)
def test_numbers_in_every_script_and_word(text: str, value: float | None) -> None:
    q = parse_quantity(text, "ar")
    if value is None:
        assert q is None
    else:
        assert q is not None
        assert q.low == value


@pytest.mark.parametrize(
    ("sentence", "figure", "unit"),
    [
        ("سجلت الوزارة 1293 وفاة بإقليم الحوز و452 بإقليم تارودانت.", "452", "killed"),
        ("قدرت قوته بـ6,8 درجة.", "6,8 درجة", "magnitude"),
        ("قتل 12 شخصا ولـ3 أيام لم تصل المساعدات.", "3 أيام", "days"),
    ],
)
def test_a_proclitic_glued_to_digits_is_no_code(
    sentence: str, figure: str, unit: str | None
) -> None:
    """ "و452", "بـ6,8": "and"/"by" glued to the digits, not an id like "nA18"."""
    found = {q.text: q.unit for q in find_quantities(sentence, language="ar")}
    assert figure in found
    assert found[figure] == unit


def test_phrases_match_after_a_proclitic_and_span_the_phrase_only() -> None:
    phrases = PhraseSet({"approx": ["نحو"], "said": ["قال"], "killed": ["قتلى"]})
    phrases.allow_proclitics(["و", "ب", "ال", "وال"])
    text = "وقال إن بنحو 5 والقتلى قتلى"
    found = [(m.label, text[m.start : m.end]) for m in phrases.find(text)]
    assert found == [("said", "قال"), ("approx", "نحو"), ("killed", "قتلى"), ("killed", "قتلى")]
    before = phrases.match_before(fold(text), text.index("5"))
    assert before is not None
    assert text[before.start : before.end] == "نحو"
    # Without proclitics nothing glued is found: other languages are unchanged.
    plain = PhraseSet({"said": ["قال"]})
    assert [text[m.start : m.end] for m in plain.find(text)] == []


def test_a_combining_mark_inside_a_word_does_not_split_it() -> None:
    phrases = PhraseSet({"injured": ["أصيب"], "estimate": ["قدر"]})
    text = "وقد أُصيب كثيرون وقدّر الخبراء"
    phrases.allow_proclitics(["و"])
    found = [(m.label, text[m.start : m.end]) for m in phrases.find(text)]
    assert found == [("injured", "أُصيب"), ("estimate", "قدّر")]
    hit = phrases.match_at(fold(text), text.index("أُصيب"))
    assert hit is not None
    assert text[hit.start : hit.end] == "أُصيب"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("أعلن الهلال الأحمر أن عدد المفقودين تجاوز 9000 شخص.", "الهلال الأحمر"),
        ("وقال الدفاع المدني، اليوم الخميس، إن 300 شخص لقوا حتفهم.", "الدفاع المدني"),
        ("وكانت وزارة الداخلية قد أعلنت في بيان أن 632 شخصا لقوا حتفهم.", "وزارة الداخلية"),
        ("وبحسب وزارة الصحة، ارتفع عدد القتلى إلى 2012 شخصا.", "وزارة الصحة"),
    ],
)
def test_the_source_follows_its_verb_in_arabic(text: str, source: str) -> None:
    claims = crosscheck.report([Article(id="a", text=text, language="ar")]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to == source


def test_other_places_are_no_others() -> None:
    """ "آخرون" (other people) counts what the figure before counts; "أخرى" (other
    places, things) does not: the 40 are killed, not missing like the 300."""
    text = "لا يزال 300 شخص آخرين في عداد المفقودين، فيما أودت السيول بحياة 40 شخصا في مناطق أخرى."
    claims = crosscheck.report([Article(id="a", text=text, language="ar")]).claims
    units = {c.text: c.unit for c in claims if c.kind == "quantity"}
    assert units == {"300 شخص": "missing", "40 شخصا": "killed"}


def test_a_story_label_before_a_colon_is_no_source() -> None:
    text = "إعصار ليبيا: 11300 قتيل في درنة"
    claims = crosscheck.report([Article(id="a", text=text, language="ar")]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to is None


def test_a_name_before_a_colon_is_the_source() -> None:
    text = "الهلال الأحمر الليبي: عدد المفقودين تجاوز 9000"
    claims = crosscheck.report([Article(id="a", text=text, language="ar")]).claims
    (claim,) = [c for c in claims if c.kind == "quantity"]
    assert claim.attributed_to == "الهلال الأحمر الليبي"


def test_the_arabic_question_mark_ends_a_sentence() -> None:
    text = "هل قتل 5 أشخاص؟ نعم، وأصيب 3 آخرون."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "هل قتل 5 أشخاص؟",
        "نعم، وأصيب 3 آخرون.",
    ]


AR = (
    "أعلنت السلطات المحلية أن عدد ضحايا الفيضانات ارتفع إلى 150 قتيلا، فيما لا يزال "
    "العشرات في عداد المفقودين. وقال مسؤول في الدفاع المدني إن فرق الإنقاذ تواصل "
    "البحث عن ناجين تحت الأنقاض منذ يوم الأحد."
)
EN = (
    "Local authorities said the flood death toll rose to 150, while dozens are still "
    "missing. A civil defence official said rescue teams were searching the rubble."
)


@pytest.mark.parametrize(("text", "code"), [(AR, "ar"), (EN, "en")])
def test_detection_finds_arabic(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_detection_reads_an_arabic_headline() -> None:
    assert detect_language("ارتفاع حصيلة ضحايا الزلزال في المغرب إلى 2012 قتيلا") == "ar"
