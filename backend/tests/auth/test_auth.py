"""Registration, sign-in, sessions with CSRF defence, and the OAuth2 password flow."""

from __future__ import annotations

import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pwdlib import PasswordHash
from sqlalchemy import func, select

from rapport.auth import service as auth_service
from rapport.auth.models import AccessToken
from tests.conftest import PASSWORD, Account, assert_problem


def _login(app: FastAPI, email: str, password: str = PASSWORD) -> tuple[TestClient, str]:
    browser = TestClient(app)
    response = browser.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return browser, response.json()["csrf_token"]


def test_register_creates_the_account_and_signs_in(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register",
        json={
            "email": "New.Student@Example.edu",
            "password": PASSWORD,
            "name": "New Student",
            "timezone": "America/Chicago",
        },
    )
    assert response.status_code == 201
    assert response.headers["location"] == "/api/v1/me"
    body = response.json()
    assert body["user"]["email"] == "new.student@example.edu"
    assert body["user"]["timezone"] == "America/Chicago"
    assert body["user"]["settings"]["thank_you_within_hours"] == 24
    assert body["user"]["settings"]["follow_up_after_days"] == 14
    assert "password" not in response.text and "hash" not in response.text
    me = client.get("/api/v1/me")
    assert me.status_code == 200
    assert me.json()["name"] == "New Student"


def test_register_refuses_an_email_taken_in_another_case(
    client: TestClient, alice: Account
) -> None:
    response = client.post(
        "/api/v1/auth/register",
        json={"email": alice.email.upper(), "password": PASSWORD, "name": "Someone"},
    )
    assert_problem(response, 409)


def test_register_validates_email_password_and_timezone(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/register",
        json={"email": "not-an-email", "password": "short", "name": "", "timezone": "Mars/Base"},
    )
    body = assert_problem(response, 422)
    fields = {error["field"] for error in body["errors"]}
    assert {"email", "password", "name", "timezone"} <= fields


