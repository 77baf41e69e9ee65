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
}

# Bodies that pass validation for operations that need one, so a 404 cannot hide behind a 422.
VALID_BODIES: dict[str, object] = {
    "create_interaction": {"kind": "note"},
    "render_template": {"contact_id": "00000000-0000-4000-8000-000000000000"},
}
