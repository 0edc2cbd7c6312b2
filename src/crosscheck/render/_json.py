"""The report as JSON: a stable schema, byte-identical for the same input.

Field names are public API (users' scripts and CI jobs read them); adding a
field is fine, renaming or removing one needs a ``schema`` version bump and a
CHANGELOG entry.

Speed and memory: a report of 1,000 articles is tens of megabytes of JSON,
so records are turned into plain data through a per-class cache of field
names (no ``attrs.fields`` per record), and the text is written by
:func:`json_chunks` one section and one record at a time: the whole report
is never one dictionary or one string unless a caller asks for it
(:func:`to_dict`, :func:`to_json`). The indented text comes from
:class:`_Writer`, which writes what ``json.JSONEncoder(ensure_ascii=False,
indent=...)`` writes, byte for byte, without its generator per value (the
standard library's C encoder is used only without ``indent``).
"""

from __future__ import annotations

import json
import json.encoder
import operator
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ._safe import json_text

if TYPE_CHECKING:
    from .._report import Report
    from ..align import Edge

SCHEMA = "crosscheck.report/2"

# attrs class -> its field names in order, or None for a class that is not attrs.
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}
# attrs class -> a C-level getter of all its field values, as a tuple.
_GETTERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}
# Values written as they are (no record, tuple or float to convert).
_AS_IS = frozenset((str, int, bool, type(None)))


def _field_names(cls: type) -> tuple[str, ...] | None:
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        names = tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else None
        _FIELD_NAMES[cls] = names
        return names


def _values(obj: Any, names: tuple[str, ...]) -> tuple[Any, ...]:
    """All of ``obj``'s field values in one C call (``operator.attrgetter``)."""
    cls = type(obj)
    getter = _GETTERS.get(cls)
    if getter is None:
        many = operator.attrgetter(*names)
        getter = _GETTERS[cls] = many if len(names) > 1 else lambda o: (many(o),)
    return getter(obj)


def _plain(value: Any) -> Any:
    """``value`` as JSON-ready data: records as dicts, tuples as lists, whole floats as ints."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    if kind is float:
        return int(value) if value.is_integer() else value
    names = _field_names(kind)
    if names is not None:
        return _fields(value, names)
    if isinstance(value, tuple | list):
        return [v if type(v) in _AS_IS else _plain(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _fields(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    as_is = _AS_IS
    return {
        name: v if type(v) in as_is else _plain(v)
        for name, v in zip(names, _values(obj, names), strict=True)
    }


def _record(obj: Any, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    names = _field_names(type(obj))
    if names is None:
        raise TypeError(f"not an attrs record: {type(obj).__name__}")
    if drop:
        return {name: _plain(getattr(obj, name)) for name in names if name not in drop}
    return _fields(obj, names) if names else {}


_FIGURE_FIELDS = (
    "article",
    "text",
    "start",
    "end",
    "low",
    "high",
    "qualifier",
    "unit",
    "value",
    "speaker",
    "attributed_to",
)


def finding_record(finding: Any) -> dict[str, Any]:
    """A finding's fields as JSON, its claims by id (the claims are listed once, apart)."""
    names = _field_names(type(finding)) or ()
    return {
        name: list(finding.claim_ids) if name == "claims" else _plain(getattr(finding, name))
        for name in names
    }


def _finding(finding: Any) -> dict[str, Any]:
    """A finding, with each claim's figure and cited source repeated inline."""
    row = finding_record(finding)
    row["figures"] = [
        {"claim": c.id, **{k: _plain(getattr(c, k)) for k in _FIGURE_FIELDS}}
        for c in finding.claims
    ]
    return row


def limits_record(report: Report) -> dict[str, Any]:
    """The report's limits as JSON: name -> {"value", "skipped"}, in the report's order.

    The order is :data:`crosscheck.ingest._load.LIMIT_NAMES` (fixed), so the
    same batch gives the same bytes; ``value`` is null for a limit lifted.
    """
    return {
        limit.name: {"value": _plain(limit.value), "skipped": limit.skipped}
        for limit in report.limits
    }


class _Edges(Iterator[dict[str, Any]]):
    """The alignment edges as JSON records, ordered by their claim ids.

    An iterator of records like the other sections; :func:`json_chunks`
    reads ``edges`` instead and writes each edge's text directly
    (:meth:`_Writer.edge`): a large batch has millions of edges and few
    distinct reason and detail lists.
    """

    def __init__(self, report: Report) -> None:
        self.edges = sorted(report.edge_list(), key=lambda e: (e.a, e.b))
        self._records = map(_edge_record, self.edges)

    def __next__(self) -> dict[str, Any]:
        return next(self._records)


def _edge_record(e: Edge) -> dict[str, Any]:
    """One edge as a JSON record."""
    return {
        "a": e.a,
        "b": e.b,
        "weight": e.weight,
        "reasons": [str(r) for r in e.reasons],
        "details": list(e.details),
    }


