"""Types every router shares: bounded ids and page numbers (nothing may overflow the database), text a column can
hold, and the problem-details body that every operation may answer with."""

from typing import Annotated

from ninja import Path, Schema
from ninja.pagination import PageNumberPagination
from pydantic import AfterValidator, Field

PAGE_ID_MAX = 2**31 - 1  # Wagtail pages have 32-bit ids
RECORD_ID_MAX = 2**63 - 1
MAX_PAGES = 1_000_000  # a page number past this would overflow the database's OFFSET

PageId = Annotated[int, Path(ge=1, le=PAGE_ID_MAX)]
RecordId = Annotated[int, Path(ge=1, le=RECORD_ID_MAX)]


def _storable(text: str) -> str:
    """Text a database column can hold: no NUL character (PostgreSQL refuses it) and no lone surrogate."""
    if "\x00" in text:
        raise ValueError("must not contain NUL characters")
    try:
        text.encode()
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text") from None
    return text


Text = Annotated[str, Field(pattern=r"^[^\x00]*$"), AfterValidator(_storable)]


class BoundedPages(PageNumberPagination):
    """Page numbers up to MAX_PAGES, 50 items a page."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGES)
        page_size: int | None = Field(None, ge=1)


PROBLEM_SCHEMA = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "code": {"type": ["string", "null"]},
        "errors": {"type": "array", "items": {"type": "object"}},
    },
}
PROBLEMS = {
    400: "A rule of the platform is broken; `detail` says which",
    401: "No valid token or session",
    403: "The caller may not do this, or the token is read-only",
    404: "Not found (or not the caller's to see)",
    409: "Conflicts with the current state (time is up, no attempts left, a concurrent change)",
    413: "The request is too large",
    422: "The request does not match the schema; `errors` name each location",
    429: "Too many requests; try again later",
}


def document_problems(schema: dict) -> dict:
    """Every operation may answer with these problem details; operations that document their own keep theirs."""
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            for status, description in PROBLEMS.items():
                responses.setdefault(
                    str(status),
                    {"description": description, "content": {"application/problem+json": {"schema": PROBLEM_SCHEMA}}},
                )
    return schema


# OpenAPI links: where a response gives the id another operation takes (schemathesis follows them in sequences).
LINKS = {
    ("courses_api_list_courses", 200): {"course_id": ("courses_api_course_detail", "$response.body#/items/0/id")},
    ("courses_api_course_detail", 200): {
        "course_id": ("courses_api_enrol", "$response.body#/id"),
        "quiz_id": ("assessments_api_start_attempt", "$response.body#/quizzes/0"),
    },
    ("courses_api_enrol", 200): {"course_id": ("courses_api_course_detail", "$response.body#/course")},
    ("courses_api_enrol", 201): {"course_id": ("courses_api_course_detail", "$response.body#/course")},
    ("courses_api_my_enrolments", 200): {"course_id": ("courses_api_course_detail", "$response.body#/items/0/course")},
    ("assessments_api_start_attempt", 200): {
        "attempt_id": [
            ("assessments_api_save_answers", "$response.body#/id"),
            ("assessments_api_submit_attempt", "$response.body#/id"),
        ]
    },
    ("assessments_api_save_answers", 200): {
        "attempt_id": ("assessments_api_submit_attempt", "$request.path.attempt_id")
    },
    ("certificates_api_my_certificates", 200): {"code": ("certificates_api_verify", "$response.body#/items/0/code")},
}
LINKS[("assessments_api_start_attempt", 201)] = LINKS[("assessments_api_start_attempt", 200)]


def link_operations(schema: dict) -> dict:
    """Add the links of LINKS to the responses that give the values (start attempt → save answers → submit, …)."""
    operations = {
        operation.get("operationId"): operation
        for path_item in schema.get("paths", {}).values()
        for operation in path_item.values()
    }
    for (source, status), parameters in LINKS.items():
        responses = operations[source]["responses"]
        response = responses.get(status) or responses[str(status)]
        links = response.setdefault("links", {})
        for parameter, targets in parameters.items():
            for target, expression in targets if isinstance(targets, list) else [targets]:
                links[target] = {"operationId": target, "parameters": {parameter: expression}}
    return schema
