from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from rapport.schemas import (
    MAX_SHORT_TEXT,
    PartialUpdate,
    ReadModel,
    RequestModel,
    StrictBool,
    nonblank,
)

MAX_QUESTION_TEXT = 1_000
MAX_CATEGORY = 50
DEFAULT_CATEGORIES = ("career_path", "day_to_day", "skills", "industry", "advice", "referrals")

QuestionText = Annotated[
    str,
    nonblank(MAX_QUESTION_TEXT),
    Field(examples=["What does a typical week look like for you?"]),
]
Category = Annotated[
    str,
    nonblank(MAX_CATEGORY),
    Field(
        description="Any label up to 50 characters. The seeded bank uses "
        + ", ".join(f"`{c}`" for c in DEFAULT_CATEGORIES)
        + ".",
        examples=["day_to_day"],
    ),
]
MIN_PRIORITY, MAX_PRIORITY = 1, 5
# A question's priority as stored and archived; `Priority` is how the API documents it.
PriorityValue = Annotated[int, Field(ge=MIN_PRIORITY, le=MAX_PRIORITY, strict=True)]
Priority = Annotated[
    PriorityValue,
    Field(description=f"{MIN_PRIORITY} (nice to ask) to {MAX_PRIORITY} (must ask).", examples=[4]),
]


class QuestionCreate(RequestModel):
    text: QuestionText
    category: Category = "general"
    priority: Priority = 3
    archived: StrictBool = False


class QuestionUpdate(PartialUpdate):
    text: QuestionText | None = None
    category: Category | None = None
    priority: Priority | None = None
    archived: StrictBool | None = Field(
        default=None, description="Archived questions are kept but hidden from new interviews."
    )


class QuestionRead(ReadModel):
    id: uuid.UUID
    text: str
    category: str
    priority: int
    archived: bool
    created_at: datetime
    updated_at: datetime


class QuestionFilters(BaseModel):
    """The query of `GET /questions`."""

    category: str | None = Field(default=None, max_length=MAX_CATEGORY)
    archived: bool | None = Field(
        default=None, description="true: only archived; false: only active; omit for both."
    )
    q: str | None = Field(
        default=None,
        max_length=MAX_SHORT_TEXT,
        description="Case-insensitive substring of the text.",
    )
