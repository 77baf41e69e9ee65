"""Safe retries: `Idempotency-Key` on every create (every authenticated POST answering 201 in the
OpenAPI document) — a retry replays the first answer and creates nothing; the same key with another
body is refused; keys are per user and expire; concurrent duplicates create one object.
"""

from __future__ import annotations

import json
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from rapport.db import utcnow
from rapport.idempotency.models import IdempotencyRecord
from rapport.routing import SECRET_FIELDS
from tests.conftest import Account, assert_problem
from tests.factories import PATH_OBJECTS, make_contact
from tests.security.crawl import API, Operation, fill, operations, owned_ids

# A valid body for every create; "{name}" placeholders are ids of the caller's own objects.
CREATE_BODIES: dict[str, dict[str, Any]] = {
    "create_token": {"name": "retried"},
    "create_contact": {"full_name": "Retried Contact", "keep_in_touch_days": 30},
    "create_interaction": {"kind": "call", "summary": "Quick call"},
    "create_interview": {"contact_id": "{contact_id}", "questions": [{"text": "Why?"}]},
    "create_question": {"text": "What would you do differently?"},
    "create_referral": {"referrer_contact_id": "{contact_id}", "referred": {"full_name": "R"}},
    "create_reminder": {"title": "Follow up", "due_at": "2030-01-01T09:00:00Z"},
    "create_template": {"kind": "outreach", "name": "T", "subject": "Hi", "body": "Hello"},
    "create_webhook": {"url": "https://hooks.example.com/r", "events": ["contact.created"]},
    "create_share": {"counselor_email": "retried.counselor@example.edu"},
    "create_shared_comment": {"body": "Retried comment"},
    "quick_log": {"contact": "Sam Rivera", "kind": "call", "summary": "Talked about Genentech"},
}
ALTERED = {"different": True}


def creates(app: FastAPI) -> list[Operation]:
    return [op for op in operations(app) if op.creates and op.authenticated]


