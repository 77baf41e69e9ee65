"""E-mail templates with placeholders, rendered by plain substitution.

A template is scanned once into text and placeholder pieces; rendering joins the pieces with the
values. Values are inserted as they are and never scanned again, so no user text (a contact's
name, a note, the template itself) can run code or expand into other placeholders.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from rapport.accounts.models import User
from rapport.contacts.models import Contact
from rapport.errors import Invalid
from rapport.interviews.models import Interview
from rapport.pagination import Listing, Page, PageParams, SortKey
from rapport.reads import as_answer, columns_of
from rapport.templates.models import Template, TemplateKind
from rapport.templates.schemas import (
    PLACEHOLDERS,
    TemplateCreate,
    TemplateFilters,
    TemplateRead,
    TemplateUpdate,
)

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# What the answers show, read as plain rows (see rapport/reads.py).
READ_COLUMNS = columns_of(Template, TemplateRead, computed=("placeholders",))

DEFAULT_TEMPLATES: tuple[tuple[TemplateKind, str, str, str], ...] = (
    (
        TemplateKind.outreach,
        "First outreach",
        "Could I learn from your experience, {first_name}?",
        "Dear {first_name},\n\n"
        "{connection_note}\n\n"
        "{my_pitch}\n\n"
        "I would be grateful for 20 to 30 minutes of your time to hear how you found your way "
        "to {organization} and what you wish you had known at my stage. Phone or video, "
        "whenever suits you best — I am happy to work around your schedule.\n\n"
        "Thank you for considering it,\n"
        "{my_name}",
    ),
    (
        TemplateKind.thank_you,
        "Thank you after the conversation",
        "Thank you, {first_name}",
        "Dear {first_name},\n\n"
        "Thank you for taking the time to talk with me on {interview_date}. I came away with a "
        "much clearer picture of your work and with ideas I am already putting to use.\n\n"
        "I will reach out to the people you mentioned and let you know how it goes.\n\n"
        "With thanks,\n"
        "{my_name}",
    ),
    (
        TemplateKind.follow_up,
        "Follow-up a few weeks later",
        "Following up on our conversation",
        "Dear {first_name},\n\n"
        "I hope you are well. Since we spoke on {interview_date} I have followed up on your "
        "suggestions, and I wanted to tell you where that has led: [a sentence or two]\n\n"
        "Thank you again — your advice has made a real difference.\n\n"
        "Best wishes,\n"
        "{my_name}",
    ),
    (
        TemplateKind.check_in,
        "Staying in touch",
        "Checking in, {first_name}",
        "Dear {first_name},\n\n"
        "It has been a little while, so I wanted to share a short update: [what you are "
        "working on]\n\n"
        "I also came across something I thought you would enjoy: [link]\n\n"
        "I hope all is going well at {organization}.\n\n"
        "Warm regards,\n"
        "{my_name}",
    ),
)


@dataclass(frozen=True)
class Placeholder:
    name: str


Piece = str | Placeholder


class TemplateSyntaxError(ValueError):
    pass


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def parse(text: str) -> list[Piece]:
    """Split a template into literal text and placeholders, or raise TemplateSyntaxError."""
    pieces: list[Piece] = []
    literal: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "{" and text.startswith("{{", i):
            literal.append("{")
            i += 2
        elif char == "}" and text.startswith("}}", i):
            literal.append("}")
            i += 2
        elif char == "{":
            end = text.find("}", i + 1)
            inner = text[i + 1 : end] if end != -1 else text[i + 1 :]
            if end == -1 or "{" in inner or not _NAME.fullmatch(inner):
                raise TemplateSyntaxError(
                    f"Malformed placeholder {_shown('{' + inner + ('}' if end != -1 else ''))} "
                    f"at character {i + 1}: write {{name}} with one of the known names, or "
                    "{{ and }} for literal braces."
                )
            if inner not in PLACEHOLDERS:
                raise TemplateSyntaxError(
                    f"Unknown placeholder {{{_shown(inner)}}}; use one of "
                    + ", ".join(f"{{{name}}}" for name in PLACEHOLDERS)
                    + "."
                )
            if literal:
                pieces.append("".join(literal))
                literal = []
            pieces.append(Placeholder(inner))
            i = end + 1
        elif char == "}":
            raise TemplateSyntaxError(
                f"Malformed placeholder: a lone }} at character {i + 1}; write }}}} for a "
                "literal brace."
            )
        else:
            literal.append(char)
            i += 1
    if literal:
        pieces.append("".join(literal))
    return pieces


def placeholders_in(*texts: str) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        for piece in parse(text):
            if isinstance(piece, Placeholder):
                seen.setdefault(piece.name)
    return list(seen)


def _check(field: str, text: str) -> None:
    try:
        parse(text)
    except TemplateSyntaxError as exc:
        raise Invalid(f"{field}: {exc}", field=field) from None


def seed_default_templates(session: Session, *, user: User) -> None:
    """Give a new account the default templates."""
    session.add_all(
        Template(user_id=user.id, kind=kind, name=name, subject=subject, body=body)
        for kind, name, subject, body in DEFAULT_TEMPLATES
    )
    session.flush()


_LISTING = Listing(
    select(*READ_COLUMNS).where(Template.user_id == bindparam("user_id")),
    keys=(SortKey(Template.created_at, datetime), SortKey(Template.id, uuid.UUID)),
    sort="templates",
    filters={"kind": lambda _: Template.kind == bindparam("kind")},
)


def list_templates(
    session: Session, *, user: User, filters: TemplateFilters, page: PageParams
) -> Page[TemplateRead]:
    """Oldest first (the seeded defaults, then your own), each with the placeholders it uses."""
    rows, next_cursor = _LISTING.page(session, page, user_id=user.id, kind=filters.kind)
    return Page(items=[template_read(row) for row in rows], next_cursor=next_cursor)


def template_read(template: Template | Row[Any]) -> TemplateRead:
    """The answer for a template, with the placeholders it uses."""
    try:
        used = placeholders_in(template.subject, template.body)
    except TemplateSyntaxError:
        used = []
    return as_answer(TemplateRead, template, placeholders=used)


def create_template(session: Session, *, user: User, data: TemplateCreate) -> Template:
    _check("subject", data.subject)
    _check("body", data.body)
    template = Template(user_id=user.id, **data.model_dump())
    session.add(template)
    session.flush()
    return template


def update_template(session: Session, *, template: Template, data: TemplateUpdate) -> Template:
    changes = data.changes()
    for field in ("subject", "body"):
        if field in changes:
            _check(field, changes[field])
    for field, value in changes.items():
        setattr(template, field, value)
    session.flush()
    return template


def delete_template(session: Session, *, template: Template) -> None:
    session.delete(template)
    session.flush()


# --- rendering ---------------------------------------------------------------------------------


def format_interview_date(moment: datetime, timezone: str) -> str:
    """E.g. "Tuesday, March 3, 2026 at 2:30 PM CST", in the user's time zone (no locale)."""
    local = moment.astimezone(ZoneInfo(timezone))
    hour = local.hour % 12 or 12
    return (
        f"{_WEEKDAYS[local.weekday()]}, {_MONTHS[local.month - 1]} {local.day}, {local.year} "
        f"at {hour}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'} {local.tzname()}"
    )


