"""Deleting your account: everything in it goes at once, nothing of anyone else's does."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from rapport.config import Settings
from rapport.models import Base
from rapport.notifications.models import OutgoingEmail
from tests.conftest import PASSWORD, Account, assert_problem, register_account
from tests.factories import PATH_OBJECTS, counselor_link, create_share
from tests.platform.test_ownership_walk import snapshot

DELETE = "/api/v1/me/delete"


def row_counts(app: FastAPI) -> dict[str, int]:
    """How many rows every table holds (each test starts from empty tables)."""
    with app.state.db.sessionmaker() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def fill(app: FastAPI, account: Account) -> None:
    """One of everything the account can own, and what hangs from it."""
    for name, make in PATH_OBJECTS.items():
        if name != "shared_id":  # a share of another student's, not the account's
            make(account)
    share = create_share(account)
    counselor = counselor_link(app, share["token"])
    assert counselor.get(f"/api/v1/shared/{share['id']}").status_code == 200  # an access logged
    # A webhook subscribed to an event that then happens: a delivery waits for the worker.
    account.post(
        "/api/v1/webhooks",
        json={"url": "https://receiver.example.com/hook", "events": ["interaction.created"]},
    )
    contact = account.post("/api/v1/contacts", json={"full_name": "Kim Lee"}).json()
    account.post(
        f"/api/v1/contacts/{contact['id']}/interactions",
        json={"kind": "call"},
        headers={"Idempotency-Key": "log-the-call-once"},
    )
    with app.state.db.sessionmaker.begin() as session:  # a digest the worker has not sent yet
        session.add(
            OutgoingEmail(
                user_id=uuid.UUID(account.user_id),
                dedupe_key="digest:2026-12-04",
                to_address=account.email,
                subject="Rapport: 1 thing due today",
                body_text="Send a thank-you note to Kim Lee",
            )
        )


def test_deleting_the_account_leaves_no_row_of_it_in_any_table(
    app: FastAPI, make_account: Callable[..., Account]
) -> None:
    carol = make_account("Carol Diaz")
    fill(app, carol)
    before = row_counts(app)
    carols = snapshot(app, carol.user_id)

    alice = make_account("Alice Ng")
    fill(app, alice)
    filled = {name for name, count in row_counts(app).items() if count > before[name]}
    # Every table but the sign-in throttle's (keyed by e-mail and client address; pruned daily).
    assert filled == {table.name for table in Base.metadata.sorted_tables} - {"login_failures"}

    response = alice.post(DELETE, json={"password": PASSWORD})

    assert response.status_code == 204, response.text
    assert row_counts(app) == before
    assert snapshot(app, carol.user_id) == carols


def test_the_deleted_account_is_signed_out_everywhere_and_its_address_is_free(
    app: FastAPI, alice: Account
) -> None:
    browser = TestClient(app)
    signed_in = browser.post(
        "/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD}
    )
    csrf = {"X-CSRF-Token": signed_in.json()["csrf_token"]}

    response = browser.post(DELETE, json={"password": PASSWORD}, headers=csrf)

    assert response.status_code == 204, response.text
    cleared = response.headers.get_list("set-cookie")
    assert any(c.startswith("rapport_session=") and "Max-Age=0" in c for c in cleared), cleared
    assert_problem(browser.get("/api/v1/me"), 401)
    assert_problem(alice.get("/api/v1/me"), 401)  # the personal token too
    login = {"email": alice.email, "password": PASSWORD}
    assert_problem(TestClient(app).post("/api/v1/auth/login", json=login), 401)
    again = register_account(app, name="Alice Ng", email=alice.email)
    assert again.user_id != alice.user_id
    assert again.get("/api/v1/contacts").json()["items"] == []


def test_a_wrong_password_deletes_nothing(app: FastAPI, alice: Account) -> None:
    fill(app, alice)
    before = snapshot(app, alice.user_id)

    body = assert_problem(alice.post(DELETE, json={"password": "not my password"}), 403)

    assert body["detail"] == "The password is incorrect."
    for refused in ({}, {"password": "x" * 129}, {"password": PASSWORD, "also": 1}):
        assert_problem(alice.post(DELETE, json=refused), 422)
    assert snapshot(app, alice.user_id) == before
    assert alice.get("/api/v1/me").status_code == 200


def test_guessing_the_password_to_delete_is_throttled_like_signing_in(
    app: FastAPI, client: TestClient, alice: Account, settings: Settings
) -> None:
    for _ in range(settings.login_max_failures_per_account):
        assert_problem(alice.post(DELETE, json={"password": "a guess"}), 403)

    blocked = alice.post(DELETE, json={"password": PASSWORD})

    assert_problem(blocked, 429)
    assert 0 < int(blocked.headers["retry-after"]) <= settings.login_window_seconds
    assert alice.get("/api/v1/me").status_code == 200
    login = {"email": alice.email, "password": PASSWORD}
    assert_problem(client.post("/api/v1/auth/login", json=login), 429)
    change = {"current_password": PASSWORD, "new_password": "a brand new passphrase"}
    assert_problem(alice.post("/api/v1/me/password", json=change), 429)


def test_wrong_current_passwords_count_as_failed_sign_ins(
    client: TestClient, alice: Account, settings: Settings
) -> None:
    change = {"current_password": "a guess", "new_password": "a brand new passphrase"}
    for _ in range(settings.login_max_failures_per_account):
        assert_problem(alice.post("/api/v1/me/password", json=change), 422)

    login = {"email": alice.email, "password": PASSWORD}
    assert_problem(client.post("/api/v1/auth/login", json=login), 429)
    assert_problem(alice.post(DELETE, json={"password": PASSWORD}), 429)


def test_the_right_password_clears_earlier_failures(client: TestClient, alice: Account) -> None:
    # Twice three failures are over the account's limit, unless the success between clears them.
    change = {"current_password": "a guess", "new_password": "a brand new passphrase"}
    for _ in range(3):
        client.post("/api/v1/auth/login", json={"email": alice.email, "password": "wrong"})
    right = {"current_password": PASSWORD, "new_password": "a brand new passphrase"}
    assert alice.post("/api/v1/me/password", json=right).status_code == 204
    for _ in range(3):
        assert_problem(alice.post("/api/v1/me/password", json=change), 422)
    assert alice.post(DELETE, json={"password": "a brand new passphrase"}).status_code == 204


def test_neither_a_read_only_token_nor_a_counselors_link_can_delete_the_account(
    app: FastAPI, alice: Account
) -> None:
    created = alice.post("/api/v1/me/tokens", json={"name": "reader", "scopes": ["read"]})
    reader = TestClient(app, headers={"Authorization": f"Bearer {created.json()['token']}"})
    counselor = counselor_link(app, create_share(alice)["token"])
    before = snapshot(app, alice.user_id)

    assert_problem(reader.post(DELETE, json={"password": PASSWORD}), 403)
    assert_problem(counselor.post(DELETE, json={"password": PASSWORD}), 403)

    assert snapshot(app, alice.user_id) == before


def test_shares_other_students_made_for_the_address_stay_theirs(
    app: FastAPI, make_account: Callable[..., Account]
) -> None:
    carol = make_account("Carol Diaz")
    alice = make_account("Alice Ng")
    share = create_share(carol, counselor_email=alice.email)
    assert alice.get(f"/api/v1/shared/{share['id']}").status_code == 200

    assert alice.post(DELETE, json={"password": PASSWORD}).status_code == 204

    assert carol.get(f"/api/v1/shares/{share['id']}").status_code == 200
    assert (
        counselor_link(app, share["token"]).get(f"/api/v1/shared/{share['id']}").status_code == 200
    )
