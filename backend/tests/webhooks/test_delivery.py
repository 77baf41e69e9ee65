"""The worker delivers webhooks to a real local HTTP receiver, signed per Standard Webhooks, with
retries and backoff, and refuses unsafe destinations at delivery time without connecting."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import socket
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import standardwebhooks
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from rapport.reminders.models import Reminder, ReminderStatus
from rapport.webhooks import service as webhooks_service
from rapport.webhooks.models import WebhookEvent
from rapport.worker import Worker
from tests.conftest import Account
from tests.fixtures import seed
from tests.worker.servers import ReceivedRequest, Receiver

RETRIES = [60, 120, 240]  # three retries: four attempts in all


def subscribe(client: TestClient, url: str, events: list[str] | None = None) -> dict[str, Any]:
    response = client.post(
        "/api/v1/webhooks", json={"url": url, "events": events or ["contact.created"]}
    )
    assert response.status_code == 201, response.text
    return response.json()


def add_contact(account: Account, name: str = "Sam Rivera") -> dict[str, Any]:
    response = account.post("/api/v1/contacts", json={"full_name": name, "organization": "Acme"})
    assert response.status_code == 201, response.text
    return response.json()


def deliveries(account: Account, hook: dict[str, Any]) -> list[dict[str, Any]]:
    response = account.get(f"/api/v1/webhooks/{hook['id']}/deliveries")
    assert response.status_code == 200, response.text
    return response.json()["items"]


def turn_off(account: Account, hook: dict[str, Any]) -> None:
    response = account.patch(f"/api/v1/webhooks/{hook['id']}", json={"active": False})
    assert response.status_code == 200, response.text


def assert_nothing_delivered(
    account: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    """After a worker pass: the receiver was not called and the hook logged no delivery."""
    worker.run_pass()
    assert receiver.requests == [] and deliveries(account, hook) == []


def verify_by_hand(secret: str, request: ReceivedRequest) -> None:
    """The Standard Webhooks check, written out: HMAC-SHA256 over "id.timestamp.body" with the
    base64-decoded secret, compared with each `v1,` signature in the header."""
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = (
        f"{request.headers['webhook-id']}.{request.headers['webhook-timestamp']}.".encode()
        + request.body
    )
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    offered = [
        sig.split(",", 1)[1]
        for sig in request.headers["webhook-signature"].split()
        if sig.startswith("v1,")
    ]
    assert any(hmac.compare_digest(expected, sig) for sig in offered)


@pytest.fixture
def worker(make_worker: Callable[..., Worker]) -> Worker:
    return make_worker(
        webhook_allow_loopback=True,
        webhook_retry_delays_seconds=RETRIES,
        webhook_timeout_seconds=1.0,
    )


@pytest.fixture
def hook(developer: TestClient, receiver: Receiver) -> dict[str, Any]:
    """A webhook subscribed to `contact.created` at the receiver."""
    return subscribe(developer, receiver.url())


def test_a_new_contact_is_delivered_signed_to_the_receiver(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    contact = add_contact(alice)

    report = worker.run_pass()

    assert report.deliveries == {"succeeded": 1}
    [request] = receiver.requests
    assert request.path == "/hooks/rapport"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["webhook-id"].startswith("msg_")
    assert abs(int(request.headers["webhook-timestamp"]) - time.time()) < 60
    payload = standardwebhooks.Webhook(hook["secret"]).verify(request.body, request.headers)
    verify_by_hand(hook["secret"], request)
    assert payload["type"] == "contact.created"
    assert payload["data"]["id"] == contact["id"]
    assert payload["data"]["full_name"] == "Sam Rivera"
    datetime.fromisoformat(payload["timestamp"])
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "succeeded" and logged["attempts"] == 1
    assert logged["response_status"] == 204 and logged["last_error"] is None
    assert logged["message_id"] == request.headers["webhook-id"]
    assert logged["next_attempt_at"] is None


def test_the_signature_does_not_verify_with_another_secret_or_a_changed_body(
    alice: Account, developer: TestClient, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    other = subscribe(developer, receiver.url("/other"), ["interview.completed"])
    add_contact(alice)
    worker.run_pass()
    [request] = receiver.requests
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(other["secret"]).verify(request.body, request.headers)
    tampered = request.body.replace(b"Sam Rivera", b"Sam Riviera")
    with pytest.raises(standardwebhooks.webhooks.WebhookVerificationError):
        standardwebhooks.Webhook(hook["secret"]).verify(tampered, request.headers)


def test_a_receiver_answering_500_gets_retries_with_backoff_until_it_accepts(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    add_contact(alice)
    receiver.answer(500, 503)
    start = datetime.now(UTC)

    assert worker.run_pass(start).deliveries == {"pending": 1}
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "pending" and logged["attempts"] == 1
    assert logged["response_status"] == 500
    assert logged["last_error"] == "The receiver answered HTTP 500."
    next_at = datetime.fromisoformat(logged["next_attempt_at"])
    assert next_at == start + timedelta(seconds=RETRIES[0])

    # Not before the backoff is over.
    assert worker.run_pass(start + timedelta(seconds=30)).deliveries == {}
    assert len(receiver.requests) == 1

    assert worker.run_pass(start + timedelta(seconds=61)).deliveries == {"pending": 1}
    assert deliveries(alice, hook)[0]["response_status"] == 503
    assert worker.run_pass(start + timedelta(seconds=61 + 100)).deliveries == {}
    assert worker.run_pass(start + timedelta(seconds=61 + 121)).deliveries == {"succeeded": 1}

    assert len(receiver.requests) == 3
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 1
    for request in receiver.requests:
        standardwebhooks.Webhook(hook["secret"]).verify(request.body, request.headers)
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "succeeded" and logged["attempts"] == 3
    assert logged["response_status"] == 204 and logged["last_error"] is None


def test_a_delivery_is_marked_failed_after_the_last_retry(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    add_contact(alice)
    receiver.answer(*[500] * 10)
    moment = datetime.now(UTC)
    statuses = []
    for seconds in (0, 61, 61 + 121, 61 + 121 + 241, 10_000):
        statuses.append(dict(worker.run_pass(moment + timedelta(seconds=seconds)).deliveries))
    assert statuses == [{"pending": 1}, {"pending": 1}, {"pending": 1}, {"failed": 1}, {}]
    assert len(receiver.requests) == 4
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "failed" and logged["attempts"] == 4
    assert logged["next_attempt_at"] is None
    failed = alice.get(f"/api/v1/webhooks/{hook['id']}/deliveries?status=failed").json()
    assert [d["id"] for d in failed["items"]] == [logged["id"]]
    assert alice.get(f"/api/v1/webhooks/{hook['id']}/deliveries?status=pending").json() == {
        "items": [],
        "next_cursor": None,
    }


def test_redirects_are_not_followed(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    receiver.answer(307)
    receiver.extra_headers["location"] = receiver.url("/elsewhere")
    add_contact(alice)
    worker.run_pass()
    assert [r.path for r in receiver.requests] == ["/hooks/rapport"]
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "pending" and logged["response_status"] == 307


def test_a_slow_receiver_times_out_and_is_tried_again_later(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    receiver.delay_seconds = 3
    add_contact(alice)
    started = time.monotonic()
    worker.run_pass()
    assert time.monotonic() - started < 2.5
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "pending" and logged["response_status"] is None
    assert "No answer within 1 s" in logged["last_error"]


def test_an_unreachable_receiver_is_tried_again_later(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    receiver.server.shutdown()
    receiver.server.server_close()
    add_contact(alice)
    worker.run_pass()
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "pending" and logged["attempts"] == 1
    assert logged["last_error"].startswith("Could not deliver")


# --- server-side request forgery, at delivery time -----------------------------------------


def test_loopback_is_refused_at_delivery_without_connecting_when_the_setting_is_off(
    alice: Account,
    hook: dict[str, Any],
    receiver: Receiver,
    make_worker: Callable[..., Worker],
) -> None:
    add_contact(alice)
    production_like = make_worker(webhook_allow_loopback=False)

    assert production_like.run_pass().deliveries == {"failed": 1}
    assert receiver.requests == []
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "failed" and logged["response_status"] is None
    assert logged["last_error"].startswith("Refused without connecting")
    assert "loopback" in logged["last_error"]


def test_a_host_name_that_resolves_to_loopback_is_refused_at_delivery_time(
    alice: Account,
    developer: TestClient,
    receiver: Receiver,
    make_worker: Callable[..., Worker],
) -> None:
    name = socket.gethostname().lower()
    try:
        address = socket.gethostbyname(name)
    except OSError:
        pytest.skip("this machine's host name does not resolve")
    if not address.startswith("127."):
        pytest.skip(f"{name} resolves to {address}, not to loopback")
    hook = subscribe(developer, f"http://{name}:{receiver.port}/hooks/rapport")
    add_contact(alice)

    make_worker(webhook_allow_loopback=False).run_pass()

    assert receiver.requests == []
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "failed"
    assert f"{name} resolves to a loopback address" in logged["last_error"]


def test_the_request_goes_to_the_checked_address_with_the_original_host_header(
    alice: Account, developer: TestClient, receiver: Receiver, worker: Worker
) -> None:
    subscribe(developer, f"http://localhost:{receiver.port}/hooks/rapport?source=rapport")
    add_contact(alice)
    worker.run_pass()
    [request] = receiver.requests
    assert request.path == "/hooks/rapport?source=rapport"
    assert request.headers["host"] == f"localhost:{receiver.port}"


# --- which deliveries exist ----------------------------------------------------------------


def test_only_subscribed_events_are_delivered(
    alice: Account, developer: TestClient, receiver: Receiver, worker: Worker
) -> None:
    hook = subscribe(developer, receiver.url(), ["interview.completed"])
    add_contact(alice)
    assert_nothing_delivered(alice, hook, receiver, worker)


def test_an_inactive_webhook_gets_nothing(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    turn_off(alice, hook)
    add_contact(alice)
    assert_nothing_delivered(alice, hook, receiver, worker)


def test_a_webhook_turned_off_after_queueing_is_not_called(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    add_contact(alice)
    turn_off(alice, hook)
    worker.run_pass()
    assert receiver.requests == []
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "failed" and "turned off" in logged["last_error"]


def test_deleting_a_webhook_drops_its_pending_deliveries(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    add_contact(alice)
    assert alice.delete(f"/api/v1/webhooks/{hook['id']}").status_code == 204
    assert worker.run_pass().deliveries == {}
    assert receiver.requests == []


def test_another_users_events_do_not_reach_your_webhook(
    alice: Account, bob: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    add_contact(bob)
    worker.run_pass()
    assert receiver.requests == []


def test_a_changed_server_secret_key_fails_the_delivery_clearly(
    alice: Account,
    developer: TestClient,
    hook: dict[str, Any],
    receiver: Receiver,
    make_worker: Callable[..., Worker],
) -> None:
    add_contact(alice)
    make_worker(webhook_allow_loopback=True, secret_key="another-secret-key-" + "x" * 40).run_pass()
    assert receiver.requests == []
    [logged] = deliveries(alice, hook)
    assert logged["status"] == "failed" and "secret cannot be read" in logged["last_error"]


# --- reminder.due --------------------------------------------------------------------------


AddReminder = Callable[..., uuid.UUID]


@pytest.fixture
def add_reminder(app: FastAPI, alice: Account) -> AddReminder:
    """Adds one of Alice's reminders straight into the database; answers its id."""

    def add(*, due_at: datetime, **fields: Any) -> uuid.UUID:
        reminder_id = seed.add_reminder(
            app, user_id=alice.user_id, title="Send the poster PDF", due_at=due_at, **fields
        )
        return uuid.UUID(reminder_id)

    return add


