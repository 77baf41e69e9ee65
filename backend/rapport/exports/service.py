"""Exports: the whole account as a versioned JSON archive, and contacts as CSV or vCard.

Each is written piece by piece from a server-side cursor over a connection that reads one
snapshot (see `streaming.py`): each table is one query of plain columns (no ORM objects, no
per-row queries), fetched `BATCH_ROWS` at a time and written out before the next batch is read,
so an export holds a batch in memory, never the account.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Enum,
    Select,
    String,
    Uuid,
    bindparam,
    select,
    type_coerce,
)
from sqlalchemy.engine import Row

from rapport.accounts.models import User
from rapport.contacts.models import Contact
from rapport.db import UTCDateTime, utcnow
from rapport.exports import vcard
from rapport.exports.schemas import FORMAT, VERSION
from rapport.exports.spreadsheet import (
    CONTACT_CSV_COLUMNS,
    CONTACT_FIELDS,
    TAG_SEPARATOR,
    neutralize,
)
from rapport.interactions.models import Interaction
from rapport.interviews.models import Interview
from rapport.questions.models import Question
from rapport.referrals.models import Referral
from rapport.reminders.models import Reminder
from rapport.templates.models import Template
from rapport.webhooks.models import Webhook

# Rows fetched from the cursor and written at a time: large enough that the round trips and the
# per-piece overhead vanish, small enough that a batch of contacts is well under a megabyte.
BATCH_ROWS = 500
# Pieces smaller than this (a section's opening, a short section) are sent together.
MIN_PIECE_BYTES = 64 * 1024

_SECTIONS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "contacts": (
        Contact,
        (
            "id",
            *CONTACT_FIELDS,
            "referred_by_contact_id",
            "last_contacted_at",
            "next_touch_due",
            "created_at",
            "updated_at",
        ),
    ),
    "interactions": (
        Interaction,
        ("id", "contact_id", "kind", "occurred_at", "summary", "url", "created_at", "updated_at"),
    ),
    "interviews": (
        Interview,
        (
            "id",
            "contact_id",
            "status",
            "scheduled_at",
            "duration_minutes",
            "medium",
            "location",
            "goals",
            "pitch",
            "questions",
            "checklist",
            "notes",
            "takeaways",
            "asked_for_referrals",
            "completed_at",
            "created_at",
            "updated_at",
        ),
    ),
    "questions": (
        Question,
        ("id", "text", "category", "priority", "archived", "created_at", "updated_at"),
    ),
    "referrals": (
        Referral,
        (
            "id",
            "referrer_contact_id",
            "referred_contact_id",
            "interview_id",
            "note",
            "intro_offered",
            "status",
            "created_at",
            "updated_at",
        ),
    ),
    "reminders": (
        Reminder,
        (
            "id",
            "kind",
            "title",
            "notes",
            "due_at",
            "contact_id",
            "interview_id",
            "status",
            "done_at",
            "auto",
            "created_at",
            "updated_at",
        ),
    ),
    "templates": (
        Template,
        ("id", "kind", "name", "subject", "body", "created_at", "updated_at"),
    ),
    # Without `secret_encrypted`: secrets never leave the server.
    "webhooks": (
        Webhook,
        ("id", "url", "description", "events", "active", "created_at", "updated_at"),
    ),
}
SECTION_NAMES = tuple(_SECTIONS)

_USER = select(
    User.email,
    User.name,
    User.timezone,
    User.pitch,
    User.default_keep_in_touch_days,
    User.thank_you_within_hours,
    User.follow_up_after_days,
    User.email_reminders,
    User.digest_hour,
    User.created_at,
).where(User.id == bindparam("user_id"))


def timestamp(value: datetime) -> str:
    """RFC 3339 in UTC with a `Z`, as the API writes times."""
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _converter(column: ColumnElement[Any]) -> Callable[[Any], Any] | None:
    """How to turn a column's values into JSON values (None: as they are; enums are read as
    their text, see `_column`)."""
    column_type = column.type
    if isinstance(column_type, UTCDateTime | DateTime):
        return timestamp
    if isinstance(column_type, Uuid):
        return str
    return None


def _column(model: Any, name: str) -> ColumnElement[Any]:
    column = getattr(model, name)
    if isinstance(column.type, Enum):
        # An enum's stored value is its text: read as text, it needs no member made per row
        # only to be written back as the same text (a fifth of an export's CPU).
        return type_coerce(column, String).label(name)
    return column


def _statement(model: Any, fields: Sequence[str]) -> Select[Any]:
    """A table's rows of one user, oldest first (the order a restore re-creates them in)."""
    columns = [_column(model, name) for name in fields]
    return (
        select(*columns)
        .where(model.user_id == bindparam("user_id"))
        .order_by(model.created_at, model.id)
    )


# Built once: every export runs them.
_STATEMENTS = {section: _statement(model, fields) for section, (model, fields) in _SECTIONS.items()}
_CSV_STATEMENT = _statement(Contact, CONTACT_CSV_COLUMNS)
_VCARD_FIELDS = ("id", *CONTACT_FIELDS, "updated_at")
_VCARD_STATEMENT = _statement(Contact, _VCARD_FIELDS)


def _batches(
    connection: Connection, statement: Select[Any], *, user_id: uuid.UUID
) -> Iterator[Sequence[Row[Any]]]:
    """The statement's rows, `BATCH_ROWS` at a time, from a server-side cursor."""
    result = connection.execute(
        statement, {"user_id": user_id}, execution_options={"yield_per": BATCH_ROWS}
    )
    yield from result.partitions()


