"""The reviewer decides once: approval publishes every item together, a request for changes publishes none."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

from assessments.models import Question
from courses.models import LessonPage
from reviews import services
from reviews.models import CourseReview

from .conftest import draft

HOME = reverse("wagtailadmin_home")


@pytest.fixture
def submitted(course_under_review, people):
    """The trainer changed the lesson and a question of the test, and submitted the course."""
    setup = course_under_review
    draft(setup.lesson, people.trainer, title="Qoʻl yuvish: yangilangan")
    draft(setup.single, people.trainer, stem="<p>How long should a hand rub last, at least?</p>")
    setup.review = services.submit_course_for_review(course=setup.course, user=people.trainer)
    return setup


def decide(client, review, decision, **comments):
    items = {f"item-{item.pk}": comments.pop(item.title, "") for item in review.items.all()}
    return client.post(reverse("course_review", args=[review.pk]), {"decision": decision, **items, **comments})


def test_the_reviewer_sees_one_task_with_the_changed_items_and_their_differences(client, submitted, people):
    client.force_login(people.reviewer)

    home = client.get(HOME).content.decode()
    task = client.get(reverse("course_review", args=[submitted.review.pk])).content.decode()

    assert "Courses awaiting your review" in home
    assert home.count(reverse("course_review", args=[submitted.review.pk])) == 1
    assert "Qoʻl yuvish: yangilangan" in task
    assert "How long should a hand rub last, at least?" in task
    lesson_revision = LessonPage.objects.get(pk=submitted.lesson.pk).latest_revision_id
    question_revision = Question.objects.get(pk=submitted.single.pk).latest_revision_id
    assert reverse("wagtailadmin_pages:revisions_compare", args=[submitted.lesson.pk, "live", lesson_revision]) in task
    compare_question = reverse(
        "wagtailsnippets_assessments_question:revisions_compare", args=[submitted.single.pk, "live", question_revision]
    )
    assert compare_question in task


def test_approval_publishes_every_item_in_one_go_as_the_reviewer(client, submitted, people):
    client.force_login(people.reviewer)

    response = decide(client, submitted.review, "approve")

    assert response.status_code == 302
    lesson = LessonPage.objects.get(pk=submitted.lesson.pk)
    question = Question.objects.get(pk=submitted.single.pk)
    assert lesson.title == "Qoʻl yuvish: yangilangan" and not lesson.has_unpublished_changes
    assert question.stem == "<p>How long should a hand rub last, at least?</p>" and not question.has_unpublished_changes
    review = CourseReview.objects.get()
    assert (review.status, review.decided_by) == (CourseReview.Status.APPROVED, people.reviewer)
    published = PageLogEntry.objects.filter(page=lesson, action="wagtail.publish").latest("timestamp")
    assert published.user == people.reviewer
    assert PageLogEntry.objects.filter(page=submitted.course, action="reviews.approve", user=people.reviewer).exists()


def test_approval_is_all_or_nothing(submitted, people, monkeypatch):
    publish = Revision.publish
    published = []

    def publish_then_fail(revision, **kwargs):
        if published:
            raise RuntimeError("the database went away")
        published.append(revision)
        return publish(revision, **kwargs)

    monkeypatch.setattr(Revision, "publish", publish_then_fail)

    with pytest.raises(RuntimeError):
        services.approve_course_review(review=submitted.review, user=people.reviewer)

    assert len(published) == 1
    assert Question.objects.get(pk=submitted.single.pk).stem == "<p>How long should a hand rub last?</p>"
    assert LessonPage.objects.get(pk=submitted.lesson.pk).title == "Dars 1"
    assert CourseReview.objects.get().status == CourseReview.Status.IN_REVIEW


def test_approval_publishes_the_version_reviewed_not_a_later_edit(submitted, people):
    draft(submitted.single, people.trainer, stem="<p>Edited after the review started.</p>")

    services.approve_course_review(review=submitted.review, user=people.reviewer)

    question = Question.objects.get(pk=submitted.single.pk)
    assert question.stem == "<p>How long should a hand rub last, at least?</p>"
    assert question.has_unpublished_changes  # the later edit waits for the next review


def test_a_request_for_changes_publishes_nothing_and_the_trainer_sees_the_comments(client, submitted, people):
    client.force_login(people.reviewer)

    response = decide(
        client,
        submitted.review,
        "request_changes",
        comment="Almost there.",
        **{"How long should a hand rub last, at least?": "WHO says 20–30 seconds; say so."},
    )

    assert response.status_code == 302
    assert Question.objects.get(pk=submitted.single.pk).stem == "<p>How long should a hand rub last?</p>"
    assert LessonPage.objects.get(pk=submitted.lesson.pk).title == "Dars 1"
    review = CourseReview.objects.get()
    assert review.status == CourseReview.Status.CHANGES_REQUESTED
    assert [item.comment for item in review.items.all()] == ["", "WHO says 20–30 seconds; say so."]

    client.force_login(people.trainer)
    home = client.get(HOME).content.decode()
    assert "Sent back to you" in home
    assert "Almost there." in home
    assert "WHO says 20–30 seconds; say so." in home


def test_a_course_sent_back_and_submitted_again_leaves_the_sent_back_list(client, submitted, people):
    services.request_changes(review=submitted.review, user=people.reviewer, comment="Check the dose.")
    draft(submitted.lesson, people.trainer, title="Dozasi tekshirildi")

    services.submit_course_for_review(course=submitted.course, user=people.trainer)

    client.force_login(people.trainer)
    home = client.get(HOME).content.decode()
    assert "Check the dose." not in home
    assert "Your courses in review" in home


def test_a_request_for_changes_must_say_what_to_change(client, submitted, people):
    client.force_login(people.reviewer)

    response = decide(client, submitted.review, "request_changes")

    assert response.status_code == 400
    assert "Say what to change" in response.content.decode()
    assert CourseReview.objects.get().status == CourseReview.Status.IN_REVIEW


def test_a_review_is_decided_once(client, submitted, people):
    services.approve_course_review(review=submitted.review, user=people.reviewer)
    client.force_login(people.reviewer)

    response = decide(client, submitted.review, "request_changes", comment="Too late.")

    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert CourseReview.objects.get().status == CourseReview.Status.APPROVED


def test_trainers_see_their_review_but_cannot_decide_it(client, submitted, people):
    client.force_login(people.trainer)

    page = client.get(reverse("course_review", args=[submitted.review.pk]))
    response = decide(client, submitted.review, "approve")

    assert page.status_code == 200
    assert "Approve and publish all" not in page.content.decode()
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail turns a refusal into a redirect
    assert CourseReview.objects.get().status == CourseReview.Status.IN_REVIEW
    assert Question.objects.get(pk=submitted.single.pk).stem == "<p>How long should a hand rub last?</p>"


def test_another_trainer_learners_and_anonymous_visitors_cannot_open_a_review(client, submitted, people, learner):
    url = reverse("course_review", args=[submitted.review.pk])

    anonymous = client.get(url)
    client.force_login(people.other_trainer)
    other_trainer = client.get(url)
    client.force_login(learner)
    as_learner = client.get(url)

    assert anonymous.status_code == 302 and "login" in anonymous.url
    assert (other_trainer.status_code, other_trainer["Location"]) == (302, "/admin/")
    assert as_learner.status_code in (302, 403) and "Qoʻl yuvish" not in as_learner.content.decode()


def test_an_item_published_alone_meanwhile_is_not_set_back_by_the_approval(submitted, people):
    newer = draft(submitted.lesson, people.trainer, title="Published alone, after a small fix")
    newer.latest_revision.publish(user=people.reviewer)  # as the single-page workflow does once approved

    services.approve_course_review(review=submitted.review, user=people.reviewer)

    assert LessonPage.objects.get(pk=submitted.lesson.pk).title == "Published alone, after a small fix"
    assert Question.objects.get(pk=submitted.single.pk).stem == "<p>How long should a hand rub last, at least?</p>"
