"""The dashboard: what is due, what is coming, how the network grows — in a fixed number of
queries whatever the size of the account (no per-row lookups)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from rapport.accounts.models import User
from rapport.contacts.models import Contact, Stage
from rapport.db import utcnow
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


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone)


@dataclass(frozen=True)
class DashboardData:
    timezone: str
    today: date
    generated_at: datetime
    stage_counts: dict[str, int]
    # Rows with the models' attribute names (see the column lists below).
    upcoming: Sequence[tuple[Any, str]]
    due: Sequence[tuple[Any, str | None]]
    overdue: list[Any]
    weeks: list[tuple[date, int, int]]
    referral_yield: referrals_service.Yield


# The lists read only the columns the dashboard shows, as plain rows with the same attribute
# names as the models (up to 250 of them per call): building ORM objects for them cost more
# than all the queries together.
_UPCOMING_COLUMNS = (
    Interview.id,
    Interview.contact_id,
    Interview.status,
    Interview.scheduled_at,
    Interview.duration_minutes,
    Interview.medium,
    Interview.location,
)
_DUE_COLUMNS = (
    Reminder.id,
    Reminder.kind,
    Reminder.title,
    Reminder.due_at,
    Reminder.contact_id,
    Reminder.interview_id,
    Reminder.auto,
)
_OVERDUE_COLUMNS = (
    Contact.id,
    Contact.full_name,
    Contact.organization,
    Contact.stage,
    Contact.last_contacted_at,
    Contact.next_touch_due,
)


def build(session: Session, *, user: User) -> DashboardData:
    zone = ZoneInfo(user.timezone)
    now = utcnow()
    today = now.astimezone(zone).date()
    start_of_today = local_midnight(today, zone)

    counts: dict[str, int] = {stage.value: 0 for stage in Stage}
    for stage, count in session.execute(
        select(Contact.stage, func.count())
        .where(Contact.user_id == user.id)
        .group_by(Contact.stage)
    ):
        counts[Stage(stage).value] = count

    upcoming = [
        (row, row.full_name)
        for row in session.execute(
            select(*_UPCOMING_COLUMNS, Contact.full_name)
            .join(Contact, Contact.id == Interview.contact_id)
            .where(
                Interview.user_id == user.id,
                Interview.status == InterviewStatus.scheduled,
                Interview.scheduled_at >= start_of_today,
                Interview.scheduled_at < now + timedelta(days=UPCOMING_DAYS),
            )
            .order_by(Interview.scheduled_at, Interview.id)
            .limit(MAX_UPCOMING)
        )
    ]

    due_end = local_midnight(today + timedelta(days=DUE_DAYS + 1), zone)
    due = [
        (row, row.full_name)
        for row in session.execute(
            select(*_DUE_COLUMNS, Contact.full_name)
            .outerjoin(Contact, Contact.id == Reminder.contact_id)
            .where(
                Reminder.user_id == user.id,
                Reminder.status == ReminderStatus.open,
                Reminder.due_at < due_end,
            )
            .order_by(Reminder.due_at, Reminder.id)
            .limit(MAX_DUE)
        )
    ]

    overdue = list(
        session.execute(
            select(*_OVERDUE_COLUMNS)
            .where(
                Contact.user_id == user.id,
                Contact.next_touch_due <= now,
                Contact.stage != Stage.closed,
            )
            .order_by(Contact.next_touch_due, Contact.id)
            .limit(MAX_OVERDUE)
        )
    )

    return DashboardData(
        timezone=user.timezone,
        today=today,
        generated_at=now,
        stage_counts=counts,
        upcoming=upcoming,
        due=due,
        overdue=overdue,
        weeks=weekly_activity(session, user=user, zone=zone, today=today),
        referral_yield=referrals_service.referral_yield(session, user=user),
    )


def weekly_activity(
    session: Session, *, user: User, zone: ZoneInfo, today: date
) -> list[tuple[date, int, int]]:
    """(Monday, touches, completed interviews) for the last WEEKS local weeks, oldest first.

    The database counts rows per week between boundaries computed here (each local Monday's
    midnight as an instant), so DST and offsets are exact on every DB and only WEEKS numbers
    come back, however active the account is."""
    this_week = today - timedelta(days=today.weekday())
    first_week = this_week - timedelta(weeks=WEEKS - 1)
    params: dict[str, Any] = {
        f"week_{i}": local_midnight(first_week + timedelta(weeks=i), zone) for i in range(WEEKS + 1)
    }
    params["user_id"] = user.id
    touches, interviews = ([0] * WEEKS for _ in _WEEKLY_COUNTS)
    for statement, per_week in zip(_WEEKLY_COUNTS, (touches, interviews), strict=True):
        for index, count in session.execute(statement, params):
            per_week[index] = count
    return [(first_week + timedelta(weeks=i), touches[i], interviews[i]) for i in range(WEEKS)]


def _count_by_week(
    moment: InstrumentedAttribute[Any], *conditions: ColumnElement[bool]
) -> Select[Any]:
    """Rows per week: (index, count) for rows in [week_i, week_i+1), with the WEEKS + 1
    boundaries and the user as parameters. Built once, as building it costs more than running
    it."""
    bounds = [bindparam(f"week_{i}", type_=moment.type) for i in range(WEEKS + 1)]
    week = case(*((moment < bound, i) for i, bound in enumerate(bounds[1:])))
    rows = (
        select(week.label("week"))
        .where(*conditions, moment >= bounds[0], moment < bounds[-1])
        .subquery()
    )
    return select(rows.c.week, func.count()).group_by(rows.c.week)


_WEEKLY_COUNTS = (
    _count_by_week(Interaction.occurred_at, Interaction.user_id == bindparam("user_id")),
    _count_by_week(
        Interview.completed_at,
        Interview.user_id == bindparam("user_id"),
        Interview.status == InterviewStatus.completed,
    ),
)


def days_overdue(contact: Any, *, zone: ZoneInfo, today: date) -> int:
    """Whole local days since the contact (or a row of its columns) was due for a touch."""
    assert contact.next_touch_due is not None
    return max(0, (today - contact.next_touch_due.astimezone(zone).date()).days)
