from __future__ import annotations

from typing import Annotated

from rapport.resources import owned
from rapport.webhooks.models import Webhook

OwnedWebhook = Annotated[Webhook, owned(Webhook, path="webhook_id", label="webhook")]
