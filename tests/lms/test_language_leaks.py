"""No page or file shows another language's labels, even after another language has warmed every cache."""

import ast
import csv
import html
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.models import Locale

from assessments.models import QuizPage
from certificates.models import Certificate
from courses.models import CourseCatalogPage, CoursePage, Enrolment, LessonPage
from courses.services import enrol_learner
from workforce.dashboard_forms import PERIOD_CHOICES
from workforce.dashboard_views import STANDING_LABELS
from workforce.models import OrgUnit

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PROJECT_APPS = ("lms", "courses", "assessments", "certificates", "workforce", "api")
SOURCE_SKIPPED = {".venv", "tests", "bench", "node_modules", "migrations", "var", "locale"}


def _choices_classes(base=models.Choices):
    for cls in base.__subclasses__():
        yield cls
        yield from _choices_classes(cls)


def label_msgids() -> list:
    """Every label of a status or choice the project defines, untranslated (lazy)."""
    labels = [
        label for cls in _choices_classes() if cls.__module__.split(".")[0] in PROJECT_APPS for label in cls.labels
    ]
    return [*labels, *STANDING_LABELS.values(), *(label for _value, label in PERIOD_CHOICES)]


def foreign_labels(language: str) -> set[str]:
    """Labels as the other languages' catalogues translate them, that this language translates differently."""
    by_language = {}
    for code in LANGUAGES:
        with translation.override(code):
            by_language[code] = [str(label) for label in label_msgids()]
    own = set(by_language[language])
    return {
        text
        for code, texts in by_language.items()
        if code != language
        for text in texts
        if text not in own and len(text) > 3
    }


def leaked(text: str, language: str) -> list[str]:
    text = html.unescape(re.sub(r"<script.*?</script>", "", text, flags=re.S))
    return sorted(label for label in foreign_labels(language) if re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text))


