"""Restore: load a `rapport-export` archive into the calling account.

All or nothing: the whole file is validated first (every record with the API's limits, every
reference between records, the rules the API enforces such as "a scheduled interview has a
time"), and only then written, in bulk. Every record gets a new id and references are rewritten.
Derived values (`last_contacted_at`, `next_touch_due`, keep-in-touch reminders) are recomputed
from the restored facts, so an archive cannot smuggle in an inconsistent state.

The account must not have contacts or reminders yet (a new account): restoring twice would
duplicate everything. Its question bank and templates (seeded at sign-up) are replaced by the
archive's. Webhooks are not restored: their signing secrets are never exported.
"""

from __future__ import annotations

import gzip
import json
import uuid
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any, cast

from pydantic import ValidationError
from sqlalchemy import Table, bindparam, delete, exists, select, update
from sqlalchemy.orm import Session

from rapport import automation
from rapport.accounts.models import User
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Contact, Stage
from rapport.db import insert_rows, utcnow
from rapport.errors import Conflict, FieldError, Invalid
from rapport.exports.schemas import FORMAT, VERSION, Archive
from rapport.imports.schemas import RestoreReport
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview, InterviewStatus
from rapport.questions.models import Question
from rapport.referrals.models import Referral
from rapport.reminders.models import Reminder, ReminderKind, ReminderStatus
from rapport.templates import service as templates_service
from rapport.templates.models import Template

MAX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_REPORTED_ERRORS = 100
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
FUTURE_TOLERANCE = timedelta(days=1)
SCHEDULE_HORIZON = timedelta(days=365 * 5)
RESTORED_SECTIONS = (
    "contacts",
    "interactions",
    "interviews",
    "questions",
    "referrals",
    "reminders",
    "templates",
)


# --- reading -----------------------------------------------------------------------------------


