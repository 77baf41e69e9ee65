from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from rapport.reminders.models import ReminderKind, ReminderStatus
from rapport.schemas import PartialUpdate, ReadModel, RequestModel, Timestamp, nonblank

MAX_REMINDER_NOTES = 5_000

Title = Annotated[
    str,
    nonblank(300),
    Field(examples=["Send Sam the article on lab automation"]),
]
Notes = Annotated[str, Field(max_length=MAX_REMINDER_NOTES)]
DueAt = Annotated[
    Timestamp,
    Field(description="When it is due, with a UTC offset.", examples=["2026-12-01T09:00:00-06:00"]),
]


class ReminderCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"required": ["kind"], "properties": {"kind": {"const": "keep_in_touch"}}},
            "then": {
                "anyOf": [
                    {
                        "required": ["contact_id"],
                        "properties": {"contact_id": {"not": {"type": "null"}}},
                    },
                    {
                        "required": ["interview_id"],
                        "properties": {"interview_id": {"not": {"type": "null"}}},
                    },
                ]
            },
        }
    )

    kind: ReminderKind = Field(
        default=ReminderKind.custom,
        description="`keep_in_touch` needs a `contact_id`, and is refused (409) while the "
        "contact already has an open one (every contact with a cadence has one automatically).",
    )
    title: Title
    notes: Notes = ""
    due_at: DueAt
    contact_id: uuid.UUID | None = Field(default=None, description="One of your contacts.")
    interview_id: uuid.UUID | None = Field(
        default=None,
        description="One of your interviews; `contact_id` then defaults to its contact and, if "
        "given, must be that contact.",
    )


class ReminderUpdate(PartialUpdate):
    """Change the text, snooze (`due_at`), or set `status`. Marking a `keep_in_touch` reminder
    `done` logs a touch with the contact, which restarts the cadence and creates the next one."""

    title: Title | None = None
    notes: Notes | None = None
    due_at: DueAt | None = None
    status: ReminderStatus | None = None


class ReminderRead(ReadModel):
    id: uuid.UUID
    kind: ReminderKind
    title: str
    notes: str
    due_at: datetime
    contact_id: uuid.UUID | None
    interview_id: uuid.UUID | None
    status: ReminderStatus
    done_at: datetime | None = Field(description="When it was marked done (null otherwise).")
    auto: bool = Field(description="Created by Rapport (thank-you, follow-up, keep-in-touch).")
    created_at: datetime
    updated_at: datetime


class ReminderFilters(BaseModel):
    """The query of `GET /reminders`."""

    status: ReminderStatus | None = None
    kind: ReminderKind | None = None
    contact_id: uuid.UUID | None = None
    interview_id: uuid.UUID | None = None
    due_before: Timestamp | None = Field(
        default=None,
        description="Only reminders due strictly before this time (with an offset).",
    )
