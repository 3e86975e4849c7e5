"""Geometry of the dashboard's two charts, drawn server-side as SVG (no script, no CDN).

Pure functions: the templates place the shapes these return; each chart has
an accessible table beside it with the same numbers.
"""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

BAR_HEIGHT = 18
BAR_GAP = 10
LABEL_WIDTH = 170
BAR_AREA = 300
COLUMN_AREA_HEIGHT = 140
COLUMN_WIDTH = 16
COLUMN_GAP = 6


@dataclass(frozen=True)
class Bar:
    label: str
    value: Decimal | None
    x: int
    y: int
    width: float
    height: int
    text_y: int


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int
    label_width: int


def coverage_bars(rows: list[tuple[str, Decimal | None]]) -> BarChart:
    """One horizontal bar per unit, its length the coverage in per cent (0–100)."""
    bars = []
    for index, (label, value) in enumerate(rows):
        y = index * (BAR_HEIGHT + BAR_GAP)
        share = min(max(float(value or 0), 0.0), 100.0)
        bars.append(
            Bar(
                label=label,
                value=value,
                x=LABEL_WIDTH,
                y=y,
                width=round(BAR_AREA * share / 100, 1),
                height=BAR_HEIGHT,
                text_y=y + BAR_HEIGHT - 5,
            )
        )
    height = max(len(rows) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP, BAR_HEIGHT)
    return BarChart(bars=bars, width=LABEL_WIDTH + BAR_AREA + 60, height=height, label_width=LABEL_WIDTH)


@dataclass(frozen=True)
class Column:
    month: date
    value: int
    x: int
    y: float
    width: int
    height: float
    show_label: bool


@dataclass(frozen=True)
class ColumnChart:
    columns: list[Column]
    width: int
    height: int
    baseline: int
    maximum: int


def monthly_columns(months: list[tuple[date, int]]) -> ColumnChart:
    """One column per month, scaled to the busiest month; every third month is labelled."""
    maximum = max((value for _month, value in months), default=0)
    columns = []
    for index, (month, value) in enumerate(months):
        height = COLUMN_AREA_HEIGHT * value / maximum if maximum else 0
        columns.append(
            Column(
                month=month,
                value=value,
                x=index * (COLUMN_WIDTH + COLUMN_GAP),
                y=round(COLUMN_AREA_HEIGHT - height, 1),
                width=COLUMN_WIDTH,
                height=round(height, 1),
                show_label=(len(months) - 1 - index) % 3 == 0,
            )
        )
    width = max(len(months) * (COLUMN_WIDTH + COLUMN_GAP) - COLUMN_GAP, COLUMN_WIDTH)
    return ColumnChart(
        columns=columns, width=width, height=COLUMN_AREA_HEIGHT + 22, baseline=COLUMN_AREA_HEIGHT, maximum=maximum
    )
