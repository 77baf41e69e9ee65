"""E-mail: queueing each user's daily digest and password-reset links, and the outbox the worker
sends from.

Once per user per local day: the digest row's ``dedupe_key`` is ``digest:<local date>`` and
``(user_id, dedupe_key)`` is unique, so however many workers run and however often they restart,
a day gets at most one row — inserted with ``ON CONFLICT DO NOTHING``.

Sending is *at least once* and never loses a message: a worker claims a row (``sending``, with
``claimed_at``), talks to the SMTP server with no transaction open, then records ``sent`` — or,
when the server refused or could not be reached, ``pending`` again with a later
``next_attempt_at`` (backoff), and ``failed`` after the last retry. If the worker dies between
the server accepting the message and the row being marked, the row stays ``sending``; after
``RAPPORT_EMAIL_SENDING_LEASE_SECONDS`` another pass sends it again (the same Message-ID, which
mail systems use to hide a duplicate). We chose that over marking such a row "unknown" and
never resending: a lost digest is worse than a rare duplicate, and the window is milliseconds.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, case, func, or_, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.config import PASSWORD_RESET_LINK_VALID, Settings
from rapport.notifications import digest as digests
from rapport.notifications import smtp
from rapport.notifications.models import EmailStatus, OutgoingEmail
from rapport.outbox import claim_columns, claim_next, update_claimed

logger = logging.getLogger("rapport.notifications")

DAILY_CAP_WINDOW = timedelta(hours=24)
DIGEST_KEY_PREFIX = "digest:"
RESET_KEY_PREFIX = "password-reset:"
RESETS_PER_HOUR = 3


def digest_key(local_date: Any) -> str:
    return f"{DIGEST_KEY_PREFIX}{local_date.isoformat()}"


def _already_queued(session: Session, *, user: User, key: str) -> bool:
    found = session.scalar(
        select(OutgoingEmail.id).where(
            OutgoingEmail.user_id == user.id, OutgoingEmail.dedupe_key == key
        )
    )
    return found is not None


def _queued_since(session: Session, *, user: User, prefix: str, since: datetime) -> int:
    """How many e-mails of one kind (by their key's prefix) were queued for the user since."""
    recent = session.scalar(
        select(func.count()).where(
            OutgoingEmail.user_id == user.id,
            OutgoingEmail.dedupe_key.startswith(prefix),
            OutgoingEmail.created_at > since,
        )
    )
    return recent or 0


def _over_daily_cap(session: Session, *, user: User, now: datetime, cap: int) -> bool:
    since = now - DAILY_CAP_WINDOW
    return _queued_since(session, user=user, prefix=DIGEST_KEY_PREFIX, since=since) >= cap


def _insert_once(session: Session, values: dict[str, Any]) -> bool:
    """Insert unless this (user, dedupe_key) exists; True when this call inserted it."""
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    result = session.execute(
        insert(OutgoingEmail)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["user_id", "dedupe_key"])
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def queue_digest(session: Session, *, user: User, now: datetime, settings: Settings) -> bool:
    """Queue today's digest for the user when it is time and something is due.

    Time: the user's local hour has reached ``digest_hour``. Nothing due → nothing is sent (an
    empty e-mail every day teaches people to ignore it), and later passes that day look again.
    """
    tz, _ = digests.user_timezone(user)
    local_now = now.astimezone(tz)
    if local_now.hour < user.digest_hour:
        return False
    key = digest_key(local_now.date())
    if _already_queued(session, user=user, key=key):
        return False
    if _over_daily_cap(session, user=user, now=now, cap=settings.email_daily_cap):
        logger.info("digest for user %s skipped: daily e-mail cap reached", user.id)
        return False
    digest = digests.collect(session, user=user, now=now)
    if digest.is_empty:
        return False
    return _insert_once(
        session,
        {
            "id": uuid.uuid4(),
            "user_id": user.id,
            "dedupe_key": key,
            "to_address": user.email,
            "subject": digests.subject(digest),
            "body_text": digests.body_text(digest, app_url=settings.resolved_public_url),
            "status": EmailStatus.pending,
            "attempts": 0,
            "next_attempt_at": now,
            "created_at": now,
        },
    )


def queue_due_digests(session: Session, *, now: datetime, settings: Settings) -> int:
    users = session.scalars(
        select(User).where(User.email_reminders.is_(True)).order_by(User.id)
    ).all()
    return sum(queue_digest(session, user=user, now=now, settings=settings) for user in users)


def queue_password_reset(session: Session, *, user: User, link: str, now: datetime) -> bool:
    """Queue an e-mail with a link that sets a new password; False (nothing queued) when the
    user already got `RESETS_PER_HOUR` in the last hour, so nobody can flood an inbox with them.
    Sent whether or not the user wants reminder e-mails."""
    since = now - timedelta(hours=1)
    if _queued_since(session, user=user, prefix=RESET_KEY_PREFIX, since=since) >= RESETS_PER_HOUR:
        logger.info(
            "password reset for user %s not sent: %d in the last hour", user.id, RESETS_PER_HOUR
        )
        return False
    minutes = int(PASSWORD_RESET_LINK_VALID.total_seconds() // 60)
    body = (
        f"Hello {user.name},\n\n"
        f"Someone (we hope you) asked to set a new password for your Rapport account "
        f"{user.email}. Open this link within {minutes} minutes to choose one:\n\n"
        f"{link}\n\n"
        "The link works once. If you did not ask for it, ignore this e-mail: your password "
        "stays as it is.\n"
    )
    session.add(
        OutgoingEmail(
            user_id=user.id,
            dedupe_key=f"{RESET_KEY_PREFIX}{uuid.uuid4()}",
            to_address=user.email,
            subject="Rapport: set a new password",
            body_text=body,
            next_attempt_at=now,
            created_at=now,
        )
    )
    session.flush()
    return True


# --- sending (the worker) ------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimedEmail:
    id: uuid.UUID
    attempts: int
    to_address: str
    subject: str
    body_text: str
    refusal: str | None  # why it must no longer go, if it must not


_IS_RESET = OutgoingEmail.dedupe_key.startswith(RESET_KEY_PREFIX)
# A password-reset link goes whether or not the user wants reminder e-mails, but not once it has
# expired (retries reach into hours); a digest goes only while they still want them.
_REFUSAL = case(
    (
        and_(_IS_RESET, OutgoingEmail.created_at <= bindparam("links_expired_before")),
        "The password-reset link expired before it could be sent.",
    ),
    (
        and_(~_IS_RESET, User.email_reminders.is_(False)),
        "E-mail reminders were turned off before it was sent.",
    ),
    else_=None,
)
_CLAIMED_EMAIL = (
    select(*claim_columns(ClaimedEmail, OutgoingEmail, refusal=_REFUSAL))
    .select_from(OutgoingEmail)
    .join(User, User.id == OutgoingEmail.user_id)
)


def max_attempts(settings: Settings) -> int:
    return len(settings.email_retry_delays_seconds) + 1


def claim_next_email(session: Session, *, now: datetime, lease: timedelta) -> ClaimedEmail | None:
    """Take the oldest e-mail that is due — or left ``sending`` past the lease by a worker that
    died — for this worker (``outbox.claim_next``). An e-mail is not claimed twice in one pass
    (``claimed_at`` is that pass's time)."""
    due = or_(
        and_(
            OutgoingEmail.status == EmailStatus.pending,
            OutgoingEmail.next_attempt_at <= now,
            or_(OutgoingEmail.claimed_at.is_(None), OutgoingEmail.claimed_at < now),
        ),
        and_(OutgoingEmail.status == EmailStatus.sending, OutgoingEmail.claimed_at < now - lease),
    )
    claimed_id = claim_next(
        session, OutgoingEmail, due=due, values={"status": EmailStatus.sending, "claimed_at": now}
    )
    if claimed_id is None:
        return None
    expired_before = now - PASSWORD_RESET_LINK_VALID
    claimed = _CLAIMED_EMAIL.where(OutgoingEmail.id == claimed_id)
    row = session.execute(claimed, {"links_expired_before": expired_before}).one()
    return ClaimedEmail(**row._asdict())


@dataclass(frozen=True)
class SendOutcome:
    sent: bool
    error: str | None = None
    retry: bool = True


def attempt_send(claimed: ClaimedEmail, settings: Settings) -> SendOutcome:
    """One attempt (no database work): refused up front when it must no longer go (reminders
    turned off since, a reset link expired) or when the retries are used up; otherwise handed
    to the SMTP server."""
    if claimed.refusal is not None:
        return SendOutcome(sent=False, error=claimed.refusal, retry=False)
    if claimed.attempts > max_attempts(settings):
        return SendOutcome(
            sent=False,
            error="The worker stopped during the last attempt; it may not have been sent.",
            retry=False,
        )
    message = smtp.build_message(
        settings,
        email_id=claimed.id,
        to=claimed.to_address,
        subject=claimed.subject,
        body=claimed.body_text,
    )
    try:
        smtp.send(settings, message)
    except smtp.SendFailed as exc:
        return SendOutcome(sent=False, error=str(exc))
    return SendOutcome(sent=True)


def record_outcome(
    session: Session,
    *,
    claimed: ClaimedEmail,
    outcome: SendOutcome,
    now: datetime,
    settings: Settings,
) -> EmailStatus | None:
    """Mark the e-mail sent, due again later (backoff), or failed. None when the claim was lost
    (another worker took the row over after the lease ran out)."""
    values: dict[str, Any] = {"last_error": outcome.error[:1000] if outcome.error else None}
    if outcome.sent:
        values |= {"status": EmailStatus.sent, "sent_at": now}
    elif not outcome.retry or claimed.attempts >= max_attempts(settings):
        values["status"] = EmailStatus.failed
    else:
        delay = settings.email_retry_delays_seconds[claimed.attempts - 1]
        values |= {"status": EmailStatus.pending, "next_attempt_at": now + timedelta(seconds=delay)}
    sending = OutgoingEmail.status == EmailStatus.sending
    written = update_claimed(session, OutgoingEmail, claimed, in_flight=sending, values=values)
    return EmailStatus(values["status"]) if written else None
