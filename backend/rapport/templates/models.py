from __future__ import annotations

import enum

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rapport.db import Base, OwnedMixin, enum_column


class TemplateKind(enum.StrEnum):
    outreach = "outreach"
    thank_you = "thank_you"
    follow_up = "follow_up"
    check_in = "check_in"


class Template(OwnedMixin, Base):
    __tablename__ = "templates"
    __table_args__ = (Index(None, "user_id", "kind"),)

    kind: Mapped[TemplateKind] = mapped_column(enum_column(TemplateKind))
    name: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
