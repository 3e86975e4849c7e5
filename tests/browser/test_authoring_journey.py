"""Issue 14's journey: an Uzbek-speaking trainer makes a course with a final test of three question types, the
whole course goes live after one review, the trainer translates it into Russian with its questions, and a Russian
learner takes the test in Russian."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils.html import strip_tags
from playwright.sync_api import expect
from wagtail.models import Locale

from assessments.authoring import ensure_question_review
from assessments.models import Question, QuestionBank, QuizPage
from courses import services as course_services
from courses.authoring import ensure_authoring_setup
from courses.models import CoursePage, LessonPage
from reviews.models import CourseReview
from tests.browser.steps import start_on_one_page
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

pytestmark = pytest.mark.browser

PASSWORD = "Correct-horse-42"
TITLE = "Qon bosimini oʻlchash"
QUESTIONS = [  # (type, Uzbek stem, Russian stem, how the editor fills the answer key)
    ("single", "Manjet qayerga qoʻyiladi?", "Куда накладывают манжету?", None),
    ("true_false", "Oʻlchashdan oldin bemor 5 daqiqa dam oladi.", "Перед измерением пациент отдыхает 5 минут.", None),
    ("numeric", "Normal sistolik bosim (mmHg)?", "Нормальное систолическое давление (мм рт. ст.)?", "100–120"),
]


def account(email, language, role=None):
    user = UserFactory(email=email, password=PASSWORD, preferred_language=language)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return grant_role(user=user, role=role) if role else user


def new_page(browser, base_url):
    page = browser.new_context(viewport={"width": 360, "height": 780}, locale="en-GB").new_page()
    page.set_default_timeout(15_000)
    page.base_url = base_url
    return page


def sign_in(page, user, next_path, login_path="/admin/login/"):
    page.goto(f"{page.base_url}{login_path}?next={next_path}")
    page.fill('input[name="login"]', user.email)
    page.fill('input[name="password"]', PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**{next_path}")


def type_rich_text(page, field, text):
    """Replace what a Draftail field says; Draftail copies it into the form a moment after the last keystroke."""
    editor = page.locator(f'[data-contentpath="{field}"] [contenteditable=true]')
    editor.click()
    page.keyboard.press("Control+A")
    editor.press_sequentially(text)
    expect(page.locator(f'input[name="{field}"]')).to_have_value(re.compile(re.escape(text[:12])))


def save_draft(page):
    with page.expect_navigation():
        page.locator("footer button.action-save").click()
    assert "/add/" not in page.url and not page.locator(".error-message").count(), page.url


def add_question(page, bank, kind, stem, key):
    page.goto(f"{page.base_url}/admin/snippets/assessments/question/add/?locale=uz")
    page.locator('[data-contentpath="bank"] button[data-chooser-action-choose]').first.click()
    page.locator(f'.modal a[data-chooser-modal-choice]:has-text("{bank.title}")').click()
    expect(page.locator('input[name="bank"]')).to_have_value(str(bank.pk))
    page.select_option('select[name="kind"]', kind)
    type_rich_text(page, "stem", stem)
    if kind == "single":
        for number, (text, correct) in enumerate([("Yelkaga", True), ("Bilakka", False)]):
            if not page.locator(f'input[name="options-{number}-text"]').count():
                page.locator("#id_options-ADD").click()
            page.fill(f'input[name="options-{number}-text"]', text)
            page.locator(f'input[name="options-{number}-is_correct"]').set_checked(correct)
    elif kind == "true_false":
        page.locator('input[name="true_false_answer"][value="True"]').check()
    else:
        page.fill('input[name="numeric_answer"]', key)
    save_draft(page)


def submit_course(page, course):
    page.goto(f"{page.base_url}/admin/pages/{course.pk}/edit/")
    page.locator("footer .w-dropdown-button .w-dropdown__toggle").click()
    page.locator(f'footer a[href="/admin/course-reviews/submit/{course.pk}/"]').click()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/course-reviews/*/")
    return CourseReview.objects.get(course=course, status=CourseReview.Status.IN_REVIEW)


def approve(reviewer_page, review):
    reviewer_page.goto(f"{reviewer_page.base_url}/admin/course-reviews/{review.pk}/")
    reviewer_page.locator('button[name="decision"][value="approve"]').click()
    reviewer_page.wait_for_url("**/admin/")
    review.refresh_from_db()
    assert review.status == CourseReview.Status.APPROVED


def test_an_uzbek_trainer_publishes_a_course_and_its_russian_translation_for_a_russian_learner(browser_page):
    ensure_authoring_setup()
    ensure_question_review()
    trainer = account("trainer@example.test", "uz", Role.TRAINER)
    reviewer = account("reviewer@example.test", "uz", Role.REVIEWER)
    learner = account("learner@example.test", "ru")
    page = browser_page

    # The trainer makes the course's skeleton from the home page, in an admin that speaks Uzbek.
    sign_in(page, trainer, "/admin/")
    assert page.locator("html").get_attribute("lang") == "uz"
    page.locator('a[href="/admin/courses/new/"]').click()
    page.fill('input[name="title"]', TITLE)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/pages/*/edit/")
    course = CoursePage.objects.get(title=TITLE)
    assert course.locale.language_code == "uz"
    quiz = QuizPage.objects.descendant_of(course).get(role=QuizPage.Role.FINAL)
    bank = quiz.draw_bank

    # Three questions of three types in the test's bank, and the test draws all three.
    for kind, stem, _russian, key in QUESTIONS:
        add_question(page, bank, kind, stem, key)
    questions = list(bank.questions.order_by("pk"))
    assert [question.kind for question in questions] == [kind for kind, *_rest in QUESTIONS]
    assert not any(question.live for question in questions)
    assert (questions[2].numeric_answer, questions[2].numeric_tolerance) == (110, 10)
    page.goto(f"{page.base_url}/admin/pages/{quiz.pk}/edit/")
    page.fill('input[name="draw_count"]', "3")
    save_draft(page)

    # One submission of the whole course, one approval.
    review = submit_course(page, course)
    reviewer_page = new_page(page.context.browser, page.base_url)
    sign_in(reviewer_page, reviewer, f"/admin/course-reviews/{review.pk}/")
    approve(reviewer_page, review)
    for item in [course, LessonPage.objects.descendant_of(course).get(), quiz, *questions]:
        item.refresh_from_db()
        assert item.live and not item.has_unpublished_changes, item
    assert quiz.draw_count == 3

    # The trainer translates the course and everything under it into Russian.
    russian = Locale.objects.get(language_code="ru")
    page.goto(f"{page.base_url}/admin/pages/{course.pk}/edit/")
    translate = page.locator(f'a[href^="{reverse("simple_translation:submit_page_translation", args=[course.pk])}"]')
    page.locator("header [data-w-dropdown-target=toggle]").last.click()  # the page's "more actions" menu
    translate.click()
    page.locator(f'input[name="locales"][value="{russian.pk}"]').check()
    page.locator('input[name="include_subtree"]').check()
    with page.expect_navigation():
        page.locator("main form [type=submit]").click()
    ru_course = course.get_translation(russian)
    ru_quiz = quiz.get_translation(russian)
    assert ru_quiz.draw_bank == QuestionBank.objects.get(translation_key=bank.translation_key, locale=russian)

    # ...and writes the Russian questions.
    for question, (_kind, _stem, russian_stem, _key) in zip(questions, QUESTIONS, strict=True):
        copy = question.get_translation(russian)
        page.goto(f"{page.base_url}/admin/snippets/assessments/question/edit/{copy.pk}/")
        type_rich_text(page, "stem", russian_stem)
        save_draft(page)
        assert Question.objects.get(pk=copy.pk).has_unpublished_changes  # a draft until the review

    review = submit_course(page, ru_course)
    submitted = [item.revision.content_type.model_class() for item in review.items.select_related("revision")]
    assert submitted.count(Question) == 3
    approve(reviewer_page, review)
    reviewer_page.context.close()
    for question, (_kind, _stem, russian_stem, _key) in zip(questions, QUESTIONS, strict=True):
        copy = question.get_translation(russian)
        assert copy.live and strip_tags(copy.stem) == russian_stem
    assert all(translated.live for translated in ru_course.get_descendants(inclusive=True))

    # A Russian learner takes the Russian test and reads it in Russian.
    page.context.clear_cookies()
    enrolment = course_services.enrol_learner(learner=learner, course=ru_course)
    for lesson in LessonPage.objects.live().descendant_of(ru_course):
        course_services.complete_lesson(enrolment=enrolment, lesson=lesson)
    sign_in(page, learner, "/ru/", login_path="/ru/accounts/login/")
    ru_quiz.refresh_from_db()
    page.goto(page.base_url + ru_quiz.url)
    expect(page.locator("p.notice[role=note]")).to_have_count(0)
    start_on_one_page(page, ru_quiz)
    text = page.locator("main").inner_text()
    for _kind, uzbek_stem, russian_stem, _key in QUESTIONS:
        assert russian_stem in text
        assert uzbek_stem not in text
    assert Question.objects.filter(locale=russian, live=True).count() == 3
