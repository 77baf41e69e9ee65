from __future__ import annotations

from typing import Annotated

from rapport.reminders.models import Reminder
from rapport.resources import owned

OwnedReminder = Annotated[Reminder, owned(Reminder, path="reminder_id", label="reminder")]
