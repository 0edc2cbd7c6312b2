"""Fixtures shared by several test modules."""

from __future__ import annotations

from pathlib import Path

import pytest

import crosscheck

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds_report() -> crosscheck.Report:
    """The report of the project's seed articles, built once for the whole run."""
    return crosscheck.report(SEEDS)
