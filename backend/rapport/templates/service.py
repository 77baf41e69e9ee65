"""E-mail templates with placeholders, rendered by plain substitution."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rapport.accounts.models import User


def seed_default_templates(session: Session, *, user: User) -> None:
    """Give a new account the default templates (filled in by the workflow issue)."""
