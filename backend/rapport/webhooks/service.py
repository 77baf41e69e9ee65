"""Webhooks: subscriptions, and the outbox of signed deliveries the worker sends.

The outbox life of a delivery: :func:`emit` writes it ``pending`` in the transaction of the change
that caused it; a worker claims it (:func:`claim_next_delivery`), makes one HTTP attempt with no
transaction open, and records the outcome (:func:`record_outcome`): ``succeeded``, ``pending``
again with a later ``next_attempt_at`` (exponential backoff), or ``failed`` after the last retry.
A claim pushes ``next_attempt_at`` past a lease, so a delivery whose worker died mid-attempt is
tried again once the lease ends: delivery is *at least once*, and receivers deduplicate on the
``webhook-id`` header, which never changes between attempts.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, select, update
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.config import Settings
from rapport.db import insert_rows, utcnow
from rapport.errors import Conflict, Invalid
from rapport.outbox import claim_columns, claim_next, update_claimed
from rapport.pagination import Listing, PageParams, SortKey
from rapport.reads import columns_of
from rapport.reminders.models import Reminder, ReminderStatus
from rapport.webhooks import delivery as http_delivery
from rapport.webhooks import destinations
from rapport.webhooks.models import DeliveryStatus, Webhook, WebhookDelivery, WebhookEvent
from rapport.webhooks.schemas import (
    DeliveryFilters,
    DeliveryRead,
    WebhookCreate,
    WebhookRead,
    WebhookUpdate,
)
from rapport.webhooks.secrets import (
    SecretUnreadable,
    decrypt_secret,
    encrypt_secret,
    new_secret,
)

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Webhook, WebhookRead)
# The next attempt only means something while a delivery is pending.
DELIVERY_COLUMNS = tuple(
    case((WebhookDelivery.status == DeliveryStatus.pending, column), else_=None).label(column.key)
    if column.key == "next_attempt_at"
    else column
    for column in columns_of(WebhookDelivery, DeliveryRead)
)

MAX_WEBHOOKS_PER_USER = 10
REMINDER_BATCH = 200


# --- subscriptions (the API) ---------------------------------------------------------------


def _check_url(url: str, settings: Settings) -> None:
    try:
        destinations.check_url(url, allow_loopback=settings.webhook_allow_loopback)
    except destinations.UnsafeDestination as exc:
        raise Invalid(str(exc), field="url") from None


_LISTING = Listing(
    select(*READ_COLUMNS).where(Webhook.user_id == bindparam("user_id")),
    keys=(
        SortKey(Webhook.created_at, datetime, descending=True),
        SortKey(Webhook.id, uuid.UUID, descending=True),
    ),
    sort="webhooks",
)


def list_webhooks(
    session: Session, *, user: User, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    return _LISTING.page(session, page, user_id=user.id)


def create_webhook(
    session: Session, *, user: User, data: WebhookCreate, settings: Settings
) -> tuple[Webhook, str]:
    """A new subscription and its signing secret (returned only here; stored encrypted)."""
    _check_url(data.url, settings)
    count = session.scalar(select(func.count()).where(Webhook.user_id == user.id)) or 0
    if count >= MAX_WEBHOOKS_PER_USER:
        raise Conflict(f"You already have {MAX_WEBHOOKS_PER_USER} webhooks; delete one first.")
    secret = new_secret()
    webhook_id = uuid.uuid4()
    webhook = Webhook(
        id=webhook_id,
        user_id=user.id,
        url=data.url,
        events=[event.value for event in data.events],
        description=data.description,
        active=data.active,
        secret_encrypted=encrypt_secret(
            secret, secret_key=settings.secret_key, webhook_id=webhook_id
        ),
    )
    session.add(webhook)
    session.flush()
    return webhook, secret


def update_webhook(
    session: Session, *, webhook: Webhook, data: WebhookUpdate, settings: Settings
) -> Webhook:
    data.changes()  # refuses null
    if data.url is not None:
        _check_url(data.url, settings)
        webhook.url = data.url
    if data.events is not None:
        webhook.events = [event.value for event in data.events]
    if data.description is not None:
        webhook.description = data.description
    if data.active is not None:
        webhook.active = data.active
    session.flush()
    return webhook


def delete_webhook(session: Session, *, webhook: Webhook) -> None:
    """Its deliveries (pending ones included) go with it."""
    session.delete(webhook)
    session.flush()


def _delivery_listing(status: DeliveryStatus | None) -> Listing:
    statement = select(*DELIVERY_COLUMNS).where(
        WebhookDelivery.webhook_id == bindparam("webhook_id")
    )
    if status is not None:
        statement = statement.where(WebhookDelivery.status == status)
    return Listing(
        statement,
        keys=(
            SortKey(WebhookDelivery.created_at, datetime, descending=True),
            SortKey(WebhookDelivery.id, uuid.UUID, descending=True),
        ),
        # A cursor belongs to the status it was listed with.
        sort=f"deliveries:{status.value if status else 'all'}",
    )


_DELIVERY_LISTINGS = {status: _delivery_listing(status) for status in [None, *DeliveryStatus]}


def list_deliveries(
    session: Session, *, webhook: Webhook, filters: DeliveryFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """A webhook's delivery log, newest first."""
    return _DELIVERY_LISTINGS[filters.status].page(session, page, webhook_id=webhook.id)


