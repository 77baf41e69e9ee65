from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.reminders.models import Reminder
from rapport.resources import get_owned


def owned_reminder(
    reminder_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Reminder:
    return get_owned(
        session, Reminder, reminder_id, user_id=user.id, label="reminder", request=request
    )


OwnedReminder = Annotated[Reminder, Depends(owned_reminder)]
