"""Fuzz ``report`` on 1-3 articles built from the bytes.

The first byte gives the number of articles and whether each declares its
language (else it is detected); the rest is split into that many texts,
each spelled in its language's vocabulary (see ``_textgen``). Only
crosscheck's own errors may escape; every article must be accounted for and
every claim's span must lie in its article (``_checks.check_report``). Run::

    python fuzz/fuzz_report.py /tmp/corpus_report -runs=50000 -max_len=2000 -timeout=10
"""

from __future__ import annotations

import contextlib
import os
import sys

import atheris

# FUZZ_PLAIN=1 skips coverage instrumentation: 10x more inputs per second,
# mutating the corpus an instrumented run built (see fuzz/README.md).
_plain = os.environ.get("FUZZ_PLAIN") == "1"
with contextlib.nullcontext() if _plain else atheris.instrument_imports(include=["crosscheck"]):
    import crosscheck
    from crosscheck.lang import available_languages

from _checks import check_report  # noqa: E402
from _textgen import text_from, warm_up  # noqa: E402

LANGUAGES = available_languages()
PUBLISHED = (None, "2022-08-15", "2022-08", "2022", "not a date")


def articles_from(data: bytes) -> list[crosscheck.Article]:
    """1-3 articles: the bytes after the first, cut into equal parts."""
    if len(data) < 2:
        return []
    head, body = data[0], data[1:]
    count = 1 + head % 3
    size = -(-len(body) // count)
    articles = []
    for i in range(count):
        part = body[i * size : (i + 1) * size]
        pick = part[0] if part else i
        language = LANGUAGES[pick % len(LANGUAGES)]
        articles.append(
            crosscheck.Article(
                id=f"a{i}",
                text=text_from(part[1:], language),
                language=language if (head >> (2 + i)) & 1 else None,
                published=PUBLISHED[(pick >> 4) % len(PUBLISHED)],
            )
        )
    return articles


def one_input(data: bytes) -> None:
    """Run one fuzz input (called by libFuzzer)."""
    batch = articles_from(data)
    if not batch:
        return
    try:
        result = crosscheck.report(batch)
    except crosscheck.CrosscheckError:
        return
    check_report(batch, result)
    result.to_json()


def main() -> None:
    """Entry point: libFuzzer options come from the command line."""
    atheris.Setup(sys.argv, one_input)
    warm_up()
    atheris.Fuzz()


if __name__ == "__main__":
    main()
