"""`/api/v1/webhooks`: subscribing, changing, listing, deleting; the secret shown once."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from rapport.webhooks.models import Webhook
from tests.conftest import Account, assert_problem

URL = "https://receiver.example.com/hooks/rapport"


def create(account: Account, **fields: Any) -> dict[str, Any]:
    body = {"url": URL, "events": ["contact.created"], **fields}
    response = account.post("/api/v1/webhooks", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_creating_a_webhook_answers_201_with_the_secret_location_and_etag(alice: Account) -> None:
    response = alice.post(
        "/api/v1/webhooks",
        json={
            "url": URL,
            "events": ["interview.completed", "contact.created", "contact.created"],
            "description": "  Career center CRM ",
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"/api/v1/webhooks/{body['id']}"
    assert response.headers["etag"] == '"1"'
    assert body["url"] == URL
    assert body["events"] == ["contact.created", "interview.completed"]
    assert body["description"] == "Career center CRM"
    assert body["active"] is True
    assert body["secret"].startswith("whsec_") and len(body["secret"]) > 40


def test_the_secret_is_never_shown_again(alice: Account) -> None:
    created = create(alice)
    secret = created["secret"]
    answers = [
        alice.get("/api/v1/webhooks"),
        alice.get(f"/api/v1/webhooks/{created['id']}"),
        alice.patch(f"/api/v1/webhooks/{created['id']}", json={"description": "changed"}),
        alice.get(f"/api/v1/webhooks/{created['id']}/deliveries"),
    ]
    for answer in answers:
        assert answer.status_code == 200, answer.text
        assert secret not in answer.text and "secret" not in answer.text


def test_the_secret_is_stored_encrypted(app: FastAPI, alice: Account) -> None:
    created = create(alice)
    with app.state.db.sessionmaker() as session:
        stored = session.scalars(select(Webhook.secret_encrypted)).one()
    key_part = created["secret"].removeprefix("whsec_")
    assert created["secret"] not in stored and key_part not in stored
    assert stored.startswith("v1.")


def test_each_webhook_gets_its_own_secret(alice: Account) -> None:
    assert create(alice)["secret"] != create(alice)["secret"]


def test_listing_shows_your_webhooks_newest_first_and_pages(alice: Account) -> None:
    ids = [create(alice, description=f"hook {i}")["id"] for i in range(3)]
    first = alice.get("/api/v1/webhooks?limit=2").json()
    assert [w["id"] for w in first["items"]] == ids[::-1][:2]
    rest = alice.get(f"/api/v1/webhooks?limit=2&cursor={first['next_cursor']}").json()
    assert [w["id"] for w in rest["items"]] == ids[:1] and rest["next_cursor"] is None


def test_patch_changes_only_what_is_sent(alice: Account) -> None:
    created = create(alice, description="keep")
    response = alice.patch(
        f"/api/v1/webhooks/{created['id']}",
        json={"events": ["reminder.due", "referral.created"], "active": False},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["events"] == ["referral.created", "reminder.due"]
    assert body["active"] is False and body["description"] == "keep" and body["url"] == URL
    assert response.headers["etag"] == '"2"'


def test_patch_with_a_stale_if_match_is_412_and_changes_nothing(alice: Account) -> None:
    created = create(alice)
    alice.patch(f"/api/v1/webhooks/{created['id']}", json={"description": "first"})
    stale = alice.patch(
        f"/api/v1/webhooks/{created['id']}",
        json={"description": "second"},
        headers={"If-Match": '"1"'},
    )
    assert_problem(stale, 412)
    assert alice.get(f"/api/v1/webhooks/{created['id']}").json()["description"] == "first"


@pytest.mark.parametrize(
    "body",
    [
        {"url": None},
        {"events": None},
        {"events": []},
        {"events": ["contact.deleted"]},
        {"active": "yes"},
        {"active": 1},
        {"description": "x" * 501},
        {"url": "https://receiver.example.com/" + "a" * 2048},
        {"secret": "whsec_mine"},
        {"url": "http://127.0.0.1/"},
    ],
)
def test_bad_patches_are_422_and_change_nothing(alice: Account, body: dict[str, Any]) -> None:
    created = create(alice)
    assert_problem(alice.patch(f"/api/v1/webhooks/{created['id']}", json=body), 422)
    after = alice.get(f"/api/v1/webhooks/{created['id']}")
    assert after.headers["etag"] == '"1"' and after.json()["url"] == URL


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"events": ["contact.created"]},
        {"url": URL},
        {"url": URL, "events": "contact.created"},
        {"url": URL, "events": ["contact.created"] * 6},
        {"url": URL, "events": ["nope"]},
        {"url": 5, "events": ["contact.created"]},
        {"url": "", "events": ["contact.created"]},
        {"url": "not a url", "events": ["contact.created"]},
        {"url": "ftp://receiver.example.com/x", "events": ["contact.created"]},
        {"url": "javascript:alert(1)", "events": ["contact.created"]},
        {"url": URL, "events": ["contact.created"], "active": "true"},
        {"url": URL, "events": ["contact.created"], "user_id": str(uuid.uuid4())},
    ],
)
def test_bad_input_is_422_and_creates_nothing(alice: Account, body: dict[str, Any]) -> None:
    assert_problem(alice.post("/api/v1/webhooks", json=body), 422)
    assert alice.get("/api/v1/webhooks").json()["items"] == []


def test_an_over_long_url_is_refused(alice: Account) -> None:
    url = "https://receiver.example.com/" + "a" * (2048 - len("https://receiver.example.com/"))
    assert len(url) == 2048
    create(alice, url=url)
    body = assert_problem(
        alice.post("/api/v1/webhooks", json={"url": url + "a", "events": ["contact.created"]}),
        422,
    )
    assert body["errors"][0]["field"] == "url"


def test_at_most_ten_webhooks_per_account(alice: Account) -> None:
    for _ in range(10):
        create(alice)
    assert_problem(
        alice.post("/api/v1/webhooks", json={"url": URL, "events": ["contact.created"]}), 409
    )
    assert len(alice.get("/api/v1/webhooks").json()["items"]) == 10


def test_deleting_a_webhook_answers_204_then_404(alice: Account) -> None:
    created = create(alice)
    assert alice.delete(f"/api/v1/webhooks/{created['id']}").status_code == 204
    assert_problem(alice.get(f"/api/v1/webhooks/{created['id']}"), 404)
    assert_problem(alice.get(f"/api/v1/webhooks/{created['id']}/deliveries"), 404)


def test_another_users_webhook_is_404_everywhere_and_unchanged(
    alice: Account, bob: Account
) -> None:
    created = create(alice)
    path = f"/api/v1/webhooks/{created['id']}"
    assert_problem(bob.get(path), 404)
    assert_problem(bob.patch(path, json={"active": False}), 404)
    assert_problem(bob.delete(path), 404)
    assert_problem(bob.get(f"{path}/deliveries"), 404)
    assert bob.get("/api/v1/webhooks").json()["items"] == []
    assert alice.get(path).json()["active"] is True


def test_a_read_only_token_cannot_create_webhooks(alice: Account) -> None:
    token = alice.post("/api/v1/me/tokens", json={"name": "ro", "scopes": ["read"]}).json()
    response = alice.client.post(
        "/api/v1/webhooks",
        json={"url": URL, "events": ["contact.created"]},
        headers={"Authorization": f"Bearer {token['token']}"},
    )
    assert_problem(response, 403)


def test_webhooks_need_authentication(client: Any) -> None:
    assert_problem(client.get("/api/v1/webhooks"), 401)
    assert_problem(
        client.post("/api/v1/webhooks", json={"url": URL, "events": ["contact.created"]}), 401
    )


def test_the_deliveries_listing_refuses_an_unknown_status(alice: Account) -> None:
    created = create(alice)
    response = alice.get(f"/api/v1/webhooks/{created['id']}/deliveries?status=lost")
    assert assert_problem(response, 422)["errors"][0]["field"] == "query.status"
