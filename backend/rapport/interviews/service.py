"""Interviews: preparation (questions, checklist, pitch), the conversation, and what follows
automatically when one is scheduled, completed or cancelled.

Automatic behaviour, on status *transitions* only (editing notes never re-triggers anything, so a
stage the user set by hand wins):

- into `requested`: the contact moves forward to `reached_out`;
- into `scheduled` (needs `scheduled_at`): the contact moves forward to `scheduled`;
  `interview.scheduled` is emitted (again when a scheduled interview's time changes);
- into `completed`: `completed_at` is set (default now), the contact moves forward to
  `interviewed`, its touch state is recomputed (a completed interview is a touch), one thank-you
  and one follow-up reminder are created unless the interview already has them (in any status),
  and `interview.completed` is emitted;
- out of `completed` (cancelled, reopened, no-show): `completed_at` is cleared, the interview's
  *open* automatic reminders are removed (done ones stay), touch state is recomputed.

Contacts never move backwards; referrals to the contact follow its stage.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, literal, select, union_all
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport import automation
from rapport.accounts.models import User
from rapport.contacts.models import Contact
from rapport.db import utcnow
from rapport.errors import Invalid
from rapport.interactions.models import Interaction
from rapport.interactions.schemas import InteractionRead
from rapport.interviews.models import Interview, InterviewStatus
from rapport.interviews.schemas import (
    DEFAULT_CHECKLIST,
    MAX_CHECKLIST,
    ChecklistItemIn,
    InterviewCreate,
    InterviewFilters,
    InterviewRead,
    InterviewUpdate,
    Phase,
    QuestionItemIn,
)
from rapport.pagination import EPOCH, Listing, PageParams, SortKey, nulls_last
from rapport.questions import service as questions_service
from rapport.reads import columns_of
from rapport.schemas import EARLIEST
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import WebhookEvent

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Interview, InterviewRead)

COMPLETED_FUTURE_TOLERANCE = timedelta(days=1)
SCHEDULE_HORIZON = timedelta(days=365 * 5)


def default_checklist() -> list[dict[str, Any]]:
    return [
        {"key": key, "label": label, "phase": phase.value, "done": False}
        for key, label, phase in DEFAULT_CHECKLIST
    ]


def owned_contact(session: Session, *, user: User, contact_id: uuid.UUID) -> Contact:
    """The user's contact named in a request body, or 422 naming `contact_id`."""
    contact = session.get(Contact, contact_id)
    if contact is None or contact.user_id != user.id:
        raise Invalid("No contact with this id.", field="contact_id")
    return contact


def owned_interview(
    session: Session, *, user: User, interview_id: uuid.UUID, field: str = "interview_id"
) -> Interview:
    """The user's interview named in a request body, or 422 naming the field."""
    interview = session.get(Interview, interview_id)
    if interview is None or interview.user_id != user.id:
        raise Invalid("No interview with this id.", field=field)
    return interview


# --- questions and checklist -------------------------------------------------------------------


