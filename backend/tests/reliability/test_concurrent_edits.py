"""Concurrent edits: every single object carries an ETag, and a change or delete sent with a stale
`If-Match` is refused (412) with nothing changed — generated over the OpenAPI document.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from tests.conftest import Account, assert_problem
from tests.platform.test_ownership_walk import snapshot
from tests.security.crawl import API, Operation, fill, operations, populate

STALE = '"0"'  # versions start at 1; any tag that is not the current one is stale


def single_object_reads(app: FastAPI) -> list[Operation]:
    return [
        op
        for op in operations(app)
        if op.method == "get" and op.path.endswith("}") and op.authenticated
    ]


def conditional_writes(app: FastAPI) -> list[Operation]:
    return [
        op
        for op in operations(app)
        if op.method in ("patch", "put", "delete") and "{" in op.path and op.authenticated
    ]


def test_every_single_object_read_returns_an_etag(app: FastAPI, alice: Account) -> None:
    ids = populate(alice)
    reads = single_object_reads(app)
    assert len(reads) >= 8
    for op in reads:
        response = alice.get(fill(op.path, ids))
        assert response.status_code == 200, op.label
        tag = response.headers.get("etag")
        assert tag and tag.startswith('"') and tag.endswith('"'), (op.label, tag)
        again = alice.get(fill(op.path, ids))
        assert again.headers["etag"] == tag, f"{op.label}: the tag changes without a change"


def test_every_conditional_write_documents_if_match_and_412(app: FastAPI) -> None:
    for op in conditional_writes(app):
        headers = {p["name"] for p in op.spec.get("parameters", []) if p["in"] == "header"}
        assert "If-Match" in headers, op.label
        assert "412" in op.spec["responses"], op.label


def test_a_stale_if_match_changes_nothing_anywhere(app: FastAPI, alice: Account) -> None:
    ids = populate(alice)
    before = snapshot(app, alice.user_id)
    writes = conditional_writes(app)
    assert len(writes) >= 15
    for op in writes:
        kwargs: dict[str, Any] = {"headers": {"If-Match": STALE}}
        if "requestBody" in op.spec:
            kwargs["json"] = {}
        response = alice.client.request(op.method.upper(), fill(op.path, ids), **kwargs)
        assert response.status_code == 412, (op.label, response.text)
        assert_problem(response, 412)
    assert snapshot(app, alice.user_id) == before


def test_a_malformed_if_match_is_invalid_input_and_changes_nothing(
    app: FastAPI, alice: Account
) -> None:
    # Not a list of entity tags (or longer than documented): 422, not a failed precondition.
    ids = populate(alice)
    before = snapshot(app, alice.user_id)
    for op in conditional_writes(app):
        for malformed in ("0000", '"unterminated', f'"{"0" * 199}"'):
            kwargs: dict[str, Any] = {"headers": {"If-Match": malformed}}
            if "requestBody" in op.spec:
                kwargs["json"] = {}
            response = alice.client.request(op.method.upper(), fill(op.path, ids), **kwargs)
            body = assert_problem(response, 422)
            assert [e["field"] for e in body["errors"]] == ["header.If-Match"], op.label
    assert snapshot(app, alice.user_id) == before


def test_the_if_match_format_is_in_the_document(app: FastAPI) -> None:
    for op in conditional_writes(app):
        (header,) = [p for p in op.spec["parameters"] if p["name"] == "If-Match"]
        assert header["schema"]["pattern"] and header["schema"]["maxLength"] == 200, op.label
        assert "422" in op.spec["responses"], op.label


def test_the_current_tag_lets_a_change_through_and_moves_on(alice: Account) -> None:
    ids = populate(alice)
    url = f"{API}/contacts/{ids['contact_id']}"
    tag = alice.get(url).headers["etag"]
    changed = alice.patch(url, json={"title": "Director"}, headers={"If-Match": tag})
    assert changed.status_code == 200
    assert changed.headers["etag"] != tag
    assert alice.get(url).headers["etag"] == changed.headers["etag"]
    assert alice.patch(url, json={"title": "VP"}, headers={"If-Match": "*"}).status_code == 200


def test_two_people_editing_the_same_object_the_second_is_told(alice: Account) -> None:
    """Alice's laptop and phone both load a contact; the phone saves first."""
    ids = populate(alice)
    for path in (
        f"{API}/contacts/{ids['contact_id']}",
        f"{API}/interviews/{ids['interview_id']}",
        f"{API}/reminders/{ids['reminder_id']}",
    ):
        laptop_tag = alice.get(path).headers["etag"]
        phone_tag = alice.get(path).headers["etag"]
        assert (
            alice.patch(
                path, json={"notes": "from phone"}, headers={"If-Match": phone_tag}
            ).status_code
            == 200
        )
        late = alice.patch(path, json={"notes": "from laptop"}, headers={"If-Match": laptop_tag})
        assert_problem(late, 412)
        assert alice.get(path).json()["notes"] == "from phone"
        gone = alice.delete(path, headers={"If-Match": laptop_tag})
        assert_problem(gone, 412)
        assert alice.get(path).status_code == 200