def placeholder_values(
    *, user: User, contact: Contact, interview: Interview | None
) -> dict[str, str]:
    moment = None
    if interview is not None:
        moment = interview.scheduled_at or interview.completed_at
    parts = contact.full_name.split()
    return {
        "first_name": parts[0] if parts else "",
        "full_name": contact.full_name,
        "organization": contact.organization or "",
        "title": contact.title or "",
        "connection_note": contact.connection_note,
        "my_name": user.name,
        "my_pitch": (interview.pitch if interview is not None and interview.pitch else user.pitch),
        "interview_date": format_interview_date(moment, user.timezone) if moment else "",
    }


def substitute(text: str, values: dict[str, str]) -> str:
    return "".join(
        values[piece.name] if isinstance(piece, Placeholder) else piece for piece in parse(text)
    )


def mailto_url(to: str | None, subject: str, body: str) -> str:
    """RFC 6068: every reserved character percent-encoded, line breaks as %0D%0A."""
    crlf_body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    address = quote(to, safe="@") if to else ""
    return f"mailto:{address}?subject={quote(subject, safe='')}&body={quote(crlf_body, safe='')}"


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str
    to: str | None
    mailto_url: str
    empty_placeholders: list[str]


def render(
    *, template: Template, user: User, contact: Contact, interview: Interview | None
) -> Rendered:
    values = placeholder_values(user=user, contact=contact, interview=interview)
    try:
        subject = " ".join(substitute(template.subject, values).split())
        body = substitute(template.body, values)
        used = placeholders_in(template.subject, template.body)
    except TemplateSyntaxError as exc:  # saved before validation existed, or edited in the DB
        raise Invalid(f"This template cannot be rendered: {exc}") from None
    return Rendered(
        subject=subject,
        body=body,
        to=contact.email,
        mailto_url=mailto_url(contact.email, subject, body),
        empty_placeholders=[name for name in used if not values[name].strip()],
    )
