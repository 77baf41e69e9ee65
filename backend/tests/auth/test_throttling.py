"""Sign-in throttling is kept in the database, per account and per client address."""

from __future__ import annotations

from fastapi.testclient import TestClient

from rapport.config import Settings
from tests.conftest import PASSWORD, Account, assert_problem


def test_too_many_failures_for_an_account_answer_429_with_retry_after(
    client: TestClient, alice: Account, settings: Settings
) -> None:
    for _ in range(settings.login_max_failures_per_account):
        assert_problem(
            client.post("/api/v1/auth/login", json={"email": alice.email, "password": "wrong"}), 401
        )
    blocked = client.post("/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD})
    assert_problem(blocked, 429)
    assert 0 < int(blocked.headers["retry-after"]) <= settings.login_window_seconds
    token_flow = client.post(
        "/api/v1/auth/token", data={"username": alice.email, "password": PASSWORD}
    )
    assert_problem(token_flow, 429)


def test_a_successful_sign_in_clears_the_account_failures(
    client: TestClient, alice: Account
) -> None:
    # Twice three failures are over the account's limit, unless the success between clears them.
    for _ in range(2):
        for _ in range(3):
            client.post("/api/v1/auth/login", json={"email": alice.email, "password": "wrong"})
        signed_in = client.post(
            "/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD}
        )
        assert signed_in.status_code == 200


def test_many_failures_from_one_address_are_throttled_across_accounts(
    client: TestClient, settings: Settings
) -> None:
    for i in range(settings.login_max_failures_per_address):
        client.post("/api/v1/auth/login", json={"email": f"guess{i}@example.edu", "password": "x"})
    response = client.post(
        "/api/v1/auth/login", json={"email": "fresh@example.edu", "password": "x"}
    )
    assert_problem(response, 429)
