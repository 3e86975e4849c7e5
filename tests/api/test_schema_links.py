"""The OpenAPI schema says which response gives the id another operation takes (links), for clients and fuzzing."""

from lms.api import api


def test_starting_an_attempt_links_to_saving_answers_and_submitting_it():
    schema = api.get_openapi_schema()
    started = schema["paths"]["/api/v1/quizzes/{quiz_id}/attempts/"]["post"]["responses"][201]
    saved = schema["paths"]["/api/v1/attempts/{attempt_id}/answers/"]["put"]["responses"][200]

    assert {name: link["parameters"] for name, link in started["links"].items()} == {
        "assessments_api_save_answers": {"attempt_id": "$response.body#/id"},
        "assessments_api_submit_attempt": {"attempt_id": "$response.body#/id"},
    }
    assert saved["links"]["assessments_api_submit_attempt"]["parameters"] == {"attempt_id": "$request.path.attempt_id"}


def test_every_link_leads_to_an_operation_of_the_schema():
    schema = api.get_openapi_schema()
    operations = [operation for path in schema["paths"].values() for operation in path.values()]
    ids = {operation["operationId"] for operation in operations}

    targets = [
        link["operationId"]
        for operation in operations
        for response in operation["responses"].values()
        for link in response.get("links", {}).values()
    ]

    assert len(targets) >= 8
    assert set(targets) <= ids


def test_a_course_links_to_starting_an_attempt_at_its_first_quiz():
    schema = api.get_openapi_schema()
    detail = schema["paths"]["/api/v1/courses/{course_id}/"]["get"]["responses"][200]

    assert detail["links"]["assessments_api_start_attempt"]["parameters"] == {"quiz_id": "$response.body#/quizzes/0"}
