from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, VersionedMixin


class User(VersionedMixin, Base):
    __tablename__ = "users"

    # Stored lower-cased: addresses are unique regardless of how they were typed.
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(255))
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    pitch: Mapped[str] = mapped_column(Text, default="")

    default_keep_in_touch_days: Mapped[int | None] = mapped_column(default=None)
    thank_you_within_hours: Mapped[int] = mapped_column(default=24)
    follow_up_after_days: Mapped[int] = mapped_column(default=14)
    email_reminders: Mapped[bool] = mapped_column(default=False)
    digest_hour: Mapped[int] = mapped_column(default=8)

    # The calendar feed URL is derived from the secret key and this nonce; only its hash is
    # looked up, so the database alone never reveals a working feed URL.
    calendar_feed_nonce: Mapped[str | None] = mapped_column(String(64), default=None)
    calendar_feed_hash: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
