"""Templates: seeded defaults, placeholders checked on save, rendering by plain substitution."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from fastapi import FastAPI

from tests.conftest import Account, assert_problem
from tests.fixtures.workflow import contact, interview
from tests.platform.test_ownership_walk import snapshot


def create(account: Account, **fields: Any) -> dict[str, Any]:
    body = {
        "kind": "outreach",
        "name": "Mine",
        "subject": "Hi {first_name}",
        "body": "Hello",
        **fields,
    }
    response = account.post("/api/v1/templates", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def render(account: Account, template_id: str, **body: Any) -> Any:
    return account.post(f"/api/v1/templates/{template_id}/render", json=body)


def test_a_new_account_has_one_default_template_of_each_kind(alice: Account) -> None:
    items = alice.get("/api/v1/templates").json()["items"]
    assert [t["kind"] for t in items] == ["outreach", "thank_you", "follow_up", "check_in"]
    for template in items:
        assert template["subject"] and template["body"]
        assert "my_name" in template["placeholders"]
    outreach = items[0]
    assert {"my_pitch", "connection_note"} <= set(outreach["placeholders"])


def test_templates_filter_by_kind(alice: Account) -> None:
    mine = create(alice, kind="thank_you")
    listed = alice.get("/api/v1/templates", params={"kind": "thank_you"}).json()["items"]
    assert [t["kind"] for t in listed] == ["thank_you", "thank_you"]
    assert listed[-1]["id"] == mine["id"]


def test_every_seeded_template_renders_without_errors(alice: Account) -> None:
    c = contact(alice, email="sam@example.org", organization="Genentech")
    for template in alice.get("/api/v1/templates").json()["items"]:
        response = render(alice, template["id"], contact_id=c["id"])
        assert response.status_code == 200, response.text
        assert "{" not in response.json()["body"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Hi {firstname}", "{firstname}"),
        ("Hi {First_Name}", "{First_Name}"),
        ("Hi {password_hash}", "{password_hash}"),
        ("{__class__}", "{__class__}"),
    ],
)
def test_an_unknown_placeholder_is_422_naming_it(
    app: FastAPI, alice: Account, text: str, named: str
) -> None:
    before = snapshot(app, alice.user_id)
    response = alice.post(
        "/api/v1/templates", json={"kind": "outreach", "name": "x", "subject": "s", "body": text}
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "body"
    assert named in body["detail"]
    assert snapshot(app, alice.user_id) == before


@pytest.mark.parametrize(
    "text",
    [
        "Hi {first_name",
        "Hi {first_name.__class__}",
        "Hi {0}",
        "Hi {}",
        "Hi { first_name }",
        "Hi {first_name!r}",
        "Hi {first_name:>10}",
        "Hi {{first_name}",
        "Hi first_name}",
        "Hi {a{first_name}}",
    ],
)
def test_a_malformed_placeholder_is_422(alice: Account, text: str) -> None:
    response = alice.post(
        "/api/v1/templates", json={"kind": "outreach", "name": "x", "subject": text, "body": "b"}
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "subject"
    assert "placeholder" in body["detail"].lower()


def test_a_bad_placeholder_in_a_patch_changes_nothing(alice: Account) -> None:
    template = create(alice)
    response = alice.patch(
        f"/api/v1/templates/{template['id']}", json={"name": "New", "body": "Hi {nickname}"}
    )
    assert "{nickname}" in assert_problem(response, 422)["detail"]
    assert alice.get(f"/api/v1/templates/{template['id']}").json() == template


def test_doubled_braces_are_literal_braces(alice: Account) -> None:
    template = create(alice, subject="{{draft}}", body="Set {{x}} = {first_name}}}")
    c = contact(alice, full_name="Sam Rivera")
    rendered = render(alice, template["id"], contact_id=c["id"]).json()
    assert rendered["subject"] == "{draft}"
    assert rendered["body"] == "Set {x} = Sam}"


def test_rendering_fills_in_the_contact_and_the_user(make_account: Any) -> None:
    account = make_account("Ada Student", pitch="I study protein design.")
    template = create(
        account,
        subject="For {full_name} at {organization}",
        body="Dear {first_name} ({title}),\n{connection_note}\n{my_pitch}\n— {my_name}",
    )
    c = contact(
        account,
        full_name="Sam  Rivera",
        title="Senior Scientist",
        organization="Genentech",
        connection_note="We met at ASBMB.",
        email="sam@example.org",
    )
    rendered = render(account, template["id"], contact_id=c["id"]).json()
    assert rendered["subject"] == "For Sam Rivera at Genentech"
    assert rendered["body"] == (
        "Dear Sam (Senior Scientist),\nWe met at ASBMB.\nI study protein design.\n— Ada Student"
    )
    assert rendered["to"] == "sam@example.org"
    assert rendered["empty_placeholders"] == []


def test_user_text_is_inserted_as_is_never_interpreted(alice: Account) -> None:
    template = create(alice, body="{full_name}|{connection_note}")
    c = contact(
        alice,
        full_name="{my_name} <script>alert(1)</script>",
        connection_note="{0.__class__.__mro__} {{x}} %s ${HOME}",
    )
    rendered = render(alice, template["id"], contact_id=c["id"]).json()
    assert rendered["body"] == (
        "{my_name} <script>alert(1)</script>|{0.__class__.__mro__} {{x}} %s ${HOME}"
    )


def test_the_interview_date_is_written_in_the_users_time_zone(make_account: Any) -> None:
    account = make_account("Tz Student", timezone="America/Chicago", pitch="Default pitch")
    template = create(account, body="On {interview_date}: {my_pitch}")
    c = contact(account)
    i = interview(account, c["id"], scheduled_at="2030-01-08T02:30:00Z", pitch="Tailored pitch")
    rendered = render(account, template["id"], contact_id=c["id"], interview_id=i["id"]).json()
    assert rendered["body"] == "On Monday, January 7, 2030 at 8:30 PM CST: Tailored pitch"


def test_placeholders_without_a_value_are_listed(alice: Account) -> None:
    template = create(alice, body="{interview_date} {organization} {first_name}")
    c = contact(alice, full_name="Sam")
    rendered = render(alice, template["id"], contact_id=c["id"]).json()
    assert rendered["empty_placeholders"] == ["interview_date", "organization"]
    assert rendered["to"] is None


def test_the_mailto_url_is_percent_encoded(alice: Account) -> None:
    template = create(alice, subject="Q&A? 100% = yes #1", body="Line one\nLine two & more?=")
    c = contact(alice, full_name="Sam", email="sam+jobs@example.org")
    rendered = render(alice, template["id"], contact_id=c["id"]).json()
    url = rendered["mailto_url"]
    assert url.startswith("mailto:sam%2Bjobs@example.org?subject=")
    assert " " not in url and "\n" not in url and "#" not in url
    parts = urlsplit(url)
    assert unquote(parts.path) == "sam+jobs@example.org"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Q&A? 100% = yes #1"]
    assert query["body"] == ["Line one\r\nLine two & more?="]


def test_rendering_for_another_users_contact_or_interview_is_422(
    alice: Account, bob: Account
) -> None:
    template = alice.get("/api/v1/templates").json()["items"][0]
    theirs = contact(bob)
    response = render(alice, template["id"], contact_id=theirs["id"])
    assert assert_problem(response, 422)["errors"][0]["field"] == "contact_id"
    mine = contact(alice)
    their_interview = interview(bob, theirs["id"])
    response = render(
        alice, template["id"], contact_id=mine["id"], interview_id=their_interview["id"]
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "interview_id"
    other_contacts = interview(alice, contact(alice)["id"])
    response = render(
        alice, template["id"], contact_id=mine["id"], interview_id=other_contacts["id"]
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "interview_id"


def test_templates_can_be_changed_and_deleted(alice: Account) -> None:
    template = create(alice)
    changed = alice.patch(
        f"/api/v1/templates/{template['id']}", json={"name": "Renamed", "body": "Hi {my_name}"}
    ).json()
    assert changed["name"] == "Renamed" and changed["placeholders"] == ["first_name", "my_name"]
    assert alice.delete(f"/api/v1/templates/{template['id']}").status_code == 204
    assert alice.get(f"/api/v1/templates/{template['id']}").status_code == 404
