"""The daily digest: what is due for one user on their local day, and its plain-text e-mail.

"Due" means, for the user's local calendar day (``users.timezone``):
- open reminders due before the day ends (today's and overdue ones);
- interviews scheduled to start during the day;
- contacts whose next touch is due before the day ends and that have no open keep-in-touch
  reminder already listed (so nobody appears twice).
"""

from __future__ import annotations

import uuid
import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.contacts.models import Contact, Stage
from rapport.interviews.models import Interview, InterviewStatus
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus

MAX_ITEMS_PER_SECTION = 50


@dataclass(frozen=True)
class DueReminder:
    title: str
    due_at: datetime
    contact_id: uuid.UUID | None
    kind: ReminderKind


@dataclass(frozen=True)
class TodaysInterview:
    contact_name: str
    scheduled_at: datetime
    duration_minutes: int
    medium: str
    location: str


@dataclass(frozen=True)
class ContactToTouch:
    id: uuid.UUID
    full_name: str
    organization: str | None
    next_touch_due: datetime


@dataclass
class Digest:
    name: str
    timezone: tzinfo
    timezone_name: str
    local_date: date
    day_start: datetime
    reminders: list[DueReminder] = field(default_factory=list)
    interviews: list[TodaysInterview] = field(default_factory=list)
    contacts: list[ContactToTouch] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.reminders) + len(self.interviews) + len(self.contacts)

    @property
    def is_empty(self) -> bool:
        return self.count == 0


def user_timezone(user: User) -> tuple[tzinfo, str]:
    try:
        return zoneinfo.ZoneInfo(user.timezone), user.timezone
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC"), "UTC"


def local_day(now: datetime, tz: tzinfo) -> tuple[date, datetime, datetime]:
    """The local date at ``now`` and the instants its day starts and ends (DST-aware)."""
    local_date = now.astimezone(tz).date()
    start = datetime.combine(local_date, time(0), tz)
    end = datetime.combine(local_date + timedelta(days=1), time(0), tz)
    return local_date, start, end


def _due_reminders(session: Session, user: User, day_end: datetime) -> list[DueReminder]:
    rows = session.scalars(
        select(Reminder)
        .where(
            Reminder.user_id == user.id,
            Reminder.status == ReminderStatus.open,
            Reminder.due_at < day_end,
        )
        .order_by(Reminder.due_at, Reminder.id)
        .limit(MAX_ITEMS_PER_SECTION)
    )
    return [DueReminder(r.title, r.due_at, r.contact_id, r.kind) for r in rows]


def _todays_interviews(
    session: Session, user: User, day_start: datetime, day_end: datetime
) -> list[TodaysInterview]:
    rows = session.execute(
        select(Interview, Contact.full_name)
        .join(Contact, Contact.id == Interview.contact_id)
        .where(
            Interview.user_id == user.id,
            Interview.status == InterviewStatus.scheduled,
            Interview.scheduled_at >= day_start,
            Interview.scheduled_at < day_end,
        )
        .order_by(Interview.scheduled_at, Interview.id)
        .limit(MAX_ITEMS_PER_SECTION)
    ).all()
    return [
        TodaysInterview(
            contact_name=name,
            scheduled_at=interview.scheduled_at,
            duration_minutes=interview.duration_minutes,
            medium=interview.medium.value,
            location=interview.location,
        )
        for interview, name in rows
        if interview.scheduled_at is not None
    ]


def _contacts_to_touch(
    session: Session, user: User, day_end: datetime, listed: set[uuid.UUID]
) -> list[ContactToTouch]:
    rows = session.scalars(
        select(Contact)
        .where(
            Contact.user_id == user.id,
            Contact.next_touch_due < day_end,
            Contact.stage != Stage.closed,
        )
        .order_by(Contact.next_touch_due, Contact.id)
        .limit(MAX_ITEMS_PER_SECTION + len(listed))
    )
    found = [
        ContactToTouch(c.id, c.full_name, c.organization, c.next_touch_due)
        for c in rows
        if c.id not in listed and c.next_touch_due is not None
    ]
    return found[:MAX_ITEMS_PER_SECTION]


def collect(session: Session, *, user: User, now: datetime) -> Digest:
    tz, tz_name = user_timezone(user)
    local_date, day_start, day_end = local_day(now, tz)
    digest = Digest(
        name=user.name,
        timezone=tz,
        timezone_name=tz_name,
        local_date=local_date,
        day_start=day_start,
    )
    digest.reminders = _due_reminders(session, user, day_end)
    digest.interviews = _todays_interviews(session, user, day_start, day_end)
    listed = {
        r.contact_id
        for r in digest.reminders
        if r.kind == ReminderKind.keep_in_touch and r.contact_id is not None
    }
    digest.contacts = _contacts_to_touch(session, user, day_end, listed)
    return digest


# --- the e-mail ----------------------------------------------------------------------------


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _when(moment: datetime, digest: Digest) -> str:
    local = moment.astimezone(digest.timezone)
    if moment >= digest.day_start:
        return f"due {local:%H:%M}"
    return f"overdue since {local:%a %d %b}"


def subject(digest: Digest) -> str:
    things = "thing" if digest.count == 1 else "things"
    return f"Rapport: {digest.count} {things} due today ({digest.local_date:%a %d %b})"


def body_text(digest: Digest, *, app_url: str) -> str:
    lines = [
        f"Hello {_one_line(digest.name, 100)},",
        "",
        f"Here is what is due today, {digest.local_date:%A %d %B %Y} "
        f"(times in {digest.timezone_name}).",
    ]
    if digest.interviews:
        lines += ["", "Interviews today"]
        for interview in digest.interviews:
            start = interview.scheduled_at.astimezone(digest.timezone)
            end = start + timedelta(minutes=interview.duration_minutes)
            where = f" — {_one_line(interview.location)}" if interview.location.strip() else ""
            medium = interview.medium.replace("_", " ")
            lines.append(
                f"  - {start:%H:%M}–{end:%H:%M} {_one_line(interview.contact_name)} "
                f"({medium}){where}"
            )
    if digest.reminders:
        lines += ["", "Reminders"]
        for reminder in digest.reminders:
            lines.append(f"  - {_one_line(reminder.title)} ({_when(reminder.due_at, digest)})")
    if digest.contacts:
        lines += ["", "Time to get back in touch"]
        for contact in digest.contacts:
            org = f", {_one_line(contact.organization)}" if contact.organization else ""
            lines.append(
                f"  - {_one_line(contact.full_name)}{org} "
                f"(touch {_when(contact.next_touch_due, digest)}): {app_url}/contacts/{contact.id}"
            )
    lines += [
        "",
        f"Open Rapport: {app_url}/",
        "",
        "--",
        "You get this e-mail because daily digests are on in your Rapport settings; "
        f"turn them off there: {app_url}/settings",
        "",
    ]
    return "\n".join(lines)
