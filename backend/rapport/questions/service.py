"""The personal question bank."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rapport.accounts.models import User


def seed_default_bank(session: Session, *, user: User) -> None:
    """Give a new account the default question bank (filled in by the workflow issue)."""
