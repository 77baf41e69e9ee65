"""Forgot your password: a link by e-mail (a real SMTP server, aiosmtpd, and the real worker), or
`rapport user set-password` on a server that sends no e-mail."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from rapport.accounts.models import User
from rapport.auth import service as auth_service
from rapport.config import Settings
from rapport.db import utcnow
from rapport.main import create_app
from rapport.notifications.models import OutgoingEmail
from rapport.worker import Worker
from tests.conftest import PASSWORD, Account, assert_problem
from tests.worker.servers import SmtpServer, free_port, make_worker, smtp_server

__all__ = ["make_worker", "smtp_server"]

RESET = "/api/v1/auth/password-reset"
CONFIRM = "/api/v1/auth/password-reset/confirm"
NEW_PASSWORD = "a brand new passphrase"
APP_URL = "https://rapport.example.edu"


def mail(port: int) -> dict[str, Any]:
    return {"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_tls": "none", "public_url": APP_URL}


@pytest.fixture
def mailing(settings: Settings, smtp_server: SmtpServer) -> Iterator[TestClient]:
    """An anonymous client of the app on a server that sends e-mail (SMTP configured)."""
    application = create_app(settings.model_copy(update=mail(smtp_server.port)))
    yield TestClient(application)
    application.state.db.dispose()


@pytest.fixture
def worker(make_worker: Callable[..., Worker], smtp_server: SmtpServer) -> Worker:
    return make_worker(**mail(smtp_server.port))


def queued(app: FastAPI) -> list[OutgoingEmail]:
    with app.state.db.sessionmaker() as session:
        return list(session.scalars(select(OutgoingEmail)))


def signs_in(client: TestClient, account: Account, password: str) -> bool:
    answer = client.post("/api/v1/auth/login", json={"email": account.email, "password": password})
    return answer.status_code == 200


def test_the_link_arrives_by_email_and_sets_a_new_password_once(
    app: FastAPI,
    client: TestClient,
    mailing: TestClient,
    worker: Worker,
    smtp_server: SmtpServer,
    alice: Account,
) -> None:
    browser = TestClient(app)
    assert signs_in(browser, alice, PASSWORD)

    answer = mailing.post(RESET, json={"email": alice.email.upper()})

    assert answer.status_code == 202, answer.text
    assert answer.json() == {"email_enabled": True}
    assert worker.run_pass().emails == {"sent": 1}  # although she never asked for reminders
    [message] = smtp_server.inbox.received
    assert message.recipients == [alice.email]
    assert message.message["Subject"] == "Rapport: set a new password"
    link = re.search(rf"{APP_URL}/reset-password#(\S+)", message.body)
    assert link, message.body
    confirm = {"token": link.group(1), "new_password": NEW_PASSWORD}

    assert client.post(CONFIRM, json=confirm).status_code == 204

    assert signs_in(client, alice, NEW_PASSWORD)
    assert not signs_in(client, alice, PASSWORD)
    assert_problem(browser.get("/api/v1/me"), 401)  # the old browser session ended
    assert alice.get("/api/v1/me").status_code == 200  # personal tokens stay
    again = {**confirm, "new_password": "yet another passphrase"}
    assert_problem(client.post(CONFIRM, json=again), 403)  # the link works once
    assert signs_in(client, alice, NEW_PASSWORD)


def test_a_link_not_delivered_within_its_hour_is_dropped_not_sent_late(
    app: FastAPI,
    mailing: TestClient,
    make_worker: Callable[..., Worker],
    smtp_server: SmtpServer,
    alice: Account,
) -> None:
    assert mailing.post(RESET, json={"email": alice.email}).status_code == 202
    now = utcnow()
    down = make_worker(**mail(free_port()))
    assert down.run_pass(now).emails == {"pending": 1}  # the server is down: retried later

    back = make_worker(**mail(smtp_server.port))
    assert back.run_pass(now + timedelta(minutes=61)).emails == {"failed": 1}

    assert smtp_server.inbox.received == []
    [email] = queued(app)
    assert email.last_error == "The password-reset link expired before it could be sent."


def test_an_unknown_address_gets_the_same_answer_and_no_email(
    app: FastAPI, mailing: TestClient, alice: Account
) -> None:
    known = mailing.post(RESET, json={"email": alice.email})
    unknown = mailing.post(RESET, json={"email": "nobody@example.edu"})

    assert (unknown.status_code, unknown.json()) == (known.status_code, known.json())
    assert [email.to_address for email in queued(app)] == [alice.email]


def test_a_server_without_email_sends_nothing_and_says_so(
    app: FastAPI, client: TestClient, alice: Account
) -> None:
    answer = client.post(RESET, json={"email": alice.email})

    assert answer.status_code == 202
    assert answer.json() == {"email_enabled": False}
    assert queued(app) == []


def test_at_most_three_links_an_hour_go_to_one_account(
    app: FastAPI, mailing: TestClient, alice: Account, bob: Account
) -> None:
    for _ in range(5):
        assert mailing.post(RESET, json={"email": alice.email}).status_code == 202
    mailing.post(RESET, json={"email": bob.email})

    sent_to = [email.to_address for email in queued(app)]
    assert sorted(sent_to) == sorted([alice.email] * 3 + [bob.email])


def token(app: FastAPI, account: Account, settings: Settings, **age: float) -> str:
    with app.state.db.sessionmaker() as session:
        user = session.get_one(User, uuid.UUID(account.user_id))
        now = utcnow() - timedelta(**age)
        return auth_service.reset_token_for(user, secret_key=settings.secret_key, now=now)


def test_a_link_that_is_expired_altered_or_made_before_a_password_change_does_nothing(
    app: FastAPI, client: TestClient, settings: Settings, alice: Account, bob: Account
) -> None:
    fresh = token(app, alice, settings)
    user_hex, expires, signature = fresh.split(".")
    bobs = token(app, bob, settings).split(".")
    refused = [
        token(app, alice, settings, minutes=61),  # older than an hour
        f"{user_hex}.{int(expires) + 3600}.{signature}",  # a later expiry, the same signature
        f"{bobs[0]}.{expires}.{signature}",  # someone else's account
        f"{user_hex}.{expires}.{signature[:-2]}",
        "not-a-link",
        "",
    ]
    for secret in refused:
        attempt = {"token": secret, "new_password": NEW_PASSWORD}
        assert "not valid" in assert_problem(client.post(CONFIRM, json=attempt), 403)["detail"]
    change = {"current_password": PASSWORD, "new_password": "changed in settings"}
    assert alice.post("/api/v1/me/password", json=change).status_code == 204

    stale = {"token": fresh, "new_password": NEW_PASSWORD}
    assert_problem(client.post(CONFIRM, json=stale), 403)
    assert signs_in(client, alice, "changed in settings")
    # A link made after the change, 59 minutes ago: still within its hour.
    timely = {"token": token(app, alice, settings, minutes=59), "new_password": NEW_PASSWORD}
    assert client.post(CONFIRM, json=timely).status_code == 204
    assert signs_in(client, alice, NEW_PASSWORD)


def test_a_new_password_clears_failed_sign_ins(
    client: TestClient, app: FastAPI, settings: Settings, alice: Account
) -> None:
    for _ in range(settings.login_max_failures_per_account):
        client.post("/api/v1/auth/login", json={"email": alice.email, "password": "a guess"})
    assert_problem(
        client.post("/api/v1/auth/login", json={"email": alice.email, "password": PASSWORD}), 429
    )

    confirm = {"token": token(app, alice, settings), "new_password": NEW_PASSWORD}
    assert client.post(CONFIRM, json=confirm).status_code == 204

    assert signs_in(client, alice, NEW_PASSWORD)


def test_whoever_runs_the_server_sets_a_password_from_the_command_line(
    client: TestClient, database_url: str, alice: Account, tmp_path: Path
) -> None:
    rapport = Path(sys.executable).with_name("rapport")
    environment = {**os.environ, "DATABASE_URL": database_url, "RAPPORT_DATA_DIR": str(tmp_path)}

    def run(email: str, password: str) -> subprocess.CompletedProcess[str]:
        command = [str(rapport), "user", "set-password", email, "--password-stdin"]
        return subprocess.run(
            command, input=f"{password}\n", env=environment, capture_output=True, text=True
        )

    done = run(alice.email, NEW_PASSWORD)

    assert done.returncode == 0, done.stderr
    assert signs_in(client, alice, NEW_PASSWORD)
    assert run("nobody@example.edu", NEW_PASSWORD).returncode == 1
    short = run(alice.email, "short")
    assert short.returncode == 2 and "8–128" in short.stderr
    assert signs_in(client, alice, NEW_PASSWORD)
