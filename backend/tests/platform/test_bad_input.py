"""Bad input of every shape gets a 4xx problem+json, never a 500, and changes nothing."""

from __future__ import annotations

import pytest

from tests.conftest import Account, assert_problem
from tests.contacts.test_contacts import create


def test_malformed_json_is_422(alice: Account) -> None:
    response = alice.post(
        "/api/v1/contacts",
        content=b'{"full_name": "A",',
        headers={"content-type": "application/json"},
    )
    body = assert_problem(response, 422)
    assert "JSON" in body["errors"][0]["message"]


@pytest.mark.parametrize("body", [b"[]", b"null", b"42", b'"text"', b"\xff\xfe"])
def test_a_body_that_is_not_an_object_is_422(alice: Account, body: bytes) -> None:
    response = alice.post(
        "/api/v1/contacts", content=body, headers={"content-type": "application/json"}
    )
    assert_problem(response, 422)


def test_a_non_json_content_type_is_415(alice: Account) -> None:
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data"):
        response = alice.post(
            "/api/v1/contacts",
            content=b'{"full_name": "A"}',
            headers={"content-type": content_type},
        )
        assert_problem(response, 415)
    assert alice.get("/api/v1/contacts").json()["items"] == []


def test_a_huge_body_is_413_whether_declared_or_streamed(alice: Account) -> None:
    huge = b'{"full_name": "' + b"x" * 2_000_000 + b'"}'
    assert_problem(
        alice.post("/api/v1/contacts", content=huge, headers={"content-type": "application/json"}),
        413,
    )

    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"full_name": "'
        for _ in range(200):
            yield b"x" * 10_000
        yield b'"}'

    streamed = alice.post(
        "/api/v1/contacts", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_problem(streamed, 413)
    assert alice.get("/api/v1/contacts").json()["items"] == []


@pytest.mark.parametrize(
    "bad_id", ["123", "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "%20"]
)
def test_malformed_ids_in_paths_are_4xx(alice: Account, bad_id: str) -> None:
    for method in ("GET", "PATCH", "DELETE"):
        response = alice.client.request(method, f"/api/v1/contacts/{bad_id}", json={})
        assert response.status_code in (404, 422), response.text
        assert response.headers["content-type"].startswith("application/problem+json")


def test_wrong_types_in_a_patch_change_nothing(alice: Account) -> None:
    contact = create(alice, full_name="Kept", title="Kept")
    for body in (
        {"title": 5},
        {"tags": "one"},
        {"keep_in_touch_days": True, "title": "New"},
        {"title": "New", "surprise": 1},
        {"connection": ["alum"]},
    ):
        assert_problem(alice.patch(f"/api/v1/contacts/{contact['id']}", json=body), 422)
    after = alice.get(f"/api/v1/contacts/{contact['id']}").json()
    assert after["title"] == "Kept" and after["updated_at"] == contact["updated_at"]


def test_unknown_routes_and_methods_are_problems(alice: Account) -> None:
    assert_problem(alice.get("/api/v1/nothing-here"), 404)
    assert_problem(alice.client.put("/api/v1/contacts", json={}), 405)


def test_errors_never_leak_internals(alice: Account) -> None:
    response = alice.get("/api/v1/contacts?limit=abc")
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "query.limit"
    assert "sqlalchemy" not in response.text.lower() and 'File "' not in response.text
