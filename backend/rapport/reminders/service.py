"""Reminders: what the student should do next, by hand or created by the system."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.contacts.models import Contact, Stage
from rapport.db import insert_rows, utcnow
from rapport.errors import Conflict, Invalid
from rapport.interactions import service as interactions_service
from rapport.interactions.models import InteractionKind
from rapport.interactions.schemas import InteractionCreate
from rapport.interviews.models import Interview
from rapport.pagination import PageParams, SortKey, paginate
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from rapport.reminders.schemas import ReminderCreate, ReminderUpdate

# Built once: every touch and interview change runs it.
_OPEN_KEEP_IN_TOUCH = select(Reminder).where(
    Reminder.contact_id == bindparam("contact_id"),
    Reminder.kind == ReminderKind.keep_in_touch,
    Reminder.status == ReminderStatus.open,
)


def open_keep_in_touch(session: Session, *, contact: Contact) -> Reminder | None:
    return session.scalars(_OPEN_KEEP_IN_TOUCH, {"contact_id": contact.id}).one_or_none()


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
    title = keep_in_touch_title(contact.full_name)
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


def keep_in_touch_title(full_name: str) -> str:
    return f"Keep in touch with {full_name}"[:300]


def add_keep_in_touch_for_new(session: Session, *, contacts: Sequence[Mapping[str, Any]]) -> None:
    """What :func:`sync_keep_in_touch` does for contacts inserted just now in bulk (which have no
    reminder yet), given as rows of contact columns, in one statement."""
    now = utcnow()
    rows = [
        {
            "id": uuid.uuid4(),
            "user_id": contact["user_id"],
            "kind": ReminderKind.keep_in_touch,
            "title": keep_in_touch_title(contact["full_name"]),
            "notes": "",
            "due_at": contact["next_touch_due"],
            "contact_id": contact["id"],
            "status": ReminderStatus.open,
            "auto": True,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for contact in contacts
        if contact["next_touch_due"] is not None and contact["stage"] != Stage.closed
    ]
    insert_rows(session, Reminder, rows)


# --- automatic reminders of an interview -------------------------------------------------------

INTERVIEW_REMINDER_KINDS = (ReminderKind.thank_you, ReminderKind.follow_up)


def _interview_reminder_due(user: User, kind: ReminderKind, completed_at: datetime) -> datetime:
    if kind == ReminderKind.thank_you:
        return completed_at + timedelta(hours=user.thank_you_within_hours)
    return completed_at + timedelta(days=user.follow_up_after_days)


def _interview_reminders(session: Session, interview: Interview) -> list[Reminder]:
    return list(
        session.scalars(
            select(Reminder).where(
                Reminder.interview_id == interview.id,
                Reminder.auto.is_(True),
                Reminder.kind.in_(INTERVIEW_REMINDER_KINDS),
            )
        )
    )


def ensure_interview_reminders(
    session: Session, *, user: User, interview: Interview, contact: Contact
) -> None:
    """One thank-you and one follow-up reminder per completed interview, ever: a kind that
    already exists for the interview (open, done or dismissed) is not created again."""
    assert interview.completed_at is not None
    existing = {reminder.kind for reminder in _interview_reminders(session, interview)}
    titles = {
        ReminderKind.thank_you: f"Send a thank-you note to {contact.full_name}",
        ReminderKind.follow_up: f"Follow up with {contact.full_name}",
    }
    for kind in INTERVIEW_REMINDER_KINDS:
        if kind in existing:
            continue
        session.add(
            Reminder(
                user_id=user.id,
                kind=kind,
                title=titles[kind][:300],
                due_at=_interview_reminder_due(user, kind, interview.completed_at),
                contact_id=interview.contact_id,
                interview_id=interview.id,
                auto=True,
            )
        )
    session.flush()


def realign_interview_reminders(session: Session, *, user: User, interview: Interview) -> None:
    """After `completed_at` was corrected, move the open automatic reminders with it."""
    assert interview.completed_at is not None
    for reminder in _interview_reminders(session, interview):
        if reminder.status == ReminderStatus.open:
            reminder.due_at = _interview_reminder_due(user, reminder.kind, interview.completed_at)
    session.flush()


def remove_open_interview_reminders(session: Session, *, interview: Interview) -> None:
    """The interview is no longer completed: its open thank-you / follow-up reminders go (done or
    dismissed ones stay, as history)."""
    for reminder in _interview_reminders(session, interview):
        if reminder.status == ReminderStatus.open:
            session.delete(reminder)
    session.flush()


# --- manual reminders --------------------------------------------------------------------------

EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
LATEST_AHEAD = timedelta(days=365 * 20)


@dataclass(frozen=True)
class ReminderFilters:
    status: ReminderStatus | None = None
    kind: ReminderKind | None = None
    contact_id: uuid.UUID | None = None
    interview_id: uuid.UUID | None = None
    due_before: datetime | None = None


def _check_due(due_at: datetime) -> None:
    if not EARLIEST <= due_at <= utcnow() + LATEST_AHEAD:
        raise Invalid("due_at must be between 1900 and 20 years from now.", field="due_at")


def _owned(session: Session, model: Any, object_id: uuid.UUID, user: User) -> Any:
    obj = session.get(model, object_id)
    return obj if obj is not None and obj.user_id == user.id else None


def list_reminders(
    session: Session, *, user: User, filters: ReminderFilters, page: PageParams
) -> tuple[list[Reminder], str | None]:
    """Soonest due first."""
    statement = select(Reminder).where(Reminder.user_id == user.id)
    if filters.status is not None:
        statement = statement.where(Reminder.status == filters.status)
    if filters.kind is not None:
        statement = statement.where(Reminder.kind == filters.kind)
    if filters.contact_id is not None:
        statement = statement.where(Reminder.contact_id == filters.contact_id)
    if filters.interview_id is not None:
        statement = statement.where(Reminder.interview_id == filters.interview_id)
    if filters.due_before is not None:
        statement = statement.where(Reminder.due_at < filters.due_before)
    return paginate(
        session,
        statement,
        keys=[SortKey(Reminder.due_at, datetime), SortKey(Reminder.id, uuid.UUID)],
        params=page,
        sort="reminders",
    )


def _is_active_keep_in_touch(session: Session, reminder: Reminder) -> bool:
    """The one reminder Rapport keeps for a contact's cadence (it would reappear at once)."""
    if reminder.kind != ReminderKind.keep_in_touch or reminder.contact_id is None:
        return False
    contact = session.get_one(Contact, reminder.contact_id)
    return contact.next_touch_due is not None and contact.stage != Stage.closed


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
        if open_keep_in_touch(session, contact=contact) is not None:
            raise Conflict(
                "This contact already has an open keep_in_touch reminder; snooze it (PATCH "
                "due_at) or change the contact's keep_in_touch_days instead."
            )
    reminder = Reminder(
        user_id=user.id,
        kind=data.kind,
        title=data.title,
        notes=data.notes,
        due_at=data.due_at,
        contact_id=contact_id,
        interview_id=data.interview_id,
        auto=False,
    )
    session.add(reminder)
    session.flush()
    return reminder


