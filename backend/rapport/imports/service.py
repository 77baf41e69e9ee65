"""Contact import: read a file, match each person against your contacts (by e-mail, then
LinkedIn URL), and create or update them in bulk.

A dry run goes through exactly the same steps and stops before writing. Importing the same file
twice changes nothing the second time: matching finds every contact, and a value equal to the
stored one is no change. Rules for an update: non-empty values in the file replace stored ones,
empty cells never clear anything, tags are added to the contact's tags.
"""

from __future__ import annotations

import gc
import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from email_validator.rfc_constants import CASE_INSENSITIVE_MAILBOX_NAMES
from pydantic import EmailStr, TypeAdapter, ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.contacts import service as contacts_service
from rapport.contacts.models import Contact
from rapport.contacts.schemas import ContactCreate, ContactUpdate
from rapport.errors import Invalid
from rapport.imports import formats
from rapport.imports.schemas import RowAction

_CHUNK = 500
_FIELDS = tuple(ContactCreate.model_fields)


@dataclass
class _Person:
    """One person of the file: a new contact, or one of the user's contacts."""

    values: dict[str, Any]
    results: list[dict[str, Any]]  # the report's rows (`ImportRowResult`) of this person
    contact_id: uuid.UUID | None = None
    changes: dict[str, Any] = field(default_factory=dict)


