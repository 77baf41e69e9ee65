from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, Field

from rapport.schemas import MAX_LONG_TEXT, PartialUpdate, ReadModel, RequestModel, nonblank
from rapport.templates.models import TemplateKind

PLACEHOLDERS = (
    "first_name",
    "full_name",
    "organization",
    "title",
    "connection_note",
    "my_name",
    "my_pitch",
    "interview_date",
)
# What the template parser accepts: text without braces, `{{` and `}}` for literal braces, and
# the known placeholders (so a generated client learns the rule from the document).
TEMPLATE_PATTERN = r"^([^{}\x00]|\{\{|\}\}|\{(" + "|".join(PLACEHOLDERS) + r")\})*$"

MAX_SUBJECT = 500
PLACEHOLDER_HELP = (
    "Placeholders: `{first_name}`, `{full_name}`, `{organization}`, `{title}`, "
    "`{connection_note}`, `{my_name}`, `{my_pitch}`, `{interview_date}`. Write `{{` and `}}` for "
    "literal braces. An unknown or malformed placeholder is refused (422) naming it."
)

TemplateName = Annotated[
    str,
    nonblank(200),
    Field(examples=["Thank-you after a video call"]),
]
Subject = Annotated[
    str,
    Field(
        max_length=MAX_SUBJECT,
        description=PLACEHOLDER_HELP,
        examples=["Thank you, {first_name}"],
        json_schema_extra={"pattern": TEMPLATE_PATTERN},
    ),
]
Body = Annotated[
    str,
    Field(
        max_length=MAX_LONG_TEXT,
        description=PLACEHOLDER_HELP,
        json_schema_extra={"pattern": TEMPLATE_PATTERN},
        examples=[
            "Dear {first_name},\n\nThank you for your time on {interview_date}.\n\n{my_name}"
        ],
    ),
]


class TemplateCreate(RequestModel):
    kind: TemplateKind
    name: TemplateName
    subject: Subject = ""
    body: Body


class TemplateUpdate(PartialUpdate):
    kind: TemplateKind | None = None
    name: TemplateName | None = None
    subject: Subject | None = None
    body: Body | None = None


class TemplateRead(ReadModel):
    id: uuid.UUID
    kind: TemplateKind
    name: str
    subject: str
    body: str
    placeholders: list[str] = Field(description="The placeholders used, in order of first use.")
    created_at: datetime
    updated_at: datetime


class RenderRequest(RequestModel):
    contact_id: uuid.UUID = Field(description="Whom the e-mail is for.")
    interview_id: uuid.UUID | None = Field(
        default=None,
        description="An interview with that contact: fills `{interview_date}` and uses the "
        "interview's tailored pitch for `{my_pitch}`.",
    )


class RenderedEmail(ReadModel):
    subject: str
    body: str
    to: str | None = Field(description="The contact's e-mail address, if you have one.")
    mailto_url: str = Field(
        description="A percent-encoded `mailto:` link (RFC 6068) that opens the draft in the "
        "user's mail program.",
        examples=["mailto:sam%40example.org?subject=Thank%20you&body=Dear%20Sam%2C"],
    )
    empty_placeholders: list[str] = Field(
        description="Placeholders that had no value (e.g. `interview_date` without an "
        "interview) and were replaced by an empty string: check the draft before sending."
    )


class TemplateFilters(BaseModel):
    """The query of `GET /templates`."""

    kind: TemplateKind | None = None