def _sections(report: Report) -> Iterator[tuple[str, Any]]:
    """The report's top-level fields in order; long lists as iterators of records."""
    refused: dict[str, int] = {}
    if report.alignment is not None:
        for r in report.alignment.refused:
            refused[r.reason.value] = refused.get(r.reason.value, 0) + 1
    yield "schema", SCHEMA
    yield "crosscheck_version", report.version
    yield "summary", report.summary()
    yield "limits", limits_record(report)
    yield "articles", (_record(r) for r in report.articles)
    yield "stories", (_record(s) for s in report.stories)
    yield "claims", (_record(claim) for claim in report.claims)
    yield "findings", (_finding(f) for f in report.findings)
    yield "alignments", _Edges(report)
    yield "refused", dict(sorted(refused.items()))
    yield "candidate_pairs", report.alignment.candidate_pairs if report.alignment else 0
    yield "sources", (_record(s) for s in report.sources())


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, in a fixed field order."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _sections(report)
    }


def to_json(report: Report, *, indent: int | None = 2) -> str:
    """JSON text of :func:`to_dict`; non-ASCII letters are kept as written.

    A lone surrogate (a Python ``str`` can hold one) is written as its
    ``\\uXXXX`` escape, so the text always encodes as UTF-8.
    """
    return json_text("".join(json_chunks(report, indent=indent)))


# Characters of text gathered before json_chunks hands out a piece of a long list.
_CHUNK = 1 << 16


def json_chunks(report: Report, *, indent: int | None = 2) -> Iterator[str]:
    """The text of :func:`to_json` in pieces, to write a large report without holding it whole.

    Joined, the pieces are :func:`to_json`'s text, byte for byte: what
    ``json.JSONEncoder(ensure_ascii=False, indent=indent)`` writes for
    :func:`to_dict`. Each long list is written one record at a time.
    """
    writer = _Writer(indent)
    open_, between, close = writer.braces(0)
    yield "{" + open_
    first = True
    for key, value in _sections(report):
        head = ("" if first else between) + writer.key(key)
        first = False
        if not isinstance(value, Iterator):
            yield head + writer.value(value, 1)
            continue
        texts = (
            map(writer.edge, value.edges)
            if isinstance(value, _Edges)
            else (writer.value(record, 2) for record in value)
        )
        try:
            first_text = next(texts)
        except StopIteration:
            yield head + "[]"
            continue
        lopen, lbetween, lclose = writer.braces(1)
        buffer = [head, "[", lopen, first_text]
        size = 0
        for text in texts:
            buffer.append(lbetween)
            buffer.append(text)
            size += len(text)
            if size >= _CHUNK:
                yield "".join(buffer)
                buffer.clear()
                size = 0
        buffer.append(lclose)
        buffer.append("]")
        yield "".join(buffer)
    yield close + "}\n"


