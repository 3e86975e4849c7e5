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
AXIS_WIDTH = 48  # room left of the columns for the y-axis values
MAX_TICK_STEPS = 4


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
class Tick:
    value: int
    y: float


@dataclass(frozen=True)
class ColumnChart:
    columns: list[Column]
    ticks: list[Tick]
    width: int
    height: int
    baseline: int
    maximum: int
    axis_width: int = AXIS_WIDTH


def tick_step(maximum: int) -> int:
    """A round step (1, 2 or 5 times a power of ten) that reaches `maximum` in at most MAX_TICK_STEPS steps."""
    scale = 1
    while True:
        for factor in (1, 2, 5):
            if factor * scale * MAX_TICK_STEPS >= maximum:
                return factor * scale
        scale *= 10


def monthly_columns(months: list[tuple[date, int]]) -> ColumnChart:
    """One column per month on a y-axis of round values; every third month is labelled."""
    maximum = max((value for _month, value in months), default=0)
    step = tick_step(maximum)
    top = step * max(-(-maximum // step), 1)  # the first tick at or above the busiest month
    ticks = [
        Tick(value=value, y=round(COLUMN_AREA_HEIGHT - COLUMN_AREA_HEIGHT * value / top, 1))
        for value in range(0, top + 1, step)
    ]
    columns = []
    for index, (month, value) in enumerate(months):
        height = COLUMN_AREA_HEIGHT * value / top
        columns.append(
            Column(
                month=month,
                value=value,
                x=AXIS_WIDTH + index * (COLUMN_WIDTH + COLUMN_GAP),
                y=round(COLUMN_AREA_HEIGHT - height, 1),
                width=COLUMN_WIDTH,
                height=round(height, 1),
                show_label=(len(months) - 1 - index) % 3 == 0,
            )
        )
    width = AXIS_WIDTH + max(len(months) * (COLUMN_WIDTH + COLUMN_GAP) - COLUMN_GAP, COLUMN_WIDTH)
    return ColumnChart(
        columns=columns,
        ticks=ticks,
        width=width,
        height=COLUMN_AREA_HEIGHT + 22,
        baseline=COLUMN_AREA_HEIGHT,
        maximum=maximum,
    )
