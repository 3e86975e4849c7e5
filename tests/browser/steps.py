"""Steps shared by the browser journeys."""

import re
from pathlib import Path

from assessments.models import Attempt, Question
from tests.conftest import needs_service


def sign_in(page, email="learner@demo.test", password="Demo-2026-pass"):
    page.goto(page.base_url + "/uz/accounts/login/")
    page.fill('input[name="login"]', email)
    page.fill('input[name="password"]', password)
    page.locator("main form button[type=submit]").click()
    page.locator("details.account-menu").wait_for()


def answer_correctly(page, question: Question):
    options = sorted(question.options.all(), key=lambda option: option.sort_order or 0)
    name = f"q{question.pk}"
    if question.kind in ("single", "multiple"):
        # The page names each option by its place in the attempt's order, not by the author's position.
        attempt_id = int(re.search(r"/attempts/(\d+)/", page.url).group(1))
        order = Attempt.objects.get(pk=attempt_id).option_orders[question.pk]
        for position, option in enumerate(options):
            if option.is_correct:
                page.locator(f'input[name="{name}"][value="{order.index(position)}"]').check()
    elif question.kind == "true_false":
        page.locator(f'input[name="{name}"][value="{"true" if question.true_false_answer else "false"}"]').check()
    elif question.kind == "numeric":
        page.fill(f'input[name="{name}"]', str(question.numeric_answer.normalize()))
    else:
        page.fill(f'input[name="{name}"]', question.accepted_answer_list[0])


def submit(page):
    page.once("dialog", lambda dialog: dialog.accept())
    page.locator('button[name="action"][value="submit"]').click()
    page.wait_for_url("**/result/")


def answer_every_question_correctly(page):
    """Answer, from the answer key in the database, every question on the current quiz page."""
    shown = [int(value) for value in page.locator('input[name="shown"]').evaluate_all("els => els.map(e => e.value)")]
    for question in Question.objects.filter(pk__in=shown).prefetch_related("options"):
        answer_correctly(page, question)


def lessons_done_before_the_final(email="learner@demo.test", slug="hand-hygiene"):
    """Enrol a demo learner in a demo course and complete every lesson; returns (learner, enrolment, final quiz)."""
    from django.contrib.auth import get_user_model

    from assessments.models import QuizPage
    from courses import selectors
    from courses import services as course_services
    from courses.models import CoursePage, LessonPage

    learner = get_user_model().objects.get(email=email)
    course = CoursePage.objects.get(locale__language_code="uz", slug=slug)
    enrolment = course_services.enrol_learner(learner=learner, course=course)
    for lesson_id in selectors.course_lesson_ids(course):
        course_services.complete_lesson(enrolment=enrolment, lesson=LessonPage.objects.get(pk=lesson_id))
    return learner, enrolment, QuizPage.objects.live().descendant_of(course).get(role=QuizPage.Role.FINAL)


def start_on_one_page(page, quiz):
    """Open a quiz, start (or resume) an attempt and show all its questions on one page."""
    page.goto(page.base_url + quiz.url)
    page.locator(".course-actions form button[type=submit]").click()
    page.wait_for_url("**/attempts/*/")
    page.goto(page.url + "?all=1")


AXE_SOURCE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SERIOUS = ("serious", "critical")
# Rules axe rates "moderate" that the pages must pass all the same.
ALWAYS_CHECKED = ("landmark-unique", "page-has-heading-one", "landmark-no-duplicate-main", "landmark-one-main")


def serious_accessibility_violations(page) -> list[str]:
    """axe-core's serious and critical findings (and those of ALWAYS_CHECKED) on the current page, one line each.

    axe is evaluated as a script (not added as a <script> tag) so a
    Content-Security-Policy cannot block it.
    """
    if not AXE_SOURCE.exists():
        needs_service("needs axe-core in node_modules (run `npm ci`, which `make test` does)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE_SOURCE.read_text(encoding="utf-8"))
    results = page.evaluate("async () => await axe.run(document)")
    return [
        f"{violation['impact']}: {violation['id']} ({violation['help']}) at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
        if violation["impact"] in SERIOUS or violation["id"] in ALWAYS_CHECKED
    ]


def assert_accessible(page):
    violations = serious_accessibility_violations(page)
    assert not violations, f"{page.url}:\n" + "\n".join(violations)


def assert_legends_inside_their_fieldsets(page):
    """No fieldset's legend sits on its border (Chromium draws a block legend across the top border)."""
    misplaced = page.evaluate(
        """() => [...document.querySelectorAll("fieldset")].filter(fieldset => {
            const legend = fieldset.querySelector(":scope > legend");
            if (!legend || !legend.offsetParent) return false;
            const border = parseFloat(getComputedStyle(fieldset).borderTopWidth) || 0;
            return legend.getBoundingClientRect().top < fieldset.getBoundingClientRect().top + border;
        }).map(fieldset => fieldset.id || fieldset.className)"""
    )
    assert not misplaced, f"legends on the border of {misplaced} at {page.url}"


def wide_tables_without_a_scroll_hint(page) -> tuple[int, list[str]]:
    """How many `.table-scroll` boxes overflow the screen, and which of them do not show that they scroll."""
    return tuple(
        page.evaluate(
            """() => {
                const wide = [...document.querySelectorAll(".table-scroll")].filter(
                    box => box.offsetParent && box.scrollWidth > box.clientWidth + 1);
                const silent = wide.filter(box => {
                    const hint = box.previousElementSibling;
                    const shown = hint && hint.classList.contains("table-scroll__hint") && !hint.hidden
                        && hint.offsetHeight > 0;
                    return !(shown && box.classList.contains("is-scrollable") && box.tabIndex === 0);
                });
                return [wide.length, silent.map(box => box.getAttribute("aria-label") || box.className)];
            }"""
        )
    )
