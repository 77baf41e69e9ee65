"""Webhooks: subscriptions, and the outbox of signed deliveries the worker sends."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rapport.db import utcnow
from rapport.webhooks.models import Webhook, WebhookDelivery, WebhookEvent


def emit(
    session: Session, *, user_id: uuid.UUID, event: WebhookEvent, data: dict[str, Any]
) -> None:
    """Queue `event` for every active endpoint of the user subscribed to it, in the caller's
    transaction: the delivery exists if and only if the change that caused it was committed."""
    hooks = session.scalars(
        select(Webhook).where(Webhook.user_id == user_id, Webhook.active.is_(True))
    ).all()
    now = utcnow()
    for hook in hooks:
        if event.value in hook.events:
            session.add(
                WebhookDelivery(
                    webhook_id=hook.id,
                    user_id=user_id,
                    event=event.value,
                    message_id=f"msg_{uuid.uuid4().hex}",
                    payload={"type": event.value, "timestamp": now.isoformat(), "data": data},
                    next_attempt_at=now,
                )
            )
