"""Text hygiene (rapport/text.py): a NUL character or an unpaired surrogate is refused with a
422 naming the field, wherever text comes in — never stored, never a 500 (Postgres cannot store
NUL). The cases are generated from the served OpenAPI document, so a string field or parameter
added tomorrow is covered the day it appears.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi import FastAPI

from rapport.schemas import NONBLANK_PATTERN
from tests.conftest import Account, assert_problem
from tests.reliability.fuzzing import served_document
from tests.security.crawl import Operation, fill, populate, resolve

DOCUMENT = served_document()
BAD_TEXT = {"NUL": "Sam\u0000Rivera", "unpaired surrogate": "Sam\ud8b0Rivera"}
# Uploads are files, checked as files (tests/imports): a NUL byte makes one "binary".
FILE_FIELDS = frozenset({"file"})


def _operations() -> list[Operation]:
    return [
        Operation(path, method, spec)
        for path, item in DOCUMENT["paths"].items()
        for method, spec in item.items()
    ]


def string_fields(schema: dict[str, Any], path: str = "") -> Iterator[str]:
    """Dotted paths of every string a request body can carry (`questions.0.text`)."""
    schema = resolve(DOCUMENT, schema)
    for keyword in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(keyword, []):
            yield from string_fields(branch, path)
    if schema.get("type") == "string" and not {"enum", "const"} & schema.keys():
        yield path
    for name, prop in schema.get("properties", {}).items():
        if name not in FILE_FIELDS:
            yield from string_fields(prop, f"{path}.{name}" if path else name)
    if schema.get("type") == "array" and "items" in schema:
        yield from string_fields(schema["items"], f"{path}.0" if path else "0")


def _nested(path: str, value: str) -> Any:
    """A body holding `value` at the dotted `path` (digits are list indexes)."""
    node: Any = value
    for part in reversed(path.split(".")):
        node = [node] if part.isdigit() else {part: node}
    return node


def _json_fields() -> list[Any]:
    cases = []
    for op in _operations():
        content = op.spec.get("requestBody", {}).get("content", {})
        if "application/json" not in content:
            continue
        fields = sorted(set(string_fields(content["application/json"]["schema"])))
        cases.append(pytest.param(op, fields, id=op.label))
    return cases


def _query_parameters() -> list[Any]:
    return [
        pytest.param(op, parameter["name"], id=f"{op.label} ?{parameter['name']}")
        for op in _operations()
        for parameter in op.query_parameters()
    ]


def _form_fields() -> list[Any]:
    cases = []
    for op in _operations():
        content = op.spec.get("requestBody", {}).get("content", {})
        form = content.get("application/x-www-form-urlencoded")
        if form is not None:
            for field in sorted(set(string_fields(form["schema"]))):
                cases.append(pytest.param(op, field, id=f"{op.label} {field}"))
    return cases


def _names_the_field(body: dict[str, Any], field: str) -> bool:
    # A list of strings is checked as one field (`tags`), naming the item in the message.
    return any(
        (field == error["field"] or field.startswith(error["field"] + "."))
        and "NUL" in error["message"]
        for error in body.get("errors", [])
    )


def test_every_kind_of_input_is_covered() -> None:
    # The generated cases below would pass vacuously if the document had no such inputs.
    assert len(_json_fields()) > 20
    assert len(_query_parameters()) > 20
    assert _form_fields()


@pytest.mark.parametrize(("op", "fields"), _json_fields())
def test_every_string_in_a_json_body_refuses_nul_and_unpaired_surrogates(
    alice: Account, op: Operation, fields: list[str]
) -> None:
    url = fill(op.path, populate(alice)) if op.parameters else op.path
    for field in fields:
        for kind, bad in BAD_TEXT.items():
            response = alice.client.request(
                op.method.upper(),
                url,
                # ASCII JSON: an unpaired surrogate travels as its escape, \ud8b0.
                content=json.dumps(_nested(field, bad)),
                headers={"Content-Type": "application/json"},
            )
            body = assert_problem(response, 422)
            assert _names_the_field(body, field), (op.label, field, kind, body)


@pytest.mark.parametrize(("op", "name"), _query_parameters())
def test_every_query_parameter_refuses_nul(alice: Account, op: Operation, name: str) -> None:
    url = fill(op.path, populate(alice)) if op.parameters else op.path
    response = alice.client.request(op.method.upper(), f"{url}?{name}=Sam%00Rivera")
    body = assert_problem(response, 422)
    assert [error["field"] for error in body["errors"]] == [f"query.{name}"]


@pytest.mark.parametrize(("op", "field"), _form_fields())
def test_every_form_field_refuses_nul(alice: Account, op: Operation, field: str) -> None:
    response = alice.client.request(
        op.method.upper(),
        op.path,
        content=f"{quote(field)}=Sam%00Rivera",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    body = assert_problem(response, 422)
    assert [error["field"] for error in body["errors"]] == [field]


def test_a_path_with_nul_is_refused(alice: Account) -> None:
    body = assert_problem(alice.get("/api/v1/contacts/Sam%00Rivera"), 422)
    assert [error["field"] for error in body["errors"]] == ["path"]


def test_refused_text_is_not_stored(alice: Account) -> None:
    assert_problem(alice.post("/api/v1/contacts", json={"full_name": BAD_TEXT["NUL"]}), 422)
    assert alice.get("/api/v1/contacts").json()["items"] == []


def test_a_restored_archive_with_nul_in_a_record_names_the_field(alice: Account) -> None:
    archive = {
        "format": "rapport-export",
        "version": 1,
        "user": {"name": "Alice Ng"},
        "contacts": [{"id": "6b4f1c1e-0000-4000-8000-000000000001", "full_name": BAD_TEXT["NUL"]}],
    }
    files = {"file": ("export.json", json.dumps(archive).encode(), "application/json")}
    body = assert_problem(alice.post("/api/v1/imports/archive", files=files), 422)
    assert _names_the_field(body, "contacts.0.full_name"), body
    assert alice.get("/api/v1/contacts").json()["items"] == []


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("contacts.csv", b"full_name,email\nSam\x00Rivera,sam@example.org\n"),
        ("contacts.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sam\x00Rivera\r\nEND:VCARD\r\n"),
    ],
)
def test_an_imported_file_with_nul_is_refused_as_not_text(
    alice: Account, name: str, data: bytes
) -> None:
    files = {"file": (name, data, "application/octet-stream")}
    body = assert_problem(alice.post("/api/v1/imports/contacts", files=files), 422)
    assert [error["field"] for error in body["errors"]] == ["file"]
    assert alice.get("/api/v1/contacts").json()["items"] == []


def test_a_webhook_payload_field_with_nul_is_refused(app: FastAPI, alice: Account) -> None:
    # Webhook deliveries are built from stored data, which can never hold refused text.
    body = assert_problem(
        alice.post(
            "/api/v1/webhooks",
            json={
                "url": "https://hooks.example.edu/rapport",
                "events": ["contact.created"],
                "description": BAD_TEXT["NUL"],
            },
        ),
        422,
    )
    assert _names_the_field(body, "description")


def test_the_nonblank_pattern_refuses_just_what_stripping_leaves_empty() -> None:
    """Blank text is stripped to nothing and refused; the document's pattern must say exactly
    that. Its white space is spelled out, because `\\s` in a JSON Schema pattern (ECMA-262) is
    another set than the one `str.strip()` removes (U+0085 is one, U+FEFF is not)."""
    assert "\\s" not in NONBLANK_PATTERN
    characters = (chr(c) for c in range(1, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    refused = [c for c in characters if re.fullmatch(NONBLANK_PATTERN, c) is None]
    assert refused == [c for c in map(chr, range(1, 0x110000)) if c.isspace()]
    assert re.fullmatch(NONBLANK_PATTERN, "\u0085 Sam \ufeff")


def test_a_comment_of_white_space_only_is_refused(bob: Account, make_account: Any) -> None:
    """U+0085 (next line) alone: white space to Python, so blank (the case Schemathesis found)."""
    counselor = make_account("Career Counselor", email="counselor@example.edu")
    share = bob.post("/api/v1/shares", json={"counselor_email": "counselor@example.edu"})
    assert share.status_code == 201, share.text
    comments = f"/api/v1/shared/{share.json()['id']}/comments"
    response = counselor.post(comments, json={"body": "\u0085"})
    assert assert_problem(response, 422)["errors"][0]["field"] == "body"
    assert counselor.get(comments).json()["items"] == []
