from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, Field

from rapport.interactions.models import InteractionKind
from rapport.schemas import PartialUpdate, ReadModel, RequestModel, Url

MAX_SUMMARY = 5_000
Summary = Annotated[
    str,
    Field(
        max_length=MAX_SUMMARY,
        examples=["Sent a thank-you note and the article on CRISPR screens."],
    ),
]
OccurredAt = Annotated[
    AwareDatetime,
    Field(
        description="When it happened, with a UTC offset. Defaults to now; may not be more "
        "than a day in the future (plan future touches as reminders)."
    ),
]


class InteractionCreate(RequestModel):
    kind: InteractionKind = Field(examples=["email"])
    occurred_at: OccurredAt | None = None
    summary: Summary = ""
    url: Url | None = None


class InteractionUpdate(PartialUpdate):
    clearable = frozenset({"url"})

    kind: InteractionKind | None = None
    occurred_at: OccurredAt | None = None
    summary: Summary | None = None
    url: Url | None = None


class InteractionRead(ReadModel):
    id: uuid.UUID
    contact_id: uuid.UUID
    kind: InteractionKind
    occurred_at: datetime
    summary: str
    url: str | None
    created_at: datetime
    updated_at: datetime
