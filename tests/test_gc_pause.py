"""The cyclic collector is held off while a text is read, and left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import crosscheck
from crosscheck import Article
from crosscheck._gc import collector_paused
from crosscheck.claims._build import extract_claims


@pytest.fixture
def collector() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_and_enabled_again_after(collector: None) -> None:
    gc.enable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_enabled_again_after_an_error(collector: None) -> None:
    gc.enable()
    with pytest.raises(ValueError, match="read"), collector_paused():
        raise ValueError("read failed")
    assert gc.isenabled()


def test_a_collector_found_disabled_stays_disabled(collector: None) -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_nested_pauses_enable_only_at_the_outer_end(collector: None) -> None:
    gc.enable()
    with collector_paused():
        with collector_paused():
            pass
        assert not gc.isenabled()  # the inner pause found it off and left it so
    assert gc.isenabled()


@pytest.mark.parametrize("enabled", [True, False])
def test_reading_leaves_the_collector_as_it_was(collector: None, enabled: bool) -> None:
    gc.enable() if enabled else gc.disable()
    text = "At least 12 people were killed, officials said on Monday."
    assert crosscheck.find_quantities(text, "en")
    assert extract_claims(Article(id="a", text=text, language="en"))
    crosscheck.report([Article(id="a", text=text, language="en")])
    assert gc.isenabled() is enabled


def test_the_claims_are_the_same_with_the_collector_on_or_off(collector: None) -> None:
    text = "Rescuers said 1,200 people were evacuated; 35 were injured, police said."
    article = Article(id="a", text=text, language="en")
    gc.disable()
    off = extract_claims(article)
    gc.enable()
    assert extract_claims(article) == off