def test_login_sets_an_httponly_session_cookie(app: FastAPI, alice: Account) -> None:
    browser = TestClient(app)
    response = browser.post("/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD})
    assert response.status_code == 200
    cookies = response.headers.get_list("set-cookie")
    session_cookie = next(c for c in cookies if c.startswith("rapport_session="))
    assert "HttpOnly" in session_cookie and "SameSite=lax" in session_cookie
    csrf_cookie = next(c for c in cookies if c.startswith("rapport_csrf="))
    assert "HttpOnly" not in csrf_cookie
    assert browser.get("/api/v1/me").json()["email"] == alice.email


def test_login_matches_email_case_insensitively(app: FastAPI, alice: Account) -> None:
    _login(app, alice.email.upper())


def test_wrong_password_and_unknown_email_answer_alike(client: TestClient, alice: Account) -> None:
    wrong_password = client.post(
        "/api/v1/auth/login", json={"email": alice.email, "password": "not the password"}
    )
    unknown_email = client.post(
        "/api/v1/auth/login", json={"email": "nobody@example.edu", "password": "not the password"}
    )
    assert_problem(wrong_password, 401)
    assert_problem(unknown_email, 401)
    assert wrong_password.json() == unknown_email.json()


@pytest.mark.parametrize("hasher", [auth_service._STANDARD_HASHER, auth_service._FAST_HASHER])
def test_an_unknown_email_costs_what_a_wrong_password_costs(hasher: PasswordHash) -> None:
    """The hash verified for an unknown e-mail is written in the code: it must keep its hasher's
    parameters (a new pwdlib default would otherwise make unknown e-mails fail faster)."""
    dummy = auth_service._DUMMY_HASHES[hasher]
    (argon2,) = hasher.hashers
    assert argon2.identify(dummy)
    assert not argon2.check_needs_rehash(dummy)
    assert not hasher.verify("not the password", dummy)


def test_logout_invalidates_the_session_cookie(app: FastAPI, alice: Account) -> None:
    browser, csrf = _login(app, alice.email)
    stolen_cookie = browser.cookies.get("rapport_session")
    assert browser.post("/api/v1/auth/logout", headers={"X-CSRF-Token": csrf}).status_code == 204
    replay = TestClient(app, cookies={"rapport_session": stolen_cookie})
    assert_problem(replay.get("/api/v1/me"), 401)


def test_cookie_write_without_csrf_header_is_refused(app: FastAPI, alice: Account) -> None:
    browser, _ = _login(app, alice.email)
    response = browser.post("/api/v1/contacts", json={"full_name": "Forged"})
    assert_problem(response, 403)
    assert browser.get("/api/v1/contacts").json()["items"] == []


def test_cross_site_write_with_cookie_is_refused_even_with_the_token(
    app: FastAPI, alice: Account
) -> None:
    browser, csrf = _login(app, alice.email)
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
        response = browser.post(
            "/api/v1/contacts",
            json={"full_name": "Forged"},
            headers={"X-CSRF-Token": csrf, **headers},
        )
        assert_problem(response, 403)
    same_site = browser.post(
        "/api/v1/contacts",
        json={"full_name": "Real"},
        headers={"X-CSRF-Token": csrf, "Origin": "http://testserver"},
    )
    assert same_site.status_code == 201
    assert [c["full_name"] for c in browser.get("/api/v1/contacts").json()["items"]] == ["Real"]


def test_oauth_password_flow_returns_a_bearer_token(
    app: FastAPI, client: TestClient, alice: Account
) -> None:
    response = client.post(
        "/api/v1/auth/token", data={"username": alice.email, "password": PASSWORD}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "bearer" and body["scope"] == "read write"
    api = TestClient(app, headers={"Authorization": f"Bearer {body['access_token']}"})
    assert api.post("/api/v1/contacts", json={"full_name": "Via OAuth"}).status_code == 201


@pytest.mark.parametrize(
    ("scope", "granted"), [("read", "read"), ("  write read ", "read write"), ("", "read write")]
)
def test_oauth_password_flow_grants_the_scopes_asked_for(
    client: TestClient, alice: Account, scope: str, granted: str
) -> None:
    response = client.post(
        "/api/v1/auth/token", data={"username": alice.email, "password": PASSWORD, "scope": scope}
    )
    assert response.status_code == 200, response.text
    assert response.json()["scope"] == granted


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("scope", "admin"),
        ("scope", "read admin"),
        ("scope", "readwrite"),
        ("username", "a" * 243 + "@example.edu"),
        ("password", "p" * 129),
        ("grant_type", "client_credentials"),
    ],
)
def test_oauth_password_flow_refuses_what_its_schema_does_not_allow(
    app: FastAPI, client: TestClient, alice: Account, field: str, value: str
) -> None:
    """Each limit is stated in the published form schema, and a request past it is a 422 that
    names the field and issues no token."""
    body = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    stated = json.dumps(body["Body_issue_oauth_token"]["properties"][field])
    assert {
        "scope": "read|write",
        "username": '"maxLength": 254',
        "password": '"maxLength": 128',
        "grant_type": "^password$",
    }[field] in stated
    with app.state.db.sessionmaker() as session:
        before = session.scalar(select(func.count()).select_from(AccessToken))
    data = {"username": alice.email, "password": PASSWORD, field: value}
    response = client.post("/api/v1/auth/token", data=data)
    assert assert_problem(response, 422)["errors"][0]["field"] == field
    with app.state.db.sessionmaker() as session:
        assert session.scalar(select(func.count()).select_from(AccessToken)) == before


def test_oauth_password_flow_refuses_bad_credentials(client: TestClient, alice: Account) -> None:
    response = client.post("/api/v1/auth/token", data={"username": alice.email, "password": "nope"})
    assert_problem(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_session_cookie_is_not_accepted_as_a_bearer_token(app: FastAPI, alice: Account) -> None:
    browser, _ = _login(app, alice.email)
    raw = browser.cookies.get("rapport_session")
    api = TestClient(app, headers={"Authorization": f"Bearer {raw}"})
    assert_problem(api.get("/api/v1/me"), 401)


def test_tokens_are_stored_hashed(app: FastAPI, alice: Account) -> None:
    with app.state.db.sessionmaker() as session:
        hashes = session.scalars(select(AccessToken.token_hash)).all()
    assert hashes and alice.token not in hashes
    assert all(len(h) == 64 for h in hashes)


def test_malformed_authorization_header_is_401(app: FastAPI) -> None:
    for header in ("Basic abc", "Bearer", "Bearer    ", "token"):
        api = TestClient(app, headers={"Authorization": header})
        assert_problem(api.get("/api/v1/me"), 401)