def _build_questions(
    session: Session, *, user: User, items: list[QuestionItemIn], current: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    stored = {q["id"]: q for q in current}
    bank = questions_service.owned_questions(
        session, user=user, ids=[i.bank_question_id for i in items if i.bank_question_id]
    )
    result: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        given = str(item.id) if item.id else None
        if given is not None and given in seen:
            raise Invalid("The same question id appears twice.", field=f"questions.{index}.id")
        previous = stored.get(given) if given else None
        question_id = given if previous is not None and given else str(uuid.uuid4())
        seen.add(question_id)
        bank_question = None
        bank_id = str(item.bank_question_id) if item.bank_question_id else None
        if item.bank_question_id is not None:
            bank_question = bank.get(item.bank_question_id)
            kept_reference = previous is not None and previous.get("bank_question_id") == bank_id
            if bank_question is None and not kept_reference:
                raise Invalid(
                    "No question with this id in your bank.",
                    field=f"questions.{index}.bank_question_id",
                )
        text = item.text or (bank_question.text if bank_question else None)
        if text is None and previous is not None:
            text = previous["text"]
        if text is None:
            raise Invalid(
                "This bank question no longer exists; give the text.",
                field=f"questions.{index}.text",
            )
        priority = item.priority or (bank_question.priority if bank_question else None)
        if priority is None:
            priority = previous["priority"] if previous is not None else 3
        result.append(
            {
                "id": question_id,
                "text": text,
                "priority": priority,
                "asked": item.asked,
                "notes": item.notes,
                "bank_question_id": bank_id,
            }
        )
    return result


def _merge_checklist(
    current: list[dict[str, Any]], changes: list[ChecklistItemIn]
) -> list[dict[str, Any]]:
    items = [dict(item) for item in current]
    seen: set[str] = set()
    for index, change in enumerate(changes):
        if change.key in seen:
            raise Invalid("The same key appears twice.", field=f"checklist.{index}.key")
        seen.add(change.key)
        found = next((item for item in items if item["key"] == change.key), None)
        if change.remove:
            if found is not None:
                items.remove(found)
            continue
        if found is None:
            if change.label is None:
                raise Invalid(
                    "A new checklist item needs a label.", field=f"checklist.{index}.label"
                )
            items.append(
                {
                    "key": change.key,
                    "label": change.label,
                    "phase": (change.phase or Phase.prep).value,
                    "done": bool(change.done),
                }
            )
            continue
        if change.label is not None:
            found["label"] = change.label
        if change.phase is not None:
            found["phase"] = change.phase.value
        if change.done is not None:
            found["done"] = change.done
    if len(items) > MAX_CHECKLIST:
        raise Invalid(f"A checklist has at most {MAX_CHECKLIST} items.", field="checklist")
    return items


# --- times and status --------------------------------------------------------------------------


def _check_times(interview: Interview) -> None:
    now = utcnow()
    if interview.scheduled_at is not None and not (
        EARLIEST <= interview.scheduled_at <= now + SCHEDULE_HORIZON
    ):
        raise Invalid(
            "scheduled_at must be between 1900 and five years from now.", field="scheduled_at"
        )
    if interview.status == InterviewStatus.scheduled and interview.scheduled_at is None:
        raise Invalid("A scheduled interview needs scheduled_at.", field="scheduled_at")
    if interview.completed_at is not None and not (
        EARLIEST <= interview.completed_at <= now + COMPLETED_FUTURE_TOLERANCE
    ):
        raise Invalid(
            "completed_at may not be more than a day in the future (nor before 1900).",
            field="completed_at",
        )


def _after_change(
    session: Session,
    *,
    user: User,
    interview: Interview,
    contact: Contact,
    before: automation.InterviewBefore,
) -> None:
    """The automatic behaviour, then the webhook events of the change."""
    automation.interview_changed(
        session, user=user, interview=interview, contact=contact, before=before
    )
    entered = interview.status != before.status
    if interview.status == InterviewStatus.scheduled and (
        entered or before.scheduled_at != interview.scheduled_at
    ):
        _emit(session, interview, WebhookEvent.interview_scheduled)
    if interview.status == InterviewStatus.completed and entered:
        _emit(session, interview, WebhookEvent.interview_completed)


def webhook_data(interview: Interview) -> dict[str, Any]:
    return {
        "id": str(interview.id),
        "contact_id": str(interview.contact_id),
        "status": interview.status.value,
        "scheduled_at": interview.scheduled_at.isoformat() if interview.scheduled_at else None,
        "duration_minutes": interview.duration_minutes,
        "medium": interview.medium.value,
        "location": interview.location,
        "completed_at": interview.completed_at.isoformat() if interview.completed_at else None,
    }


def _emit(session: Session, interview: Interview, event: WebhookEvent) -> None:
    webhooks_service.emit(
        session, user_id=interview.user_id, event=event, data=webhook_data(interview)
    )


# --- CRUD --------------------------------------------------------------------------------------


def create_interview(session: Session, *, user: User, data: InterviewCreate) -> Interview:
    contact = owned_contact(session, user=user, contact_id=data.contact_id)
    status = data.status or (
        InterviewStatus.scheduled if data.scheduled_at is not None else InterviewStatus.requested
    )
    if data.completed_at is not None and status != InterviewStatus.completed:
        raise Invalid("completed_at is only for a completed interview.", field="completed_at")
    interview = Interview(
        user_id=user.id,
        contact_id=contact.id,
        status=status,
        scheduled_at=data.scheduled_at,
        duration_minutes=data.duration_minutes,
        medium=data.medium,
        location=data.location,
        goals=data.goals,
        pitch=data.pitch if data.pitch is not None else user.pitch,
        questions=_build_questions(session, user=user, items=data.questions, current=[]),
        checklist=_merge_checklist(default_checklist(), data.checklist),
        notes=data.notes,
        takeaways=data.takeaways,
        asked_for_referrals=data.asked_for_referrals,
        completed_at=(
            (data.completed_at or utcnow()) if status == InterviewStatus.completed else None
        ),
    )
    _check_times(interview)
    session.add(interview)
    session.flush()
    _after_change(
        session,
        user=user,
        interview=interview,
        contact=contact,
        before=automation.InterviewBefore(),
    )
    return interview


# What an update sets by rules of its own; every other field sent is stored as it is.
_SET_APART = frozenset({"status", "completed_at", "questions", "checklist"})


def update_interview(
    session: Session, *, user: User, interview: Interview, data: InterviewUpdate
) -> Interview:
    changes = data.changes()
    before = automation.InterviewBefore(
        interview.status, interview.scheduled_at, interview.completed_at
    )
    status = changes.get("status", interview.status)
    if (
        "status" not in changes
        and interview.status == InterviewStatus.requested
        and changes.get("scheduled_at") is not None
    ):
        status = InterviewStatus.scheduled  # a time agreed on: same default as on create
    if status != InterviewStatus.completed and changes.get("completed_at") is not None:
        raise Invalid("completed_at is only for a completed interview.", field="completed_at")
    if "questions" in changes:
        interview.questions = _build_questions(
            session, user=user, items=data.questions or [], current=interview.questions
        )
    if "checklist" in changes:
        interview.checklist = _merge_checklist(interview.checklist, data.checklist or [])
    for field, value in changes.items():
        if field not in _SET_APART:
            setattr(interview, field, value)
    interview.status = status
    if status == InterviewStatus.completed:
        if changes.get("completed_at") is not None:
            interview.completed_at = changes["completed_at"]
        elif interview.completed_at is None:
            interview.completed_at = utcnow()
    else:
        interview.completed_at = None
    _check_times(interview)
    session.flush()
    contact = session.get_one(Contact, interview.contact_id)
    _after_change(session, user=user, interview=interview, contact=contact, before=before)
    return interview


def delete_interview(session: Session, *, interview: Interview) -> None:
    """Its reminders go with it (the database cascades); referrals that came up in it stay,
    without `interview_id`. The contact's stage stays; its touch state is recomputed."""
    contact = session.get_one(Contact, interview.contact_id)
    session.delete(interview)
    session.flush()
    automation.refresh_touch_state(session, contact=contact)


_LISTING = Listing(
    select(*READ_COLUMNS).where(Interview.user_id == bindparam("user_id")),
    keys=(*nulls_last(Interview.scheduled_at, datetime, EPOCH), SortKey(Interview.id, uuid.UUID)),
    sort="interviews",
    filters={
        "status": lambda _: Interview.status == bindparam("status"),
        "contact_id": lambda _: Interview.contact_id == bindparam("contact_id"),
        "from_": lambda _: Interview.scheduled_at >= bindparam("from_"),
        "to": lambda _: Interview.scheduled_at < bindparam("to"),
    },
)


def list_interviews(
    session: Session, *, user: User, filters: InterviewFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """By `scheduled_at` (soonest first), interviews without a time last, then by id."""
    return _LISTING.page(session, page, user_id=user.id, **filters.model_dump())


# --- a contact's timeline ----------------------------------------------------------------------

# A contact's touches and interviews as one (type, id, at) relation, built once: building the
# union and its columns cost more CPU than running it (see bench/README.md).
_TIMELINE = union_all(
    select(
        literal("touch").label("type"),
        Interaction.id.label("id"),
        Interaction.occurred_at.label("at"),
    ).where(Interaction.contact_id == bindparam("contact_id")),
    select(
        literal("interview").label("type"),
        Interview.id.label("id"),
        func.coalesce(Interview.completed_at, Interview.scheduled_at, Interview.created_at).label(
            "at"
        ),
    ).where(Interview.contact_id == bindparam("contact_id")),
).subquery()
_TOUCH_COLUMNS = columns_of(Interaction, InteractionRead)
_TOUCH_FIELDS = tuple(InteractionRead.model_fields)
_INTERVIEW_FIELDS = tuple(InterviewRead.model_fields)
# One statement per page: the merged relation, with each entry's touch or interview joined in.
_TIMELINE_ROWS = (
    select(
        _TIMELINE.c.type,
        _TIMELINE.c.id,
        _TIMELINE.c.at,
        *(
            column.label(f"touch_{column.key}")
            for column in columns_of(Interaction, InteractionRead)
        ),
        *(column.label(f"interview_{column.key}") for column in READ_COLUMNS),
    )
    .select_from(_TIMELINE)
    .outerjoin(Interaction, and_(_TIMELINE.c.type == "touch", Interaction.id == _TIMELINE.c.id))
    .outerjoin(Interview, and_(_TIMELINE.c.type == "interview", Interview.id == _TIMELINE.c.id))
)
_TIMELINE_LISTING = Listing(
    _TIMELINE_ROWS,
    keys=(SortKey(_TIMELINE.c.at, datetime, True), SortKey(_TIMELINE.c.id, uuid.UUID, True)),
    sort="timeline",
)


def timeline(
    session: Session, *, contact: Row[Any], page: PageParams
) -> tuple[list[dict[str, Any]], str | None]:
    """Touches and interviews of one contact merged, newest first (keyset-paged), as the
    fields of timeline entries."""
    rows, next_cursor = _TIMELINE_LISTING.page(session, page, contact_id=contact.id)
    entries = []
    for row in rows:
        values = row._mapping
        is_touch = row.type == "touch"
        entries.append(
            {
                "type": row.type,
                "at": row.at,
                "touch": {f: values[f"touch_{f}"] for f in _TOUCH_FIELDS} if is_touch else None,
                "interview": None
                if is_touch
                else {f: values[f"interview_{f}"] for f in _INTERVIEW_FIELDS},
            }
        )
    return entries, next_cursor
