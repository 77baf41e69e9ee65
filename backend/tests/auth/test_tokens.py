"""Personal tokens: scopes, expiry, last use, revocation; password changes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from rapport.auth.models import AccessToken
from tests.conftest import PASSWORD, Account, assert_problem


def _token(account: Account, **body: object) -> dict:
    response = account.post("/api/v1/me/tokens", json={"name": "phone", **body})
    assert response.status_code == 201, response.text
    return response.json()


def test_token_secret_is_shown_once(alice: Account) -> None:
    created = _token(alice, scopes=["read"])
    assert created["token"].startswith("rpt_")
    assert alice.get(f"/api/v1/me/tokens/{created['id']}").json().get("token") is None
    listed = alice.get("/api/v1/me/tokens").json()["items"]
    assert {t["name"] for t in listed} == {"tests", "phone"}
    assert created["token"] not in alice.get("/api/v1/me/tokens").text


def test_read_token_can_read_but_not_write(app: FastAPI, alice: Account) -> None:
    created = _token(alice, scopes=["read"])
    reader = TestClient(app, headers={"Authorization": f"Bearer {created['token']}"})
    assert reader.get("/api/v1/contacts").status_code == 200
    assert_problem(reader.post("/api/v1/contacts", json={"full_name": "Nope"}), 403)
    assert_problem(reader.patch("/api/v1/me", json={"name": "Nope"}), 403)
    assert alice.get("/api/v1/contacts").json()["items"] == []


def test_token_scopes_must_include_read(alice: Account) -> None:
    assert_problem(alice.post("/api/v1/me/tokens", json={"name": "x", "scopes": ["write"]}), 422)
    assert_problem(alice.post("/api/v1/me/tokens", json={"name": "x", "scopes": ["admin"]}), 422)


def test_revoked_token_is_refused_at_once(app: FastAPI, alice: Account) -> None:
    created = _token(alice)
    api = TestClient(app, headers={"Authorization": f"Bearer {created['token']}"})
    assert api.get("/api/v1/me").status_code == 200
    assert alice.delete(f"/api/v1/me/tokens/{created['id']}").status_code == 204
    assert_problem(api.get("/api/v1/me"), 401)


def test_expired_token_is_refused(app: FastAPI, alice: Account) -> None:
    created = _token(alice, expires_at=(datetime.now(UTC) + timedelta(days=1)).isoformat())
    with app.state.db.sessionmaker() as session, session.begin():
        session.execute(
            update(AccessToken)
            .where(AccessToken.id == uuid.UUID(created["id"]))
            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    api = TestClient(app, headers={"Authorization": f"Bearer {created['token']}"})
    assert_problem(api.get("/api/v1/me"), 401)


def test_expiry_must_be_in_the_future(alice: Account) -> None:
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    assert_problem(alice.post("/api/v1/me/tokens", json={"name": "x", "expires_at": past}), 422)


def test_token_records_when_it_was_last_used(alice: Account) -> None:
    created = _token(alice)
    assert created["last_used_at"] is None
    tokens = {t["name"]: t for t in alice.get("/api/v1/me/tokens").json()["items"]}
    assert tokens["tests"]["last_used_at"] is not None


def test_password_change_signs_out_other_sessions_but_keeps_personal_tokens(
    app: FastAPI, alice: Account
) -> None:
    other_browser = TestClient(app)
    other_browser.post("/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD})
    assert other_browser.get("/api/v1/me").status_code == 200

    response = alice.post(
        "/api/v1/me/password",
        json={"current_password": PASSWORD, "new_password": "a brand new passphrase"},
    )
    assert response.status_code == 204
    assert_problem(other_browser.get("/api/v1/me"), 401)
    assert alice.get("/api/v1/me").status_code == 200  # the personal token still works
    old = TestClient(app).post(
        "/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD}
    )
    assert_problem(old, 401)
    new = TestClient(app).post(
        "/api/v1/auth/login", json={"email": alice.email, "password": "a brand new passphrase"}
    )
    assert new.status_code == 200


def test_password_change_needs_the_current_password(alice: Account) -> None:
    response = alice.post(
        "/api/v1/me/password",
        json={"current_password": "wrong", "new_password": "a brand new passphrase"},
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "current_password"


def test_profile_and_settings_are_partially_updated(alice: Account) -> None:
    response = alice.patch(
        "/api/v1/me",
        json={
            "pitch": "PhD candidate in chemistry exploring biotech.",
            "settings": {"digest_hour": 7, "default_keep_in_touch_days": 60},
        },
    )
    assert response.status_code == 200
    me = alice.get("/api/v1/me").json()
    assert me["pitch"].startswith("PhD candidate")
    assert me["settings"]["digest_hour"] == 7
    assert me["settings"]["default_keep_in_touch_days"] == 60
    assert me["settings"]["thank_you_within_hours"] == 24
    assert me["name"] == "Alice Ng"


def test_profile_update_refuses_bad_values_and_changes_nothing(alice: Account) -> None:
    for body in (
        {"timezone": "Not/AZone"},
        {"settings": {"digest_hour": 24}},
        {"name": None},
        {"settings": {"thank_you_within_hours": None}},
        {"email": "new@example.edu"},
    ):
        assert_problem(alice.patch("/api/v1/me", json=body), 422)
    me = alice.get("/api/v1/me").json()
    assert me["timezone"] == "UTC" and me["settings"]["digest_hour"] == 8
