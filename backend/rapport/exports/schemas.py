"""The archive format (`rapport-export`, version 1): what `GET /export` writes and
`POST /imports/archive` reads back.

Every record keeps its id from the exporting account, so references between records
(`contact_id`, `referred_by_contact_id`, `bank_question_id`, …) can be followed; a restore gives
each record a new id and rewrites the references. Fields are validated with the same limits as
the API's create and update requests. Derived fields (`last_contacted_at`, `next_touch_due`) are
written for reading and recomputed on restore.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal, TypeVar

from pydantic import AwareDatetime, Field, StringConstraints

from rapport.accounts import schemas as accounts_schemas
from rapport.contacts.models import Connection, Stage
from rapport.contacts.schemas import ConnectionNote, ContactDetails, KeepInTouchDays
from rapport.interactions.models import InteractionKind
from rapport.interactions.schemas import Summary
from rapport.interviews import schemas as interviews_schemas
from rapport.interviews.models import InterviewStatus, Medium
from rapport.questions import schemas as questions_schemas
from rapport.referrals.models import ReferralStatus
from rapport.reminders.models import ReminderKind, ReminderStatus
from rapport.schemas import (
    MAX_LONG_TEXT,
    MAX_URL,
    LongText,
    Name,
    Note,
    RequestModel,
    StrictBool,
    Tags,
    TimeZone,
    Url,
)
from rapport.templates.models import TemplateKind
from rapport.webhooks.models import WebhookEvent

FORMAT = "rapport-export"
VERSION = 1
MAX_RECORDS = 100_000
MAX_PITCH = 5_000

RecordId = Annotated[
    str,
    StringConstraints(min_length=1, max_length=100),
    Field(description="The id in the exporting account; a restore gives the record a new one."),
]
T = TypeVar("T")
Records = Annotated[list[T], Field(max_length=MAX_RECORDS)]


def _text(max_length: int, *, min_length: int = 0, strip: bool = False) -> StringConstraints:
    return StringConstraints(strip_whitespace=strip, min_length=min_length, max_length=max_length)


class Record(RequestModel):
    id: RecordId
    created_at: AwareDatetime | None = Field(
        default=None, description="Kept on restore (default: the time of the restore)."
    )
    updated_at: AwareDatetime | None = Field(
        default=None, description="Kept on restore (default: the time of the restore)."
    )


class ArchiveSettings(RequestModel):
    default_keep_in_touch_days: accounts_schemas.KeepInTouchDays | None = None
    thank_you_within_hours: accounts_schemas.ThankYouHours = 24
    follow_up_after_days: accounts_schemas.FollowUpDays = 14
    email_reminders: StrictBool = False
    digest_hour: accounts_schemas.DigestHour = 8


class ArchiveUser(RequestModel):
    """Your profile and settings. A restore applies name, time zone, pitch and settings to the
    account it loads into; never the e-mail address or password (which are not exported)."""

    email: Annotated[str, Field(max_length=254)] = ""
    name: Name
    timezone: TimeZone = "UTC"
    pitch: Annotated[str, Field(max_length=MAX_PITCH)] = ""
    settings: ArchiveSettings = Field(default_factory=ArchiveSettings)
    created_at: AwareDatetime | None = None


class ArchiveContact(ContactDetails, Record):
    full_name: Name
    connection: Connection = Connection.other
    connection_note: ConnectionNote = ""
    tags: Tags = []
    stage: Stage = Stage.identified
    notes: LongText = ""
    research_notes: LongText = ""
    keep_in_touch_days: KeepInTouchDays | None = None
    referred_by_contact_id: RecordId | None = None
    last_contacted_at: AwareDatetime | None = Field(
        default=None, description="Derived: recomputed on restore."
    )
    next_touch_due: AwareDatetime | None = Field(
        default=None, description="Derived: recomputed on restore."
    )


class ArchiveInteraction(Record):
    contact_id: RecordId
    kind: InteractionKind
    occurred_at: AwareDatetime
    summary: Summary = ""
    url: Url | None = None


class ArchiveInterviewQuestion(RequestModel):
    id: uuid.UUID | None = None
    text: Annotated[str, _text(1_000, min_length=1, strip=True)]
    priority: questions_schemas.PriorityValue = 3
    asked: StrictBool = False
    notes: Annotated[str, Field(max_length=5_000)] = ""
    bank_question_id: RecordId | None = None


class ArchiveChecklistItem(RequestModel):
    key: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,50}$")]
    label: Annotated[str, _text(200, min_length=1, strip=True)]
    phase: Literal["prep", "follow_up"] = "prep"
    done: StrictBool = False


class ArchiveInterview(Record):
    contact_id: RecordId
    status: InterviewStatus = InterviewStatus.requested
    scheduled_at: AwareDatetime | None = None
    duration_minutes: interviews_schemas.DurationValue = 30
    medium: Medium = Medium.video
    location: Annotated[str, _text(MAX_URL, strip=True)] = ""
    goals: LongText = ""
    pitch: Annotated[str, Field(max_length=MAX_PITCH)] = ""
    questions: Annotated[list[ArchiveInterviewQuestion], Field(max_length=50)] = []
    checklist: Annotated[list[ArchiveChecklistItem], Field(max_length=40)] = []
    notes: LongText = ""
    takeaways: LongText = ""
    asked_for_referrals: StrictBool = False
    completed_at: AwareDatetime | None = None


class ArchiveQuestion(Record):
    text: Annotated[str, _text(1_000, min_length=1, strip=True)]
    category: Annotated[str, _text(50, min_length=1, strip=True)] = "general"
    priority: questions_schemas.PriorityValue = 3
    archived: StrictBool = False


class ArchiveReferral(Record):
    referrer_contact_id: RecordId
    referred_contact_id: RecordId
    interview_id: RecordId | None = None
    note: Note = ""
    intro_offered: StrictBool = False
    status: ReferralStatus = ReferralStatus.suggested


class ArchiveReminder(Record):
    kind: ReminderKind = ReminderKind.custom
    title: Annotated[str, _text(300, min_length=1, strip=True)]
    notes: Annotated[str, Field(max_length=5_000)] = ""
    due_at: AwareDatetime
    contact_id: RecordId | None = None
    interview_id: RecordId | None = None
    status: ReminderStatus = ReminderStatus.open
    done_at: AwareDatetime | None = None
    auto: StrictBool = False


class ArchiveTemplate(Record):
    kind: TemplateKind
    name: Annotated[str, _text(200, min_length=1, strip=True)]
    subject: Annotated[str, Field(max_length=500)] = ""
    body: Annotated[str, Field(max_length=MAX_LONG_TEXT)]


class ArchiveWebhook(Record):
    """For the record only: signing secrets are never exported, so restore skips webhooks
    (create them again to get new secrets)."""

    url: Annotated[str, Field(max_length=MAX_URL)]
    description: Annotated[str, Field(max_length=500)] = ""
    events: Annotated[list[WebhookEvent], Field(max_length=len(WebhookEvent))] = []
    active: StrictBool = True


class Archive(RequestModel):
    """Everything one account owns, except secrets (password, tokens, the calendar feed URL,
    webhook signing secrets)."""

    format: Literal["rapport-export"] = Field(description="Always `rapport-export`.")
    version: Literal[1] = Field(description="The format version; this is version 1.")
    exported_at: datetime | None = None
    user: ArchiveUser
    contacts: Records[ArchiveContact] = []
    interactions: Records[ArchiveInteraction] = []
    interviews: Records[ArchiveInterview] = []
    questions: Records[ArchiveQuestion] = Field(default=[], description="Your question bank.")
    referrals: Records[ArchiveReferral] = []
    reminders: Records[ArchiveReminder] = []
    templates: Records[ArchiveTemplate] = Field(default=[], description="E-mail templates.")
    webhooks: Records[ArchiveWebhook] = Field(
        default=[], description="Webhooks, without their secrets (a restore skips them)."
    )
