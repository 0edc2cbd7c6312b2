"""The number layer's value: one quantity found in text."""

from __future__ import annotations

import attrs

Number = int | float


@attrs.frozen
class Quantity:
    """A figure as the text states it: bounds, hedging, unit and span.

    ``low``/``high`` are the stated bounds (``None`` = open); an exact figure
    has ``low == high``. ``source[start:end] == text``. See docs/semantics.md
    for the meaning of every field.
    """

    text: str
    start: int
    end: int
    low: Number | None
    high: Number | None
    qualifier: str
    approximate: bool = False
    unit: str | None = None
    unit_text: str | None = None
    kind: str = "count"
    increment: bool = False
    change: str | None = None

    @property
    def value(self) -> Number | None:
        """The single figure when the text states one (``low == high``), else None."""
        return self.low if self.low == self.high else None

    @property
    def is_range(self) -> bool:
        """True when both bounds are stated and differ."""
        return self.low is not None and self.high is not None and self.low != self.high
