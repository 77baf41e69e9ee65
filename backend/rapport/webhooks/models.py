from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, JSONType, OwnedMixin, enum_column, utcnow


class WebhookEvent(enum.StrEnum):
    contact_created = "contact.created"
    interview_scheduled = "interview.scheduled"
    interview_completed = "interview.completed"
    referral_created = "referral.created"
    reminder_due = "reminder.due"


class DeliveryStatus(enum.StrEnum):
    pending = "pending"
    succeeded = "succeeded"
    failed = "failed"  # gave up after the last retry


class Webhook(OwnedMixin, Base):
    __tablename__ = "webhooks"
    __table_args__ = (Index(None, "user_id", "created_at", "id"),)

    url: Mapped[str] = mapped_column(String(2048))
    description: Mapped[str] = mapped_column(String(500), default="")
    events: Mapped[list[str]] = mapped_column(JSONType(), default=list)
    active: Mapped[bool] = mapped_column(default=True)
    # The signing secret, encrypted with a key derived from the app's secret key.
    secret_encrypted: Mapped[str] = mapped_column(Text)


class WebhookDelivery(Base):
    """The outbox: one row per event per endpoint, written in the transaction that caused it."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        Index(None, "status", "next_attempt_at"),
        Index(None, "webhook_id", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    webhook_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(64))
    # The Standard Webhooks `webhook-id`: the same on every retry so receivers can deduplicate.
    message_id: Mapped[str] = mapped_column(String(64), unique=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType())
    status: Mapped[DeliveryStatus] = mapped_column(
        enum_column(DeliveryStatus), default=DeliveryStatus.pending
    )
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_attempt_at: Mapped[datetime | None] = mapped_column(default=None)
    response_status: Mapped[int | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(String(1000), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
