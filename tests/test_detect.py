"""Language identification: which detector decides, and what each says on short texts.

The built-in detector is tested directly (it decides whenever lingua is not
installed, as in CI); the lingua tests run only with ``crosscheck[langid]``.
The sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import Article
from crosscheck._codes import SkipReason
from crosscheck.ingest import _detect, detect_language, load
from crosscheck.ingest._detect import builtin_language, identify_language, lingua_available

RO = "Autoritățile au anunțat că peste două sute de familii au fost evacuate din zona inundată."
RO_CEDILLA = RO.replace("ț", "ţ").replace("ș", "ş")
RO_PLAIN = (
    "Autoritatile au anuntat ca peste doua sute de familii au fost evacuate din zona inundata."
)
HEADLINES = {
    "en": "Hundreds flee as river bursts its banks",
    "de": "Hunderte fliehen vor dem Hochwasser im Süden",
    "fr": "Des centaines de familles fuient la crue du fleuve",
    "es": "Cientos de familias huyen de la crecida del río",
    "it": "Centinaia di famiglie in fuga per la piena del fiume",
    "ru": "Сотни семей бегут от наводнения на юге страны",
    "uk": "Сотні родин тікають від повені на півдні країни",
}
# Languages crosscheck has no data for, close to ones it has.
FOREIGN = {
    "cs": "Stovky rodin musely kvůli povodni opustit své domovy, uvedli ve středu hasiči.",
    "sk": "Stovky rodín museli pre povodeň opustiť svoje domovy, uviedli v stredu hasiči.",
    "sv": "Hundratals familjer tvingades lämna sina hem på grund av översvämningen i onsdags.",
}


# --- the built-in detector -------------------------------------------------------------------


@pytest.mark.parametrize("text", [RO, RO_CEDILLA, RO_PLAIN])
def test_builtin_reads_romanian_in_every_spelling(text: str) -> None:
    assert builtin_language(text) == "ro"


def test_builtin_guess_says_it_decided() -> None:
    guess = identify_language(RO, detector="builtin")
    assert (guess.code, guess.detector) == ("ro", "builtin")
    assert "built-in" in guess.detail
    unsure = identify_language("Kim Jong Un", detector="builtin")
    assert unsure.code is None
    assert unsure.detail


@pytest.mark.parametrize("text", FOREIGN.values(), ids=FOREIGN.keys())
def test_builtin_refuses_languages_without_data(text: str) -> None:
    assert builtin_language(text) is None


def test_without_lingua_the_builtin_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_detect, "lingua_available", lambda: False)
    assert identify_language(RO).detector == "builtin"
    for text in [RO, RO_PLAIN, *HEADLINES.values(), *FOREIGN.values()]:
        assert detect_language(text) == builtin_language(text)


def test_record_says_which_detector_decided(tmp_path: Path) -> None:
    (path := tmp_path / "a.txt").write_text(RO, encoding="utf-8")
    record = load(path).records[0]
    assert record.language == "ro"
    assert "detected by" in (record.detail or "")
    declared = load([Article(id="x", text=RO, language="ro")]).records[0]
    assert "detected by" not in (declared.detail or "")


def test_unknown_language_skip_says_why(tmp_path: Path) -> None:
    (path := tmp_path / "a.txt").write_text(FOREIGN["cs"], encoding="utf-8")
    record = load(path).records[0]
    assert record.reason == SkipReason.UNKNOWN_LANGUAGE
    guess = identify_language(FOREIGN["cs"])
    assert guess.detail in (record.detail or "")


# --- lingua (crosscheck[langid]) -------------------------------------------------------------


@pytest.fixture
def lingua() -> None:
    pytest.importorskip("lingua")
    assert lingua_available()


@pytest.mark.usefixtures("lingua")
@pytest.mark.parametrize(("code", "text"), HEADLINES.items(), ids=HEADLINES.keys())
def test_lingua_reads_headlines(code: str, text: str) -> None:
    guess = identify_language(text)
    assert (guess.code, guess.detector) == (code, "lingua")
    assert "lingua" in guess.detail


@pytest.mark.usefixtures("lingua")
@pytest.mark.parametrize("text", [RO, RO_CEDILLA, RO_PLAIN])
def test_lingua_reads_romanian_in_every_spelling(text: str) -> None:
    assert detect_language(text) == "ro"


@pytest.mark.usefixtures("lingua")
@pytest.mark.parametrize(("code", "text"), FOREIGN.items(), ids=FOREIGN.keys())
def test_lingua_says_unknown_for_languages_without_data(code: str, text: str) -> None:
    guess = identify_language(text)
    assert guess.code is None
    assert guess.detector == "lingua"


@pytest.mark.usefixtures("lingua")
def test_lingua_only_among_requested_languages() -> None:
    assert detect_language(HEADLINES["it"], ["en", "ro"]) is None
    assert detect_language(HEADLINES["it"], ["en", "it"]) == "it"


@pytest.mark.usefixtures("lingua")
@pytest.mark.parametrize("text", ["", "12 345", "Kim Jong Un", "!!! ???"])
def test_lingua_refuses_to_guess_without_words(text: str) -> None:
    assert detect_language(text) is None


@pytest.mark.usefixtures("lingua")
def test_builtin_can_still_be_asked_for() -> None:
    assert identify_language(HEADLINES["en"], detector="builtin").detector == "builtin"
