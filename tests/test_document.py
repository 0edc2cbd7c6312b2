"""One ``Document`` per article: built once, shared by every extractor, exact offsets.

The claim builder makes one ``crosscheck.extract._document.Document`` per
article and hands it to the date, event, frame and quote extractors, so the
sentences are split once and the dates parsed once. These tests count the
work, follow the object, check that spans stay exact on right-to-left text and
on text with combining marks, and pin the public signatures that build a
``Document`` themselves.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import Any

import pytest

import crosscheck
from crosscheck import Article
from crosscheck._compiled import compiled_modules
from crosscheck._fold import fold
from crosscheck.claims import _build
from crosscheck.claims._build import extract_claims
from crosscheck.extract import _dates, _sentences
from crosscheck.extract._dates import find_dates
from crosscheck.extract._document import Document
from crosscheck.extract._events import event_at, event_for
from crosscheck.extract._quotes import find_quotes, quotes_in

# Sentences of our own: figures, dates, a quote and a paragraph break.
_EN = (
    "Rescuers said on Monday that 1,200 people were missing after the storm.\n"
    "The ministry reported 340 deaths by 12 March 2024. "
    '"We are still searching," the governor told reporters on Tuesday.\n'
    "About 5,000 homes were damaged, officials said."
)

# Arabic with a right-to-left mark, Arabic-Indic digits and Arabic punctuation.
_AR = (
    "\u200fقالت وزارة الصحة يوم الأحد إن ١٢٠٠ شخص لقوا حتفهم، وأصيب ٣٥٠ آخرون.\n"
    "وأضافت الوزارة أن ٤٬٥٠٠ منزل تضرر في ١٠ سبتمبر ٢٠٢٣."
)

# Decomposed accents (combining marks) before and inside the figures' sentences.
_FR = (
    "Le ministe\u0300re de la Sante\u0301 a annonce\u0301 mardi 2 400 morts.\n"
    "Selon la pre\u0301fecture, 150 personnes sont bless\u00e9es au 8 septembre 2023."
)


def _article(text: str, language: str) -> Article:
    return Article(id="a", text=text, language=language, published="2024-03-14")


def _count(monkeypatch: pytest.MonkeyPatch, name: str, original: Callable[..., Any]) -> list[int]:
    """Replace ``original`` under ``name`` in every loaded crosscheck module; count its calls."""
    calls = [0]

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    for module_name, module in list(sys.modules.items()):
        if module_name.startswith("crosscheck") and getattr(module, name, None) is original:
            monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.skipif(
    bool(compiled_modules()),
    reason="counts calls by replacing module globals, which a compiled module binds when "
    "built; the pure build (the default) checks it",
)
@pytest.mark.parametrize(("text", "language"), [(_EN, "en"), (_AR, "ar"), (_FR, "fr")])
def test_an_article_is_split_and_its_dates_parsed_once(
    monkeypatch: pytest.MonkeyPatch, text: str, language: str
) -> None:
    splits = _count(monkeypatch, "split_sentences", _sentences.split_sentences)
    parses = _count(monkeypatch, "dates_in", _dates.dates_in)
    claims = extract_claims(_article(text, language))
    assert any(c.kind == "quantity" for c in claims)
    assert any(c.kind == "date" for c in claims)
    assert splits[0] == 1
    assert parses[0] == 1


def test_one_document_reaches_every_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, Document]] = []
    for name in ("event_at", "find_as_of", "quotes_in"):
        original = getattr(_build, name)

        def spy(doc: Document, *args: Any, _name: str = name, _f: Any = original) -> Any:
            seen.append((_name, doc))
            return _f(doc, *args)

        monkeypatch.setattr(_build, name, spy)
    claims = extract_claims(_article(_EN, "en"))
    assert {c.kind for c in claims} == {"quantity", "date", "quote"}
    assert {name for name, _ in seen} == {"event_at", "find_as_of", "quotes_in"}
    docs = {id(doc) for _, doc in seen}
    assert len(docs) == 1
    doc = seen[0][1]
    assert doc.text == _EN
    assert doc.published == "2024-03-14"


@pytest.mark.parametrize(("text", "language"), [(_EN, "en"), (_AR, "ar"), (_FR, "fr")])
def test_document_spans_are_exact(text: str, language: str) -> None:
    doc = Document(text, language)
    assert len(doc.folded) == len(text)
    assert doc.sentences
    for start, end in doc.sentences:
        assert doc.folded[start:end] == fold(text[start:end])
        assert text[start:end] == text[start:end].strip()
        assert doc.sentence_of(start) == (start, end)
        assert doc.sentence_of(end - 1) == (start, end)
    assert [text[a:b] for a, b in doc.paragraphs] == text.split("\n")
    for start, _ in doc.sentences:
        assert doc.paragraph_start(start) == text.rfind("\n", 0, start) + 1


@pytest.mark.parametrize(("text", "language"), [(_AR, "ar"), (_FR, "fr")])
def test_claim_offsets_are_exact_on_rtl_and_combining_marks(text: str, language: str) -> None:
    claims = extract_claims(_article(text, language))
    quantities = [c for c in claims if c.kind == "quantity"]
    assert len(quantities) >= 2
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == (
            claim.sentence
        )


def test_document_dates_match_find_dates() -> None:
    doc = Document(_EN, "en", published="2024-03-14")
    assert list(doc.dates) == find_dates(_EN, "en", published="2024-03-14")
    assert doc.dates is doc.dates  # parsed once, kept


def test_text_entry_points_build_their_own_document() -> None:
    doc = Document(_EN, "en")
    quotes = find_quotes(_EN, "en")
    assert [q.text for q in quotes] == ["We are still searching"]
    assert quotes == quotes_in(doc)
    dates = find_dates(_EN, "en")
    assert "12 March 2024" in [d.text for d in dates]
    for d in dates:
        assert event_for(_EN, d.start, d.end, "en") == event_at(doc, d.start, d.end)


def test_public_signatures_are_unchanged() -> None:
    def params(f: Callable[..., Any]) -> list[tuple[str, Any]]:
        return [(p.name, p.default) for p in inspect.signature(f).parameters.values()]

    empty = inspect.Parameter.empty
    assert params(crosscheck.find_quantities) == [("text", empty), ("language", None)]
    assert params(crosscheck.parse_quantity) == [("text", empty), ("language", empty)]
    assert params(find_dates) == [("text", empty), ("language", empty), ("published", None)]
    assert params(find_quotes) == [("text", empty), ("language", empty)]
    assert params(event_for) == [
        ("text", empty),
        ("start", empty),
        ("end", empty),
        ("language", empty),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Am 21. Dezember starben 300 Menschen in der Stadt."),
        ("de", "Seit dem 8. September zählen die Behörden 2.900 Tote."),
        ("nl", "Op 3. november waren er 150 doden."),  # rare in Dutch, but a date all the same
        ("pl", "Do 21. Grudnia zginęło 300 osób."),
    ],
)
def test_a_days_ordinal_dot_before_a_month_ends_no_sentence(language: str, text: str) -> None:
    assert len(Document(text, language).sentences) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Zahl stieg auf 21. Dann kam der Regen."),  # a figure ends the sentence
        ("de", "Es waren 1.000.000. Mai kam später."),  # not a day standing alone
    ],
)
def test_a_figure_before_a_capital_still_ends_its_sentence(language: str, text: str) -> None:
    assert len(Document(text, language).sentences) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Według gen. Nowaka zginęło 300 osób."),
        ("en", "Dr. Weber said 300 people had died."),
        ("de", "Laut Prof. Weber starben 300 Menschen."),
        ("es", "Según el Gral. Pérez murieron 300 personas."),
        ("fr", "Selon le Pr. Martin, 300 personnes sont mortes."),
    ],
)
def test_a_title_abbreviation_before_a_name_ends_no_sentence(language: str, text: str) -> None:
    assert len(Document(text, language).sentences) == 1


def test_a_title_abbreviation_is_read_in_its_own_language_only() -> None:
    # "płk." is a title in Polish, but not in English: two sentences there
    assert len(Document("The unit was called płk. Sales rose to 300.", "en").sentences) == 2
    assert len(Document("Według płk. Nowaka zginęło 300 osób.", "pl").sentences) == 1
