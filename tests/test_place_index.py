"""NameIndex.find against the token-by-token scan it replaced."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from crosscheck._fold import fold
from crosscheck._phrases import PhraseMatch
from crosscheck.lang._places import _TOKEN, NameIndex

NAMES = [
    "Libya",
    "Derna",
    "Al-Haouz",
    "New York",
    "New York City",
    "US",
    "Sachsen",
    "الحوز",
    "ليبيا",
]
PROCLITICS = ["و", "ب", "ل", "ال", "بال", "لل"]
WORDS = [*NAMES, "new", "york", "us", "al", "-", "haouz", "Anhalt", "Sachsen-Anhalt", "بليبيا"]
WORDS += ["للحوز", "وليبيا", "in", "5", ",", "city", "NEW"]
TEXT = st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join)


def reference_find(index: NameIndex, text: str, folded: str) -> list[PhraseMatch]:
    """Every token visited in turn, each n-gram looked up (the scan before the split)."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
    found: list[PhraseMatch] = []
    i = 0
    while i < len(toks):
        hit = None
        for cut, head in index._heads(toks[i][2]):
            for n in index._lengths.get(head, ()):
                if i + n > len(toks):
                    continue
                gram = (head, *(t[2] for t in toks[i + 1 : i + n]))
                name = index._grams.get(gram)
                if name is None:
                    continue
                start, end = toks[i][0] + cut, toks[i + n - 1][1]
                if gram in index._exact and text[start:end].replace(" ", "") != name.replace(
                    " ", ""
                ):
                    continue
                if folded[end : end + 1] == "-" and folded[end + 1 : end + 2].isalpha():
                    continue
                hit = (n, PhraseMatch("place", start, end, name))
                break
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        found.append(hit[1])
        i += hit[0]
    return found


@settings(max_examples=300, deadline=None)
@given(TEXT, st.booleans())
def test_find_is_the_token_by_token_scan(text: str, proclitics: bool) -> None:
    index = NameIndex(NAMES, PROCLITICS if proclitics else ())
    folded = fold(text)
    assert index.find(text, folded) == reference_find(index, text, folded)


def test_names_found_in_running_text() -> None:
    index = NameIndex(NAMES, PROCLITICS)
    text = "Floods in Derna, Libya; the US sent aid to New York City and بليبيا."
    found = [m.phrase for m in index.find(text, fold(text))]
    assert found == ["Derna", "Libya", "US", "New York City", "ليبيا"]
    assert index.find("the us and Sachsen-Anhalt", fold("the us and Sachsen-Anhalt")) == []
