"""The demo ships a finished certificate design in Uzbek, Russian and English, used by its courses."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from certificates import services
from demo.certificates import COUNTRY, ISSUER, ensure_demo_certificate_template
from lms.services import ensure_site_structure


@pytest.fixture
def templates(db):
    ensure_site_structure()
    return ensure_demo_certificate_template()


def test_the_demo_template_exists_once_per_language_and_seeding_again_changes_nothing(templates):
    again = ensure_demo_certificate_template()

    assert set(templates) == {"uz", "ru", "en"}
    assert {language: template.pk for language, template in again.items()} == {
        language: template.pk for language, template in templates.items()
    }
    assert len({template.translation_key for template in templates.values()}) == 1


@pytest.mark.parametrize("language", ["uz", "ru", "en"])
def test_each_language_renders_on_one_page_with_its_own_wording(templates, language):
    reader = PdfReader(BytesIO(services.render_sample(templates[language])))

    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert ISSUER[language].upper() in text.upper()
    assert COUNTRY[language].upper() in text.upper()
    assert services.SAMPLE_LEARNER_NAME in text
    assert services.SAMPLE_COURSE_TITLES[language] in text
