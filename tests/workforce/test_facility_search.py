"""The sign-up facility picker finds a facility by any words of its name in any language, or by its code."""

import pytest
from django.urls import reverse
from django.utils import translation

from workforce.selectors import search_facilities


@pytest.fixture
def polyclinic(org_tree):
    facility = org_tree["polyclinic"]
    facility.name_uz = "5-sonli oilaviy poliklinika Oʻzbekiston koʻchasi"
    facility.name_ru = "Семейная поликлиника № 5"
    facility.save()
    return facility


def codes(query):
    return [facility.code for facility in search_facilities(query)]


@pytest.mark.parametrize(
    "query",
    [
        "polyclinic 5",  # English, words in order
        "5 family",  # English, any order
        "POLIKLINIKA oilaviy",  # Uzbek, any case
        "поликлиника семейная",  # Russian, lower case for a capitalised name
        "СЕМЕЙНАЯ",
        "o'zbekiston",  # an ASCII apostrophe for ʻ
        "O`zbekiston",
        "o‘zbekiston",
        "oʼzbekiston",
        "ozbekiston kochasi",  # apostrophes left out
        "f-1726-001",  # the code, any case
    ],
)
def test_facility_search_finds_by_words_of_any_name_or_code(polyclinic, query):
    assert codes(query) == ["F-1726-001"]


def test_facility_search_needs_every_word_to_match(polyclinic):
    assert codes("polyclinic hospital") == []
    assert codes("   ") == []


def test_facility_search_says_nothing_found_with_a_hint(client, polyclinic):
    with translation.override("en"):
        url = reverse("workforce:facility_search")
    found = client.get(url, {"q": "поликлиника"}).json()
    missing = client.get(url, {"q": "nowhere clinic"}).json()

    assert [result["code"] for result in found["results"]] == ["F-1726-001"]
    assert "message" not in found
    assert missing["results"] == []
    assert "No facility found" in missing["message"]
