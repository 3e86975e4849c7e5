"""No page or file shows another language's labels, even after another language has warmed every cache."""

import ast
import csv
import functools
import gettext as gnu_gettext
import io
import re
from html.parser import HTMLParser
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
from reports.forms import PERIOD_CHOICES
from workforce.models import OrgUnit

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PROJECT_APPS = ("lms", "courses", "assessments", "certificates", "workforce", "api")
SOURCE_SKIPPED = {".venv", "tests", "bench", "node_modules", "migrations", "var", "locale"}


def _choices_classes(base=models.Choices):
    for cls in base.__subclasses__():
        yield cls
        yield from _choices_classes(cls)


def _choice_labels(language: str) -> set[str]:
    """Every label of a status or choice the project defines, in one language."""
    with translation.override(language):
        return {
            str(label)
            for cls in _choices_classes()
            if cls.__module__.split(".")[0] in PROJECT_APPS
            for label in cls.labels
        } | {str(label) for _value, label in PERIOD_CHOICES}


def _catalogue_labels(language: str) -> set[str]:
    """The short texts (labels, headings, statuses) of the project's compiled catalogue, in one language.

    Read from the .mo file rather than from the code, so a label that the code
    keeps translated in one language (evaluated at import, say) is still known
    in every other one. English is the catalogue's source side.
    """
    with Path(settings.BASE_DIR, "locale", "ru", "LC_MESSAGES", "django.mo").open("rb") as source:
        msgids = [key for key in gnu_gettext.GNUTranslations(source)._catalog if isinstance(key, str) and key]
    labels = [msgid for msgid in msgids if len(msgid.split()) <= 4 and not re.search(r"[%{<\n]", msgid)]
    if language == "en":
        return {msgid.split("\x04")[-1] for msgid in labels}
    with Path(settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.mo").open("rb") as compiled:
        catalogue = gnu_gettext.GNUTranslations(compiled)._catalog
    return {catalogue[msgid] for msgid in labels if msgid in catalogue}


@functools.cache
def foreign_labels(language: str) -> frozenset[str]:
    """Labels in the other languages that this language writes differently: they must not show on its pages."""
    by_language = {code: _choice_labels(code) | _catalogue_labels(code) for code in LANGUAGES}
    own = "\n".join(_all_texts(language))
    return frozenset(
        text
        for code, texts in by_language.items()
        if code != language
        for text in texts
        if len(text) > 3 and not re.search(rf"(?<!\w){re.escape(text)}(?!\w)", own)
    )


def _all_texts(language: str) -> list[str]:
    """Every text of the project's catalogue in one language: a word this language also uses is not foreign."""
    with Path(settings.BASE_DIR, "locale", "ru", "LC_MESSAGES", "django.mo").open("rb") as source:
        keys = list(gnu_gettext.GNUTranslations(source)._catalog)
    if language == "en":
        return [key[0] if isinstance(key, tuple) else key.split("\x04")[-1] for key in keys]
    with Path(settings.BASE_DIR, "locale", language, "LC_MESSAGES", "django.mo").open("rb") as compiled:
        return list(gnu_gettext.GNUTranslations(compiled)._catalog.values())


class _VisibleText(HTMLParser):
    """The text a reader of one language sees: text and labelling attributes, without scripts and without
    passages marked as written in another language (`lang="…"`, e.g. a course shown in its original)."""

    LABELLING = ("aria-label", "title", "alt", "placeholder")
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, language: str):
        super().__init__()
        self.language, self.stack, self.parts = language, [], []

    def _hidden(self) -> bool:
        return any(self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        other = (attrs.get("lang") or self.language).split("-")[0] != self.language and tag != "html"
        hidden = other or tag in ("script", "style", "template")
        if not hidden and not self._hidden():
            self.parts += [attrs[name] for name in self.LABELLING if attrs.get(name)]
        if tag not in self.VOID:
            self.stack.append(hidden)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if not self._hidden():
            self.parts.append(data)


def visible_text(page: str, language: str) -> str:
    parser = _VisibleText(language)
    parser.feed(page)
    return "\n".join(parser.parts)


def leaked(text: str, language: str) -> list[str]:
    if "<html" in text:
        text = visible_text(text, language)
    text = re.sub(r"\S+@\S+|https?://\S+", " ", text)  # e-mail addresses and links are no one's language
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
