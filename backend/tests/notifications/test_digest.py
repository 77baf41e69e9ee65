"""The daily digest e-mail, sent by the worker to a real SMTP server (aiosmtpd) in the tests."""

from __future__ import annotations

import ssl
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult
from fastapi import FastAPI
from pydantic import SecretStr
from sqlalchemy import select

from rapport.accounts.models import User
from rapport.contacts.models import Contact
from rapport.interviews.models import Medium
from rapport.notifications import service as notifications_service
from rapport.notifications.models import EmailStatus, OutgoingEmail
from rapport.reminders.models import ReminderKind, ReminderStatus
from rapport.worker import PassReport, Worker
from tests.conftest import Account
from tests.fixtures import seed
from tests.worker.servers import SmtpServer, free_port, self_signed_certificate

# Saturday 28 November 2026, 14:00 in Chicago (UTC-6).
NOW = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)
RETRIES = [60, 300]
APP_URL = "https://rapport.example.edu"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
def mail_worker(make_worker: Callable[..., Worker], smtp_server: SmtpServer) -> Worker:
    return make_worker(**mail_settings(smtp_server.port))


def mail_settings(port: int, **changes: Any) -> dict[str, Any]:
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_tls": "none",
        "smtp_sender": "Rapport <digest@rapport.example.edu>",
        "smtp_timeout_seconds": 5.0,
        "email_retry_delays_seconds": RETRIES,
        "public_url": APP_URL,
        **changes,
    }


def opt_in(account: Account, *, digest_hour: int = 8, **profile: Any) -> None:
    response = account.patch(
        "/api/v1/me",
        json={"settings": {"email_reminders": True, "digest_hour": digest_hour}, **profile},
    )
    assert response.status_code == 200, response.text


@pytest.fixture
def ada(make_account: Callable[..., Account]) -> Account:
    account = make_account("Ada Student", timezone="America/Chicago")
    opt_in(account)
    return account


def add_reminder(
    app: FastAPI, account: Account, title: str, due_at: datetime, **fields: Any
) -> None:
    seed.add_reminder(app, user_id=account.user_id, title=title, due_at=due_at, **fields)


def add_contact(app: FastAPI, account: Account, name: str, **fields: Any) -> str:
    """Added through the API; `fields` are then set in the database (e.g. a past due date)."""
    response = account.post("/api/v1/contacts", json={"full_name": name})
    assert response.status_code == 201, response.text
    contact_id: str = response.json()["id"]
    if fields:
        with app.state.db.sessionmaker.begin() as session:
            contact = session.get_one(Contact, uuid.UUID(contact_id))
            for field, value in fields.items():
                setattr(contact, field, value)
    return contact_id


def add_interview(
    app: FastAPI, account: Account, contact_id: str, scheduled_at: datetime, **fields: Any
) -> None:
    seed.add_interview(
        app, user_id=account.user_id, contact_id=contact_id, scheduled_at=scheduled_at, **fields
    )


def emails(app: FastAPI) -> list[OutgoingEmail]:
    with app.state.db.sessionmaker() as session:
        return list(session.scalars(select(OutgoingEmail).order_by(OutgoingEmail.created_at)))


def something_due(app: FastAPI, account: Account) -> None:
    add_reminder(app, account, "Send thank-you note to Sam", at("2026-11-28T23:30:00"))


# --- what the digest says --------------------------------------------------------------------


