"""`/webhooks`: subscribe URLs to events; the worker POSTs signed deliveries to them."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Response, status

from rapport.auth.dependencies import CurrentUser, SettingsDep
from rapport.db import SessionDep
from rapport.pagination import Page, PageDep
from rapport.resources import answer, answer_page, answer_row, created
from rapport.routing import api_router
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.dependencies import OwnedWebhook, WebhookRow
from rapport.webhooks.schemas import (
    DeliveryFilters,
    DeliveryRead,
    WebhookCreate,
    WebhookCreated,
    WebhookRead,
    WebhookUpdate,
)

router = api_router(prefix="/webhooks", tag="webhooks")


@router.get("", response_model=Page[WebhookRead], summary="Your webhooks")
def list_webhooks(user: CurrentUser, session: SessionDep, page: PageDep) -> Response:
    """Newest first. Signing secrets are never shown again after creation."""
    return answer_page(WebhookRead, webhooks_service.list_webhooks(session, user=user, page=page))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookCreated,
    summary="Subscribe a URL to events",
)
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


@router.get("/{webhook_id}", response_model=WebhookRead, summary="One webhook")
def get_webhook(webhook: WebhookRow) -> Response:
    return answer_row(WebhookRead, webhook)


@router.patch("/{webhook_id}", response_model=WebhookRead, summary="Change a webhook")
def update_webhook(
    data: WebhookUpdate,
    webhook: OwnedWebhook,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
) -> WebhookRead:
    """A partial update; a new `url` is checked like a new webhook's. The secret stays."""
    webhooks_service.update_webhook(session, webhook=webhook, data=data, settings=settings)
    return answer(response, WebhookRead, webhook)


@router.delete("/{webhook_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a webhook")
def delete_webhook(webhook: OwnedWebhook, session: SessionDep) -> Response:
    """Deliveries not yet sent are dropped with it."""
    webhooks_service.delete_webhook(session, webhook=webhook)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{webhook_id}/deliveries",
    response_model=Page[DeliveryRead],
    summary="A webhook's delivery log, newest first",
)
def list_webhook_deliveries(
    filters: Annotated[DeliveryFilters, Query()],
    webhook: OwnedWebhook,
    session: SessionDep,
    page: PageDep,
) -> Response:
    return answer_page(
        DeliveryRead,
        webhooks_service.list_deliveries(
            session, webhook_id=webhook.id, filters=filters, page=page
        ),
    )
