"""The public surface is exactly what __all__ says (as httpx checks its own)."""

from __future__ import annotations

import crosscheck

PUBLIC = {
    "Article",
    "ArticleRecord",
    "Claim",
    "CrosscheckError",
    "Explanation",
    "Finding",
    "InputError",
    "InputTypeError",
    "LanguageDataError",
    "LimitRecord",
    "LoadResult",
    "NoInputError",
    "Quantity",
    "Report",
    "Side",
    "SourceRecord",
    "Story",
    "TimelinePoint",
    "UnsupportedLanguageError",
    "__compiled__",
    "__version__",
    "find_quantities",
    "json_schema",
    "load",
    "parse_quantity",
    "report",
}


def test_all_is_the_public_surface() -> None:
    assert set(crosscheck.__all__) == PUBLIC


def test_every_exported_name_exists_and_is_documented() -> None:
    for name in crosscheck.__all__:
        member = getattr(crosscheck, name)
        if name not in ("__version__", "__compiled__"):
            assert member.__doc__, f"{name} has no docstring"


def test_errors_share_one_root_and_the_fitting_builtin() -> None:
    names = (
        "InputError",
        "InputTypeError",
        "NoInputError",
        "UnsupportedLanguageError",
        "LanguageDataError",
    )
    for name in names:
        cls = getattr(crosscheck, name)
        assert issubclass(cls, crosscheck.CrosscheckError)
        assert issubclass(cls, ValueError)


def test_errors_pickle_with_their_fields() -> None:
    import pickle

    err = crosscheck.NoInputError("nothing matched", path="x/*.txt", reason="no_input")
    back = pickle.loads(pickle.dumps(err))
    assert type(back) is crosscheck.NoInputError
    assert (back.path, back.reason, str(back)) == (err.path, err.reason, str(err))


def test_errors_carry_stable_reason_codes(tmp_path: object) -> None:
    import pytest

    from crosscheck._codes import ErrorReason

    with pytest.raises(crosscheck.NoInputError) as missing:
        crosscheck.load("does/not/exist/*.txt")
    assert missing.value.reason == ErrorReason.NO_INPUT
    with pytest.raises(crosscheck.UnsupportedLanguageError) as unknown:
        crosscheck.load("seeds/", language="xx")
    assert unknown.value.reason == ErrorReason.UNSUPPORTED_LANGUAGE
    with pytest.raises(crosscheck.UnsupportedLanguageError) as unknown2:
        crosscheck.find_quantities("5 soldați", "xx")
    assert unknown2.value.reason == ErrorReason.UNSUPPORTED_LANGUAGE
