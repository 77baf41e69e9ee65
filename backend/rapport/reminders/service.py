"""Reminders: what the student should do next, by hand or created by the system."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport import automation
from rapport.accounts.models import User
from rapport.contacts.models import Contact
from rapport.db import utcnow
from rapport.errors import Conflict, Invalid
from rapport.interviews.models import Interview
from rapport.pagination import Listing, PageParams, SortKey
from rapport.reads import columns_of
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from rapport.reminders.schemas import (
    ReminderCreate,
    ReminderFilters,
    ReminderRead,
    ReminderUpdate,
)
from rapport.schemas import EARLIEST

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Reminder, ReminderRead)

# --- manual reminders --------------------------------------------------------------------------

LATEST_AHEAD = timedelta(days=365 * 20)


def _check_due(due_at: datetime) -> None:
    if not EARLIEST <= due_at <= utcnow() + LATEST_AHEAD:
        raise Invalid("due_at must be between 1900 and 20 years from now.", field="due_at")


def _owned(session: Session, model: Any, object_id: uuid.UUID, user: User) -> Any:
    obj = session.get(model, object_id)
    return obj if obj is not None and obj.user_id == user.id else None


_LISTING = Listing(
    select(*READ_COLUMNS).where(Reminder.user_id == bindparam("user_id")),
    keys=(SortKey(Reminder.due_at, datetime), SortKey(Reminder.id, uuid.UUID)),
    sort="reminders",
    filters={
        "status": lambda _: Reminder.status == bindparam("status"),
        "kind": lambda _: Reminder.kind == bindparam("kind"),
        "contact_id": lambda _: Reminder.contact_id == bindparam("contact_id"),
        "interview_id": lambda _: Reminder.interview_id == bindparam("interview_id"),
        "due_before": lambda _: Reminder.due_at < bindparam("due_before"),
    },
)


def list_reminders(
    session: Session, *, user: User, filters: ReminderFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """Soonest due first."""
    return _LISTING.page(session, page, user_id=user.id, **filters.model_dump())


def _is_active_keep_in_touch(session: Session, reminder: Reminder) -> bool:
    """The one reminder Rapport keeps for a contact's cadence (it would reappear at once)."""
    if reminder.kind != ReminderKind.keep_in_touch or reminder.contact_id is None:
        return False
    return automation.wants_keep_in_touch(session.get_one(Contact, reminder.contact_id))


def create_reminder(session: Session, *, user: User, data: ReminderCreate) -> Reminder:
    _check_due(data.due_at)
    contact_id = data.contact_id
    if data.interview_id is not None:
        interview = _owned(session, Interview, data.interview_id, user)
        if interview is None:
            raise Invalid("No interview with this id.", field="interview_id")
        if contact_id is not None and contact_id != interview.contact_id:
            raise Invalid("This interview is with another contact.", field="interview_id")
        contact_id = interview.contact_id
    contact = None
    if contact_id is not None:
        contact = _owned(session, Contact, contact_id, user)
        if contact is None:
            raise Invalid("No contact with this id.", field="contact_id")
    if data.kind == ReminderKind.keep_in_touch:
        if contact is None:
            raise Invalid("A keep_in_touch reminder needs a contact_id.", field="contact_id")
        if automation.open_keep_in_touch(session, contact_id=contact.id) is not None:
            raise Conflict(
                "This contact already has an open keep_in_touch reminder; snooze it (PATCH "
                "due_at) or change the contact's keep_in_touch_days instead."
            )
    reminder = Reminder(
        user_id=user.id,
        contact_id=contact_id,  # an interview's reminder is about the interview's contact
        auto=False,
        **data.model_dump(exclude={"contact_id"}),
    )
    session.add(reminder)
    session.flush()
    return reminder


def update_reminder(session: Session, *, reminder: Reminder, data: ReminderUpdate) -> Reminder:
    changes = data.changes()
    if "due_at" in changes:
        _check_due(changes["due_at"])
    new_status = changes.pop("status", reminder.status)
    old_status = reminder.status
    if new_status != old_status:
        _check_status_change(session, reminder, new_status)
    for field, value in changes.items():
        setattr(reminder, field, value)
    if new_status != old_status:
        reminder.status = new_status
        reminder.done_at = utcnow() if new_status == ReminderStatus.done else None
    session.flush()
    if (
        new_status == ReminderStatus.done
        and old_status != ReminderStatus.done
        and reminder.kind == ReminderKind.keep_in_touch
        and reminder.contact_id is not None
    ):
        automation.kept_in_touch(session, reminder=reminder)
    return reminder


def _check_status_change(session: Session, reminder: Reminder, new_status: ReminderStatus) -> None:
    if reminder.kind != ReminderKind.keep_in_touch or reminder.contact_id is None:
        return
    if (
        new_status == ReminderStatus.dismissed
        and reminder.status == ReminderStatus.open
        and _is_active_keep_in_touch(session, reminder)
    ):
        raise Conflict(
            "This keep-in-touch reminder follows the contact's cadence and would come straight "
            "back: mark it done when you have been in touch, snooze it (due_at), or remove "
            "the contact's keep_in_touch_days."
        )
    if (
        new_status == ReminderStatus.open
        and automation.open_keep_in_touch(session, contact_id=reminder.contact_id) is not None
    ):
        raise Conflict("This contact already has an open keep_in_touch reminder.")


def delete_reminder(session: Session, *, reminder: Reminder) -> None:
    if reminder.status == ReminderStatus.open and _is_active_keep_in_touch(session, reminder):
        raise Conflict(
            "This keep-in-touch reminder follows the contact's cadence and would come straight "
            "back: remove the contact's keep_in_touch_days to stop it."
        )
    session.delete(reminder)
    session.flush()