def body_text(response) -> str:
    """What a reader sees in an HTML page, a CSV or an XLSX file."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if response["Content-Type"].startswith("application/vnd.openxmlformats"):
        workbook = load_workbook(io.BytesIO(content), read_only=True)
        return "\n".join(
            " | ".join("" if cell is None else str(cell) for cell in row)
            for sheet in workbook.worksheets
            for row in sheet.iter_rows(values_only=True)
        )
    if response["Content-Type"].startswith("text/csv"):
        return "\n".join(" | ".join(row) for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    return content.decode()


@pytest.fixture
def seeded(db, demo_seed):
    learner = get_user_model().objects.get(email="learner@demo.test")
    if not Enrolment.objects.filter(learner=learner).exists():
        enrol_learner(learner=learner, course=CoursePage.objects.live().order_by("pk").first())
    return demo_seed


def views_of(language: str) -> list[tuple[str, str]]:
    """(account, URL) of every dashboard, learner and export view, in one language."""
    country = OrgUnit.objects.get(level=OrgUnit.Level.COUNTRY)
    region = OrgUnit.objects.get(code="1726")
    district = region.get_children().first()
    facility = OrgUnit.objects.filter(level=OrgUnit.Level.FACILITY, path__startswith=region.path).first()
    with translation.override(language):
        dashboard = [reverse("dashboard:unit", args=[unit.pk]) for unit in (country, region, district, facility)]
        dashboard += [reverse("dashboard:workers", args=[unit.pk]) for unit in (region, facility)]
        dashboard += [
            reverse("dashboard:export", args=[region.pk, table, file_format])
            for table in ("units", "workers")
            for file_format in ("csv", "xlsx")
        ]
        certificate = Certificate.objects.filter(status=Certificate.Status.ISSUED).first()
        learner = [
            f"/{language}/",
            reverse("courses:my_learning"),
            reverse("certificates:mine"),
            reverse("certificates:verify", args=[certificate.code]),
        ]
        dashboard.append(reverse("courses:assignment_list"))
    enrolment = Enrolment.objects.filter(learner__email="learner@demo.test").order_by("pk").first()
    course = enrolment.course.get_translation(Locale.objects.get(language_code=language))
    pages = [
        CourseCatalogPage.objects.live().filter(locale__language_code=language).first(),
        course,
        LessonPage.objects.live().descendant_of(course).order_by("path").first(),
        QuizPage.objects.live().descendant_of(course).order_by("path").first(),
    ]
    learner += [page.get_url() for page in pages if page is not None]
    return [("ministry@demo.test", url) for url in dashboard] + [("learner@demo.test", url) for url in learner]


def render_all(client, language: str) -> dict[str, str]:
    seen = {}
    for email, url in views_of(language):
        client.force_login(get_user_model().objects.get(email=email))
        response = client.get(url, HTTP_ACCEPT_LANGUAGE=language, follow=True)
        assert response.status_code == 200, (language, url, response.status_code)
        seen[f"{email} {url}"] = body_text(response)
    return seen


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_view_shows_only_its_own_languages_labels_after_other_languages_warmed_the_caches(
    client, seeded, language
):
    cache.clear()
    for other in LANGUAGES:
        if other != language:
            render_all(client, other)

    pages = render_all(client, language)

    leaks = {url: found for url, text in pages.items() if (found := leaked(text, language))}
    assert not leaks, f"labels of another language on {language} views: {leaks}"


def test_no_module_translates_at_import_time():
    """`gettext` outside a function runs once, in whatever language is active at import: use `gettext_lazy`."""
    eager = {"gettext", "ngettext", "pgettext", "npgettext"}
    found = []
    for path in Path(settings.BASE_DIR).rglob("*.py"):
        if SOURCE_SKIPPED & set(path.relative_to(settings.BASE_DIR).parts):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "django.utils.translation"
            for alias in node.names
            if alias.name in eager
        }
        found += [f"{path.relative_to(settings.BASE_DIR)}:{line}" for line in _calls_outside_functions(tree, names)]

    assert not found, f"translated at import time (use gettext_lazy): {found}"


def _calls_outside_functions(node, names: set[str]):
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            continue
        if isinstance(child, ast.Call) and isinstance(child.func, ast.Name) and child.func.id in names:
            yield child.lineno
        yield from _calls_outside_functions(child, names)


def test_every_cached_template_fragment_is_keyed_by_language():
    templates = Path(settings.BASE_DIR, "templates").rglob("*.html")
    unkeyed = [
        f"{path.relative_to(settings.BASE_DIR)}: {tag}"
        for path in templates
        for tag in re.findall(r"{%\s*cache\s[^%]*%}", path.read_text(encoding="utf-8"))
        if "LANGUAGE_CODE" not in tag.split()
    ]

    assert not unkeyed, f"cached fragments whose key lacks LANGUAGE_CODE: {unkeyed}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_names_in_sentences_are_in_the_sentences_language(language):
    from lms.templatetags.lms_tags import language_in_sentence

    with translation.override(language):
        names = {code: language_in_sentence(code) for code in LANGUAGES}
    with translation.override("en"):
        english = {code: language_in_sentence(code) for code in LANGUAGES}

    for code in LANGUAGES:
        assert (names[code] == english[code]) == (language == "en"), (language, code, names[code])


def test_templates_name_languages_natively_in_lists_and_translated_in_sentences():
    """Lists of languages (switcher, catalogue filter) show each in itself; sentences use `language_in_sentence`."""
    found = [
        f"{path.relative_to(settings.BASE_DIR)}: {tag}"
        for path in Path(settings.BASE_DIR, "templates").rglob("*.html")
        for tag in re.findall(r"get_available_languages|get_display_name|language_name_translated|name_translated",
                              path.read_text(encoding="utf-8"))
    ]  # fmt: skip

    assert not found, found


@pytest.mark.parametrize("language", LANGUAGES)
def test_file_sizes_keep_a_space_before_the_unit(language):
    from django.template.defaultfilters import filesizeformat

    with translation.override(language):
        assert re.fullmatch(r"498\s\w+", filesizeformat(498)), filesizeformat(498)


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_translated_labels_keep_the_capital_letter_of_the_original(language):
    import gettext

    path = Path(settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.mo")
    with path.open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)._catalog
    lowered = [
        f"{msgid!r} → {text!r}"
        for key, text in catalogue.items()
        if (msgid := (key[0] if isinstance(key, tuple) else key).split("\x04")[-1])
        and "inside a sentence\x04" not in (key[0] if isinstance(key, tuple) else key)
        and msgid[0].isupper()
        and text[:1].islower()
    ]

    assert not lowered, lowered
