"""Text no database can store (NUL, lone surrogates) is refused by every API write with a 400, and nothing is stored."""

import json

import pytest
from django.apps import apps

from lms.api import api
from tests.api.conftest import TokenClient

UNSTORABLE = {"nul": "E\u0000", "lone-surrogate": "\ud800", "reversed-pair": "\udc00\ud800"}
WRITES = ("post", "put", "patch", "delete")


def _write_operations() -> list[tuple[str, str, dict]]:
    schema = api.get_openapi_schema()
    return [
        (method, path, operation)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if method in WRITES
    ]


def _body(operation: dict, text: str) -> str:
    """A JSON body that puts the text in every top-level field of the operation's request, and in a nested one."""
    schema = api.get_openapi_schema()
    content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    reference = content.get("schema", {}).get("$ref", "")
    fields = schema["components"]["schemas"].get(reference.rsplit("/", 1)[-1], {}).get("properties", {})
    return json.dumps({**dict.fromkeys(fields, text), "nested": [{"text": text}]})  # \uXXXX escapes, as a client sends


def _row_counts() -> dict[str, int]:
    return {model._meta.label: model.objects.count() for model in apps.get_models() if model._meta.managed}


def test_the_schema_lists_write_operations():
    assert len(_write_operations()) >= 5


@pytest.mark.parametrize("text", UNSTORABLE.values(), ids=UNSTORABLE.keys())
def test_every_api_write_refuses_text_no_database_can_store(write_token, text):
    client = TokenClient(write_token)
    before = _row_counts()

    for method, path, operation in _write_operations():
        url = path.replace("{", "").replace("}", "")
        for parameter in operation.get("parameters", []):
            url = url.replace(parameter["name"], "1") if parameter["in"] == "path" else url
        response = getattr(client, method)(url, _body(operation, text), content_type="application/json")

        assert response.status_code == 400, (method, url, response.content[:200])
        assert response["Content-Type"] == "application/problem+json"
        assert "NUL" in response.json()["detail"]

    assert _row_counts() == before
