"""Phone shortcuts: log a touch in one request, and a compact "what is due today"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import EmailStr, TypeAdapter, ValidationError
from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Contact, Stage
from rapport.contacts.schemas import ContactCreate
from rapport.db import utcnow
from rapport.errors import Conflict, Invalid, NotFound
from rapport.interactions import service as interactions_service
from rapport.interactions.models import Interaction
from rapport.interactions.schemas import InteractionCreate
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from rapport.shortcuts.schemas import DueToday, DueTodayReminder, DueTodayTouch, QuickLog

_EMAIL = TypeAdapter(EmailStr)
_KIND_WORDS = {
    "email": "an e-mail to",
    "call": "a call with",
    "meeting": "a meeting with",
    "message": "a message to",
    "linkedin": "a LinkedIn touch with",
    "article_shared": "an article shared with",
    "update": "an update to",
    "event": "an event with",
    "note": "a note about",
}


def _day(moment: datetime, zone: ZoneInfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}"


def _find(session: Session, *, user: User, data: QuickLog) -> tuple[Contact | None, str | None]:
    """The matching contact (or None), and the e-mail address if one was given."""
    if "@" in data.contact:
        try:
            email = _EMAIL.validate_python(data.contact)
        except ValidationError:
            raise Invalid("This is not a valid e-mail address.", field="contact") from None
        found = session.scalars(
            select(Contact)
            .where(Contact.user_id == user.id, func.lower(Contact.email) == email.lower())
            .order_by(Contact.created_at, Contact.id)
            .limit(1)
        ).first()
        return found, email
    matches = list(
        session.scalars(
            select(Contact)
            .where(Contact.user_id == user.id, Contact.name_key == data.contact.casefold()[:200])
            .order_by(Contact.created_at, Contact.id)
            .limit(5)
        )
    )
    if len(matches) > 1:
        hints = ", ".join(m.email or m.organization or str(m.id) for m in matches)
        raise Conflict(
            f"{len(matches)} of your contacts are called {data.contact!r} ({hints}); "
            "send their e-mail address instead."
        )
    return (matches[0] if matches else None), None


def quick_log(
    session: Session, *, user: User, data: QuickLog
) -> tuple[Contact, Interaction, bool, str]:
    contact, email = _find(session, user=user, data=data)
    created = contact is None
    if contact is None:
        if not data.create:
            raise NotFound(f"No contact matches {data.contact!r}.")
        name = data.name or data.contact
        contact = contacts_service.create_contact(
            session, user=user, data=ContactCreate(full_name=name, email=email)
        )
    interaction = interactions_service.log_touch(
        session,
        contact=contact,
        data=InteractionCreate(kind=data.kind, occurred_at=data.occurred_at, summary=data.summary),
    )
    message = f"Logged {_KIND_WORDS[data.kind.value]} {contact.full_name}."
    if created:
        message += " (New contact.)"
    if contact.next_touch_due is not None:
        message += f" Next touch due {_day(contact.next_touch_due, ZoneInfo(user.timezone))}."
    return contact, interaction, created, message


# --- due today -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Day:
    start: datetime  # local midnight today
    end: datetime  # local midnight tomorrow


def _today(user: User) -> tuple[_Day, ZoneInfo]:
    zone = ZoneInfo(user.timezone)
    today = utcnow().astimezone(zone).date()
    start = datetime.combine(today, time(0), tzinfo=zone)
    end = datetime.combine(today + timedelta(days=1), time(0), tzinfo=zone)
    return _Day(start=start, end=end), zone


def _first(
    session: Session, query: Select[*tuple[Any, ...]], where: ColumnElement[bool], limit: int
) -> tuple[list[Row[Any]], int]:
    """The first ``limit`` rows of ``query`` that match ``where``, and how many match in all."""
    rows = list(session.execute(query.where(where).limit(limit)))
    return rows, session.scalar(select(func.count()).where(where)) or 0


def due_today(session: Session, *, user: User, limit: int) -> DueToday:
    """Read as plain rows, like every answer to a GET (see rapport/reads.py)."""
    day, zone = _today(user)
    reminder_rows, reminders_total = _first(
        session,
        select(
            Reminder.id,
            Reminder.kind,
            Reminder.title,
            Reminder.due_at,
            Reminder.contact_id,
            Contact.full_name.label("contact_name"),
        )
        .outerjoin(Contact, Contact.id == Reminder.contact_id)
        .order_by(Reminder.due_at, Reminder.id),
        and_(
            Reminder.user_id == user.id,
            Reminder.status == ReminderStatus.open,
            Reminder.kind != ReminderKind.keep_in_touch,
            Reminder.due_at < day.end,
        ),
        limit,
    )
    reminders = [
        DueTodayReminder(**row._mapping, overdue=row.due_at < day.start) for row in reminder_rows
    ]
    keep_in_touch = and_(
        Reminder.contact_id == Contact.id,
        Reminder.kind == ReminderKind.keep_in_touch,
        Reminder.status == ReminderStatus.open,
    )
    touch_rows, touches_total = _first(
        session,
        select(
            Contact.id.label("contact_id"),
            Contact.full_name,
            Contact.organization,
            Contact.email,
            Contact.next_touch_due,
            Reminder.id.label("reminder_id"),
        )
        .outerjoin(Reminder, keep_in_touch)
        .order_by(Contact.next_touch_due, Contact.id),
        and_(
            Contact.user_id == user.id,
            Contact.next_touch_due < day.end,
            Contact.stage != Stage.closed,
        ),
        limit,
    )
    touches = [
        DueTodayTouch(**row._mapping, overdue=row.next_touch_due < day.start) for row in touch_rows
    ]
    return DueToday(
        date=day.start.date(),
        timezone=user.timezone,
        reminders=reminders,
        reminders_total=reminders_total,
        touches=touches,
        touches_total=touches_total,
        text=_text(day, zone, reminders, reminders_total, touches, touches_total),
    )


def _text(
    day: _Day,
    zone: ZoneInfo,
    reminders: list[DueTodayReminder],
    reminders_total: int,
    touches: list[DueTodayTouch],
    touches_total: int,
) -> str:
    heading = f"{day.start:%A} {day.start.day} {day.start:%B}"
    if not reminders_total and not touches_total:
        return f"{heading}: nothing is due."
    lines = [f"{heading}: {reminders_total} reminder(s), {touches_total} touch(es) due."]

    def since(moment: datetime) -> str:
        local = moment.astimezone(zone)
        return f" (overdue since {local.day} {local:%b})"

    for reminder in reminders:
        lines.append(f"• {reminder.title}{since(reminder.due_at) if reminder.overdue else ''}")
    for touch in touches:
        where = f", {touch.organization}" if touch.organization else ""
        overdue = since(touch.next_touch_due) if touch.overdue else ""
        lines.append(f"• Keep in touch: {touch.full_name}{where}{overdue}")
    more = reminders_total - len(reminders) + touches_total - len(touches)
    if more > 0:
        lines.append(f"… and {more} more in Rapport.")
    return "\n".join(lines)
