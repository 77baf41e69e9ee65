from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from rapport.interactions.schemas import InteractionRead
from rapport.interviews.models import InterviewStatus, Medium
from rapport.questions.schemas import Priority, QuestionText
from rapport.schemas import (
    MAX_URL,
    LongText,
    PartialUpdate,
    ReadModel,
    RequestModel,
    StrictBool,
    Timestamp,
    nonblank,
)

MAX_QUESTIONS = 50
MAX_CHECKLIST = 40
MAX_QUESTION_NOTES = 5_000
MAX_PITCH = 5_000

MIN_DURATION, MAX_DURATION = 5, 480
# An interview's length in minutes as stored and archived; `DurationMinutes` documents it.
DurationValue = Annotated[int, Field(ge=MIN_DURATION, le=MAX_DURATION, strict=True)]
DurationMinutes = Annotated[
    DurationValue,
    Field(description=f"The agreed length ({MIN_DURATION}–{MAX_DURATION}); stick to it."),
]
Location = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_URL),
    Field(description="A place or a meeting link.", examples=["https://zoom.us/j/123456789"]),
]
Pitch = Annotated[
    str,
    Field(max_length=MAX_PITCH, description="Your pitch tailored to this person."),
]
ChecklistKey = Annotated[
    str,
    StringConstraints(min_length=1, max_length=50, pattern=r"^[a-z0-9_]{1,50}$"),
    Field(description="Lower-case letters, digits and `_`.", examples=["pitch_ready"]),
]
ChecklistLabel = Annotated[str, nonblank(200)]
ScheduledAt = Annotated[
    Timestamp,
    Field(description="When it starts, with a UTC offset.", examples=["2026-12-03T15:00:00-06:00"]),
]
CompletedAt = Annotated[
    Timestamp,
    Field(
        description="When it took place. Set to now when the interview becomes `completed` "
        "without one; at most a day in the future; null unless `completed`."
    ),
]


class Phase(enum.StrEnum):
    prep = "prep"
    follow_up = "follow_up"


# The checklist a new interview starts with (key, label, phase).
DEFAULT_CHECKLIST: tuple[tuple[str, str, Phase], ...] = (
    ("research_person", "Research the person: role, path, recent work", Phase.prep),
    ("research_organization", "Research their organization", Phase.prep),
    ("pitch_ready", "Pitch ready and tailored", Phase.prep),
    ("logistics_verified", "Time, place or platform verified", Phase.prep),
    ("questions_ready", "Question list ready", Phase.prep),
    ("thank_you_sent", "Thank-you note sent", Phase.follow_up),
    ("linkedin_connected", "Connected on LinkedIn", Phase.follow_up),
    ("referrals_recorded", "Referrals recorded", Phase.follow_up),
    ("follow_up_planned", "Follow-up planned", Phase.follow_up),
)


class QuestionItemIn(RequestModel):
    """A question on the interview's list. Give `text`, or `bank_question_id` to copy the text
    (and priority) from your bank. Send an item's `id` back to keep it; new items get one."""

    model_config = ConfigDict(
        json_schema_extra={
            "anyOf": [
                {"required": ["text"], "properties": {"text": {"not": {"type": "null"}}}},
                {
                    "required": ["bank_question_id"],
                    "properties": {"bank_question_id": {"not": {"type": "null"}}},
                },
            ]
        }
    )

    id: uuid.UUID | None = None
    text: QuestionText | None = None
    priority: Priority | None = Field(default=None, description="1–5; default the bank's, or 3.")
    asked: StrictBool = False
    notes: Annotated[str, Field(max_length=MAX_QUESTION_NOTES)] = Field(
        default="", description="What they answered."
    )
    bank_question_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _text_or_bank(self) -> QuestionItemIn:
        if self.text is None and self.bank_question_id is None:
            raise ValueError("give text, or bank_question_id to use a question from your bank")
        return self


def _new_keys_need_a_label(schema: dict[str, Any]) -> None:
    """Said in the document: a key that is not one of the default checklist's adds an item, so
    it needs a label (a custom key added earlier is known too; the document cannot know those)."""
    schema["if"] = {
        "properties": {
            "key": {"not": {"enum": [key for key, _, _ in DEFAULT_CHECKLIST]}},
            "remove": {"const": False},
        }
    }
    schema["then"] = {"required": ["label"], "properties": {"label": {"not": {"type": "null"}}}}


class ChecklistItemIn(RequestModel):
    """Matched by `key`: a known key changes that item (only the fields you send); a new key
    adds a custom item (needs `label`); `remove: true` deletes the item. Keys are unique within
    one request."""

    model_config = ConfigDict(json_schema_extra=_new_keys_need_a_label)

    key: ChecklistKey
    label: ChecklistLabel | None = None
    phase: Phase | None = None
    done: StrictBool | None = None
    remove: StrictBool = False


