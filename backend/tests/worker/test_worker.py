"""`rapport worker`: one pass with --once, a graceful stop on SIGTERM, and several workers
running side by side without sending anything twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from rapport.accounts.models import User
from rapport.config import Settings
from rapport.main import create_app
from rapport.notifications.models import EmailStatus, OutgoingEmail
from rapport.reminders.models import Reminder, ReminderKind
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEvent
from rapport.worker import PassReport, Worker
from tests.conftest import Account
from tests.worker.servers import Receiver, SmtpServer

RAPPORT = Path(sys.executable).parent / "rapport"


@pytest.fixture
def developer(settings: Settings, alice: Account) -> Any:
    application = create_app(settings.model_copy(update={"webhook_allow_loopback": True}))
    yield TestClient(application, headers={"Authorization": f"Bearer {alice.token}"})
    application.state.db.dispose()


def worker_environment(database_url: str, **variables: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAPPORT_")}
    env.pop("DATABASE_URL", None)
    return {
        **env,
        "DATABASE_URL": database_url,
        "RAPPORT_ENV": "test",
        "RAPPORT_WEBHOOK_ALLOW_LOOPBACK": "true",
        **variables,
    }


def subscribe(developer: TestClient, receiver: Receiver) -> dict[str, Any]:
    response = developer.post(
        "/api/v1/webhooks", json={"url": receiver.url(), "events": ["contact.created"]}
    )
    assert response.status_code == 201, response.text
    return response.json()


def add_due_reminder(app: FastAPI, user_id: uuid.UUID, title: str = "Write to Sam") -> None:
    with app.state.db.sessionmaker.begin() as session:
        session.add(
            Reminder(
                user_id=user_id,
                kind=ReminderKind.custom,
                title=title,
                due_at=datetime.now(UTC) - timedelta(hours=1),
            )
        )


def test_rapport_worker_once_runs_one_pass_and_exits(
    app: FastAPI,
    alice: Account,
    developer: TestClient,
    receiver: Receiver,
    smtp_server: SmtpServer,
    database_url: str,
    tmp_path: Path,
) -> None:
    subscribe(developer, receiver)
    alice.post("/api/v1/contacts", json={"full_name": "Sam Rivera"})
    alice.patch("/api/v1/me", json={"settings": {"email_reminders": True, "digest_hour": 0}})
    add_due_reminder(app, uuid.UUID(alice.user_id))

    result = subprocess.run(
        [str(RAPPORT), "worker", "--once"],
        env=worker_environment(
            database_url,
            RAPPORT_SMTP_HOST="127.0.0.1",
            RAPPORT_SMTP_PORT=str(smtp_server.port),
            RAPPORT_SMTP_TLS="none",
        ),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.returncode == 0, result.stderr
    assert "digests queued: 1" in result.stdout
    assert len(receiver.requests) == 1
    [mail] = smtp_server.inbox.received
    assert mail.recipients == [alice.email] and "Write to Sam" in mail.body


def test_sigterm_lets_the_job_at_hand_finish_then_stops_the_worker(
    app: FastAPI,
    alice: Account,
    developer: TestClient,
    receiver: Receiver,
    database_url: str,
    tmp_path: Path,
) -> None:
    hook = subscribe(developer, receiver)
    alice.post("/api/v1/contacts", json={"full_name": "Sam Rivera"})
    receiver.delay_seconds = 1.5
    process = subprocess.Popen(
        [str(RAPPORT), "worker"],
        env=worker_environment(database_url, RAPPORT_WORKER_POLL_SECONDS="60"),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not receiver.requests and time.monotonic() < deadline:
            time.sleep(0.05)
        assert receiver.requests, "the worker never delivered"
        process.send_signal(signal.SIGTERM)  # while the receiver is still answering
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert "worker stopped" in stderr
    [logged] = alice.get(f"/api/v1/webhooks/{hook['id']}/deliveries").json()["items"]
    assert logged["status"] == "succeeded" and logged["attempts"] == 1


def run_side_by_side(workers: list[Worker]) -> list[PassReport]:
    """Start every worker's pass at the same moment, each in its own thread."""
    reports: list[PassReport | None] = [None] * len(workers)
    start = threading.Barrier(len(workers))

    def run(index: int) -> None:
        start.wait()
        reports[index] = workers[index].run_pass()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert all(report is not None for report in reports)
    return [report for report in reports if report is not None]


def test_two_workers_deliver_each_webhook_once(
    app: FastAPI,
    alice: Account,
    developer: TestClient,
    receiver: Receiver,
    make_worker: Callable[..., Worker],
) -> None:
    hook = subscribe(developer, receiver)
    with app.state.db.sessionmaker.begin() as session:
        for n in range(30):
            webhooks_service.emit(
                session,
                user_id=uuid.UUID(alice.user_id),
                event=WebhookEvent.contact_created,
                data={"n": n},
            )
    receiver.delay_seconds = 0.02
    workers = [make_worker(own_engine=True, webhook_allow_loopback=True) for _ in range(2)]

    reports = run_side_by_side(workers)

    ids = Counter(request.headers["webhook-id"] for request in receiver.requests)
    assert len(ids) == 30 and set(ids.values()) == {1}
    done = [report.deliveries["succeeded"] for report in reports]
    assert sum(done) == 30 and all(count > 0 for count in done), done
    with app.state.db.sessionmaker() as session:
        statuses = session.scalars(
            select(WebhookDelivery.status).where(
                WebhookDelivery.webhook_id == uuid.UUID(hook["id"])
            )
        ).all()
    assert Counter(statuses) == {DeliveryStatus.succeeded: 30}


def test_two_workers_send_each_users_digest_once(
    app: FastAPI, smtp_server: SmtpServer, make_worker: Callable[..., Worker]
) -> None:
    addresses = [f"student{n}.{uuid.uuid4().hex[:6]}@example.edu" for n in range(12)]
    with app.state.db.sessionmaker.begin() as session:
        users = [
            User(
                email=address,
                name=f"Student {n}",
                password_hash="-",
                email_reminders=True,
                digest_hour=0,
            )
            for n, address in enumerate(addresses)
        ]
        session.add_all(users)
        session.flush()
        user_ids = [user.id for user in users]
    for user_id in user_ids:
        add_due_reminder(app, user_id)
    mail = {
        "smtp_host": "127.0.0.1",
        "smtp_port": smtp_server.port,
        "smtp_tls": "none",
    }
    workers = [make_worker(own_engine=True, **mail) for _ in range(2)]

    reports = run_side_by_side(workers)
    run_side_by_side(workers)  # and again: nothing new

    recipients = Counter(r for m in smtp_server.inbox.received for r in m.recipients)
    assert recipients == Counter(addresses)
    assert sum(report.emails["sent"] for report in reports) == 12
    with app.state.db.sessionmaker() as session:
        sent = session.scalar(select(func.count()).where(OutgoingEmail.status == EmailStatus.sent))
    assert sent == 12
