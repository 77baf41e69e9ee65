"""The dashboard: what is due, what is coming, how the network grows — in a fixed number of
queries whatever the size of the account (no per-row lookups)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
    Rows are bucketed here, by their local date, so DST and offsets are exact on every DB."""
    this_week = today - timedelta(days=today.weekday())
    first_week = this_week - timedelta(weeks=WEEKS - 1)
    start = local_midnight(first_week, zone)
    end = local_midnight(this_week + timedelta(weeks=1), zone)
    touches = [0] * WEEKS
    interviews = [0] * WEEKS

    def bucket(moment: datetime) -> int | None:
        index = (moment.astimezone(zone).date() - first_week).days // 7
        return index if 0 <= index < WEEKS else None

    for (moment,) in session.execute(
        select(Interaction.occurred_at).where(
            Interaction.user_id == user.id,
            Interaction.occurred_at >= start,
            Interaction.occurred_at < end,
        )
    ):
        if (index := bucket(moment)) is not None:
            touches[index] += 1
    for (completed_at,) in session.execute(
        select(Interview.completed_at).where(
            Interview.user_id == user.id,
            Interview.status == InterviewStatus.completed,
            Interview.completed_at >= start,
            Interview.completed_at < end,
        )
    ):
        if completed_at is not None and (index := bucket(completed_at)) is not None:
            interviews[index] += 1
    return [(first_week + timedelta(weeks=i), touches[i], interviews[i]) for i in range(WEEKS)]


def days_overdue(contact: Contact, *, zone: ZoneInfo, today: date) -> int:
    assert contact.next_touch_due is not None
    return max(0, (today - contact.next_touch_due.astimezone(zone).date()).days)
