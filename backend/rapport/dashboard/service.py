"""The dashboard: what is due, what is coming, how the network grows — in two statements whatever
the size of the account: one row of numbers (stage counts, activity per week, the referral
yield) and the three short lists. Both are built once, with the user and the instants that
depend on the user's time zone as parameters."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.types import Boolean, Text, Uuid

from rapport.accounts.models import User
from rapport.contacts.models import Contact, Stage
from rapport.db import UTCDateTime, utcnow
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview, InterviewStatus
from rapport.referrals import service as referrals_service
from rapport.reminders.models import Reminder, ReminderStatus

UPCOMING_DAYS = 14
DUE_DAYS = 7
WEEKS = 12
MAX_UPCOMING = 50
MAX_DUE = 100
MAX_OVERDUE = 100

_USER = bindparam("user_id", type_=Uuid())


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


# --- the numbers ---------------------------------------------------------------------------------


def _count(*conditions: ColumnElement[bool]) -> Any:
    return select(func.count()).where(*conditions).scalar_subquery()


def _week(moment: Any, i: int) -> list[ColumnElement[bool]]:
    """Rows in week ``i``: between two local Mondays' midnights, given as instants (so DST and
    offsets are exact on every database)."""
    start = bindparam(f"week_{i}", type_=UTCDateTime())
    end = bindparam(f"week_{i + 1}", type_=UTCDateTime())
    return [moment >= start, moment < end]


# One row: contacts per stage, then touches per week, then completed interviews per week (oldest
# week first), then the referral yield. Each is a count over one index range.
NUMBERS = select(
    *(_count(Contact.user_id == _USER, Contact.stage == stage) for stage in Stage),
    *(
        _count(Interaction.user_id == _USER, *_week(Interaction.occurred_at, i))
        for i in range(WEEKS)
    ),
    *(
        _count(
            Interview.user_id == _USER,
            Interview.status == InterviewStatus.completed,
            *_week(Interview.completed_at, i),
        )
        for i in range(WEEKS)
    ),
    *referrals_service.YIELD_COUNTS,
)


# --- the lists -----------------------------------------------------------------------------------


def _columns(kind: str, **columns: Any) -> list[Any]:
    """The lists share one column layout (unused columns null), so one statement reads them."""
    types: dict[str, Any] = {
        "id": Uuid(),
        "contact_id": Uuid(),
        "contact_name": String(),
        "at": UTCDateTime(),
        "at2": UTCDateTime(),
        "word": String(),
        "word2": String(),
        "number": Integer(),
        "place": Text(),
        "interview_id": Uuid(),
        "flag": Boolean(),
    }
    return [
        literal(kind, String()).label("list"),
        *(
            (type_coerce(columns[name], type_) if name in columns else cast(null(), type_)).label(
                name
            )
            for name, type_ in types.items()
        ),
    ]


_UPCOMING = (
    select(
        *_columns(
            "upcoming",
            id=Interview.id,
            contact_id=Interview.contact_id,
            contact_name=Contact.full_name,
            at=Interview.scheduled_at,
            word=Interview.status,
            word2=Interview.medium,
            number=Interview.duration_minutes,
            place=Interview.location,
        )
    )
    .join(Contact, Contact.id == Interview.contact_id)
    .where(
        Interview.user_id == _USER,
        Interview.status == InterviewStatus.scheduled,
        Interview.scheduled_at >= bindparam("start_of_today"),
        Interview.scheduled_at < bindparam("upcoming_end"),
    )
    .order_by(Interview.scheduled_at, Interview.id)
    .limit(MAX_UPCOMING)
    .subquery()
)
_DUE = (
    select(
        *_columns(
            "due",
            id=Reminder.id,
            contact_id=Reminder.contact_id,
            contact_name=Contact.full_name,
            at=Reminder.due_at,
            word=Reminder.kind,
            word2=Reminder.title,
            interview_id=Reminder.interview_id,
            flag=Reminder.auto,
        )
    )
    .outerjoin(Contact, Contact.id == Reminder.contact_id)
    .where(
        Reminder.user_id == _USER,
        Reminder.status == ReminderStatus.open,
        Reminder.due_at < bindparam("due_end"),
    )
    .order_by(Reminder.due_at, Reminder.id)
    .limit(MAX_DUE)
    .subquery()
)
_OVERDUE = (
    select(
        *_columns(
            "overdue",
            id=Contact.id,
            contact_name=Contact.full_name,
            at=Contact.next_touch_due,
            at2=Contact.last_contacted_at,
            word=Contact.stage,
            word2=Contact.organization,
        )
    )
    .where(
        Contact.user_id == _USER,
        Contact.next_touch_due <= bindparam("now"),
        Contact.stage != Stage.closed,
    )
    .order_by(Contact.next_touch_due, Contact.id)
    .limit(MAX_OVERDUE)
    .subquery()
)
LISTS: Select[Any] = (
    union_all(*(select(*part.c) for part in (_UPCOMING, _DUE, _OVERDUE))).subquery().select()
)


# --- the answer ----------------------------------------------------------------------------------


def parameters(
    user_id: uuid.UUID, timezone: str, now: datetime
) -> tuple[dict[str, Any], date, list[date]]:
    """The statements' parameters for this user at this instant, today's local date and the
    weeks' local Mondays (oldest first)."""
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    first_week = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)
    mondays = [first_week + timedelta(weeks=i) for i in range(WEEKS + 1)]
    values: dict[str, Any] = {
        "user_id": user_id,
        "now": now,
        "start_of_today": local_midnight(today, zone),
        "upcoming_end": now + timedelta(days=UPCOMING_DAYS),
        "due_end": local_midnight(today + timedelta(days=DUE_DAYS + 1), zone),
        **{f"week_{i}": local_midnight(monday, zone) for i, monday in enumerate(mondays)},
    }
    return values, today, mondays[:WEEKS]


