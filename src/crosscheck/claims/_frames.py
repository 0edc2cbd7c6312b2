"""How the frames of two claims relate: place containment, and the like.

The aligner asks these questions of two claims; the answers come from the
claims' normalised frame fields (``place_id``, …) and language-neutral data
(:mod:`crosscheck.lang._places`: every place key with the key of the place
that holds it, ``places.toml``).

Place keys are of three sorts (docs/semantics.md, "Frame fields"):

* a known place: ``"derna"``, ``"valencia_province"``, ``"spain"``;
* a compass part of a country: ``"libya:east"`` (eastern Libya), which holds
  the places of that country whose ``area`` lies that way (Derna's area is
  ``north_east``, so it lies in the east); against the country itself its
  relation is unknown (the stricken side of a country, or a share of it);
* an unknown name the text put after a place preposition: ``"~paiporta"``,
  the same only as itself, related to nothing else (the data cannot tell);
* places covered together that nothing listed holds: ``"syria+turkey"`` (the
  toll "in Turkey and Syria"), which holds each member and what lies in it.
"""

from __future__ import annotations

from enum import StrEnum

from rapidfuzz.distance import Levenshtein

from .._fold import fold
from ..lang import available_languages
from ..lang._places import COMPASS_SEP, PLACE_JOIN, frame_words, name_key, place_data
from ._model import Claim


class PlaceRelation(StrEnum):
    """How the places two figures cover relate."""

    SAME = "same"
    CONTAINS = "contains"  # the first claim's place holds the second's (country ⊃ city)
    WITHIN = "within"  # the first claim's place lies inside the second's
    DIFFERENT = "different"
    UNKNOWN = "unknown"  # a claim names no place, or the data cannot tell how they relate


_FLIP = {PlaceRelation.CONTAINS: PlaceRelation.WITHIN, PlaceRelation.WITHIN: PlaceRelation.CONTAINS}


def _place_key(claim: Claim) -> str | None:
    """The claim's place key; a place given only as text is looked up by name."""
    if claim.place_id:
        return claim.place_id
    if not claim.place:
        return None
    if claim.language in available_languages():
        keys = frame_words(claim.language).keys.get(name_key(claim.place))
        if keys:
            return keys[0]
    return fold(claim.place).strip()


def _parts(compass: str) -> frozenset[str]:
    """The bearings of a compass key: "north_east" -> {north, east}; "center" -> {center}."""
    return frozenset(compass.split("_"))


def _area_of(key: str, country: str) -> str | None:
    """Where in ``country`` the place ``key`` lies: its own area, else its nearest holder's."""
    data = place_data()
    for node in data.chain(key):
        if node == country:
            return None
        place = data.places.get(node)
        if place is not None and place.area:
            return place.area
    return None


def relate_keys(pa: str, pb: str) -> PlaceRelation:
    """How place key ``pa`` relates to place key ``pb`` (see the module docstring)."""
    if pa == pb:
        return PlaceRelation.SAME
    if PLACE_JOIN in pa or PLACE_JOIN in pb:
        return _joined(pa, pb)
    if pa.startswith("~") or pb.startswith("~"):
        return _unlisted(pa, pb)
    data = place_data()
    base_a, _, bearing_a = pa.partition(COMPASS_SEP)
    base_b, _, bearing_b = pb.partition(COMPASS_SEP)
    known = data.places
    if base_a not in known or base_b not in known:
        return PlaceRelation.UNKNOWN  # a name the data does not hold: nothing to relate it by
    if bearing_a and bearing_b:
        if base_a != base_b:
            return _plain(base_a, base_b)
        # eastern and north-eastern Libya are read as one area: news uses both for it
        overlap = _parts(bearing_a) & _parts(bearing_b)
        return PlaceRelation.SAME if overlap else PlaceRelation.DIFFERENT
    if bearing_b:
        return _FLIP.get(rel := relate_keys(pb, pa), rel)
    if bearing_a:
        if pb == base_a:
            # "158 dead in eastern Spain": news names the stricken side of a
            # country, not a share of its toll, so neither holds the other.
            return PlaceRelation.UNKNOWN
        if base_a in data.chain(pb)[1:]:
            area = _area_of(pb, base_a)
            if area is None:
                return PlaceRelation.UNKNOWN
            inside = _parts(bearing_a) <= _parts(area) or _parts(area) <= _parts(bearing_a)
            return PlaceRelation.CONTAINS if inside else PlaceRelation.DIFFERENT
        if pb in data.chain(base_a):
            return PlaceRelation.WITHIN  # eastern Libya lies in Libya (and in what holds it)
        return PlaceRelation.DIFFERENT
    return _plain(pa, pb)


def _joined(pa: str, pb: str) -> PlaceRelation:
    """How two keys relate when one or both join several places ("syria+turkey").

    A joined key holds a place that lies in (or is) one of its members: the
    toll in Turkey and Syria holds Turkey's and Gaziantep's. Two joined keys
    hold one another by the same rule member by member. Places apart from
    every member are different; a partial overlap ("turkey+syria" against
    "syria+lebanon") cannot be told.
    """
    left, right = pa.split(PLACE_JOIN), pb.split(PLACE_JOIN)

    def inside(key: str, members: list[str]) -> bool:
        held = (PlaceRelation.SAME, PlaceRelation.WITHIN)
        return any(relate_keys(key, m) in held for m in members)

    if all(inside(k, left) for k in right):
        return PlaceRelation.CONTAINS
    if all(inside(k, right) for k in left):
        return PlaceRelation.WITHIN
    apart = all(relate_keys(a, b) is PlaceRelation.DIFFERENT for a in left for b in right)
    return PlaceRelation.DIFFERENT if apart else PlaceRelation.UNKNOWN


