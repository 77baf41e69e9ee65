"""Objects of every kind, created through the API, for tests that walk every endpoint.

`PATH_OBJECTS` maps each path parameter of the API to a function creating one such object for
an account and returning its id. The ownership walk fails for a path parameter missing here, so
a new endpoint cannot escape it: add its factory when you add the endpoint.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from tests.conftest import Account, register_account

# A counselor's share that shows every part of the student's data.
EVERY_PART = {"pipeline": True, "interviews": True, "notes": True, "referrals": True}


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


def make_interview(account: Account) -> str:
    contact_id = make_contact(account)
    return _created(
        account.post(
            "/api/v1/interviews",
            json={
                "contact_id": contact_id,
                "scheduled_at": "2030-03-03T15:00:00Z",
                "questions": [{"text": "How did you get started?"}],
            },
        )
    )


def make_question(account: Account) -> str:
    return _created(
        account.post("/api/v1/questions", json={"text": "What surprised you?", "priority": 4})
    )


def make_referral(account: Account) -> str:
    contact_id = make_contact(account)
    return _created(
        account.post(
            "/api/v1/referrals",
            json={"referrer_contact_id": contact_id, "referred": {"full_name": "Walk Referred"}},
        )
    )


def make_reminder(account: Account) -> str:
    return _created(
        account.post(
            "/api/v1/reminders",
            json={"title": "Walk reminder", "due_at": "2030-01-01T09:00:00Z"},
        )
    )


def make_template(account: Account) -> str:
    return _created(
        account.post(
            "/api/v1/templates",
            json={"kind": "outreach", "name": "Walk", "subject": "Hi", "body": "Hi {first_name}"},
        )
    )


def counselor_email() -> str:
    return f"counselor.{secrets.token_hex(4)}@example.edu"


def create_share(account: Account, **fields: Any) -> dict[str, Any]:
    """A share of this account's data (the answer, with its one-time `token` and `link`)."""
    body = {"counselor_email": counselor_email(), "scope": EVERY_PART, **fields}
    response = account.post("/api/v1/shares", json=body)
    assert response.status_code == 201, response.text
    answer: dict[str, Any] = response.json()
    return answer


def counselor_link(app: Any, token: str) -> TestClient:
    """A client that sends a counselor's share link, as the counselor's browser does."""
    return TestClient(app, headers={"Authorization": f"Bearer {token}"})


def make_share(account: Account) -> str:
    return str(create_share(account)["id"])


def share_with(account: Account, student: Account | None = None, **fields: Any) -> str:
    """A share made for this account's address by another student (a new one unless given): the
    account reads it as a counselor, under /shared/{shared_id}."""
    student = student or register_account(account.client.app, name="Sharing Student")
    return str(create_share(student, counselor_email=account.email, **fields)["id"])


def make_comment(account: Account) -> str:
    """A counselor's comment (left through the share's link) on a share of this account."""
    share = create_share(account)
    counselor = counselor_link(account.client.app, share["token"])
    return _created(
        counselor.post(f"/api/v1/shared/{share['id']}/comments", json={"body": "Walk comment"})
    )


PATH_OBJECTS: dict[str, Callable[[Account], str]] = {
    "contact_id": make_contact,
    "interview_id": make_interview,
    "question_id": make_question,
    "referral_id": make_referral,
    "reminder_id": make_reminder,
    "template_id": make_template,
    "interaction_id": make_interaction,
    "token_id": make_token,
    "webhook_id": make_webhook,
    "share_id": make_share,
    "shared_id": share_with,
    "comment_id": make_comment,
}

# Bodies that pass validation for operations that need one, so a 404 cannot hide behind a 422.
VALID_BODIES: dict[str, object] = {
    "create_interaction": {"kind": "note"},
    "render_template": {"contact_id": "00000000-0000-4000-8000-000000000000"},
    "create_shared_comment": {"body": "Walk comment"},
}
