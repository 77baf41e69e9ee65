from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import Depends, Request

from rapport.auth.dependencies import CurrentUser
from rapport.db import SessionDep
from rapport.resources import get_owned
from rapport.webhooks.models import Webhook


def owned_webhook(
    webhook_id: uuid.UUID, user: CurrentUser, session: SessionDep, request: Request
) -> Webhook:
    return get_owned(
        session, Webhook, webhook_id, user_id=user.id, label="webhook", request=request
    )


OwnedWebhook = Annotated[Webhook, Depends(owned_webhook)]