def _float_text(value: float) -> str:
    """A float as the json module writes it (``allow_nan``: NaN, Infinity)."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _is_flat(values: Iterable[Any]) -> bool:
    """Whether no value is a non-empty list, tuple or dict (nothing to indent further)."""
    scalars = _SCALARS
    for v in values:
        if type(v) not in scalars and v and isinstance(v, list | tuple | dict):
            return False
    return True


def _not_serializable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _c_encoder(between: str) -> Callable[[Any], str]:
    """``json.JSONEncoder(ensure_ascii=False, separators=(between, ": ")).encode``, in C if it can.

    The C encoder is what ``json.dumps`` itself runs without ``indent``; it is
    made once here instead of once per call. Where it is missing (another
    Python implementation) the public encoder writes the same text.
    """
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is not None:
        encode = make(
            None,
            _not_serializable,
            json.encoder.encode_basestring,
            None,
            ": ",
            between,
            False,
            False,
            True,
        )
        return lambda value: "".join(encode(value, 0))
    return json.JSONEncoder(ensure_ascii=False, separators=(between, ": ")).encode


class _Writer:
    """JSON text exactly as ``json.JSONEncoder(ensure_ascii=False, indent=indent)`` writes it.

    The standard encoder's pure-Python path (the one taken with ``indent``)
    runs a generator per value; this builds each container's text with one
    ``join`` and dispatches on exact types first, falling back to the
    encoder's own ``isinstance`` order for subclasses (``StrEnum`` codes).
    Without ``indent`` each value goes to the C encoder.
    """

    def __init__(self, indent: int | str | None) -> None:
        self._string: Callable[[str], str] = json.encoder.encode_basestring
        self._keys: dict[str, str] = {}
        self._compact: Callable[[Any], str] | None = None
        if indent is None:
            self._indent: str | None = None
            self._compact = json.JSONEncoder(ensure_ascii=False).encode
        else:
            self._indent = indent if isinstance(indent, str) else " " * indent
        self._braces: list[tuple[str, str, str]] = []
        # Per level: the C encoder writing a flat container's items with that level's separator.
        self._flat: list[Callable[[Any], str]] = []
        # An edge's reasons, and details, tuple -> its list's text (see edge()).
        self._edge_reasons: dict[tuple[Any, ...], str] = {}
        self._edge_details: dict[tuple[str, ...], str] = {}

    def _flat_encoder(self, level: int) -> Callable[[Any], str]:
        """The C encoder for a container at ``level`` that holds no non-empty container.

        Such a container's text is the compact encoding with the item separator
        replaced by the indented one (``[]`` and ``{}`` read the same at every
        depth), so the standard library's C encoder can write it in one call.
        """
        while len(self._flat) <= level:
            between = self.braces(len(self._flat))[1]
            self._flat.append(_c_encoder(between))
        return self._flat[level]

    def braces(self, level: int) -> tuple[str, str, str]:
        """After an opening bracket at ``level``, between items, and before the closing one."""
        while len(self._braces) <= level:
            depth = len(self._braces)
            if self._indent is None:
                self._braces.append(("", ", ", ""))
            else:
                inner = "\n" + self._indent * (depth + 1)
                self._braces.append((inner, "," + inner, "\n" + self._indent * depth))
        return self._braces[level]

    def key(self, key: Any) -> str:
        """A dict key and its separator, as the encoder converts and writes it."""
        if type(key) is str:
            text = self._keys.get(key)
            if text is None:
                text = self._keys[key] = self._string(key) + ": "
            return text
        if isinstance(key, str):
            return self._string(key) + ": "
        if isinstance(key, float):
            return self._string(_float_text(key)) + ": "
        if key is True or key is False or key is None:
            return self._string(json.dumps(key)) + ": "
        if isinstance(key, int):
            return self._string(int.__repr__(key)) + ": "
        raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")

    def edge(self, e: Edge) -> str:
        """An edge's record as :meth:`value` writes it at level 2 (a list item of a section).

        Its reason and detail lists are written once per distinct list, then
        reused: the batch has few of them, shared by its edges (see
        :class:`crosscheck.align._graph._Shared`).
        """
        if self._compact is not None:
            return self._compact(_edge_record(e))
        open_, between, close = self.braces(2)
        reasons = self._edge_reasons.get(e.reasons)
        if reasons is None:
            reasons = self._value([str(r) for r in e.reasons], 3)
            self._edge_reasons[e.reasons] = reasons
        details = self._edge_details.get(e.details)
        if details is None:
            details = self._value(list(e.details), 3)
            self._edge_details[e.details] = details
        key = self.key
        return (
            "{"
            + open_
            + between.join(
                (
                    key("a") + self._value(e.a, 3),
                    key("b") + self._value(e.b, 3),
                    key("weight") + self._value(e.weight, 3),
                    key("reasons") + reasons,
                    key("details") + details,
                )
            )
            + close
            + "}"
        )

    def value(self, value: Any, level: int) -> str:
        """``value``'s text, its nested lines indented as at ``level``."""
        if self._compact is not None:
            return self._compact(value)
        return self._value(value, level)

    def _value(self, value: Any, level: int) -> str:
        kind = type(value)
        if kind is str:
            return self._string(value)
        if value is None:
            return "null"
        if value is True:
            return "true"
        if value is False:
            return "false"
        if kind is int:
            return int.__repr__(value)
        if kind is float:
            return _float_text(value)
        if kind is dict:
            return self._dict(value, level)
        if kind is list or kind is tuple:
            return self._list(value, level)
        return self._other(value, level)

    def _other(self, value: Any, level: int) -> str:
        """Subclasses, in the order the json encoder tests them."""
        if isinstance(value, str):
            return self._string(value)
        if isinstance(value, int):
            return int.__repr__(value)
        if isinstance(value, float):
            return _float_text(value)
        if isinstance(value, list | tuple):
            return self._list(value, level)
        if isinstance(value, dict):
            return self._dict(value, level)
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")

    def _list(self, items: list[Any] | tuple[Any, ...], level: int) -> str:
        if not items:
            return "[]"
        open_, between, close = self.braces(level)
        flat = self._flat_encoder(level)
        if _is_flat(items):
            return "[" + open_ + flat(items)[1:-1] + close + "]"
        # Runs of flat items go to the C encoder whole; nested ones are written here.
        parts: list[str] = []
        run: list[Any] = []
        scalars = _SCALARS
        inner = level + 1
        for v in items:
            if type(v) not in scalars and v and isinstance(v, list | tuple | dict):
                if run:
                    parts.append(flat(run)[1:-1])
                    run = []
                parts.append(self._value(v, inner))
            else:
                run.append(v)
        if run:
            parts.append(flat(run)[1:-1])
        return "[" + open_ + between.join(parts) + close + "]"

    def _dict(self, items: dict[Any, Any], level: int) -> str:
        if not items:
            return "{}"
        open_, between, close = self.braces(level)
        flat = self._flat_encoder(level)
        if _is_flat(items.values()):
            return "{" + open_ + flat(items)[1:-1] + close + "}"
        # As in _list: runs of flat items in one C call each, keys and order kept.
        parts: list[str] = []
        run: dict[Any, Any] = {}
        scalars = _SCALARS
        inner = level + 1
        for k, v in items.items():
            if type(v) not in scalars and v and isinstance(v, list | tuple | dict):
                if run:
                    parts.append(flat(run)[1:-1])
                    run = {}
                parts.append(self.key(k) + self._value(v, inner))
            else:
                run[k] = v
        if run:
            parts.append(flat(run)[1:-1])
        return "{" + open_ + between.join(parts) + close + "}"
