"""Reminders: what the student should do next, by hand or created by the system."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport.contacts.models import Contact, Stage
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus


def open_keep_in_touch(session: Session, *, contact: Contact) -> Reminder | None:
    return session.scalars(
        select(Reminder).where(
            Reminder.contact_id == contact.id,
            Reminder.kind == ReminderKind.keep_in_touch,
            Reminder.status == ReminderStatus.open,
        )
    ).one_or_none()


def sync_keep_in_touch(session: Session, *, contact: Contact) -> None:
    """Keep exactly one open keep-in-touch reminder per contact with a cadence, due when the
    next touch is; none for contacts without a cadence or that are closed."""
    reminder = open_keep_in_touch(session, contact=contact)
    wanted = contact.next_touch_due is not None and contact.stage != Stage.closed
    if not wanted:
        if reminder is not None:
            session.delete(reminder)
            session.flush()
        return
    assert contact.next_touch_due is not None
    title = f"Keep in touch with {contact.full_name}"[:300]
    if reminder is None:
        session.add(
            Reminder(
                user_id=contact.user_id,
                kind=ReminderKind.keep_in_touch,
                title=title,
                due_at=contact.next_touch_due,
                contact_id=contact.id,
                auto=True,
            )
        )
    else:
        reminder.due_at = contact.next_touch_due
        reminder.title = title
    session.flush()
