"""`/webhooks`: subscribe URLs to events; the worker POSTs signed deliveries to them."""

from __future__ import annotations

from fastapi import Response

from rapport.auth.dependencies import CurrentUser, SettingsDep
from rapport.collection import Collection, pages
from rapport.db import SessionDep
from rapport.resources import created
from rapport.routing import api_router
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.dependencies import OwnedWebhook, WebhookRow
from rapport.webhooks.schemas import (
    DeliveryRead,
    WebhookCreate,
    WebhookCreated,
    WebhookRead,
)

router = api_router(prefix="/webhooks", tag="webhooks")


webhooks = Collection(router, "webhook", read=WebhookRead, row=WebhookRow, owned=OwnedWebhook)
webhooks.listing(
    webhooks_service.list_webhooks,
    summary="Your webhooks",
    description="Newest first. Signing secrets are never shown again after creation.",
)


@router.creates("", WebhookCreated, summary="Subscribe a URL to events")
def create_webhook(
    data: WebhookCreate,
    user: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> WebhookCreated:
    """The answer holds the signing `secret` — the only time it is shown. Each delivery is a
    JSON `POST` `{"type", "timestamp", "data"}` with the Standard Webhooks headers
    `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of
    `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the base64-decoded part of the secret
    after `whsec_`). A 2xx answer within 10 s counts as delivered; anything else is retried with
    backoff for about a day. At most 10 webhooks per account."""
    webhook, secret = webhooks_service.create_webhook(
        session, user=user, data=data, settings=settings
    )
    read = created(response, WebhookRead, webhook, f"/api/v1/webhooks/{webhook.id}")
    return WebhookCreated(**read.model_dump(), secret=secret)


webhooks.get(summary="One webhook")
webhooks.update(
    webhooks_service.update_webhook,
    summary="Change a webhook",
    description="A partial update; a new `url` is checked like a new webhook's. The secret stays.",
    needs={"settings": SettingsDep},
)
webhooks.delete(
    webhooks_service.delete_webhook,
    summary="Delete a webhook",
    description="Deliveries not yet sent are dropped with it.",
)


pages(
    router,
    ("/{webhook_id}/deliveries", "list_webhook_deliveries"),
    webhooks_service.list_deliveries,
    read=DeliveryRead,
    under=("webhook", OwnedWebhook),
    summary="A webhook's delivery log, newest first",
)
