"""The Content-Security-Policy of the public and learner pages: nothing inline, nothing from another origin."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from courses import services as course_services
from tests.courses.conftest import courses  # noqa: F401 - the course builder fixture

# Frames of the video block's players, loaded only when the learner presses play (static/js/lesson.js).
VIDEO_PLAYERS = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"}
# Templates rendered inside the Wagtail admin, which is exempt from the policy.
ADMIN_TEMPLATES = re.compile(r"(^|/)(admin|wagtailusers|imports)/")
INLINE_CODE = {
    "an inline <script>": re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(ld\+)?json)[^>]*>", re.I),
    "an on…= handler": re.compile(r"\son[a-z]+\s*=", re.I),
    "a javascript: URL": re.compile(r"javascript:", re.I),
    "a style attribute": re.compile(r"\sstyle\s*=", re.I),
}


def directives(header: str) -> dict[str, list[str]]:
    return {name: sources for name, *sources in (part.split() for part in header.split(";") if part.strip())}


def assert_strict(header: str):
    policy = directives(header)
    assert policy["default-src"] == ["'self'"]
    for name in ("script-src", "style-src"):
        assert policy[name] == ["'self'"], f"{name} must allow this origin only"
    assert policy["object-src"] == ["'none'"]
    for name, sources in policy.items():
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources, name
        others = {source for source in sources if source.startswith(("http:", "https:", "*")) or "." in source}
        assert others <= (VIDEO_PLAYERS if name == "frame-src" else set()), f"{name} allows {others}"


@pytest.fixture
def learner_pages(courses, learner):  # noqa: F811 - the course builder fixture
    course = courses.course(slug="hand-hygiene", lessons=2)
    course_services.enrol_learner(learner=learner, course=course)
    lesson = courses.lessons(course)[0]
    return [
        "/uz/",
        course.get_parent().url,
        course.url,
        lesson.url,
        reverse("courses:my_learning"),
        reverse("certificates:mine"),
        reverse("certificates:verify_form"),
        "/uz/no-such-page/",
    ]


def test_every_public_and_learner_page_carries_a_strict_policy(client, learner, learner_pages):
    public = [reverse("account_login"), reverse("account_signup"), reverse("account_reset_password")]
    for url in public:
        assert_strict(client.get(url)["Content-Security-Policy"])
    client.force_login(learner)
    for url in learner_pages:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert_strict(response["Content-Security-Policy"])


def test_the_dashboard_carries_the_policy(client, ministry_user, org_tree):
    client.force_login(ministry_user)

    response = client.get(reverse("dashboard:home"), follow=True)

    assert response.status_code == 200
    assert_strict(response["Content-Security-Policy"])


def test_the_wagtail_admin_keeps_its_own_needs(admin_client):
    assert "Content-Security-Policy" not in admin_client.get("/admin/")


def test_the_configured_policy_is_strict():
    from lms.csp import policy

    assert_strict(policy())


@pytest.mark.parametrize(
    "template",
    sorted(
        str(path.relative_to(settings.BASE_DIR / "templates"))
        for path in (settings.BASE_DIR / "templates").rglob("*.html")
        if not ADMIN_TEMPLATES.search(str(path.relative_to(settings.BASE_DIR / "templates")))
    ),
)
def test_site_templates_hold_no_inline_code_or_styles(template):
    text = (settings.BASE_DIR / "templates" / template).read_text()

    found = [kind for kind, pattern in INLINE_CODE.items() if pattern.search(text)]

    assert not found, f"{template} holds {', '.join(found)}: put scripts in static/js/ and styles in static/css/"
