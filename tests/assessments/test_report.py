"""The trainers' item analysis of a quiz, checked against figures computed by hand in the comments."""

import codecs
import csv
import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from assessments import services
from assessments.reports import Flag, QuestionStats, quiz_report
from courses.authoring import ensure_authoring_setup
from tests.factories import UserFactory
from workforce.roles import Role
from workforce.services import grant_role

# Three questions of 1 point each, options in stored order:
#   single     0 "5 s" ✗   1 "20–30 s" ✓   2 "2 min" ✗
#   multiple   0 "Before touching a patient" ✓   1 "After body fluid exposure" ✓   2 "Before lunch" ✗
#              (partial credit: (hits − misses) / 2, at least 0; correct only with full marks)
#   true/false the statement is false
#
#   learner  single   multiple        true/false   points               per cent (cut to the cent)
#   L1       1 ✓      [0, 1] ✓ 1      False ✓      3                    100.00
#   L2       1 ✓      [0, 1] ✓ 1      True  ✗      2                     66.66
#   L3       1 ✓      [0]    ✗ 0.5    False ✓      2.5                   83.33
#   L4       2 ✗      [0, 2] ✗ 0      False ✓      1                     33.33
#   L5       0 ✗      [2]    ✗ 0      True  ✗      0                      0.00
#   L6       2 ✗      [0, 1] ✓ 1      False ✓      2                     66.66
ANSWERS = [
    (1, [0, 1], False),
    (1, [0, 1], True),
    (1, [0], False),
    (2, [0, 2], False),
    (0, [2], True),
    (2, [0, 1], False),
]


@pytest.fixture
def quiz(quizzes):
    course = quizzes.course()
    return quizzes.quiz(course, questions=[quizzes.single, quizzes.multiple, quizzes.true_false], pass_mark=Decimal(60))


def take(quizzes, quiz, responses: dict, email=None):
    """A new learner enrols, answers and submits one graded attempt."""
    learner = UserFactory(email=email) if email else UserFactory()
    quizzes.enrol(learner, quiz.get_parent().specific)
    attempt = services.start_attempt(learner=learner, quiz=quiz)
    services.save_answers(attempt=attempt, responses=responses)
    return services.submit_attempt(attempt=attempt)


@pytest.fixture
def graded(quizzes, quiz):
    for single, multiple, true_false in ANSWERS:
        take(
            quizzes, quiz, {quizzes.single.pk: single, quizzes.multiple.pk: multiple, quizzes.true_false.pk: true_false}
        )
    return quiz


def test_summary_of_six_graded_attempts(graded):
    # pass mark 60: L1, L2, L3, L6 pass → 4 / 6
    # mean   (100 + 66.66 + 83.33 + 33.33 + 0 + 66.66) / 6 = 349.98 / 6 = 58.33
    # median sorted 0, 33.33, 66.66, 66.66, 83.33, 100 → (66.66 + 66.66) / 2 = 66.66
    # bins   [0,10): 0 | [30,40): 33.33 | [60,70): 66.66 ×2 | [80,90): 83.33 | [90,100]: 100
    summary = quiz_report(graded).summary

    assert summary.attempts == 6
    assert summary.pass_rate == pytest.approx(4 / 6)
    assert summary.mean == pytest.approx(58.33)
    assert summary.median == pytest.approx(66.66)
    assert summary.distribution == (1, 0, 0, 1, 0, 0, 2, 0, 1, 1)


def test_questions_in_the_quiz_order_with_their_figures(quizzes, graded):
    # Totals in attempt order T = [100, 66.66, 83.33, 33.33, 0, 66.66]; mean 58.33;
    # deviations 41.67, 8.33, 25, −25, −58.33, 8.33 → squares sum 6527.5556; s_n = √(6527.5556 / 6) = 32.9837.
    # Discrimination: g = round(6 · 0.27) = 2; ranking L1 100, L3 83.33, L2 66.66, L6 66.66, L4 33.33, L5 0
    # (L2 before L6: equal totals keep attempt order); upper = L1, L3 and lower = L4, L5.
    single, multiple, true_false = quiz_report(graded).questions

    # single: correct L1 L2 L3 → p = 3/6 = 0.5; upper 2/2, lower 0/2 → D = 1
    # r = (mean(100, 66.66, 83.33) − mean(33.33, 0, 66.66)) / 32.9837 · √(0.5 · 0.5)
    #   = (83.33 − 33.33) / 32.9837 · 0.5 = 0.75795
    assert (single.position, single.question_id, single.kind) == (1, quizzes.single.pk, "single")
    assert single.text == "How long should a hand rub last?"
    assert single.attempts == 6
    assert single.difficulty == pytest.approx(0.5)
    assert single.discrimination == pytest.approx(1.0)
    assert single.point_biserial == pytest.approx(0.75795, abs=1e-5)
    # wrong choices: L4 "2 min", L5 "5 s", L6 "2 min"
    assert (single.wrong_option, single.wrong_option_count) == ("2 min", 2)

    # multiple: correct L1 L2 L6 → p = 0.5; upper L1 ✓ L3 ✗ = 1/2, lower 0/2 → D = 0.5
    # r = (mean(100, 66.66, 66.66) − mean(83.33, 33.33, 0)) / 32.9837 · 0.5
    #   = (77.7733 − 38.8867) / 32.9837 · 0.5 = 0.58948
    assert multiple.position == 2
    assert multiple.difficulty == pytest.approx(0.5)
    assert multiple.discrimination == pytest.approx(0.5)
    assert multiple.point_biserial == pytest.approx(0.58948, abs=1e-5)
    # wrong options chosen: option 2 by L4 and L5 (option 0 is correct, whatever else was ticked)
    assert (multiple.wrong_option, multiple.wrong_option_count) == ("Before lunch", 2)

    # true/false: correct L1 L3 L4 L6 → p = 4/6; upper 2/2, lower L4 ✓ L5 ✗ = 1/2 → D = 0.5
    # r = (mean(100, 83.33, 33.33, 66.66) − mean(66.66, 0)) / 32.9837 · √(2/3 · 1/3)
    #   = (70.83 − 33.33) / 32.9837 · 0.471405 = 0.53595
    assert true_false.difficulty == pytest.approx(4 / 6)
    assert true_false.discrimination == pytest.approx(0.5)
    assert true_false.point_biserial == pytest.approx(0.53595, abs=1e-5)
    assert true_false.wrong_option is None
    assert true_false.flags == ()


