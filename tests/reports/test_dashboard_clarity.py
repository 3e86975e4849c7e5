"""The dashboard explains itself: every figure's definition one tap away, units named by their type, a chart with an axis."""

import re
from datetime import date
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from demo import workforce as demo_workforce
from reports import charts
from reports.indicators import EXPIRY_WINDOWS
from reports.views import figure_definitions
from tests.reports.test_indicators import Country
from workforce.models import AdministrativeType, OrgUnit, administrative_type


class _Stats(HTMLParser):
    """The children of each `.stat` group inside the figures' <dl>, as (tag, class) pairs, and the help texts."""

    def __init__(self):
        super().__init__()
        self.stats: list[list[tuple[str, str]]] = []
        self.help_texts: list[str] = []
        self._depth = 0  # depth inside the current .stat
        self._in_help = False
        self._in_text = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if self._depth == 0 and tag == "div" and "stat" in classes:
            self.stats.append([])
            self._depth = 1
            return
        if self._depth:
            if self._depth == 1:
                self.stats[-1].append((tag, " ".join(classes)))
                self._in_help = "stat__help" in classes
                if self._in_help:
                    self.help_texts.append("")
            self._in_text = self._in_text or (self._in_help and tag == "p")
            self._depth += 1

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1
            self._in_text = self._in_text and tag != "p"
            if self._depth == 1:
                self._in_help = False

    def handle_data(self, data):
        if self._in_text:
            self.help_texts[-1] += data


@pytest.fixture
def country(org_tree):
    return Country(org_tree)


def _dashboard(client, user, unit, **query):
    client.force_login(user)
    with translation.override("en"):
        return client.get(reverse("dashboard:unit", args=[unit.pk]), query)


def test_every_dashboard_figure_has_its_definition_one_tap_away(client, country, ministry_user):
    response = _dashboard(client, ministry_user, country.units["country"])
    stats = _Stats()
    stats.feed(response.content.decode())

    assert len(stats.stats) == len(figure_definitions())
    for children in stats.stats:
        assert {tag for tag, _class in children} == {"dt", "dd"}, "a <dl> group holds only <dt> and <dd>"
        assert [css for _tag, css in children].count("stat__help") == 1
    texts = [" ".join(text.split()) for text in stats.help_texts]
    with translation.override("en"):
        definitions = figure_definitions()
    assert set(texts) == {" ".join(text.split()) for text in definitions.values()}


def test_the_expiring_definition_names_the_windows_the_indicators_count():
    with translation.override("en"):
        expiring = figure_definitions()["expiring"]
    assert [int(days) for days in re.findall(r"\d+", expiring)] == list(EXPIRY_WINDOWS)
    assert "certificates" in expiring


def test_tashkent_city_is_labelled_as_a_city_on_the_dashboard(client, country, ministry_user):
    tashkent = country.units["tashkent"]
    assert tashkent.level == OrgUnit.Level.REGION

    page = _dashboard(client, ministry_user, tashkent).content.decode()

    assert re.search(r'<p class="eyebrow">\s*City\s*</p>', page)


@pytest.mark.parametrize(
    ("code", "level", "name_en"),
    [(demo_workforce.COUNTRY[0], "country", "Country")]
    + [(code, "region", name_en) for code, _uz, _ru, name_en in demo_workforce.REGIONS]
    + [
        (code, "district", name_en)
        for districts in demo_workforce.DISTRICTS.values()
        for code, _uz, _ru, name_en in districts
    ],
)
def test_each_demo_unit_is_labelled_with_the_type_its_name_says(code, level, name_en):
    said = {"City": "city", "District": "district", "Region": "region", "Country": "country"}
    expected = "republic" if name_en.startswith("Republic") else said[name_en.split()[-1]]

    assert administrative_type(code, level) == AdministrativeType(expected)


def test_the_monthly_chart_has_a_y_axis_with_round_values():
    months = [(date(2026, month, 1), value) for month, value in zip(range(1, 7), (0, 3, 17, 9, 0, 12), strict=True)]

    chart = charts.monthly_columns(months)

    assert [tick.value for tick in chart.ticks] == [0, 5, 10, 15, 20]
    assert chart.ticks[0].y == chart.baseline and chart.ticks[-1].y == 0
    assert all(column.x >= chart.axis_width for column in chart.columns)
    busiest = max(chart.columns, key=lambda column: column.value)
    assert busiest.height == pytest.approx(chart.baseline * 17 / 20, abs=0.1)
    assert [tick.value for tick in charts.monthly_columns([]).ticks] == [0, 1]


def test_the_dashboard_draws_the_y_axis_values(client, country, ministry_user):
    page = _dashboard(client, ministry_user, country.units["country"]).content.decode()

    assert re.findall(r'class="chart__tick">(\d+)</text>', page)[0] == "0"