# Kinds of listed place an unlisted name most likely lies in: the data holds
# the countries, regions and provinces, and the cities news commonly cites, so
# a name it lacks is a town or a district.
_HOLDS_TOWNS = frozenset({"country", "region", "province"})

# Case forms of one unlisted name ("в Басре", "из Басры", "w Basrze", "Basra"): two
# one-word names whose letters agree but for their last INFLECTION_LETTERS at most, on
# a stem of at least INFLECTION_STEM letters, may be one town; nothing is known of them.
INFLECTION_LETTERS = 2
INFLECTION_STEM = 4


def _case_forms(a: str, b: str) -> bool:
    """Whether two unlisted one-word keys (no "~") may be case forms of one name."""
    if any("_" in k or COMPASS_SEP in k for k in (a, b)):
        return False
    stem = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return stem >= INFLECTION_STEM and max(len(a), len(b)) - stem <= INFLECTION_LETTERS


def _unlisted(pa: str, pb: str) -> PlaceRelation:
    """Two place keys, at least one a name the data does not hold (``~paiporta``).

    Two such names are two towns, unless they may be case forms of one name
    (``~басре`` and ``~басра``: :func:`_case_forms`), which are not known apart. One
    against a listed region, province or country lies in it most likely (a part, never
    its rival figure); against a listed city (a district of it, or another town) nothing is known.
    """
    if pa.startswith("~") and pb.startswith("~"):
        if _case_forms(pa[1:], pb[1:]):
            return PlaceRelation.UNKNOWN
        return PlaceRelation.DIFFERENT
    listed = pb if pa.startswith("~") else pa
    place = place_data().places.get(listed.partition(COMPASS_SEP)[0])
    if place is None or place.kind not in _HOLDS_TOWNS:
        return PlaceRelation.UNKNOWN
    return PlaceRelation.WITHIN if pa.startswith("~") else PlaceRelation.CONTAINS


def _plain(pa: str, pb: str) -> PlaceRelation:
    data = place_data()
    if pb in data.chain(pa)[1:]:
        return PlaceRelation.WITHIN
    if pa in data.chain(pb)[1:]:
        return PlaceRelation.CONTAINS
    return PlaceRelation.DIFFERENT


def place_relation(a: Claim, b: Claim) -> PlaceRelation:
    """How the place of ``a`` relates to the place of ``b``.

    ``SAME`` for one place, ``CONTAINS`` when ``a``'s place holds ``b``'s
    (Libya ⊃ Derna, Spain ⊃ the province of Valencia), ``WITHIN`` for the
    reverse, ``DIFFERENT`` for two known places apart, ``UNKNOWN`` when a
    claim names no place or the data cannot tell (an unknown name, a city
    whose side of its country is not recorded). A claim with a ``place``
    but no ``place_id`` is looked up by that name in its language. Two
    unlisted names one letter apart in two languages' articles may be one
    place's spellings (:func:`_one_name_two_spellings`): ``UNKNOWN``.
    """
    pa, pb = _place_key(a), _place_key(b)
    if pa is None or pb is None:
        return PlaceRelation.UNKNOWN
    if a.language != b.language and _one_name_two_spellings(pa, pb):
        return PlaceRelation.UNKNOWN
    return relate_keys(pa, pb)


# The shortest unlisted name read as another language's spelling of a name one letter
# apart ("Creta" and "Crete", "Lesvos" and "Lesbos"); shorter names differ by too little.
EXONYM_MIN_LENGTH = 5


def _one_name_two_spellings(pa: str, pb: str) -> bool:
    """Two unlisted place names (``~creta``, ``~crete``) one letter apart, in articles of
    two languages: perhaps one place's two spellings, so nothing is known of them.

    Two unlisted names in one language are two towns (:func:`_unlisted`); across
    languages a place the data does not hold keeps its spelling of each language,
    often one letter apart, and reading them as two places would split one count.
    """
    if not (pa.startswith("~") and pb.startswith("~")) or pa == pb:
        return False
    na, nb = pa[1:], pb[1:]
    if not (_latin(na) and _latin(nb)):
        # "~басре" and "~basra", "~الابيض" and "~эль_обейде": a name outside the Latin
        # script is spelt by its language's sounds and endings; no letters tell them apart
        return True
    return min(len(na), len(nb)) >= EXONYM_MIN_LENGTH and Levenshtein.distance(na, nb) <= 1


def _latin(key: str) -> bool:
    """Whether a folded place key is written in Latin letters (its first letter)."""
    return next((ch < "\u0250" for ch in key if ch.isalpha()), True)


class SubjectRelation(StrEnum):
    """How the subjects (whose figure) of two figures relate."""

    SAME = "same"
    DIFFERENT = "different"
    UNKNOWN = "unknown"  # a claim has no subject, or the two answer different questions


def subject_relation(a: Claim, b: Claim) -> SubjectRelation:
    """Whether ``a`` and ``b`` count the same people's figure.

    A subject is either a side (a country key: "russia", "ukraine") or a
    group ("civilians", "soldiers"). Two sides or two groups are the same or
    different; a side and a group answer different questions ("300,000
    Russian losses" and "300,000 soldiers" may well be one figure), so their
    relation is unknown, as when a claim has no subject.
    """
    if a.subject is None or b.subject is None:
        return SubjectRelation.UNKNOWN
    if a.subject == b.subject:
        return SubjectRelation.SAME
    places = place_data().places
    if (a.subject in places) != (b.subject in places):
        return SubjectRelation.UNKNOWN
    return SubjectRelation.DIFFERENT
