"""The US states a tornado, storm or fire story names are places of the United States:
one state's toll is a part of the national total, never its rival, while two sources'
tolls for one state the same day still conflict (places.toml, "United States")."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims import Claim

from ._articles import opposed, story_report

# One state's dead, in several languages, against the total of a three-state outbreak.
STATE_TOLL = {
    "en": ("In Missouri, nine people were killed, officials said.", "missouri"),
    "de": ("In Missouri seien neun Menschen gestorben, teilte die Behörde mit.", "missouri"),
    "es": ("Solo en Oklahoma murieron 11 personas, según la agencia estatal.", "oklahoma"),
    "pt": ("No Kansas morreram cinco pessoas, segundo as autoridades.", "kansas"),
    "ru": ("В Канзасе погибли пять человек, сообщили власти.", "kansas"),
    "uk": ("У Міссурі загинули дев'ять людей, повідомила влада.", "missouri"),
    "ar": ("وفي أوكلاهوما لقي 11 شخصا حتفهم، بحسب السلطات.", "oklahoma"),
}

TOTALS = [
    ("2025-04-30", "en", "Tornadoes have killed 25 people in the United States, officials said."),
    ("2025-04-30", "fr", "Les tornades ont fait 25 morts aux États-Unis, selon les autorités."),
]


def _killed(report: crosscheck.Report, article: str) -> Claim:
    (claim,) = [c for c in report.claims if c.article == article and c.unit == "killed"]
    return claim


@pytest.mark.parametrize("language", sorted(STATE_TOLL))
def test_a_states_toll_is_a_part_of_the_total_not_its_rival(language: str) -> None:
    text, state = STATE_TOLL[language]
    rep = story_report([*TOTALS, ("2025-04-30", language, text)], "s")
    part = _killed(rep, "a2")
    assert part.place_id == state
    assert frozenset((part.text, _killed(rep, "a0").text)) not in opposed(rep)
    assert not rep.conflicts


def test_two_sources_tolls_for_one_state_the_same_day_still_conflict() -> None:
    rep = story_report(
        [
            ("2025-04-30", "en", "In Missouri, nine people were killed, the governor said."),
            ("2025-04-30", "de", "In Missouri starben zwölf Menschen, teilte die Polizei mit."),
        ],
        "s",
    )
    nine, twelve = _killed(rep, "a0"), _killed(rep, "a1")
    assert nine.place_id == twelve.place_id == "missouri"
    assert frozenset((nine.text, twelve.text)) in opposed(rep)
