"""The caller is found once per request, by the router's guard; what asks for it afterwards (the
current user, the loaders of owned objects) reads it from the request — and on a route without a
guard authenticates the request itself, so it never runs for nobody."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from rapport.auth.dependencies import CurrentUser
from rapport.config import Settings
from rapport.contacts.dependencies import ContactRow, OwnedContact
from rapport.main import create_app
from rapport.routing import api_router
from tests.conftest import Account, assert_problem


@pytest.fixture
def unguarded(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings)
    router = api_router(prefix="/api/v1/unguarded", guard=None)

    @router.get("/me")
    def who_am_i(user: CurrentUser) -> dict[str, str]:
        return {"id": str(user.id)}

    @router.get("/rows/{contact_id}")
    def contact_row(contact: ContactRow) -> dict[str, str]:
        return {"full_name": contact.full_name}

    @router.delete("/contacts/{contact_id}")
    def owned_contact(contact: OwnedContact) -> dict[str, str]:
        return {"full_name": contact.full_name}

    application.include_router(router)
    yield application
    application.state.db.dispose()


def _contact(account: Account) -> str:
    response = account.post("/api/v1/contacts", json={"full_name": "Ada Lovelace"})
    assert response.status_code == 201, response.text
    return str(response.json()["id"])


def _as(application: FastAPI, token: str | None) -> TestClient:
    return TestClient(application, headers={"Authorization": f"Bearer {token}"} if token else {})


def _reads_and_deletes(client: TestClient, contact_id: str) -> list[int]:
    """The status of reading the contact's row and of deleting it through the owned loader."""
    return [
        client.get(f"/api/v1/unguarded/rows/{contact_id}").status_code,
        client.delete(f"/api/v1/unguarded/contacts/{contact_id}").status_code,
    ]


def test_without_a_guard_asking_for_the_caller_still_needs_a_credential(
    unguarded: FastAPI, alice: Account
) -> None:
    contact_id = _contact(alice)
    anonymous = _as(unguarded, None)
    assert_problem(anonymous.get("/api/v1/unguarded/me"), 401)
    assert _reads_and_deletes(anonymous, contact_id) == [401, 401]


def test_without_a_guard_the_caller_and_their_objects_are_found(
    unguarded: FastAPI, alice: Account, bob: Account
) -> None:
    contact_id = _contact(alice)
    assert _as(unguarded, alice.token).get("/api/v1/unguarded/me").json() == {"id": alice.user_id}
    assert _reads_and_deletes(_as(unguarded, bob.token), contact_id) == [404, 404]
    assert _reads_and_deletes(_as(unguarded, alice.token), contact_id) == [200, 200]


def test_without_a_guard_a_read_only_token_still_cannot_change_data(
    unguarded: FastAPI, alice: Account
) -> None:
    contact_id = _contact(alice)
    created = alice.post("/api/v1/me/tokens", json={"name": "reader", "scopes": ["read"]})
    reader = _as(unguarded, created.json()["token"])
    assert _reads_and_deletes(reader, contact_id) == [200, 403]
