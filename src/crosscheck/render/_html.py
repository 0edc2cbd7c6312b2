"""The report as one self-contained HTML page: a chart per quantity, a timeline per running toll.

For every quantity (and date) finding, an inline SVG draws each figure's
interval on one axis, one row per figure: a dot for a point value, a bar for
a range, an arrow for an open end ("over 10,000"), a fading band for a vague
amount ("thousands"), and whiskers for the tolerance the judge compared it
with ("about" widens by 10 %). Rows are coloured by the side of a conflict
they sit on; the sides' shared intervals are shaded behind them. A quantity
reported at several dates also gets a timeline (value against as-of day).
Every mark links to its sentence, listed per article at the end of the page.

The page makes no network request: CSS is inline, fonts are the system's,
there is no script. Article text is untrusted, so every string is escaped;
article URLs are shown as links only when they are http(s).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

from .._codes import FindingKind
from ..claims import Claim
from ..judge import Finding, claim_interval, in_unit
from ..lang._data import unit_scale
from ._labels import article_labels, shorten
from ._notebook import side_interval, skipped_items, what
from ._safe import html_text as escape
from ._words import figure, fmt

if TYPE_CHECKING:
    from .._report import Report

# Side colours: distinguishable for the common colour-vision deficiencies (Okabe-Ito).
_PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
_NO_SIDE = "#6b6b6b"

_WIDTH = 760
_LABEL_W = 230  # room for the row labels (source · outlet)
_PLOT_X0 = _LABEL_W + 10
_PLOT_X1 = _WIDTH - 20
_ROW_H = 22
_TOP = 12
_AXIS_H = 28
_LABEL_CHARS = 32
_DAY_STEPS = (1, 2, 7, 14, 28, 56, 91, 182, 365, 730, 1826, 3652)
_SIDES_OPEN = 6
# Kinds of finding listed folded when there are more than _FOLD_OVER of them.
_FOLDED = frozenset({FindingKind.SINGLE_SOURCE})
_FOLD_OVER = 10
_TITLES = {
    "conflict": "Conflicts",
    "quote_variant": "Quotes worded differently",
    "timeline": "Timelines (updates over time)",
    "range": "Ranges",
    "agreement": "Agreements",
    "single_source": "Single-source figures",
    "not_aligned": "Kept apart on purpose",
}  # more sides than this are listed folded

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5em auto;
max-width:820px;padding:0 1em;color:#1b1b1b;line-height:1.45}
h1{font-size:1.5em;margin-bottom:0.2em}h2{margin-top:1.6em;border-bottom:1px solid #ddd}
section.finding{margin:1.2em 0 2em 0}
.kind{font-size:0.8em;text-transform:uppercase;letter-spacing:0.05em;padding:1px 6px;
border-radius:3px;background:#eee}
.kind.conflict{background:#fde2d6;color:#8a2e00}
.meta{color:#555;font-size:0.9em}
.sides{margin:0.3em 0;padding:0;list-style:none;font-size:0.9em}
.swatch{display:inline-block;width:0.8em;height:0.8em;border-radius:2px;margin-right:0.3em;
vertical-align:-0.05em}
svg{display:block;margin:0.4em 0;font-family:inherit}
svg a:hover rect,svg a:hover circle,svg a:hover path{opacity:0.7}
details{margin:0.3em 0}summary{cursor:pointer;color:#333}
.sentences li{margin:0.3em 0}.sentences li:target{background:#fff5c2}
mark{background:#ffe58a;padding:0 1px}
.legend{font-size:0.85em;color:#444}
code{font-size:0.85em;color:#555}
"""


