from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, OwnedMixin, enum_column


class ReminderKind(enum.StrEnum):
    thank_you = "thank_you"
    follow_up = "follow_up"
    keep_in_touch = "keep_in_touch"
    share = "share"
    event = "event"
    custom = "custom"


class ReminderStatus(enum.StrEnum):
    open = "open"
    done = "done"
    dismissed = "dismissed"


class Reminder(OwnedMixin, Base):
    __tablename__ = "reminders"
    __table_args__ = (
        Index(None, "user_id", "status", "due_at", "id"),
        Index(None, "contact_id"),
        Index(None, "interview_id"),
        # The database itself refuses a second open keep-in-touch reminder for a contact, and
        # a second automatic reminder of one kind for an interview, whatever races happen.
        Index(
            "uq_reminders_open_keep_in_touch",
            "contact_id",
            unique=True,
            postgresql_where=text("kind = 'keep_in_touch' AND status = 'open'"),
            sqlite_where=text("kind = 'keep_in_touch' AND status = 'open'"),
        ),
        Index(
            "uq_reminders_auto_per_interview",
            "interview_id",
            "kind",
            unique=True,
            postgresql_where=text("auto AND interview_id IS NOT NULL"),
            sqlite_where=text("auto AND interview_id IS NOT NULL"),
        ),
    )

    kind: Mapped[ReminderKind] = mapped_column(enum_column(ReminderKind))
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime]
    contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), default=None
    )
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), default=None
    )
    status: Mapped[ReminderStatus] = mapped_column(
        enum_column(ReminderStatus), default=ReminderStatus.open
    )
    done_at: Mapped[datetime | None] = mapped_column(default=None)
    auto: Mapped[bool] = mapped_column(default=False)
    # Set by the worker once the `reminder.due` webhook event has been queued.
    due_notified_at: Mapped[datetime | None] = mapped_column(default=None)
