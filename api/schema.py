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
