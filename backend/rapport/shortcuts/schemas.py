from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, Field

from rapport.contacts.schemas import ContactRead
from rapport.interactions.models import InteractionKind
from rapport.interactions.schemas import InteractionRead, Summary
from rapport.reminders.models import ReminderKind
from rapport.schemas import Name, RequestModel, StrictBool, nonblank


class QuickLog(RequestModel):
    """One request from a phone shortcut: whom you talked to, and how."""

    contact: Annotated[str, nonblank(254)] = Field(
        description="A name or an e-mail address. An e-mail matches your contact with that "
        "address (ignoring case); a name matches the contact with exactly that name (ignoring "
        "case). Nobody matches: a new contact is created (see `create`).",
        examples=["Sam Rivera", "sam.rivera@example.org"],
    )
    name: Name | None = Field(
        default=None,
        description="The name for a new contact when `contact` is an e-mail address "
        "(default: the address itself).",
        examples=["Sam Rivera"],
    )
    kind: InteractionKind = Field(
        default=InteractionKind.note,
        description="How you were in touch. `email`, `call`, `message` and `linkedin` also "
        "move a contact you had only identified to `reached_out`.",
        examples=["call"],
    )
    summary: Summary = ""
    occurred_at: AwareDatetime | None = Field(
        default=None, description="When it happened; default now. At most a day ahead."
    )
    create: StrictBool = Field(
        default=True,
        description="false: answer 404 instead of creating a contact when nobody matches.",
    )


class QuickLogged(BaseModel):
    contact: ContactRead
    interaction: InteractionRead
    contact_created: bool = Field(description="True when the contact was new.")
    message: str = Field(
        description="A sentence to show or speak on the phone.",
        examples=["Logged a call with Sam Rivera. Next touch due Tuesday 2 March 2027."],
    )


class DueTodayReminder(BaseModel):
    id: uuid.UUID
    kind: ReminderKind
    title: str
    due_at: dt.datetime
    contact_id: uuid.UUID | None
    contact_name: str | None
    overdue: bool = Field(description="Due on an earlier day than today (your time zone).")


class DueTodayTouch(BaseModel):
    contact_id: uuid.UUID
    full_name: str
    organization: str | None
    email: str | None
    next_touch_due: dt.datetime
    overdue: bool = Field(description="Due on an earlier day than today (your time zone).")
    reminder_id: uuid.UUID | None = Field(
        description="The contact's open keep-in-touch reminder: mark it done "
        '(`PATCH /api/v1/reminders/{reminder_id}` with `{"status": "done"}`) to log the touch.'
    )


class DueToday(BaseModel):
    date: dt.date = Field(description="Today in your time zone.")
    timezone: str
    reminders: list[DueTodayReminder] = Field(
        description="Open reminders due by the end of today, most overdue first (keep-in-touch "
        "reminders are listed under `touches`)."
    )
    reminders_total: int = Field(description="All such reminders, also beyond `limit`.")
    touches: list[DueTodayTouch] = Field(
        description="Contacts due for a touch by the end of today, most overdue first."
    )
    touches_total: int
    text: str = Field(
        description="The same as a short plain-text list, for a notification or to be spoken."
    )