def reminder_row(app: FastAPI, reminder_id: uuid.UUID) -> Reminder:
    with app.state.db.sessionmaker() as session:
        return session.scalars(select(Reminder).where(Reminder.id == reminder_id)).one()


@pytest.fixture
def reminder_hook(developer: TestClient, receiver: Receiver) -> dict[str, Any]:
    """A webhook subscribed to `reminder.due` only."""
    return subscribe(developer, receiver.url(), ["reminder.due"])


def received_payloads(receiver: Receiver) -> list[dict[str, Any]]:
    return [json.loads(r.body) for r in receiver.requests]


def test_a_due_reminder_is_announced_once(
    app: FastAPI,
    add_reminder: AddReminder,
    reminder_hook: dict[str, Any],
    receiver: Receiver,
    worker: Worker,
) -> None:
    now = datetime.now(UTC)
    reminder_id = add_reminder(due_at=now - timedelta(minutes=5))

    first = worker.run_pass(now)
    second = worker.run_pass(now + timedelta(minutes=10))

    assert first.reminder_events == 1 and second.reminder_events == 0
    [payload] = received_payloads(receiver)
    standardwebhooks.Webhook(reminder_hook["secret"]).verify(
        receiver.requests[0].body, receiver.requests[0].headers
    )
    assert payload["type"] == "reminder.due"
    assert payload["data"]["id"] == str(reminder_id)
    assert payload["data"]["title"] == "Send the poster PDF"
    assert payload["data"]["kind"] == "custom"
    assert datetime.fromisoformat(payload["data"]["due_at"]) == now - timedelta(minutes=5)
    row = reminder_row(app, reminder_id)
    assert row.due_notified_at == now
    assert row.version == 1  # bookkeeping, not an edit: the reminder's ETag is unchanged


