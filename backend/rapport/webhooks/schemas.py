from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from rapport.schemas import URL_PATTERN, PartialUpdate, ReadModel, RequestModel, StrictBool
from rapport.webhooks.models import DeliveryStatus, WebhookEvent

MAX_WEBHOOK_URL = 2_048
MAX_DESCRIPTION = 500


def _ordered_events(events: list[WebhookEvent]) -> list[WebhookEvent]:
    return [event for event in WebhookEvent if event in set(events)]


WebhookUrl = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_WEBHOOK_URL),
    Field(
        description="Where deliveries are POSTed: a public http(s) URL without credentials. "
        "Private, loopback, link-local and cloud-metadata addresses are refused, also when the "
        "host name resolves to one (checked again before every delivery).",
        examples=["https://hooks.example.edu/rapport"],
        json_schema_extra={"pattern": URL_PATTERN},
    ),
]
Events = Annotated[
    list[WebhookEvent],
    Field(
        min_length=1,
        max_length=len(WebhookEvent),
        description="The events to receive (duplicates are dropped).",
        examples=[["contact.created", "interview.completed"]],
    ),
    AfterValidator(_ordered_events),
]
Description = Annotated[
    str,
    StringConstraints(strip_whitespace=True, max_length=MAX_DESCRIPTION),
    Field(examples=["Career center CRM"]),
]


class WebhookCreate(RequestModel):
    url: WebhookUrl
    events: Events
    description: Description = ""
    active: StrictBool = Field(default=True, description="Inactive webhooks receive nothing.")


class WebhookUpdate(PartialUpdate):
    """A partial update: send only what changes (none of these can be null)."""

    url: WebhookUrl | None = None
    events: Events | None = None
    description: Description | None = None
    active: StrictBool | None = None


class WebhookRead(ReadModel):
    id: uuid.UUID
    url: str
    events: list[WebhookEvent]
    description: str
    active: bool
    created_at: datetime
    updated_at: datetime


class WebhookCreated(WebhookRead):
    secret: str = Field(
        description="The signing secret (Standard Webhooks `whsec_…` format), shown only in this "
        "answer. Verify each delivery's `webhook-signature` with it.",
        examples=["whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"],
    )


class DeliveryRead(ReadModel):
    id: uuid.UUID
    event: WebhookEvent
    message_id: str = Field(
        description="The `webhook-id` header: the same on every retry, so receivers can "
        "ignore a message they have already processed."
    )
    payload: dict[str, Any] = Field(description="The JSON body that is (or was) POSTed.")
    status: DeliveryStatus = Field(
        description="`pending` (waiting for its first or next attempt), `succeeded` (a 2xx "
        "answer), `failed` (gave up after the last retry, or refused without connecting)."
    )
    attempts: int
    next_attempt_at: datetime | None = Field(
        description="When the next attempt is due; null once succeeded or failed."
    )
    last_attempt_at: datetime | None
    response_status: int | None = Field(description="HTTP status of the last answer, if any.")
    last_error: str | None
    created_at: datetime

    @classmethod
    def of(cls, delivery: Any) -> DeliveryRead:
        read = cls.model_validate(delivery)
        if read.status != DeliveryStatus.pending:
            read.next_attempt_at = None
        return read


class DeliveryFilters(BaseModel):
    """The query of `GET /webhooks/{webhook_id}/deliveries`."""

    status: DeliveryStatus | None = Field(
        default=None, description="Only deliveries in this state."
    )
