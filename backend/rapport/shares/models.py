"""Shares: a student's read-only window onto their progress for a career counselor, the
counselor's comments, and the log of every counselor access."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rapport.accounts.models import User
from rapport.db import Base, OwnedMixin, enum_column, utcnow


class Section(enum.StrEnum):
    """The parts of a student's data a share can show (its scope)."""

    pipeline = "pipeline"  # stage counts; contacts' names, organizations and stages
    interviews = "interviews"  # dates, status, goals, takeaways
    notes = "notes"  # interview notes and touch summaries
    referrals = "referrals"  # the referral graph and its yield


class AccessWhat(enum.StrEnum):
    """What a counselor opened (one row of the access log per request)."""

    overview = "overview"
    contacts = "contacts"
    interviews = "interviews"
    touches = "touches"
    network = "network"
    comments = "comments"
    comment_added = "comment_added"


class AccessVia(enum.StrEnum):
    link = "link"  # the share's secret link
    account = "account"  # signed in with a Rapport account with the share's e-mail address


class Share(OwnedMixin, Base):
    """One student's share with one counselor. Only the SHA-256 of the link's secret is kept."""

    __tablename__ = "shares"
    __table_args__ = (
        Index(None, "user_id", "created_at", "id"),
        Index(None, "counselor_email", "created_at", "id"),
    )

    # Stored lower-cased, like account e-mail addresses, so an account matches however typed.
    counselor_email: Mapped[str] = mapped_column(String(254))
    counselor_name: Mapped[str | None] = mapped_column(String(200), default=None)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    shows_pipeline: Mapped[bool] = mapped_column(default=True)
    shows_interviews: Mapped[bool] = mapped_column(default=True)
    shows_notes: Mapped[bool] = mapped_column(default=False)
    shows_referrals: Mapped[bool] = mapped_column(default=True)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship(lazy="raise")

    def shows(self, section: Section) -> bool:
        return bool(getattr(self, f"shows_{section.value}"))

    def is_active(self, now: datetime) -> bool:
        return self.revoked_at is None and self.expires_at > now


class ShareAccess(Base):
    """A counselor request that read (or commented on) a share. Written once, never changed."""

    __tablename__ = "share_accesses"
    __table_args__ = (Index(None, "share_id", "at", "id"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # The student who owns the share: every row of theirs carries their id.
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    share_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    what: Mapped[AccessWhat] = mapped_column(enum_column(AccessWhat))
    via: Mapped[AccessVia] = mapped_column(enum_column(AccessVia))


class ShareComment(OwnedMixin, Base):
    """A counselor's comment on a share, or on one of its interviews; owned by the student."""

    __tablename__ = "share_comments"
    __table_args__ = (
        Index(None, "share_id", "created_at", "id"),
        Index(None, "interview_id", "created_at", "id"),
    )

    share_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("shares.id", ondelete="CASCADE"))
    # Deleting the interview keeps the advice, as a comment on the share.
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL"), default=None
    )
    body: Mapped[str] = mapped_column(Text)