# --- the outbox (written by the domains) ---------------------------------------------------


def _subscribed(session: Session, user_id: uuid.UUID, event: WebhookEvent) -> list[uuid.UUID]:
    """The user's active endpoints subscribed to `event`."""
    hooks = session.execute(
        select(Webhook.id, Webhook.events).where(
            Webhook.user_id == user_id, Webhook.active.is_(True)
        )
    ).all()
    return [hook_id for hook_id, events in hooks if event.value in events]


def _delivery(
    webhook_id: uuid.UUID,
    *,
    user_id: uuid.UUID,
    event: WebhookEvent,
    data: dict[str, Any],
    now: datetime,
    at: datetime,
) -> dict[str, Any]:
    """A new delivery's row, every column given (for the ORM and for bulk inserts alike)."""
    return {
        "id": uuid.uuid4(),
        "webhook_id": webhook_id,
        "user_id": user_id,
        "event": event.value,
        "message_id": f"msg_{uuid.uuid4().hex}",
        "payload": {"type": event.value, "timestamp": now.isoformat(), "data": data},
        "status": DeliveryStatus.pending,
        "attempts": 0,
        "next_attempt_at": at,
        "last_attempt_at": None,
        "response_status": None,
        "last_error": None,
        "created_at": at,
    }


def emit(
    session: Session, *, user_id: uuid.UUID, event: WebhookEvent, data: dict[str, Any]
) -> None:
    """Queue `event` for every active endpoint of the user subscribed to it, in the caller's
    transaction: the delivery exists if and only if the change that caused it was committed."""
    now = utcnow()
    session.add_all(
        WebhookDelivery(**_delivery(hook, user_id=user_id, event=event, data=data, now=now, at=now))
        for hook in _subscribed(session, user_id, event)
    )


def emit_many(
    session: Session,
    *,
    user_id: uuid.UUID,
    event: WebhookEvent,
    items: Iterable[dict[str, Any]],
) -> None:
    """:func:`emit` for many objects at once (imports): one query for the subscriptions and one
    bulk insert for the deliveries (``db.insert_rows``); `items` is not read when nobody is
    subscribed. The worker sends the deliveries that have waited longest first, so each item's
    deliveries are timed a microsecond after the previous item's: they go out in order."""
    subscribed = _subscribed(session, user_id, event)
    if not subscribed:
        return
    now = utcnow()
    rows = [
        _delivery(
            hook,
            user_id=user_id,
            event=event,
            data=data,
            now=now,
            at=now + timedelta(microseconds=position),
        )
        for position, data in enumerate(items)
        for hook in subscribed
    ]
    insert_rows(session, WebhookDelivery, rows)


def reminder_due_data(reminder: Any) -> dict[str, Any]:
    return {
        "id": str(reminder.id),
        "kind": str(reminder.kind),
        "title": reminder.title,
        "due_at": reminder.due_at.isoformat(),
        "contact_id": str(reminder.contact_id) if reminder.contact_id else None,
        "interview_id": str(reminder.interview_id) if reminder.interview_id else None,
    }


def queue_reminder_due_events(session: Session, *, now: datetime) -> int:
    """Emit `reminder.due` once for each open reminder whose due time has passed.

    ``due_notified_at`` remembers it; a reminder moved to a later time after it was notified
    (snoozed, or a keep-in-touch reminder after a new touch) is notified again when that time
    comes. Marking and reading happen in one ``UPDATE … RETURNING`` (over rows locked with
    ``SKIP LOCKED`` on Postgres), so two workers never both emit for one reminder. It does not
    change the reminder's version (its ETag): this is bookkeeping, not an edit.
    """
    not_yet_notified = or_(
        Reminder.due_notified_at.is_(None), Reminder.due_notified_at < Reminder.due_at
    )
    due = (
        select(Reminder.id)
        .where(Reminder.status == ReminderStatus.open, Reminder.due_at <= now, not_yet_notified)
        .order_by(Reminder.due_at, Reminder.id)
        .limit(REMINDER_BATCH)
        .with_for_update(skip_locked=True)
    )
    marked = session.execute(
        update(Reminder)
        .where(Reminder.id.in_(due.scalar_subquery()), not_yet_notified)
        .values(due_notified_at=now, updated_at=Reminder.updated_at)
        .returning(
            Reminder.id,
            Reminder.user_id,
            Reminder.kind,
            Reminder.title,
            Reminder.due_at,
            Reminder.contact_id,
            Reminder.interview_id,
        )
        .execution_options(synchronize_session=False)
    ).all()
    for reminder in sorted(marked, key=lambda row: (row.due_at, row.id)):
        emit(
            session,
            user_id=reminder.user_id,
            event=WebhookEvent.reminder_due,
            data=reminder_due_data(reminder),
        )
    session.flush()
    return len(marked)


