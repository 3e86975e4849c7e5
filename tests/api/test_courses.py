"""GET /api/v1/courses/ and /api/v1/courses/{id}/: the catalogue in a language, a course's lessons and quizzes."""

from decimal import Decimal

from assessments.models import QuizPage
from tests.api.conftest import TokenClient
from tests.factories import CadreFactory


def test_the_catalogue_in_each_language_with_canonical_ids(courses, read_token):
    nurse = CadreFactory(isco_code="2221")
    hygiene = courses.course("Qoʻl gigiyenasi", slug="hand-hygiene", lessons=1, cpd_hours=Decimal(2))
    hygiene.target_cadres.set([nurse])
    hygiene.save_revision().publish()
    russian = courses.translate(hygiene, "ru")
    russian.title = "Гигиена рук"
    russian.save_revision().publish()
    courses.course("EHR", slug="ehr", lessons=1)
    client = TokenClient(read_token)

    uzbek = client.get("/api/v1/courses/", {"language": "uz"}).json()
    in_russian = client.get("/api/v1/courses/", {"language": "ru"}).json()
    for_nurses = client.get("/api/v1/courses/", {"cadre": "2221"}).json()

    assert uzbek["count"] == 2
    assert {item["title"] for item in uzbek["items"]} == {"Qoʻl gigiyenasi", "EHR"}
    titles = {item["id"]: (item["title"], item["language"]) for item in in_russian["items"]}
    assert titles[hygiene.pk] == ("Гигиена рук", "ru")
    assert [item["id"] for item in for_nurses["items"]] == [hygiene.pk]
    assert for_nurses["items"][0]["target_cadres"] == ["2221"]
    assert for_nurses["items"][0]["cpd_hours"] == "2.0"


def test_a_course_lists_its_lessons_and_quizzes_in_order(courses, read_token):
    course = courses.course(slug="hand-hygiene", lessons=2)
    quiz = course.add_child(instance=QuizPage(title="Yakuniy test", slug="final", role=QuizPage.Role.FINAL))
    quiz.save_revision().publish()

    body = TokenClient(read_token).get(f"/api/v1/courses/{course.pk}/").json()

    assert [(item["title"], item["kind"], item["order"]) for item in body["items"]] == [
        ("Dars 1", "lesson", 1),
        ("Dars 2", "lesson", 2),
        ("Yakuniy test", "quiz", 3),
    ]
    assert body["items"][2]["id"] == quiz.pk
    assert body["quizzes"] == [quiz.pk]
