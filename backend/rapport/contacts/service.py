"""Contacts: the people in a student's network, and the derived touch state on each of them."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    ColumnElement,
    String,
    bindparam,
    column,
    exists,
    func,
    literal,
    select,
    text,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport import automation
from rapport.accounts.models import User
from rapport.contacts.models import Contact
from rapport.contacts.schemas import (
    ContactCreate,
    ContactFilters,
    ContactRead,
    ContactSort,
    ContactUpdate,
)
from rapport.db import insert_rows, utcnow
from rapport.pagination import EPOCH, Condition, Listing, PageParams, SortKey, nulls_last
from rapport.reads import columns_of
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import Webhook, WebhookEvent

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Contact, ContactRead)

_SEARCHED_FIELDS = ("full_name", "organization", "title", "email", "notes")


def search_keys(values: Any) -> tuple[str, str]:
    """`(name_key, search_text)` for an object with a contact's fields (also used by bulk
    loaders, which must store exactly what the API would)."""
    name_key = values.full_name.casefold()[:200]
    search_text = "\n".join(
        str(value).casefold() for f in _SEARCHED_FIELDS if (value := getattr(values, f))
    )
    return name_key, search_text


def _refresh_search_keys(contact: Contact) -> None:
    contact.name_key, contact.search_text = search_keys(contact)


def create_contact(
    session: Session, *, user: User, data: ContactCreate, referred_by: Contact | None = None
) -> Contact:
    fields = data.model_dump(exclude={"keep_in_touch_days"})
    contact = Contact(
        user_id=user.id,
        **fields,
        keep_in_touch_days=(
            data.keep_in_touch_days
            if "keep_in_touch_days" in data.model_fields_set
            else user.default_keep_in_touch_days
        ),
        referred_by_contact_id=referred_by.id if referred_by else None,
        created_at=utcnow(),
    )
    _refresh_search_keys(contact)
    session.add(contact)
    session.flush()
    automation.refresh_touch_state(session, contact=contact)
    webhooks_service.emit(
        session, user_id=user.id, event=WebhookEvent.contact_created, data=webhook_data(contact)
    )
    return contact


def create_contacts(
    session: Session, *, user: User, items: Sequence[ContactCreate]
) -> list[uuid.UUID]:
    """Many new contacts at once (imports), by the same rules as :func:`create_contact`
    (default cadence, search keys, touch state, keep-in-touch reminder, `contact.created`),
    inserted in bulk with a fixed number of statements. Returns their ids, in order."""
    now = utcnow()
    rows: list[dict[str, Any]] = []
    for data in items:
        row = data.model_dump(exclude={"keep_in_touch_days"})
        row["keep_in_touch_days"] = (
            data.keep_in_touch_days
            if "keep_in_touch_days" in data.model_fields_set
            else user.default_keep_in_touch_days
        )
        values = SimpleNamespace(**row)
        row["name_key"], row["search_text"] = search_keys(values)
        row["last_contacted_at"], row["next_touch_due"] = automation.touch_state(
            last_touch=None,
            last_interview=None,
            created_at=now,
            keep_in_touch_days=row["keep_in_touch_days"],
        )
        row.update(id=uuid.uuid4(), user_id=user.id, created_at=now, updated_at=now, version=1)
        rows.append(row)
    if not rows:
        return []
    insert_rows(session, Contact, rows)
    automation.keep_in_touch_for_new_contacts(session, contacts=rows)
    if session.scalar(select(exists().where(Webhook.user_id == user.id, Webhook.active))):
        for row in rows:
            webhooks_service.emit(
                session,
                user_id=user.id,
                event=WebhookEvent.contact_created,
                data=webhook_data(SimpleNamespace(**row)),
            )
    return [row["id"] for row in rows]


def update_contact(session: Session, *, contact: Contact, data: ContactUpdate) -> Contact:
    changes = data.changes()
    old_stage = contact.stage
    for field, value in changes.items():
        setattr(contact, field, value)
    _refresh_search_keys(contact)
    session.flush()
    if contact.stage != old_stage:
        automation.referrals_follow_referred_contact(session, contact=contact)
    if {"keep_in_touch_days", "full_name", "stage"} & changes.keys():
        automation.refresh_touch_state(session, contact=contact)
    return contact


def delete_contact(session: Session, *, contact: Contact) -> None:
    """Deletes the contact with its touches, interviews, reminders and the referrals it is part
    of (the database cascades). People they referred stay, without `referred_by_contact_id`."""
    session.delete(contact)
    session.flush()


# --- listing -----------------------------------------------------------------------------------


def _has_tag(dialect: str) -> ColumnElement[bool]:
    if dialect == "postgresql":
        tag = func.jsonb_build_array(bindparam("tag", type_=String))
        return type_coerce(Contact.tags, JSONB).contains(tag)
    values = func.json_each(Contact.tags).table_valued("value")
    return exists(select(literal(1)).select_from(values).where(column("value") == bindparam("tag")))


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _sort_keys(sort: ContactSort) -> tuple[SortKey, ...]:
    match sort:
        case ContactSort.name:
            return (SortKey(Contact.name_key, str), SortKey(Contact.id, uuid.UUID))
        case ContactSort.updated:
            return (
                SortKey(Contact.updated_at, datetime, True),
                SortKey(Contact.id, uuid.UUID, True),
            )
        case ContactSort.created:
            return (
                SortKey(Contact.created_at, datetime, True),
                SortKey(Contact.id, uuid.UUID, True),
            )
        case ContactSort.last_contacted:
            return (
                *nulls_last(Contact.last_contacted_at, datetime, EPOCH, descending=True),
                SortKey(Contact.id, uuid.UUID, True),
            )
        case ContactSort.next_touch_due:
            return (
                *nulls_last(Contact.next_touch_due, datetime, EPOCH),
                SortKey(Contact.id, uuid.UUID),
            )


_FILTERS: dict[str, Condition] = {
    "q": lambda _: Contact.search_text.like(bindparam("q"), escape="\\"),
    "stage": lambda _: Contact.stage == bindparam("stage"),
    "connection": lambda _: Contact.connection == bindparam("connection"),
    "organization": lambda _: func.lower(Contact.organization) == bindparam("organization"),
    "tag": _has_tag,
    "due_by": lambda _: Contact.next_touch_due <= bindparam("due_by"),
    "not_due_by": lambda _: (
        Contact.next_touch_due.is_(None) | (Contact.next_touch_due > bindparam("not_due_by"))
    ),
}
LISTINGS = {
    sort: Listing(
        select(*READ_COLUMNS).where(Contact.user_id == bindparam("user_id")),
        keys=_sort_keys(sort),
        sort=f"contacts:{sort.value}",
        filters=_FILTERS,
    )
    for sort in ContactSort
}


def list_contacts(
    session: Session, *, user: User, filters: ContactFilters, page: PageParams
) -> tuple[list[Row[Any]], str | None]:
    """One page of the user's contacts, filtered and in the order asked for."""
    if filters.q and session.get_bind().dialect.name == "postgresql":
        # How common the substring is decides the best plan (walk the name index for a common
        # one, read the trigram index for a rare one); a cached generic plan picks one for all
        # searches (37 ms instead of 2 for a common term), so plan each search for its pattern.
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
    now = utcnow()
    return LISTINGS[filters.sort].page(
        session,
        page,
        user_id=user.id,
        q=_like_pattern(filters.q.strip().casefold()) if filters.q else None,
        stage=filters.stage,
        connection=filters.connection,
        organization=filters.organization.strip().lower() if filters.organization else None,
        tag=filters.tag.strip().lower() if filters.tag else None,
        due_by=now if filters.due is True else None,
        not_due_by=now if filters.due is False else None,
    )


def webhook_data(contact: Contact | SimpleNamespace) -> dict[str, Any]:
    return {
        "id": str(contact.id),
        "full_name": contact.full_name,
        "email": contact.email,
        "organization": contact.organization,
        "stage": contact.stage.value,
        "connection": contact.connection.value,
    }