# --- delivering (the worker) ---------------------------------------------------------------


@dataclass(frozen=True)
class ClaimedDelivery:
    """A delivery this worker holds until its lease ends, with what the attempt needs."""

    id: uuid.UUID
    attempts: int
    message_id: str
    payload: dict[str, Any]
    webhook_id: uuid.UUID
    url: str
    active: bool
    secret_encrypted: str


_CLAIMED_DELIVERY = (
    select(*claim_columns(ClaimedDelivery, WebhookDelivery, Webhook))
    .select_from(WebhookDelivery)
    .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
)


def delivery_lease(settings: Settings) -> timedelta:
    return timedelta(seconds=3 * settings.webhook_timeout_seconds + 30)


def max_attempts(settings: Settings) -> int:
    return len(settings.webhook_retry_delays_seconds) + 1


def claim_next_delivery(
    session: Session, *, now: datetime, lease: timedelta
) -> ClaimedDelivery | None:
    """Take the oldest due delivery for this worker (``outbox.claim_next``), pushing
    ``next_attempt_at`` to the end of the lease. A delivery is not claimed twice in one pass
    (its ``last_attempt_at`` is that pass's time)."""
    due = and_(
        WebhookDelivery.status == DeliveryStatus.pending,
        WebhookDelivery.next_attempt_at <= now,
        or_(WebhookDelivery.last_attempt_at.is_(None), WebhookDelivery.last_attempt_at < now),
    )
    claimed_id = claim_next(
        session,
        WebhookDelivery,
        due=due,
        values={"last_attempt_at": now, "next_attempt_at": now + lease},
    )
    if claimed_id is None:
        return None
    row = session.execute(_CLAIMED_DELIVERY.where(WebhookDelivery.id == claimed_id)).one()
    return ClaimedDelivery(**row._asdict())


def attempt_delivery(claimed: ClaimedDelivery, settings: Settings) -> http_delivery.Outcome:
    """One attempt (no database work): refused up front when the webhook was turned off, the
    retries are used up, or the secret is unreadable; otherwise a signed POST."""
    if not claimed.active:
        return http_delivery.Outcome(
            delivered=False, error="The webhook was turned off before delivery.", retry=False
        )
    if claimed.attempts > max_attempts(settings):
        return http_delivery.Outcome(
            delivered=False, error="The worker stopped during the last attempt.", retry=False
        )
    try:
        secret = decrypt_secret(
            claimed.secret_encrypted,
            secret_key=settings.secret_key,
            webhook_id=claimed.webhook_id,
        )
    except SecretUnreadable:
        return http_delivery.Outcome(
            delivered=False,
            error="The signing secret cannot be read (the server's secret key changed); "
            "delete and re-create this webhook.",
            retry=False,
        )
    return http_delivery.attempt(
        claimed.url,
        secret=secret,
        message_id=claimed.message_id,
        payload=claimed.payload,
        allow_loopback=settings.webhook_allow_loopback,
        timeout=settings.webhook_timeout_seconds,
    )


def record_outcome(
    session: Session,
    *,
    claimed: ClaimedDelivery,
    outcome: http_delivery.Outcome,
    now: datetime,
    settings: Settings,
) -> DeliveryStatus | None:
    """Store the attempt's result and schedule the next one (backoff) or give up. Ignored (None)
    when the claim was lost — the lease ran out and another worker took the delivery over."""
    values: dict[str, Any] = {
        "response_status": outcome.response_status,
        "last_error": outcome.error[:1000] if outcome.error else None,
    }
    delays = settings.webhook_retry_delays_seconds
    if outcome.delivered:
        values["status"] = DeliveryStatus.succeeded
    elif not outcome.retry or claimed.attempts >= max_attempts(settings):
        values["status"] = DeliveryStatus.failed
    else:
        values["next_attempt_at"] = now + timedelta(seconds=delays[claimed.attempts - 1])
    pending = WebhookDelivery.status == DeliveryStatus.pending
    written = update_claimed(session, WebhookDelivery, claimed, in_flight=pending, values=values)
    return values.get("status", DeliveryStatus.pending) if written else None