@pytest.mark.usefixtures("reminder_hook")
def test_a_reminder_is_announced_only_once_its_time_comes(
    add_reminder: AddReminder, receiver: Receiver, worker: Worker
) -> None:
    now = datetime.now(UTC)
    add_reminder(due_at=now + timedelta(hours=2))
    assert worker.run_pass(now).reminder_events == 0
    assert worker.run_pass(now + timedelta(hours=2, seconds=1)).reminder_events == 1
    assert len(receiver.requests) == 1


@pytest.mark.usefixtures("reminder_hook")
def test_a_reminder_moved_later_is_announced_again_when_its_new_time_comes(
    app: FastAPI, add_reminder: AddReminder, receiver: Receiver, worker: Worker
) -> None:
    now = datetime.now(UTC)
    reminder_id = add_reminder(due_at=now - timedelta(minutes=1))
    worker.run_pass(now)
    with app.state.db.sessionmaker.begin() as session:
        session.get_one(Reminder, reminder_id).due_at = now + timedelta(days=1)
    assert worker.run_pass(now + timedelta(hours=1)).reminder_events == 0
    assert worker.run_pass(now + timedelta(days=1, minutes=1)).reminder_events == 1
    assert len(receiver.requests) == 2


@pytest.mark.usefixtures("reminder_hook")
def test_done_and_dismissed_reminders_are_not_announced(
    add_reminder: AddReminder, receiver: Receiver, worker: Worker
) -> None:
    now = datetime.now(UTC)
    add_reminder(due_at=now - timedelta(hours=1), status=ReminderStatus.done)
    add_reminder(due_at=now - timedelta(hours=1), status=ReminderStatus.dismissed)
    assert worker.run_pass(now).reminder_events == 0
    assert receiver.requests == []


