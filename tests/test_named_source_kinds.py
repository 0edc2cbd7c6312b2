"""The kind of body a credited source's words name, and same-day rivals of two kinds.

A rights group's "more than 1,100" detained and the security ministry's 650 of
one day both lie on the detained count's course (420 the day before, 1,600 the
day after), yet a rights group does not relay a ministry's count: two bodies of
two kinds keep two rival counts. Neither body is in the attribution data, so
the kind is read from the words of the source (``[source_kinds]`` in each
language file). Two government bodies, or a body and an unnamed source, stay
one count updated within the day.
"""

from __future__ import annotations

import attrs
import pytest

from crosscheck import Claim
from crosscheck.judge import judge_group
from crosscheck.lang._data import available_languages, get_language, named_source_kind

from .test_judge import _claim


@pytest.mark.parametrize(
    ("lang", "source", "kind"),
    [
        ("en", "the rights group Vigilance Guinée", "rights"),
        ("en", "the Security Ministry", "government"),
        ("en", "doctors at Donka hospital", "medical"),
        ("fr", "le ministre de la Sécurité Moussa Camara", "government"),
        ("fr", "des sources médicales", "medical"),
        ("es", "la organización de derechos humanos Foro Penal", "rights"),
        ("de", "die Menschenrechtsorganisation Amnesty", "rights"),
        ("it", "i medici dell'ospedale civile", "medical"),
        ("nl", "het ministerie van Veiligheid", "government"),
        ("ru", "правозащитники", "rights"),
        ("uk", "правозахисників з Vigilance Guinée", "rights"),
        ("ar", "وزارة الأمن", "government"),
        ("ar", "مصادر طبية", "medical"),
        ("pl", "opozycja", "opposition"),
    ],
)
def test_the_words_of_a_source_name_its_kind(lang: str, source: str, kind: str) -> None:
    assert named_source_kind(source, lang) == kind


@pytest.mark.parametrize(
    ("lang", "former", "current"),
    [
        ("en", "a former minister", "the minister of health"),
        ("en", "ex-minister John Doe", "the Security Ministry"),
        ("fr", "l'ancien ministre Moussa Camara", "le ministre de la Sécurité"),
        ("de", "der ehemalige Minister", "der Minister"),
        ("es", "el ex ministro del Interior", "el ministro del Interior"),
        ("it", "l'ex ministro", "il ministro"),
        ("nl", "voormalig minister De Vries", "minister De Vries"),
        ("ro", "fostul ministru", "ministrul de Interne"),
        ("ru", "бывший министр", "министр"),
        ("ar", "الوزير السابق", "الوزير"),
    ],
)
def test_a_former_office_holder_names_no_kind(lang: str, former: str, current: str) -> None:
    """A former minister speaks for no government: his count may rival the ministry's."""
    assert named_source_kind(former, lang) is None
    assert named_source_kind(current, lang) == "government"


@pytest.mark.parametrize(
    ("lang", "source"),
    [
        ("en", "Reuters"),  # a wire relays
        ("en", "officials"),  # an unnamed source may relay either
        ("fr", "des témoins"),
        ("de", "Augenzeugen"),
        ("en", "the ministry's doctors"),  # two kinds named: none
        ("xx", "the ministry"),  # no such language
    ],
)
def test_a_source_that_names_no_one_kind_has_none(lang: str, source: str) -> None:
    assert named_source_kind(source, lang) is None


def test_every_language_names_the_same_source_kinds() -> None:
    kinds = {
        code: set(get_language(code).raw.get("source_kinds", {})) for code in available_languages()
    }
    assert set(kinds["en"]) == {"government", "rights", "medical", "opposition", "former"}
    assert all(found == kinds["en"] for found in kinds.values()), kinds


def _detained(ident: str, day: str, value: float, source: str | None, lang: str) -> Claim:
    claim = _claim(
        ident,
        value,
        published=day,
        unit="arrested",
        attributed_to=source,
        source_id=source.lower().replace(" ", "_") if source else None,
    )
    return attrs.evolve(claim, language=lang)


@pytest.mark.parametrize(
    ("rights", "ministry"),
    [
        (("the rights group Vigilance Guinée", "en"), ("وزارة الأمن", "ar")),
        (("des défenseurs des droits humains", "fr"), ("het ministerie van Veiligheid", "nl")),
        (("правозахисники", "uk"), ("el Ministerio de Seguridad", "es")),
    ],
)
def test_a_rights_group_and_a_ministry_of_one_day_are_rivals(
    rights: tuple[str, str], ministry: tuple[str, str]
) -> None:
    finding = judge_group(
        [
            _detained("a#q1", "2025-10-14", 420, "the Security Ministry", "en"),
            _detained("b#q1", "2025-10-15", 1100, *rights),
            _detained("c#q1", "2025-10-15", 650, *ministry),
            _detained("d#q1", "2025-10-16", 1600, "the Security Ministry", "en"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert sorted(s.claims for s in finding.sides) == [("b#q1",), ("c#q1",)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("the Interior Ministry spokesman", "en"), ("وزارة الأمن", "ar")),  # two government bodies
        (("le gouvernement", "fr"), ("het ministerie van Veiligheid", "nl")),
        (("des témoins", "fr"), ("el Ministerio de Seguridad", "es")),  # an unnamed source
        (("Reuters", "en"), ("правозахисники", "uk")),  # a wire relays
    ],
)
def test_two_figures_of_one_day_of_one_kind_or_none_stay_a_running_count(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    finding = judge_group(
        [
            _detained("a#q1", "2025-10-14", 420, "the Security Ministry", "en"),
            _detained("b#q1", "2025-10-15", 1100, *first),
            _detained("c#q1", "2025-10-15", 650, *second),
            _detained("d#q1", "2025-10-16", 1600, "the Security Ministry", "en"),
        ]
    )
    assert finding is not None
    assert not finding.sides
    assert "running_count" in finding.notes
