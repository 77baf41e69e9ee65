"""Shares as the student manages them (`/shares`), and the answers a counselor gets (`/shared`).

A counselor's answers are built only from these `Shared*` schemas, field by field from the
share's scope: none of them has a field for an e-mail address, a phone number, or a contact's
notes, and interview notes appear only when the scope includes notes.
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, EmailStr, Field
from pydantic.json_schema import JsonDict

from rapport.contacts.models import Stage
from rapport.dashboard.schemas import StageCounts
from rapport.interactions.models import InteractionKind
from rapport.interviews.models import InterviewStatus
from rapport.schemas import Name, PartialUpdate, ReadModel, RequestModel, StrictBool, nonblank
from rapport.shares.models import AccessVia, AccessWhat, Section

DEFAULT_SHARE_DAYS = 30
MAX_SHARE_DAYS = 365
MAX_SHARES = 50
MAX_COMMENT = 5_000
MAX_COMMENTS_PER_SHARE = 500


class ShareScope(ReadModel):
    """What the counselor sees."""

    pipeline: bool = Field(
        description="Stage counts, and each contact's name, organization and stage."
    )
    interviews: bool = Field(
        description="Interviews: with whom (name, organization), dates, status, goals, takeaways."
    )
    notes: bool = Field(
        description="Interview notes (with `interviews`) and the summaries of logged touches."
    )
    referrals: bool = Field(description="The referral graph (names, organizations, stages).")


def _not_all_hidden(*required: str) -> ConfigDict:
    """States in the schema that a scope with every part `false` is refused (422): JSON Schema
    `not` over the parts that must be given for that to happen (the others default to hidden)."""
    hidden: JsonDict = {section.value: {"const": False} for section in Section}
    rule: JsonDict = {"required": list(required), "properties": hidden}
    return ConfigDict(json_schema_extra={"not": rule})


class ShareScopeIn(RequestModel):
    """Every part but `notes` is shown unless you say otherwise; at least one must be."""

    model_config = _not_all_hidden("pipeline", "interviews", "referrals")

    pipeline: StrictBool = True
    interviews: StrictBool = True
    notes: StrictBool = False
    referrals: StrictBool = True


class ShareScopeUpdate(RequestModel):
    """Only the parts you send change; the share must still show at least one."""

    model_config = _not_all_hidden(*(section.value for section in Section))

    pipeline: StrictBool | None = None
    interviews: StrictBool | None = None
    notes: StrictBool | None = None
    referrals: StrictBool | None = None


CounselorName = Annotated[Name, Field(examples=["Dr. Lee, PhD Career Center"])]
ExpiresAt = Annotated[
    AwareDatetime,
    Field(
        description=f"When the share stops working: in the future, at most {MAX_SHARE_DAYS} days "
        f"ahead (default {DEFAULT_SHARE_DAYS} days from now).",
        examples=["2027-01-15T00:00:00Z"],
    ),
]


class ShareCreate(RequestModel):
    counselor_email: EmailStr = Field(
        max_length=254,
        description="The counselor's address: an account with it sees the share under "
        "“Shared with me”. Nothing is sent to it; you pass the link on yourself.",
        examples=["career.center@university.edu"],
    )
    counselor_name: CounselorName | None = None
    scope: ShareScopeIn = Field(default_factory=ShareScopeIn)
    expires_at: ExpiresAt | None = None


class ShareUpdate(PartialUpdate):
    """A partial update of a share that is not revoked. The counselor's address cannot change
    (revoke and create another share)."""

    clearable = frozenset({"counselor_name", "scope"})

    counselor_name: CounselorName | None = None
    scope: ShareScopeUpdate | None = None
    expires_at: ExpiresAt | None = Field(
        default=None, description="Extend or shorten the share (an expired one comes back)."
    )


class ShareStatus(enum.StrEnum):
    active = "active"
    expired = "expired"
    revoked = "revoked"


class ShareRead(ReadModel):
    id: uuid.UUID
    counselor_email: str
    counselor_name: str | None
    scope: ShareScope
    status: ShareStatus
    expires_at: datetime
    revoked_at: datetime | None
    last_accessed_at: datetime | None = Field(
        description="The counselor's latest request (see the access log)."
    )
    comment_count: int = Field(description="Comments the counselor left (that you kept).")
    created_at: datetime
    updated_at: datetime


class ShareCreated(ShareRead):
    token: str = Field(
        description="The counselor's secret, shown only in this answer (`rpc_…`); sent as "
        "`Authorization: Bearer …` to `/api/v1/shared/…`."
    )
    link: str = Field(
        description="The link to give the counselor: the dashboard's read-only view, with the "
        "secret after `#` (browsers never send that part to a server). Shown only here."
    )


class ShareAccessRead(ReadModel):
    id: uuid.UUID
    at: datetime
    what: AccessWhat = Field(
        description="What the counselor opened: `overview`, `contacts`, `interviews`, "
        "`touches`, `network`, `comments` — or `comment_added` when they left a comment."
    )
    via: AccessVia = Field(
        description="`link` (the share's secret link) or `account` (signed in with a Rapport "
        "account with the share's e-mail address)."
    )


CommentBody = Annotated[
    str,
    nonblank(MAX_COMMENT),
    Field(examples=["Great goals. Ask her how she negotiated her first industry offer."]),
]


class CommentCreate(RequestModel):
    body: CommentBody
    interview_id: uuid.UUID | None = Field(
        default=None,
        description="Comment on this interview (the share must show interviews); omit to "
        "comment on the share as a whole.",
    )


class CommentRead(ReadModel):
    id: uuid.UUID
    share_id: uuid.UUID
    interview_id: uuid.UUID | None = Field(
        description="The interview commented on; null for the share as a whole (also once the "
        "interview was deleted)."
    )
    body: str
    created_at: datetime


# --- what a counselor sees -----------------------------------------------------------------------


class SharedSummary(ReadModel):
    """A share as its counselor sees it in “Shared with me”."""

    id: uuid.UUID
    student_name: str = Field(examples=["Ada Student"])
    scope: ShareScope
    expires_at: datetime
    shared_at: datetime


class SharedOverview(SharedSummary):
    stage_counts: StageCounts | None = Field(
        default=None, description="Present only when the share shows the pipeline."
    )


class SharedContact(ReadModel):
    id: uuid.UUID
    full_name: str
    organization: str | None
    stage: Stage


class SharedInterview(ReadModel):
    id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    contact_organization: str | None
    status: InterviewStatus
    scheduled_at: datetime | None
    completed_at: datetime | None
    goals: str
    takeaways: str
    notes: str | None = Field(default=None, description="Present only when the share shows notes.")


class SharedTouch(ReadModel):
    id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    kind: InteractionKind
    occurred_at: datetime
    summary: str


class SharedContactFilters(BaseModel):
    """The query of `GET /shared/{shared_id}/contacts`."""

    stage: Stage | None = Field(default=None, description="Only contacts at this stage.")