def _reveals_secret(app: FastAPI, op: Operation) -> bool:
    document = app.openapi()
    ref = op.spec["responses"]["201"]["content"]["application/json"]["schema"]["$ref"]
    schema = document["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return bool(SECRET_FIELDS & set(schema.get("properties", {})))


def _request(op: Operation, account: Account) -> tuple[str, dict[str, Any]]:
    ids = {name: PATH_OBJECTS[name](account) for name in ("contact_id",)}
    ids |= {name: PATH_OBJECTS[name](account) for name in op.parameters}
    body = json.loads(fill(json.dumps(CREATE_BODIES[op.id]), ids))
    return fill(op.path, ids), body


def _key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def test_every_create_has_a_body_here(app: FastAPI) -> None:
    missing = {op.id for op in creates(app)} - CREATE_BODIES.keys()
    assert not missing, f"add bodies to CREATE_BODIES for {sorted(missing)}"
    assert len(creates(app)) >= 8


def test_every_create_documents_the_header(app: FastAPI) -> None:
    for op in creates(app):
        names = {p["name"] for p in op.spec["parameters"] if p["in"] == "header"}
        assert "Idempotency-Key" in names, op.label


def test_a_retry_replays_the_first_answer_and_creates_nothing(app: FastAPI, alice: Account) -> None:
    for op in creates(app):
        url, body = _request(op, alice)
        headers = _key()
        first = alice.post(url, json=body, headers=headers)
        assert first.status_code == 201, (op.label, first.text)
        after_first = owned_ids(app, alice.user_id)
        for _ in range(2):
            retry = alice.post(url, json=body, headers=headers)
            if _reveals_secret(app, op):
                assert_problem(retry, 409)  # the secret is shown once and never kept
            else:
                assert retry.status_code == 201, (op.label, retry.text)
                assert retry.json() == first.json(), op.label
                assert retry.headers["location"] == first.headers["location"], op.label
                assert retry.headers.get("etag") == first.headers.get("etag"), op.label
                assert retry.headers["idempotent-replayed"] == "true", op.label
        assert owned_ids(app, alice.user_id) == after_first, op.label


def test_the_same_key_with_another_body_is_refused(app: FastAPI, alice: Account) -> None:
    for op in creates(app):
        url, body = _request(op, alice)
        headers = _key()
        assert alice.post(url, json=body, headers=headers).status_code == 201, op.label
        before = owned_ids(app, alice.user_id)
        problem = assert_problem(alice.post(url, json={**body, **ALTERED}, headers=headers), 422)
        assert problem["errors"][0]["field"] == "header.Idempotency-Key", op.label
        assert owned_ids(app, alice.user_id) == before, op.label


def test_keys_belong_to_one_user(app: FastAPI, alice: Account, bob: Account) -> None:
    for op in creates(app):
        headers = _key()
        url, body = _request(op, alice)
        first = alice.post(url, json=body, headers=headers)
        assert first.status_code == 201, op.label
        url, body = _request(op, bob)
        theirs = bob.post(url, json=body, headers=headers)
        assert theirs.status_code == 201, (op.label, theirs.text)
        assert "idempotent-replayed" not in theirs.headers, op.label
        assert theirs.headers["location"] != first.headers["location"], op.label


def test_a_key_expires(app: FastAPI, alice: Account) -> None:
    url, body = f"{API}/contacts", CREATE_BODIES["create_contact"]
    headers = _key()
    first = alice.post(url, json=body, headers=headers).headers["location"]
    with app.state.db.sessionmaker() as session, session.begin():
        session.execute(
            update(IdempotencyRecord).values(expires_at=utcnow() - timedelta(seconds=1))
        )
    again = alice.post(url, json=body, headers=headers)
    assert again.status_code == 201
    assert "idempotent-replayed" not in again.headers
    assert again.headers["location"] != first


def test_a_key_is_kept_for_the_configured_hours(app: FastAPI, alice: Account) -> None:
    alice.post(f"{API}/contacts", json=CREATE_BODIES["create_contact"], headers=_key())
    hours = app.state.settings.idempotency_key_hours
    with app.state.db.sessionmaker() as session:
        record = session.query(IdempotencyRecord).one()
        kept = record.expires_at - record.created_at
    assert abs(kept - timedelta(hours=hours)) < timedelta(seconds=5)


@pytest.mark.parametrize("attempts", [8])
def test_concurrent_duplicates_create_one_object(
    app: FastAPI, alice: Account, attempts: int
) -> None:
    contact = make_contact(alice)
    url = f"{API}/contacts/{contact}/interactions"
    headers = {"Authorization": f"Bearer {alice.token}", **_key()}
    body = CREATE_BODIES["create_interaction"]

    def send(_: int) -> Any:
        with TestClient(app) as client:
            return client.post(url, json=body, headers=headers)

    with ThreadPoolExecutor(max_workers=attempts) as pool:
        answers = list(pool.map(send, range(attempts)))
    assert {a.status_code for a in answers} == {201}, [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert len(alice.get(url).json()["items"]) == 1


def test_a_phone_shortcut_retried_five_times_logs_one_touch(app: FastAPI, alice: Account) -> None:
    """A shortcut on a flaky network sends the same request (same key) until it hears back."""
    headers = {"Idempotency-Key": "2030-01-01T09:00:00Z"}  # iOS: the Current Date variable
    body = CREATE_BODIES["quick_log"]
    answers = [alice.post(f"{API}/shortcuts/log", json=body, headers=headers) for _ in range(5)]
    assert {a.status_code for a in answers} == {201}, answers[0].text
    assert len({a.headers["location"] for a in answers}) == 1
    assert len({a.text for a in answers}) == 1
    [contact] = alice.get(f"{API}/contacts").json()["items"]
    assert contact["full_name"] == "Sam Rivera"
    touches = alice.get(f"{API}/contacts/{contact['id']}/interactions").json()["items"]
    assert len(touches) == 1