def test_the_readme_verification_code_accepts_a_real_delivery_and_rejects_a_forged_one(
    alice: Account, hook: dict[str, Any], receiver: Receiver, worker: Worker
) -> None:
    readme = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Webhooks", 1)[1].split("or by hand", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    verify = namespace["verify"]

    add_contact(alice)
    worker.run_pass()
    [request] = receiver.requests

    assert verify(hook["secret"], request.headers, request.body) is True
    assert verify(hook["secret"], request.headers, request.body + b" ") is False
    forged = {**request.headers, "webhook-id": "msg_forged"}
    assert verify(hook["secret"], forged, request.body) is False


def test_many_objects_at_once_give_one_delivery_each_to_subscribed_webhooks(
    app: FastAPI,
    alice: Account,
    developer: TestClient,
    hook: dict[str, Any],
    receiver: Receiver,
    worker: Worker,
) -> None:
    other = subscribe(developer, receiver.url("/other"), ["reminder.due"])
    with app.state.db.sessionmaker.begin() as session:
        webhooks_service.emit_many(
            session,
            user_id=uuid.UUID(alice.user_id),
            event=WebhookEvent.contact_created,
            items=[{"n": n} for n in range(3)],
        )
    assert worker.run_pass().deliveries == {"succeeded": 3}
    assert sorted(json.loads(r.body)["data"]["n"] for r in receiver.requests) == [0, 1, 2]
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 3
    assert len(deliveries(alice, hook)) == 3 and deliveries(alice, other) == []