def build(session: Session, *, user: User) -> dict[str, Any]:
    """The dashboard's fields (see ``schemas.Dashboard``), read in two statements."""
    now = utcnow()
    values, today, mondays = parameters(user.id, user.timezone, now)
    connection = session.connection()  # plain rows, no ORM machinery
    numbers = connection.execute(NUMBERS, values).one()
    return assemble(
        user.timezone, now, today, mondays, numbers, connection.execute(LISTS, values).all()
    )


def assemble(
    timezone: str,
    now: datetime,
    today: date,
    mondays: list[date],
    numbers: Sequence[Any],
    list_rows: Sequence[Any],
) -> dict[str, Any]:
    """The dashboard's fields from the rows of :data:`NUMBERS` and :data:`LISTS`."""
    zone = ZoneInfo(timezone)
    counts = list(numbers)
    stages, counts = counts[: len(Stage)], counts[len(Stage) :]
    touches, interviews, found = counts[:WEEKS], counts[WEEKS : 2 * WEEKS], counts[2 * WEEKS :]
    lists: dict[str, list[Any]] = {"upcoming": [], "due": [], "overdue": []}
    for row in sorted(list_rows, key=lambda row: (row.at, row.id)):
        lists[row.list].append(row)
    return {
        "timezone": timezone,
        "today": today,
        "generated_at": now,
        "stage_counts": dict(zip((stage.value for stage in Stage), stages, strict=True)),
        "upcoming_interviews": [
            {
                "id": row.id,
                "contact_id": row.contact_id,
                "contact_name": row.contact_name,
                "status": row.word,
                "scheduled_at": row.at,
                "duration_minutes": row.number,
                "medium": row.word2,
                "location": row.place,
            }
            for row in lists["upcoming"]
        ],
        "due_reminders": [
            {
                "id": row.id,
                "kind": row.word,
                "title": row.word2,
                "due_at": row.at,
                "contact_id": row.contact_id,
                "contact_name": row.contact_name,
                "interview_id": row.interview_id,
                "auto": row.flag,
                "overdue": row.at < now,
                "due_today": row.at.astimezone(zone).date() == today,
            }
            for row in lists["due"]
        ],
        "overdue_contacts": [
            {
                "id": row.id,
                "full_name": row.contact_name,
                "organization": row.word2,
                "stage": row.word,
                "last_contacted_at": row.at2,
                "next_touch_due": row.at,
                "days_overdue": max(0, (today - row.at.astimezone(zone).date()).days),
            }
            for row in lists["overdue"]
        ],
        "weekly_activity": [
            {"week_start": monday, "touches": touches[i], "interviews": interviews[i]}
            for i, monday in enumerate(mondays)
        ],
        "referral_yield": referrals_service.Yield(*found).answer(),
    }
