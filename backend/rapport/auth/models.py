from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rapport.accounts.models import User
from rapport.db import Base, enum_column, utcnow


class TokenKind(enum.StrEnum):
    session = "session"  # browser login, sent as an HttpOnly cookie
    personal = "personal"  # created by the user for shortcuts and tools
    oauth = "oauth"  # from the OAuth2 password flow (POST /auth/token)


class Scope(enum.StrEnum):
    read = "read"
    write = "write"


class AccessToken(Base):
    """Any credential that identifies a user. Only the SHA-256 of the secret is stored."""

    __tablename__ = "access_tokens"
    __table_args__ = (Index(None, "user_id", "kind"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[TokenKind] = mapped_column(enum_column(TokenKind))
    name: Mapped[str | None] = mapped_column(String(100), default=None)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scopes: Mapped[list[str]] = mapped_column(JSON, default=lambda: ["read", "write"])
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship(lazy="raise")

    @property
    def can_write(self) -> bool:
        return Scope.write in self.scopes


class LoginFailure(Base):
    """A failed sign-in, kept briefly so throttling works across processes and restarts."""

    __tablename__ = "login_failures"
    __table_args__ = (Index(None, "key", "failed_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # "account:<email>" or "address:<client ip>"
    key: Mapped[str] = mapped_column(String(300))
    failed_at: Mapped[datetime] = mapped_column(default=utcnow)