def test_only_graded_attempts_count(quizzes, graded):
    learner = UserFactory()
    quizzes.enrol(learner, graded.get_parent().specific)
    services.start_attempt(learner=learner, quiz=graded)  # still in progress

    report = quiz_report(graded)

    assert report.summary.attempts == 6
    assert {stats.attempts for stats in report.questions} == {6}


def test_a_quiz_without_attempts_lists_its_questions_without_figures(quiz):
    report = quiz_report(quiz)

    assert report.summary.attempts == 0
    assert report.summary.pass_rate is None
    assert [stats.attempts for stats in report.questions] == [0, 0, 0]
    assert report.questions[0].difficulty is None
    assert report.questions[0].wrong_option is None


def test_questions_drawn_from_the_bank_follow_the_chosen_ones(quizzes):
    course = quizzes.course()
    quiz = quizzes.quiz(course, questions=[quizzes.true_false], draw_bank=quizzes.bank, draw_count=4)
    take(quizzes, quiz, quizzes.perfect_answers)

    report = quiz_report(quiz)

    # the chosen question first, then the four drawn ones by id (they were drawn in random order)
    expected = [quizzes.true_false, quizzes.single, quizzes.multiple, quizzes.numeric, quizzes.short_text]
    assert [stats.question_id for stats in report.questions] == [question.pk for question in expected]
    assert [stats.position for stats in report.questions] == [1, 2, 3, 4, 5]
    assert all(stats.difficulty == 1 for stats in report.questions)


def test_a_translation_reports_the_attempts_of_the_original(quizzes, graded):
    quizzes.courses.translate(graded.get_parent().specific, "ru")
    translation = graded.get_translation(Locale.objects.get(language_code="ru"))

    report = quiz_report(translation)

    assert report.quiz_id == graded.pk
    assert report.summary.attempts == 6


def test_report_queries_do_not_grow_with_attempts(quizzes, quiz, django_assert_max_num_queries):
    def count_queries() -> int:
        cache.clear()  # measure cold, canonical id look-up included
        with CaptureQueriesContext(connection) as queries:
            quiz_report(quiz)
        return len(queries)

    for single, multiple, true_false in ANSWERS[:3]:
        take(
            quizzes, quiz, {quizzes.single.pk: single, quizzes.multiple.pk: multiple, quizzes.true_false.pk: true_false}
        )
    with_three = count_queries()
    for _ in range(7):
        take(quizzes, quiz, {quizzes.single.pk: 1, quizzes.multiple.pk: [0, 1], quizzes.true_false.pk: False})
    with_ten = count_queries()

    assert with_three == with_ten
    # canonical id, attempts, answers, chosen questions, questions, their options
    cache.clear()
    with django_assert_max_num_queries(6):
        quiz_report(quiz)


@pytest.mark.parametrize(
    ("difficulty", "discrimination", "point_biserial", "flags"),
    [
        (0.95, 0.05, None, (Flag.TOO_EASY, Flag.MISLEADING)),
        (0.9, 0.3, 0.2, ()),
        (0.25, 0.4, 0.3, (Flag.TOO_HARD,)),
        (0.3, 0.1, 0.0, ()),
        (0.6, 0.3, -0.05, (Flag.MISLEADING,)),
        (None, None, None, ()),
    ],
)
def test_flags_mark_questions_to_look_at(difficulty, discrimination, point_biserial, flags):
    stats = QuestionStats(
        position=1,
        question_id=1,
        text="…",
        kind="single",
        kind_label="Single choice",
        attempts=10,
        difficulty=difficulty,
        discrimination=discrimination,
        point_biserial=point_biserial,
    )

    assert stats.flags == flags


# The admin screens


