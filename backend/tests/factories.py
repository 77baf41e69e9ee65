"""Objects of every kind, created through the API, for tests that walk every endpoint.

`PATH_OBJECTS` maps each path parameter of the API to a function creating one such object for
an account and returning its id. The ownership walk fails for a path parameter missing here, so
a new endpoint cannot escape it: add its factory when you add the endpoint.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.conftest import Account


def _created(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def make_contact(account: Account) -> str:
    return _created(
        account.post(
            "/api/v1/contacts", json={"full_name": "Walk Contact", "keep_in_touch_days": 30}
        )
    )


def make_interaction(account: Account) -> str:
    contact_id = make_contact(account)
    return _created(
        account.post(f"/api/v1/contacts/{contact_id}/interactions", json={"kind": "note"})
    )


def make_token(account: Account) -> str:
    return _created(account.post("/api/v1/me/tokens", json={"name": "walk"}))


def make_webhook(account: Account) -> str:
    return _created(
        account.post(
            "/api/v1/webhooks",
            json={"url": "https://receiver.example.com/walk", "events": ["contact.created"]},
        )
    )


PATH_OBJECTS: dict[str, Callable[[Account], str]] = {
    "contact_id": make_contact,
    "interaction_id": make_interaction,
    "token_id": make_token,
    "webhook_id": make_webhook,
}

# Bodies that pass validation for operations that need one, so a 404 cannot hide behind a 422.
VALID_BODIES: dict[str, object] = {
    "create_interaction": {"kind": "note"},
}
