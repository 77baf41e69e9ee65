"""Contacts: the people in a student's network, and the derived touch state on each of them."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    String,
    Table,
    bindparam,
    column,
    exists,
    func,
    literal,
    select,
    type_coerce,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

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
from rapport.db import insert_rows, planned_each_time, utcnow
from rapport.pagination import EPOCH, Condition, Listing, PageParams, SortKey, nulls_last
from rapport.reads import columns_of
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import WebhookEvent

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


# What a new contact's fields are when an import leaves them out: ContactCreate's defaults.
_CREATE_DEFAULTS = {
    name: field.get_default(call_default_factory=True)
    for name, field in ContactCreate.model_fields.items()
    if not field.is_required() and name != "keep_in_touch_days"
}


def create_contacts(
    session: Session, *, user: User, items: Sequence[Mapping[str, Any]]
) -> list[uuid.UUID]:
    """Many new contacts at once (imports), by the same rules as :func:`create_contact`
    (default cadence, search keys, touch state, keep-in-touch reminder, `contact.created`),
    inserted in bulk with a fixed number of statements. Returns their ids, in order.

    Each item holds the fields given for one contact, already validated as a `ContactCreate`
    (its ``model_dump(include=model_fields_set)``): validating is most of an import's work, so
    it is done once, by the caller; fields left out take `ContactCreate`'s defaults, and
    `keep_in_touch_days` the user's default cadence."""
    now = utcnow()
    # A new contact has no touch yet, so its touch state follows from its cadence alone.
    touch_states: dict[int | None, tuple[datetime | None, datetime | None]] = {}
    rows: list[dict[str, Any]] = []
    for values in items:
        # `tags` is the one mutable default: a list of its own for every row.
        row = {**_CREATE_DEFAULTS, "tags": [], **values}
        cadence = row.setdefault("keep_in_touch_days", user.default_keep_in_touch_days)
        row["name_key"], row["search_text"] = search_keys(SimpleNamespace(**row))
        if cadence not in touch_states:
            touch_states[cadence] = automation.touch_state(
                last_touch=None, last_interview=None, created_at=now, keep_in_touch_days=cadence
            )
        row["last_contacted_at"], row["next_touch_due"] = touch_states[cadence]
        row.update(id=uuid.uuid4(), user_id=user.id, created_at=now, updated_at=now, version=1)
        rows.append(row)
    if not rows:
        return []
    insert_rows(session, Contact, rows)
    automation.keep_in_touch_for_new_contacts(session, contacts=rows)
    webhooks_service.emit_many(
        session,
        user_id=user.id,
        event=WebhookEvent.contact_created,
        items=(webhook_data(SimpleNamespace(**row)) for row in rows),
    )
    return [row["id"] for row in rows]


# Changing these moves derived state (touch dates, the keep-in-touch reminder, referrals).
DERIVED_FIELDS = frozenset({"keep_in_touch_days", "full_name", "stage"})


@dataclass(frozen=True)
class ContactChange:
    """A plain change to one contact (see :func:`update_contacts`): the contact's id and
    `version` as read, its importable fields as stored (`stored`), and the new values."""

    id: uuid.UUID
    version: int
    stored: Mapping[str, Any]
    changes: Mapping[str, Any]


def update_contact(session: Session, *, contact: Contact, data: ContactUpdate) -> Contact:
    changes = data.changes()
    old_stage = contact.stage
    for field, value in changes.items():
        setattr(contact, field, value)
    _refresh_search_keys(contact)
    session.flush()
    if contact.stage != old_stage:
        automation.referrals_follow_referred_contact(session, contact=contact)
    if DERIVED_FIELDS & changes.keys():
        automation.refresh_touch_state(session, contact=contact)
    return contact


def update_contacts(session: Session, *, changes: Sequence[ContactChange]) -> None:
    """Plain field changes to many contacts at once (imports): one executemany ``UPDATE`` per
    set of changed fields, setting what :func:`update_contact` would (the values, search keys,
    `updated_at`, the next `version`). Only for changes no automatic rule follows: a new name,
    cadence or stage goes through :func:`update_contact`. A contact whose version moved since
    it was read makes the whole request fail (``StaleDataError``, as an ORM flush would)."""
    now = utcnow()
    by_fields: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for change in changes:
        assert not DERIVED_FIELDS & change.changes.keys(), "goes through update_contact"
        name_key, search_text = search_keys(SimpleNamespace(**{**change.stored, **change.changes}))
        params = {f"new_{field}": value for field, value in change.changes.items()}
        params.update(
            old_id=change.id,
            old_version=change.version,
            new_name_key=name_key,
            new_search_text=search_text,
            new_updated_at=now,
        )
        by_fields.setdefault(tuple(sorted(change.changes)), []).append(params)
    table = cast(Table, Contact.__table__)  # Core: no ORM bookkeeping per row
    for fields, rows in by_fields.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("old_id"), table.c.version == bindparam("old_version"))
            .values(
                {
                    **{field: bindparam(f"new_{field}") for field in fields},
                    "name_key": bindparam("new_name_key"),
                    "search_text": bindparam("new_search_text"),
                    "updated_at": bindparam("new_updated_at"),
                    "version": table.c.version + 1,
                }
            )
        )
        result = session.execute(statement, rows)
        if result.rowcount != len(rows):  # type: ignore[attr-defined]
            raise StaleDataError(
                f"{len(rows) - result.rowcount} contacts changed while they were imported"  # type: ignore[attr-defined]
            )


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
    now = utcnow()
    # How common the substring is decides the best plan (walk the name index for a common one,
    # read the trigram index for a rare one); a cached generic plan picks one for all searches
    # (37 ms instead of 2 for a common term), so each search is planned for its own pattern.
    with planned_each_time(session) if filters.q else nullcontext():
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
