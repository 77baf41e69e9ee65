"""Touchpoints: every logged e-mail, call, meeting or shared article resets the cadence."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport import automation
from rapport.contacts.models import Contact
from rapport.db import utcnow
from rapport.errors import Invalid
from rapport.interactions.models import Interaction
from rapport.interactions.schemas import InteractionCreate, InteractionRead, InteractionUpdate
from rapport.pagination import Listing, PageParams, SortKey
from rapport.reads import columns_of
from rapport.schemas import EARLIEST

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Interaction, InteractionRead)

FUTURE_TOLERANCE = timedelta(days=1)


def _check_time(occurred_at: datetime) -> None:
    if occurred_at > utcnow() + FUTURE_TOLERANCE:
        raise Invalid(
            "occurred_at is in the future; log touches that happened, and plan future ones as "
            "reminders.",
            field="occurred_at",
        )
    if occurred_at < EARLIEST:
        raise Invalid("occurred_at is too far in the past.", field="occurred_at")


_LISTING = Listing(
    select(*READ_COLUMNS).where(Interaction.contact_id == bindparam("contact_id")),
    keys=(
        SortKey(Interaction.occurred_at, datetime, True),
        SortKey(Interaction.id, uuid.UUID, True),
    ),
    sort="interactions",
)


def list_for_contact(
    session: Session, *, contact: Row[Any], page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """Newest first."""
    return _LISTING.page(session, page, contact_id=contact.id)


def log_touch(session: Session, *, contact: Contact, data: InteractionCreate) -> Interaction:
    occurred_at = data.occurred_at or utcnow()
    _check_time(occurred_at)
    interaction = Interaction(
        user_id=contact.user_id,
        contact_id=contact.id,
        occurred_at=occurred_at,
        **data.model_dump(exclude={"occurred_at"}),
    )
    session.add(interaction)
    session.flush()
    automation.touch_logged(session, contact=contact, touch=interaction)
    return interaction


def _contact_of(session: Session, interaction: Interaction) -> Contact:
    return session.get_one(Contact, interaction.contact_id)


def update_touch(
    session: Session, *, interaction: Interaction, data: InteractionUpdate
) -> Interaction:
    changes = data.changes()
    if "occurred_at" in changes:
        _check_time(changes["occurred_at"])
    for field, value in changes.items():
        setattr(interaction, field, value)
    session.flush()
    automation.refresh_touch_state(session, contact=_contact_of(session, interaction))
    return interaction


def delete_touch(session: Session, *, interaction: Interaction) -> None:
    contact = _contact_of(session, interaction)
    session.delete(interaction)
    session.flush()
    automation.refresh_touch_state(session, contact=contact)
