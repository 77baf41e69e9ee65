"""OWASP API2:2023 Broken Authentication.

Every protected operation (generated from the OpenAPI document) refuses missing, unknown,
malformed, revoked and expired credentials; sign-in failures look the same whatever was wrong;
throttling is kept in the database, so separate server processes share it.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from rapport.auth.models import AccessToken
from rapport.config import Settings
from rapport.db import utcnow
from tests.conftest import PASSWORD, Account, assert_problem
from tests.live import register, require_postgres, serve
from tests.security.crawl import API, fill, operations, populate

LOGIN = f"{API}/auth/login"


def _call_every_protected_operation(
    app: FastAPI, client: TestClient, ids: dict[str, str], headers: dict[str, str]
) -> list[tuple[str, Any]]:
    answers = []
    for op in operations(app):
        if not op.authenticated:
            continue
        kwargs: dict[str, Any] = {"headers": headers}
        if "requestBody" in op.spec:
            kwargs["json"] = {}
        response = client.request(op.method.upper(), fill(op.path, ids), **kwargs)
        answers.append((op.label, response))
    assert len(answers) >= 20
    return answers


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer rpt_" + "x" * 43,
        "Bearer ",
        "Basic YWxpY2U6c2VjcmV0",
        "Token rpt_abc",
        "bearer",
    ],
)
def test_every_protected_operation_refuses_a_missing_or_bad_credential(
    app: FastAPI, client: TestClient, alice: Account, authorization: str | None
) -> None:
    ids = populate(alice)
    headers = {"Authorization": authorization} if authorization is not None else {}
    for label, response in _call_every_protected_operation(app, client, ids, headers):
        assert response.status_code == 401, (label, response.text)
        assert_problem(response, 401)
        assert response.headers["www-authenticate"] == "Bearer", label


def test_a_revoked_token_stops_working_at_once_everywhere(
    app: FastAPI, client: TestClient, alice: Account
) -> None:
    ids = populate(alice)
    second = alice.post(f"{API}/me/tokens", json={"name": "phone"}).json()
    headers = {"Authorization": f"Bearer {second['token']}"}
    assert client.get(f"{API}/contacts", headers=headers).status_code == 200
    assert alice.delete(f"{API}/me/tokens/{second['id']}").status_code == 204
    for label, response in _call_every_protected_operation(app, client, ids, headers):
        assert response.status_code == 401, (label, response.text)


def test_an_expired_token_is_refused(app: FastAPI, client: TestClient, alice: Account) -> None:
    with app.state.db.sessionmaker() as session, session.begin():
        session.execute(update(AccessToken).values(expires_at=utcnow() - timedelta(seconds=1)))
    response = client.get(f"{API}/me", headers={"Authorization": f"Bearer {alice.token}"})
    assert_problem(response, 401)


def test_logout_with_a_bearer_token_revokes_it(client: TestClient, alice: Account) -> None:
    headers = {"Authorization": f"Bearer {alice.token}"}
    assert client.post(f"{API}/auth/logout", headers=headers).status_code == 204
    assert_problem(client.get(f"{API}/me", headers=headers), 401)


def test_a_session_cookie_secret_is_not_a_bearer_token(client: TestClient, alice: Account) -> None:
    signed_in = client.post(LOGIN, json={"email": alice.email, "password": PASSWORD})
    session_secret = signed_in.cookies["rapport_session"]
    anonymous = TestClient(client.app)
    response = anonymous.get(f"{API}/me", headers={"Authorization": f"Bearer {session_secret}"})
    assert_problem(response, 401)


def test_changing_the_password_ends_other_sessions_and_password_grant_tokens(
    client: TestClient, alice: Account
) -> None:
    browser = TestClient(client.app)
    assert browser.post(LOGIN, json={"email": alice.email, "password": PASSWORD}).is_success
    grant = client.post(
        f"{API}/auth/token", data={"username": alice.email, "password": PASSWORD}
    ).json()["access_token"]
    changed = alice.post(
        f"{API}/me/password",
        json={"current_password": PASSWORD, "new_password": "a whole new passphrase"},
    )
    assert changed.status_code == 204, changed.text
    assert_problem(browser.get(f"{API}/me"), 401)
    assert_problem(client.get(f"{API}/me", headers={"Authorization": f"Bearer {grant}"}), 401)
    assert alice.get(f"{API}/me").status_code == 200  # personal tokens stay


def _comparable(response: Any) -> tuple[int, str, dict[str, str]]:
    headers = {k: v for k, v in response.headers.items() if k not in ("date", "content-length")}
    return response.status_code, response.text, headers


@pytest.mark.parametrize("endpoint", ["login", "token"])
def test_unknown_email_and_wrong_password_answer_identically(
    client: TestClient, alice: Account, endpoint: str
) -> None:
    def attempt(email: str, password: str) -> Any:
        if endpoint == "login":
            return client.post(LOGIN, json={"email": email, "password": password})
        return client.post(f"{API}/auth/token", data={"username": email, "password": password})

    wrong_password = attempt(alice.email, "not the password")
    unknown_email = attempt("nobody@example.edu", "not the password")
    assert_problem(wrong_password, 401)
    assert _comparable(wrong_password) == _comparable(unknown_email)


def test_a_cookie_write_without_the_csrf_header_is_refused(
    client: TestClient, alice: Account
) -> None:
    browser = TestClient(client.app)
    browser.post(LOGIN, json={"email": alice.email, "password": PASSWORD})
    response = browser.post(f"{API}/contacts", json={"full_name": "Forged"})
    assert_problem(response, 403)
    cross_site = browser.post(
        f"{API}/contacts",
        json={"full_name": "Forged"},
        headers={"Origin": "https://evil.example", "X-CSRF-Token": browser.cookies["rapport_csrf"]},
    )
    assert_problem(cross_site, 403)
    assert alice.get(f"{API}/contacts").json()["items"] == []


# --- throttling across server processes (Postgres) ------------------------------------------


def _fail(base: str, email: str) -> httpx.Response:
    return httpx.post(f"{base}{LOGIN}", json={"email": email, "password": "wrong"}, timeout=30)


def test_account_throttling_is_shared_by_separate_server_processes(
    app: FastAPI, database_url: str, settings: Settings, tmp_path: Path
) -> None:
    require_postgres(database_url)
    email = f"throttled.{secrets.token_hex(4)}@example.edu"
    with (
        serve(database_url, tmp_path / "a") as first,
        serve(database_url, tmp_path / "b") as second,
    ):
        register(first, email, PASSWORD)
        servers = [first, second]
        for attempt in range(settings.login_max_failures_per_account):
            assert _fail(servers[attempt % 2], email).status_code == 401
        for base in servers:
            blocked = httpx.post(
                f"{base}{LOGIN}", json={"email": email, "password": PASSWORD}, timeout=30
            )
            assert blocked.status_code == 429, (base, blocked.text)
            assert blocked.headers["content-type"].startswith("application/problem+json")
            assert 0 < int(blocked.headers["retry-after"]) <= settings.login_window_seconds


def test_address_throttling_is_shared_by_the_workers_of_one_server(
    app: FastAPI, database_url: str, tmp_path: Path
) -> None:
    require_postgres(database_url)
    limit = 8  # a lower limit than the default 30 keeps the test quick; the logic is the same
    env = {"RAPPORT_LOGIN_MAX_FAILURES_PER_ADDRESS": str(limit)}
    with serve(database_url, tmp_path, workers=2, env=env) as base:
        for attempt in range(limit):
            # A new connection each time, so the kernel spreads them over both workers.
            assert _fail(base, f"guess{attempt}@example.edu").status_code == 401
        for _ in range(4):
            blocked = _fail(base, f"fresh.{secrets.token_hex(3)}@example.edu")
            assert blocked.status_code == 429, blocked.text
            assert int(blocked.headers["retry-after"]) > 0
