from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, OwnedMixin, enum_column, utcnow


class InteractionKind(enum.StrEnum):
    email = "email"
    call = "call"
    meeting = "meeting"
    message = "message"
    linkedin = "linkedin"
    article_shared = "article_shared"
    update = "update"
    event = "event"
    note = "note"


class Interaction(OwnedMixin, Base):
    """A touchpoint with a contact. Every one of them resets the keep-in-touch cadence."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index(None, "contact_id", "occurred_at", "id"),
        Index(None, "user_id", "occurred_at"),
    )

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    kind: Mapped[InteractionKind] = mapped_column(enum_column(InteractionKind))
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    summary: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(2048), default=None)
