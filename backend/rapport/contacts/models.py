from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, JSONType, OwnedMixin, enum_column


class Connection(enum.StrEnum):
    alum = "alum"
    former_supervisor = "former_supervisor"
    colleague = "colleague"
    scholarly_society = "scholarly_society"
    friend = "friend"
    referral = "referral"
    cold = "cold"
    other = "other"


class Stage(enum.StrEnum):
    identified = "identified"
    reached_out = "reached_out"
    scheduled = "scheduled"
    interviewed = "interviewed"
    keep_in_touch = "keep_in_touch"
    closed = "closed"

    @property
    def rank(self) -> int:
        return list(Stage).index(self)


class Contact(OwnedMixin, Base):
    __tablename__ = "contacts"
    __table_args__ = (
        Index(None, "user_id", "name_key", "id"),
        Index(None, "user_id", "updated_at", "id"),
        Index(None, "user_id", "next_touch_due"),
        Index(None, "user_id", "last_contacted_at"),
        Index(None, "user_id", "email"),
        Index(None, "user_id", "linkedin_url"),
        Index(None, "user_id", "stage"),
        Index(None, "referred_by_contact_id"),
        # Postgres only: substring search over one user's search_text (btree_gin keeps the
        # owner in the same GIN index; SQLite scans the user's rows).
        Index(
            "ix_contacts_user_id_search_text_trgm",
            "user_id",
            "search_text",
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
        ).ddl_if(dialect="postgresql"),
    )

    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), default=None)
    phone: Mapped[str | None] = mapped_column(String(50), default=None)
    linkedin_url: Mapped[str | None] = mapped_column(String(2048), default=None)
    organization: Mapped[str | None] = mapped_column(String(200), default=None)
    title: Mapped[str | None] = mapped_column(String(200), default=None)
    location: Mapped[str | None] = mapped_column(String(200), default=None)
    connection: Mapped[Connection] = mapped_column(
        enum_column(Connection), default=Connection.other
    )
    connection_note: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSONType(), default=list)
    stage: Mapped[Stage] = mapped_column(enum_column(Stage), default=Stage.identified)
    notes: Mapped[str] = mapped_column(Text, default="")
    research_notes: Mapped[str] = mapped_column(Text, default="")
    keep_in_touch_days: Mapped[int | None] = mapped_column(default=None)

    # Derived and kept in step by the services (read-only in the API).
    last_contacted_at: Mapped[datetime | None] = mapped_column(default=None)
    next_touch_due: Mapped[datetime | None] = mapped_column(default=None)
    referred_by_contact_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), default=None
    )

    # Case-folded copies for Unicode-correct, index-backed sorting and substring search.
    name_key: Mapped[str] = mapped_column(String(200))
    search_text: Mapped[str] = mapped_column(Text, default="")
