"""Claiming outbox rows: concurrent claims never take the same row, and a worker whose lease ran
out cannot overwrite the outcome of the worker that took the row over."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import text

from rapport.config import Settings
from rapport.db import Database
from rapport.notifications import service as notifications_service
from rapport.notifications.models import EmailStatus, OutgoingEmail
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.delivery import Outcome
from rapport.webhooks.models import DeliveryStatus, Webhook, WebhookEvent
from tests.conftest import Account

LEASE = timedelta(minutes=1)


@pytest.fixture
def second_database(settings: Settings) -> Database:
    database = Database(settings.resolved_database_url, pool_size=1, max_overflow=0)
    yield database  # type: ignore[misc]
    database.dispose()


def queue_deliveries(app: FastAPI, account: Account, count: int) -> None:
    user_id = uuid.UUID(account.user_id)
    with app.state.db.sessionmaker.begin() as session:
        session.add(
            Webhook(
                user_id=user_id,
                url="https://receiver.example.com/hook",
                events=["contact.created"],
                secret_encrypted="v1.unused",
            )
        )
        session.flush()
        for n in range(count):
            webhooks_service.emit(
                session, user_id=user_id, event=WebhookEvent.contact_created, data={"n": n}
            )


def queue_emails(app: FastAPI, account: Account, count: int, now: datetime) -> None:
    with app.state.db.sessionmaker.begin() as session:
        for n in range(count):
            session.add(
                OutgoingEmail(
                    user_id=uuid.UUID(account.user_id),
                    dedupe_key=f"test:{n}",
                    to_address=account.email,
                    subject="s",
                    body_text="b",
                    next_attempt_at=now - timedelta(seconds=n + 1),
                )
            )


def queue_due_emails(app: FastAPI, account: Account, count: int) -> None:
    queue_emails(app, account, count, datetime.now(UTC))


@pytest.mark.parametrize(
    ("queue", "claim_next"),
    [
        pytest.param(queue_deliveries, webhooks_service.claim_next_delivery, id="delivery"),
        pytest.param(queue_due_emails, notifications_service.claim_next_email, id="email"),
    ],
)
def test_on_postgres_a_row_being_claimed_is_skipped_not_waited_for(
    app: FastAPI,
    dialect: str,
    alice: Account,
    second_database: Database,
    queue: Callable[[FastAPI, Account, int], None],
    claim_next: Callable[..., Any],
) -> None:
    if dialect != "postgresql":
        pytest.skip("SQLite has one writer at a time: a second claim waits for the first")
    queue(app, alice, 2)
    now = datetime.now(UTC)
    with app.state.db.sessionmaker() as first_session:
        first = claim_next(first_session, now=now, lease=LEASE)
        # The first claim is not committed yet; its row stays locked meanwhile.
        with second_database.sessionmaker.begin() as second_session:
            second_session.execute(text("SET LOCAL lock_timeout = '2s'"))
            second = claim_next(second_session, now=now, lease=LEASE)
        first_session.commit()
    assert first is not None and second is not None and first.id != second.id


def test_claims_one_after_another_take_different_rows_and_then_none(
    app: FastAPI, alice: Account
) -> None:
    queue_deliveries(app, alice, 3)
    now = datetime.now(UTC)
    queue_emails(app, alice, 3, now)
    deliveries, emails = set(), set()
    for _ in range(3):
        with app.state.db.sessionmaker.begin() as session:
            delivery = webhooks_service.claim_next_delivery(session, now=now, lease=LEASE)
            email = notifications_service.claim_next_email(session, now=now, lease=LEASE)
        assert delivery is not None and email is not None
        deliveries.add(delivery.id)
        emails.add(email.id)
    assert len(deliveries) == len(emails) == 3
    with app.state.db.sessionmaker.begin() as session:
        assert webhooks_service.claim_next_delivery(session, now=now, lease=LEASE) is None
        assert notifications_service.claim_next_email(session, now=now, lease=LEASE) is None


def test_a_worker_whose_lease_ran_out_cannot_overwrite_the_new_owners_outcome(
    app: FastAPI, alice: Account, settings: Settings
) -> None:
    queue_deliveries(app, alice, 1)
    now = datetime.now(UTC)
    with app.state.db.sessionmaker.begin() as session:
        slow = webhooks_service.claim_next_delivery(session, now=now, lease=LEASE)
    later = now + LEASE + timedelta(seconds=1)
    with app.state.db.sessionmaker.begin() as session:
        takeover = webhooks_service.claim_next_delivery(session, now=later, lease=LEASE)
    assert slow is not None and takeover is not None and takeover.id == slow.id
    assert takeover.attempts == 2

    with app.state.db.sessionmaker.begin() as session:
        done = webhooks_service.record_outcome(
            session,
            claimed=takeover,
            outcome=Outcome(delivered=True, response_status=200),
            now=later,
            settings=settings,
        )
    with app.state.db.sessionmaker.begin() as session:
        lost = webhooks_service.record_outcome(
            session,
            claimed=slow,
            outcome=Outcome(delivered=False, error="too slow"),
            now=later,
            settings=settings,
        )
    assert done == DeliveryStatus.succeeded and lost is None


def test_an_email_claim_taken_over_after_the_lease_is_recorded_once(
    app: FastAPI, alice: Account, settings: Settings
) -> None:
    now = datetime.now(UTC)
    queue_emails(app, alice, 1, now)
    with app.state.db.sessionmaker.begin() as session:
        slow = notifications_service.claim_next_email(session, now=now, lease=LEASE)
    with app.state.db.sessionmaker.begin() as session:
        assert notifications_service.claim_next_email(session, now=now, lease=LEASE) is None
    later = now + LEASE + timedelta(seconds=1)
    with app.state.db.sessionmaker.begin() as session:
        takeover = notifications_service.claim_next_email(session, now=later, lease=LEASE)
    assert slow is not None and takeover is not None and takeover.id == slow.id
    sent = notifications_service.SendOutcome(sent=True)
    with app.state.db.sessionmaker.begin() as session:
        assert (
            notifications_service.record_outcome(
                session, claimed=takeover, outcome=sent, now=later, settings=settings
            )
            == EmailStatus.sent
        )
        assert (
            notifications_service.record_outcome(
                session, claimed=slow, outcome=sent, now=later, settings=settings
            )
            is None
        )
