"""Acceptance: the seed articles' dates, as ``tests/seeds_expected.json`` lists them.

Each listed date must be found where the file says, with its value, by
``find_dates(text, lang, published=<the article's publication date>)`` on the
file's text as read; and the dates of one event must get one event concept
from ``event_for``, across articles and languages: the June 2024 treaty (000,
001, 002, 003) and the 2019 agreement (004) are signings, the Kursk dates
(001, 002, 003) share a concept, as do the Beijing meeting dates (001, 003).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from crosscheck.extract._dates import DateMention, find_dates
from crosscheck.extract._events import event_for

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXPECTED = json.loads(
    (Path(__file__).resolve().parent / "seeds_expected.json").read_text(encoding="utf-8")
)
ARTICLES: dict[str, Any] = EXPECTED["articles"]
DATES: list[dict[str, Any]] = EXPECTED["dates"]


def _normalise(value: str) -> str:
    """expected.json's spelling -> ours: "2025 spring" -> "2025-spring",
    "2024-late..2025 spring" -> "2024-end/2025-spring"."""
    value = value.replace("..", "/").replace(" ", "-")
    return re.sub(r"-late\b", "-end", re.sub(r"-early\b", "-start", value))


def _mention(item: dict[str, Any]) -> tuple[str, DateMention]:
    name = item["article"]
    meta = ARTICLES[name]
    text = (SEEDS / name).read_text(encoding="utf-8")
    start = item["start"]
    end = start + len(item["surface"])
    assert text[start:end] == item["surface"], "expected.json offsets drifted from the file"
    found = find_dates(text, meta["lang"], published=meta["published"])
    inside = [m for m in found if m.start < end and start < m.end]
    assert len(inside) == 1, f"{name}: {item['surface']!r} -> {[m.text for m in inside]}"
    return text, inside[0]


def _event(item: dict[str, Any]) -> str | None:
    text, mention = _mention(item)
    return event_for(text, mention.start, mention.end, ARTICLES[item["article"]]["lang"])[0]


@pytest.mark.parametrize("item", DATES, ids=[f"{d['article'][:3]}-{d['surface']}" for d in DATES])
def test_every_listed_date_is_found_with_its_value(item: dict[str, Any]) -> None:
    _, mention = _mention(item)
    assert mention.value == _normalise(item["value"])
    assert mention.low is not None
    assert mention.high is not None
    assert mention.low <= mention.high


def _group(key: str) -> list[dict[str, Any]]:
    return [d for d in DATES if d["event"].startswith(key)]


def test_treaty_and_agreement_dates_are_signings() -> None:
    items = _group("nk_russia_treaty_signed") + _group("nk_russia_agreement_2019")
    assert sorted(d["article"][:3] for d in items) == ["000", "001", "002", "003", "004"]
    assert {d["article"][:3]: _event(d) for d in items} == dict.fromkeys(
        ["000", "001", "002", "003", "004"], "signed"
    )


@pytest.mark.parametrize("key", ["kursk_ukrainian_troops_expelled", "putin_kim_meeting_beijing"])
def test_the_dates_of_one_event_share_one_concept(key: str) -> None:
    items = _group(key)
    assert len(items) >= 2
    concepts = {d["article"][:3]: _event(d) for d in items}
    assert None not in concepts.values(), concepts
    assert len(set(concepts.values())) == 1, concepts


def test_the_2019_agreement_is_dated_2019_not_2024() -> None:
    (item,) = _group("nk_russia_agreement_2019")
    _, mention = _mention(item)
    assert (mention.low, mention.high) == ("2019-01-01", "2019-12-31")