@pytest.fixture
def trainer(quizzes):
    """A trainer who reads the admin in English."""
    ensure_authoring_setup()
    trainer = grant_role(user=UserFactory(email="trainer@example.test"), role=Role.TRAINER)
    UserProfile.objects.update_or_create(user=trainer, defaults={"preferred_language": "en"})
    return trainer


def test_trainer_sees_the_item_analysis(client, trainer, graded):
    client.force_login(trainer)

    response = client.get(reverse("assessments_quiz_report", args=[graded.pk]))

    assert response.status_code == 200
    assert response.context["report"].summary.attempts == 6
    assert response.context["pass_rate"] == "67"
    assert response.context["mean"] == "58.3"
    assert [row["discrimination"] for row in response.context["rows"]] == ["1.00", "0.50", "0.50"]
    assert "2 min" in response.content.decode()


def test_learner_is_kept_out_of_the_item_analysis(client, learner, graded):
    client.force_login(learner)

    response = client.get(reverse("assessments_quiz_report", args=[graded.pk]))

    assert response.status_code in (302, 403)
    assert "report" not in (response.context or {})


def test_staff_without_a_trainer_role_is_refused(client, trainer, graded):
    analyst = grant_role(user=UserFactory(email="analyst@example.test"), role=Role.MINISTRY_ANALYST)
    analyst.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(analyst)

    response = client.get(reverse("assessments_quiz_report_csv", args=[graded.pk]))

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_quiz_page_in_the_admin_links_to_its_item_analysis(client, trainer, graded):
    client.force_login(trainer)

    response = client.get(reverse("wagtailadmin_pages:edit", args=[graded.pk]))

    assert response.status_code == 200
    assert reverse("assessments_quiz_report", args=[graded.pk]) in response.content.decode()


def test_csv_streams_the_report_with_a_byte_order_mark(client, trainer, graded):
    client.force_login(trainer)

    response = client.get(reverse("assessments_quiz_report_csv", args=[graded.pk]))

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Disposition"] == f'attachment; filename="quiz-{graded.pk}-item-analysis.csv"'
    body = b"".join(response.streaming_content)
    assert body.startswith(codecs.BOM_UTF8)
    lines = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert lines[0] == ["Quiz", graded.title]
    assert lines[1] == ["Graded attempts", "6"]
    assert lines[2] == ["Pass rate (%)", "66.7"]
    header = lines.index([]) + 1
    assert lines[header][:3] == ["Position", "Question", "Type"]
    rows = lines[header + 1 :]
    assert [row[0] for row in rows] == ["1", "2", "3"]
    assert rows[0][1:] == [
        "How long should a hand rub last?",
        "Single choice",
        "6",
        "50.0",
        "1.00",
        "0.76",
        "2 min",
        "2",
        "",
    ]
    assert rows[1][7:9] == ["Before lunch", "2"]
    assert rows[2][7:9] == ["", ""]


def test_csv_is_refused_to_learners(client, learner, graded):
    client.force_login(learner)

    response = client.get(reverse("assessments_quiz_report_csv", args=[graded.pk]))

    assert response.status_code in (302, 403)
    assert not getattr(response, "streaming", False)


def test_csv_keeps_formula_like_text_as_text(client, trainer, quizzes):
    course = quizzes.course()
    quiz = quizzes.quiz(course, questions=[quizzes.single])
    quizzes.single.stem = "<p>=HYPERLINK(&quot;http://example.test&quot;)</p>"
    quizzes.single.save()
    client.force_login(trainer)

    body = b"".join(client.get(reverse("assessments_quiz_report_csv", args=[quiz.pk])).streaming_content)

    assert '\'=HYPERLINK(""http://example.test"")' in body.decode("utf-8-sig")


def test_questions_are_listed_by_type_and_bank_in_the_admin(client, quizzes, django_user_model):
    client.force_login(django_user_model.objects.create_superuser(email="root@example.test", password="x"))

    response = client.get(reverse("wagtailsnippets_assessments_question:list"), {"kind": "numeric"})

    assert response.status_code == 200
    body = response.content.decode()
    assert "Compressions per minute" in body
    assert "How long should a hand rub last?" not in body


@pytest.mark.parametrize(("correct", "saved"), [((0,), True), ((0, 1), False), ((), False)])
def test_the_question_form_wants_exactly_one_correct_option_for_single_choice(client, quizzes, correct, saved):
    from django.urls import reverse
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    from assessments.models import Question
    from tests.factories import UserFactory

    admin = UserFactory(email="admin-form@example.test", is_staff=True, is_superuser=True)
    client.force_login(admin)
    data = nested_form_data(
        {
            "bank": quizzes.bank.pk,
            "kind": "single",
            "stem": rich_text("<p>Which one?</p>"),
            "points": "1",
            "numeric_tolerance": "0",
            "multiple_scoring": "all_or_nothing",
            "options": inline_formset(
                [
                    {"text": text, **({"is_correct": "on"} if position in correct else {})}
                    for position, text in enumerate("ABC")
                ]
            ),
            "explanation": rich_text(""),
        }
    )
    before = Question.objects.count()

    client.post(reverse("wagtailsnippets_assessments_question:add"), data)

    assert Question.objects.count() == before + (1 if saved else 0)
