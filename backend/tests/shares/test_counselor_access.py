"""A counselor reaches exactly one share, only the parts its scope shows, and only while it is
live: with its link (generated over every operation of the OpenAPI document) or with an account
with the share's address. Revocation and expiry hold at once, in every worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import update

from rapport.db import utcnow
from rapport.shares.models import Share
from tests.conftest import PASSWORD, Account, assert_problem
from tests.factories import counselor_link, create_share
from tests.live import serve
from tests.platform.test_ownership_walk import snapshot
from tests.security.crawl import API, fill, operations, owned_ids, populate

PIPELINE_AND_INTERVIEWS = {"pipeline": True, "interviews": True, "notes": False, "referrals": False}
# GET /shared/{shared_id}/… → the scope part it needs (None: every share shows it).
SECTIONS = {
    "": None,
    "/contacts": "pipeline",
    "/interviews": "interviews",
    "/touches": "notes",
    "/network": "referrals",
    "/comments": None,
}
THE_ONE_WRITE = "create_shared_comment"


def _shared_section(path: str) -> str | None:
    prefix = f"{API}/shared/{{shared_id}}"
    return path.removeprefix(prefix) if path.startswith(prefix) else None


def test_every_counselor_route_is_in_the_section_table(app: FastAPI) -> None:
    found = {
        section
        for op in operations(app)
        if op.method == "get" and (section := _shared_section(op.path)) is not None
    }
    assert found == set(SECTIONS)


def test_a_link_reads_its_share_in_scope_and_nothing_else(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    ids = populate(alice)
    share = create_share(alice, scope=PIPELINE_AND_INTERVIEWS)
    ids["shared_id"] = share["id"]
    bob_ids = populate(bob)
    bob_ids["shared_id"] = create_share(bob)["id"]
    secrets_of_bob = owned_ids(app, bob.user_id) | {bob.email, bob.name}
    counselor = counselor_link(app, share["token"])
    answers: dict[str, int] = {}
    for op in operations(app):
        if op.method != "get" or not op.authenticated:
            continue
        response = counselor.get(fill(op.path, ids))
        section = _shared_section(op.path)
        if op.path == f"{API}/shared":
            assert response.status_code == 200, response.text
            assert [s["id"] for s in response.json()["items"]] == [share["id"]]
        elif section is not None:
            part = SECTIONS[section]
            expected = 200 if part is None or PIPELINE_AND_INTERVIEWS[part] else 404
            assert response.status_code == expected, (op.label, response.text)
            if expected == 404:
                assert_problem(response, 404)
            theirs = counselor.get(fill(op.path, bob_ids))
            assert_problem(theirs, 404)
        else:
            assert_problem(response, 401)
        leaked = {value for value in secrets_of_bob if value in response.text}
        assert not leaked, (op.label, leaked)
        answers[op.label] = response.status_code
    assert list(answers.values()).count(200) == 5, answers
    assert list(answers.values()).count(401) >= 20, answers


def test_a_link_is_refused_every_write_and_changes_nothing(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    ids = populate(alice)
    share = create_share(alice)
    ids["shared_id"] = share["id"]
    counselor = counselor_link(app, share["token"])
    before = snapshot(app, alice.user_id), snapshot(app, bob.user_id)
    refused = []
    for op in operations(app):
        if op.method == "get" or not op.authenticated or op.id == THE_ONE_WRITE:
            continue
        kwargs: dict[str, Any] = {"json": {}} if "requestBody" in op.spec else {}
        response = counselor.request(op.method.upper(), fill(op.path, ids), **kwargs)
        assert_problem(response, 403)
        refused.append(op.label)
    assert len(refused) >= 30, refused
    assert (snapshot(app, alice.user_id), snapshot(app, bob.user_id)) == before


def test_the_one_write_of_a_link_is_a_comment_on_its_own_share(
    app: FastAPI, alice: Account, bob: Account
) -> None:
    share = create_share(alice)
    counselor = counselor_link(app, share["token"])
    own = counselor.post(f"{API}/shared/{share['id']}/comments", json={"body": "Well done"})
    assert own.status_code == 201, own.text
    theirs = create_share(bob)
    before = snapshot(app, bob.user_id)
    other = counselor.post(f"{API}/shared/{theirs['id']}/comments", json={"body": "Hi"})
    assert_problem(other, 404)
    assert snapshot(app, bob.user_id) == before


def test_a_counselors_account_sees_the_share_under_shared_with_me(
    alice: Account, make_account: Callable[..., Account]
) -> None:
    counselor = make_account("Dr Lee")
    share = create_share(alice, counselor_email=counselor.email.upper())
    listed = counselor.get(f"{API}/shared").json()["items"]
    assert [(s["id"], s["student_name"]) for s in listed] == [(share["id"], alice.name)]
    assert counselor.get(f"{API}/shared/{share['id']}").status_code == 200


def test_an_account_with_another_address_sees_no_share(
    alice: Account, bob: Account, make_account: Callable[..., Account]
) -> None:
    counselor = make_account("Dr Lee")
    share = create_share(alice, counselor_email=counselor.email)
    assert bob.get(f"{API}/shared").json()["items"] == []
    assert_problem(bob.get(f"{API}/shared/{share['id']}"), 404)


def test_an_account_opened_after_the_share_does_not_see_it(
    app: FastAPI, alice: Account, make_account: Callable[..., Account]
) -> None:
    """Addresses are not verified: whoever opens an account under a counselor's address later
    must not inherit what was shared with that address before."""
    address = "late.counselor@example.edu"
    share = create_share(alice, counselor_email=address)
    squatter = make_account("Not Dr Lee", email=address)
    assert squatter.get(f"{API}/shared").json()["items"] == []
    assert_problem(squatter.get(f"{API}/shared/{share['id']}"), 404)
    assert counselor_link(app, share["token"]).get(f"{API}/shared/{share['id']}").is_success


def test_a_counselors_account_gets_nothing_of_the_student_but_the_share(
    app: FastAPI, alice: Account, make_account: Callable[..., Account]
) -> None:
    ids = populate(alice)
    counselor = make_account("Dr Lee")
    ids["shared_id"] = create_share(alice, counselor_email=counselor.email)["id"]
    before = snapshot(app, alice.user_id)
    walked = 0
    for op in operations(app):
        if "{" not in op.path or "feed_token" in op.path or op.path.startswith(f"{API}/shared/"):
            continue
        kwargs: dict[str, Any] = {"json": {}} if "requestBody" in op.spec else {}
        assert_problem(
            counselor.client.request(op.method.upper(), fill(op.path, ids), **kwargs), 404
        )
        walked += 1
    assert walked >= 30
    assert snapshot(app, alice.user_id) == before


def _every_shared_read(client: TestClient, share_id: str) -> list[Any]:
    paths = [f"{API}/shared/{share_id}{section}" for section in SECTIONS]
    return [client.get(path) for path in paths]


def test_a_revoked_link_fails_on_the_next_request(app: FastAPI, alice: Account) -> None:
    share = create_share(alice)
    counselor = counselor_link(app, share["token"])
    assert all(r.status_code == 200 for r in _every_shared_read(counselor, share["id"]))
    assert alice.post(f"{API}/shares/{share['id']}/revoke").status_code == 200
    for response in [*_every_shared_read(counselor, share["id"]), counselor.get(f"{API}/shared")]:
        assert_problem(response, 401)
    comment = counselor.post(f"{API}/shared/{share['id']}/comments", json={"body": "Late"})
    assert_problem(comment, 401)


def test_an_expired_link_fails_and_an_account_no_longer_sees_the_share(
    app: FastAPI, alice: Account, make_account: Callable[..., Account]
) -> None:
    counselor = make_account("Dr Lee")
    share = create_share(alice, counselor_email=counselor.email)
    link = counselor_link(app, share["token"])
    with app.state.db.sessionmaker() as session, session.begin():
        session.execute(update(Share).values(expires_at=utcnow() - timedelta(seconds=1)))
    for response in _every_shared_read(link, share["id"]):
        assert_problem(response, 401)
    for response in _every_shared_read(counselor.client, share["id"]):
        assert_problem(response, 404)
    assert counselor.get(f"{API}/shared").json()["items"] == []


def test_a_revoked_share_disappears_from_the_counselors_account(
    alice: Account, make_account: Callable[..., Account]
) -> None:
    counselor = make_account("Dr Lee")
    share = create_share(alice, counselor_email=counselor.email)
    assert alice.post(f"{API}/shares/{share['id']}/revoke").status_code == 200
    assert counselor.get(f"{API}/shared").json()["items"] == []
    for response in _every_shared_read(counselor.client, share["id"]):
        assert_problem(response, 404)


def test_revoking_holds_at_once_in_another_server_process(
    database_url: str, tmp_path: Path
) -> None:
    """The student revokes through one server; the counselor's very next request, served by
    another process, fails: no server keeps shares in memory."""
    with (
        serve(database_url, tmp_path / "a") as first,
        serve(database_url, tmp_path / "b") as second,
    ):
        student = httpx.Client(base_url=first, timeout=30)
        signed_up = student.post(
            f"{API}/auth/register",
            json={"email": "ada.workers@example.edu", "password": PASSWORD, "name": "Ada"},
        )
        assert signed_up.status_code == 201, signed_up.text
        csrf = {"X-CSRF-Token": signed_up.json()["csrf_token"]}
        share = student.post(
            f"{API}/shares", json={"counselor_email": "lee@example.edu"}, headers=csrf
        ).json()
        counselor = httpx.Client(
            base_url=second, timeout=30, headers={"Authorization": f"Bearer {share['token']}"}
        )
        assert counselor.get(f"{API}/shared/{share['id']}").status_code == 200
        revoked = student.post(f"{API}/shares/{share['id']}/revoke", headers=csrf)
        assert revoked.status_code == 200, revoked.text
        assert_problem(counselor.get(f"{API}/shared/{share['id']}"), 401)
        student.close()
        counselor.close()
