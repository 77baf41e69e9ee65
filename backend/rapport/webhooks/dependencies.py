from __future__ import annotations

from typing import Annotated

from sqlalchemy.engine import Row

from rapport.resources import owned, owned_row
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import Webhook

OwnedWebhook = Annotated[Webhook, owned(Webhook, path="webhook_id", label="webhook")]
WebhookRow = Annotated[
    Row, owned_row(Webhook, webhooks_service.READ_COLUMNS, path="webhook_id", label="webhook")
]
