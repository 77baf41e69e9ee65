"""Sharing with a counselor, as the student sees it: the link shown once, the scope and expiry
with their limits, revoking, changing and deleting a share, the access log and the comments."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from typing import Any

import jsonschema_rs
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from rapport.auth.service import hash_secret
from rapport.db import utcnow
from rapport.shares.models import Share
from rapport.shares.schemas import MAX_COMMENT, MAX_SHARES
from tests.conftest import Account, assert_problem
from tests.factories import counselor_link, create_share, make_interview
from tests.platform.test_ownership_walk import snapshot

API = "/api/v1"


@pytest.fixture
def share(alice: Account) -> dict[str, Any]:
    """Alice's share with the defaults (as created: with its link's secret)."""
    return create_share(alice)


@pytest.fixture
def link(app: FastAPI, share: dict[str, Any]) -> TestClient:
    """The counselor, holding that share's link."""
    return counselor_link(app, share["token"])


def _when(answer: dict[str, Any], field: str) -> datetime:
    return datetime.fromisoformat(answer[field])


def _log(student: Account, share_id: str) -> list[tuple[str, str]]:
    items = student.get(f"{API}/shares/{share_id}/accesses").json()["items"]
    return [(entry["what"], entry["via"]) for entry in items]


def test_the_link_is_shown_once_and_only_its_hash_is_stored(app: FastAPI, alice: Account) -> None:
    share = create_share(alice)
    assert share["token"].startswith("rpc_") and len(share["token"]) > 40
    assert share["link"] == f"http://127.0.0.1:8000/shared/{share['id']}#{share['token']}"
    with app.state.db.sessionmaker() as session:
        stored = session.scalars(select(Share.token_hash)).one()
    assert stored == hash_secret(share["token"])
    for answer in (alice.get(f"{API}/shares/{share['id']}"), alice.get(f"{API}/shares")):
        assert share["token"] not in answer.text
        assert "link" not in answer.text


def test_a_new_share_shows_all_but_notes_for_30_days(alice: Account) -> None:
    share = create_share(alice, scope={})
    assert share["scope"] == {
        "pipeline": True,
        "interviews": True,
        "notes": False,
        "referrals": True,
    }
    lasts = _when(share, "expires_at") - _when(share, "created_at")
    assert timedelta(days=30) - timedelta(minutes=1) < lasts <= timedelta(days=30)
    assert share["status"] == "active"
    assert share["last_accessed_at"] is None


def test_the_counselors_address_is_stored_lower_case(alice: Account) -> None:
    share = create_share(alice, counselor_email="Dr.Lee@University.EDU")
    assert share["counselor_email"] == "dr.lee@university.edu"