def update_reminder(session: Session, *, reminder: Reminder, data: ReminderUpdate) -> Reminder:
    changes = data.model_dump(exclude_unset=True)
    for field, value in changes.items():
        if value is None:
            raise Invalid(f"{field} cannot be null.", field=field)
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
        _record_keep_in_touch(session, reminder)
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
    if new_status == ReminderStatus.open:
        contact = session.get_one(Contact, reminder.contact_id)
        if open_keep_in_touch(session, contact=contact) is not None:
            raise Conflict("This contact already has an open keep_in_touch reminder.")


def _record_keep_in_touch(session: Session, reminder: Reminder) -> None:
    contact = session.get_one(Contact, reminder.contact_id)
    interactions_service.log_touch(
        session,
        contact=contact,
        data=InteractionCreate(
            kind=InteractionKind.note,
            occurred_at=reminder.done_at,
            summary=f"Kept in touch ({reminder.title})"[:5000],
        ),
    )


def delete_reminder(session: Session, *, reminder: Reminder) -> None:
    if reminder.status == ReminderStatus.open and _is_active_keep_in_touch(session, reminder):
        raise Conflict(
            "This keep-in-touch reminder follows the contact's cadence and would come straight "
            "back: remove the contact's keep_in_touch_days to stop it."
        )
    session.delete(reminder)
    session.flush()