@attrs.frozen
class _Scale:
    """A linear or logarithmic axis from data values to x (or y) pixels."""

    lo: float
    hi: float
    p0: float
    p1: float
    log: bool = False
    dates: bool = False  # values are day ordinals: ticks fall on whole days

    def __call__(self, value: float) -> float:
        if self.log:
            value, lo, hi = math.log10(max(value, 1e-12)), math.log10(self.lo), math.log10(self.hi)
        else:
            lo, hi = self.lo, self.hi
        span = (hi - lo) or 1.0
        return self.p0 + (value - lo) / span * (self.p1 - self.p0)

    def labelled_ticks(self) -> list[tuple[float, str]]:
        """Ticks with their labels: numbers, days, or month starts ("2024-06") on long spans."""
        if not self.dates:
            return [(t, _num_label(t)) for t in self.ticks()]
        if self.hi - self.lo <= 5 * 28:
            return [(t, _day_label(t)) for t in self.ticks()]
        first = dt.date.fromordinal(math.ceil(self.lo))
        months = (self.hi - self.lo) / 30.44
        step = next((m for m in (1, 2, 3, 6, 12, 24, 60, 120) if months / m <= 6), 240)
        index = first.year * 12 + first.month - 1
        index = index if first.day == 1 else index + 1
        index += -index % step  # months divisible by the step: Jan, Apr, Jul, Oct for 3
        out: list[tuple[float, str]] = []
        while True:
            day = dt.date(index // 12, index % 12 + 1, 1)
            if day.toordinal() > self.hi:
                return out
            out.append((float(day.toordinal()), day.strftime("%Y" if step >= 12 else "%Y-%m")))
            index += step

    def ticks(self) -> list[float]:
        """Round values inside the axis: 1-2-5 steps (linear) or powers of ten (log)."""
        if self.log:
            out = []
            for exp in range(math.floor(math.log10(self.lo)), math.ceil(math.log10(self.hi)) + 1):
                for m in (1, 2, 5):
                    v = m * 10.0**exp
                    if self.lo <= v <= self.hi:
                        out.append(v)
            return out if len(out) <= 8 else [v for v in out if str(v).startswith("1")]
        raw = (self.hi - self.lo) / 5 or 1.0
        if self.dates:
            days = next((d for d in _DAY_STEPS if d >= raw), _DAY_STEPS[-1])
            start = math.ceil(self.lo / days) * days
            return [float(start + i * days) for i in range(int((self.hi - start) / days) + 1)]
        mag = 10.0 ** math.floor(math.log10(raw))
        step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
        first = math.ceil(self.lo / step) * step
        count = int((self.hi - first) / step + 1e-9) + 1
        return [first + i * step for i in range(max(count, 0))]


def _anchor(claim_id: str) -> str:
    return "claim-" + re.sub(r"[^A-Za-z0-9_-]", "-", claim_id)


def _day(iso: str | None) -> float | None:
    if not iso:
        return None
    try:
        return float(dt.date.fromisoformat(iso[:10]).toordinal())
    except ValueError:
        return None


def _day_label(value: float) -> str:
    return dt.date.fromordinal(round(value)).isoformat()


def _num_label(value: float) -> str:
    if abs(value) >= 1e6 and value == round(value, -5):
        return f"{value / 1e6:g}M"
    return fmt(int(value) if float(value).is_integer() else value)


@attrs.frozen
class _Row:
    """One figure on a chart: its stated and tolerated bounds (None = open), side, label."""

    claim: Claim
    low: float | None
    high: float | None
    tol_low: float | None
    tol_high: float | None
    vague: bool
    side: int | None  # index into the finding's sides
    tone: int | None  # the side's rank within its as-of window: its colour
    window: int | None
    label: str


def _ranks(finding: Finding) -> list[int]:
    """Each side's colour: its rank within its as-of window (side 1, side 2 of that window)."""
    seen: dict[int, int] = {}
    out = []
    for side in finding.sides:
        out.append(seen.get(side.window, 0))
        seen[side.window] = out[-1] + 1
    return out


def _rows(finding: Finding, claims: Sequence[Claim], labels: Mapping[str, str]) -> list[_Row]:
    """One row per figure and side: a figure on sides of several as-of windows (they slide)
    shows in each, so every window's block holds all of that window's sides."""
    sides_of: dict[str, list[int]] = {}
    for n, each in enumerate(finding.sides):
        for cid in each.claims:
            sides_of.setdefault(cid, []).append(n)
    ranks = _ranks(finding)
    rows = []
    for c in claims:
        if c.kind == "date":
            low, high = _day(c.date_low), _day(c.date_high)
            tol_low, tol_high = low, high
        else:
            # a figure stated in another unit ("120 mph") is drawn in the finding's (km/h)
            scale = unit_scale(c.unit, finding.unit)
            low = None if c.low is None else float(c.low) * scale
            high = None if c.high is None else float(c.high) * scale
            iv = in_unit(claim_interval(c), c.unit, finding.unit)
            tol_low = None if math.isinf(iv.low) else iv.low
            tol_high = None if math.isinf(iv.high) else iv.high
        if low is None and high is None:
            continue
        source = c.attributed_to or c.speaker
        where = labels.get(c.article, c.article)
        label = f"{source} · {where}" if source else where
        vague = c.qualifier == "vague"
        at: list[int | None] = list(sides_of.get(c.id, ())) or [None]
        for k in at:
            tone = None if k is None else ranks[k]
            window = None if k is None else finding.sides[k].window
            rows.append(_Row(c, low, high, tol_low, tol_high, vague, k, tone, window, label))
    rows.sort(
        key=lambda r: (
            r.window is None,
            r.window or 0,
            r.tone or 0,
            r.low if r.low is not None else -math.inf,
            r.claim.id,
        )
    )
    return rows


def _colour(side: int | None) -> str:
    return _NO_SIDE if side is None else _PALETTE[side % len(_PALETTE)]


def _axis(values: list[float], p0: float, p1: float, *, dates: bool) -> _Scale:
    lo, hi = min(values), max(values)
    if lo == hi:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    log = not dates and lo > 0 and hi / lo >= 30
    if log:
        return _Scale(lo / 1.25, hi * 1.25, p0, p1, log=True)
    pad = (hi - lo) * 0.06
    lo, hi = lo - pad, hi + pad
    if not dates and min(values) >= 0:
        lo = max(lo, 0.0)
    return _Scale(lo, hi, p0, p1, dates=dates)


def _arrow(x: float, y: float, direction: int, colour: str) -> str:
    """A filled triangle pointing right (+1) or left (-1) with its tip at x."""
    back = x - 7 * direction
    return (
        f"<path d='M{x:.1f},{y:.1f} L{back:.1f},{y - 5:.1f} L{back:.1f},{y + 5:.1f} Z' "
        f"fill='{colour}'/>"
    )


def _mark(row: _Row, y: float, scale: _Scale, colour: str, grad: str) -> list[str]:
    """The SVG shapes of one figure: whiskers, then band, bar, dot or arrow."""
    x0, x1 = scale.p0, scale.p1
    out = []
    # tolerance whiskers, where the judge's interval is wider than the stated one
    if (row.tol_low, row.tol_high) != (row.low, row.high):
        wl = x0 if row.tol_low is None else scale(row.tol_low)
        wh = x1 if row.tol_high is None else scale(row.tol_high)
        out.append(
            f"<line x1='{wl:.1f}' y1='{y:.1f}' x2='{wh:.1f}' y2='{y:.1f}' stroke='{colour}' "
            "stroke-width='1.2'/>"
        )
        for xw, finite in ((wl, row.tol_low is not None), (wh, row.tol_high is not None)):
            if finite:
                out.append(
                    f"<line x1='{xw:.1f}' y1='{y - 5:.1f}' x2='{xw:.1f}' y2='{y + 5:.1f}' "
                    f"stroke='{colour}' stroke-width='1.2'/>"
                )
    if row.vague:
        start = x0 if row.low is None else scale(row.low)
        end = x1 if row.high is None else scale(row.high)
        out.append(
            f"<rect x='{start:.1f}' y='{y - 6:.1f}' width='{max(end - start, 2):.1f}' height='12' "
            f"fill='url(#{grad})' stroke='none'/>"
            f"<line x1='{start:.1f}' y1='{y - 6:.1f}' x2='{start:.1f}' y2='{y + 6:.1f}' "
            f"stroke='{colour}' stroke-width='2'/>"
        )
        return out
    if row.low is not None and row.high is not None:
        a, b = scale(row.low), scale(row.high)
        if b - a < 3:
            out.append(
                f"<circle cx='{(a + b) / 2:.1f}' cy='{y:.1f}' r='5' fill='{colour}' "
                "stroke='white' stroke-width='1'/>"
            )
        else:
            out.append(
                f"<rect x='{a:.1f}' y='{y - 4:.1f}' width='{b - a:.1f}' height='8' rx='2' "
                f"fill='{colour}'/>"
            )
    elif row.low is not None:  # open upwards: "over", "at least"
        a = scale(row.low)
        out.append(
            f"<line x1='{a:.1f}' y1='{y:.1f}' x2='{x1 - 6:.1f}' y2='{y:.1f}' stroke='{colour}' "
            f"stroke-width='4'/><line x1='{a:.1f}' y1='{y - 6:.1f}' x2='{a:.1f}' "
            f"y2='{y + 6:.1f}' stroke='{colour}' stroke-width='2.5'/>"
        )
        out.append(_arrow(x1, y, 1, colour))
    elif row.high is not None:  # open downwards: "under", "up to"
        b = scale(row.high)
        out.append(
            f"<line x1='{x0 + 6:.1f}' y1='{y:.1f}' x2='{b:.1f}' y2='{y:.1f}' stroke='{colour}' "
            f"stroke-width='4'/><line x1='{b:.1f}' y1='{y - 6:.1f}' x2='{b:.1f}' "
            f"y2='{y + 6:.1f}' stroke='{colour}' stroke-width='2.5'/>"
        )
        out.append(_arrow(x0, y, -1, colour))
    return out


def _gradients(prefix: str, count: int) -> str:
    """One fading fill per side colour, for vague bands ("thousands": at least, no ceiling)."""
    out = ["<defs>"]
    for n in range(-1, count):
        colour = _colour(None if n < 0 else n)
        out.append(
            f"<linearGradient id='{prefix}-v{n + 1}'>"
            f"<stop offset='0' stop-color='{colour}' stop-opacity='0.55'/>"
            f"<stop offset='1' stop-color='{colour}' stop-opacity='0.03'/></linearGradient>"
        )
    out.append("</defs>")
    return "".join(out)


def _interval_chart(finding: Finding, rows: list[_Row], chart_id: str) -> str:
    """One row per figure on one axis, side intervals shaded behind, axis below."""
    dates = finding.claim_kind == "date"
    values = [
        v
        for r in rows
        for v in (r.low, r.high, r.tol_low, r.tol_high)
        if v is not None and (dates or not math.isinf(v))
    ]
    scale = _axis(values, _PLOT_X0, _PLOT_X1, dates=dates)
    height = _TOP + len(rows) * _ROW_H + _AXIS_H
    bottom = _TOP + len(rows) * _ROW_H
    title = f"{what(finding)}: each figure's interval"
    out = [
        f"<svg xmlns='http://www.w3.org/2000/svg' role='img' width='{_WIDTH}' "
        f"height='{height}' viewBox='0 0 {_WIDTH} {height}' aria-labelledby='{chart_id}-t'>"
        f"<title id='{chart_id}-t'>{escape(title)}</title>",
        _gradients(chart_id, max(_ranks(finding), default=-1) + 1),
    ]
    # the sides' shared intervals, shaded behind the rows (one window: else they pile up)
    ranks = _ranks(finding)
    one_window = len({s.window for s in finding.sides}) == 1
    for n, side in enumerate(finding.sides if one_window else ()):
        lo = _day(side.date_low) if dates else side.low
        hi = _day(side.date_high) if dates else side.high
        a = _PLOT_X0 if lo is None else max(scale(float(lo)), _PLOT_X0)
        b = _PLOT_X1 if hi is None else min(scale(float(hi)), _PLOT_X1)
        out.append(
            f"<rect x='{a - 2:.1f}' y='{_TOP - 4}' width='{max(b - a, 0) + 4:.1f}' "
            f"height='{bottom - _TOP + 4}' fill='{_colour(ranks[n])}' fill-opacity='0.09'/>"
        )
    if not finding.sides:
        lo = _day(finding.consensus_date_low) if dates else finding.consensus_low
        hi = _day(finding.consensus_date_high) if dates else finding.consensus_high
        if lo is not None or hi is not None:
            a = _PLOT_X0 if lo is None else max(scale(float(lo)), _PLOT_X0)
            b = _PLOT_X1 if hi is None else min(scale(float(hi)), _PLOT_X1)
            out.append(
                f"<rect x='{a - 2:.1f}' y='{_TOP - 4}' width='{max(b - a, 0) + 4:.1f}' "
                f"height='{bottom - _TOP + 4}' fill='#009E73' fill-opacity='0.10'>"
                "<title>the part every figure allows</title></rect>"
            )
    # axis: grid lines and labels
    for t, text in scale.labelled_ticks():
        x = scale(t)
        out.append(
            f"<line x1='{x:.1f}' y1='{_TOP - 4}' x2='{x:.1f}' y2='{bottom}' stroke='#e4e4e4'/>"
            f"<text x='{x:.1f}' y='{bottom + 16}' font-size='11' text-anchor='middle' "
            f"fill='#444'>{escape(text)}</text>"
        )
    out.append(f"<line x1='{_PLOT_X0}' y1='{bottom}' x2='{_PLOT_X1}' y2='{bottom}' stroke='#888'/>")
    last_window: int | None = rows[0].window if rows else None
    for i, row in enumerate(rows):
        y = _TOP + i * _ROW_H + _ROW_H / 2
        if row.window != last_window:  # a new as-of window: the sides before were another time
            out.append(
                f"<line x1='0' y1='{y - _ROW_H / 2:.1f}' x2='{_WIDTH}' y2='{y - _ROW_H / 2:.1f}' "
                "stroke='#bbb' stroke-dasharray='3 3'/>"
            )
            last_window = row.window
        colour = _colour(row.tone)
        grad = f"{chart_id}-v{0 if row.tone is None else row.tone + 1}"
        tip = f"“{row.claim.text}” [{figure(row.claim)}] — {row.label}"
        out.append(
            f"<a href='#{_anchor(row.claim.id)}'><title>{escape(tip)}</title>"
            f"<text x='{_LABEL_W}' y='{y + 4:.1f}' font-size='11.5' text-anchor='end' "
            f"fill='{colour}'>{escape(shorten(row.label, _LABEL_CHARS))}</text>"
            f"<rect x='0' y='{y - _ROW_H / 2:.1f}' width='{_WIDTH}' height='{_ROW_H}' "
            "fill='transparent'/>"
        )
        out += _mark(row, y, scale, colour, grad)
        out.append("</a>")
    out.append("</svg>")
    return "".join(out)


def _timeline_chart(finding: Finding, rows: list[_Row], chart_id: str) -> str | None:
    """Value against as-of day, for a quantity reported at several dates (a running toll)."""
    once = {r.claim.id: r for r in reversed(rows)}  # a figure once, with its first side
    dated = [(r, _day(r.claim.as_of or r.claim.published)) for r in once.values()]
    points = [(r, d) for r, d in dated if d is not None]
    if finding.claim_kind != "quantity" or len({d for _, d in points}) < 2:
        return None
    height = 220
    top, bottom = 14, height - _AXIS_H
    xs = _axis([d for _, d in points], _PLOT_X0, _PLOT_X1, dates=True)
    day_of = {r.claim.id: d for r, d in points}
    values = [v for r, _ in points for v in (r.low, r.high) if v is not None]
    ys = _axis(values, bottom, top, dates=False)
    out = [
        f"<svg xmlns='http://www.w3.org/2000/svg' role='img' width='{_WIDTH}' "
        f"height='{height}' viewBox='0 0 {_WIDTH} {height}' aria-labelledby='{chart_id}-t'>"
        f"<title id='{chart_id}-t'>{escape(what(finding))}: figures by as-of date</title>"
    ]
    for t, text in ys.labelled_ticks():
        y = ys(t)
        out.append(
            f"<line x1='{_PLOT_X0}' y1='{y:.1f}' x2='{_PLOT_X1}' y2='{y:.1f}' stroke='#e4e4e4'/>"
            f"<text x='{_PLOT_X0 - 6}' y='{y + 4:.1f}' font-size='11' text-anchor='end' "
            f"fill='#444'>{escape(text)}</text>"
        )
    for t, text in xs.labelled_ticks():
        x = xs(t)
        out.append(
            f"<text x='{x:.1f}' y='{bottom + 16}' font-size='11' text-anchor='middle' "
            f"fill='#444'>{escape(text)}</text>"
        )
    out.append(
        f"<line x1='{_PLOT_X0}' y1='{bottom}' x2='{_PLOT_X1}' y2='{bottom}' stroke='#888'/>"
        f"<text x='{_PLOT_X0 - 6}' y='{top - 2}' font-size='11' text-anchor='end' "
        f"fill='#444'>{escape(finding.unit or '')}</text>"
    )
    # the timeline's windows, joined in order: how the toll moved
    steps = []
    for p in finding.timeline:
        # a window is drawn at the last day one of its figures holds at
        day = max((day_of[c] for c in p.claims if c in day_of), default=None)
        value = p.high if p.high is not None else p.low
        if day is not None and value is not None:
            steps.append(f"{xs(day):.1f},{ys(float(value)):.1f}")
    if len(steps) >= 2:
        out.append(
            f"<polyline points='{' '.join(steps)}' fill='none' stroke='#999' "
            "stroke-width='1.5' stroke-dasharray='4 3'/>"
        )
    for r, day in sorted(points, key=lambda p: (p[1], p[0].claim.id)):
        x = xs(day)
        colour = _colour(r.tone)
        tip = f"“{r.claim.text}” [{figure(r.claim)}] — {r.label}, as of {_day_label(day)}"
        out.append(f"<a href='#{_anchor(r.claim.id)}'><title>{escape(tip)}</title>")
        if r.low is not None and r.high is not None and ys(r.low) - ys(r.high) >= 3:
            out.append(
                f"<rect x='{x - 3:.1f}' y='{ys(r.high):.1f}' width='6' "
                f"height='{ys(r.low) - ys(r.high):.1f}' rx='2' fill='{colour}'/>"
            )
        elif r.low is not None and r.high is None:  # open upwards
            y = ys(r.low)
            out.append(
                f"<line x1='{x:.1f}' y1='{y:.1f}' x2='{x:.1f}' y2='{top + 6}' stroke='{colour}' "
                f"stroke-width='2' stroke-dasharray='{'2 2' if r.vague else 'none'}'/>"
                f"<path d='M{x:.1f},{top} L{x - 4:.1f},{top + 7} L{x + 4:.1f},{top + 7} Z' "
                f"fill='{colour}'/><circle cx='{x:.1f}' cy='{y:.1f}' r='3.5' fill='{colour}'/>"
            )
        else:
            value = r.low if r.low is not None else r.high
            assert value is not None
            out.append(
                f"<circle cx='{x:.1f}' cy='{ys(value):.1f}' r='4.5' fill='{colour}' "
                "stroke='white' stroke-width='1'/>"
            )
        out.append("</a>")
    out.append("</svg>")
    return "".join(out)


_LEGEND = (
    "<p class='legend'>How to read the charts: ● one value · ▬ a range · ├▶ open-ended "
    "(“over”, “at least”) · a fading band: a vague amount (“thousands”) · ├─┤ thin "
    "whiskers: the tolerance the figures were compared with (“about” widens by 10 %) · "
    "shading: the interval a side of a conflict shares. Colours are the sides of a conflict; "
    "grey figures are on no side. Click a figure for its sentence.</p>"
)


def _finding_section(
    finding: Finding, by_id: Mapping[str, Claim], labels: Mapping[str, str], n: int
) -> str:
    claims = list(finding.claims)
    kind = escape(finding.kind)
    severity = f" ({escape(finding.severity)})" if finding.severity else ""
    out = [
        f"<section class='finding' id='finding-{n}'>"
        f"<h3><span class='kind {kind}'>{kind}{severity}</span> {escape(what(finding))}</h3>"
    ]
    if finding.sides:
        ranks = _ranks(finding)
        windows = len({side.window for side in finding.sides})
        items = []
        for i, side in enumerate(finding.sides):
            sources = ", ".join(side.sources) or "no named source"
            when = ""
            if windows > 1 and (side.as_of_start or side.as_of_end):
                start, end = side.as_of_start or "…", side.as_of_end or "…"
                span = start if start == end else f"{start}–{end}"
                when = f" <span class='meta'>as of {escape(span)}</span>"
            items.append(
                f"<li><span class='swatch' style='background:{_colour(ranks[i])}'></span>"
                f"Side {ranks[i] + 1}{when}: <b>{escape(side_interval(finding, side))}</b> — "
                f"{side.origins} independent origin{'s' if side.origins != 1 else ''}; "
                f"{escape(sources)}{' (consensus)' if side.consensus else ''}</li>"
            )
        listing = "<ul class='sides'>" + "".join(items) + "</ul>"
        if len(items) > _SIDES_OPEN:  # a running toll: many windows, each with its sides
            listing = (
                f"<details><summary>{len(items)} sides in {windows} as-of windows</summary>"
                f"{listing}</details>"
            )
        out.append(listing)
    if finding.claim_kind in ("quantity", "date"):
        rows = _rows(finding, claims, labels)
        if rows:
            out.append(_interval_chart(finding, rows, f"c{n}"))
            timeline = _timeline_chart(finding, rows, f"t{n}")
            if timeline:
                out.append("<p class='meta'>Over time (as-of date of each figure):</p>")
                out.append(timeline)
    out.append("<ul class='sides'>")
    for c in claims:
        source = c.attributed_to or c.speaker
        cited = f", citing {escape(source)}" if source else ""
        out.append(
            f"<li><a href='#{_anchor(c.id)}'>“{escape(c.text)}”</a> [{escape(figure(c))}] — "
            f"{escape(labels.get(c.article, c.article))}{cited}</li>"
        )
    out.append("</ul>")
    out.append(
        f"<details><summary>Explanation</summary><p>{escape(finding.explanation)}</p>"
        f"<p class='meta'>finding <code>{escape(finding.id)}</code></p></details></section>"
    )
    return "".join(out)


def _sentence(claim: Claim) -> str:
    """The claim's sentence with its figure marked (offsets are into the article text)."""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    s = claim.sentence
    if not (0 <= start <= end <= len(s)) or s[start:end] != claim.text:
        return escape(s) + f" <mark>{escape(claim.text)}</mark>"
    return f"{escape(s[:start])}<mark>{escape(s[start:end])}</mark>{escape(s[end:])}"


def _safe_url(url: str | None) -> str | None:
    return url if url and re.match(r"https?://[^\s<>\"']+$", url) else None


def to_html(report: Report) -> str:
    """One self-contained HTML page: findings (conflicts first) with charts, then sentences."""
    by_id = {c.id: c for c in report.claims}
    labels = article_labels(report.articles)
    records = {r.id: r for r in report.articles}
    s = report.summary()
    counts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in s["findings"].items() if n)
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<meta name='referrer' content='no-referrer'>"
        "<title>crosscheck report</title>"
        f"<style>{_CSS}</style></head><body>",
        "<h1>crosscheck report</h1>",
        f"<p class='meta'>{s['articles_ok']} of {s['articles']} articles analysed · "
        f"{s['claims']} claims · {s['stories']} stories · findings: {escape(counts or 'none')}"
        "</p>",
    ]
    shown = [f for f in report.findings if f.kind != FindingKind.NOT_ALIGNED]
    kinds = [k for k in FindingKind if any(f.kind == k for f in shown)]
    if kinds:  # contents: one link per section
        out.append(
            "<p class='meta'>Contents: "
            + " · ".join(f"<a href='#kind-{k.value}'>{escape(_TITLES[k.value])}</a>" for k in kinds)
            + " · <a href='#sentences'>Sentences</a></p>"
        )
    out.append(_LEGEND)
    first_section: dict[str, int] = {}  # claim id -> the first finding that charts it
    n = 0
    for kind in kinds:
        items = [f for f in shown if f.kind == kind]
        heading = f"{_TITLES[kind.value]} ({len(items)})"
        out.append(f"<h2 id='kind-{kind.value}'>{escape(heading)}</h2>")
        fold = kind in _FOLDED and len(items) > _FOLD_OVER
        if fold:  # many one-figure findings: listed folded, so conflicts stay in view
            out.append(f"<details><summary>Show all {len(items)}</summary>")
        for f in items:
            n += 1
            out.append(_finding_section(f, by_id, labels, n))
            for c in f.claim_ids:
                if c in by_id:
                    first_section.setdefault(c, n)
        if fold:
            out.append("</details>")
    kept_apart = report.by_kind(FindingKind.NOT_ALIGNED)
    if kept_apart:
        out.append(
            f"<h2>Kept apart on purpose ({len(kept_apart)})</h2><ul>"
            + "".join(f"<li>{escape(f.explanation)}</li>" for f in kept_apart)
            + "</ul>"
        )
    # every charted figure's sentence, per article: what the charts link to
    wanted = set(first_section)
    out.append("<h2 id='sentences'>Sentences</h2>")
    per_article: dict[str, list[Claim]] = {}
    for cid in wanted:
        per_article.setdefault(by_id[cid].article, []).append(by_id[cid])
    for article, found in sorted(per_article.items()):
        record = records.get(article)
        url = _safe_url(record.url if record else None)
        name = escape(labels.get(article, article))
        head = f"<a href='{escape(url)}' rel='noreferrer'>{name}</a>" if url else name
        out.append(f"<h3>{head}</h3><ul class='sentences'>")
        for claim in sorted(found, key=lambda c: (c.start, c.id)):
            section = first_section[claim.id]
            back = f" <a href='#finding-{section}' title='back to the finding'>↑</a>"
            out.append(f"<li id='{_anchor(claim.id)}'>{_sentence(claim)}{back}</li>")
        out.append("</ul>")
    skipped = [r for r in report.articles if r.status != "ok"]
    if skipped:
        out.append(f"<h2>Skipped inputs ({len(skipped)})</h2><ul>")
        out += skipped_items(skipped)
        out.append("</ul>")
    out.append(f"<p class='meta'>crosscheck {escape(report.version)}</p></body></html>")
    return "\n".join(out) + "\n"
