"""OWASP API1:2023 Broken Object Level Authorization — nobody sees or touches what is not theirs.

Generated from the OpenAPI document: every read (lists, aggregates, exports, the calendar feed,
webhook deliveries) as another user shows none of the first user's objects; ids of another
user's objects are refused wherever a request can carry them (path, query, body). The path-id
walk (every method) is tests/platform/test_ownership_walk.py.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select

from rapport.webhooks.models import Webhook, WebhookDelivery
from tests.conftest import Account, assert_problem, register_account
from tests.factories import PATH_OBJECTS, make_contact, make_interview, make_webhook, share_with
from tests.security.crawl import (
    API,
    FEED_PARAMETER,
    Operation,
    crawl,
    feed_token,
    fill,
    operations,
    owned_ids,
    populate,
    resolve,
)

# A valid body of Bob's own for every write that references other objects by id (per field
# when one body cannot serve every field). Each "{kind}" placeholder is replaced by the id of one
# of Bob's objects of that kind — or, for the field under test, of Alice's.
_INTERVIEW_REMINDER = {
    "title": "Check in",
    "due_at": "2030-01-01T09:00:00Z",
    "contact_id": "{interview_contact_id}",
    "interview_id": "{interview_id}",
}
REFERENCING_BODIES: dict[str, Any] = {
    "create_interview": {
        "contact_id": "{contact_id}",
        "questions": [{"bank_question_id": "{question_id}"}],
    },
    "update_interview": {"questions": [{"bank_question_id": "{question_id}"}]},
    "create_referral": {
        "referrer_contact_id": {
            "referrer_contact_id": "{contact_id}",
            "referred": {"full_name": "Someone New"},
        },
        "referred_contact_id": {
            "referrer_contact_id": "{contact_id}",
            "referred_contact_id": "{other_contact_id}",
        },
        "interview_id": {
            "referrer_contact_id": "{interview_contact_id}",
            "referred": {"full_name": "Someone New"},
            "interview_id": "{interview_id}",
        },
    },
    "update_referral": {"interview_id": "{interview_id}"},
    "create_reminder": _INTERVIEW_REMINDER,
    "render_template": {"contact_id": "{interview_contact_id}", "interview_id": "{interview_id}"},
    "create_shared_comment": {"body": "About this one", "interview_id": "{interview_id}"},
}


def _referral_of_the_interviewed(account: Account, ids: dict[str, str]) -> dict[str, str]:
    created = account.post(
        f"{API}/referrals",
        json={"referrer_contact_id": ids["interview_contact_id"], "referred": {"full_name": "N"}},
    )
    assert created.status_code == 201, created.text
    return {"referral_id": created.json()["id"]}


def _share_of_a_student_with_an_interview(account: Account, ids: dict[str, str]) -> dict[str, str]:
    """A counselor comments on the sharing student's interview, not on one of their own."""
    student = register_account(account.client.app, name="Sharing Student")
    interview_id = make_interview(student)
    return {"shared_id": share_with(account, student), "interview_id": interview_id}


# Path objects that must fit the body (default: a new object from tests/factories.py).
PATH_SETUP = {
    "update_referral": _referral_of_the_interviewed,
    "create_shared_comment": _share_of_a_student_with_an_interview,
}
# Fields ending in _id that name no object of the user's (the OAuth2 form's client id).
NOT_REFERENCES = {("issue_oauth_token", "client_id")}


def reference_fields(document: dict[str, Any], schema: dict[str, Any], prefix: str = "") -> list:
    """Dotted paths (`[]` for list items) of every `*_id` property in a request schema."""
    found: list[str] = []
    schema = resolve(document, schema)
    for name, prop in schema.get("properties", {}).items():
        prop = resolve(document, prop)
        if name.endswith("_id"):
            found.append(prefix + name)
        for alternative in [prop, *prop.get("anyOf", [])]:
            alternative = resolve(document, alternative)
            if alternative.get("type") == "array":
                items = alternative.get("items", {})
                found += reference_fields(document, items, f"{prefix}{name}[].")
            elif "properties" in alternative:
                found += reference_fields(document, alternative, f"{prefix}{name}.")
    return found


def _placeholder_at(body: Any, path: str) -> str:
    node = body
    for part in path.split("."):
        node = node[part[:-2]][0] if part.endswith("[]") else node[part]
    assert isinstance(node, str) and node.startswith("{"), (path, node)
    return node.strip("{}")


def _set(body: Any, path: str, value: str) -> None:
    node = body
    parts = path.split(".")
    for part in parts[:-1]:
        node = node[part[:-2]][0] if part.endswith("[]") else node[part]
    node[parts[-1]] = value


def _fill_body(template: dict[str, Any], ids: dict[str, str]) -> dict[str, Any]:
    return json.loads(fill(json.dumps(template), ids))


def _template(op: Operation, field: str) -> dict[str, Any]:
    bodies = REFERENCING_BODIES[op.id]
    return bodies[field] if field in bodies and isinstance(bodies[field], dict) else bodies


def objects_for(account: Account, template: dict[str, Any]) -> dict[str, str]:
    """New objects of this account for every placeholder of a body template."""
    kinds = set(re.findall(r"{(\w+)}", json.dumps(template)))
    ids: dict[str, str] = {}
    if "interview_contact_id" in kinds:
        kinds |= {"interview_id"}
    for kind in sorted(kinds - {"interview_contact_id", "other_contact_id"}):
        ids[kind] = PATH_OBJECTS[kind](account)
    if "interview_id" in kinds:
        interview = account.get(f"{API}/interviews/{ids['interview_id']}").json()
        ids["interview_contact_id"] = str(interview["contact_id"])
    if "other_contact_id" in kinds:
        ids["other_contact_id"] = make_contact(account)
    return ids


