"""Fixtures shared by several test modules, and the hypothesis profiles.

The default profile is derandomized: every run of the suite tries the same
examples, so CI is red only when the code changed, never because a new
random draw found an old defect. ``HYPOTHESIS_PROFILE=explore`` draws fresh
examples on every run to hunt for defects; each one found becomes an
explicit regression test.

No profile has a deadline: hypothesis's per-example deadline reads the
clock, and a test that reads the clock fails on a loaded machine (two
numeral tests did, at 200 ms, while other jobs ran).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

import crosscheck

settings.register_profile("default", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("explore", derandomize=False, print_blob=True, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="session")
def seeds_report() -> crosscheck.Report:
    """The report of the project's seed articles, built once for the whole run."""
    return crosscheck.report(SEEDS)
