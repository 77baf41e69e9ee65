"""OWASP API5:2023 Broken Function Level Authorization.

A read-only token may call every read and no write (generated over every operation); the
calendar feed's secret opens the feed and nothing else; the only operations without a credential
are the few listed here, so a new route cannot become public by accident.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.conftest import PASSWORD, Account, assert_problem
from tests.platform.test_ownership_walk import snapshot
from tests.security.crawl import API, FEED_PARAMETER, fill, operations, owned_ids, populate

PUBLIC_OPERATIONS = {
    "register",
    "login",
    "logout",
    "issue_oauth_token",
    "request_password_reset",
    "confirm_password_reset",
    "get_calendar_feed_ics",
    "health",
    "ready",
}


def test_only_the_known_operations_are_public(app: FastAPI) -> None:
    public = {op.id for op in operations(app) if not op.authenticated}
    assert public == PUBLIC_OPERATIONS


@pytest.fixture(params=["personal", "oauth"])
def read_only(request: pytest.FixtureRequest, client: TestClient, alice: Account) -> str:
    if request.param == "personal":
        created = alice.post(f"{API}/me/tokens", json={"name": "reader", "scopes": ["read"]})
        assert created.status_code == 201, created.text
        return str(created.json()["token"])
    granted = client.post(
        f"{API}/auth/token",
        data={"username": alice.email, "password": PASSWORD, "scope": "read"},
    )
    assert granted.json()["scope"] == "read", granted.text
    return str(granted.json()["access_token"])


def test_a_read_only_token_reads_everything_and_changes_nothing(
    app: FastAPI, client: TestClient, alice: Account, read_only: str
) -> None:
    ids = populate(alice)
    headers = {"Authorization": f"Bearer {read_only}"}
    before = snapshot(app, alice.user_id)
    writes = 0
    for op in operations(app):
        if not op.authenticated:
            continue
        url = fill(op.path, ids)
        if op.method == "get":
            assert client.get(url, headers=headers).status_code == 200, op.label
            continue
        kwargs: dict[str, Any] = {"json": {}} if "requestBody" in op.spec else {}
        response = client.request(op.method.upper(), url, headers=headers, **kwargs)
        assert response.status_code == 403, (op.label, response.text)
        assert_problem(response, 403)
        writes += 1
    assert writes >= 20
    assert snapshot(app, alice.user_id) == before


def test_the_feed_secret_opens_the_feed_and_nothing_else(
    app: FastAPI, client: TestClient, alice: Account
) -> None:
    ids = populate(alice)
    secret = ids[FEED_PARAMETER]
    assert client.get(f"/calendar/{secret}.ics").status_code == 200
    as_bearer = {"Authorization": f"Bearer {secret}"}
    for op in operations(app):
        if op.authenticated and op.method == "get":
            response = client.get(fill(op.path, ids), headers=as_bearer)
            assert response.status_code == 401, op.label
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        assert_problem(client.request(method, f"/calendar/{secret}.ics"), 405)
    assert owned_ids(app, alice.user_id)


def test_a_token_cannot_be_used_to_create_a_broader_one(
    client: TestClient, alice: Account, read_only: str
) -> None:
    headers = {"Authorization": f"Bearer {read_only}"}
    escalate = client.post(
        f"{API}/me/tokens", json={"name": "escalate", "scopes": ["read", "write"]}, headers=headers
    )
    assert_problem(escalate, 403)