def _plain_rows(
    connection: Connection, statement: Select[Any], fields: Sequence[str], *, user_id: uuid.UUID
) -> Iterator[list[dict[str, Any]]]:
    """Batches of rows as dicts of JSON values (times as RFC 3339, ids and enums as text)."""
    columns = [getattr(statement.selected_columns, name) for name in fields]
    converters = [
        (index, convert)
        for index, column in enumerate(columns)
        if (convert := _converter(column)) is not None
    ]
    for rows in _batches(connection, statement, user_id=user_id):
        batch = []
        for row in rows:
            values = list(row)
            for index, convert in converters:
                if values[index] is not None:
                    values[index] = convert(values[index])
            batch.append(dict(zip(fields, values, strict=True)))
        yield batch


def _gathered(pieces: Iterable[bytes], *, at_least: int = MIN_PIECE_BYTES) -> Iterator[bytes]:
    """The same bytes, with small pieces joined so each one sent is worth its overhead."""
    pending: list[bytes] = []
    size = 0
    for piece in pieces:
        pending.append(piece)
        size += len(piece)
        if size >= at_least:
            yield b"".join(pending)
            pending, size = [], 0
    if pending:
        yield b"".join(pending)


# --- the whole account as JSON -------------------------------------------------------------------


def user_section(user: Any) -> dict[str, Any]:
    """The archive's `user`: profile and settings (a `User`, or a row of its columns)."""
    return {
        "email": user.email,
        "name": user.name,
        "timezone": user.timezone,
        "pitch": user.pitch,
        "settings": {
            "default_keep_in_touch_days": user.default_keep_in_touch_days,
            "thank_you_within_hours": user.thank_you_within_hours,
            "follow_up_after_days": user.follow_up_after_days,
            "email_reminders": user.email_reminders,
            "digest_hour": user.digest_hour,
        },
        "created_at": timestamp(user.created_at),
    }


def _json_rows(fields: Sequence[str], rows: Sequence[Row[Any]]) -> bytes:
    """Rows as JSON objects separated by commas (a slice of an array). The driver's values go to
    orjson as they are: times are aware and in UTC (see `db.py`), written as the API writes
    them (`…Z`); ids as their text."""
    objects = [dict(zip(fields, row, strict=True)) for row in rows]
    return orjson.dumps(objects, option=orjson.OPT_UTC_Z)[1:-1]


def _archive_pieces(connection: Connection, *, user_id: uuid.UUID) -> Iterator[bytes]:
    user = connection.execute(_USER, {"user_id": user_id}).one()
    head = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": timestamp(utcnow()),
        "user": user_section(user),
    }
    yield orjson.dumps(head)[:-1]  # the object stays open for the sections
    for section, (_model, fields) in _SECTIONS.items():
        yield b',"' + section.encode() + b'":['
        separator = b""
        for rows in _batches(connection, _STATEMENTS[section], user_id=user_id):
            yield separator + _json_rows(fields, rows)
            separator = b","
        yield b"]"
    yield b"}"


def archive_json(connection: Connection, *, user_id: uuid.UUID) -> Iterator[bytes]:
    """Everything the user owns, as the `rapport-export` version 1 document, in pieces: the
    header and user, then each section's rows a batch at a time. Read on `connection`, which
    should hold one snapshot for the whole document (`streaming.read_snapshot`)."""
    return _gathered(_archive_pieces(connection, user_id=user_id))


# --- contacts as CSV -----------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    """A cell of a row from `_plain_rows` (times, ids and enums are text already)."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = TAG_SEPARATOR.join(value)
    return neutralize(str(value))


def _csv_pieces(connection: Connection, *, user_id: uuid.UUID) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CONTACT_CSV_COLUMNS)
    # With a byte-order mark, spreadsheets open it as UTF-8 (our importer ignores the mark).
    yield ("\ufeff" + buffer.getvalue()).encode()
    for rows in _plain_rows(connection, _CSV_STATEMENT, CONTACT_CSV_COLUMNS, user_id=user_id):
        buffer.seek(0)
        buffer.truncate()
        for row in rows:
            writer.writerow([_csv_cell(row[column]) for column in CONTACT_CSV_COLUMNS])
        yield buffer.getvalue().encode()


def contacts_csv(connection: Connection, *, user_id: uuid.UUID) -> Iterator[bytes]:
    """The user's contacts as our CSV (a header row, then one row per contact), in pieces."""
    return _gathered(_csv_pieces(connection, user_id=user_id))


# --- contacts as vCard ---------------------------------------------------------------------------


def _vcard_pieces(connection: Connection, *, user_id: uuid.UUID) -> Iterator[bytes]:
    for rows in _plain_rows(connection, _VCARD_STATEMENT, _VCARD_FIELDS, user_id=user_id):
        yield "".join(vcard.card(row) for row in rows).encode()


def contacts_vcf(connection: Connection, *, user_id: uuid.UUID) -> Iterator[bytes]:
    """The user's contacts as vCard 3.0, one card each, in pieces."""
    return _gathered(_vcard_pieces(connection, user_id=user_id))


def attachment_name(user: User, extension: str, *, now: datetime | None = None) -> str:
    day = (now or utcnow()).date().isoformat()
    return f"rapport-{_slug(user.name)}-{day}.{extension}"


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:40] or "export"
