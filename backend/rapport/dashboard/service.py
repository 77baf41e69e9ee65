"""The dashboard: what is due, what is coming, how the network grows — in a fixed number of
queries whatever the size of the account (no per-row lookups)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, load_only

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
    upcoming: Sequence[tuple[Interview, str]]
    due: Sequence[tuple[Reminder, str | None]]
    overdue: list[Contact]
    weeks: list[tuple[date, int, int]]
    referral_yield: referrals_service.Yield


# The lists load only what the dashboard shows (up to 250 rows per call: no notes, question
# lists or checklists); anything else raises instead of loading row by row.
_UPCOMING_COLUMNS = load_only(
    Interview.contact_id,
    Interview.status,
    Interview.scheduled_at,
    Interview.duration_minutes,
    Interview.medium,
    Interview.location,
    raiseload=True,
)
_DUE_COLUMNS = load_only(
    Reminder.kind,
    Reminder.title,
    Reminder.due_at,
    Reminder.contact_id,
    Reminder.interview_id,
    Reminder.auto,
    raiseload=True,
)
_OVERDUE_COLUMNS = load_only(
    Contact.full_name,
    Contact.organization,
    Contact.stage,
    Contact.last_contacted_at,
    Contact.next_touch_due,
    raiseload=True,
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
        (interview, name)
        for interview, name in session.execute(
            select(Interview, Contact.full_name)
            .options(_UPCOMING_COLUMNS)
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
        (reminder, name)
        for reminder, name in session.execute(
            select(Reminder, Contact.full_name)
            .options(_DUE_COLUMNS)
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
        session.scalars(
            select(Contact)
            .options(_OVERDUE_COLUMNS)
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


def days_overdue(contact: Contact, *, zone: ZoneInfo, today: date) -> int:
    assert contact.next_touch_due is not None
    return max(0, (today - contact.next_touch_due.astimezone(zone).date()).days)
