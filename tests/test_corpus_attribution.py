"""Every language's quote and attribution sentences, checked against the extractor.

Each language keeps its cases in ``tests/corpus_attribution/<code>.toml`` and
this one runner reads them all (as ``tests/test_corpus.py`` does for
quantities). A case is a short news text and either the quotations
``find_quotes`` must return, in order, or the source ``context`` must credit
for a figure, or both::

    language = "en"

    [[case]]
    text = "“We will not retreat,” Zelensky said on Monday."
    [[case.quotes]]               # one table per quote, in order; quotes = [] for none
    text = "We will not retreat"
    speaker = "Zelensky"          # "none" stands for None
    cue = "said"
    scare = false
    chain = []                    # outlets, the one the article cites directly first

    [[case]]
    text = "About 2,000 troops were killed, Reuters reported, citing KCNA."
    [[case.attributions]]
    claim = "2,000 troops"        # where the figure is (a substring of the text)
    source = "Reuters"
    chain = ["Reuters", "KCNA"]

Quote keys: text, speaker, cue, outlet, chain, scare, closed, depth, resolved
(``speaker_resolved``), mention (``speaker_mention``). Attribution keys: claim
(required), source, cue, chain, origin, outlet, credited (the name a claim's
``attributed_to`` takes: a relayed claim's origin, see ``credited``). Only the
keys a case gives are checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest

from crosscheck.extract._context import context, credited
from crosscheck.extract._quotes import QuoteMention, find_quotes
from crosscheck.extract._sentences import split_sentences
from crosscheck.lang import get_language

from ._corpus import case_text, read_corpus, slug

CORPUS_DIR = Path(__file__).parent / "corpus_attribution"
NONE = "none"

_QUOTE_KEYS = {
    "text": "text",
    "speaker": "speaker",
    "cue": "cue",
    "outlet": "outlet",
    "chain": "chain",
    "scare": "scare",
    "closed": "closed",
    "depth": "depth",
    "resolved": "speaker_resolved",
    "mention": "speaker_mention",
}
_ATTRIBUTION_KEYS = frozenset({"claim", "source", "cue", "chain", "origin", "outlet", "credited"})


@attrs.frozen
class Case:
    """One text of a corpus file with what it must yield."""

    id: str
    path: Path
    language: str
    text: str
    quotes: tuple[Mapping[str, Any], ...] | None
    attributions: tuple[Mapping[str, Any], ...]
    problems: tuple[str, ...] = ()


def _check_table(raw: Any, keys: frozenset[str] | Mapping[str, str], what: str) -> list[str]:
    if not isinstance(raw, dict):
        return [f"a {what} must be a table, got {raw!r}"]
    return [f"{what}: unknown key {key!r}" for key in raw if key not in keys]


def _load_file(path: Path) -> Iterator[Case]:
    stem = path.stem
    cases, file_problems = read_corpus(path)
    if file_problems:
        yield Case(f"{stem}-file", path, stem, "", None, (), tuple(file_problems))
        return
    for number, raw in enumerate(cases, start=1):
        problems: list[str] = []
        text = case_text(raw, problems)
        quotes = raw.get("quotes") if isinstance(raw, dict) else None
        attributions = raw.get("attributions", []) if isinstance(raw, dict) else []
        if quotes is None and not attributions:
            problems.append("a case needs quotes (possibly []) or attributions")
        if isinstance(raw, dict):
            problems += [
                f"unknown case key {k!r}"
                for k in raw
                if k not in {"text", "quotes", "attributions"}
            ]
        for q in quotes or []:
            problems += _check_table(q, _QUOTE_KEYS, "quote")
            if isinstance(q, dict) and isinstance(q.get("text"), str) and q["text"] not in text:
                problems.append(f"quote text {q['text']!r} is not in the case text")
        for a in attributions:
            problems += _check_table(a, _ATTRIBUTION_KEYS, "attribution")
            if isinstance(a, dict) and (
                not isinstance(a.get("claim"), str) or a["claim"] not in text
            ):
                problems.append(f"attribution claim {a.get('claim')!r} is not in the case text")
        yield Case(
            id=f"{stem}-{number:03d}-{slug(text)}",
            path=path,
            language=stem,
            text=text,
            quotes=None if quotes is None else tuple(q for q in quotes if isinstance(q, dict)),
            attributions=tuple(a for a in attributions if isinstance(a, dict)),
            problems=tuple(problems),
        )


CASES = [case for path in sorted(CORPUS_DIR.glob("*.toml")) for case in _load_file(path)]


def _same(want: Any, have: Any) -> bool:
    if want == NONE:
        return have is None
    if isinstance(want, list):
        return isinstance(have, tuple) and list(have) == want
    return bool(want == have)


def _describe(q: QuoteMention) -> str:
    return (
        f"{q.text!r} speaker={q.speaker!r} cue={q.cue!r} outlet={q.outlet!r} chain={q.chain!r} "
        f"scare={q.scare} closed={q.closed} depth={q.depth} resolved={q.speaker_resolved} "
        f"mention={q.speaker_mention!r}"
    )


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_case(case: Case) -> None:
    if case.problems:
        pytest.fail(f"{case.path.name}: malformed case: " + "; ".join(case.problems))
    problems: list[str] = []
    if case.quotes is not None:
        found = find_quotes(case.text, case.language)
        for q in found:
            assert case.text[q.start : q.end] == q.text
            if q.speaker is not None:
                assert q.speaker_start is not None
                assert q.speaker_end is not None
                assert case.text[q.speaker_start : q.speaker_end] == q.speaker
        report = "\n".join(f"  found {i}: {_describe(q)}" for i, q in enumerate(found, 1))
        if len(found) != len(case.quotes):
            problems.append(f"expected {len(case.quotes)} quotes, found {len(found)}")
        for i, (want, have) in enumerate(zip(case.quotes, found, strict=False), start=1):
            for key, value in want.items():
                got = getattr(have, _QUOTE_KEYS[key])
                if not _same(value, got):
                    problems.append(f"quote {i}: {key} expected {value!r}, got {got!r}")
        if problems:
            problems.append(report or "  found nothing")
    lang = get_language(case.language)
    for want in case.attributions:
        cs = case.text.index(want["claim"])
        ce = cs + len(want["claim"])
        spans = split_sentences(case.text, lang.months, lang.titles)
        s0, s1 = next((s, e) for s, e in spans if s <= cs < e)
        attrib = context(case.text, s0, s1, cs, ce, lang).attribution
        if attrib is not None:
            name, start, end = credited(attrib)
            assert case.text[start:end] == name  # the credited span is the name's
        for key, value in want.items():
            if key == "claim":
                continue
            if key == "credited":
                got = credited(attrib)[0] if attrib is not None else None
            else:
                got = getattr(attrib, key) if attrib is not None else None
            if key == "source" and value == NONE:
                if attrib is not None:
                    problems.append(f"{want['claim']!r}: expected no source, got {attrib!r}")
            elif not _same(value, got):
                problems.append(f"{want['claim']!r}: {key} expected {value!r}, got {got!r}")
    if problems:
        pytest.fail(f"text: {case.text!r}\n" + "\n".join(problems))


@pytest.mark.parametrize("code", ["ro", "it", "en", "fr", "de", "es", "pt", "nl"])
def test_every_language_has_a_corpus_of_twenty(code: str) -> None:
    cases = [c for c in CASES if c.language == code]
    assert len(cases) >= 20
    assert sum(len(c.quotes or ()) for c in cases) >= 15
    assert sum(len(c.attributions) for c in cases) >= 3
