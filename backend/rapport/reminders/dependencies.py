from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.reminders import service as reminders_service
from rapport.reminders.models import Reminder
from rapport.resources import owned, owned_row

OwnedReminder = Annotated[Reminder, owned(Reminder, path="reminder_id", label="reminder")]
ReminderRow = Annotated[
    Row, owned_row(Reminder, reminders_service.READ_COLUMNS, path="reminder_id", label="reminder")
]
