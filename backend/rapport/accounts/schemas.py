from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, EmailStr, Field

from rapport.accounts.models import User
from rapport.auth.models import Scope
from rapport.reads import as_answer
from rapport.schemas import (
    Name,
    PartialUpdate,
    ReadModel,
    RequestModel,
    StrictBool,
    TimeZone,
    nonblank,
)

MIN_PASSWORD = 8
MAX_PASSWORD = 128  # Argon2 hashes any length; the cap keeps one request cheap.
MAX_PITCH = 5_000

Password = Annotated[
    str,
    Field(
        min_length=MIN_PASSWORD,
        max_length=MAX_PASSWORD,
        description=f"{MIN_PASSWORD}–{MAX_PASSWORD} characters.",
    ),
]
MAX_CADENCE_DAYS = 3650  # ten years
KeepInTouchDays = Annotated[int, Field(ge=1, le=MAX_CADENCE_DAYS, strict=True)]
ThankYouHours = Annotated[int, Field(ge=1, le=720, strict=True)]
FollowUpDays = Annotated[int, Field(ge=1, le=365, strict=True)]
DigestHour = Annotated[int, Field(ge=0, le=23, strict=True)]


class UserSettings(ReadModel):
    default_keep_in_touch_days: KeepInTouchDays | None = Field(
        description="Cadence given to new contacts (days between touches); null for none.",
        examples=[90],
    )
    thank_you_within_hours: ThankYouHours = Field(
        description="The thank-you reminder is due this long after an interview is completed.",
        examples=[24],
    )
    follow_up_after_days: FollowUpDays = Field(
        description="The follow-up reminder is due this long after an interview is completed.",
        examples=[14],
    )
    email_reminders: bool = Field(description="Send a daily digest e-mail of what is due.")
    digest_hour: DigestHour = Field(
        description="Local hour (0–23, in `timezone`) at which the digest is sent.", examples=[8]
    )


class UserSettingsUpdate(PartialUpdate):
    clearable = frozenset({"default_keep_in_touch_days"})

    default_keep_in_touch_days: KeepInTouchDays | None = None
    thank_you_within_hours: ThankYouHours | None = None
    follow_up_after_days: FollowUpDays | None = None
    email_reminders: StrictBool | None = None
    digest_hour: DigestHour | None = None


class MeRead(ReadModel):
    id: uuid.UUID
    email: str = Field(examples=["ada@university.edu"])
    name: str = Field(examples=["Ada Student"])
    timezone: str = Field(examples=["America/Chicago"])
    pitch: str = Field(description="The default elevator pitch used in new interviews and emails.")
    settings: UserSettings
    created_at: datetime

    @classmethod
    def of(cls, user: User) -> MeRead:
        return as_answer(cls, user, settings=UserSettings.model_validate(user))


class MeUpdate(PartialUpdate):
    clearable = frozenset({"settings"})

    name: Name | None = None
    timezone: TimeZone | None = None
    pitch: Annotated[str, Field(max_length=MAX_PITCH)] | None = None
    settings: UserSettingsUpdate | None = None


class PasswordChange(RequestModel):
    current_password: Annotated[str, Field(max_length=MAX_PASSWORD)]
    new_password: Password


class AccountDeletion(RequestModel):
    password: Annotated[str, Field(max_length=MAX_PASSWORD, description="Your current password.")]


class RegisterRequest(RequestModel):
    email: EmailStr = Field(max_length=254, examples=["ada@university.edu"])
    password: Password
    name: Name = Field(examples=["Ada Student"])
    timezone: TimeZone = "UTC"
    pitch: Annotated[str, Field(max_length=MAX_PITCH)] = ""


class TokenCreate(RequestModel):
    name: Annotated[str, nonblank(100)] = Field(examples=["iPhone shortcut"])
    scopes: list[Scope] = Field(
        default=[Scope.read, Scope.write],
        min_length=1,
        max_length=2,
        description='`["read"]` for a read-only token, `["read", "write"]` to make changes.',
        json_schema_extra={"contains": {"const": "read"}},
    )
    expires_at: AwareDatetime | None = Field(
        default=None,
        description="When the token stops working (in the future, at most ten years ahead); "
        "null for never.",
    )


class TokenRead(ReadModel):
    id: uuid.UUID
    name: str | None
    scopes: list[Scope]
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None


class TokenCreated(TokenRead):
    token: str = Field(
        description="The secret, shown only in this answer. Send it as `Authorization: Bearer …`."
    )
