"""A ship's or plane's passenger list counts the people on board ([predicates] aboard):
the operator's manifest and the coast guard's head count of one moment are one quantity
and conflict when they differ; the list's figure is never a rival of those rescued."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims import Claim

from ._articles import opposed, story_report

COAST_GUARD = ("2025-07-19", "it", "Secondo la Guardia costiera, a bordo c'erano 389 persone.")

# The operator's manifest, in several languages: 412 on board.
MANIFEST = {
    "en": "The operator said its manifest listed 412 passengers and crew.",
    "ro": "Operatorul afirmă că pe manifest figurau 412 pasageri și membri ai echipajului.",
    "fr": "Selon l'armateur, la liste des passagers comptait 412 personnes.",
    "es": "Según la naviera, la lista de pasajeros incluía a 412 personas.",
    "de": "Laut Passagierliste der Reederei waren es 412 Menschen.",
    "pl": "Według armatora na liście pasażerów było 412 osób.",
}


def _people(report: crosscheck.Report, article: str) -> Claim:
    (claim,) = [c for c in report.claims if c.article == article and c.unit == "people"]
    return claim


@pytest.mark.parametrize("language", sorted(MANIFEST))
def test_the_manifest_and_the_head_count_on_board_conflict(language: str) -> None:
    rep = story_report([COAST_GUARD, ("2025-07-19", language, MANIFEST[language])], "s")
    head_count, manifest = _people(rep, "a0"), _people(rep, "a1")
    assert manifest.event == "aboard"
    assert frozenset((head_count.text, manifest.text)) in opposed(rep)


def test_the_manifest_is_no_rival_of_those_rescued() -> None:
    rep = story_report(
        [
            ("2025-07-19", "en", "The coast guard said 250 people had been rescued."),
            ("2025-07-19", "en", "The operator said its manifest listed 412 passengers and crew."),
        ],
        "s",
    )
    assert not rep.conflicts