@pytest.mark.parametrize(
    ("expires_in", "field"),
    [(timedelta(days=366), "expires_at"), (timedelta(seconds=-1), "expires_at")],
)
def test_an_expiry_in_the_past_or_over_a_year_ahead_is_refused(
    app: FastAPI, alice: Account, expires_in: timedelta, field: str
) -> None:
    before = snapshot(app, alice.user_id)
    response = alice.post(
        f"{API}/shares",
        json={
            "counselor_email": "lee@example.edu",
            "expires_at": (utcnow() + expires_in).isoformat(),
        },
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == field
    assert snapshot(app, alice.user_id) == before


def test_an_expiry_a_year_ahead_is_accepted(alice: Account) -> None:
    expires_at = utcnow() + timedelta(days=365) - timedelta(minutes=1)
    share = create_share(alice, expires_at=expires_at.isoformat())
    assert _when(share, "expires_at") == expires_at


def test_a_scope_that_shows_nothing_is_refused(alice: Account) -> None:
    nothing = {"pipeline": False, "interviews": False, "notes": False, "referrals": False}
    response = alice.post(
        f"{API}/shares", json={"counselor_email": "lee@example.edu", "scope": nothing}
    )
    assert assert_problem(response, 422)["errors"][0]["field"] == "scope"


def test_the_document_states_which_scopes_show_nothing(client: TestClient) -> None:
    """Each scope the API refuses for showing nothing (the default shows all but notes) is the
    one the published schema refuses, for a new share and for a change to all four parts."""
    schemas = client.get(f"{API}/openapi.json").json()["components"]["schemas"]
    new_scope = jsonschema_rs.Draft202012Validator(schemas["ShareScopeIn"])
    scope_update = jsonschema_rs.Draft202012Validator(schemas["ShareScopeUpdate"])
    parts = ("pipeline", "interviews", "notes", "referrals")
    for values in itertools.product((None, True, False), repeat=len(parts)):
        given = {
            part: value for part, value in zip(parts, values, strict=True) if value is not None
        }
        shown = {"pipeline": True, "interviews": True, "notes": False, "referrals": True} | given
        assert new_scope.is_valid(given) == any(shown.values()), given
        if len(given) == len(parts):
            assert scope_update.is_valid(given) == any(given.values()), given


@pytest.mark.parametrize(
    "body",
    [
        {"counselor_email": "not an address"},
        {"counselor_email": "lee@example.edu", "scope": {"pipeline": "yes"}},
        {"counselor_email": "lee@example.edu", "scope": {"everything": True}},
        {"counselor_email": "lee@example.edu", "counselor_name": "x" * 201},
        {"counselor_email": "lee@example.edu", "expires_at": "2030-01-01T00:00:00"},
        {"counselor_email": "lee@example.edu", "expires_at": 1893456000},
    ],
)
def test_bad_input_is_refused_and_creates_nothing(alice: Account, body: dict[str, Any]) -> None:
    assert_problem(alice.post(f"{API}/shares", json=body), 422)
    assert alice.get(f"{API}/shares").json()["items"] == []


def test_sharing_with_your_own_address_is_refused(alice: Account) -> None:
    response = alice.post(f"{API}/shares", json={"counselor_email": alice.email.upper()})
    assert assert_problem(response, 422)["errors"][0]["field"] == "counselor_email"


def test_an_account_holds_at_most_50_shares(app: FastAPI, alice: Account) -> None:
    for _ in range(MAX_SHARES):
        create_share(alice)
    assert_problem(alice.post(f"{API}/shares", json={"counselor_email": "one@example.edu"}), 409)
    assert len(alice.get(f"{API}/shares", params={"limit": 200}).json()["items"]) == MAX_SHARES


def test_the_list_shows_each_shares_scope_expiry_and_last_access(
    app: FastAPI, alice: Account
) -> None:
    older = create_share(alice, counselor_name="Dr Lee", scope={})
    newer = create_share(alice, scope={"notes": True})
    counselor = counselor_link(app, older["token"])
    assert counselor.get(f"{API}/shared/{older['id']}").status_code == 200
    listed = alice.get(f"{API}/shares").json()["items"]
    assert [s["id"] for s in listed] == [newer["id"], older["id"]]
    assert listed[0]["scope"]["notes"] is True and listed[1]["scope"]["notes"] is False
    assert listed[1]["counselor_name"] == "Dr Lee"
    assert listed[1]["expires_at"] == older["expires_at"]
    assert listed[0]["last_accessed_at"] is None
    assert listed[1]["last_accessed_at"] is not None


def test_the_list_pages_newest_first(alice: Account) -> None:
    made = [create_share(alice)["id"] for _ in range(5)]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = alice.get(f"{API}/shares", params=params).json()
        seen += [s["id"] for s in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == list(reversed(made))


def test_revoking_keeps_the_share_listed_with_its_log(app: FastAPI, alice: Account) -> None:
    share = create_share(alice)
    assert counselor_link(app, share["token"]).get(f"{API}/shared/{share['id']}").is_success
    revoked = alice.post(f"{API}/shares/{share['id']}/revoke").json()
    assert revoked["status"] == "revoked" and revoked["revoked_at"] is not None
    again = alice.post(f"{API}/shares/{share['id']}/revoke").json()
    assert again["revoked_at"] == revoked["revoked_at"]
    assert _log(alice, share["id"]) == [("overview", "link")]


def test_a_revoked_share_cannot_be_changed(alice: Account) -> None:
    share = create_share(alice, scope={})
    alice.post(f"{API}/shares/{share['id']}/revoke")
    response = alice.patch(f"{API}/shares/{share['id']}", json={"scope": {"notes": True}})
    assert_problem(response, 409)
    assert alice.get(f"{API}/shares/{share['id']}").json()["scope"]["notes"] is False


def test_narrowing_the_scope_applies_to_the_counselors_next_request(
    app: FastAPI, alice: Account
) -> None:
    share = create_share(alice)
    counselor = counselor_link(app, share["token"])
    assert counselor.get(f"{API}/shared/{share['id']}/contacts").status_code == 200
    changed = alice.patch(f"{API}/shares/{share['id']}", json={"scope": {"pipeline": False}})
    assert changed.json()["scope"] == {
        "pipeline": False,
        "interviews": True,
        "notes": True,
        "referrals": True,
    }
    assert_problem(counselor.get(f"{API}/shared/{share['id']}/contacts"), 404)
    assert "stage_counts" not in counselor.get(f"{API}/shared/{share['id']}").json()


def test_extending_an_expired_share_opens_it_again(app: FastAPI, alice: Account) -> None:
    share = create_share(alice)
    with app.state.db.sessionmaker() as session, session.begin():
        session.execute(update(Share).values(expires_at=utcnow() - timedelta(minutes=1)))
    assert alice.get(f"{API}/shares/{share['id']}").json()["status"] == "expired"
    counselor = counselor_link(app, share["token"])
    assert_problem(counselor.get(f"{API}/shared/{share['id']}"), 401)
    later = (utcnow() + timedelta(days=7)).isoformat()
    extended = alice.patch(f"{API}/shares/{share['id']}", json={"expires_at": later})
    assert extended.json()["status"] == "active"
    assert counselor.get(f"{API}/shared/{share['id']}").status_code == 200


def test_deleting_a_share_ends_access_and_removes_its_log_and_comments(
    app: FastAPI, alice: Account
) -> None:
    share = create_share(alice)
    counselor = counselor_link(app, share["token"])
    counselor.post(f"{API}/shared/{share['id']}/comments", json={"body": "Keep going"})
    assert alice.delete(f"{API}/shares/{share['id']}").status_code == 204
    assert_problem(counselor.get(f"{API}/shared/{share['id']}"), 401)
    assert_problem(alice.get(f"{API}/shares/{share['id']}/accesses"), 404)
    tables = snapshot(app, alice.user_id)
    assert tables["shares"] == tables["share_accesses"] == tables["share_comments"] == []


def test_every_counselor_request_is_logged_with_what_and_how(
    app: FastAPI, alice: Account, make_account: Any
) -> None:
    lee = make_account("Dr Lee")
    share = create_share(alice, counselor_email=lee.email)
    link = counselor_link(app, share["token"])
    link.get(f"{API}/shared/{share['id']}")
    link.get(f"{API}/shared/{share['id']}/interviews")
    lee.get(f"{API}/shared/{share['id']}/network")
    link.post(f"{API}/shared/{share['id']}/comments", json={"body": "Nice progress"})
    assert _log(alice, share["id"]) == [
        ("comment_added", "link"),
        ("network", "account"),
        ("interviews", "link"),
        ("overview", "link"),
    ]
    last = alice.get(f"{API}/shares/{share['id']}").json()["last_accessed_at"]
    newest = alice.get(f"{API}/shares/{share['id']}/accesses").json()["items"][0]["at"]
    assert last == newest


def test_listing_shared_with_me_and_refused_requests_are_not_logged(
    app: FastAPI, alice: Account
) -> None:
    share = create_share(alice, scope={"notes": False})
    link = counselor_link(app, share["token"])
    assert link.get(f"{API}/shared").status_code == 200
    assert_problem(link.get(f"{API}/shared/{share['id']}/touches"), 404)
    assert_problem(link.get(f"{API}/shared/{share['id']}/contacts?limit=0"), 422)
    assert _log(alice, share["id"]) == []


# --- comments ------------------------------------------------------------------------------------


def test_a_counselor_comments_on_the_share_and_on_an_interview_and_the_student_sees_both(
    alice: Account, share: dict[str, Any], link: TestClient
) -> None:
    interview_id = make_interview(alice)
    general = link.post(f"{API}/shared/{share['id']}/comments", json={"body": "  Good start.  "})
    assert general.status_code == 201, general.text
    assert general.headers["location"] == f"/api/v1/comments/{general.json()['id']}"
    on_interview = link.post(
        f"{API}/shared/{share['id']}/comments",
        json={"body": "Ask about her first offer.", "interview_id": interview_id},
    ).json()
    seen = alice.get(f"{API}/shares/{share['id']}/comments").json()["items"]
    assert [(c["body"], c["interview_id"]) for c in seen] == [
        ("Ask about her first offer.", interview_id),
        ("Good start.", None),
    ]
    on_page = alice.get(f"{API}/interviews/{interview_id}/comments").json()["items"]
    assert [c["id"] for c in on_page] == [on_interview["id"]]
    assert alice.get(f"{API}/shares/{share['id']}").json()["comment_count"] == 2
    assert len(link.get(f"{API}/shared/{share['id']}/comments").json()["items"]) == 2


def test_a_comment_on_an_interview_the_share_does_not_show_is_refused(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    own = make_interview(alice)
    share = create_share(alice, scope={"interviews": False})
    someone_elses = make_interview(bob)
    link = counselor_link(app, share["token"])
    for interview_id in (own, someone_elses):
        response = link.post(
            f"{API}/shared/{share['id']}/comments",
            json={"body": "About this one", "interview_id": interview_id},
        )
        assert assert_problem(response, 422)["errors"][0]["field"] == "interview_id"
    assert alice.get(f"{API}/shares/{share['id']}/comments").json()["items"] == []


def test_a_comment_on_the_counselors_own_interview_is_refused(
    alice: Account, make_account: Any
) -> None:
    lee = make_account("Dr Lee")
    theirs = make_interview(lee)
    share = create_share(alice, counselor_email=lee.email)
    response = lee.post(
        f"{API}/shared/{share['id']}/comments", json={"body": "Hm", "interview_id": theirs}
    )
    assert_problem(response, 422)


@pytest.mark.parametrize("body", ["", "   ", "x" * (MAX_COMMENT + 1), "null\x00byte"])
def test_a_comment_needs_text_within_the_limit(
    alice: Account, share: dict[str, Any], link: TestClient, body: str
) -> None:
    response = link.post(f"{API}/shared/{share['id']}/comments", json={"body": body})
    assert assert_problem(response, 422)["errors"][0]["field"] == "body"
    assert alice.get(f"{API}/shares/{share['id']}/comments").json()["items"] == []


def test_the_student_deletes_a_comment_and_the_counselor_no_longer_sees_it(
    alice: Account, share: dict[str, Any], link: TestClient
) -> None:
    comment = link.post(f"{API}/shared/{share['id']}/comments", json={"body": "Hmm"}).json()
    assert alice.delete(f"{API}/comments/{comment['id']}").status_code == 204
    assert link.get(f"{API}/shared/{share['id']}/comments").json()["items"] == []
    assert_problem(alice.delete(f"{API}/comments/{comment['id']}"), 404)


def test_deleting_an_interview_keeps_its_comments_on_the_share(
    alice: Account, share: dict[str, Any], link: TestClient
) -> None:
    interview_id = make_interview(alice)
    link.post(
        f"{API}/shared/{share['id']}/comments",
        json={"body": "Prepare two stories", "interview_id": interview_id},
    )
    assert alice.delete(f"{API}/interviews/{interview_id}").status_code == 204
    kept = alice.get(f"{API}/shares/{share['id']}/comments").json()["items"]
    assert [(c["body"], c["interview_id"]) for c in kept] == [("Prepare two stories", None)]


def test_a_retried_comment_with_its_key_is_left_once(
    alice: Account, share: dict[str, Any], link: TestClient
) -> None:
    url = f"{API}/shared/{share['id']}/comments"
    headers = {"Idempotency-Key": "comment-1"}
    first = link.post(url, json={"body": "Once"}, headers=headers)
    retry = link.post(url, json={"body": "Once"}, headers=headers)
    assert retry.status_code == 201 and retry.headers["idempotent-replayed"] == "true"
    assert retry.json() == first.json()
    assert len(alice.get(f"{API}/shares/{share['id']}/comments").json()["items"]) == 1


def test_a_links_key_never_replays_an_answer_given_to_the_student(
    app: FastAPI, alice: Account
) -> None:
    """Keys are often predictable (a shortcut sends the current date): a link reusing the
    student's key for the student's request must not get the student's answer back."""
    share = create_share(alice)
    headers = {"Idempotency-Key": "2026-12-03T09:00:00"}
    body = {"full_name": "Sam Rivera", "email": "sam@example.org"}
    assert alice.post(f"{API}/contacts", json=body, headers=headers).status_code == 201
    replay = counselor_link(app, share["token"]).post(f"{API}/contacts", json=body, headers=headers)
    assert_problem(replay, 403)
    assert "sam@example.org" not in replay.text