def _validation_message(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "row"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


# An address of the plain shape: a dot-atom of ASCII letters, digits and punctuation before the
# @-sign, a host name after it. email-validator accepts such a local part as it is (lengths
# aside) and spends most of its time on the domain (IDNA, special-use names), which the rows of
# a file mostly share: see `_plain_email`.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_PLAIN_ADDRESS = re.compile(rf"({_ATEXT}(?:\.{_ATEXT})*)@([A-Za-z0-9.-]+)")
_LOCAL_PART_MAX = 64
_ADDRESS_MAX = 254
_EMAIL: TypeAdapter[str] = TypeAdapter(EmailStr)


@lru_cache(maxsize=4096)
def _checked_domain(domain: str) -> bool:
    """Whether email-validator (through pydantic's `EmailStr`, as `ContactCreate` uses it)
    accepts addresses at `domain` and keeps it as it is, but for case."""
    try:
        return _EMAIL.validate_python(f"x@{domain}") == f"x@{domain.lower()}"
    except ValidationError:
        return False


def _plain_email(address: str) -> str | None:
    """`address` as `ContactCreate` stores it, when it has the plain shape and a domain checked
    once per file (:func:`_checked_domain`): the same answer as email-validator's, ten times
    faster. None leaves the address to the full validation, which also words its errors."""
    match = _PLAIN_ADDRESS.fullmatch(address)
    if match is None or len(address) > _ADDRESS_MAX:
        return None
    local, domain = match.groups()
    if (
        len(local) > _LOCAL_PART_MAX
        # Mailbox names such as `Postmaster` are stored lowercased by email-validator.
        or local.lower() in CASE_INSENSITIVE_MAILBOX_NAMES
        or not _checked_domain(domain)
    ):
        return None
    return f"{local}@{domain.lower()}"


def _validate(record: formats.SourceRecord) -> dict[str, Any] | str:
    """The record's values as the API would store them, or why they cannot be."""
    values = {
        key: value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value
        for key, value in record.values.items()
    }
    if not values.get("full_name"):
        # An address-book entry without a name is still someone: call it what we have.
        fallback = values.get("email") or values.get("organization")
        if not fallback:
            return "No name, e-mail address or organization in this row."
        values["full_name"] = fallback
    if "keep_in_touch_days" in values:
        raw = str(values["keep_in_touch_days"]).strip()
        if not raw.isdigit():
            return "keep_in_touch_days: must be a whole number of days."
        values["keep_in_touch_days"] = int(raw)
    email = values.get("email")
    plain_email = _plain_email(email) if isinstance(email, str) else None
    if plain_email is not None:
        del values["email"]  # already checked, and the costliest field to check
    try:
        model = ContactCreate.model_validate(values)
    except ValidationError as exc:
        return _validation_message(exc)
    checked = model.model_dump(include=model.model_fields_set)
    if plain_email is not None:
        checked["email"] = plain_email
    return checked


def _same(key: str, old: Any, new: Any) -> bool:
    """Whether two values of a field mean the same (e-mail case, LinkedIn URL spelling)."""
    if key == "email":
        return bool(old) and str(old).lower() == str(new).lower()
    if key == "linkedin_url":
        return bool(old) and formats.linkedin_key(old) == formats.linkedin_key(new)
    return bool(old == new)


def _merge(into: dict[str, Any], values: dict[str, Any]) -> None:
    """Later rows of the same person win, except where they only respell a value."""
    for key, value in values.items():
        if key == "tags":
            into["tags"] = formats.tags_from([*into.get("tags", []), *value])
        elif not _same(key, into.get(key), value):
            into[key] = value


def _existing_index(session: Session, user: User) -> tuple[dict[str, Any], dict[str, Any]]:
    by_email: dict[str, Any] = {}
    by_linkedin: dict[str, Any] = {}
    rows = session.execute(
        select(Contact.id, Contact.email, Contact.linkedin_url)
        .where(Contact.user_id == user.id)
        .order_by(Contact.created_at, Contact.id)
    )
    for contact_id, email, linkedin_url in rows:
        if email:
            by_email.setdefault(email.lower(), contact_id)
        if linkedin_url:
            by_linkedin.setdefault(formats.linkedin_key(linkedin_url), contact_id)
    return by_email, by_linkedin


def _chunks(ids: list[uuid.UUID]) -> Iterable[list[uuid.UUID]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


@dataclass
class _Stored:
    """One of the user's contacts as read: its importable fields, plain values (cheap to
    compare), and its version (an update must find it unchanged)."""

    version: int
    values: dict[str, Any]


def _stored_values(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, _Stored]:
    columns = [Contact.id, Contact.version, *(getattr(Contact, name) for name in _FIELDS)]
    stored: dict[uuid.UUID, _Stored] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(*columns).where(Contact.id.in_(chunk))):
            stored[row[0]] = _Stored(row[1], dict(zip(_FIELDS, row[2:], strict=True)))
    return stored


def _load(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, Contact]:
    loaded: dict[uuid.UUID, Contact] = {}
    for chunk in _chunks(ids):
        loaded.update(
            (c.id, c) for c in session.scalars(select(Contact).where(Contact.id.in_(chunk)))
        )
    return loaded


def _changes(stored: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key, value in values.items():
        current = stored[key]
        if key == "tags":
            merged = formats.tags_from([*current, *value])
            if merged != current:
                changes[key] = merged
        elif not _same(key, current, value):
            changes[key] = value
    return changes


def _group(
    session: Session, user: User, valid: Iterable[tuple[formats.SourceRecord, dict[str, Any]]]
) -> list[_Person]:
    """Match each row to a person: an earlier row of the file, or one of the user's contacts,
    by e-mail first and then LinkedIn URL; otherwise a new person."""
    existing_email, existing_linkedin = _existing_index(session, user)
    people: list[_Person] = []
    by_email: dict[str, _Person] = {}
    by_linkedin: dict[str, _Person] = {}
    by_contact: dict[uuid.UUID, _Person] = {}

    def find(email: str, linkedin: str) -> _Person | None:
        for key, in_file, stored in (
            (email, by_email, existing_email),
            (linkedin, by_linkedin, existing_linkedin),
        ):
            if not key:
                continue
            if key in in_file:
                return in_file[key]
            if key in stored:
                contact_id = stored[key]
                if contact_id not in by_contact:
                    person = _Person(values={}, results=[], contact_id=contact_id)
                    by_contact[contact_id] = person
                    people.append(person)
                return by_contact[contact_id]
        return None

    for record, values in valid:
        email = values.get("email", "").lower()
        linkedin = (
            formats.linkedin_key(values["linkedin_url"]) if values.get("linkedin_url") else ""
        )
        result = _row_result(record, RowAction.unchanged, values["full_name"], values.get("email"))
        person = find(email, linkedin)
        if person is None:
            person = _Person(values={}, results=[])
            people.append(person)
        if person.results:
            first = person.results[0]
            result["action"] = RowAction.merged
            result["message"] = f"The same person as row {first['row']}; combined with it."
        person.results.append(result)
        _merge(person.values, values)
        for key, index, value in ((email, by_email, person), (linkedin, by_linkedin, person)):
            if key:
                index.setdefault(key, value)
    return people


def _row_result(
    record: formats.SourceRecord,
    action: RowAction,
    full_name: str | None,
    email: str | None,
    message: str | None = None,
) -> dict[str, Any]:
    """A row of the report (`ImportRowResult`) as plain values: a 10 000-row report is written
    to JSON once, when it is answered (`resources.answer_document`)."""
    return {
        "row": record.row,
        "line": record.line,
        "action": action,
        "full_name": full_name,
        "email": email,
        "contact_id": None,
        "changes": [],
        "message": message,
    }


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """An import allocates a few hundred thousand objects that live until it ends (rows, values,
    results) and form no reference cycles; meanwhile the cycle collector would walk them, and
    the whole heap, again and again (a third of the import's CPU time, measured on 10 000
    rows). So it pauses, and resumes afterwards, whatever happens (unless it was paused
    already: then whoever paused it resumes it)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def import_contacts(session: Session, *, user: User, data: bytes, dry_run: bool) -> dict[str, Any]:
    """The import of one file (see the module); the report (`ImportReport`) as plain values."""
    with _cycle_collector_paused():
        return _import_contacts(session, user=user, data=data, dry_run=dry_run)


def _import_contacts(session: Session, *, user: User, data: bytes, dry_run: bool) -> dict[str, Any]:
    try:
        source = formats.read(data)
    except formats.FileProblem as exc:
        raise Invalid(str(exc), field="file") from None

    results: list[dict[str, Any]] = []
    valid: list[tuple[formats.SourceRecord, dict[str, Any]]] = []
    for record in source.records:
        checked = record.error or _validate(record)
        if isinstance(checked, str):
            full_name = record.values.get("full_name") or None
            email = record.values.get("email") or None
            results.append(_row_result(record, RowAction.error, full_name, email, checked))
        else:
            valid.append((record, checked))

    people = _group(session, user, valid)
    stored = _stored_values(session, [p.contact_id for p in people if p.contact_id is not None])
    new_people = []
    for person in people:
        first = person.results[0]
        if person.contact_id is None:
            first["action"] = RowAction.created
            new_people.append(person)
            continue
        person.changes = _changes(stored[person.contact_id].values, person.values)
        first["contact_id"] = person.contact_id
        if person.changes:
            first["action"] = RowAction.updated
            first["changes"] = sorted(person.changes)
        for result in person.results[1:]:
            result["contact_id"] = person.contact_id

    if not dry_run:
        # Validated row by row already (merging valid rows keeps them valid).
        items = [p.values for p in new_people]
        created = contacts_service.create_contacts(session, user=user, items=items)
        for person, contact_id in zip(new_people, created, strict=True):
            for result in person.results:
                result["contact_id"] = contact_id
        _apply_updates(
            session, [p for p in people if p.contact_id is not None and p.changes], stored
        )

    for person in people:
        results.extend(person.results)
    results.sort(key=lambda r: r["row"])
    count = dict.fromkeys(RowAction, 0)
    for result in results:
        count[result["action"]] += 1
    return {
        "format": source.format,
        "dry_run": dry_run,
        "total_rows": len(results),
        "created": count[RowAction.created],
        "updated": count[RowAction.updated],
        "skipped": count[RowAction.unchanged] + count[RowAction.merged],
        "errors": [
            {"row": r["row"], "line": r["line"], "message": r["message"] or ""}
            for r in results
            if r["action"] == RowAction.error
        ],
        "rows": results,
    }


def _apply_updates(
    session: Session, people: list[_Person], stored: dict[uuid.UUID, _Stored]
) -> None:
    """Matched contacts whose values change. A new name, cadence or stage moves derived state
    (touch dates, reminders, referrals), so it goes through the contact service's rules one
    contact at a time; every other change is a plain column update, written in bulk."""
    derived: list[tuple[uuid.UUID, dict[str, Any]]] = []
    plain: list[contacts_service.ContactChange] = []
    for person in people:
        assert person.contact_id is not None
        if contacts_service.DERIVED_FIELDS & person.changes.keys():
            derived.append((person.contact_id, person.changes))
            continue
        contact = stored[person.contact_id]
        plain.append(
            contacts_service.ContactChange(
                id=person.contact_id,
                version=contact.version,
                stored=contact.values,
                changes=person.changes,
            )
        )
    contacts = _load(session, [contact_id for contact_id, _ in derived])
    for contact_id, changes in derived:
        contacts_service.update_contact(
            session, contact=contacts[contact_id], data=ContactUpdate.model_validate(changes)
        )
    contacts_service.update_contacts(session, changes=plain)
    session.flush()
