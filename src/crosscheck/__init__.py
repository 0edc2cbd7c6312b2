"""crosscheck: do news sources agree?

Give it articles in several languages; it finds the claims they make
(figures, ranges, dates, quotes, who is cited), aligns the same claim across
articles in a claim graph, and reports agreements, ranges and conflicts, each
figure traced to its article and to the source that article cites.

    >>> import crosscheck
    >>> report = crosscheck.report("seeds/")        # doctest: +SKIP
    >>> print(report)                               # doctest: +SKIP

Errors: every exception crosscheck raises is a :class:`CrosscheckError`
(with ``reason``, a stable code, and ``path``/``line`` when known) and also
the built-in that fits, so ``except ValueError`` keeps working:
:class:`InputError` (a ``ValueError``: bad arguments or input),
:class:`InputTypeError` (also a ``TypeError``: an argument of the wrong
type), :class:`NoInputError` (nothing matched a path or pattern),
:class:`UnsupportedLanguageError` (no data for a language code) and
:class:`LanguageDataError` (a malformed language data file). Inputs that
cannot be used never raise: they are skipped with a reason in
``Report.articles``, and ``Report.limits`` (:class:`LimitRecord`) records
every limit the batch was checked under with the inputs it skipped.
"""

import logging

from ._compiled import compiled_modules as _compiled_modules
from ._errors import (
    CrosscheckError,
    InputError,
    InputTypeError,
    LanguageDataError,
    NoInputError,
    UnsupportedLanguageError,
)
from ._report import Explanation, Report, SourceRecord, report
from ._schema import json_schema
from ._version import __version__
from .align import Story
from .claims import Claim
from .extract import Quantity, find_quantities, parse_quantity
from .ingest import Article, ArticleRecord, LimitRecord, LoadResult, load
from .judge import Finding
from .judge._findings import Side, TimelinePoint

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
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
]

# Whether the hot modules run compiled by mypyc (an opt-in build, see _compiled).
__compiled__: bool = bool(_compiled_modules())