def _decompress(data: bytes) -> bytes:
    """Archives may be gzipped (`gzip rapport-….json`) to fit the upload limit."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_UNCOMPRESSED + 1)
    except (zlib.error, gzip.BadGzipFile):
        raise Invalid("The file looks gzipped but cannot be decompressed.", field="file") from None
    if len(out) > MAX_UNCOMPRESSED or inflater.unconsumed_tail:
        raise Invalid(
            f"The archive is larger than {MAX_UNCOMPRESSED // (1024 * 1024)} MiB uncompressed.",
            field="file",
        )
    return out


def read_archive(data: bytes) -> Archive:
    data = _decompress(data)
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise Invalid(
            "The file is not a JSON export (download one with GET /api/v1/export).",
            field="file",
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise Invalid(
            'This is not a Rapport export: "format" must be "rapport-export".', field="format"
        )
    if document.get("version") != VERSION:
        raise Invalid(
            f"This export has version {document.get('version')!r}; this server reads version "
            f"{VERSION}.",
            field="version",
        )
    try:
        return Archive.model_validate(document)
    except ValidationError as exc:
        errors = [
            FieldError(
                field=".".join(str(part) for part in item["loc"]) or "file",
                message=item["msg"],
            )
            for item in exc.errors()[:MAX_REPORTED_ERRORS]
        ]
        raise _invalid(errors, total=exc.error_count()) from None


def _invalid(errors: list[FieldError], *, total: int) -> Invalid:
    shown = "" if total <= len(errors) else f" (the first {len(errors)} are listed)"
    return Invalid(
        f"The archive has {total} invalid record field{'s' if total != 1 else ''}{shown}; "
        "nothing was restored.",
        errors=errors,
    )


# --- checking references and rules --------------------------------------------------------------


class _Checker:
    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, message: str) -> None:
        self.errors.append(FieldError(field=field, message=message))

    def unique_ids(self, section: str, records: Iterable[Any]) -> set[str]:
        seen: set[str] = set()
        for index, record in enumerate(records):
            if record.id in seen:
                self.add(f"{section}.{index}.id", "This id appears twice in the section.")
            seen.add(record.id)
        return seen

    def reference(
        self, field: str, value: str | None, known: set[str], what: str, *, required: bool
    ) -> None:
        if value is None:
            if required:
                self.add(field, f"A {what} is required.")
        elif value not in known:
            self.add(field, f"No {what} with this id in the archive.")

    def time_between(
        self, field: str, value: datetime | None, latest: datetime, message: str
    ) -> None:
        if value is not None and not (EARLIEST <= value <= latest):
            self.add(field, message)


def check(archive: Archive) -> None:
    """Every rule the API would enforce record by record, and every reference; 422 listing what
    is wrong (nothing is written)."""
    now = utcnow()
    c = _Checker()
    contacts = c.unique_ids("contacts", archive.contacts)
    interviews = c.unique_ids("interviews", archive.interviews)
    for section in ("interactions", "questions", "referrals", "reminders", "templates"):
        c.unique_ids(section, getattr(archive, section))

    for i, contact in enumerate(archive.contacts):
        c.reference(
            f"contacts.{i}.referred_by_contact_id",
            contact.referred_by_contact_id,
            contacts,
            "contact",
            required=False,
        )
    for i, interaction in enumerate(archive.interactions):
        c.reference(
            f"interactions.{i}.contact_id",
            interaction.contact_id,
            contacts,
            "contact",
            required=True,
        )
        c.time_between(
            f"interactions.{i}.occurred_at",
            interaction.occurred_at,
            now + FUTURE_TOLERANCE,
            "occurred_at must be between 1900 and a day from now.",
        )
    interview_contact: dict[str, str] = {}
    for i, interview in enumerate(archive.interviews):
        where = f"interviews.{i}"
        interview_contact[interview.id] = interview.contact_id
        c.reference(f"{where}.contact_id", interview.contact_id, contacts, "contact", required=True)
        c.time_between(
            f"{where}.scheduled_at",
            interview.scheduled_at,
            now + SCHEDULE_HORIZON,
            "scheduled_at must be between 1900 and five years from now.",
        )
        c.time_between(
            f"{where}.completed_at",
            interview.completed_at,
            now + FUTURE_TOLERANCE,
            "completed_at may not be more than a day in the future (nor before 1900).",
        )
        if interview.status == InterviewStatus.scheduled and interview.scheduled_at is None:
            c.add(f"{where}.scheduled_at", "A scheduled interview needs scheduled_at.")
        if (interview.status == InterviewStatus.completed) != (interview.completed_at is not None):
            c.add(f"{where}.completed_at", "completed_at is set exactly when status is completed.")
        keys = [item.key for item in interview.checklist]
        if len(keys) != len(set(keys)):
            c.add(f"{where}.checklist", "The same checklist key appears twice.")
        item_ids = [str(q.id) for q in interview.questions if q.id is not None]
        if len(item_ids) != len(set(item_ids)):
            c.add(f"{where}.questions", "The same question id appears twice.")
    pairs: set[tuple[str, str]] = set()
    for i, referral in enumerate(archive.referrals):
        where = f"referrals.{i}"
        c.reference(
            f"{where}.referrer_contact_id",
            referral.referrer_contact_id,
            contacts,
            "contact",
            required=True,
        )
        c.reference(
            f"{where}.referred_contact_id",
            referral.referred_contact_id,
            contacts,
            "contact",
            required=True,
        )
        c.reference(
            f"{where}.interview_id", referral.interview_id, interviews, "interview", required=False
        )
        if referral.referrer_contact_id == referral.referred_contact_id:
            c.add(f"{where}.referred_contact_id", "Someone cannot refer themselves.")
        pair = (referral.referrer_contact_id, referral.referred_contact_id)
        if pair in pairs:
            c.add(where, "This referral appears twice.")
        pairs.add(pair)
    open_keep_in_touch: set[str] = set()
    automatic: set[tuple[str, str]] = set()
    for i, reminder in enumerate(archive.reminders):
        where = f"reminders.{i}"
        c.reference(f"{where}.contact_id", reminder.contact_id, contacts, "contact", required=False)
        c.reference(
            f"{where}.interview_id",
            reminder.interview_id,
            interviews,
            "interview",
            required=False,
        )
        if (
            reminder.interview_id in interview_contact
            and reminder.contact_id is not None
            and interview_contact[reminder.interview_id] != reminder.contact_id
        ):
            c.add(f"{where}.contact_id", "The contact must be the interview's contact.")
        if reminder.kind == ReminderKind.keep_in_touch:
            if reminder.contact_id is None:
                c.add(f"{where}.contact_id", "A keep_in_touch reminder needs a contact.")
            elif reminder.status == ReminderStatus.open:
                if reminder.contact_id in open_keep_in_touch:
                    c.add(where, "A contact has at most one open keep_in_touch reminder.")
                open_keep_in_touch.add(reminder.contact_id)
        if reminder.auto and reminder.interview_id is not None:
            key = (reminder.interview_id, reminder.kind.value)
            if key in automatic:
                c.add(where, "An interview has at most one automatic reminder of each kind.")
            automatic.add(key)
    for i, template in enumerate(archive.templates):
        for field in ("subject", "body"):
            try:
                templates_service.parse(getattr(template, field))
            except templates_service.TemplateSyntaxError as exc:
                c.add(f"templates.{i}.{field}", str(exc))
    if c.errors:
        raise _invalid(c.errors[:MAX_REPORTED_ERRORS], total=len(c.errors))


# --- writing -------------------------------------------------------------------------------------


def _ensure_empty(session: Session, user: User) -> None:
    for model, what in ((Contact, "contacts"), (Reminder, "reminders")):
        if session.scalar(select(exists().where(model.user_id == user.id))):
            raise Conflict(
                f"This account already has {what}. Restore an archive into a new, empty account "
                "(restoring into this one would duplicate data); your question bank and "
                "templates may stay, they are replaced."
            )


def _new_ids(records: Iterable[Any]) -> dict[str, uuid.UUID]:
    return {record.id: uuid.uuid4() for record in records}


def _times(record: Any, now: datetime) -> dict[str, Any]:
    created = record.created_at or now
    return {"created_at": created, "updated_at": record.updated_at or created, "version": 1}


def restore(session: Session, *, user: User, data: bytes) -> RestoreReport:
    archive = read_archive(data)
    check(archive)
    _ensure_empty(session, user)
    now = utcnow()

    profile = archive.user
    user.name = profile.name
    user.timezone = profile.timezone
    user.pitch = profile.pitch
    for field, value in profile.settings.model_dump().items():
        setattr(user, field, value)

    contact_ids = _new_ids(archive.contacts)
    interview_ids = _new_ids(archive.interviews)
    question_ids = _new_ids(archive.questions)

    # Touch state from the facts: the latest touch or completed interview of each contact.
    last_touch: dict[str, datetime] = {}
    for interaction in archive.interactions:
        key = interaction.contact_id
        if key not in last_touch or interaction.occurred_at > last_touch[key]:
            last_touch[key] = interaction.occurred_at
    last_interview: dict[str, datetime] = {}
    for interview in archive.interviews:
        if interview.status == InterviewStatus.completed and interview.completed_at is not None:
            key = interview.contact_id
            if key not in last_interview or interview.completed_at > last_interview[key]:
                last_interview[key] = interview.completed_at

    contact_rows = []
    for record in archive.contacts:
        row = record.model_dump(
            exclude={
                "id",
                "created_at",
                "updated_at",
                "referred_by_contact_id",
                "last_contacted_at",
                "next_touch_due",
            }
        )
        row.update(_times(record, now), id=contact_ids[record.id], user_id=user.id)
        row["referred_by_contact_id"] = None  # set below, once every contact exists
        row["name_key"], row["search_text"] = contacts_service.search_keys(SimpleNamespace(**row))
        row["last_contacted_at"], row["next_touch_due"] = automation.touch_state(
            last_touch=last_touch.get(record.id),
            last_interview=last_interview.get(record.id),
            created_at=row["created_at"],
            keep_in_touch_days=row["keep_in_touch_days"],
        )
        contact_rows.append(row)
    _insert(session, Contact, contact_rows)
    referrers = [
        {
            "b_id": row["id"],
            "b_referrer": contact_ids[record.referred_by_contact_id],
            "b_updated": row["updated_at"],  # else the column's onupdate would set "now"
        }
        for record, row in zip(archive.contacts, contact_rows, strict=True)
        if record.referred_by_contact_id is not None
    ]
    if referrers:
        table = cast(Table, Contact.__table__)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                referred_by_contact_id=bindparam("b_referrer"),
                updated_at=bindparam("b_updated"),
            ),
            referrers,
        )

    _insert(
        session,
        Interaction,
        [
            {
                **r.model_dump(exclude={"id", "created_at", "updated_at", "contact_id"}),
                **_times(r, now),
                "id": uuid.uuid4(),
                "user_id": user.id,
                "contact_id": contact_ids[r.contact_id],
            }
            for r in archive.interactions
        ],
    )

    session.execute(delete(Question).where(Question.user_id == user.id))
    _insert(
        session,
        Question,
        [
            {
                **r.model_dump(exclude={"id", "created_at", "updated_at"}),
                **_times(r, now),
                "id": question_ids[r.id],
                "user_id": user.id,
            }
            for r in archive.questions
        ],
    )

    interview_rows = []
    for meeting in archive.interviews:
        row = meeting.model_dump(
            exclude={"id", "created_at", "updated_at", "contact_id", "questions", "checklist"}
        )
        row["questions"] = [
            {
                "id": str(item.id or uuid.uuid4()),
                "text": item.text,
                "priority": item.priority,
                "asked": item.asked,
                "notes": item.notes,
                # A question deleted from the bank since: the interview keeps its text.
                "bank_question_id": (
                    str(question_ids[item.bank_question_id])
                    if item.bank_question_id in question_ids
                    else None
                ),
            }
            for item in meeting.questions
        ]
        row["checklist"] = [item.model_dump() for item in meeting.checklist]
        row.update(
            _times(meeting, now),
            id=interview_ids[meeting.id],
            user_id=user.id,
            contact_id=contact_ids[meeting.contact_id],
        )
        interview_rows.append(row)
    _insert(session, Interview, interview_rows)

    _insert(
        session,
        Referral,
        [
            {
                **r.model_dump(
                    exclude={
                        "id",
                        "created_at",
                        "updated_at",
                        "referrer_contact_id",
                        "referred_contact_id",
                        "interview_id",
                    }
                ),
                **_times(r, now),
                "id": uuid.uuid4(),
                "user_id": user.id,
                "referrer_contact_id": contact_ids[r.referrer_contact_id],
                "referred_contact_id": contact_ids[r.referred_contact_id],
                "interview_id": interview_ids[r.interview_id] if r.interview_id else None,
            }
            for r in archive.referrals
        ],
    )

    notes: list[str] = []
    reminder_rows, dropped = _reminder_rows(archive, contact_rows, contact_ids, interview_ids, now)
    _insert(session, Reminder, [{**row, "user_id": user.id} for row in reminder_rows])
    if dropped:
        notes.append(
            f"{dropped} open keep-in-touch reminder(s) of contacts without a cadence were left "
            "out; the others follow each contact's next touch."
        )

    session.execute(delete(Template).where(Template.user_id == user.id))
    _insert(
        session,
        Template,
        [
            {
                **r.model_dump(exclude={"id", "created_at", "updated_at"}),
                **_times(r, now),
                "id": uuid.uuid4(),
                "user_id": user.id,
            }
            for r in archive.templates
        ],
    )
    session.flush()

    skipped = {"webhooks": len(archive.webhooks)} if archive.webhooks else {}
    if archive.webhooks:
        notes.append(
            "Webhooks are not restored because their signing secrets are never exported; "
            "create them again to get new secrets."
        )
    restored = {section: len(getattr(archive, section)) for section in RESTORED_SECTIONS}
    restored["reminders"] = len(reminder_rows)
    return RestoreReport(restored=restored, skipped=skipped, notes=notes)


def _reminder_rows(
    archive: Archive,
    contact_rows: list[dict[str, Any]],
    contact_ids: dict[str, uuid.UUID],
    interview_ids: dict[str, uuid.UUID],
    now: datetime,
) -> tuple[list[dict[str, Any]], int]:
    """The archive's reminders, with each contact's open keep-in-touch reminder kept in step
    with its recomputed next touch (created if missing, left out if it has no cadence)."""
    contacts = {row["id"]: row for row in contact_rows}
    rows: list[dict[str, Any]] = []
    has_keep_in_touch: set[uuid.UUID] = set()
    dropped = 0
    for record in archive.reminders:
        row = record.model_dump(
            exclude={"id", "created_at", "updated_at", "contact_id", "interview_id"}
        )
        row.update(
            _times(record, now),
            id=uuid.uuid4(),
            contact_id=contact_ids[record.contact_id] if record.contact_id else None,
            interview_id=interview_ids[record.interview_id] if record.interview_id else None,
        )
        if record.kind == ReminderKind.keep_in_touch and record.status == ReminderStatus.open:
            contact = contacts[row["contact_id"]]
            if contact["next_touch_due"] is None or contact["stage"] == Stage.closed:
                dropped += 1
                continue
            row["due_at"] = contact["next_touch_due"]
            row["title"] = automation.keep_in_touch_title(contact["full_name"])
            has_keep_in_touch.add(contact["id"])
        rows.append(row)
    missing = [
        row
        for row in contact_rows
        if row["id"] not in has_keep_in_touch
        and row["next_touch_due"] is not None
        and row["stage"] != Stage.closed
    ]
    for contact in missing:
        rows.append(
            {
                "id": uuid.uuid4(),
                "kind": ReminderKind.keep_in_touch,
                "title": automation.keep_in_touch_title(contact["full_name"]),
                "notes": "",
                "due_at": contact["next_touch_due"],
                "contact_id": contact["id"],
                "interview_id": None,
                "status": ReminderStatus.open,
                "done_at": None,
                "auto": True,
                "created_at": now,
                "updated_at": now,
                "version": 1,
            }
        )
    return rows, dropped


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    insert_rows(session, model, rows)