def test_the_digest_arrives_with_what_is_due_in_the_users_timezone(
    app: FastAPI, ada: Account, bob: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    add_reminder(app, ada, "Send thank-you note to Sam", at("2026-11-28T23:30:00"))
    add_reminder(app, ada, "Follow up with Dana", at("2026-11-26T15:00:00"))
    # 21:00 in Chicago on the 28th, although it is already the 29th in UTC.
    add_reminder(app, ada, "Read the lab's new preprint", at("2026-11-29T03:00:00"))
    # 01:00 in Chicago on the 29th: tomorrow there, not in today's digest.
    add_reminder(app, ada, "Tomorrow's task", at("2026-11-29T07:00:00"))
    add_reminder(app, ada, "Already done", at("2026-11-27T15:00:00"), status=ReminderStatus.done)
    add_reminder(app, bob, "Bob's reminder", at("2026-11-28T15:00:00"))
    sam = add_contact(app, ada, "Sam Rivera")
    add_interview(
        app,
        ada,
        sam,
        at("2026-11-28T22:00:00"),
        duration_minutes=45,
        medium=Medium.video,
        location="https://zoom.example/j/123",
    )
    add_interview(app, ada, sam, at("2026-11-29T16:00:00"))
    lee = add_contact(
        app, ada, "Lee Park", organization="Genentech", next_touch_due=at("2026-11-20T12:00:00")
    )
    add_contact(app, ada, "Not Due", next_touch_due=at("2026-12-20T12:00:00"))

    report = mail_worker.run_pass(NOW)

    assert report.digests_queued == 1 and report.emails == {"sent": 1}
    [mail] = smtp_server.inbox.received
    assert mail.recipients == [ada.email]
    assert mail.mail_from == "digest@rapport.example.edu"
    assert mail.message["From"] == "Rapport <digest@rapport.example.edu>"
    assert mail.message["To"] == ada.email
    assert mail.message["Subject"] == "Rapport: 5 things due today (Sat 28 Nov)"
    assert mail.message["Auto-Submitted"] == "auto-generated"
    body = mail.body
    assert "Hello Ada Student," in body
    assert "Saturday 28 November 2026 (times in America/Chicago)" in body
    assert "16:00–16:45 Sam Rivera (video) — https://zoom.example/j/123" in body
    assert "Send thank-you note to Sam (due 17:30)" in body
    assert "Follow up with Dana (overdue since Thu 26 Nov)" in body
    assert "Read the lab's new preprint (due 21:00)" in body
    assert f"Lee Park, Genentech (touch overdue since Fri 20 Nov): {APP_URL}/contacts/{lee}" in body
    for absent in ("Tomorrow's task", "Already done", "Bob's reminder", "Not Due"):
        assert absent not in body
    assert f"Open Rapport: {APP_URL}/" in body
    assert body.index("Interviews today") < body.index("Reminders") < body.index("Time to get")


def test_a_contact_with_a_listed_keep_in_touch_reminder_appears_once(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    due = at("2026-11-27T12:00:00")
    lee = add_contact(app, ada, "Lee Park", next_touch_due=due)
    add_reminder(
        app,
        ada,
        "Keep in touch with Lee Park",
        due,
        kind=ReminderKind.keep_in_touch,
        contact_id=lee,
    )
    mail_worker.run_pass(NOW)
    [mail] = smtp_server.inbox.received
    assert mail.body.count("Lee Park") == 1
    assert mail.message["Subject"].startswith("Rapport: 1 thing due today")


def test_no_digest_before_the_local_digest_hour(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    something_due(app, ada)
    seven_in_chicago = at("2026-11-28T13:59:00")
    assert mail_worker.run_pass(seven_in_chicago).digests_queued == 0
    assert smtp_server.inbox.received == []
    assert mail_worker.run_pass(seven_in_chicago + timedelta(minutes=1)).emails == {"sent": 1}


def test_nothing_due_means_no_email(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    add_reminder(app, ada, "Next week", at("2026-12-05T15:00:00"))
    report = mail_worker.run_pass(NOW)
    assert report.digests_queued == 0 and smtp_server.inbox.received == [] and emails(app) == []


def test_users_who_did_not_opt_in_get_no_digest(
    app: FastAPI, alice: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    something_due(app, alice)
    assert mail_worker.run_pass(NOW).digests_queued == 0
    assert smtp_server.inbox.received == []


def test_email_is_off_without_an_smtp_host(
    app: FastAPI, ada: Account, make_worker: Callable[..., Worker], smtp_server: SmtpServer
) -> None:
    something_due(app, ada)
    make_worker(**mail_settings(smtp_server.port, smtp_host="")).run_pass(NOW)
    assert emails(app) == [] and smtp_server.inbox.received == []


# --- once per day, capped --------------------------------------------------------------------


def test_one_digest_per_local_day_across_passes_and_restarts(
    app: FastAPI,
    ada: Account,
    smtp_server: SmtpServer,
    make_worker: Callable[..., Worker],
) -> None:
    something_due(app, ada)
    make_worker(**mail_settings(smtp_server.port)).run_pass(NOW)
    restarted = make_worker(own_engine=True, **mail_settings(smtp_server.port))
    restarted.run_pass(NOW + timedelta(minutes=1))
    restarted.run_pass(NOW + timedelta(hours=9))  # 23:00 in Chicago, still the 28th
    assert len(smtp_server.inbox.received) == 1

    add_reminder(app, ada, "Sunday task", at("2026-11-29T18:00:00"))
    restarted.run_pass(NOW + timedelta(days=1))
    assert len(smtp_server.inbox.received) == 2
    assert [e.dedupe_key for e in emails(app)] == ["digest:2026-11-28", "digest:2026-11-29"]


def test_the_daily_cap_holds_when_the_user_changes_time_zone(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, make_worker: Callable[..., Worker]
) -> None:
    something_due(app, ada)
    worker = make_worker(**mail_settings(smtp_server.port, email_daily_cap=1))
    worker.run_pass(NOW)
    # In Kiritimati (UTC+14) it is already 10:00 on the 29th: a new local day, a new digest key.
    assert ada.patch("/api/v1/me", json={"timezone": "Pacific/Kiritimati"}).status_code == 200
    add_reminder(app, ada, "Sunday task", at("2026-11-29T00:00:00"))
    assert worker.run_pass(NOW + timedelta(hours=1)).digests_queued == 0
    assert len(smtp_server.inbox.received) == 1
    uncapped = make_worker(**mail_settings(smtp_server.port, email_daily_cap=2))
    assert uncapped.run_pass(NOW + timedelta(hours=1)).digests_queued == 1


def test_password_reset_emails_do_not_count_against_the_digest_cap(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, make_worker: Callable[..., Worker]
) -> None:
    something_due(app, ada)
    with app.state.db.sessionmaker.begin() as session:
        user = session.get_one(User, uuid.UUID(ada.user_id))
        for _ in range(2):
            notifications_service.queue_password_reset(
                session, user=user, link=f"{APP_URL}/reset-password#x", now=NOW
            )
    worker = make_worker(**mail_settings(smtp_server.port, email_daily_cap=1))

    assert worker.run_pass(NOW).digests_queued == 1

    subjects = sorted(mail.message["Subject"] for mail in smtp_server.inbox.received)
    assert (
        subjects
        == ["Rapport: 1 thing due today (Sat 28 Nov)"] + ["Rapport: set a new password"] * 2
    )


# --- failures: refused, down, crashed ----------------------------------------------------------


@pytest.mark.parametrize(
    "refusal", ["451 4.3.0 Mailbox busy, try again later", "554 5.7.1 Message rejected"]
)
def test_a_server_refusing_the_message_is_retried_later_and_it_arrives_once(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, mail_worker: Worker, refusal: str
) -> None:
    something_due(app, ada)
    smtp_server.inbox.refuse_next(refusal)

    assert mail_worker.run_pass(NOW).emails == {"pending": 1}
    [row] = emails(app)
    assert row.status == EmailStatus.pending and row.attempts == 1
    assert row.last_error == f"The server answered {refusal}"
    assert row.next_attempt_at == NOW + timedelta(seconds=RETRIES[0])
    assert mail_worker.run_pass(NOW + timedelta(seconds=30)).emails == {}

    assert mail_worker.run_pass(NOW + timedelta(seconds=61)).emails == {"sent": 1}
    mail_worker.run_pass(NOW + timedelta(hours=2))
    assert len(smtp_server.inbox.received) == 1 and smtp_server.inbox.sessions == 2
    [row] = emails(app)
    assert row.status == EmailStatus.sent and row.attempts == 2 and row.last_error is None


def test_a_server_that_is_down_is_retried_later_and_nothing_is_lost(
    app: FastAPI, ada: Account, make_worker: Callable[..., Worker]
) -> None:
    something_due(app, ada)
    port = free_port()
    worker = make_worker(**mail_settings(port))

    assert worker.run_pass(NOW).emails == {"pending": 1}
    [row] = emails(app)
    assert row.last_error is not None and "ConnectionRefusedError" in row.last_error

    server = SmtpServer(port=port).start()
    try:
        assert worker.run_pass(NOW + timedelta(seconds=61)).emails == {"sent": 1}
        worker.run_pass(NOW + timedelta(hours=1))
        assert [m.recipients for m in server.inbox.received] == [[ada.email]]
    finally:
        server.stop()


def test_an_email_is_marked_failed_after_the_last_retry(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    something_due(app, ada)
    smtp_server.inbox.refuse_next(*["451 4.3.0 Try later"] * 5)
    results = [
        dict(mail_worker.run_pass(NOW + timedelta(seconds=s)).emails) for s in (0, 61, 400, 9999)
    ]
    assert results == [{"pending": 1}, {"pending": 1}, {"failed": 1}, {}]
    [row] = emails(app)
    assert row.status == EmailStatus.failed and row.attempts == 3
    assert smtp_server.inbox.received == []


def test_a_digest_left_sending_by_a_crashed_worker_is_sent_after_the_lease(
    app: FastAPI, ada: Account, smtp_server: SmtpServer, mail_worker: Worker
) -> None:
    """A worker that died after claiming (before or after the server took the message) leaves
    the row `sending`; once the lease is over it is sent again — at least once, never lost."""
    something_due(app, ada)
    mail_worker.queue_digests(NOW, PassReport())
    with app.state.db.sessionmaker.begin() as session:
        claimed = notifications_service.claim_next_email(
            session, now=NOW, lease=timedelta(seconds=600)
        )
    assert claimed is not None  # …and then the worker "crashes"

    assert mail_worker.run_pass(NOW + timedelta(minutes=5)).emails == {}
    assert smtp_server.inbox.received == []
    assert mail_worker.run_pass(NOW + timedelta(minutes=11)).emails == {"sent": 1}
    [mail] = smtp_server.inbox.received
    assert mail.message["Message-ID"] == f"<{claimed.id}@rapport.example.edu>"
    [row] = emails(app)
    assert row.status == EmailStatus.sent and row.attempts == 2


def test_a_user_who_turns_reminders_off_before_sending_gets_nothing(
    app: FastAPI, ada: Account, make_worker: Callable[..., Worker]
) -> None:
    something_due(app, ada)
    port = free_port()
    worker = make_worker(**mail_settings(port))
    worker.run_pass(NOW)  # the server is down: the digest waits
    ada.patch("/api/v1/me", json={"settings": {"email_reminders": False}})
    server = SmtpServer(port=port).start()
    try:
        assert worker.run_pass(NOW + timedelta(seconds=61)).emails == {"failed": 1}
        assert server.inbox.received == []
    finally:
        server.stop()


# --- the connection: login, TLS ---------------------------------------------------------------


class Credentials:
    def __init__(self, username: str, password: str) -> None:
        self.expected = (username.encode(), password.encode())
        self.seen: list[bytes] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
        self.seen.append(auth.login)
        return AuthResult(success=(auth.login, auth.password) == self.expected)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_the_worker_logs_in_when_a_username_is_set(
    app: FastAPI, ada: Account, make_worker: Callable[..., Worker]
) -> None:
    something_due(app, ada)
    credentials = Credentials("rapport", "s3cret-pass")
    server = SmtpServer(
        authenticator=credentials, auth_required=True, auth_require_tls=False
    ).start()
    try:
        wrong = make_worker(
            **mail_settings(server.port, smtp_username="rapport", smtp_password=SecretStr("wrong"))
        )
        assert wrong.run_pass(NOW).emails == {"pending": 1}
        right = make_worker(
            **mail_settings(
                server.port, smtp_username="rapport", smtp_password=SecretStr("s3cret-pass")
            )
        )
        assert right.run_pass(NOW + timedelta(seconds=61)).emails == {"sent": 1}
        assert len(server.inbox.received) == 1 and credentials.seen == [b"rapport", b"rapport"]
    finally:
        server.stop()


@pytest.mark.parametrize("mode", ["starttls", "ssl"])
def test_the_worker_speaks_tls_and_checks_the_certificate(
    app: FastAPI,
    ada: Account,
    make_worker: Callable[..., Worker],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    mode: str,
) -> None:
    something_due(app, ada)
    cert, key = self_signed_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    options: dict[str, Any] = (
        {"tls_context": context, "require_starttls": True}
        if mode == "starttls"
        else {"ssl_context": context}
    )
    server = SmtpServer(**options).start()
    try:
        worker = make_worker(**mail_settings(server.port, smtp_tls=mode))
        # Not trusted yet: the certificate check fails and the digest waits.
        assert worker.run_pass(NOW).emails == {"pending": 1}
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        assert worker.run_pass(NOW + timedelta(seconds=61)).emails == {"sent": 1}
        assert len(server.inbox.received) == 1
    finally:
        server.stop()