def _path_objects(op: Operation, account: Account, ids: dict[str, str]) -> dict[str, str]:
    if op.id in PATH_SETUP:
        return PATH_SETUP[op.id](account, ids)
    return {name: PATH_OBJECTS[name](account) for name in op.parameters}


def _writes_with_references(app: FastAPI) -> list[tuple[Operation, list[str]]]:
    document = app.openapi()
    found = []
    for op in operations(app):
        schema = op.body_schema(document)
        if schema is None:
            continue
        fields = [f for f in reference_fields(document, schema) if (op.id, f) not in NOT_REFERENCES]
        if fields:
            found.append((op, fields))
    return found


def test_every_write_with_references_has_a_body_here(app: FastAPI) -> None:
    missing = {op.id for op, _ in _writes_with_references(app)} - REFERENCING_BODIES.keys()
    assert not missing, f"add bodies to REFERENCING_BODIES for {sorted(missing)}"


def test_every_read_as_another_user_shows_none_of_your_objects(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    populate(alice)
    bob_ids = populate(bob)
    secrets_of_alice = owned_ids(app, alice.user_id) | {alice.email, alice.name}
    read = []
    for label, response in crawl(bob, app, bob_ids):
        assert response.status_code == 200, (label, response.status_code, response.text[:300])
        leaked = {value for value in secrets_of_alice if value in response.text}
        assert not leaked, f"{label} shows Alice's {leaked}"
        read.append(label)
    assert any("export" in label for label in read), read
    assert any(".ics" in label for label in read), read


def test_query_filters_with_another_users_ids_show_nothing_of_theirs(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    alice_ids = populate(alice)
    bob_ids = populate(bob)
    secrets_of_alice = owned_ids(app, alice.user_id) - set(alice_ids.values())
    checked = []
    for op in operations(app):
        if op.method != "get":
            continue
        for parameter in op.query_parameters():
            name = parameter["name"]
            if name not in alice_ids:
                continue
            response = bob.get(fill(op.path, bob_ids), params={name: alice_ids[name]})
            assert response.status_code in (200, 404, 422), (op.label, name, response.text)
            if response.status_code == 200:
                assert response.json()["items"] == [], (op.label, name)
            leaked = {value for value in secrets_of_alice if value in response.text}
            assert not leaked, (op.label, name, leaked)
            checked.append(f"{op.label}?{name}")
    assert checked


def test_writes_refuse_ids_of_another_users_objects(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    checked = []
    for op, fields in _writes_with_references(app):
        for field in fields:
            template = _template(op, field)
            alice_ids = objects_for(alice, template)
            bob_ids = objects_for(bob, template)
            bob_ids |= _path_objects(op, bob, bob_ids)
            kind = _placeholder_at(template, field)
            own = _fill_body(template, bob_ids)
            url = fill(op.path, bob_ids)
            control = bob.client.request(op.method.upper(), url, json=own)
            assert control.status_code < 300, (op.label, field, control.text)

            bob_ids = objects_for(bob, template)
            bob_ids |= _path_objects(op, bob, bob_ids)
            foreign = _fill_body(template, bob_ids)
            _set(foreign, field, alice_ids[kind])
            before = owned_ids(app, bob.user_id)
            response = bob.client.request(op.method.upper(), fill(op.path, bob_ids), json=foreign)
            assert response.status_code in (404, 422), (op.label, field, response.text)
            assert_problem(response, response.status_code)
            assert owned_ids(app, bob.user_id) == before, (op.label, field)
            checked.append(f"{op.id}.{field}")
    assert len(checked) >= 5, checked


def test_the_calendar_feed_is_reached_only_by_its_current_secret(
    client: TestClient, alice: Account, bob: Account
) -> None:
    ids = populate(alice)
    feed = f"/calendar/{ids[FEED_PARAMETER]}.ics"
    assert client.get(feed).status_code == 200
    assert alice.post(f"{API}/me/calendar/rotate").status_code == 200
    assert_problem(client.get(feed), 404)
    assert client.get(f"/calendar/{feed_token(alice)}.ics").status_code == 200
    guessed = ids[FEED_PARAMETER][:-4] + "AAAA"
    assert_problem(client.get(f"/calendar/{guessed}.ics"), 404)
    assert feed_token(bob) != feed_token(alice)


def test_your_changes_are_announced_only_to_your_own_webhooks(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    make_webhook(alice)
    bobs = make_webhook(bob)
    make_contact(alice)
    with app.state.db.sessionmaker() as session:
        deliveries = session.execute(
            select(WebhookDelivery.user_id, Webhook.user_id).join(
                Webhook, Webhook.id == WebhookDelivery.webhook_id
            )
        ).all()
        bobs_deliveries = session.scalars(
            select(WebhookDelivery).where(WebhookDelivery.webhook_id == uuid.UUID(bobs))
        ).all()
    assert deliveries, "Alice's change queued no delivery"
    assert all(str(owner) == alice.user_id for owner, _ in deliveries)
    assert all(str(hook_owner) == alice.user_id for _, hook_owner in deliveries)
    assert bobs_deliveries == []