QuestionList = Annotated[
    list[QuestionItemIn],
    Field(
        max_length=MAX_QUESTIONS,
        description=f"The ordered question list (at most {MAX_QUESTIONS}); it replaces the "
        "current list as a whole, so send every item, in the order you want.",
    ),
]
ChecklistChanges = Annotated[
    list[ChecklistItemIn],
    Field(
        max_length=MAX_CHECKLIST,
        description=f"Changes merged into the checklist by `key` (at most {MAX_CHECKLIST} items "
        "in all). Items you do not mention stay as they are.",
    ),
]


class InterviewCreate(RequestModel):
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {
                    "if": {
                        "required": ["completed_at"],
                        "properties": {"completed_at": {"not": {"type": "null"}}},
                    },
                    "then": {
                        "required": ["status"],
                        "properties": {"status": {"const": "completed"}},
                    },
                },
                {
                    "if": {
                        "required": ["status"],
                        "properties": {"status": {"const": "scheduled"}},
                    },
                    "then": {
                        "required": ["scheduled_at"],
                        "properties": {"scheduled_at": {"not": {"type": "null"}}},
                    },
                },
            ]
        }
    )

    contact_id: uuid.UUID = Field(description="One of your contacts.")
    status: InterviewStatus | None = Field(
        default=None,
        description="Default: `scheduled` when `scheduled_at` is given, else `requested`. "
        "`scheduled` needs `scheduled_at`.",
    )
    scheduled_at: ScheduledAt | None = None
    duration_minutes: DurationMinutes = 30
    medium: Medium = Medium.video
    location: Location = ""
    goals: LongText = Field(default="", description="What you want to learn.")
    pitch: Pitch | None = Field(default=None, description="Omit to start from your own pitch.")
    questions: QuestionList = []
    checklist: ChecklistChanges = Field(
        default=[],
        description="Changes to the default checklist (see the update operation).",
    )
    notes: LongText = ""
    takeaways: LongText = ""
    asked_for_referrals: StrictBool = False
    completed_at: CompletedAt | None = None


class InterviewUpdate(PartialUpdate):
    """A partial update. Null clears `scheduled_at`; other fields cannot be null (`completed_at`
    is cleared by itself when the interview stops being `completed`). The contact of an
    interview cannot change (delete it and create another)."""

    clearable = frozenset({"scheduled_at", "completed_at"})

    status: InterviewStatus | None = None
    scheduled_at: ScheduledAt | None = None
    duration_minutes: DurationMinutes | None = None
    medium: Medium | None = None
    location: Location | None = None
    goals: LongText | None = None
    pitch: Pitch | None = None
    questions: QuestionList | None = None
    checklist: ChecklistChanges | None = None
    notes: LongText | None = None
    takeaways: LongText | None = None
    asked_for_referrals: StrictBool | None = None
    completed_at: CompletedAt | None = None


class QuestionItem(ReadModel):
    id: str = Field(description="Assigned by the server; send it back to keep the item.")
    text: str
    priority: int
    asked: bool
    notes: str
    bank_question_id: str | None


class ChecklistItem(ReadModel):
    key: str
    label: str
    phase: Phase
    done: bool


class InterviewRead(ReadModel):
    id: uuid.UUID
    contact_id: uuid.UUID
    status: InterviewStatus
    scheduled_at: datetime | None
    duration_minutes: int
    medium: Medium
    location: str
    goals: str
    pitch: str
    questions: list[QuestionItem]
    checklist: list[ChecklistItem]
    notes: str
    takeaways: str
    asked_for_referrals: bool
    completed_at: datetime | None
    created_at: datetime
    updated_at: datetime


class TimelineEntry(ReadModel):
    type: Literal["touch", "interview"]
    at: datetime = Field(
        description="The touch's `occurred_at`; for an interview its `completed_at`, else "
        "`scheduled_at`, else when it was created."
    )
    touch: InteractionRead | None = Field(description="Set when `type` is `touch`.")
    interview: InterviewRead | None = Field(description="Set when `type` is `interview`.")


class InterviewFilters(BaseModel):
    """The query of `GET /interviews`."""

    status: InterviewStatus | None = None
    contact_id: uuid.UUID | None = None
    from_: Timestamp | None = Field(
        default=None, alias="from", description="Only interviews scheduled at or after this time."
    )
    to: Timestamp | None = Field(
        default=None, description="Only interviews scheduled before this time."
    )
