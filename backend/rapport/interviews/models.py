from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, JSONType, OwnedMixin, enum_column


class InterviewStatus(enum.StrEnum):
    requested = "requested"
    scheduled = "scheduled"
    completed = "completed"
    cancelled = "cancelled"
    no_show = "no_show"


class Medium(enum.StrEnum):
    video = "video"
    phone = "phone"
    in_person = "in_person"


class Interview(OwnedMixin, Base):
    __tablename__ = "interviews"
    __table_args__ = (
        Index(None, "user_id", "scheduled_at", "id"),
        Index(None, "contact_id"),
        Index(None, "user_id", "completed_at"),
        # The referral yield counts a user's completed interviews, and which contacts have one,
        # from this index alone (before, it read every interview of the user to check status).
        # Not a partial index: the status is a statement parameter, and a prepared statement's
        # generic plan could not use an index whose condition names the value.
        Index(None, "user_id", "status", "contact_id"),
    )

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    status: Mapped[InterviewStatus] = mapped_column(
        enum_column(InterviewStatus), default=InterviewStatus.requested
    )
    scheduled_at: Mapped[datetime | None] = mapped_column(default=None)
    duration_minutes: Mapped[int] = mapped_column(default=30)
    medium: Mapped[Medium] = mapped_column(enum_column(Medium), default=Medium.video)
    location: Mapped[str] = mapped_column(String(2048), default="")
    goals: Mapped[str] = mapped_column(Text, default="")
    pitch: Mapped[str] = mapped_column(Text, default="")
    # Ordered [{id, text, priority, asked, notes, bank_question_id}]
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSONType(), default=list)
    # [{key, label, phase: prep|follow_up, done}]
    checklist: Mapped[list[dict[str, Any]]] = mapped_column(JSONType(), default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    takeaways: Mapped[str] = mapped_column(Text, default="")
    asked_for_referrals: Mapped[bool] = mapped_column(default=False)
    completed_at: Mapped[datetime | None] = mapped_column(default=None)
