from __future__ import annotations

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, OwnedMixin


class Question(OwnedMixin, Base):
    """A question in the user's personal question bank."""

    __tablename__ = "questions"
    __table_args__ = (Index(None, "user_id", "category", "priority"),)

    text: Mapped[str] = mapped_column(String(1000))
    category: Mapped[str] = mapped_column(String(50))
    priority: Mapped[int] = mapped_column(default=3)
    archived: Mapped[bool] = mapped_column(default=False)
