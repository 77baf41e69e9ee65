"""OWASP API3:2023 Broken Object Property Level Authorization.

No hash or stored secret ever leaves the server, in any answer of a generated crawl; a secret
shown once (a new token, a webhook's signing secret) is shown once only and never kept at rest;
clients can never set who owns an object.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from rapport.accounts.models import User
from rapport.auth.models import AccessToken
from rapport.idempotency.models import IdempotencyRecord
from rapport.shares.models import Share
from rapport.webhooks.models import Webhook
from tests.conftest import PASSWORD, Account, assert_problem
from tests.factories import create_share
from tests.security.crawl import API, crawl, fill, operations, owned_ids, populate

SENSITIVE_KEY = re.compile(r"hash|password|secret|encrypted", re.IGNORECASE)


def _stored_secrets(app: FastAPI) -> set[str]:
    """Every hash and encrypted secret the database holds."""
    values: set[str] = set()
    with app.state.db.sessionmaker() as session:
        for user in session.scalars(select(User)):
            values |= {user.password_hash, *filter(None, [user.calendar_feed_hash])}
        values |= set(session.scalars(select(AccessToken.token_hash)))
        values |= set(session.scalars(select(IdempotencyRecord.request_hash)))
        values |= set(session.scalars(select(Webhook.secret_encrypted)))
        values |= set(session.scalars(select(Share.token_hash)))
    return {value for value in values if value}


def _keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def test_no_answer_of_a_full_crawl_holds_a_hash_or_stored_secret(
    app: FastAPI, client: TestClient, alice: Account
) -> None:
    ids = populate(alice)
    webhook_secret = alice.post(
        f"{API}/webhooks",
        json={"url": "https://hooks.example.com/x", "events": ["contact.created"]},
    ).json()["secret"]
    alice.post(f"{API}/contacts", json={"full_name": "Keyed"}, headers={"Idempotency-Key": "k1"})
    share_link = create_share(alice)["token"]
    stored = _stored_secrets(app)
    assert len(stored) >= 6
    raw_secrets = {alice.token, webhook_secret, share_link}
    answers = list(crawl(alice, app, ids))
    signed_in = client.post(f"{API}/auth/login", json={"email": alice.email, "password": PASSWORD})
    answers.append(("login", signed_in))
    for label, response in answers:
        body = response.text
        assert not {s for s in stored if s in body}, f"{label} shows a stored hash or secret"
        assert not {s for s in raw_secrets if s in body}, f"{label} shows a secret again"
        assert "$argon2" not in body, label
        if response.headers.get("content-type", "").startswith("application/json"):
            keys = {k for k in _keys(response.json()) if SENSITIVE_KEY.search(k)}
            assert not keys - {"csrf_token"}, (label, keys)


def test_a_retried_create_that_reveals_a_secret_is_refused_and_nothing_is_kept(
    app: FastAPI, alice: Account
) -> None:
    for path, body, field in [
        (f"{API}/me/tokens", {"name": "retry"}, "token"),
        (
            f"{API}/webhooks",
            {"url": "https://hooks.example.com/r", "events": ["contact.created"]},
            "secret",
        ),
        (f"{API}/shares", {"counselor_email": "retry.counselor@example.edu"}, "token"),
    ]:
        headers = {"Idempotency-Key": f"secret-{path}"}
        first = alice.post(path, json=body, headers=headers)
        assert first.status_code == 201, first.text
        retry = alice.post(path, json=body, headers=headers)
        assert_problem(retry, 409)
        assert first.json()[field] not in retry.text
        with app.state.db.sessionmaker() as session:
            kept = session.scalars(select(IdempotencyRecord.response_body)).all()
        assert all(first.json()[field].encode() not in saved for saved in kept)
    assert len(alice.get(f"{API}/me/tokens").json()["items"]) == 2  # tests + retry, once
    assert len(alice.get(f"{API}/webhooks").json()["items"]) == 1
    assert len(alice.get(f"{API}/shares").json()["items"]) == 1


def test_owner_ids_are_never_accepted_from_clients(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    """Every body refuses an owner field by name (422 naming it), whatever else is wrong."""
    ids = populate(alice)
    document = app.openapi()
    bobs_before = owned_ids(app, bob.user_id)
    tried = []
    for op in operations(app):
        schema = op.body_schema(document)
        if (
            schema is None
            or not op.authenticated
            or "application/json" not in op.spec["requestBody"].get("content", {})
        ):
            continue
        for field in ("user_id", "owner_id"):
            response = alice.client.request(
                op.method.upper(), fill(op.path, ids), json={field: bob.user_id}
            )
            body = assert_problem(response, 422)
            assert field in {e["field"] for e in body.get("errors", [])}, (op.label, body)
            tried.append(op.label)
    assert len(tried) >= 10
    assert owned_ids(app, bob.user_id) == bobs_before


def test_read_models_never_expose_hash_or_secret_fields(app: FastAPI) -> None:
    """Statically, over the OpenAPI document: only the two create-once answers carry a secret."""
    document = app.openapi()
    allowed = {
        ("TokenCreated", "token"),
        ("WebhookCreated", "secret"),
        ("ShareCreated", "token"),
        ("SessionRead", "csrf_token"),
        ("OAuthToken", "access_token"),
    }
    requests = {
        name
        for op in operations(app)
        for name in re.findall(
            r'"#/components/schemas/(\w+)"', json.dumps(op.spec.get("requestBody", {}))
        )
    }
    offending = []
    for name, schema in document["components"]["schemas"].items():
        if name in requests:
            continue
        for prop in schema.get("properties", {}):
            sensitive = SENSITIVE_KEY.search(prop) or prop in ("token", "access_token")
            if sensitive and (name, prop) not in allowed:
                offending.append(f"{name}.{prop}")
    assert not offending, json.dumps(offending)
