"""Ingestion: read articles from files, folders, globs or objects, and account for each.

The first stage of the pipeline. It turns whatever the user points at into
:class:`Article` values (text decoded exactly, language and publication date
settled) and an :class:`ArticleRecord` for every input, so an input that
cannot be used is reported with a reason instead of disappearing.
"""

from ._article import Article, ArticleRecord
from ._detect import detect_language
from ._load import LimitRecord, Limits, LoadResult, load

__all__ = [
    "Article",
    "ArticleRecord",
    "LimitRecord",
    "Limits",
    "LoadResult",
    "detect_language",
    "load",
]
