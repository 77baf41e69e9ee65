from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from rapport.contacts.models import Stage
from rapport.contacts.schemas import ContactCreate, ContactRead
from rapport.referrals.models import ReferralStatus
from rapport.schemas import Note, PartialUpdate, ReadModel, RequestModel, StrictBool


class ReferralCreate(RequestModel):
    """Give exactly one of `referred_contact_id` (someone already in your contacts) and
    `referred` (a new contact, created with `connection: referral` unless you say otherwise,
    and `referred_by_contact_id` = the referrer)."""

    model_config = ConfigDict(
        json_schema_extra={
            "oneOf": [
                {
                    "required": ["referred_contact_id"],
                    "properties": {"referred_contact_id": {"not": {"type": "null"}}},
                },
                {"required": ["referred"], "properties": {"referred": {"not": {"type": "null"}}}},
            ]
        }
    )

    referrer_contact_id: uuid.UUID = Field(description="Who suggested the person.")
    referred_contact_id: uuid.UUID | None = Field(
        default=None, description="Who was suggested, if already one of your contacts."
    )
    referred: ContactCreate | None = Field(
        default=None,
        description="Who was suggested, as a new contact (same fields as creating one).",
    )
    interview_id: uuid.UUID | None = Field(
        default=None, description="The interview with the referrer where it came up."
    )
    note: Note = Field(
        default="", examples=["Runs the assay development group; said to mention her."]
    )
    intro_offered: StrictBool = Field(
        default=False, description="The referrer offered to introduce you."
    )

    @model_validator(mode="after")
    def _one_referred(self) -> ReferralCreate:
        if (self.referred_contact_id is None) == (self.referred is None):
            raise ValueError("give exactly one of referred_contact_id and referred")
        return self


class ReferralUpdate(PartialUpdate):
    """Who referred whom cannot change (delete the referral and record another)."""

    clearable = frozenset({"interview_id"})

    interview_id: uuid.UUID | None = None
    note: Note | None = None
    intro_offered: StrictBool | None = None
    status: ReferralStatus | None = Field(
        default=None,
        description="Usually automatic (it follows the referred contact's stage); set "
        "`declined` yourself when it goes nowhere.",
    )


class ReferralRead(ReadModel):
    id: uuid.UUID
    referrer_contact_id: uuid.UUID
    referred_contact_id: uuid.UUID
    interview_id: uuid.UUID | None
    note: str
    intro_offered: bool
    status: ReferralStatus = Field(
        description="Follows the referred contact: reached out → `contacted`, interview "
        "scheduled → `scheduled`, completed → `interviewed` (forward only; `declined` is yours)."
    )
    created_at: datetime
    updated_at: datetime


class ReferralCreated(ReferralRead):
    referred_contact: ContactRead = Field(
        description="The referred contact as it is now (new when created inline)."
    )


class NetworkNode(ReadModel):
    id: uuid.UUID
    full_name: str
    organization: str | None
    stage: Stage


class NetworkEdge(ReadModel):
    referral_id: uuid.UUID
    source: uuid.UUID = Field(description="The referrer.")
    target: uuid.UUID = Field(description="The referred contact.")
    status: ReferralStatus


class ReferralYield(ReadModel):
    """How well interviews turn into further conversations."""

    completed_interviews: int
    referrals: int = Field(description="All referrals you recorded.")
    referrals_per_completed_interview: float | None = Field(
        description="`referrals` / `completed_interviews`, two decimals; null before the first "
        "completed interview."
    )
    referred_contacts: int = Field(description="Distinct people referred to you.")
    referred_interviewed: int = Field(
        description="How many of them you have completed an interview with."
    )


class Network(ReadModel):
    nodes: list[NetworkNode] = Field(description="Every contact that referred or was referred.")
    edges: list[NetworkEdge] = Field(description="One per referral: referrer → referred.")
    truncated: bool = Field(
        description="True when you have more referrals than one answer carries (the oldest "
        "are shown)."
    )
    referral_yield: ReferralYield


class ReferralFilters(BaseModel):
    """The query of `GET /referrals`."""

    contact_id: uuid.UUID | None = Field(
        default=None, description="Only referrals this contact gave or received."
    )
    interview_id: uuid.UUID | None = None
    status: ReferralStatus | None = None
