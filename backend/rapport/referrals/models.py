from __future__ import annotations

import enum
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, OwnedMixin, enum_column


class ReferralStatus(enum.StrEnum):
    suggested = "suggested"
    contacted = "contacted"
    scheduled = "scheduled"
    interviewed = "interviewed"
    declined = "declined"


class Referral(OwnedMixin, Base):
    """ "Is there anyone else I should talk to?" — one answer: referrer suggested referred."""

    __tablename__ = "referrals"
    __table_args__ = (
        UniqueConstraint("referrer_contact_id", "referred_contact_id"),
        CheckConstraint("referrer_contact_id <> referred_contact_id", name="not_self"),
        Index(None, "user_id", "created_at", "id"),
        Index(None, "referred_contact_id"),
        Index(None, "user_id", "referred_contact_id"),  # the yield's counts, from the index alone
        Index(None, "interview_id"),
    )

    referrer_contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    referred_contact_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE")
    )
    interview_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("interviews.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")
    intro_offered: Mapped[bool] = mapped_column(default=False)
    status: Mapped[ReferralStatus] = mapped_column(
        enum_column(ReferralStatus), default=ReferralStatus.suggested
    )
