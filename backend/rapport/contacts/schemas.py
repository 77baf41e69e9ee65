from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, EmailStr, Field, StringConstraints

from rapport.accounts import schemas as accounts_schemas
from rapport.contacts.models import Connection, Stage
from rapport.schemas import (
    MAX_NOTE,
    MAX_SHORT_TEXT,
    MAX_TAG,
    LongText,
    Name,
    PartialUpdate,
    ReadModel,
    RequestModel,
    ShortText,
    Tags,
    Url,
)

KeepInTouchDays = Annotated[
    accounts_schemas.KeepInTouchDays,
    Field(
        description="Days between touches you want with this person; null for no cadence.",
        examples=[90],
    ),
]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=50)]
ConnectionNote = Annotated[
    str,
    Field(
        max_length=MAX_NOTE,
        description="How you know them, in words that can go into an outreach e-mail.",
        examples=["We were both in the Rivera lab; you supervised my 2021 summer project."],
    ),
]


class ContactFields(RequestModel):
    email: EmailStr | None = Field(default=None, max_length=254, examples=["sam@example.org"])
    phone: Phone | None = Field(default=None, examples=["+1 555 0100"])
    linkedin_url: Url | None = None
    organization: ShortText | None = Field(default=None, examples=["Genentech"])
    title: ShortText | None = Field(default=None, examples=["Senior Scientist"])
    location: ShortText | None = Field(default=None, examples=["South San Francisco, CA"])
    connection: Connection = Field(default=Connection.other, description="How you are connected.")
    connection_note: ConnectionNote = ""
    tags: Tags = []
    stage: Stage = Field(
        default=Stage.identified,
        description="Where this person is in your workflow. Scheduling and completing "
        "interviews move it forward automatically; a stage you set yourself always wins.",
    )
    notes: LongText = ""
    research_notes: LongText = Field(
        default="", description="What you learned about them and their organization."
    )


class ContactCreate(ContactFields):
    full_name: Name = Field(examples=["Sam Rivera"])
    keep_in_touch_days: KeepInTouchDays | None = Field(
        default=None,
        description="Omit to use your default cadence (settings); null for none.",
    )


class ContactDetails(RequestModel):
    """Who a contact is and how to reach them: fields that an update (`ContactUpdate`) and an
    archive (`exports.schemas.ArchiveContact`, which requires the name) take alike."""

    full_name: Name | None = None
    email: EmailStr | None = Field(default=None, max_length=254)
    phone: Phone | None = None
    linkedin_url: Url | None = None
    organization: ShortText | None = None
    title: ShortText | None = None
    location: ShortText | None = None


class ContactUpdate(PartialUpdate, ContactDetails):
    """A partial update: send only what changes. Null clears an optional field."""

    clearable = frozenset(
        {
            "email",
            "phone",
            "linkedin_url",
            "organization",
            "title",
            "location",
            "keep_in_touch_days",
        }
    )

    connection: Connection | None = None
    connection_note: ConnectionNote | None = None
    tags: Tags | None = None
    stage: Stage | None = None
    notes: LongText | None = None
    research_notes: LongText | None = None
    keep_in_touch_days: KeepInTouchDays | None = None


class ContactRead(ReadModel):
    id: uuid.UUID
    full_name: str
    email: str | None
    phone: str | None
    linkedin_url: str | None
    organization: str | None
    title: str | None
    location: str | None
    connection: Connection
    connection_note: str
    tags: list[str]
    stage: Stage
    notes: str
    research_notes: str
    keep_in_touch_days: int | None
    last_contacted_at: datetime | None = Field(
        description="Latest logged touch or completed interview (read-only)."
    )
    next_touch_due: datetime | None = Field(
        description="When the next touch is due: (last contact, or creation) + cadence "
        "(read-only; null without a cadence)."
    )
    referred_by_contact_id: uuid.UUID | None = Field(
        description="Who first referred this person to you (read-only; set by referrals)."
    )
    created_at: datetime
    updated_at: datetime


class ContactSort(enum.StrEnum):
    name = "name"
    updated = "updated"
    created = "created"
    last_contacted = "last_contacted"
    next_touch_due = "next_touch_due"


class ContactFilters(BaseModel):
    """The query of `GET /contacts`: filters and the order."""

    q: str | None = Field(
        default=None,
        max_length=MAX_SHORT_TEXT,
        description="Case-insensitive substring of name, organization, title, e-mail or notes.",
    )
    stage: Stage | None = None
    tag: str | None = Field(default=None, max_length=MAX_TAG)
    connection: Connection | None = None
    organization: str | None = Field(
        default=None, max_length=MAX_SHORT_TEXT, description="Exact, case-insensitive."
    )
    due: bool | None = Field(
        default=None,
        description="true: only contacts overdue for a touch; false: only those not due.",
    )
    sort: ContactSort = Field(
        default=ContactSort.name,
        description="`name` (A–Z), `updated` / `created` (newest first), `last_contacted` "
        "(most recent first, never-contacted last), `next_touch_due` (soonest first).",
    )
