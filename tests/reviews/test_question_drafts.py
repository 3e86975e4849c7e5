"""A question's edit is a draft until a reviewer publishes it: learners keep getting the live version."""

from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.models import Locale, WorkflowState

from assessments import services as quiz_services
from assessments.models import Question, QuestionBank
from assessments.views.display import shown_questions
from reviews import services

from .conftest import question_form

EDITED_STEM = "<p>How long should an alcohol hand rub last, at least?</p>"


def stems_seen_by(learner, setup, language="uz") -> list[str]:
    """The question texts a learner gets in a new attempt at the course's test."""
    setup.builder.enrol(learner, setup.course)
    attempt = quiz_services.start_attempt(learner=learner, quiz=setup.quiz)
    stems = [strip_tags(shown.question.stem) for shown in shown_questions(attempt, language)]
    quiz_services.submit_attempt(attempt=attempt)
    return stems


def edit_in_admin(client, question, **changes):
    url = reverse("wagtailsnippets_assessments_question:edit", args=[question.pk])
    return client.post(url, question_form(question, **changes))


def test_a_trainers_edit_of_a_question_is_a_draft_until_the_course_review_is_approved(
    client, course_under_review, people, learner
):
    setup = course_under_review
    client.force_login(people.trainer)

    response = edit_in_admin(client, setup.single, stem=EDITED_STEM)

    assert response.status_code == 302
    question = Question.objects.get(pk=setup.single.pk)
    assert question.live and question.has_unpublished_changes
    assert stems_seen_by(learner, setup)[0] == "How long should a hand rub last?"

    review = services.submit_course_for_review(course=setup.course, user=people.trainer)
    services.approve_course_review(review=review, user=people.reviewer)

    assert stems_seen_by(learner, setup)[0] == strip_tags(EDITED_STEM)


def test_a_trainer_cannot_publish_a_question_directly(client, course_under_review, people):
    client.force_login(people.trainer)

    edit_in_admin(client, course_under_review.single, stem=EDITED_STEM, **{"action-publish": "action-publish"})

    question = Question.objects.get(pk=course_under_review.single.pk)
    assert question.stem == "<p>How long should a hand rub last?</p>"
    assert question.has_unpublished_changes and question.latest_revision.user == people.trainer  # kept as a draft


def test_a_new_question_is_not_drawn_until_it_is_published(client, course_under_review, people, learner):
    setup = course_under_review
    bank = QuestionBank.objects.create(title="Qoʻl gigiyenasi: tasodifiy")
    live = Question.objects.create(
        bank=bank, kind="true_false", stem="<p>Rings hide germs.</p>", true_false_answer=True
    )
    setup.quiz.quiz_questions.all().delete()
    setup.quiz.draw_bank, setup.quiz.draw_count = bank, 5
    setup.quiz.save_revision().publish()
    client.force_login(people.trainer)

    response = client.post(
        reverse("wagtailsnippets_assessments_question:add"),
        question_form(live, stem="<p>Nails may be long.</p>", true_false_answer="False"),
    )

    assert response.status_code == 302
    new = Question.objects.exclude(pk=live.pk).get(bank=bank)
    assert not new.live
    assert stems_seen_by(learner, setup) == ["Rings hide germs."]

    review = services.submit_course_for_review(course=setup.course, user=people.trainer)
    assert [item.title for item in review.items.all()] == ["Nails may be long."]
    services.approve_course_review(review=review, user=people.reviewer)

    assert sorted(stems_seen_by(learner, setup)) == ["Nails may be long.", "Rings hide germs."]


def test_a_translation_not_yet_published_is_not_shown_to_learners(course_under_review, people, learner):
    setup = course_under_review
    translation = setup.single.copy_for_translation(Locale.objects.get(language_code="ru"))
    translation.stem = "<p>Сколько длится обработка рук?</p>"
    translation.live = False
    translation.save()

    assert stems_seen_by(learner, setup, "ru")[0] == "How long should a hand rub last?"

    Question.objects.filter(pk=translation.pk).update(live=True)
    assert stems_seen_by(learner, setup, "ru")[0] == "Сколько длится обработка рук?"


def test_a_small_fix_to_one_question_goes_through_clinical_review_alone(client, course_under_review, people):
    setup = course_under_review
    client.force_login(people.trainer)

    edit_in_admin(client, setup.single, stem=EDITED_STEM, **{"action-submit": "action-submit"})

    state = WorkflowState.objects.for_instance(Question.objects.get(pk=setup.single.pk)).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.force_login(people.reviewer)
    approve = reverse(
        "wagtailsnippets_assessments_question:workflow_action",
        args=[setup.single.pk, "approve", state.current_task_state.pk],
    )
    response = client.post(approve, {"comment": "Toʻgʻri."})

    assert response.status_code in (200, 302)
    assert strip_tags(Question.objects.get(pk=setup.single.pk).stem) == strip_tags(EDITED_STEM)


def test_the_question_editor_offers_a_trainer_a_draft_and_review_not_publishing(client, course_under_review, people):
    client.force_login(people.trainer)

    response = client.get(reverse("wagtailsnippets_assessments_question:edit", args=[course_under_review.single.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
