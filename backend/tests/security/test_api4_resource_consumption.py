"""OWASP API4:2023 Unrestricted Resource Consumption — every input has a documented cap.

Generated from the OpenAPI document: every list caps its page size (1–200); every body is refused
over 1 MiB (uploads over 5 MiB) with 413 before it is read; every string and list in every
request schema has a maximum; imports refuse more than 10 000 rows.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.config import Settings
from rapport.imports.formats import MAX_ROWS
from rapport.pagination import MAX_PAGE_SIZE
from tests.conftest import Account, assert_problem
from tests.security.crawl import API, fill, operations, populate, resolve


def test_every_list_caps_its_page_size(app: FastAPI, alice: Account) -> None:
    ids = populate(alice)
    lists = [
        op for op in operations(app) if any(p["name"] == "limit" for p in op.query_parameters())
    ]
    assert len(lists) >= 8
    for op in lists:
        limit = next(p for p in op.query_parameters() if p["name"] == "limit")
        maximum = limit["schema"]["maximum"]
        assert 1 <= maximum <= MAX_PAGE_SIZE, op.label
        url = fill(op.path, ids)
        for refused in (0, maximum + 1, 10**9):
            assert_problem(alice.get(url, params={"limit": refused}), 422)
        assert alice.get(url, params={"limit": maximum}).status_code == 200, op.label


def test_every_body_over_the_limit_is_refused_with_413(
    app: FastAPI, alice: Account, settings: Settings
) -> None:
    ids = populate(alice)
    bodies = [op for op in operations(app) if "requestBody" in op.spec]
    assert len(bodies) >= 15
    for op in bodies:
        upload = op.path.startswith(f"{API}/imports/")
        limit = settings.max_upload_bytes if upload else settings.max_body_bytes
        too_big = b"{" + b" " * limit + b"}"
        response = alice.client.request(
            op.method.upper(),
            fill(op.path, ids),
            content=too_big,
            headers={"content-type": "application/json"},
        )
        assert_problem(response, 413)


def test_an_upload_between_the_body_and_upload_limits_is_read(
    alice: Account, settings: Settings
) -> None:
    size = settings.max_body_bytes + 1000
    csv = b"full_name,email\n" + b"".join(
        f"Person {i},p{i}@example.edu\n".encode() for i in range(size // 25)
    )
    assert settings.max_body_bytes < len(csv) < settings.max_upload_bytes
    response = alice.post(
        f"{API}/imports/contacts",
        params={"dry_run": "true"},
        files={"file": ("contacts.csv", csv, "text/csv")},
    )
    assert response.status_code != 413, response.text


def test_an_import_over_the_row_cap_is_refused_whole(client: TestClient, alice: Account) -> None:
    csv = b"full_name\n" + b"x\n" * (MAX_ROWS + 1)
    response = alice.post(
        f"{API}/imports/contacts", files={"file": ("contacts.csv", csv, "text/csv")}
    )
    assert_problem(response, 422)
    assert alice.get(f"{API}/contacts").json()["items"] == []


_FIXED_FORMATS = ("uuid", "date-time", "date", "binary")


def _uncapped(document: dict[str, Any], schema: dict[str, Any], where: str, seen: set) -> list:
    schema = resolve(document, schema)
    key = id(schema)
    if key in seen:
        return []
    seen.add(key)
    found = []
    kind = schema.get("type")
    bounded_pattern = str(schema.get("pattern", "")).endswith("$") and "{" in schema.get(
        "pattern", ""
    )
    capped = {"maxLength", "enum", "const"} & set(schema) or bounded_pattern
    if kind == "string" and not capped and schema.get("format") not in _FIXED_FORMATS:
        found.append(where)
    if kind == "array":
        if "maxItems" not in schema:
            found.append(where)
        found += _uncapped(document, schema.get("items", {}), f"{where}[]", seen)
    for name, prop in schema.get("properties", {}).items():
        found += _uncapped(document, prop, f"{where}.{name}", seen)
    for alternative in schema.get("anyOf", []) + schema.get("allOf", []):
        found += _uncapped(document, alternative, where, seen)
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        found += _uncapped(document, additional, f"{where}.*", seen)
    return found


def test_every_string_and_list_a_client_sends_has_a_maximum(app: FastAPI) -> None:
    document = app.openapi()
    uncapped = []
    for op in operations(app):
        for parameter in op.spec.get("parameters", []):
            if parameter["in"] == "path":
                continue  # bounded by the HTTP server's request-line limit, and matched exactly
            uncapped += _uncapped(
                document, parameter["schema"], f"{op.id}:{parameter['name']}", set()
            )
        for media, content in op.spec.get("requestBody", {}).get("content", {}).items():
            if media == "application/json":
                uncapped += _uncapped(document, content["schema"], f"{op.id}:body", set())
    assert not uncapped, uncapped


def test_an_interview_with_too_many_questions_is_refused(alice: Account) -> None:
    ids = populate(alice)
    schema = resolve_named("InterviewCreate", alice)
    cap = schema["properties"]["questions"]["maxItems"]
    questions = [{"text": f"Question {i}?"} for i in range(cap + 1)]
    response = alice.post(
        f"{API}/interviews", json={"contact_id": ids["contact_id"], "questions": questions}
    )
    body = assert_problem(response, 422)
    assert "questions" in {e["field"] for e in body["errors"]}
    accepted = alice.post(
        f"{API}/interviews", json={"contact_id": ids["contact_id"], "questions": questions[:cap]}
    )
    assert accepted.status_code == 201, accepted.text


def resolve_named(name: str, account: Account) -> dict[str, Any]:
    document = account.get(f"{API}/openapi.json").json()
    return document["components"]["schemas"][name]
